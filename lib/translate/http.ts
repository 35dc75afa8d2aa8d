/**
 * The one way HTTP engines talk to their service: POST JSON, read JSON, and turn every failure into a
 * TranslationError with the right kind. Engines differ only in URL, headers, body and answer shape.
 *
 * Credentials never reach an error message: messages carry the engine, the status and the service's
 * own error text, never the URL (Google's key travels in the query string) or the headers.
 */
import {
  type EngineDeps,
  type EngineId,
  type TranslationErrorKind,
  TranslationError,
  throwIfAborted,
  toTranslationError,
} from './engine';

export interface PostJsonOptions {
  engine: EngineId;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal;
  deps?: EngineDeps;
  /** Engine-specific reading of an error answer (e.g. Google's 403 that means "rate limited"). */
  classify?: (status: number, body: unknown) => TranslationErrorKind | undefined;
}

/** POSTs `body` as JSON and resolves to the parsed JSON answer of a 2xx response. */
export async function postJson(options: PostJsonOptions): Promise<unknown> {
  const { engine, signal } = options;
  const doFetch = options.deps?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.deps?.now ?? Date.now;
  throwIfAborted(engine, signal);

  let response: Response;
  let text: string;
  try {
    response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify(options.body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    throw toTranslationError(engine, error, signal);
  }

  const parsed = parseJsonOrUndefined(text);
  if (!response.ok) {
    const status = response.status;
    const kind = options.classify?.(status, parsed) ?? kindForStatus(status);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    throw new TranslationError({
      engine,
      kind,
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      detail: serviceMessage(parsed) ?? (text.trim() || response.statusText),
    });
  }
  if (parsed === undefined) {
    throw new TranslationError({
      engine,
      kind: 'malformed',
      status: response.status,
      detail: `answer is not JSON: ${text.slice(0, 60)}`,
    });
  }
  return parsed;
}

/** What an HTTP status means for the reader, when the engine has nothing more specific to say. */
export function kindForStatus(status: number): TranslationErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  // 400, 404, 413, 456 (DeepL quota), …: sending the same request again will not help.
  return 'unavailable';
}

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Returns milliseconds to wait from `nowMs` (0 for a date in the past), or undefined if absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only the date forms HTTP allows; Date.parse alone would also take "1.5" or "soon 2024".
  if (!/^[A-Za-z]{3},? /.test(trimmed) && !/^[A-Za-z]+day, /.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

function parseJsonOrUndefined(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Pulls the human-readable error out of the error bodies these services send. */
function serviceMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  // DeepL {message}, LibreTranslate {error: "…"}, Google/Microsoft/OpenAI {error: {message}}, Papago {error: {errorCode, message}}
  if (typeof body.error === 'string') return body.error;
  if (isRecord(body.error)) {
    const code = body.error.errorCode ?? body.error.code;
    const message = typeof body.error.message === 'string' ? body.error.message : undefined;
    if (message !== undefined) return code !== undefined ? `${String(code)} ${message}` : message;
  }
  if (typeof body.message === 'string') return body.message;
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a configured base URL and an engine path without doubling or dropping the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Throws the "answer had the wrong number of translations" error run.ts reacts to. */
export function expectCount(engine: EngineId, got: number, want: number): void {
  if (got !== want) {
    throw new TranslationError({ engine, kind: 'count-mismatch', detail: `sent ${want} texts, got ${got} translations` });
  }
}

export function malformed(engine: EngineId, what: string): TranslationError {
  return new TranslationError({ engine, kind: 'malformed', detail: what });
}
