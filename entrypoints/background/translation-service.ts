/**
 * The background's side of translation: one port per request from a content script
 * (lib/protocol.ts TRANSLATE_PORT). Network engines' requests leave from the extension's origin, so
 * the page's CSP and CORS do not apply and a key never enters the page's process; the on-device
 * engine (Mozilla's Bergamot, utils/bergamot-host.ts) answers availability, downloads its model and
 * translates in a worker. The port closing (the panel closed, the tab went away) aborts whatever is
 * still outstanding, a model download included (its finished files stay stored).
 */
import { browser, type Browser } from 'wxt/browser';
import { createEngine, createIdbCache, needsKey, translateParagraphs, TranslationError, type EngineConfig, type EngineDeps, type TranslationCache } from '../../lib/translate';
import { BergamotError } from '../../lib/translate/bergamot';
import { parseTranslatePortRequest, TRANSLATE_PORT, type NamedEngine, type TranslateAvailabilityRequest, type TranslatePrepare, type TranslateReply, type TranslateRun } from '../../lib/protocol';
import type { BergamotHost } from '../../lib/translate/bergamot';
import { readSettings } from '../../utils/settings';
import { readEngineSecrets } from '../../utils/secrets';
import { withEngineSecrets } from '../../lib/engine-secrets';

/** The part of a runtime Port the service uses (a fake in tests). */
export interface TranslatePortLike {
  postMessage(message: TranslateReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface TranslationServiceDeps extends EngineDeps {
  /** The engine to use now, with its key; null when no network engine is chosen. */
  engineConfig(): Promise<EngineConfig | null>;
  /** A keyless engine's saved settings (its endpoint), for a request that names it. */
  namedEngineConfig?(engine: Exclude<NamedEngine, 'bergamot'>): Promise<EngineConfig | null>;
  cache?: TranslationCache;
  /** The on-device engine's host; without one, on-device requests are answered 'unavailable'. */
  bergamot?: BergamotHost;
}

/** Answers one port: one request (run, availability or prepare), then its replies. */
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
    const request = parseTranslatePortRequest(raw);
    if (!request || started) return;
    started = true;
    const work =
      request.type === 'translate:run'
        ? serveRun(request, deps, post, controller.signal)
        : request.type === 'translate:availability'
          ? serveAvailability(request, deps, post, controller.signal)
          : servePrepare(request, deps, post, controller.signal);
    void work;
  });
}

type Post = (reply: TranslateReply) => void;

/**
 * The engine a request runs on: the one it names (the on-device model, or a keyless engine with the
 * endpoint saved for it in the options), otherwise the one chosen in the options.
 */
async function configFor(named: NamedEngine | undefined, deps: TranslationServiceDeps): Promise<EngineConfig | null> {
  if (named === 'bergamot') return { engine: 'bergamot' };
  if (named) return (await deps.namedEngineConfig?.(named).catch(() => null)) ?? { engine: named };
  return deps.engineConfig().catch(() => null);
}

const BERGAMOT_BATCH_TIMEOUT_MS = 120_000;

/** A run naming 'bergamot' is on device whatever the settings say; otherwise the settings decide. */
async function serveRun(run: TranslateRun, deps: TranslationServiceDeps, post: Post, signal: AbortSignal): Promise<void> {
  const config = await configFor(run.engine, deps);
  const refuse = (error: TranslationError) => {
    run.paragraphs.forEach((_, index) => post({ type: 'translate:error', index, kind: error.kind, message: error.message }));
    post({ type: 'translate:done', translated: 0, failed: run.paragraphs.length, cancelled: 0 });
  };
  if (!config || config.engine === 'chrome-builtin') {
    refuse(new TranslationError({ engine: config?.engine ?? 'chrome-builtin', kind: 'unavailable', detail: 'no network translation engine is chosen' }));
    return;
  }
  if (needsKey(config)) {
    refuse(new TranslationError({ engine: config.engine, kind: 'auth', detail: 'no key saved in the options' }));
    return;
  }
  const host = deps.bergamot;
  if (config.engine === 'bergamot' && !host) {
    refuse(new TranslationError({ engine: 'bergamot', kind: 'unavailable', detail: 'the on-device engine is not available here' }));
    return;
  }
  const engine = createEngine(config, {
    fetch: deps.fetch,
    now: deps.now,
    ...(host ? { bergamot: { translate: (texts, from, to, s) => host.translate(texts, from, to, s) } } : {}),
  });
  const summary = await translateParagraphs({
    engine,
    paragraphs: run.paragraphs,
    from: run.from,
    to: run.to,
    // The on-device engine is slow but never stuck on a network: its first batch also loads the
    // model (40 MB into WASM memory), and a batch cannot be interrupted inside the worker.
    ...(config.engine === 'bergamot' ? { timeoutMs: BERGAMOT_BATCH_TIMEOUT_MS } : {}),
    signal,
    cache: deps.cache,
    onBatch: (indices) => post({ type: 'translate:sent', indices }),
    onResult: (index, text) => post({ type: 'translate:result', index, text }),
    onError: (index, error) => post({ type: 'translate:error', index, kind: error.kind, message: error.message }),
  });
  post({ type: 'translate:done', ...summary });
}

async function serveAvailability(request: TranslateAvailabilityRequest, deps: TranslationServiceDeps, post: Post, signal: AbortSignal): Promise<void> {
  const config = await configFor(request.engine, deps);
  if (config?.engine === 'bergamot') {
    if (!deps.bergamot) return post({ type: 'translate:availability', state: 'unavailable', engine: 'bergamot' });
    const answer = await deps.bergamot.availability(request.from, request.to, signal).catch((): { state: 'unavailable' } => ({ state: 'unavailable' }));
    return post(
      answer.state === 'downloadable'
        ? { type: 'translate:availability', state: 'downloadable', engine: 'bergamot', download: { bytes: answer.bytes, source: answer.source } }
        : { type: 'translate:availability', state: answer.state, engine: 'bergamot' },
    );
  }
  if (!config || config.engine === 'chrome-builtin') return post({ type: 'translate:availability', state: 'unavailable', engine: config?.engine ?? 'none' });
  post({ type: 'translate:availability', state: needsKey(config) ? 'unavailable' : 'available', engine: config.engine });
}

async function servePrepare(request: TranslatePrepare, deps: TranslationServiceDeps, post: Post, signal: AbortSignal): Promise<void> {
  if (!deps.bergamot) return post({ type: 'translate:prepare-failed', kind: 'unavailable', message: 'the on-device engine is not available here' });
  try {
    await deps.bergamot.prepare(request.from, request.to, (loaded, total) => post({ type: 'translate:progress', loaded, total }), signal);
    post({ type: 'translate:prepared' });
  } catch (error) {
    const kind = error instanceof BergamotError ? error.kind : 'engine';
    post({ type: 'translate:prepare-failed', kind, message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300) });
  }
}

/** The chosen network engine with its key from local storage, or null (none chosen, or on-device). */
export async function chosenEngineConfig(): Promise<EngineConfig | null> {
  const settings = await readSettings();
  const id = settings.engine;
  if (!id || id === 'auto' || id === 'chrome-builtin') return null;
  const stored = settings.engines[id] ?? ({ engine: id } as EngineConfig);
  return withEngineSecrets(stored, await readEngineSecrets());
}

/** A keyless engine's saved config (the options page's endpoint field), or its defaults. No secrets: it has none. */
export async function savedKeylessConfig(engine: Exclude<NamedEngine, 'bergamot'>): Promise<EngineConfig> {
  return (await readSettings()).engines[engine] ?? { engine };
}

/**
 * Registers the translate port in the background. The IndexedDB cache lives in the extension's origin,
 * shared by every tab: a reopened article costs no requests. 5 000 entries (createIdbCache's bound) is
 * a few hundred articles.
 */
export function startTranslationService(bergamot?: BergamotHost): { clearCache(): Promise<void> } {
  const cache = createIdbCache(indexedDB);
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== TRANSLATE_PORT) return;
    // Only this extension's own content scripts.
    if (port.sender?.id !== browser.runtime.id || !port.sender.tab) {
      port.disconnect();
      return;
    }
    serveTranslatePort(port as unknown as TranslatePortLike, { engineConfig: chosenEngineConfig, namedEngineConfig: savedKeylessConfig, cache, bergamot });
  });
  return { clearCache: () => cache.clear() };
}
