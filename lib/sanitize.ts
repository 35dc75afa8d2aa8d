/**
 * The one module that may turn page markup into nodes for the panel (docs/style.md rule 4; the lint
 * rule in eslint.config.js forbids every other markup sink). The panel renders page text as text
 * today; this is the path for kept inline markup (emphasis, links) if and when the panel shows it.
 *
 * DOMPurify with an allowlist: `b i em strong a[href] br` and nothing else. No event handlers, no
 * style, no SVG or MathML (the namespaces behind the mutation-XSS bypasses of DOMPurify 2.0–2.2),
 * and links only to http(s) or same-page targets: no `javascript:`, `data:` or other schemes.
 * Disallowed elements keep their text, so a stripped `<svg>` never swallows a sentence.
 *
 * The window is a parameter (DOMPurify parses in that window's document type): the content script
 * passes its own, tests pass jsdom's.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'a', 'br'] as const;

/**
 * Page markup found in page data (embedded state, JSON-LD) → an element holding its nodes, parsed in
 * an inert document made from `doc` (no browsing context: nothing loads, no script or handler runs).
 * For reading its text only (lib/extract/embedded.ts): the nodes never enter a live document.
 */
export function parseInert(doc: Document, html: string): HTMLElement {
  const inert = doc.implementation.createHTMLDocument('');
  const range = inert.createRange();
  range.selectNodeContents(inert.body);
  const holder = inert.createElement('div');
  holder.append(range.createContextualFragment(html));
  return holder;
}

const INLINE_MARKUP: Config = {
  ALLOWED_TAGS: [...INLINE_TAGS],
  ALLOWED_ATTR: ['href'],
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Absolute http(s), or a path/fragment on the page's own site. Anything with another scheme is dropped.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|\/(?!\/)|#)/i,
  KEEP_CONTENT: true,
  // Elements whose text is never reading text: dropped whole rather than kept as text.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext', 'svg', 'math'],
};

export interface InlineSanitizer {
  /** Page markup → a fragment holding only allowlisted inline markup and text. */
  toFragment(html: string): DocumentFragment;
  /** The same, serialized (tests, and a check that sanitizing is stable). */
  toHtml(html: string): string;
}

export function createInlineSanitizer(window: Window): InlineSanitizer {
  const purify: DOMPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported by the window passed to createInlineSanitizer');
  // A kept link opens beside the page: the panel sits over the page and must not navigate it away.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    if (!node.getAttribute('href')) return;
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return {
    toFragment: (html) => purify.sanitize(html, { ...INLINE_MARKUP, RETURN_DOM_FRAGMENT: true }),
    toHtml: (html) => purify.sanitize(html, { ...INLINE_MARKUP }) as string,
  };
}
