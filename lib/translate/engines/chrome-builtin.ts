/**
 * Chrome's on-device Translator API (Chrome 138+ desktop; Edge behind a flag). No key, no network
 * after the language pack download, nothing leaves the machine.
 * Shape (developer.chrome.com "Translator API"; MDN Translator, CreateMonitor):
 *   await Translator.availability({sourceLanguage, targetLanguage})  → 'unavailable' | 'downloadable' | 'downloading' | 'available'
 *   await Translator.create({sourceLanguage, targetLanguage, monitor(m) { m.addEventListener('downloadprogress', e => e.loaded) }, signal})
 *   await translator.translate(text, {signal});  translator.destroy()
 * `e.loaded` is a fraction 0..1 in the shipped API (the spec fires ProgressEvents with total 1).
 *
 * The global is passed in, never read here: the content script hands over `globalThis.Translator`
 * and tests hand over a stand-in. create() needs a user gesture while the pack is only 'downloadable',
 * so the panel should call prepare() from its click handler before translating.
 */
import { type EngineDefinition, type TranslationEngine, TranslationError, abortReasonToError, throwIfAborted, toTranslationError } from '../engine';
import { raceAbort } from '../abort';
import type { Language } from '../../types';

export type TranslatorAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface LanguagePair {
  sourceLanguage: string;
  targetLanguage: string;
}

export interface DownloadProgressEventLike {
  loaded: number;
  total?: number;
}

export interface CreateMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEventLike) => void): void;
}

export interface TranslatorLike {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The part of the `Translator` global this engine uses. */
export interface TranslatorApiLike {
  availability(options: LanguagePair): Promise<TranslatorAvailability>;
  create(options: LanguagePair & { monitor?: (monitor: CreateMonitorLike) => void; signal?: AbortSignal }): Promise<TranslatorLike>;
}

export interface DownloadProgress {
  from: Language;
  to: Language;
  /** 0..1, for "downloading model 40%". */
  fraction: number;
}

export interface ChromeBuiltinOptions {
  /** `globalThis.Translator` where it exists; undefined in Firefox, older Chrome, and Node. */
  translatorApi: TranslatorApiLike | undefined;
  onDownloadProgress?: (progress: DownloadProgress) => void;
}

export interface ChromeBuiltinEngine extends TranslationEngine {
  /** Whether this browser can translate the pair on device, and whether the pack is there yet. */
  availability(from: Language, to: Language): Promise<TranslatorAvailability>;
  /** Creates (and, if needed, downloads) the translator for the pair; call from a user gesture. */
  prepare(from: Language, to: Language, signal?: AbortSignal): Promise<void>;
  /** Destroys every translator this engine created and stops downloads in progress. */
  destroy(): void;
}

/**
 * The Translator API of `scope` (the caller passes globalThis), or undefined where there is none.
 * TypeScript's DOM library does not declare `Translator` yet, so the glue code needs this typed look-up.
 */
export function translatorApiOf(scope: object): TranslatorApiLike | undefined {
  const candidate = (scope as { Translator?: Partial<TranslatorApiLike> }).Translator;
  if (candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function') {
    return candidate as TranslatorApiLike;
  }
  return undefined;
}

export function createChromeBuiltinEngine(options: ChromeBuiltinOptions): ChromeBuiltinEngine {
  const api = options.translatorApi;
  const translators = new Map<string, Promise<TranslatorLike>>();
  // Aborted only by destroy(): a reader cancelling one run must not throw away a half-downloaded pack.
  let lifetime = new AbortController();

  const unavailable = (detail: string) => new TranslationError({ engine: 'chrome-builtin', kind: 'unavailable', detail });

  async function availability(from: Language, to: Language): Promise<TranslatorAvailability> {
    if (!api) return 'unavailable';
    try {
      return await api.availability({ sourceLanguage: from, targetLanguage: to });
    } catch {
      return 'unavailable';
    }
  }

  function translatorFor(from: Language, to: Language): Promise<TranslatorLike> {
    const key = `${from}>${to}`;
    let pending = translators.get(key);
    if (!pending) {
      pending = createTranslator(from, to);
      translators.set(key, pending);
      pending.catch(() => translators.delete(key));
    }
    return pending;
  }

  async function createTranslator(from: Language, to: Language): Promise<TranslatorLike> {
    if (!api) throw unavailable('this browser has no Translator API');
    const state = await availability(from, to);
    if (state === 'unavailable') throw unavailable(`no on-device model for ${from}→${to}`);
    try {
      return await api.create({
        sourceLanguage: from,
        targetLanguage: to,
        monitor(monitor) {
          monitor.addEventListener('downloadprogress', (event) => {
            options.onDownloadProgress?.({ from, to, fraction: progressFraction(event) });
          });
        },
        signal: lifetime.signal,
      });
    } catch (error) {
      throw builtinError(error);
    }
  }

  return {
    id: 'chrome-builtin',
    label: chromeBuiltin.label,
    maxBatchSize: 1,
    availability,
    async prepare(from, to, signal) {
      await raceAbort(translatorFor(from, to), signal, (reason) => abortReasonToError('chrome-builtin', reason));
    },
    async translate({ texts, from, to, signal }) {
      throwIfAborted('chrome-builtin', signal);
      const onAbort = (reason: unknown) => abortReasonToError('chrome-builtin', reason);
      const translator = await raceAbort(translatorFor(from, to), signal, onAbort);
      const out: string[] = [];
      for (const text of texts) {
        throwIfAborted('chrome-builtin', signal);
        try {
          // Raced as well: a translate() that ignores its signal must not keep the reader waiting.
          out.push(await raceAbort(translator.translate(text, { signal }), signal, onAbort));
        } catch (error) {
          const failure = error instanceof TranslationError ? error : builtinError(error, signal);
          if (failure.kind === 'server') translators.delete(`${from}>${to}`);
          throw failure;
        }
      }
      return out;
    },
    destroy() {
      lifetime.abort(new DOMException('engine destroyed', 'AbortError'));
      lifetime = new AbortController();
      for (const pending of translators.values()) pending.then((t) => t.destroy?.(), () => {});
      translators.clear();
    },
  };
}

export interface ChromeBuiltinConfig {
  engine: 'chrome-builtin';
}

/** Chrome's Translator exists only in a browser page's context: the content script passes `translatorApi` in deps. */
export const chromeBuiltin: EngineDefinition<ChromeBuiltinConfig, Partial<ChromeBuiltinOptions>> = {
  id: 'chrome-builtin',
  label: 'Chrome on-device',
  kind: 'on-device',
  fields: [],
  needsKey: () => false,
  origins: () => [],
  create: (_config, deps) => createChromeBuiltinEngine({ translatorApi: deps.translatorApi, onDownloadProgress: deps.onDownloadProgress }),
};

/** `loaded` is already 0..1 in shipped Chrome; early builds sent bytes with a byte `total`. */
function progressFraction(event: DownloadProgressEventLike): number {
  const raw = event.total !== undefined && event.total > 1 ? event.loaded / event.total : event.loaded;
  return Math.min(1, Math.max(0, Number.isFinite(raw) ? raw : 0));
}

/** Maps the DOMExceptions the Translator API throws onto the reader's error kinds. */
function builtinError(error: unknown, signal?: AbortSignal): TranslationError {
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  const engine = 'chrome-builtin' as const;
  switch (name) {
    case 'NotSupportedError': // language pair or input the model cannot handle
    case 'QuotaExceededError': // input longer than the model's inputQuota
      return new TranslationError({ engine, kind: 'unavailable', detail: `${name}: ${message}`, cause: error });
    case 'NotAllowedError': // create() without a user gesture while the pack is only downloadable
      return new TranslationError({ engine, kind: 'unavailable', detail: `needs a click to download the model (${message})`, cause: error });
    case 'InvalidStateError': // translator destroyed underneath us
    case 'UnknownError':
    case 'OperationError':
      return new TranslationError({ engine, kind: 'server', detail: `${name}: ${message}`, cause: error });
    default:
      return toTranslationError(engine, error, signal);
  }
}
