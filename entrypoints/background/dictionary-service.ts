/**
 * Word mode's dictionary, kept by the background in the extension's own storage (IndexedDB of the
 * extension origin: a content script's IndexedDB would be each news site's). Downloaded only when
 * the reader clicks Download in the word card (the click is the consent; the size and source are
 * shown beside it), parsed into an index on the first lookup after that, looked up for the panel.
 *
 * The source is kengdic's public TSV (lib/words/dictionary-download.ts KENGDIC_URL), served with
 * `Access-Control-Allow-Origin: *`, so the background fetches it without a host permission. Test
 * builds may point it at a loopback stand-in (`storage.local` `hanyeong-test-dictionary-url`).
 */
import { DictionaryError, downloadDictionary, dictionaryInfo, loadDictionary, removeDictionary, updateDictionary, type DictionaryStore } from '../../lib/words/dictionary-download';
import type { DictionaryIndex, DictionaryMatch } from '../../lib/words/dictionary';
import type { DictionaryState } from '../../lib/protocol';

export interface DictionaryServiceOptions {
  store: DictionaryStore;
  /** The source to download from (KENGDIC_URL unless a test build says otherwise). */
  url: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

export interface DictionaryService {
  state(): Promise<DictionaryState>;
  /** Starts the download (returns at once with the state; the download goes on). */
  download(): Promise<DictionaryState>;
  /** Starts a download that stores a new copy only if the source changed since the stored one. */
  update(): Promise<DictionaryState>;
  cancel(): Promise<DictionaryState>;
  remove(): Promise<DictionaryState>;
  /** Entries per dictionary form; null when no dictionary is stored. */
  lookup(lemmas: readonly string[]): Promise<Record<string, DictionaryMatch[]> | null>;
}

export function createDictionaryService({ store, url, fetch: fetchImpl }: DictionaryServiceOptions): DictionaryService {
  let index: Promise<DictionaryIndex | null> | null = null;
  let running: AbortController | null = null;
  let progress: DictionaryState['download'] = null;
  let failure: DictionaryState['error'] = null;

  const state = async (): Promise<DictionaryState> => ({
    installed: await dictionaryInfo(store).catch(() => null),
    download: running ? (progress ?? { loaded: 0, total: 0 }) : null,
    error: failure,
  });

  /** Starts `how` (a download or an update) unless one runs; answers at once with the state. */
  const start = async (how: typeof downloadDictionary): Promise<DictionaryState> => {
    if (running) return state();
    const abort = new AbortController();
    running = abort;
    progress = null;
    failure = null;
    const source = await url();
    void how({ consented: true, store, url: source, fetch: fetchImpl, signal: abort.signal, onProgress: (p) => (progress = { loaded: p.loaded, total: p.total }) })
      .then(
        () => {
          // The next lookup reads the new copy.
          index = null;
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          failure = error instanceof DictionaryError ? { kind: error.kind, message: error.message } : { kind: 'storage', message: String((error as Error)?.message ?? error) };
        },
      )
      .finally(() => {
        if (running === abort) running = null;
      });
    return state();
  };

  return {
    state,
    download: () => start(downloadDictionary),
    update: () => start(updateDictionary),
    async remove() {
      running?.abort();
      running = null;
      await removeDictionary(store);
      index = null;
      return state();
    },
    async cancel() {
      running?.abort();
      running = null;
      return state();
    },
    async lookup(lemmas) {
      index ??= loadDictionary(store).catch((error) => {
        index = null;
        throw error;
      });
      const loaded = await index;
      if (!loaded) {
        index = null;
        return null;
      }
      return Object.fromEntries(lemmas.map((lemma) => [lemma, loaded.lookup(lemma)]));
    },
  };
}
