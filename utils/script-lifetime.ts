/**
 * The content scripts' lifetime: whether the extension that injected them is still there, and when
 * the page's address changes. This replaces WXT's ContentScriptContext, which announces every
 * content script to the page: it posts `"<extension id>:<script>:wxt:content-script-started"` with
 * `window.postMessage` (the extension's id is a fingerprint any page can read), dispatches a document
 * event of that name, and takes any such event, forged by the page or not, as "a newer copy started":
 * it invalidated the reader and closed the panel. WXT's location watcher also
 * re-dispatches every navigation as a `wxt:locationchange` window event the page sees and can forge.
 *
 * Nothing here sends, dispatches or listens for anything a page can read or forge:
 * 1. Invalidation is read from the extension itself: an orphaned script (the extension reloaded or
 *    updated under the page) finds `browser.runtime.id` gone.
 * 2. A newer copy of the same script in the same world takes over through a world-private global (a
 *    Symbol.for key in the content-script world, which page scripts do not share).
 * 3. Address changes come from the Navigation API's `navigate` event when it is trusted (the browser
 *    dispatched it, not a page's `navigation.dispatchEvent`), or from a 1 s poll where there is no
 *    Navigation API.
 */
import { browser } from 'wxt/browser';

export interface ScriptLifetime {
  /** Aborted when the script is invalidated. */
  readonly signal: AbortSignal;
  /** Reads the extension's presence now: false once it was reloaded or removed under the page. */
  readonly valid: boolean;
  /** `listener` runs once, when the script is invalidated; returns its removal. */
  onInvalidated(listener: () => void): () => void;
  /** `listener` runs after the page's address changed (pushState, a fragment, a committed navigation). */
  onLocationChange(listener: () => void): void;
}

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigate', listener: (event: Event) => void, options?: AddEventListenerOptions): void;
}

/** How often the address is polled where the Navigation API is missing (WXT's interval). */
const LOCATION_POLL_MS = 1_000;

export function startScriptLifetime(name: string): ScriptLifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const invalidate = () => controller.abort();

  // 2. A newer copy of this script in this world takes over from the older one.
  const key = Symbol.for(`hanyeong-reader.lifetime.${name}`);
  const world = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  world[key]?.();
  world[key] = invalidate;

  const lifetime: ScriptLifetime = {
    signal,
    get valid() {
      // 1. Chromium leaves an orphaned content script running with `runtime.id` gone.
      if (!signal.aborted && browser.runtime?.id == null) invalidate();
      return !signal.aborted;
    },
    onInvalidated(listener) {
      signal.addEventListener('abort', listener, { once: true });
      return () => signal.removeEventListener('abort', listener);
    },
    onLocationChange(listener) {
      let last = location.href;
      const check = () => {
        if (!lifetime.valid || location.href === last) return;
        last = location.href;
        listener();
      };
      // 3. The browser's own navigations only (a page can dispatch a synthetic `navigate` event),
      // read once the navigation has committed its address.
      const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
      if (typeof navigation?.addEventListener === 'function') {
        navigation.addEventListener('navigate', (event) => event.isTrusted && setTimeout(check, 0), { signal });
        return;
      }
      const timer = setInterval(check, LOCATION_POLL_MS);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
  };
  return lifetime;
}
