/**
 * Driving Mozilla's Bergamot engine in a worker: the message protocol of
 * @browsermt/bergamot-translator's worker/translator-worker.js (`{id, name, args}` answered by
 * `{id, result}` or `{id, error}`), models loaded once per direction from a ModelManager, and a
 * start-up check. Pure: the worker is injected (a DOM Worker in the extension, worker_threads in
 * Node, the stand-in in test builds), so the extension and the CLI share this code.
 */
import { BergamotError } from './errors';
import type { Availability, ModelManager, WorkerBuffers } from './manager';
import { pairOf } from './registry';
import type { Language } from '../../types';

export interface BergamotHost {
  availability(from: Language, to: Language, signal?: AbortSignal): Promise<Availability>;
  prepare(from: Language, to: Language, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<void>;
  translate(texts: string[], from: Language, to: Language, signal?: AbortSignal): Promise<string[]>;
  /** Starts the WASM engine (without a model) and says how long it took: the e2e check that it loads under the shipped CSP. */
  engineStatus(): Promise<{ ready: boolean; ms: number; error?: string }>;
}

/** The part of a Worker the bridge uses (the stand-in in test builds has the same shape). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent | ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * Calls into translator-worker.js: it answers `{id, name, args}` with `{id, result}` or
 * `{id, error: {name, message}}`.
 */
function workerClient(worker: WorkerLike) {
  let next = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let broken: Error | null = null;
  worker.addEventListener('message', (event) => {
    const data = (event as MessageEvent).data as { id?: unknown; result?: unknown; error?: { message?: unknown } };
    const call = typeof data?.id === 'number' ? pending.get(data.id) : undefined;
    if (!call) return;
    pending.delete(data.id as number);
    if (data.error) call.reject(new BergamotError('engine', `the translation engine failed: ${String(data.error.message ?? 'unknown error')}`));
    else call.resolve(data.result);
  });
  worker.addEventListener('error', (event) => {
    // A worker script that fails to load (a CSP refusal, a missing file) or throws at the top level.
    broken = new BergamotError('engine', `the translation engine did not start: ${(event as ErrorEvent).message || 'worker error'}`);
    for (const call of pending.values()) call.reject(broken);
    pending.clear();
  });
  return {
    call<T>(name: string, args: unknown[], transfer: Transferable[] = []): Promise<T> {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, name, args }, transfer);
      });
    },
    terminate: () => worker.terminate(),
  };
}

export interface BergamotHostDeps {
  /** Only what the host reads: whether a direction is installed, and its files. */
  manager: Pick<ModelManager, 'availability' | 'prepare' | 'installed' | 'load'>;
  spawnWorker(): WorkerLike | Promise<WorkerLike>;
}

/** The host itself, in the context that owns the Worker. */
export function createBergamotHost(deps: BergamotHostDeps): BergamotHost {
  let engine: Promise<ReturnType<typeof workerClient>> | undefined;
  const loaded = new Map<string, Promise<void>>();

  const start = () =>
    (engine ??= (async () => {
      const client = workerClient(await deps.spawnWorker());
      // cacheSize 0: the reader caches translations itself (lib/translate/cache.ts).
      await client.call('initialize', [{ cacheSize: 0, useNativeIntGemm: false }]);
      return client;
    })().catch((error: unknown) => {
      engine = undefined;
      throw error instanceof BergamotError ? error : new BergamotError('engine', `the translation engine did not start: ${(error as Error)?.message ?? error}`);
    }));

  /**
   * An Emscripten abort (a file Marian cannot read, memory exhausted) leaves the WASM instance
   * dead: every later call would fail the same way. End that worker; the next call starts afresh.
   */
  const afterFailure = async (error: unknown): Promise<never> => {
    if (error instanceof Error && /Aborted\(|RuntimeError|did not start/.test(error.message)) {
      const dead = engine;
      engine = undefined;
      loaded.clear();
      void dead?.then((client) => client.terminate(), () => {});
    }
    throw error;
  };

  const ensureModel = async (from: Language, to: Language) => {
    const key = pairOf(from, to);
    // Removed in the options since it was loaded: free it, and say it is gone.
    if (!(await deps.manager.installed(from, to))) {
      if (loaded.has(key)) {
        loaded.delete(key);
        await (await start()).call('freeTranslationModel', [{ from, to }]).catch(() => {});
      }
      throw new BergamotError('unavailable', `no ${from}→${to} model is installed`);
    }
    let ready = loaded.get(key);
    if (!ready) {
      ready = (async () => {
        const client = await start();
        const buffers: WorkerBuffers = await deps.manager.load(from, to);
        await client.call('loadTranslationModel', [{ from, to }, buffers], [buffers.model, buffers.shortlist, ...buffers.vocabs]).catch(afterFailure);
      })();
      loaded.set(key, ready);
      ready.catch(() => loaded.delete(key));
    }
    await ready;
  };

  return {
    availability: (from, to, signal) => deps.manager.availability(from, to, signal),
    async prepare(from, to, onProgress, signal) {
      await deps.manager.prepare(from, to, { signal, onProgress: (p) => onProgress(p.loaded, p.total) });
    },
    async translate(texts, from, to, signal) {
      if (signal?.aborted) throw new BergamotError('cancelled', 'cancelled');
      await ensureModel(from, to);
      if (signal?.aborted) throw new BergamotError('cancelled', 'cancelled');
      const responses = await (await start())
        .call<Array<{ target: { text: string } }>>('translate', [{ models: [{ from, to }], texts: texts.map((text) => ({ text, html: false, qualityScores: false })) }])
        .catch(afterFailure);
      return responses.map((response) => response.target.text);
    },
    async engineStatus() {
      // A worker of its own, ended after the check: the one translating is left alone.
      const started = performance.now();
      let client: ReturnType<typeof workerClient> | undefined;
      try {
        client = workerClient(await deps.spawnWorker());
        await client.call('initialize', [{ cacheSize: 0, useNativeIntGemm: false }]);
        // A call after initialize proves the module's classes answer, not just that the script loaded.
        const loaded = await client.call<boolean>('hasTranslationModel', [{ from: 'ko', to: 'en' }]);
        return { ready: loaded === false, ms: Math.round(performance.now() - started) };
      } catch (error) {
        return { ready: false, ms: Math.round(performance.now() - started), error: (error as Error).message };
      } finally {
        client?.terminate();
      }
    },
  };
}
