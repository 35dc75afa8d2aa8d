/**
 * Fetching one large file the way a learner's browser meets the network: progress as bytes arrive,
 * a dropped connection resumed with an HTTP Range request (or restarted when the host ignores
 * Range), bounded retries with a growing pause, a short body caught against Content-Length, and,
 * where the caller asks, a redirect refused rather than followed. Shared by the on-device model
 * download (lib/translate/bergamot/download.ts) and the dictionary download
 * (lib/words/dictionary-download.ts); the caller names its own errors through `fail`.
 *
 * Workflow, per attempt:
 * 1. Wait (n-1) × retryDelayMs before the n-th attempt; stop at once when the signal aborts.
 * 2. GET with `Range: bytes=<received>-` after a partial body, with the caller's headers
 *    (If-None-Match for an update check) otherwise.
 * 3. 206 with the range asked for: append. 200: start over. 304: not modified. 3xx with
 *    `refuseRedirects`: refuse. 429/5xx: retry. Other statuses: fail at once.
 * 4. Read the body, reporting the growing count; a read error or a body shorter than
 *    Content-Length is a dropped connection: retry.
 */

export type FetchFailureKind = 'network' | 'http' | 'redirect' | 'cancelled';

export interface FetchedFile {
  /** Null when the host answered 304 Not Modified to a conditional request. */
  bytes: Uint8Array | null;
  /** The validators of the answer that carried the body (for a later update check). */
  etag: string | null;
  lastModified: string | null;
}

export interface ResumableFetchOptions {
  url: string;
  /** What the messages call the file ("model.koen.bin.gz", "the dictionary"). */
  name: string;
  fetch?: typeof fetch;
  /** Waits before a retry; resolves early when the signal aborts. Injected by tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  maxAttempts: number;
  retryDelayMs: number;
  /** Sent with the first request of each attempt from zero (conditional headers for an update). */
  headers?: Record<string, string>;
  /** Refuse a 3xx instead of following it (fetch's `redirect: 'manual'`). */
  refuseRedirects?: boolean;
  /** Refuse a body larger than this many bytes (Content-Length up front, or as it arrives). */
  maxBytes?: number;
  /** `received` grows as bytes arrive and falls back to 0 on a restart; `total` is null while unknown. */
  report?: (received: number, total: number | null) => void;
  /** Builds the caller's error: the message names the host and the file, never a response body. */
  fail: (kind: FetchFailureKind, message: string, cause?: unknown) => Error;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** "host:port" of a URL, for messages (the URL itself may be long). */
export function hostOfUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Lower-case hex SHA-256 (crypto.subtle: the browsers and Node 20 both have it). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error as { code?: unknown } | null)?.code === 22;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/** Fetches one file's bytes, resuming after a dropped connection (see the workflow above). */
export async function fetchResumable(options: ResumableFetchOptions): Promise<FetchedFile> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const { name, signal, fail, url } = options;
  const host = hostOfUrl(url);
  const report = options.report ?? (() => {});
  const cancelled = () => fail('cancelled', `the download of ${name} was cancelled`);
  const throwIfCancelled = () => {
    if (signal?.aborted) throw cancelled();
  };
  let chunks: Uint8Array[] = [];
  let received = 0;
  let expected: number | null = null;
  let etag: string | null = null;
  let lastModified: string | null = null;
  let lastError: Error | null = null;
  const tooLarge = (size: number) => fail('http', `${host} offers ${size} bytes for ${name}, more than the ${options.maxBytes} expected; not downloaded`);
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    throwIfCancelled();
    if (attempt > 1) await sleep(options.retryDelayMs * (attempt - 1), signal);
    throwIfCancelled();
    const headers: Record<string, string> = received > 0 ? { Range: `bytes=${received}-`, ...(etag ? { 'If-Range': etag } : {}) } : { ...options.headers };
    let response: Response;
    try {
      response = await doFetch(url, {
        headers,
        credentials: 'omit',
        cache: 'no-store',
        signal,
        ...(options.refuseRedirects ? { redirect: 'manual' as const } : {}),
      });
    } catch (error) {
      if (isAbort(error, signal)) throwIfCancelled();
      lastError = fail('network', `could not reach ${host} for ${name}`, error);
      continue;
    }
    // Browsers answer a manual redirect with an opaque response (status 0); Node with the 3xx itself.
    if (options.refuseRedirects && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304))) {
      await response.body?.cancel().catch(() => {});
      throw fail('redirect', `${host} redirected the request for ${name} to another address; not followed`);
    }
    if (response.status === 304 && received === 0) {
      await response.body?.cancel().catch(() => {});
      return { bytes: null, etag: response.headers.get('etag') ?? options.headers?.['If-None-Match'] ?? null, lastModified: response.headers.get('last-modified') };
    }
    if (received > 0 && response.status === 206) {
      const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
      if (!range || Number(range[1]) !== received) {
        // A range we did not ask for: start this file again rather than splice wrong bytes.
        await response.body?.cancel().catch(() => {});
        chunks = [];
        received = 0;
        report(0, expected);
        lastError = fail('network', `${host} answered a wrong byte range for ${name}`);
        continue;
      }
      if (range[2] !== '*') expected = Number(range[2]);
    } else if (response.status === 200) {
      // A fresh answer (the first request, or a host that ignores Range): whatever came before is dropped.
      chunks = [];
      received = 0;
      const length = Number(response.headers.get('content-length'));
      expected = Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
      etag = response.headers.get('etag');
      lastModified = response.headers.get('last-modified');
      if (options.maxBytes !== undefined && expected !== null && expected > options.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(expected);
      }
      report(0, expected);
    } else {
      await response.body?.cancel().catch(() => {});
      const error = fail('http', `${host} answered HTTP ${response.status} for ${name}`);
      // 429 and 5xx may pass; anything else (404, 403) will not.
      if (response.status === 429 || response.status >= 500) {
        lastError = error;
        continue;
      }
      throw error;
    }
    if (!response.body) throw fail('network', `${host} sent no body for ${name}`);
    const reader = response.body.getReader();
    // Cancelling the reader ends a pending read(): undici (Node) does not always settle it when the
    // fetch's signal aborts mid-body.
    const stop = () => void reader.cancel().catch(() => {});
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        if (options.maxBytes !== undefined && received > options.maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge(received);
        }
        report(received, expected);
      }
    } catch (error) {
      if (isAbort(error, signal)) throwIfCancelled();
      if (options.maxBytes !== undefined && received > options.maxBytes) throw error;
      lastError = fail('network', `the connection to ${host} dropped during ${name}`, error);
      continue;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
    throwIfCancelled();
    if (expected !== null && received < expected) {
      lastError = fail('network', `the connection to ${host} ended early during ${name} (${received} of ${expected} bytes)`);
      continue;
    }
    return { bytes: concat(chunks, received), etag, lastModified };
  }
  throw lastError ?? fail('network', `could not download ${name}`);
}
