/**
 * Remembering translations, so reopening an article costs no requests.
 *
 * The key is a 64-bit FNV-1a hash of (engine, model, from, to, text): small, fast, synchronous, and
 * the same in Node and in the browser. At the sizes a reader's cache reaches (thousands of entries)
 * a collision is about as likely as 1 in 10^12.
 * Two stores with one interface: an in-memory LRU (per panel, bounded by entries and bytes) and an
 * IndexedDB store that outlives the page; the IDBFactory is a parameter so tests use fake-indexeddb.
 */
import type { EngineId } from './engine';
import type { Language } from '../types';

export interface TranslationCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface CacheKeyParts {
  engine: EngineId;
  model?: string;
  from: Language;
  to: Language;
  text: string;
}

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** FNV-1a, 64-bit, over bytes. */
export function fnv1a64(bytes: Uint8Array): bigint {
  let hash = FNV64_OFFSET;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash;
}

const encoder = new TextEncoder();

export function translationCacheKey(parts: CacheKeyParts): string {
  // JSON keeps the fields apart: ("a", "b c") and ("a b", "c") cannot hash the same input.
  const bytes = encoder.encode(JSON.stringify([parts.engine, parts.model ?? '', parts.from, parts.to, parts.text]));
  return `${fnv1a64(bytes).toString(16).padStart(16, '0')}-${bytes.length.toString(36)}`;
}

export interface MemoryCacheOptions {
  maxEntries?: number;
  /** Approximate: UTF-16 size of keys and values. */
  maxBytes?: number;
}

export interface MemoryCache extends TranslationCache {
  readonly size: number;
  readonly bytes: number;
  clear(): Promise<void>;
}

/** Least-recently-used in memory; a Map keeps insertion order, so re-inserting on use makes the first key the oldest. */
export function createMemoryCache(options: MemoryCacheOptions = {}): MemoryCache {
  const maxEntries = options.maxEntries ?? 1_000;
  const maxBytes = options.maxBytes ?? 4_000_000;
  const entries = new Map<string, string>();
  let bytes = 0;
  const sizeOf = (key: string, value: string) => (key.length + value.length) * 2;

  const evict = () => {
    while (entries.size > maxEntries || bytes > maxBytes) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      bytes -= sizeOf(oldest.value, entries.get(oldest.value)!);
      entries.delete(oldest.value);
    }
  };

  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    async get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    async set(key, value) {
      const previous = entries.get(key);
      if (previous !== undefined) {
        bytes -= sizeOf(key, previous);
        entries.delete(key);
      }
      entries.set(key, value);
      bytes += sizeOf(key, value);
      evict();
    },
    async clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

export interface IdbCacheOptions {
  maxEntries?: number;
  dbName?: string;
  /** Clock for "last used"; injected by tests. */
  now?: () => number;
}

export interface IdbCache extends TranslationCache {
  clear(): Promise<void>;
  count(): Promise<number>;
  close(): void;
}

const STORE = 'translations';
const BY_USE = 'usedAt';

interface IdbRecord {
  key: string;
  value: string;
  usedAt: number;
}

/**
 * Translations in IndexedDB, least-recently-used beyond `maxEntries` deleted on each write.
 * Every operation is one transaction; a get() also moves the entry's "last used" time forward.
 */
export function createIdbCache(indexedDB: IDBFactory, options: IdbCacheOptions = {}): IdbCache {
  const maxEntries = options.maxEntries ?? 5_000;
  const dbName = options.dbName ?? 'hanyeong-reader-translations';
  const now = options.now ?? Date.now;
  // Strictly increasing even when the clock stands still, so eviction order is well defined.
  let lastTick = 0;
  const tick = () => (lastTick = Math.max(now(), lastTick + 1));

  let opening: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex(BY_USE, 'usedAt');
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the schema must not be blocked by this one.
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error(`IndexedDB "${dbName}" is blocked by another open connection`));
    }));

  /** Runs `work` in one transaction and resolves with what it produced once the transaction commits. */
  const transact = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void) => void) => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result: T;
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      work(tx.objectStore(STORE), (value) => (result = value));
    });
  };

  return {
    get(key) {
      return transact<string | undefined>('readwrite', (store, done) => {
        const request = store.get(key);
        request.onsuccess = () => {
          const record = request.result as IdbRecord | undefined;
          done(record?.value);
          if (record) store.put({ ...record, usedAt: tick() });
        };
      });
    },
    set(key, value) {
      return transact<void>('readwrite', (store) => {
        store.put({ key, value, usedAt: tick() } satisfies IdbRecord);
        const counting = store.count();
        counting.onsuccess = () => {
          let excess = counting.result - maxEntries;
          if (excess <= 0) return;
          const cursor = store.index(BY_USE).openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at || excess <= 0) return;
            at.delete();
            excess--;
            at.continue();
          };
        };
      });
    },
    clear() {
      return transact<void>('readwrite', (store) => {
        store.clear();
      });
    },
    count() {
      return transact<number>('readonly', (store, done) => {
        const request = store.count();
        request.onsuccess = () => done(request.result);
      });
    },
    close() {
      opening?.then((db) => db.close(), () => {});
      opening = undefined;
    },
  };
}
