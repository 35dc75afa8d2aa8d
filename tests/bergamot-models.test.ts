/**
 * On-device models (lib/translate/bergamot): reading Mozilla's model list, downloading a model from
 * a loopback stand-in of the model host with progress, refusing a file whose hash does not match,
 * resuming or restarting after a dropped connection, a quota refusal, listing and removing, and the
 * IndexedDB store. The engine adapter over a backend. No real model: the files are stand-in bytes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  BergamotError,
  createBergamotEngine,
  createIdbModelStore,
  createMemoryModelStore,
  createModelManager,
  downloadModel,
  ESTIMATED_DOWNLOAD_BYTES,
  MOZILLA_MODELS_URL,
  parseModelRegistry,
  pickModel,
  type DownloadProgress,
  type ModelRecord,
} from '../lib/translate/bergamot';
import { translateParagraphs, TranslationError } from '../lib/translate';
import { startModelHost, type ModelHost, type ModelHostOptions } from '../testing/model-host';

let host: ModelHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function hostAndRecord(options: ModelHostOptions = {}): Promise<{ host: ModelHost; record: ModelRecord }> {
  host = await startModelHost(options);
  const registry = parseModelRegistry(await (await fetch(host.registryUrl)).text(), host.registryUrl);
  return { host, record: pickModel(registry, 'ko', 'en')! };
}

const noSleep = async () => {};

async function failure(promise: Promise<unknown>): Promise<BergamotError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BergamotError);
  return error as BergamotError;
}

describe('the model list', () => {
  it('points at Mozilla\'s bucket', () => {
    expect(MOZILLA_MODELS_URL).toBe('https://storage.googleapis.com/moz-fx-translations-data--303e-prod-translations-data/db/models.json');
  });

  it('picks the released base-memory ko→en model with its shortlist and vocabulary', async () => {
    const { record, host } = await hostAndRecord();
    expect(record.architecture).toBe('base-memory');
    expect(record.files.map((f) => f.role)).toEqual(['model', 'lex', 'vocab']);
    const model = host.files.find((f) => f.name.includes('model.koen'))!;
    expect(record.files[0]).toMatchObject({ url: `${host.url}/${model.name}`, sha256: model.sha256, uncompressedSize: model.plain.length });
    expect(record.files[1]!.sha256).toBeUndefined();
  });

  it('takes split vocabularies (srcVocab + trgVocab) in that order', async () => {
    host = await startModelHost({ splitVocab: true });
    const registry = parseModelRegistry(await (await fetch(host.registryUrl)).text(), host.registryUrl);
    expect(pickModel(registry, 'en', 'ko')!.files.map((f) => f.role)).toEqual(['model', 'lex', 'srcvocab', 'trgvocab']);
  });

  it('refuses bad JSON and a wrong shape with a message naming the host', () => {
    expect(() => parseModelRegistry('{"baseUrl": ', 'https://models.example/db/models.json')).toThrow('the model list at models.example is not JSON');
    expect(() => parseModelRegistry('[]', 'https://models.example/m.json')).toThrow(/not an object/);
    expect(() => parseModelRegistry('{"models": {}}', 'https://models.example/m.json')).toThrow(/no http\(s\) baseUrl/);
    expect(() => parseModelRegistry('{"baseUrl": "https://x", "models": []}', 'https://models.example/m.json')).toThrow(/no "models" object/);
    try {
      parseModelRegistry('nope', 'https://models.example/m.json');
    } catch (error) {
      expect((error as BergamotError).kind).toBe('registry');
    }
  });

  it('has no record for a pair it lacks or whose entries miss a file', () => {
    const registry = parseModelRegistry(
      JSON.stringify({ baseUrl: 'https://h', models: { 'ko-en': [{ files: { model: { path: 'm.gz' }, vocab: { path: 'v.gz' } } }] } }),
      'https://h/models.json',
    );
    expect(pickModel(registry, 'ko', 'en')).toBeNull();
    expect(pickModel(registry, 'en', 'ko')).toBeNull();
  });
});

describe('downloading a model', () => {
  it('downloads, gunzips, checks and stores every file with growing progress up to the total', async () => {
    const { host, record } = await hostAndRecord();
    const store = createMemoryModelStore();
    const progress: DownloadProgress[] = [];
    const model = await downloadModel({ record, store, onProgress: (p) => progress.push(p), now: () => 1_700_000_000_000 });
    const files = host.files.filter((f) => f.name.includes('/ko-en/'));
    const total = files.reduce((sum, f) => sum + f.gz.length, 0);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(progress.at(-1)!.loaded).toBe(total);
    expect(model).toMatchObject({ pair: 'ko-en', architecture: 'base-memory', bytes: files.reduce((s, f) => s + f.plain.length, 0), installedAt: 1_700_000_000_000, source: 'Mozilla (127.0.0.1:' + host.url.split(':').pop() + ')' });
    for (const file of files) {
      const stored = await store.getFile(`ko-en/${file.role}`);
      expect(Buffer.from(stored!.bytes).equals(file.plain)).toBe(true);
      expect(stored!.sha256).toBe(file.sha256);
    }
    expect(await store.listModels()).toEqual([model]);
  });

  it('refuses a model file whose SHA-256 does not match the list, and stores neither it nor a manifest', async () => {
    const { record } = await hostAndRecord({ corruptModel: true });
    const store = createMemoryModelStore();
    const error = await failure(downloadModel({ record, store }));
    expect(error.kind).toBe('integrity');
    expect(error.message).toMatch(/model\.koen\.intgemm\.alphas\.bin\.gz from 127\.0\.0\.1:\d+ does not match the SHA-256/);
    expect(await store.getFile('ko-en/model')).toBeNull();
    expect(await store.listModels()).toEqual([]);
  });

  it('resumes a dropped connection with a Range request and ends with the right bytes', async () => {
    const { host, record } = await hostAndRecord({ dropAfterBytes: 50_000, dropTimes: 1 });
    const store = createMemoryModelStore();
    await downloadModel({ record, store, sleep: noSleep });
    const modelName = record.files[0]!.path;
    const gets = host.log.filter((entry) => entry.path === modelName && entry.method === 'GET');
    expect(gets.map((g) => [g.range, g.status])).toEqual([[null, -200], ['bytes=50000-', 206]]);
    const stored = await store.getFile('ko-en/model');
    expect(stored!.sha256).toBe(record.files[0]!.sha256);
  });

  it('starts a file again when the host ignores Range', async () => {
    const { host, record } = await hostAndRecord({ dropAfterBytes: 50_000, dropTimes: 1, ignoreRange: true });
    const store = createMemoryModelStore();
    const progress: DownloadProgress[] = [];
    await downloadModel({ record, store, sleep: noSleep, onProgress: (p) => progress.push(p) });
    const gets = host.log.filter((entry) => entry.path === record.files[0]!.path && entry.method === 'GET');
    expect(gets.map((g) => [g.range, g.status])).toEqual([[null, -200], ['bytes=50000-', 200]]);
    expect((await store.getFile('ko-en/model'))!.sha256).toBe(record.files[0]!.sha256);
    // The restart shows: progress fell back before it reached the end.
    const loaded = progress.map((p) => p.loaded);
    expect(loaded.some((value, i) => i > 0 && value < loaded[i - 1]!)).toBe(true);
  });

  it('gives up after the bounded attempts with a network error', async () => {
    const { host, record } = await hostAndRecord({ dropAfterBytes: 10_000, dropTimes: 99 });
    const error = await failure(downloadModel({ record, store: createMemoryModelStore(), sleep: noSleep, maxAttempts: 3 }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/model\.koen\.intgemm\.alphas\.bin\.gz/);
    expect(host.log.filter((entry) => entry.path === record.files[0]!.path && entry.method === 'GET')).toHaveLength(3);
  });

  it('does not fetch again the files an interrupted download stored', async () => {
    const { host, record } = await hostAndRecord();
    const store = createMemoryModelStore();
    const controller = new AbortController();
    // Cancel during the second file, the first one stored.
    const cancelled = await failure(
      downloadModel({ record, store, signal: controller.signal, onProgress: (p) => p.loaded > host.files[0]!.gz.length && controller.abort() }),
    );
    expect(cancelled.kind).toBe('cancelled');
    expect(await store.getFile('ko-en/model')).not.toBeNull();
    expect(await store.getModel('ko-en')).toBeNull();
    host.log.length = 0;
    await downloadModel({ record, store });
    expect(host.log.filter((entry) => entry.method === 'GET').map((entry) => entry.path)).not.toContain(record.files[0]!.path);
    expect(await store.getModel('ko-en')).not.toBeNull();
  });

  it('says when the browser has no room and removes what it had stored', async () => {
    const { record } = await hostAndRecord();
    const store = createMemoryModelStore({ quotaBytes: 350_000 });
    const error = await failure(downloadModel({ record, store }));
    expect(error.kind).toBe('quota');
    expect(error.message).toBe('the browser has no room to store the ko→en model; free some disk space and try again');
    expect(store.usedBytes()).toBe(0);
  });

  it('reports a 404 at once, naming the file and the status', async () => {
    const { record } = await hostAndRecord();
    const broken = { ...record, files: record.files.map((f, i) => (i === 1 ? { ...f, url: `${f.url}.missing` } : f)) };
    const error = await failure(downloadModel({ record: broken, store: createMemoryModelStore(), sleep: noSleep }));
    expect(error).toMatchObject({ kind: 'http' });
    expect(error.message).toMatch(/answered HTTP 404 for lex\.50\.50\.koen\.s2t\.bin\.gz$/);
  });
});

describe('the model manager', () => {
  it('is downloadable with the size and source, then available; lists and removes', async () => {
    host = await startModelHost();
    const store = createIdbModelStore(new IDBFactory());
    const manager = createModelManager({ store, registryUrl: () => host!.registryUrl });
    const koEn = host.files.filter((f) => f.name.includes('/ko-en/'));
    expect(await manager.availability('ko', 'en')).toEqual({ state: 'downloadable', bytes: ESTIMATED_DOWNLOAD_BYTES['ko-en'], source: `Mozilla (${new URL(host.url).host})` });
    await manager.prepare('ko', 'en');
    expect(await manager.availability('ko', 'en')).toEqual({ state: 'available' });
    expect((await manager.availability('en', 'ko')).state).toBe('downloadable');
    const buffers = await manager.load('ko', 'en');
    expect(Buffer.from(buffers.model).equals(koEn[0]!.plain)).toBe(true);
    expect(buffers.vocabs).toHaveLength(1);
    expect((await manager.list()).map((m) => [m.pair, m.bytes])).toEqual([['ko-en', koEn.reduce((s, f) => s + f.plain.length, 0)]]);
    await manager.remove('ko-en');
    expect(await manager.list()).toEqual([]);
    expect(await store.getFile('ko-en/model')).toBeNull();
    // Offered again with what the download really weighed.
    expect(await manager.availability('ko', 'en')).toMatchObject({ state: 'downloadable', bytes: koEn.reduce((s, f) => s + f.gz.length, 0) });
  });

  it('asks the model host nothing before the download is asked for', async () => {
    host = await startModelHost();
    const manager = createModelManager({ store: createMemoryModelStore(), registryUrl: () => host!.registryUrl });
    expect((await manager.availability('ko', 'en')).state).toBe('downloadable');
    expect((await manager.availability('en', 'ko')).state).toBe('downloadable');
    expect(host.log).toEqual([]);
  });

  it('fails the download, saying why, when the list cannot be read', async () => {
    host = await startModelHost();
    const manager = createModelManager({ store: createMemoryModelStore(), registryUrl: () => `${host!.url}/nothing.json` });
    expect((await manager.availability('ko', 'en')).state).toBe('downloadable');
    await expect(manager.prepare('ko', 'en')).rejects.toThrow(/answered HTTP 404 for the model list/);
  });

  it('does not use a stored file that changed since it was checked', async () => {
    host = await startModelHost();
    const store = createMemoryModelStore();
    const manager = createModelManager({ store, registryUrl: () => host!.registryUrl });
    await manager.prepare('ko', 'en');
    const lex = (await store.getFile('ko-en/lex'))!;
    await store.putFile({ ...lex, sha256: '0'.repeat(64) });
    await expect(manager.load('ko', 'en')).rejects.toThrow(/incomplete; remove it in the options/);
  });
});

describe('the engine', () => {
  it('translates through its backend in batches, one answer per paragraph', async () => {
    const calls: string[][] = [];
    const engine = createBergamotEngine({ engine: 'bergamot' }, { backend: { translate: async (texts) => (calls.push(texts), texts.map((t) => t.toUpperCase())) } });
    const paragraphs = Array.from({ length: 20 }, (_, i) => `p${i}`);
    const out: string[] = [];
    await translateParagraphs({ engine, paragraphs, from: 'ko', to: 'en', onResult: (i, t) => (out[i] = t), onError: () => {} });
    expect(out).toEqual(paragraphs.map((p) => p.toUpperCase()));
    expect(Math.max(...calls.map((c) => c.length))).toBeLessThanOrEqual(8);
  });

  it('turns a backend failure and a wrong count into TranslationErrors', async () => {
    const failing = createBergamotEngine({ engine: 'bergamot' }, { backend: { translate: async () => { throw new BergamotError('unavailable', 'no ko→en model is installed'); } } });
    const error = await failing.translate({ texts: ['a'], from: 'ko', to: 'en' }).catch((e) => e);
    expect(error).toBeInstanceOf(TranslationError);
    expect(error).toMatchObject({ engine: 'bergamot', kind: 'unavailable', message: 'bergamot: unavailable: no ko→en model is installed' });
    const short = createBergamotEngine({ engine: 'bergamot' }, { backend: { translate: async () => [] } });
    expect(await short.translate({ texts: ['a'], from: 'ko', to: 'en' }).catch((e) => e.kind)).toBe('count-mismatch');
  });
});
