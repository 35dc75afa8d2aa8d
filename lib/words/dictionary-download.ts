/**
 * Getting the dictionary onto the device: kengdic's TSV fetched from its public repository only
 * after the user said yes, with size and progress, checked (it must parse as kengdic, and match a
 * SHA-256 where the caller knows one), and stored locally with the validators of the answer
 * (ETag, Last-Modified), so that an update re-downloads only when the source changed. The fetch
 * is lib/download/resumable.ts, shared with the on-device model download.
 *
 * Workflow:
 * 1. downloadDictionary({ consented: true, ... }): without `consented: true` nothing is fetched
 *    (DictionaryError 'consent'). A redirect is refused: the file is fetched from the address the
 *    user agreed to, or not at all.
 * 2. The body is read with progress, resumed or restarted after a dropped connection, refused
 *    when larger than maxBytes or shorter than its Content-Length.
 * 3. The text is parsed (parseKengdic) before anything is stored: a file that is not kengdic is
 *    refused and the stored copy, if any, stays.
 * 4. Stored: the raw text (parsing it again takes well under a second, see `npm run bench`; a
 *    parsed index would be larger to store and to structured-clone), with url, size, SHA-256,
 *    entry count, ETag, Last-Modified and the date.
 * 5. updateDictionary: the same request made conditional (If-None-Match / If-Modified-Since);
 *    304 leaves the stored copy as it is. removeDictionary deletes it.
 */
import { idbDone, idbOpener, idbRequest } from '../download/idb';
import { fetchResumable, hostOfUrl, isQuotaError, sha256Hex, type FetchFailureKind } from '../download/resumable';
import { parseKengdic, DictionaryFormatError, type DictionaryIndex } from './dictionary';

import { KENGDIC_ESTIMATED_BYTES, KENGDIC_MAX_BYTES, KENGDIC_URL } from './source';

export type DictionaryErrorKind = 'consent' | 'network' | 'http' | 'redirect' | 'format' | 'integrity' | 'quota' | 'storage' | 'cancelled';

export class DictionaryError extends Error {
  readonly kind: DictionaryErrorKind;
  constructor(kind: DictionaryErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DictionaryError';
    this.kind = kind;
  }
}

export interface StoredDictionary {
  /** Always 'kengdic' (one dictionary per device). */
  id: 'kengdic';
  url: string;
  text: string;
  /** UTF-8 bytes downloaded. */
  bytes: number;
  sha256: string;
  entries: number;
  etag: string | null;
  lastModified: string | null;
  /** Milliseconds since the epoch: when it was downloaded, and when an update last checked it. */
  downloadedAt: number;
  checkedAt: number;
}

export type DictionaryInfo = Omit<StoredDictionary, 'text'>;

export interface DictionaryStore {
  get(): Promise<StoredDictionary | null>;
  put(dictionary: StoredDictionary): Promise<void>;
  remove(): Promise<void>;
}

export function createMemoryDictionaryStore(options: { quotaBytes?: number } = {}): DictionaryStore {
  let stored: StoredDictionary | null = null;
  return {
    get: async () => (stored ? { ...stored } : null),
    async put(dictionary) {
      if (options.quotaBytes !== undefined && dictionary.text.length * 2 > options.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      stored = { ...dictionary };
    },
    remove: async () => void (stored = null),
  };
}

const DB_NAME = 'hanyeong-dictionary';
const STORE = 'dictionaries';

/** The store in an IndexedDB factory (the extension origin's `indexedDB`, or fake-indexeddb in tests). */
export function createIdbDictionaryStore(factory: IDBFactory): DictionaryStore {
  const db = idbOpener(factory, DB_NAME, [{ name: STORE, keyPath: 'id' }]);
  const write = async (work: (store: IDBObjectStore) => void) => {
    const tx = (await db()).transaction(STORE, 'readwrite');
    const finished = idbDone(tx);
    work(tx.objectStore(STORE));
    await finished;
  };
  return {
    async get() {
      const tx = (await db()).transaction(STORE, 'readonly');
      return ((await idbRequest(tx.objectStore(STORE).get('kengdic'))) as StoredDictionary | undefined) ?? null;
    },
    put: (dictionary) => write((store) => store.put(dictionary)),
    remove: () => write((store) => store.delete('kengdic')),
  };
}

export interface DictionaryProgress {
  loaded: number;
  /** Bytes of the whole file once the host said (Content-Length); the estimate until then. */
  total: number;
  /** False while `total` is KENGDIC_ESTIMATED_BYTES rather than the host's figure. */
  exact: boolean;
}

export interface DictionaryDownloadOptions {
  /** The user agreed to this download; anything but `true` fetches nothing. */
  consented: boolean;
  store: DictionaryStore;
  url?: string;
  /** Where the caller knows the file's SHA-256 (kengdic publishes none). */
  sha256?: string;
  maxBytes?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
  onProgress?: (progress: DictionaryProgress) => void;
  maxAttempts?: number;
  retryDelayMs?: number;
}

export interface DictionaryDownloadResult {
  /** 'installed': a new copy is stored; 'unchanged': the source has not changed since the stored copy. */
  state: 'installed' | 'unchanged';
  info: DictionaryInfo;
}

const infoOf = ({ text: _text, ...info }: StoredDictionary): DictionaryInfo => info;

async function fetchAndStore(options: DictionaryDownloadOptions, conditional: StoredDictionary | null): Promise<DictionaryDownloadResult> {
  if (options.consented !== true) throw new DictionaryError('consent', 'the dictionary is downloaded only after you agree to it; nothing was fetched');
  const url = options.url ?? KENGDIC_URL;
  const host = hostOfUrl(url);
  const now = options.now ?? Date.now;
  const headers: Record<string, string> = {};
  if (conditional && conditional.url === url) {
    if (conditional.etag) headers['If-None-Match'] = conditional.etag;
    if (conditional.lastModified) headers['If-Modified-Since'] = conditional.lastModified;
  }
  const fetched = await fetchResumable({
    url,
    name: 'the dictionary',
    fetch: options.fetch,
    sleep: options.sleep,
    signal: options.signal,
    maxAttempts: options.maxAttempts ?? 4,
    retryDelayMs: options.retryDelayMs ?? 1_000,
    headers,
    refuseRedirects: true,
    maxBytes: options.maxBytes ?? KENGDIC_MAX_BYTES,
    report: (received, total) => options.onProgress?.({ loaded: received, total: total ?? KENGDIC_ESTIMATED_BYTES, exact: total !== null }),
    fail: (kind: FetchFailureKind, message, cause) => new DictionaryError(kind, message, { cause }),
  });
  if (fetched.bytes === null) {
    if (!conditional) throw new DictionaryError('http', `${host} answered 304 Not Modified to a first download`);
    const checked = { ...conditional, checkedAt: now() };
    await storeOrExplain(options.store, checked);
    return { state: 'unchanged', info: infoOf(checked) };
  }
  const sha256 = await sha256Hex(fetched.bytes);
  if (options.sha256 && sha256 !== options.sha256.toLowerCase()) {
    throw new DictionaryError('integrity', `the dictionary from ${host} does not match the expected SHA-256; it was not stored`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes);
  } catch (error) {
    throw new DictionaryError('format', `the dictionary from ${host} is not UTF-8 text; it was not stored`, { cause: error });
  }
  let index: DictionaryIndex;
  try {
    index = parseKengdic(text);
  } catch (error) {
    if (error instanceof DictionaryFormatError) throw new DictionaryError('format', `the file from ${host} is not the dictionary: ${error.message}; it was not stored`, { cause: error });
    throw error;
  }
  if (index.size === 0) throw new DictionaryError('format', `the dictionary from ${host} has no entries; it was not stored`);
  const stored: StoredDictionary = {
    id: 'kengdic',
    url,
    text,
    bytes: fetched.bytes.byteLength,
    sha256,
    entries: index.size,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    downloadedAt: now(),
    checkedAt: now(),
  };
  await storeOrExplain(options.store, stored);
  return { state: 'installed', info: infoOf(stored) };
}

async function storeOrExplain(store: DictionaryStore, dictionary: StoredDictionary): Promise<void> {
  try {
    await store.put(dictionary);
  } catch (error) {
    if (isQuotaError(error)) throw new DictionaryError('quota', 'the browser has no room to store the dictionary; free some disk space and try again', { cause: error });
    throw new DictionaryError('storage', `the dictionary could not be stored: ${(error as Error)?.message ?? error}`, { cause: error });
  }
}

/** Downloads and stores the dictionary (replacing a stored copy). */
export function downloadDictionary(options: DictionaryDownloadOptions): Promise<DictionaryDownloadResult> {
  return fetchAndStore(options, null);
}

/** Downloads the dictionary again only if its source changed since the stored copy (a first download otherwise). */
export async function updateDictionary(options: DictionaryDownloadOptions): Promise<DictionaryDownloadResult> {
  if (options.consented !== true) throw new DictionaryError('consent', 'the dictionary is downloaded only after you agree to it; nothing was fetched');
  const stored = await options.store.get().catch(() => null);
  return fetchAndStore(options, stored);
}

export async function removeDictionary(store: DictionaryStore): Promise<void> {
  await store.remove();
}

export async function dictionaryInfo(store: DictionaryStore): Promise<DictionaryInfo | null> {
  const stored = await store.get();
  return stored ? infoOf(stored) : null;
}

/** The stored dictionary's index, or null when none is stored. */
export async function loadDictionary(store: DictionaryStore): Promise<DictionaryIndex | null> {
  const stored = await store.get();
  return stored ? parseKengdic(stored.text) : null;
}
