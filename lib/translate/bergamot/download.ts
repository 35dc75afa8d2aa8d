/**
 * Downloading a model: each file fetched with progress, resumed with an HTTP Range request after a
 * dropped connection (or restarted when the host ignores Range), gunzipped, checked against the
 * registry (SHA-256 and size, where the registry gives them) and only then stored. A quota refusal
 * removes what this model had stored and says so. `fetch`, the store and the clock are injected, so
 * the same code runs in the extension, in Node (the CLI, the maintainer's check) and in tests.
 */
import { fetchResumable, isQuotaError, sha256Hex } from '../../download/resumable';

export { sha256Hex };
import { BergamotError, throwIfCancelled } from './errors';
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

/**
 * Fetches one file's compressed bytes, resuming after a dropped connection (lib/download/resumable.ts).
 * `report(received)` gets this file's byte count as it grows (it can shrink: a restart from zero).
 */
async function fetchFile(
  file: ModelFileRecord,
  options: Required<Pick<DownloadOptions, 'maxAttempts' | 'retryDelayMs'>> & DownloadDeps & { signal?: AbortSignal },
  report: (received: number, total: number | null) => void,
): Promise<Uint8Array> {
  const fetched = await fetchResumable({
    url: file.url,
    name: fileName(file),
    fetch: options.fetch,
    sleep: options.sleep,
    signal: options.signal,
    maxAttempts: options.maxAttempts,
    retryDelayMs: options.retryDelayMs,
    report,
    fail: (kind, message, cause) => {
      if (kind === 'cancelled') return new BergamotError('cancelled', 'the model download was cancelled');
      return new BergamotError(kind === 'redirect' ? 'http' : kind, message, { cause });
    },
  });
  // No conditional request was sent, so a body always comes back.
  return fetched.bytes ?? new Uint8Array(0);
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
