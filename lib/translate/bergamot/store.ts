/**
 * Where downloaded model files live: IndexedDB in the extension's own origin (shared by the
 * background, the offscreen document and the options page), or memory in tests. A file is stored
 * only after its checks passed; a model is "installed" only when its manifest is, which is written
 * after its last file. Files of an unfinished download stay, so the next attempt skips them.
 */
import { idbDone, idbOpener, idbRequest } from '../../download/idb';
import type { ModelFileRole, ModelPair } from './registry';
import type { Language } from '../../types';

export interface StoredModelFile {
  /** `${pair}/${role}`. */
  key: string;
  /** The registry path it came from: a newer model under the same role is a different file. */
  path: string;
  sha256: string;
  size: number;
  bytes: ArrayBuffer;
}

export interface InstalledModel {
  pair: ModelPair;
  from: Language;
  to: Language;
  architecture: string;
  files: Array<{ role: ModelFileRole; path: string; size: number; sha256: string }>;
  /** Bytes stored (gunzipped), the size the options page shows. */
  bytes: number;
  /** Milliseconds since the epoch. */
  installedAt: number;
  /** "Mozilla (storage.googleapis.com)". */
  source: string;
}

export interface ModelStore {
  getFile(key: string): Promise<StoredModelFile | null>;
  putFile(file: StoredModelFile): Promise<void>;
  getModel(pair: ModelPair): Promise<InstalledModel | null>;
  putModel(model: InstalledModel): Promise<void>;
  listModels(): Promise<InstalledModel[]>;
  /** Removes the manifest and every file stored for the pair (also those of an unfinished download). */
  removeModel(pair: ModelPair): Promise<void>;
}

export const fileKey = (pair: ModelPair, role: ModelFileRole) => `${pair}/${role}`;

export function createMemoryModelStore(options: { quotaBytes?: number } = {}): ModelStore & { usedBytes(): number } {
  const files = new Map<string, StoredModelFile>();
  const models = new Map<ModelPair, InstalledModel>();
  const used = () => [...files.values()].reduce((sum, file) => sum + file.bytes.byteLength, 0);
  return {
    usedBytes: used,
    // Copies, as IndexedDB hands out: the engine transfers the buffers to its worker (detaching them).
    getFile: async (key) => {
      const file = files.get(key);
      return file ? { ...file, bytes: file.bytes.slice(0) } : null;
    },
    async putFile(file) {
      const replaced = files.get(file.key)?.bytes.byteLength ?? 0;
      if (options.quotaBytes !== undefined && used() - replaced + file.bytes.byteLength > options.quotaBytes) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      files.set(file.key, { ...file, bytes: file.bytes.slice(0) });
    },
    getModel: async (pair) => models.get(pair) ?? null,
    putModel: async (model) => void models.set(model.pair, structuredClone(model)),
    listModels: async () => [...models.values()].map((model) => structuredClone(model)),
    async removeModel(pair) {
      models.delete(pair);
      for (const key of [...files.keys()]) if (key.startsWith(`${pair}/`)) files.delete(key);
    },
  };
}

const DB_NAME = 'hanyeong-models';
const FILES = 'files';
const MODELS = 'models';

/** The store in an IndexedDB factory (the extension origin's `indexedDB`, or fake-indexeddb in tests). */
export function createIdbModelStore(factory: IDBFactory): ModelStore {
  const db = idbOpener(factory, DB_NAME, [
    { name: FILES, keyPath: 'key' },
    { name: MODELS, keyPath: 'pair' },
  ]);
  const read = async <T>(store: string, key: IDBValidKey): Promise<T | null> => {
    const tx = (await db()).transaction(store, 'readonly');
    return ((await idbRequest(tx.objectStore(store).get(key))) as T | undefined) ?? null;
  };
  const write = async (stores: string[], work: (tx: IDBTransaction) => void): Promise<void> => {
    const tx = (await db()).transaction(stores, 'readwrite');
    const finished = idbDone(tx);
    work(tx);
    await finished;
  };
  return {
    getFile: (key) => read<StoredModelFile>(FILES, key),
    putFile: (file) => write([FILES], (tx) => tx.objectStore(FILES).put(file)),
    getModel: (pair) => read<InstalledModel>(MODELS, pair),
    putModel: (model) => write([MODELS], (tx) => tx.objectStore(MODELS).put(model)),
    async listModels() {
      const tx = (await db()).transaction(MODELS, 'readonly');
      return (await idbRequest(tx.objectStore(MODELS).getAll())) as InstalledModel[];
    },
    removeModel: (pair) =>
      write([FILES, MODELS], (tx) => {
        tx.objectStore(MODELS).delete(pair);
        const files = tx.objectStore(FILES);
        const keys = files.getAllKeys();
        keys.onsuccess = () => {
          for (const key of keys.result) if (String(key).startsWith(`${pair}/`)) files.delete(key);
        };
      }),
  };
}
