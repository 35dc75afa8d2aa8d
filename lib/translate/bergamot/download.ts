/**
 * Downloading a model: each file fetched with progress, resumed with an HTTP Range request after a
 * dropped connection (or restarted when the host ignores Range), gunzipped, checked against the
 * registry (SHA-256 and size, where the registry gives them) and only then stored. A quota refusal
 * removes what this model had stored and says so. `fetch`, the store and the clock are injected, so
 * the same code runs in the extension, in Node (the CLI, the maintainer's check) and in tests.
 */
import { BergamotError, isAbort, throwIfCancelled } from './errors';
import { downloadSource, hostOf, pairOf, type ModelFileRecord, type ModelRecord } from './registry';
import { fileKey, type InstalledModel, type ModelStore } from './store';

export interface DownloadProgress {
  /** Compressed bytes received so far, files already stored included. */
  loaded: number;
  /** Compressed bytes of the whole model (0 while unknown). */
  total: number;
}

export interface DownloadDeps {
  fetch?: typeof fetch;
  /** Waits before a retry; resolves early when the signal aborts. Injected by tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface DownloadOptions extends DownloadDeps {
  record: ModelRecord;
  store: ModelStore;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Attempts per file, first one included (default 4). */
  maxAttempts?: number;
  /** Pause before the n-th retry: n × this (default 1 s). */
  retryDelayMs?: number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The download size of each file (compressed bytes, from a HEAD request's Content-Length; null
 * where the host does not say). models.json gives no compressed sizes, so this is what the panel's
 * "33 MB from Mozilla" comes from.
 */
export async function measureModel(record: ModelRecord, deps: DownloadDeps & { signal?: AbortSignal } = {}): Promise<Array<number | null>> {
  const doFetch = deps.fetch ?? fetch;
  return Promise.all(
    record.files.map(async (file) => {
      try {
        const response = await doFetch(file.url, { method: 'HEAD', credentials: 'omit', cache: 'no-store', signal: deps.signal });
        const length = Number(response.headers.get('content-length'));
        return response.ok && Number.isFinite(length) && length > 0 ? length : null;
      } catch {
        return null;
      }
    }),
  );
}

/** Lower-case hex SHA-256 (crypto.subtle: the browsers and Node 20 both have it). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Gunzips a file. A host may already have decoded it (Content-Encoding: gzip makes fetch hand over
 * the plain bytes), so bytes without the gzip magic are taken as they are; the hash check decides.
 * A broken gzip stream (its CRC-32 or length trailer does not match) is an integrity failure.
 */
export async function gunzipIfNeeded(bytes: Uint8Array, name: string): Promise<ArrayBuffer> {
  if (!isGzip(bytes)) return bytes.slice().buffer;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).arrayBuffer();
  } catch (error) {
    throw new BergamotError('integrity', `${name} is not a valid gzip file`, { cause: error });
  }
}

const fileName = (file: ModelFileRecord) => file.path.split('/').pop() ?? file.path;

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error as { code?: unknown } | null)?.code === 22;
}

/**
 * Fetches one file's compressed bytes, resuming after a dropped connection. `report(received)`
 * gets this file's byte count as it grows (it can shrink: a restart from zero).
 */
async function fetchFile(
  file: ModelFileRecord,
  options: Required<Pick<DownloadOptions, 'maxAttempts' | 'retryDelayMs'>> & DownloadDeps & { signal?: AbortSignal },
  report: (received: number, total: number | null) => void,
): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const name = fileName(file);
  let chunks: Uint8Array[] = [];
  let received = 0;
  let expected: number | null = null;
  let lastError: BergamotError | null = null;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    throwIfCancelled(options.signal);
    if (attempt > 1) await sleep(options.retryDelayMs * (attempt - 1), options.signal);
    throwIfCancelled(options.signal);
    const headers: Record<string, string> = received > 0 ? { Range: `bytes=${received}-` } : {};
    let response: Response;
    try {
      response = await doFetch(file.url, { headers, credentials: 'omit', cache: 'no-store', signal: options.signal });
    } catch (error) {
      if (isAbort(error, options.signal)) throwIfCancelled(options.signal);
      lastError = new BergamotError('network', `could not reach ${hostOf(file.url)} for ${name}`, { cause: error });
      continue;
    }
    if (received > 0 && response.status === 206) {
      const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
      if (!range || Number(range[1]) !== received) {
        // A range we did not ask for: start this file again rather than splice wrong bytes.
        await response.body?.cancel().catch(() => {});
        chunks = [];
        received = 0;
        report(0, expected);
        lastError = new BergamotError('network', `${hostOf(file.url)} answered a wrong byte range for ${name}`);
        continue;
      }
      if (range[2] !== '*') expected = Number(range[2]);
    } else if (response.status === 200) {
      // A fresh answer (the first request, or a host that ignores Range): whatever came before is dropped.
      chunks = [];
      received = 0;
      const length = Number(response.headers.get('content-length'));
      expected = Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
      report(0, expected);
    } else {
      await response.body?.cancel().catch(() => {});
      const error = new BergamotError('http', `${hostOf(file.url)} answered HTTP ${response.status} for ${name}`);
      // 429 and 5xx may pass; anything else (404, 403) will not.
      if (response.status === 429 || response.status >= 500) {
        lastError = error;
        continue;
      }
      throw error;
    }
    if (!response.body) throw new BergamotError('network', `${hostOf(file.url)} sent no body for ${name}`);
    const reader = response.body.getReader();
    // Cancelling the reader ends a pending read(): undici (Node) does not always settle it when the
    // fetch's signal aborts mid-body.
    const stop = () => void reader.cancel().catch(() => {});
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        report(received, expected);
      }
    } catch (error) {
      if (isAbort(error, options.signal)) throwIfCancelled(options.signal);
      lastError = new BergamotError('network', `the connection to ${hostOf(file.url)} dropped during ${name}`, { cause: error });
      continue;
    } finally {
      options.signal?.removeEventListener('abort', stop);
    }
    throwIfCancelled(options.signal);
    if (expected !== null && received < expected) {
      lastError = new BergamotError('network', `the connection to ${hostOf(file.url)} ended early during ${name} (${received} of ${expected} bytes)`);
      continue;
    }
    const whole = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return whole;
  }
  throw lastError ?? new BergamotError('network', `could not download ${name}`);
}

/**
 * Downloads, checks and stores every file of a model, then its manifest. Files already stored
 * from the same registry path (an earlier, interrupted download) are not fetched again. Resolves
 * with the installed model; throws a BergamotError otherwise, having stored nothing unchecked.
 */
export async function downloadModel(options: DownloadOptions): Promise<InstalledModel> {
  const { record, store, signal, onProgress } = options;
  const pair = pairOf(record.from, record.to);
  const settings = { ...options, maxAttempts: options.maxAttempts ?? 4, retryDelayMs: options.retryDelayMs ?? 1_000 };
  const sizes: Array<number | null> = await measureModel(record, { fetch: options.fetch, signal });
  throwIfCancelled(signal);
  const total = () => sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  let completed = 0;
  const installed: InstalledModel['files'] = [];

  const storeOrExplain = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (isQuotaError(error)) {
        await store.removeModel(pair).catch(() => {});
        throw new BergamotError('quota', `the browser has no room to store the ${record.from}→${record.to} model; free some disk space and try again`, { cause: error });
      }
      throw new BergamotError('storage', `the ${record.from}→${record.to} model could not be stored: ${(error as Error)?.message ?? error}`, { cause: error });
    }
  };

  for (const [index, file] of record.files.entries()) {
    throwIfCancelled(signal);
    const key = fileKey(pair, file.role);
    const stored = await store.getFile(key).catch(() => null);
    if (stored && stored.path === file.path && (!file.sha256 || stored.sha256 === file.sha256)) {
      completed += sizes[index] ?? 0;
      onProgress?.({ loaded: completed, total: total() });
      installed.push({ role: file.role, path: file.path, size: stored.size, sha256: stored.sha256 });
      continue;
    }
    const compressed = await fetchFile(file, settings, (received, length) => {
      if (length !== null) sizes[index] = length;
      onProgress?.({ loaded: completed + received, total: total() });
    });
    sizes[index] = compressed.byteLength;
    const bytes = await gunzipIfNeeded(compressed, fileName(file));
    const sha256 = await sha256Hex(bytes);
    if (file.sha256 && sha256 !== file.sha256) {
      throw new BergamotError('integrity', `${fileName(file)} from ${hostOf(file.url)} does not match the SHA-256 in the model list; it was not stored`);
    }
    if (file.uncompressedSize !== undefined && bytes.byteLength !== file.uncompressedSize) {
      throw new BergamotError('integrity', `${fileName(file)} from ${hostOf(file.url)} has ${bytes.byteLength} bytes, the model list says ${file.uncompressedSize}; it was not stored`);
    }
    throwIfCancelled(signal);
    await storeOrExplain(() => store.putFile({ key, path: file.path, sha256, size: bytes.byteLength, bytes }));
    completed += compressed.byteLength;
    onProgress?.({ loaded: completed, total: total() });
    installed.push({ role: file.role, path: file.path, size: bytes.byteLength, sha256 });
  }

  const model: InstalledModel = {
    pair,
    from: record.from,
    to: record.to,
    architecture: record.architecture,
    files: installed,
    bytes: installed.reduce((sum, file) => sum + file.size, 0),
    installedAt: (options.now ?? Date.now)(),
    source: downloadSource(record.files[0]?.url ?? ''),
  };
  await storeOrExplain(() => store.putModel(model));
  return model;
}

/** The stored files of an installed model, checked against its manifest (a changed file is not used). */
export async function loadInstalledFiles(store: ModelStore, model: InstalledModel): Promise<Map<InstalledModel['files'][number]['role'], ArrayBuffer>> {
  const files = new Map<InstalledModel['files'][number]['role'], ArrayBuffer>();
  for (const entry of model.files) {
    const stored = await store.getFile(fileKey(model.pair, entry.role));
    if (!stored || stored.sha256 !== entry.sha256 || stored.bytes.byteLength !== entry.size) {
      throw new BergamotError('unavailable', `the stored ${model.from}→${model.to} model is incomplete; remove it in the options and download it again`);
    }
    files.set(entry.role, stored.bytes);
  }
  return files;
}
