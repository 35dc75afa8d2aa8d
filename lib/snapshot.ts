/**
 * A stable, bounded read of a live page (issue 14, pages at the limit). The reader reads in slices,
 * handing the page's main thread back between them (lib/reader.ts), so the page's scripts run in
 * between: a page that rewrites its article every 50 ms must not be read half before and half after
 * a rewrite, nor in the instant it has emptied its article to refill it; and a page of 100,000
 * paragraphs must not hold the reader (and the page) for seconds.
 *
 * - The page is copied, in one task, into an inert document (no browsing context: nothing in it
 *   loads or runs, and no page script can reach it), and read from the copy in slices.
 * - The copy holds at most SNAPSHOT_MAX_ELEMENTS elements (`<br>` not counted), taken in document order: whole subtrees
 *   are cloned natively (`importNode`, a Range for a run of siblings), so the copy costs a few
 *   milliseconds even when the page has 100,000 paragraphs; the view says when the page was cut.
 * - A read that finds no article is made again at the page's next change, if the page changes
 *   within QUIET_MS (it may have been caught between emptying its article and refilling it), for up
 *   to SETTLE_MS in all; a page that holds still gets its "no article" answer QUIET_MS later.
 */
import { readArticleInSlices, type ReadOptions, type ReaderView } from './reader';

/**
 * The most elements the reader copies from a page, `<br>` not counted (a BreakNews article's
 * paragraphs are `<br>` runs in one element): about 10,000 paragraphs, where a long news article has
 * a few hundred. Reading them takes about 2 s of slices and stays within the young generation's
 * garbage collection (a 20,000-element copy left a 60 ms collection in `npm run bench`).
 */
export const SNAPSHOT_MAX_ELEMENTS = 10_000;
/** How long a changing page with no article found is read again at its changes. */
export const SETTLE_MS = 2_000;
/** A page that does not change for this long after a read found no article has none. */
export const QUIET_MS = 300;

export interface Snapshot {
  document: Document;
  /** The page had more elements than the copy holds: what comes after them was left out. */
  cut: boolean;
}

/** Elements in `el`'s subtree, itself included, `<br>` not counted (a paragraph of text alone, without asking the DOM). */
function elementsIn(el: Element): number {
  const own = el.tagName === 'BR' ? 0 : 1;
  if (el.firstElementChild === null) return own;
  return own + el.getElementsByTagName('*').length - el.getElementsByTagName('br').length;
}

/**
 * Copies `from`'s children into `to` within `budget` elements: the run of children that fits is
 * cloned at once (a Range, natively), and the first child that does not fit is copied shallow and
 * filled the same way; nothing after it is copied.
 */
function copyChildren(from: Element, to: Element, budget: number): void {
  const children = from.childNodes;
  let end = 0;
  while (end < children.length) {
    const child = children[end];
    const size = child.nodeType === 1 ? elementsIn(child as Element) : 0;
    if (size > budget) break;
    budget -= size;
    end++;
  }
  if (end > 0) {
    const range = from.ownerDocument.createRange();
    range.setStartBefore(children[0]);
    range.setEndAfter(children[end - 1]);
    to.append(to.ownerDocument.adoptNode(range.cloneContents()));
  }
  if (end >= children.length || budget < 1) return;
  const big = children[end] as Element;
  const shell = to.ownerDocument.importNode(big, false);
  to.append(shell);
  copyChildren(big, shell, budget - 1);
}

/** The page copied into an inert document, at most `maxElements` elements of it. */
export function snapshotOf(page: Document, maxElements = SNAPSHOT_MAX_ELEMENTS): Snapshot {
  const copy = page.implementation.createHTMLDocument('');
  const root = page.documentElement;
  if (elementsIn(root) <= maxElements) {
    copy.replaceChild(copy.importNode(root, true), copy.documentElement);
    return { document: copy, cut: false };
  }
  const html = copy.importNode(root, false);
  copy.replaceChild(html, copy.documentElement);
  copyChildren(root, html, maxElements - 1);
  return { document: copy, cut: true };
}

interface ChangeWatch {
  /** Resolves true after the page's next change, false if it did not change for `ms`. */
  nextChange(ms: number): Promise<boolean>;
  stop(): void;
}

function watchChanges(doc: Document): ChangeWatch {
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  let waiter: (() => void) | null = null;
  const observer = new Observer(() => waiter?.());
  // Text and structure: what the reader reads. Attribute churn (a class toggled by an animation) is not a rewrite.
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  return {
    nextChange: (ms) =>
      new Promise<boolean>((resolve) => {
        // Changes made while the reader read count as the next change.
        if (observer.takeRecords().length) return resolve(true);
        const done = (changed: boolean) => {
          clearTimeout(timer);
          waiter = null;
          resolve(changed);
        };
        const timer = setTimeout(() => done(false), ms);
        waiter = () => done(true);
      }),
    stop: () => observer.disconnect(),
  };
}

const isRead = (view: ReaderView) => view.document.isArticle && view.rows.length > 0;

/** What the reader read, and whether the page was longer than the copy it was read from. */
export interface StableRead {
  view: ReaderView;
  cut: boolean;
}

/** Reads `page` (the live page) into the reader's view from a bounded copy taken in one task. */
export async function readStable(page: Document, options: ReadOptions, pause: () => Promise<void>): Promise<StableRead> {
  const watch = watchChanges(page);
  const deadline = Date.now() + SETTLE_MS;
  try {
    for (;;) {
      const snapshot = snapshotOf(page);
      const view = await readArticleInSlices(snapshot.document, options, pause);
      const left = deadline - Date.now();
      if (isRead(view) || left <= 0 || !(await watch.nextChange(Math.min(QUIET_MS, left)))) return { view, cut: snapshot.cut };
    }
  } finally {
    watch.stop();
  }
}
