/**
 * A loopback stand-in for Mozilla's model host: a models.json in the published shape (see
 * lib/translate/bergamot/registry.ts) and its gzipped files, with the faults a real download meets
 * switchable per test: a connection dropped part-way, a host that ignores Range, a file whose bytes
 * do not match the registry's SHA-256. Used by the unit tests and the end-to-end tests alike.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export interface HostedFile {
  role: 'model' | 'lex' | 'vocab' | 'srcvocab' | 'trgvocab';
  name: string;
  /** The gunzipped bytes. */
  plain: Buffer;
  gz: Buffer;
  sha256: string;
}

export interface ModelHostOptions {
  /** Send a different model file than the registry's hash describes. */
  corruptModel?: boolean;
  /** Answer 200 with the whole file to a Range request. */
  ignoreRange?: boolean;
  /** Cut the connection after this many body bytes, for the first `dropTimes` GETs of each file. */
  dropAfterBytes?: number;
  dropTimes?: number;
  /** Split vocabularies (srcVocab + trgVocab), as Mozilla's en→ko model has. */
  splitVocab?: boolean;
}

export interface ModelHost {
  url: string;
  registryUrl: string;
  files: HostedFile[];
  /** Every request: method, path, Range header, status. */
  log: Array<{ method: string; path: string; range: string | null; status: number }>;
  options: ModelHostOptions;
  close(): Promise<void>;
}

/** Bytes that look like a model file and compress like one (not all zeros). */
function fakeBytes(seed: number, size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % 61;
  }
  return out;
}

function hosted(role: HostedFile['role'], name: string, plain: Buffer): HostedFile {
  return { role, name, plain, gz: gzipSync(plain), sha256: createHash('sha256').update(plain).digest('hex') };
}

export async function startModelHost(options: ModelHostOptions = {}, pairs: Array<[string, string]> = [['ko', 'en'], ['en', 'ko']]): Promise<ModelHost> {
  const files: HostedFile[] = [];
  const registryModels: Record<string, unknown[]> = {};
  pairs.forEach(([from, to], n) => {
    const tag = `${from}${to}`;
    const dir = `models/${from}-${to}/test-run`;
    const model = hosted('model', `${dir}/model.${tag}.intgemm.alphas.bin.gz`, fakeBytes(11 + n, 300_000));
    const lex = hosted('lex', `${dir}/lex.50.50.${tag}.s2t.bin.gz`, fakeBytes(23 + n, 120_000));
    const vocabs = options.splitVocab
      ? [hosted('srcvocab', `${dir}/srcvocab.${tag}.spm.gz`, fakeBytes(31 + n, 40_000)), hosted('trgvocab', `${dir}/trgvocab.${tag}.spm.gz`, fakeBytes(37 + n, 40_000))]
      : [hosted('vocab', `${dir}/vocab.${tag}.spm.gz`, fakeBytes(41 + n, 60_000))];
    files.push(model, lex, ...vocabs);
    const vocabFiles = options.splitVocab ? { srcVocab: { path: vocabs[0]!.name }, trgVocab: { path: vocabs[1]!.name } } : { vocab: { path: vocabs[0]!.name } };
    registryModels[`${from}-${to}`] = [
      // An unreleased tiny model first: the picker must pass it over.
      { architecture: 'tiny', releaseStatus: null, sourceLanguage: from, targetLanguage: to, files: { model: { path: `${dir}/nope.bin.gz` }, lexicalShortlist: { path: lex.name }, ...vocabFiles } },
      {
        architecture: 'base-memory',
        releaseStatus: 'Release',
        sourceLanguage: from,
        targetLanguage: to,
        files: { model: { path: model.name, uncompressedSize: model.plain.length, uncompressedHash: model.sha256 }, lexicalShortlist: { path: lex.name }, ...vocabFiles },
      },
    ];
  });
  const log: ModelHost['log'] = [];
  const gets = new Map<string, number>();
  let base = '';

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    const range = (req.headers.range as string | undefined) ?? null;
    const answer = (status: number, headers: Record<string, string | number>, body?: Buffer) => {
      log.push({ method: req.method ?? 'GET', path, range, status });
      // The extension's offscreen document / background page fetch cross-origin: the real host sends CORS headers too.
      res.writeHead(status, { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, content-range', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (path === 'db/models.json') return answer(200, { 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ generated: '2026-11-30T00:00:00Z', baseUrl: base, models: registryModels })));
    const file = files.find((f) => f.name === path);
    if (!file) return answer(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    let body = file.gz;
    if (options.corruptModel && file.role === 'model') body = gzipSync(Buffer.concat([file.plain.subarray(1), Buffer.from([7])]));
    if (req.method === 'HEAD') return answer(200, { 'content-type': 'application/gzip', 'content-length': body.length, 'accept-ranges': 'bytes' });
    const count = (gets.get(path) ?? 0) + 1;
    gets.set(path, count);
    let start = 0;
    const match = range && !options.ignoreRange ? /^bytes=(\d+)-$/.exec(range) : null;
    if (match) start = Number(match[1]);
    const status = match ? 206 : 200;
    const headers: Record<string, string | number> = { 'content-type': 'application/gzip', 'content-length': body.length - start, 'accept-ranges': options.ignoreRange ? 'none' : 'bytes' };
    if (match) headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
    const rest = body.subarray(start);
    if (options.dropAfterBytes !== undefined && count <= (options.dropTimes ?? 1) && rest.length > options.dropAfterBytes) {
      log.push({ method: 'GET', path, range, status: -status });
      res.writeHead(status, { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-length, content-range', ...headers });
      res.write(rest.subarray(0, options.dropAfterBytes), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    answer(status, headers, rest);
  };

  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the model host has no port');
  base = `http://127.0.0.1:${address.port}`;
  return {
    url: base,
    registryUrl: `${base}/db/models.json`,
    files,
    log,
    options,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
