/**
 * The on-device models as the reader sees them: is a direction ready, what would its download
 * cost, download it, list and remove what is installed, and hand the stored files to the engine.
 * One per extension context that hosts the engine (and one in the CLI); the registry is read once
 * per context and again after a failure.
 */
import { downloadModel, loadInstalledFiles, type DownloadProgress } from './download';
import { BergamotError } from './errors';
import { downloadSource, hostOf, pairOf, parseModelRegistry, pickModel, type ModelFileRole, type ModelPair, type ModelRecord, type ModelRegistry } from './registry';
import type { InstalledModel, ModelStore } from './store';
import type { Language } from '../../types';

export type Availability =
  | { state: 'available' }
  | { state: 'downloadable'; bytes: number; source: string }
  | { state: 'unavailable'; reason: string };

export interface ModelManagerOptions {
  store: ModelStore;
  fetch?: typeof fetch;
  /** Mozilla's models.json; tests point it at a loopback stand-in. */
  registryUrl: () => string | Promise<string>;
  now?: () => number;
  /** Retry pause per attempt (download.ts default: 1 s). */
  retryDelayMs?: number;
}

export interface ModelManager {
  availability(from: Language, to: Language, signal?: AbortSignal): Promise<Availability>;
  prepare(from: Language, to: Language, options?: { signal?: AbortSignal; onProgress?: (p: DownloadProgress) => void }): Promise<InstalledModel>;
  installed(from: Language, to: Language): Promise<InstalledModel | null>;
  /** The installed model's files, as the worker's loadTranslationModel takes them. */
  load(from: Language, to: Language): Promise<WorkerBuffers>;
  list(): Promise<InstalledModel[]>;
  remove(pair: ModelPair): Promise<void>;
}

/** The buffers @browsermt/bergamot-translator's worker/translator-worker.js loadTranslationModel expects. */
export interface WorkerBuffers {
  model: ArrayBuffer;
  shortlist: ArrayBuffer;
  vocabs: ArrayBuffer[];
}

export function workerBuffers(files: Map<ModelFileRole, ArrayBuffer>): WorkerBuffers {
  const model = files.get('model');
  const shortlist = files.get('lex');
  const vocab = files.get('vocab');
  const src = files.get('srcvocab');
  const trg = files.get('trgvocab');
  const vocabs = vocab ? [vocab] : src && trg ? [src, trg] : null;
  if (!model || !shortlist || !vocabs) throw new BergamotError('unavailable', 'the stored model lacks a file the engine needs');
  return { model, shortlist, vocabs };
}

/**
 * The gzipped size of Mozilla's released models per direction (about 32–34 MB for base-memory,
 * ../shared/docs/anchors.md): what the panel's offer says ("about 33 MB") before anything is fetched.
 * The download itself reports the real total as it goes.
 */
export const ESTIMATED_DOWNLOAD_BYTES: Partial<Record<ModelPair, number>> = { 'ko-en': 33_000_000, 'en-ko': 33_000_000 };

export function createModelManager(options: ModelManagerOptions): ModelManager {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let registry: { url: string; list: Promise<ModelRegistry> } | undefined;

  const readRegistry = async (signal?: AbortSignal): Promise<ModelRegistry> => {
    const url = await options.registryUrl();
    if (registry?.url === url) return registry.list;
    const list = (async () => {
      let response: Response;
      try {
        response = await doFetch(url, { credentials: 'omit', cache: 'no-store', signal });
      } catch (error) {
        throw new BergamotError('network', `could not reach ${hostOf(url)} for the model list`, { cause: error });
      }
      if (!response.ok) throw new BergamotError('registry', `${hostOf(url)} answered HTTP ${response.status} for the model list`);
      return parseModelRegistry(await response.text(), url);
    })();
    registry = { url, list };
    list.catch(() => {
      if (registry?.list === list) registry = undefined;
    });
    return list;
  };

  const record = async (from: Language, to: Language, signal?: AbortSignal): Promise<ModelRecord> => {
    const found = pickModel(await readRegistry(signal), from, to);
    if (!found) throw new BergamotError('unavailable', `Mozilla's model list has no ${from}→${to} model`);
    return found;
  };

  const installed = (from: Language, to: Language) => options.store.getModel(pairOf(from, to));

  // What a finished download weighed, per direction: shown instead of the estimate when the reader
  // removed the model and the panel offers it again.
  const downloaded = new Map<ModelPair, number>();

  return {
    installed,
    async availability(from, to) {
      if (await installed(from, to).catch(() => null)) return { state: 'available' };
      // Nothing is asked of the model host before the reader clicks Download (docs/privacy.md): the
      // offer shows the published size; the list, the files and their checks come with the click.
      const pair = pairOf(from, to);
      const bytes = downloaded.get(pair) ?? ESTIMATED_DOWNLOAD_BYTES[pair];
      if (bytes === undefined) return { state: 'unavailable', reason: `Mozilla publishes no ${from}→${to} model` };
      return { state: 'downloadable', bytes, source: downloadSource(await options.registryUrl()) };
    },
    async prepare(from, to, { signal, onProgress } = {}) {
      const ready = await installed(from, to);
      if (ready) return ready;
      let total = 0;
      const model = await downloadModel({
        record: await record(from, to, signal),
        store: options.store,
        fetch: doFetch,
        signal,
        onProgress: (progress) => {
          total = progress.total;
          onProgress?.(progress);
        },
        now: options.now,
        retryDelayMs: options.retryDelayMs,
      });
      if (total > 0) downloaded.set(model.pair, total);
      return model;
    },
    async load(from, to) {
      const model = await installed(from, to);
      if (!model) throw new BergamotError('unavailable', `no ${from}→${to} model is installed`);
      return workerBuffers(await loadInstalledFiles(options.store, model));
    },
    list: () => options.store.listModels(),
    remove: (pair) => options.store.removeModel(pair),
  };
}
