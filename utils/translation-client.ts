/**
 * The content script's two ways to translate an article's paragraphs, behind one shape
 * (components/translation/translation-session.ts drives either):
 * - on device, in the content script itself, with Chrome's Translator API. Verified in Debian
 *   Chromium 156: `Translator` is exposed to the content script's isolated world (availability
 *   'downloadable' there, as on the page and on extension pages); the panel's click is a user
 *   activation of the same frame, which create() needs to download the model, and the page's own
 *   scripts cannot see or replace the isolated world's global.
 * - through the background (utils/translation-service.ts) for the network engines, over a port so
 *   that closing the panel cancels the requests in flight.
 */
import { browser } from 'wxt/browser';
import {
  createChromeBuiltinEngine,
  createMemoryCache,
  translateParagraphs,
  translatorApiOf,
  type ChromeBuiltinEngine,
  type DownloadProgress,
  type ReaderLanguage,
  type TranslatorAvailability,
} from '../lib/translate';
import { parseTranslateReply, TRANSLATE_PORT, type TranslateRun } from '../lib/protocol';

export interface TranslationJob {
  paragraphs: string[];
  from: ReaderLanguage;
  to: ReaderLanguage;
  signal: AbortSignal;
  /** A request is going out for these paragraphs now (the others of the job wait behind it). */
  onSent?(indices: number[]): void;
  onResult(index: number, text: string): void;
  /** `message` is one line naming the engine and the status. */
  onError(index: number, failure: { kind: string; message: string }): void;
}

/** What the panel's translation session needs from an engine host. */
export interface TranslationHost {
  /** 'downloadable': the model must be fetched first, from a click (prepare). */
  availability(from: ReaderLanguage, to: ReaderLanguage): Promise<TranslatorAvailability>;
  prepare(from: ReaderLanguage, to: ReaderLanguage, signal: AbortSignal): Promise<void>;
  /** What prepare() would download, for the panel's offer ("33 MB, from storage.googleapis.com"); absent where unknown. */
  describeDownload?(from: ReaderLanguage, to: ReaderLanguage): Promise<{ bytes: number; source: string } | null>;
  run(job: TranslationJob): Promise<void>;
  dispose(): void;
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

/** Download progress of a model the background fetches (Mozilla's on-device model). */
export interface ModelDownloadProgress {
  loaded: number;
  total: number;
  fraction: number;
}

/**
 * A network engine, run by the background; nothing to download. With `engine`, the background is
 * asked for that engine rather than the one chosen in the options (Mozilla's on-device model, or the
 * other keyless engine for this article): this background cannot run a named engine yet, so such a
 * host says 'unavailable' and the panel offers what can run instead.
 */
export function backgroundHost(options: { engine?: string; onDownloadProgress?: (progress: ModelDownloadProgress) => void } = {}): TranslationHost {
  return {
    availability: async () => (options.engine ? 'unavailable' : 'available'),
    prepare: async () => {},
    run(job) {
      return new Promise<void>((resolve) => {
        if (job.signal.aborted) return resolve();
        const port = browser.runtime.connect({ name: TRANSLATE_PORT });
        const finish = () => {
          job.signal.removeEventListener('abort', cancel);
          resolve();
        };
        const cancel = () => {
          port.disconnect();
          finish();
        };
        job.signal.addEventListener('abort', cancel, { once: true });
        port.onMessage.addListener((raw: unknown) => {
          const reply = parseTranslateReply(raw);
          if (!reply || job.signal.aborted) return;
          if (reply.type === 'translate:sent') job.onSent?.(reply.indices.filter((index) => index < job.paragraphs.length));
          else if (reply.type === 'translate:result' && reply.index < job.paragraphs.length) job.onResult(reply.index, reply.text);
          else if (reply.type === 'translate:error' && reply.index < job.paragraphs.length) job.onError(reply.index, reply);
          else if (reply.type === 'translate:done') {
            port.disconnect();
            finish();
          }
        });
        // The background went away (extension reloaded): whatever did not arrive stays untranslated.
        port.onDisconnect.addListener(finish);
        const run: TranslateRun = { type: 'translate:run', from: job.from, to: job.to, paragraphs: job.paragraphs };
        port.postMessage(run);
      });
    },
    dispose: () => {},
  };
}
