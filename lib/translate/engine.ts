/**
 * What every translation engine looks like to the reader, and the one error type they all throw.
 *
 * An engine turns a list of paragraphs into a list of translations of the same length, in the same
 * order. It does no retrying, batching or caching of its own: lib/translate/run.ts does that once for
 * all engines. Engines are pure TypeScript: `fetch` and the clock are injected (EngineDeps) so the
 * same code runs in the extension, in the CLI under Node 20, and in tests against loopback servers.
 */

export type EngineId =
  | 'chrome-builtin'
  | 'deepl'
  | 'google'
  | 'papago'
  | 'microsoft'
  | 'libretranslate'
  | 'openai'
  | 'bergamot';

/** The two languages the reader pairs. */
export type ReaderLanguage = 'ko' | 'en';

export interface TranslateRequest {
  texts: string[];
  from: ReaderLanguage;
  to: ReaderLanguage;
  signal?: AbortSignal;
}

export interface TranslationEngine {
  id: EngineId;
  /** Shown to the reader, e.g. "DeepL". */
  label: string;
  /** Resolves to exactly one translation per input text, in input order; otherwise throws TranslationError. */
  translate(req: TranslateRequest): Promise<string[]>;
  /** The model answering, when the engine has a choice (part of the cache key). */
  model?: string;
  /** Most texts the service accepts in one request (run.ts never sends more). */
  maxBatchSize?: number;
  /** Most characters worth sending in one request (run.ts starts a new batch past this). */
  maxBatchChars?: number;
}

/**
 * Per-engine settings. `endpoint` is always the base URL the engine appends its own path to
 * (e.g. DeepL's "/v2/translate"), so every engine can be pointed at a proxy or a loopback test server.
 */
export type EngineConfig =
  | { engine: 'chrome-builtin' }
  | { engine: 'deepl'; key: string; endpoint?: string; plan?: 'free' | 'pro' }
  | { engine: 'google'; key: string; endpoint?: string }
  | { engine: 'papago'; keyId: string; key: string; endpoint?: string }
  | { engine: 'microsoft'; key: string; region?: string; endpoint?: string }
  | { engine: 'libretranslate'; endpoint?: string; key?: string }
  | { engine: 'openai'; key: string; model?: string; endpoint?: string }
  | { engine: 'bergamot' };

export type ConfigFor<E extends EngineId> = Extract<EngineConfig, { engine: E }>;

/** The parts of the outside world an HTTP engine uses; all optional, defaulting to the global ones. */
export interface EngineDeps {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; used to turn an HTTP-date Retry-After into a delay. */
  now?: () => number;
}

export type TranslationErrorKind =
  | 'auth'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'count-mismatch'
  | 'unavailable'
  | 'cancelled';

export interface TranslationErrorInit {
  engine: EngineId;
  kind: TranslationErrorKind;
  status?: number;
  retryAfterMs?: number;
  /** What the service said, if anything (one line, shortened). Never contains credentials. */
  detail?: string;
  cause?: unknown;
}

/**
 * Why a translation failed, in terms the runner and the UI can act on.
 * The message is one line naming the engine and the HTTP status, e.g.
 * "deepl: rate-limit (HTTP 429, retry after 2000 ms): Too many requests".
 */
export class TranslationError extends Error {
  readonly engine: EngineId;
  readonly kind: TranslationErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly detail?: string;

  constructor(init: TranslationErrorInit) {
    super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TranslationError';
    this.engine = init.engine;
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.detail !== undefined) this.detail = init.detail;
  }
}

function formatMessage(init: TranslationErrorInit): string {
  const facts: string[] = [];
  if (init.status !== undefined) facts.push(`HTTP ${init.status}`);
  if (init.retryAfterMs !== undefined) facts.push(`retry after ${init.retryAfterMs} ms`);
  const head = `${init.engine}: ${init.kind}${facts.length ? ` (${facts.join(', ')})` : ''}`;
  return init.detail ? `${head}: ${oneLine(init.detail)}` : head;
}

/** Collapses whitespace and shortens service-provided text so an error message stays one line. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Kinds worth another attempt after a pause: the same request may well succeed. */
export function isRetryable(kind: TranslationErrorKind): boolean {
  return kind === 'rate-limit' || kind === 'server' || kind === 'timeout' || kind === 'network';
}

/**
 * Turns anything an engine call threw into a TranslationError.
 * An abort carries its reason: run.ts aborts a request that ran too long with a 'timeout'
 * TranslationError, and a caller's AbortSignal.timeout() gives a DOMException named TimeoutError;
 * every other abort is the reader cancelling.
 */
export function toTranslationError(engine: EngineId, error: unknown, signal?: AbortSignal): TranslationError {
  if (signal?.aborted) return abortReasonToError(engine, signal.reason);
  if (error instanceof TranslationError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'AbortError') return new TranslationError({ engine, kind: 'cancelled', cause: error });
  if (name === 'TimeoutError') return new TranslationError({ engine, kind: 'timeout', cause: error });
  // fetch() rejects with a TypeError when no HTTP answer arrived at all (refused, DNS, TLS, CORS).
  if (error instanceof TypeError) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return new TranslationError({
      engine,
      kind: 'network',
      detail: typeof code === 'string' ? code : error.message,
      cause: error,
    });
  }
  return new TranslationError({
    engine,
    kind: 'unavailable',
    detail: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

export function abortReasonToError(engine: EngineId, reason: unknown): TranslationError {
  if (reason instanceof TranslationError) {
    return reason.engine === engine ? reason : new TranslationError({ ...reason, engine, cause: reason });
  }
  if ((reason as { name?: unknown } | null)?.name === 'TimeoutError') {
    return new TranslationError({ engine, kind: 'timeout', cause: reason });
  }
  return new TranslationError({ engine, kind: 'cancelled', cause: reason });
}

/** Throws the matching TranslationError if the signal is already aborted. */
export function throwIfAborted(engine: EngineId, signal?: AbortSignal): void {
  if (signal?.aborted) throw abortReasonToError(engine, signal.reason);
}
