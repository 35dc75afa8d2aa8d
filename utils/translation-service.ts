/**
 * The background's side of translation with a network engine (issue 4): one port per run from a
 * content script (lib/protocol.ts TRANSLATE_PORT). Requests leave from the extension's origin, so the
 * page's CSP and CORS do not apply and a key never enters the page's process; the port closing (the
 * panel closed, the tab went away) aborts whatever is still outstanding.
 */
import { browser, type Browser } from 'wxt/browser';
import { createEngine, createIdbCache, translateParagraphs, TranslationError, type EngineConfig, type EngineDeps, type TranslationCache } from '../lib/translate';
import { parseTranslateRun, TRANSLATE_PORT, type TranslateReply } from '../lib/protocol';
import { readSettings } from './settings';
import { readEngineSecrets, withEngineSecrets } from './secrets';

/** The part of a runtime Port the service uses (a fake in tests). */
export interface TranslatePortLike {
  postMessage(message: TranslateReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface TranslationServiceDeps extends EngineDeps {
  /** The engine to use now, with its key; null when no network engine is chosen. */
  engineConfig(): Promise<EngineConfig | null>;
  cache?: TranslationCache;
}

/** Engines that refuse every request without a key; LibreTranslate can run keyless (self-hosted). */
function missingKey(config: EngineConfig): boolean {
  if (config.engine === 'chrome-builtin' || config.engine === 'libretranslate') return false;
  if (config.engine === 'papago' && !config.keyId) return true;
  return !config.key;
}

/** Answers one port: one `translate:run`, one reply per paragraph, then `translate:done`. */
export function serveTranslatePort(port: TranslatePortLike, deps: TranslationServiceDeps): void {
  const controller = new AbortController();
  let started = false;
  const post = (reply: TranslateReply) => {
    if (controller.signal.aborted) return;
    try {
      port.postMessage(reply);
    } catch {
      // The content script went away between the check and the post: nothing is listening.
      controller.abort();
    }
  };
  port.onDisconnect.addListener(() => controller.abort());
  port.onMessage.addListener((raw) => {
    const run = parseTranslateRun(raw);
    if (!run || started) return;
    started = true;
    void (async () => {
      const config = await deps.engineConfig().catch(() => null);
      const refuse = (error: TranslationError) => {
        run.paragraphs.forEach((_, index) => post({ type: 'translate:error', index, kind: error.kind, message: error.message }));
        post({ type: 'translate:done', translated: 0, failed: run.paragraphs.length, cancelled: 0 });
      };
      if (!config || config.engine === 'chrome-builtin') {
        refuse(new TranslationError({ engine: config?.engine ?? 'chrome-builtin', kind: 'unavailable', detail: 'no network translation engine is chosen' }));
        return;
      }
      if (missingKey(config)) {
        refuse(new TranslationError({ engine: config.engine, kind: 'auth', detail: 'no key saved in the options' }));
        return;
      }
      const summary = await translateParagraphs({
        engine: createEngine(config, { fetch: deps.fetch, now: deps.now }),
        paragraphs: run.paragraphs,
        from: run.from,
        to: run.to,
        signal: controller.signal,
        cache: deps.cache,
        onBatch: (indices) => post({ type: 'translate:sent', indices }),
        onResult: (index, text) => post({ type: 'translate:result', index, text }),
        onError: (index, error) => post({ type: 'translate:error', index, kind: error.kind, message: error.message }),
      });
      post({ type: 'translate:done', ...summary });
    })();
  });
}

/** The chosen network engine with its key from local storage, or null (none chosen, or on-device). */
export async function chosenEngineConfig(): Promise<EngineConfig | null> {
  const settings = await readSettings();
  const id = settings.engine;
  if (!id || id === 'chrome-builtin' || id === 'auto') return null;
  const stored = settings.engines[id] ?? ({ engine: id } as EngineConfig);
  return withEngineSecrets(stored, await readEngineSecrets());
}

/**
 * Registers the translate port in the background. The IndexedDB cache lives in the extension's origin,
 * shared by every tab: a reopened article costs no requests. 5 000 entries (createIdbCache's bound) is
 * a few hundred articles.
 */
export function startTranslationService(): { clearCache(): Promise<void> } {
  const cache = createIdbCache(indexedDB);
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== TRANSLATE_PORT) return;
    // Only this extension's own content scripts.
    if (port.sender?.id !== browser.runtime.id || !port.sender.tab) {
      port.disconnect();
      return;
    }
    serveTranslatePort(port as unknown as TranslatePortLike, { engineConfig: chosenEngineConfig, cache });
  });
  return { clearCache: () => cache.clear() };
}
