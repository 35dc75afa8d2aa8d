/**
 * Tells when the page takes an element out of the document: the panel's host (<hanyeong-reader>)
 * removed by the page's own scripts (a single-page app re-rendering <body>, a "clean-up" script) must
 * close the panel, so its translation is cancelled and no request runs for a panel nobody sees.
 *
 * A removal shows as a childList change on the parent of whichever ancestor was taken out, so the
 * element's ancestors are watched (childList only, no subtree): a page's churn elsewhere costs nothing.
 */
export function watchRemoval(element: Node, onRemoved: () => void): () => void {
  const observer = new MutationObserver(() => {
    if (element.isConnected) return observeAncestors();
    observer.disconnect();
    onRemoved();
  });
  const observeAncestors = () => {
    observer.disconnect();
    for (let node = element.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
  };
  observeAncestors();
  return () => observer.disconnect();
}
