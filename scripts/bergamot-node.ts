/**
 * Mozilla's Bergamot engine in Node (the CLI's `--translate bergamot --model-dir DIR` and the
 * maintainer's check, scripts/bergamot-check.ts): the same worker protocol and host as the
 * extension (lib/translate/bergamot/host.ts), with the package's worker run in worker_threads.
 *
 * Why eval mode: @browsermt/bergamot-translator 0.4.9 declares "type": "module", so Node loads
 * worker/translator-worker.js as an ES module, where its own Node shim (`require`, `__dirname`)
 * throws "require is not defined in ES module scope" (its main.js fails the same way). Run as a
 * CommonJS script with `__dirname` and `__filename` defined, the shim works: it reads the .wasm and
 * the Emscripten loader from the package folder and instantiates the engine (about 0.2 s here).
 */
import { Worker } from 'node:worker_threads';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BergamotError,
  createBergamotEngine,
  createBergamotHost,
  gunzipIfNeeded,
  pairOf,
  type BergamotHost,
  type InstalledModel,
  type ModelManager,
  type WorkerBuffers,
  type WorkerLike,
} from '../lib/translate/bergamot';
import type { TranslationEngine } from '../lib/translate';
import { bergamotPackageDir } from './bergamot-assets';
import type { Language } from '../lib/types';

/** The package's worker in worker_threads, as a WorkerLike (DOM-style events over Node's EventEmitter). */
export async function spawnNodeBergamotWorker(): Promise<WorkerLike & { unref(): void }> {
  const dir = join(bergamotPackageDir(), 'worker');
  const glue = await readFile(join(dir, 'translator-worker.js'), 'utf8');
  const source = `const __dirname = ${JSON.stringify(dir)}; const __filename = ${JSON.stringify(join(dir, 'translator-worker.js'))};\n${glue}`;
  const worker = new Worker(source, { eval: true });
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer as never),
    addEventListener(type, listener) {
      if (type === 'message') worker.on('message', (data) => listener({ data } as MessageEvent));
      else worker.on('error', (error: Error) => listener({ message: error.message } as ErrorEvent));
    },
    terminate: () => void worker.terminate(),
    unref: () => worker.unref(),
  };
}

const ROLE_PATTERNS: Array<[keyof WorkerBuffers | 'vocab' | 'srcvocab' | 'trgvocab', RegExp]> = [
  ['model', /^model\.(\w+)\.intgemm\.alphas\.bin(\.gz)?$/],
  ['shortlist', /^lex\.[\d.]*\.?(\w+)\.s2t\.bin(\.gz)?$/],
  ['srcvocab', /^srcvocab\.(\w+)\.spm(\.gz)?$/],
  ['trgvocab', /^trgvocab\.(\w+)\.spm(\.gz)?$/],
  ['vocab', /^vocab\.(\w+)\.spm(\.gz)?$/],
];

/**
 * A model folder as Mozilla names its files (model.koen.intgemm.alphas.bin, lex.50.50.koen.s2t.bin,
 * vocab.koen.spm or srcvocab/trgvocab; gzipped or not), for one direction (the "koen" tag).
 */
export async function loadModelDir(dir: string, from: Language, to: Language): Promise<WorkerBuffers> {
  const tag = `${from}${to}`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new BergamotError('unavailable', `cannot read the model folder ${dir}`);
  }
  const found = new Map<string, ArrayBuffer>();
  for (const name of names) {
    const role = ROLE_PATTERNS.find(([, pattern]) => pattern.exec(name)?.[1] === tag)?.[0];
    if (!role || found.has(role)) continue;
    found.set(role, await gunzipIfNeeded(new Uint8Array(await readFile(join(dir, name))), name));
  }
  const model = found.get('model');
  const shortlist = found.get('shortlist');
  const vocabs = found.has('vocab') ? [found.get('vocab')!] : found.has('srcvocab') && found.has('trgvocab') ? [found.get('srcvocab')!, found.get('trgvocab')!] : null;
  if (!model || !shortlist || !vocabs) {
    throw new BergamotError('unavailable', `${dir} has no complete ${from}→${to} model (model.${tag}.intgemm.alphas.bin, lex.50.50.${tag}.s2t.bin and vocab.${tag}.spm or srcvocab/trgvocab.${tag}.spm)`);
  }
  return { model, shortlist, vocabs };
}

/** A host over a fixed source of model files (a folder, or a model the check script just downloaded). */
export function createNodeBergamotHost(load: (from: Language, to: Language) => Promise<WorkerBuffers>): BergamotHost & { close(): void } {
  const workers: Array<WorkerLike> = [];
  const manager: Pick<ModelManager, 'availability' | 'prepare' | 'installed' | 'load'> = {
    availability: async () => ({ state: 'available' }),
    prepare: async () => {
      throw new BergamotError('unavailable', 'nothing to download in Node; pass --model-dir');
    },
    installed: async (from, to) => ({ pair: pairOf(from, to), from, to, architecture: 'local', files: [], bytes: 0, installedAt: 0, source: 'local' }) satisfies InstalledModel,
    load,
  };
  const host = createBergamotHost({
    manager,
    async spawnWorker() {
      const worker = await spawnNodeBergamotWorker();
      workers.push(worker);
      return worker;
    },
  });
  return { ...host, close: () => workers.forEach((worker) => worker.terminate()) };
}

/** The CLI's `--translate bergamot --model-dir DIR`: a TranslationEngine (close() ends its worker). */
export function createModelDirEngine(modelDir: string): TranslationEngine & { close(): void } {
  const host = createNodeBergamotHost((from, to) => loadModelDir(modelDir, from, to));
  const engine = createBergamotEngine({ engine: 'bergamot' }, { backend: { translate: (texts, from, to, signal) => host.translate(texts, from, to, signal) } });
  return { ...engine, close: host.close };
}
