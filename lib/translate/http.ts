/**
 * The one way HTTP engines talk to their service: send a request, read the answer, and turn every
 * failure into a TranslationError with the right kind. Engines differ only in URL, headers, body and
 * answer shape.
 *
 * Two leaks are closed here, once for every engine:
 * - A redirect is never followed (`redirect: 'manual'`, then refused). Fetch strips Authorization on
 *   a cross-origin redirect but forwards every other header (Ocp-Apim-Subscription-Key,
 *   X-NCP-APIGW-API-KEY) and, on 307/308, the body (LibreTranslate's api_key): a service or proxy
 *   that redirects elsewhere would hand the key to another host.
 * - The service's answer text never reaches an error message: the message goes to the page (the panel
 *   shows it) and services echo what they were sent, keys included (a 400 quoting the request, a
 *   proxy's error page). A failed answer gives a fixed message for its kind, plus the service's reason
 *   code when it is one of a known vocabulary (serviceReason). Never the URL (Google's key travels in
 *   the query string) or the headers either.
 */
import {
  type EngineDeps,
  type EngineId,
  type TranslationErrorKind,
  TranslationError,
  throwIfAborted,
  toTranslationError,
} from './engine';

interface RequestOptions {
  engine: EngineId;
  url: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
  deps?: EngineDeps;
  /** Engine-specific reading of an error answer (e.g. Google's 403 that means "rate limited"). */
  classify?: (status: number, body: unknown) => TranslationErrorKind | undefined;
}

export interface PostJsonOptions extends RequestOptions {
  body: unknown;
}

export interface PostFormOptions extends RequestOptions {
  /** Sent as application/x-www-form-urlencoded (UTF-8). */
  form: URLSearchParams;
}

/** POSTs `body` as JSON and resolves to the parsed JSON answer of a 2xx response. */
export async function postJson(options: PostJsonOptions): Promise<unknown> {
  const text = await send(options, 'POST', { 'Content-Type': 'application/json' }, JSON.stringify(options.body));
  return parseAnswer(options.engine, text);
}

/** POSTs a form and resolves to the parsed JSON answer of a 2xx response. */
export async function postForm(options: PostFormOptions): Promise<unknown> {
  const text = await send(options, 'POST', { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }, options.form.toString());
  return parseAnswer(options.engine, text);
}

/** GETs `url` and resolves to the text of a 2xx response (e.g. a token). */
export function getText(options: RequestOptions): Promise<string> {
  return send(options, 'GET', {}, undefined);
}

async function send(options: RequestOptions, method: 'GET' | 'POST', contentHeaders: Record<string, string>, body: string | undefined): Promise<string> {
  const { engine, signal } = options;
  const doFetch = options.deps?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.deps?.now ?? Date.now;
  throwIfAborted(engine, signal);

  let response: Response;
  let text: string;
  try {
    response = await doFetch(options.url, {
      method,
      headers: { ...contentHeaders, ...options.headers },
      ...(body !== undefined ? { body } : {}),
      redirect: 'manual',
      signal,
    });
    // Browsers answer a manual redirect with an opaque response (status 0); Node with the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => {});
      throw new TranslationError({
        engine,
        kind: 'unavailable',
        ...(response.status ? { status: response.status } : {}),
        detail: 'the service redirected the request to another address; not followed',
      });
    }
    text = await response.text();
  } catch (error) {
    throw toTranslationError(engine, error, signal);
  }

  if (!response.ok) {
    const status = response.status;
    const parsed = parseJsonOrUndefined(text);
    const kind = options.classify?.(status, parsed) ?? kindForStatus(status);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    const reason = serviceReason(parsed);
    throw new TranslationError({
      engine,
      kind,
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      detail: reason ? `${FAILED_ANSWER[kind]} [${reason}]` : FAILED_ANSWER[kind],
    });
  }
  return text;
}

function parseAnswer(engine: EngineId, text: string): unknown {
  const parsed = parseJsonOrUndefined(text);
  if (parsed === undefined) throw new TranslationError({ engine, kind: 'malformed', status: 200, detail: 'the answer is not JSON' });
  return parsed;
}

/** What the message says for a failed answer of each kind, instead of the service's own words. */
const FAILED_ANSWER: Record<TranslationErrorKind, string> = {
  auth: 'the service refused access',
  'rate-limit': 'too many requests',
  server: 'the service failed',
  timeout: 'the service timed out',
  network: 'no answer from the service',
  malformed: 'the answer could not be read',
  'count-mismatch': 'the answer had the wrong number of translations',
  unavailable: 'the service refused the request',
  cancelled: 'cancelled',
};

/**
 * Reason codes a service's error body may name that are safe and useful in a message: Google v2's
 * `error.errors[].reason` / `error.details[].reason`, OpenAI's `error.code`, Papago's `error.errorCode`
 * (N2MT01…), Microsoft's six-digit `error.code` (401000…). Anything else is dropped: a free-text
 * field could echo the key.
 */
const KNOWN_REASONS = new Set([
  'userRateLimitExceeded', 'rateLimitExceeded', 'RATE_LIMIT_EXCEEDED', 'dailyLimitExceeded', 'quotaExceeded',
  'API_KEY_INVALID', 'keyInvalid', 'keyExpired', 'backendError', 'accessNotConfigured', 'SERVICE_DISABLED', 'forbidden', 'badRequest', 'invalid',
  'insufficient_quota', 'invalid_api_key', 'rate_limit_exceeded', 'model_not_found', 'context_length_exceeded',
]);

function serviceReason(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const error = body.error;
  const candidates: unknown[] = [];
  for (const list of [error.errors, error.details]) {
    if (Array.isArray(list)) for (const entry of list) if (isRecord(entry)) candidates.push(entry.reason);
  }
  candidates.push(error.errorCode, error.code, error.status);
  for (const candidate of candidates) {
    const code = typeof candidate === 'number' ? String(candidate) : candidate;
    if (typeof code !== 'string') continue;
    if (KNOWN_REASONS.has(code) || /^N2MT\d{2}$/.test(code) || /^\d{6}$/.test(code)) return code;
  }
  return undefined;
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
