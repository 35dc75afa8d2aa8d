/**
 * Keeps an open panel usable on a page that fights it (e2e/hostile-host.scenarios.ts).
 *
 * On top: the page can put things above the panel only through the top layer (a modal dialog, a
 * popover, fullscreen) or take its input away with `inert`. Each of those shows as an `open`,
 * `popover` or `inert` attribute change, a `toggle` event (seen in the capture phase, though it does
 * not bubble) or `fullscreenchange`; after each, if the panel no longer takes the pointer at its centre,
 * it is raised again (PanelHost.raise). A page that keeps covering it (more than RAISE_LIMIT raises in
 * RAISE_WINDOW_MS) or an inert <html> ends in `onBlocked`: the reader cannot be used there, and says so.
 *
 * Focus: once the panel has focus it keeps it until the reader moves it: a pointer press outside the
 * panel, or Tab / Shift+Tab out of it. A page script refocusing its own input (every 50 ms, say)
 * gets the focus back taken from it in the same `focusin` dispatch, so no key the reader types
 * reaches the page. Script focus and user focus look the same to a `focusin` listener (both are
 * trusted); the trusted pointer and key events before them do not.
 */
import type { BlockedReason } from '../../lib/protocol';
import type { PanelHost } from './panel-host';

/** Raises allowed in RAISE_WINDOW_MS before the page counts as fighting the panel. */
const RAISE_LIMIT = 8;
const RAISE_WINDOW_MS = 5_000;

export function guardPanel(panel: PanelHost, onBlocked: (reason: BlockedReason) => void): () => void {
  const { host, root } = panel;
  const abort = new AbortController();
  const { signal } = abort;
  const raises: number[] = [];
  let checking = false;

  const check = () => {
    if (checking || signal.aborted || !host.isConnected || panel.onTop()) return;
    checking = true;
    try {
      const now = performance.now();
      while (raises.length && now - raises[0] > RAISE_WINDOW_MS) raises.shift();
      raises.push(now);
      const raised = raises.length <= RAISE_LIMIT && panel.raise();
      if (!raised) {
        // An inert ancestor the panel cannot leave (<html inert>), or a page that keeps covering it.
        const inert = host.closest('[inert]') !== null;
        stop();
        onBlocked(inert ? 'inert' : 'covered');
      }
    } finally {
      checking = false;
    }
  };
  // Toggle events arrive as a task after the change; attribute changes as a microtask.
  const checkSoon = () => queueMicrotask(check);

  const observer = new MutationObserver(checkSoon);
  observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['open', 'inert', 'popover'] });
  // The panel's own showing needs no check (a hit test forces the page's layout, which on a
  // 100,000-paragraph page is a long task); the page hiding the panel's popover does.
  const onToggle = (event: Event) => {
    if (event.target === host && (event as ToggleEvent).newState === 'open') return;
    checkSoon();
  };
  document.addEventListener('toggle', onToggle, { capture: true, signal });
  document.addEventListener('fullscreenchange', checkSoon, { signal });

  // Focus. The panel takes focus as it opens (its close button), so it owns it from the start.
  let owns = true;
  let leaving = false;
  let last: HTMLElement | null = null;
  const inPanel = (event: Event) => event.composedPath().includes(host);
  const focusTarget = (): HTMLElement | null => (last?.isConnected && root.contains(last) ? last : root.querySelector<HTMLElement>('button, [tabindex]'));
  const restore = () => focusTarget()?.focus({ preventScroll: true });
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) owns = inPanel(event);
    },
    { capture: true, signal },
  );
  host.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Tab') {
        leaving = true;
        setTimeout(() => (leaving = false), 0);
      }
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target === host) {
        owns = true;
        last = root.activeElement as HTMLElement | null;
      } else if (leaving) {
        owns = false;
      } else if (owns) {
        restore();
      }
    },
    { capture: true, signal },
  );
  // Focus dropped to nowhere by a script (blur()) while the window has it: take it back.
  host.addEventListener(
    'focusout',
    (event) => {
      if ((event as FocusEvent).relatedTarget !== null || !owns || leaving) return;
      setTimeout(() => {
        if (owns && document.hasFocus() && (document.activeElement === document.body || document.activeElement === null)) restore();
      }, 0);
    },
    { signal },
  );
  // A key that still lands outside the panel while it owns focus (the page moved focus without a
  // focus event, as headless Firefox does, or between two of ours): the page's element does not get
  // it (no character, no default action), and the panel does, from where its focus was.
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !owns || leaving || inPanel(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      restore();
      const target = focusTarget();
      target?.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: event.key,
          code: event.code,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          repeat: event.repeat,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    },
    { capture: true, signal },
  );

  const stop = () => {
    abort.abort();
    observer.disconnect();
  };
  return stop;
}
