/**
 * What every translation engine looks like to the reader, and the one error type they all throw.
 *
 * An engine turns a list of paragraphs into a list of translations of the same length, in the same
 * order. It does no retrying, batching or caching of its own: lib/translate/run.ts does that once for
 * all engines. Engines are pure TypeScript: `fetch` and the clock are injected (EngineDeps) so the
 * same code runs in the extension, in the CLI under Node 20, and in tests against loopback servers.
 */

import type { EngineId } from './engine-ids';
import type { Language } from '../types';

export type { EngineId } from './engine-ids';
export type { EngineConfig, ConfigFor } from './registry';

/** The two languages the reader pairs. */

export interface TranslateRequest {
  texts: string[];
  from: Language;
  to: Language;
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

/** The parts of the outside world an HTTP engine uses; all optional, defaulting to the global ones. */
export interface EngineDeps {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; used to turn an HTTP-date Retry-After into a delay, and a token's expiry. */
  now?: () => number;
}

/**
 * Where an engine runs, which decides what the reader tells the user about it:
 * - 'on-device': nothing leaves the machine (Chrome's Translator; Mozilla's Bergamot in a worker);
 * - 'network': a service the user has an account with, usually with a key;
 * - 'keyless-web': a public endpoint of a web translator, used without a key or an account; unofficial,
 *   so it can rate-limit or stop working, and the options page says so next to the choice.
 */
export type EngineKind = 'on-device' | 'network' | 'keyless-web';

/**
 * A setting the options page shows for an engine. `key` and `keyId` are secret: they live in local
 * storage only (utils/secrets.ts, lib/engine-secrets.ts); the others are synced with the settings.
 */
export type EngineField = 'keyId' | 'key' | 'endpoint' | 'model' | 'region' | 'plan';
export const SECRET_FIELDS: readonly EngineField[] = ['key', 'keyId'];

/** What the command line gives an engine's `cli.config` (scripts/reader-cli-options.ts reads the flags). */
export interface CliInput {
  /** --endpoint, already checked to be an http(s) URL. */
  endpoint?: string;
  /** --key, or HANYEONG_TRANSLATE_KEY. */
  key?: string;
  /** The value of one of the engine's own `cli.flags`, e.g. flag('--model'). */
  flag(name: string): string | undefined;
  /** The key, or a command-line error saying this engine needs --key. */
  needKey(): string;
  /** Throws a command-line error with this one-line message. */
  fail(message: string): never;
}

/**
 * One translation engine, whole: everything the reader needs to offer it (options page, command line,
 * host permissions, key checks) and to build it. Each engine is one file in lib/translate/engines/
 * exporting one of these, registered once in lib/translate/registry.ts.
 *
 * `Config` is the engine's settings, `{ engine: '<id>', … }`; `Deps` is what `create` needs injected
 * beyond fetch and the clock: e.g. Chrome's `translatorApi`, which only the content script can hand
 * over; an on-device engine running a WASM backend gets that backend the same way.
 */
export interface EngineDefinition<Config extends { engine: string } = { engine: string }, Deps extends object = EngineDeps> {
  id: Config['engine'];
  /** English name for the command line and error messages; the UI's name is the locale key `engineLabelKey(id)`. */
  label: string;
  kind: EngineKind;
  /** The fields the options page shows for it, in order. */
  fields: readonly EngineField[];
  /** True when `config` lacks a credential without which the engine refuses every request. */
  needsKey(config: Config): boolean;
  /**
   * The base URLs (http or https) its requests go to with this config: the options page asks the
   * browser for host access to exactly these. [] for an engine that sends nothing anywhere.
   */
  origins(config: Config): string[];
  /** How the command line builds its config; absent for an engine that exists only in a browser. */
  cli?: {
    /** Flags of its own besides --translate, --endpoint and --key, e.g. ['--model']. */
    flags?: readonly string[];
    config(input: CliInput): Config;
  };
  create(config: Config, deps: Deps): TranslationEngine;
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
  /**
   * What went wrong, in our own words: a fixed text per kind for a failed HTTP answer, with the
   * service's reason code when it is on lib/translate/http.ts's allow-list (e.g. "[userRateLimitExceeded]"),
   * or the engine's own description ("sent 3 texts, got 2 translations"). Never the service's free
   * text: it goes to the page in the message, and a service can echo the key it was sent.
   */
  detail?: string;
  cause?: unknown;
}

/**
 * Why a translation failed, in terms the runner and the UI can act on.
 * The message is one line naming the engine and the HTTP status, e.g.
 * "deepl: rate-limit (HTTP 429, retry after 2000 ms): too many requests".
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
function oneLine(text: string, max = 160): string {
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
