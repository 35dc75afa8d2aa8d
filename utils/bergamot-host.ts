/**
 * Mozilla's Bergamot engine, hosted off the page's main thread: a dedicated Worker running
 * @browsermt/bergamot-translator's worker (shipped under /bergamot/ by wxt.config.ts), driven from
 * the extension context that may spawn Workers: the offscreen document in Chrome MV3 (its service
 * worker cannot), the background page in Firefox MV2. The model download runs in that same context
 * and stores into the extension origin's IndexedDB (lib/translate/bergamot).
 *
 * Chrome's service worker reaches this host over a runtime port (offscreenBergamotHost below);
 * Firefox's background page calls it in-process. Either way the caller sees BergamotHost.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  BergamotError,
  createIdbModelStore,
  createModelManager,
  MOZILLA_MODELS_URL,
  pairOf,
  type Availability,
  type BergamotErrorKind,
  type ModelManager,
  type WorkerBuffers,
} from '../lib/translate/bergamot';
import type { ReaderLanguage } from '../lib/translate';
import { createStandInBergamotWorker, readBergamotTestConfig, type BergamotTestConfig } from './bergamot-stand-in';

declare const __TEST_HOOKS__: boolean;

export interface BergamotHost {
  availability(from: ReaderLanguage, to: ReaderLanguage, signal?: AbortSignal): Promise<Availability>;
  prepare(from: ReaderLanguage, to: ReaderLanguage, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<void>;
  translate(texts: string[], from: ReaderLanguage, to: ReaderLanguage, signal?: AbortSignal): Promise<string[]>;
  /** Starts the WASM engine (without a model) and says how long it took: the e2e check that it loads under the shipped CSP. */
  engineStatus(): Promise<{ ready: boolean; ms: number; error?: string }>;
}

/** The part of a Worker the bridge uses (the stand-in in test builds has the same shape). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent | ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * Calls into translator-worker.js: it answers `{id, name, args}` with `{id, result}` or
 * `{id, error: {name, message}}`.
 */
function workerClient(worker: WorkerLike) {
  let next = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let broken: Error | null = null;
  worker.addEventListener('message', (event) => {
    const data = (event as MessageEvent).data as { id?: unknown; result?: unknown; error?: { message?: unknown } };
    const call = typeof data?.id === 'number' ? pending.get(data.id) : undefined;
    if (!call) return;
    pending.delete(data.id as number);
    if (data.error) call.reject(new BergamotError('engine', `the translation engine failed: ${String(data.error.message ?? 'unknown error')}`));
    else call.resolve(data.result);
  });
  worker.addEventListener('error', (event) => {
    // A worker script that fails to load (a CSP refusal, a missing file) or throws at the top level.
    broken = new BergamotError('engine', `the translation engine did not start: ${(event as ErrorEvent).message || 'worker error'}`);
    for (const call of pending.values()) call.reject(broken);
    pending.clear();
  });
  return {
    call<T>(name: string, args: unknown[], transfer: Transferable[] = []): Promise<T> {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, name, args }, transfer);
      });
    },
    terminate: () => worker.terminate(),
  };
}

export interface BergamotHostDeps {
  manager: ModelManager;
  spawnWorker(): WorkerLike | Promise<WorkerLike>;
}

/** The host itself, in the context that owns the Worker. */
export function createBergamotHost(deps: BergamotHostDeps): BergamotHost {
  let engine: Promise<ReturnType<typeof workerClient>> | undefined;
  const loaded = new Map<string, Promise<void>>();

  const start = () =>
    (engine ??= (async () => {
      const client = workerClient(await deps.spawnWorker());
      // cacheSize 0: the reader caches translations itself (lib/translate/cache.ts).
      await client.call('initialize', [{ cacheSize: 0, useNativeIntGemm: false }]);
      return client;
    })().catch((error: unknown) => {
      engine = undefined;
      throw error instanceof BergamotError ? error : new BergamotError('engine', `the translation engine did not start: ${(error as Error)?.message ?? error}`);
    }));

  const ensureModel = async (from: ReaderLanguage, to: ReaderLanguage) => {
    const key = pairOf(from, to);
    // Removed in the options since it was loaded: free it, and say it is gone.
    if (!(await deps.manager.installed(from, to))) {
      if (loaded.has(key)) {
        loaded.delete(key);
        await (await start()).call('freeTranslationModel', [{ from, to }]).catch(() => {});
      }
      throw new BergamotError('unavailable', `no ${from}→${to} model is installed`);
    }
    let ready = loaded.get(key);
    if (!ready) {
      ready = (async () => {
        const client = await start();
        const buffers: WorkerBuffers = await deps.manager.load(from, to);
        await client.call('loadTranslationModel', [{ from, to }, buffers], [buffers.model, buffers.shortlist, ...buffers.vocabs]);
      })();
      loaded.set(key, ready);
      ready.catch(() => loaded.delete(key));
    }
    await ready;
  };

  return {
    availability: (from, to, signal) => deps.manager.availability(from, to, signal),
    async prepare(from, to, onProgress, signal) {
      await deps.manager.prepare(from, to, { signal, onProgress: (p) => onProgress(p.loaded, p.total) });
    },
    async translate(texts, from, to, signal) {
      if (signal?.aborted) throw new BergamotError('cancelled', 'cancelled');
      await ensureModel(from, to);
      if (signal?.aborted) throw new BergamotError('cancelled', 'cancelled');
      const responses = await (await start()).call<Array<{ target: { text: string } }>>('translate', [
        { models: [{ from, to }], texts: texts.map((text) => ({ text, html: false, qualityScores: false })) },
      ]);
      return responses.map((response) => response.target.text);
    },
    async engineStatus() {
      // A worker of its own, ended after the check: the one translating is left alone.
      const started = performance.now();
      let client: ReturnType<typeof workerClient> | undefined;
      try {
        client = workerClient(await deps.spawnWorker());
        await client.call('initialize', [{ cacheSize: 0, useNativeIntGemm: false }]);
        // A call after initialize proves the module's classes answer, not just that the script loaded.
        const loaded = await client.call<boolean>('hasTranslationModel', [{ from: 'ko', to: 'en' }]);
        return { ready: loaded === false, ms: Math.round(performance.now() - started) };
      } catch (error) {
        return { ready: false, ms: Math.round(performance.now() - started), error: (error as Error).message };
      } finally {
        client?.terminate();
      }
    },
  };
}

/** A file of the extension's own (the worker and the offscreen page are not in WXT's typed path list). */
const assetUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);

/**
 * The host for this extension context (the offscreen document, or Firefox's background page).
 * `testConfig` (test builds only): the loopback model list and the stand-in worker. Firefox's
 * background page reads it from storage; an offscreen document has no storage API, so there it
 * comes with each request from the service worker.
 */
export function createExtensionBergamotHost(testConfigFrom?: () => Promise<BergamotTestConfig | null>): BergamotHost {
  const testConfig = async () => (__TEST_HOOKS__ ? (testConfigFrom ?? readBergamotTestConfig)() : null);
  const registryUrl = async (): Promise<string> => (__TEST_HOOKS__ ? ((await testConfig())?.registryUrl ?? MOZILLA_MODELS_URL) : MOZILLA_MODELS_URL);
  const manager = createModelManager({ store: createIdbModelStore(indexedDB), registryUrl });
  return createBergamotHost({
    manager,
    async spawnWorker() {
      if (__TEST_HOOKS__ && (await testConfig())?.standIn) return createStandInBergamotWorker();
      return new Worker(assetUrl('/bergamot/translator-worker.js'));
    },
  });
}

// ---- Chrome: the service worker's side, talking to the offscreen document over a port. ----

export const BERGAMOT_HOST_PORT = 'hanyeong-bergamot-host';

type HostRequest =
  | { op: 'availability'; from: ReaderLanguage; to: ReaderLanguage }
  | { op: 'prepare'; from: ReaderLanguage; to: ReaderLanguage }
  | { op: 'translate'; from: ReaderLanguage; to: ReaderLanguage; texts: string[] }
  | { op: 'status' };

type HostReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'result'; value: unknown }
  | { type: 'error'; kind: BergamotErrorKind; message: string };

const isLang = (value: unknown): value is ReaderLanguage => value === 'ko' || value === 'en';

function parseHostRequest(raw: unknown): HostRequest | null {
  const value = raw as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null) return null;
  if (value.op === 'status') return { op: 'status' };
  if (!isLang(value.from) || !isLang(value.to) || value.from === value.to) return null;
  if (value.op === 'availability' || value.op === 'prepare') return { op: value.op, from: value.from, to: value.to };
  if (value.op === 'translate' && Array.isArray(value.texts) && value.texts.every((t) => typeof t === 'string')) {
    return { op: 'translate', from: value.from, to: value.to, texts: value.texts as string[] };
  }
  return null;
}

/** The offscreen document's side: one request per port; the port closing aborts it. */
export function serveBergamotHostPort(port: Browser.runtime.Port, host: BergamotHost, onTestConfig?: (config: BergamotTestConfig | null) => void): void {
  const controller = new AbortController();
  port.onDisconnect.addListener(() => controller.abort());
  const post = (reply: HostReply) => {
    if (controller.signal.aborted) return;
    try {
      port.postMessage(reply);
    } catch {
      controller.abort();
    }
  };
  port.onMessage.addListener((raw: unknown) => {
    const request = parseHostRequest(raw);
    if (!request) return;
    if (__TEST_HOOKS__) onTestConfig?.(((raw as { test?: BergamotTestConfig }).test ?? null) as BergamotTestConfig | null);
    const signal = controller.signal;
    const work: Promise<unknown> =
      request.op === 'status'
        ? host.engineStatus()
        : request.op === 'availability'
          ? host.availability(request.from, request.to, signal)
          : request.op === 'prepare'
            ? host.prepare(request.from, request.to, (loaded, total) => post({ type: 'progress', loaded, total }), signal)
            : host.translate(request.texts, request.from, request.to, signal);
    work.then(
      (value) => post({ type: 'result', value: value ?? null }),
      (error: unknown) => post({ type: 'error', kind: error instanceof BergamotError ? error.kind : 'engine', message: error instanceof Error ? error.message : String(error) }),
    );
  });
}

interface ChromeOffscreen {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
}

/** The service worker's BergamotHost: the offscreen document, created on first use. */
export function offscreenBergamotHost(): BergamotHost {
  const chromeApi = browser as unknown as ChromeOffscreen;
  let creating: Promise<void> | undefined;
  const ensureDocument = async () => {
    const url = assetUrl('/offscreen.html');
    const open = await chromeApi.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open?.length) return;
    creating ??= chromeApi.offscreen
      .createDocument({ url, reasons: ['WORKERS'], justification: 'Runs the on-device translation engine (WebAssembly) in a worker.' })
      .catch((error: Error) => {
        // Another request created it between the check and now.
        if (!/single offscreen document/i.test(error.message)) throw error;
      })
      .finally(() => (creating = undefined));
    await creating;
  };

  const call = async <T>(request: HostRequest, signal?: AbortSignal, onProgress?: (loaded: number, total: number) => void): Promise<T> => {
    await ensureDocument();
    const sent: HostRequest & { test?: BergamotTestConfig | null } = __TEST_HOOKS__ ? { ...request, test: await readBergamotTestConfig() } : request;
    for (let attempt = 0; ; attempt++) {
      const outcome = await new Promise<{ reply: HostReply } | { lost: true }>((resolve) => {
        const port = browser.runtime.connect({ name: BERGAMOT_HOST_PORT });
        let answered = false;
        const abort = () => port.disconnect();
        signal?.addEventListener('abort', abort, { once: true });
        port.onMessage.addListener((raw: unknown) => {
          const reply = raw as HostReply;
          if (reply?.type === 'progress') {
            answered = true;
            onProgress?.(reply.loaded, reply.total);
            return;
          }
          if (reply?.type !== 'result' && reply?.type !== 'error') return;
          signal?.removeEventListener('abort', abort);
          port.disconnect();
          resolve({ reply });
        });
        port.onDisconnect.addListener(() => {
          signal?.removeEventListener('abort', abort);
          resolve(answered || signal?.aborted ? { reply: { type: 'error', kind: signal?.aborted ? 'cancelled' : 'engine', message: 'the translation engine went away' } } : { lost: true });
        });
        port.postMessage(sent);
      });
      if ('reply' in outcome) {
        if (outcome.reply.type === 'error') throw new BergamotError(outcome.reply.kind, outcome.reply.message);
        return (outcome.reply as { value: T }).value;
      }
      // The document was still loading its script (nobody listening yet): try again shortly.
      if (attempt >= 20) throw new BergamotError('engine', 'the offscreen document does not answer');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    availability: (from, to, signal) => call({ op: 'availability', from, to }, signal),
    prepare: (from, to, onProgress, signal) => call({ op: 'prepare', from, to }, signal, onProgress),
    translate: (texts, from, to, signal) => call({ op: 'translate', from, to, texts }, signal),
    engineStatus: () => call({ op: 'status' }),
  };
}
