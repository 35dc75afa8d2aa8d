/**
 * The content script's two ways to translate an article's paragraphs, behind one shape
 * (entrypoints/reader/translation-session.ts drives either):
 * - on device, in the content script itself, with Chrome's Translator API. Verified in Debian
 *   Chromium 156: `Translator` is exposed to the content script's isolated world (availability
 *   'downloadable' there, as on the page and on extension pages); the panel's click is a user
 *   activation of the same frame, which create() needs to download the model, and the page's own
 *   scripts cannot see or replace the isolated world's global.
 * - through the background (entrypoints/background/translation-service.ts) for the network engines and for Mozilla's
 *   on-device Bergamot engine (hosted in the extension's own worker), over a port per request so
 *   that closing the panel cancels the requests in flight, a model download included.
 */
import { browser } from 'wxt/browser';
import { createChromeBuiltinEngine, createMemoryCache, translateParagraphs, translatorApiOf, type ChromeBuiltinEngine, type DownloadProgress } from '../../lib/translate';
import type { TranslationHost } from './translation-session';
import { parseTranslateReply, TRANSLATE_PORT, type NamedEngine, type TranslatePortRequest, type TranslateReply, type TranslateRun } from '../../lib/protocol';
import type { Language } from '../../lib/types';

/** Why a download failed: `kind` is a BergamotErrorKind ('network', 'integrity', 'quota', …). */
export class PrepareError extends Error {
  readonly kind: string;
  constructor(kind: string, message: string) {
    super(message);
    this.name = 'PrepareError';
    this.kind = kind;
  }
}

/** Chrome's on-device Translator, looked up in this content script's own world when first needed. */
export function onDeviceHost(onDownloadProgress: (progress: DownloadProgress) => void): TranslationHost {
  let engine: ChromeBuiltinEngine | undefined;
  const get = () => (engine ??= createChromeBuiltinEngine({ translatorApi: translatorApiOf(globalThis), onDownloadProgress }));
  // Per panel: a retried or reopened paragraph is not translated twice.
  const cache = createMemoryCache({ maxEntries: 2_000 });
  return {
    availability: (from, to) => get().availability(from, to),
    prepare: (from, to, signal) => get().prepare(from, to, signal),
    async run(job) {
      await translateParagraphs({
        engine: get(),
        paragraphs: job.paragraphs,
        from: job.from,
        to: job.to,
        signal: job.signal,
        cache,
        onBatch: job.onSent,
        onResult: job.onResult,
        onError: (index, error) => job.onError(index, { kind: error.kind, message: error.message }),
      });
    },
    dispose: () => engine?.destroy(),
  };
}

export interface BackgroundHostOptions {
  /** 'bergamot': Mozilla's on-device engine, whatever the settings say (the fallback when the setting is 'auto'). */
  engine?: NamedEngine;
  onDownloadProgress?: (progress: { loaded: number; total: number; fraction: number }) => void;
}

const TERMINAL = new Set<TranslateReply['type']>(['translate:availability', 'translate:prepared', 'translate:prepare-failed', 'translate:done']);

/**
 * One request on its own port; `onReply` sees every valid reply. Resolves after the terminal reply
 * (or when the background goes away: `answered` false); the signal aborting disconnects, which is
 * how the background learns to stop.
 */
function portRequest(request: TranslatePortRequest, onReply: (reply: TranslateReply) => void, signal?: AbortSignal): Promise<{ answered: boolean }> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ answered: false });
    const port = browser.runtime.connect({ name: TRANSLATE_PORT });
    let settled = false;
    const finish = (answered: boolean) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      resolve({ answered });
    };
    const cancel = () => {
      port.disconnect();
      finish(false);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    port.onMessage.addListener((raw: unknown) => {
      const reply = parseTranslateReply(raw);
      if (!reply || settled) return;
      onReply(reply);
      if (TERMINAL.has(reply.type)) {
        port.disconnect();
        finish(true);
      }
    });
    // The background went away (extension reloaded): whatever did not arrive stays untranslated.
    port.onDisconnect.addListener(() => finish(false));
    port.postMessage(request);
  });
}

/**
 * An engine run by the background: a network engine from the settings, or with `engine:
 * 'bergamot'` Mozilla's on-device model (availability says whether it must be downloaded first;
 * prepare downloads it, reporting progress).
 */
export function backgroundHost(options: BackgroundHostOptions = {}): TranslationHost {
  const named = options.engine ? { engine: options.engine } : {};
  const ask = async (from: Language, to: Language) => {
    let answer: Extract<TranslateReply, { type: 'translate:availability' }> | undefined;
    await portRequest({ type: 'translate:availability', from, to, ...named }, (reply) => {
      if (reply.type === 'translate:availability') answer = reply;
    });
    return answer;
  };
  return {
    availability: async (from, to) => (await ask(from, to))?.state ?? 'unavailable',
    async describeDownload(from, to) {
      const answer = await ask(from, to);
      return answer?.state === 'downloadable' && answer.download ? answer.download : null;
    },
    async prepare(from, to, signal) {
      // A network engine has nothing to download.
      if (!options.engine) return;
      let failure: PrepareError | null = null;
      let prepared = false;
      const { answered } = await portRequest(
        { type: 'translate:prepare', from, to, engine: options.engine },
        (reply) => {
          if (reply.type === 'translate:progress') {
            options.onDownloadProgress?.({ loaded: reply.loaded, total: reply.total, fraction: reply.total > 0 ? Math.min(1, reply.loaded / reply.total) : 0 });
          } else if (reply.type === 'translate:prepared') prepared = true;
          else if (reply.type === 'translate:prepare-failed') failure = new PrepareError(reply.kind, reply.message);
        },
        signal,
      );
      if (signal.aborted) throw new DOMException('The download was cancelled', 'AbortError');
      if (failure) throw failure;
      if (!answered || !prepared) throw new PrepareError('engine', 'the extension stopped answering during the download');
    },
    async run(job) {
      const run: TranslateRun = { type: 'translate:run', from: job.from, to: job.to, paragraphs: job.paragraphs, ...named };
      await portRequest(
        run,
        (reply) => {
          if (reply.type === 'translate:sent') job.onSent?.(reply.indices.filter((index) => index < job.paragraphs.length));
          else if (reply.type === 'translate:result' && reply.index < job.paragraphs.length) job.onResult(reply.index, reply.text);
          else if (reply.type === 'translate:error' && reply.index < job.paragraphs.length) job.onError(reply.index, reply);
        },
        job.signal,
      );
    },
    dispose: () => {},
  };
}
