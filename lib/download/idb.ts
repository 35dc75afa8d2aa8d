/**
 * The two IndexedDB promises every store of downloaded data needs (the model store,
 * lib/translate/bergamot/store.ts, and the dictionary store, lib/words/dictionary-download.ts):
 * a request's result, and a transaction's commit, where a QuotaExceededError surfaces as the
 * transaction's error when the browser refuses the write.
 */
export function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function idbDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

/** Opens (once) a database of the given object stores, each keyed by `keyPath`; a failed open is retried next call. */
export function idbOpener(factory: IDBFactory, name: string, stores: Array<{ name: string; keyPath: string }>, version = 1): () => Promise<IDBDatabase> {
  let opened: Promise<IDBDatabase> | undefined;
  return () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = factory.open(name, version);
      open.onupgradeneeded = () => {
        for (const store of stores) if (!open.result.objectStoreNames.contains(store.name)) open.result.createObjectStore(store.name, { keyPath: store.keyPath });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => {
        opened = undefined;
        reject(open.error);
      };
    }));
}
