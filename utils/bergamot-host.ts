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
  createBergamotHost,
  createIdbModelStore,
  createModelManager,
  MOZILLA_MODELS_URL,
  type BergamotErrorKind,
  type BergamotHost,
} from '../lib/translate/bergamot';
import { createStandInBergamotWorker, readBergamotTestConfig, type BergamotTestConfig } from '../testing/bergamot-stand-in';
import type { Language } from '../lib/types';

declare const __TEST_HOOKS__: boolean;


/** A file of the extension's own (the worker and the offscreen page are not in WXT's typed path list). */
const assetUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);

/**
 * The host for this extension context (the offscreen document, or Firefox's background page).
 * `testConfigFrom` (test builds only): the loopback model list and the stand-in worker. Firefox's
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
const HEARTBEAT_MS = 10_000;

type HostRequest =
  | { op: 'availability'; from: Language; to: Language }
  | { op: 'prepare'; from: Language; to: Language }
  | { op: 'translate'; from: Language; to: Language; texts: string[] }
  | { op: 'status' };

type HostReply =
  | { type: 'progress'; loaded: number; total: number }
  /** Sent every few seconds while a request runs: a message arriving keeps Chrome from stopping an idle service worker (30 s) during a long batch. */
  | { type: 'alive' }
  | { type: 'result'; value: unknown }
  | { type: 'error'; kind: BergamotErrorKind; message: string };

const isLang = (value: unknown): value is Language => value === 'ko' || value === 'en';

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
    const heartbeat = setInterval(() => post({ type: 'alive' }), HEARTBEAT_MS);
    signal.addEventListener('abort', () => clearInterval(heartbeat), { once: true });
    const work: Promise<unknown> =
      request.op === 'status'
        ? host.engineStatus()
        : request.op === 'availability'
          ? host.availability(request.from, request.to, signal)
          : request.op === 'prepare'
            ? host.prepare(request.from, request.to, (loaded, total) => post({ type: 'progress', loaded, total }), signal)
            : host.translate(request.texts, request.from, request.to, signal);
    work
      .then(
        (value) => post({ type: 'result', value: value ?? null }),
        (error: unknown) => post({ type: 'error', kind: error instanceof BergamotError ? error.kind : 'engine', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => clearInterval(heartbeat));
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
          if (reply?.type === 'progress' || reply?.type === 'alive') {
            answered = true;
            if (reply.type === 'progress') onProgress?.(reply.loaded, reply.total);
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
