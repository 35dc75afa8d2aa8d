/**
 * The panel's host on the page: the one element of ours in the page's DOM, and what keeps it ours.
 *
 * 1. A built-in `<div data-hanyeong-reader>`, not a custom element: a page can `customElements.define`
 *    any custom name before we use it (the element would then run the page's constructor, which can
 *    attach a closed shadow root of its own, and opening failed), but it cannot redefine a built-in.
 * 2. A child of <html>, after <body>: a page that re-renders or inerts <body> does not touch it.
 * 3. In the top layer, as a manual popover: above every z-index the page can set (a transparent
 *    element at 2147483647 took the panel's clicks), and above the page's own top-layer elements
 *    opened before it. `guard()` keeps it there (see `raise`).
 * 4. Its shadow root is closed in the store build (the page cannot read or rewrite the panel through
 *    `host.shadowRoot`) and open in test builds, whose automation contract reads it (SECURITY.md says
 *    what a closed root does and does not hide).
 * 5. Keys typed in the panel stop at the host, so the page's own bubbling shortcuts never see them.
 */

import { PANEL_HOST_ATTRIBUTE } from '../../lib/protocol';

/**
 * The host's own box, after the panel's stylesheet (whose `:host { all: initial !important }` would
 * reset it): a zero-size fixed box the panel (`position: fixed`) draws out of. Important
 * declarations in a shadow tree's :host beat the page's, important or not (CSS Scoping), so a page
 * rule on `[data-hanyeong-reader]` cannot move, hide or decorate it; a popover's ::backdrop, which a
 * page can paint over itself, is not drawn at all.
 */
const HOST_CSS = `
:host {
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
}
:host::backdrop { display: none !important; background: none !important; }
`;

/** Keys typed in the panel must not reach the page's own shortcuts (bubbling listeners). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input'] as const;

export interface PanelHost {
  readonly host: HTMLDivElement;
  readonly root: ShadowRoot;
  /** Where the panel's Preact tree renders. */
  readonly container: HTMLDivElement;
  /** Puts the host on the page, in the top layer. */
  show(): void;
  /** Takes the host off the page (the tree inside stays until the caller unmounts it). */
  remove(): void;
  /**
   * Puts the host back on top of whatever the page showed after it: out of `inert`, into the page's
   * open modal dialog (a modal makes everything outside it inert, top layer included: measured in
   * Chromium 156 and Firefox ESR 153), then re-shown as the newest top-layer element.
   * True when, after that, the panel takes the pointer at its own centre.
   */
  raise(): boolean;
  /** True when a point in the middle of the panel hits the panel (nothing over it, not inert). */
  onTop(): boolean;
}

export interface PanelHostOptions {
  css: string;
  mode: ShadowRootMode;
}

const supportsPopover = () => typeof HTMLElement.prototype.showPopover === 'function';

export function createPanelHost({ css, mode }: PanelHostOptions): PanelHost {
  const host = document.createElement('div');
  host.setAttribute(PANEL_HOST_ATTRIBUTE, '');
  if (supportsPopover()) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = css + HOST_CSS;
  const container = document.createElement('div');
  container.className = 'panel-root';
  root.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());

  const showInTopLayer = () => {
    if (!supportsPopover() || !host.isConnected) return;
    if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch (error) {
      // An ancestor the page hid or made inert: raise() reports it through onTop().
      console.warn('Hanyeong Reader: the panel could not enter the top layer', error);
    }
  };

  /** The page's modal dialog the panel must sit in to stay usable, if one is open. */
  const openModal = (): Element | null => {
    const modals = Array.from(document.querySelectorAll('dialog:modal')).filter((dialog) => !host.contains(dialog));
    return modals.at(-1) ?? null;
  };

  const onTop = () => {
    if (!host.isConnected) return false;
    // The host is a zero-size box; the panel inside it is what the reader sees.
    const rect = ((container.firstElementChild as HTMLElement | null) ?? host).getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 200), 0), innerHeight - 1);
    // From the content script, a hit inside the shadow tree is retargeted to the host.
    return document.elementFromPoint(x, y) === host;
  };

  return {
    host,
    root,
    container,
    show() {
      // Over a page modal already open, inside it (everything outside a modal is inert).
      (openModal() ?? document.documentElement).append(host);
      showInTopLayer();
    },
    remove() {
      if (supportsPopover() && host.isConnected && host.matches(':popover-open')) host.hidePopover();
      host.remove();
    },
    raise() {
      if (!host.isConnected) return false;
      host.removeAttribute('inert');
      const parent = openModal() ?? document.documentElement;
      if (host.parentNode !== parent) parent.append(host);
      showInTopLayer();
      return onTop();
    },
    onTop,
  };
}
