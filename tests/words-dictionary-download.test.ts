/**
 * The dictionary download (lib/words/dictionary-download.ts) against a loopback stand-in of
 * kengdic's raw file host (node:http on 127.0.0.1): consent first, progress up to the real size,
 * resume after a dropped connection, a 404, a redirect refused, a truncated body, a file that is
 * not the dictionary, an update that re-downloads only when the ETag changed, removal, and the
 * IndexedDB store (fake-indexeddb).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  createIdbDictionaryStore,
  createMemoryDictionaryStore,
  dictionaryInfo,
  DictionaryError,
  downloadDictionary,
  loadDictionary,
  removeDictionary,
  updateDictionary,
  type DictionaryProgress,
} from '../lib/words/dictionary-download';
import { KENGDIC_ESTIMATED_BYTES, KENGDIC_URL } from '../lib/words/source';

const TSV = readFileSync(new URL('./fixtures/words/dictionary.tsv', import.meta.url));

interface HostOptions {
  /** Cut the connection after this many body bytes for the first `dropTimes` GETs. */
  dropAfterBytes?: number;
  dropTimes?: number;
  /** Promise the whole length, send this many bytes, end cleanly (a proxy cutting a body short). */
  truncateTo?: number;
  truncateTimes?: number;
}

interface DictionaryHost {
  url: string;
  /** The file served and its ETag; a test changes them to publish a new version. */
  body: Buffer;
  etag: string;
  log: Array<{ path: string; range: string | null; ifNoneMatch: string | null; status: number }>;
  close(): Promise<void>;
}

let host: DictionaryHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function startHost(options: HostOptions = {}): Promise<DictionaryHost> {
  let gets = 0;
  const state: DictionaryHost = { url: '', body: TSV, etag: '"v1"', log: [], close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const range = req.headers.range ?? null;
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const log = (status: number) => state.log.push({ path, range, ifNoneMatch, status });
    if (path === '/moved/kengdic.tsv') {
      log(302);
      res.writeHead(302, { Location: `${state.url}/kengdic.tsv` }).end();
      return;
    }
    if (path === '/page.html') {
      log(200);
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>Not here</title>');
      return;
    }
    if (path !== '/kengdic.tsv') {
      log(404);
      res.writeHead(404).end('not found');
      return;
    }
    if (ifNoneMatch === state.etag) {
      log(304);
      res.writeHead(304, { ETag: state.etag }).end();
      return;
    }
    gets++;
    const body = state.body;
    const from = range ? Number(/bytes=(\d+)-/.exec(range)?.[1] ?? 0) : 0;
    const headers = { ETag: state.etag, 'Last-Modified': 'Mon, 20 Sep 2021 00:00:00 GMT', 'Content-Type': 'text/plain; charset=utf-8' };
    const part = body.subarray(from);
    if (from > 0) res.writeHead(206, { ...headers, 'Content-Length': part.length, 'Content-Range': `bytes ${from}-${body.length - 1}/${body.length}` });
    else res.writeHead(200, { ...headers, 'Content-Length': body.length });
    log(from > 0 ? 206 : 200);
    if (options.dropAfterBytes !== undefined && gets <= (options.dropTimes ?? 1)) {
      res.write(part.subarray(0, options.dropAfterBytes), () => res.destroy());
      return;
    }
    if (options.truncateTo !== undefined && gets <= (options.truncateTimes ?? 99)) {
      // Content-Length promised the whole file; the socket closes after fewer bytes.
      res.write(part.subarray(0, options.truncateTo), () => res.socket?.end());
      return;
    }
    res.end(part);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return state;
}

const noSleep = async () => {};

async function failure(promise: Promise<unknown>): Promise<DictionaryError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DictionaryError);
  return error as DictionaryError;
}

describe('downloading the dictionary', () => {
  it('points at kengdic\'s raw file on GitHub by default', () => {
    expect(KENGDIC_URL).toBe('https://raw.githubusercontent.com/garfieldnate/kengdic/master/kengdic.tsv');
  });

  it('fetches nothing without consent', async () => {
    let calls = 0;
    const spy = (async () => {
      calls++;
      return new Response('');
    }) as typeof fetch;
    const store = createMemoryDictionaryStore();
    for (const consented of [false, undefined, 'yes'] as unknown[]) {
      const error = await failure(downloadDictionary({ consented: consented as boolean, store, fetch: spy }));
      expect(error.kind).toBe('consent');
    }
    expect((await failure(updateDictionary({ consented: false, store, fetch: spy }))).kind).toBe('consent');
    expect(calls).toBe(0);
    expect(await store.get()).toBeNull();
  });

  it('downloads with progress from the estimate to the real size, stores it with its validators, and loads', async () => {
    host = await startHost();
    const store = createMemoryDictionaryStore();
    const progress: DictionaryProgress[] = [];
    const result = await downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, onProgress: (p) => progress.push(p), now: () => 1_700_000_000_000 });
    expect(result.state).toBe('installed');
    expect(result.info).toMatchObject({ url: `${host.url}/kengdic.tsv`, bytes: TSV.length, etag: '"v1"', lastModified: 'Mon, 20 Sep 2021 00:00:00 GMT', downloadedAt: 1_700_000_000_000 });
    expect(result.info.entries).toBeGreaterThan(300);
    expect(result.info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress[0]).toEqual({ loaded: 0, total: TSV.length, exact: true });
    expect(progress.at(-1)).toEqual({ loaded: TSV.length, total: TSV.length, exact: true });
    expect(KENGDIC_ESTIMATED_BYTES).toBeGreaterThan(1_000_000);
    const index = await loadDictionary(store);
    expect(index!.lookup('정책')[0]!.glosses[0]).toBe('policy');
    expect(await dictionaryInfo(store)).toEqual(result.info);
  });

  it('resumes a dropped connection with a Range request and stores the whole file', async () => {
    host = await startHost({ dropAfterBytes: 4_000, dropTimes: 1 });
    const store = createMemoryDictionaryStore();
    await downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, sleep: noSleep });
    expect(host.log.map((e) => [e.range, e.status])).toEqual([[null, 200], ['bytes=4000-', 206]]);
    expect((await store.get())!.text).toBe(TSV.toString('utf8'));
  });

  it('gives up after the bounded attempts when the connection keeps dropping, storing nothing', async () => {
    host = await startHost({ dropAfterBytes: 1_000, dropTimes: 99 });
    const store = createMemoryDictionaryStore();
    const error = await failure(downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, sleep: noSleep, maxAttempts: 3 }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^the connection to 127\.0\.0\.1:\d+ dropped during the dictionary$/);
    expect(host.log).toHaveLength(3);
    expect(await store.get()).toBeNull();
  });

  it('catches a body shorter than its Content-Length, and completes it when a later attempt succeeds', async () => {
    host = await startHost({ truncateTo: 2_500 });
    const store = createMemoryDictionaryStore();
    const error = await failure(downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, sleep: noSleep, maxAttempts: 2 }));
    expect(error.kind).toBe('network');
    expect(await store.get()).toBeNull();
    await host.close();
    host = await startHost({ truncateTo: 2_500, truncateTimes: 1 });
    await downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, sleep: noSleep });
    expect((await store.get())!.bytes).toBe(TSV.length);
  });

  it('catches a body that ends cleanly before its Content-Length (a host the runtime does not flag)', async () => {
    let calls = 0;
    // A stand-in fetch whose stream closes early without an error: the length check alone must catch it.
    const short = (async () => {
      calls++;
      const part = TSV.subarray(0, 3_000);
      return new Response(new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(part)), c.close()) }), { status: 200, headers: { 'Content-Length': String(TSV.length) } });
    }) as typeof fetch;
    const store = createMemoryDictionaryStore();
    const error = await failure(downloadDictionary({ consented: true, store, url: 'https://dictionary.example/kengdic.tsv', fetch: short, sleep: noSleep, maxAttempts: 2 }));
    expect(error).toMatchObject({ kind: 'network', message: `the connection to dictionary.example ended early during the dictionary (3000 of ${TSV.length} bytes)` });
    expect(calls).toBe(2);
    expect(await store.get()).toBeNull();
  });

  it('stops when cancelled, storing nothing', async () => {
    host = await startHost();
    const store = createMemoryDictionaryStore();
    const controller = new AbortController();
    const error = await failure(downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, signal: controller.signal, onProgress: (p) => p.loaded > 0 && controller.abort() }));
    expect(error.kind).toBe('cancelled');
    expect(await store.get()).toBeNull();
  });

  it('reports a 404 at once, naming the host and the status', async () => {
    host = await startHost();
    const error = await failure(downloadDictionary({ consented: true, store: createMemoryDictionaryStore(), url: `${host.url}/missing.tsv`, sleep: noSleep }));
    expect(error.kind).toBe('http');
    expect(error.message).toMatch(/^127\.0\.0\.1:\d+ answered HTTP 404 for the dictionary$/);
    expect(host.log).toHaveLength(1);
  });

  it('refuses a redirect: the file the user agreed to, from where they agreed, or nothing', async () => {
    host = await startHost();
    const error = await failure(downloadDictionary({ consented: true, store: createMemoryDictionaryStore(), url: `${host.url}/moved/kengdic.tsv` }));
    expect(error.kind).toBe('redirect');
    expect(error.message).toMatch(/redirected the request for the dictionary to another address; not followed/);
    expect(host.log.map((e) => e.path)).toEqual(['/moved/kengdic.tsv']);
  });

  it('refuses a file that is not the dictionary and keeps the copy it had', async () => {
    host = await startHost();
    const store = createMemoryDictionaryStore();
    await downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv` });
    const error = await failure(downloadDictionary({ consented: true, store, url: `${host.url}/page.html` }));
    expect(error.kind).toBe('format');
    expect(error.message).toMatch(/is not the dictionary: .*no surface column/);
    expect((await store.get())!.url).toBe(`${host.url}/kengdic.tsv`);
  });

  it('refuses a file larger than the ceiling or with another SHA-256, storing nothing', async () => {
    host = await startHost();
    const store = createMemoryDictionaryStore();
    expect((await failure(downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, maxBytes: 1_000 }))).message).toMatch(/more than the 1000 expected/);
    expect((await failure(downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv`, sha256: '0'.repeat(64) }))).kind).toBe('integrity');
    expect(await store.get()).toBeNull();
  });

  it('says when the browser has no room', async () => {
    host = await startHost();
    const error = await failure(downloadDictionary({ consented: true, store: createMemoryDictionaryStore({ quotaBytes: 1_000 }), url: `${host.url}/kengdic.tsv` }));
    expect(error).toMatchObject({ kind: 'quota', message: 'the browser has no room to store the dictionary; free some disk space and try again' });
  });
});

describe('updating and removing', () => {
  it('asks with the stored ETag: unchanged on 304, downloaded again when the source changed', async () => {
    host = await startHost();
    const store = createIdbDictionaryStore(new IDBFactory());
    let clock = 1_000;
    const options = { consented: true, store, url: `${host.url}/kengdic.tsv`, now: () => clock };
    await downloadDictionary(options);
    clock = 2_000;
    const same = await updateDictionary(options);
    expect(same.state).toBe('unchanged');
    expect(same.info).toMatchObject({ downloadedAt: 1_000, checkedAt: 2_000, etag: '"v1"' });
    expect(host.log.at(-1)).toMatchObject({ ifNoneMatch: '"v1"', status: 304 });

    host.body = Buffer.concat([TSV, Buffer.from('9999\t신조어\t新造語\tnewly coined word\t\t2026-12-02 00:00:00\tteam:9999\n')]);
    host.etag = '"v2"';
    clock = 3_000;
    const changed = await updateDictionary(options);
    expect(changed.state).toBe('installed');
    expect(changed.info).toMatchObject({ etag: '"v2"', downloadedAt: 3_000, bytes: host.body.length });
    expect((await loadDictionary(store))!.lookup('신조어')[0]!.glosses).toEqual(['newly coined word']);
  });

  it('removes the stored dictionary', async () => {
    host = await startHost();
    const store = createIdbDictionaryStore(new IDBFactory());
    await downloadDictionary({ consented: true, store, url: `${host.url}/kengdic.tsv` });
    expect(await dictionaryInfo(store)).not.toBeNull();
    await removeDictionary(store);
    expect(await store.get()).toBeNull();
    expect(await loadDictionary(store)).toBeNull();
  });
});
