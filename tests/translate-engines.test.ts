/**
 * Each HTTP engine against a loopback server speaking its service's wire format:
 * what we send (method, path, query, headers, JSON body, where the key goes and that it goes only
 * there) and how every kind of answer becomes translations or a TranslationError.
 *
 * Over 300 lines because it holds one wire-format suite per engine against the same loopback
 * server; a file per engine would repeat the server and its assertions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type TranslationEngine, TranslationError, createEngine } from '../lib/translate/index';
import { deeplBaseUrl } from '../lib/translate/engines/deepl';
import { classifyGoogleError } from '../lib/translate/engines/google';
import { buildTranslationMessages, parseNumberedAnswer } from '../lib/translate/engines/openai';
import { parseRetryAfter } from '../lib/translate/http';
import {
  type BehaviourPlan,
  type EngineServer,
  type EngineServerOptions,
  type WireEngine,
  countOccurrences,
  requestText,
  startEngineServer,
} from '../testing/engine-servers';
import { WIRE_CASES as WIRE } from '../testing/wire-cases';

const servers: EngineServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(engine: WireEngine, plan?: BehaviourPlan, options?: EngineServerOptions): Promise<EngineServer> {
  const server = await startEngineServer(engine, plan, options);
  servers.push(server);
  return server;
}

/** Resolves with the TranslationError a call rejects with; fails the test if it resolves. */
async function failureOf(work: Promise<unknown>): Promise<TranslationError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the translation to fail').toBeInstanceOf(TranslationError);
  return error as TranslationError;
}

const KO = ['서울 시장은 12일 기자회견을 열었다.', '그는 "예산을 늘리겠다"고 말했다.'];

describe.each(Object.keys(WIRE) as WireEngine[])('%s engine on the wire', (name) => {
  const wire = WIRE[name];
  const engineAt = (server: EngineServer): TranslationEngine => createEngine(wire.config(server.url));
  /** The translation requests (microsoft-edge's token requests left out). */
  const translations = (server: EngineServer) => server.requests.filter((r) => r.path === wire.path);

  it('POSTs to its path and returns one translation per text, in order', async () => {
    const server = await serve(name);
    const out = await engineAt(server).translate({ texts: KO, from: 'ko', to: 'en' });
    expect(out).toEqual(KO.map((t) => `T(${t})`));
    expect(translations(server).length).toBe(wire.onePerRequest ? 2 : 1);
    for (const request of translations(server)) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toMatch(wire.contentType);
    }
    expect(translations(server).flatMap((r) => r.texts)).toEqual(KO);
  });

  it('puts the credentials where the service expects them, and nowhere else', async () => {
    const server = await serve(name);
    await engineAt(server).translate({ texts: KO, from: 'ko', to: 'en' });
    for (const request of translations(server)) {
      wire.keyPlacement(request);
      for (const secret of wire.secrets) expect(countOccurrences(requestText(request), secret), secret).toBe(1);
    }
  });

  it('reports 429 as rate-limit with the Retry-After delay, in a one-line message without the key', async () => {
    const server = await serve(name, { reply: 'status', status: 429, headers: { 'Retry-After': '3' } });
    const error = await failureOf(engineAt(server).translate({ texts: KO, from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ engine: name, kind: 'rate-limit', status: 429, retryAfterMs: 3000 });
    expect(error.message).toContain(name);
    expect(error.message).toContain('429');
    expect(error.message).not.toContain('\n');
    for (const secret of wire.secrets) expect(error.message).not.toContain(secret);
  });

  it('reports 5xx as server', async () => {
    const server = await serve(name, { reply: 'status', status: 503 });
    expect(await failureOf(engineAt(server).translate({ texts: [KO[0]], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'server', status: 503 });
  });

  if (wire.unauthorizedStatus !== undefined) {
    it('reports a refused key as auth, with a fixed message', async () => {
      const server = await serve(name, { reply: 'status', status: wire.unauthorizedStatus! });
      const auth = await failureOf(engineAt(server).translate({ texts: [KO[0]], from: 'ko', to: 'en' }));
      expect(auth).toMatchObject({ kind: 'auth', status: wire.unauthorizedStatus });
      expect(auth.message.startsWith(`${name}: auth (HTTP ${wire.unauthorizedStatus}): the service refused access`)).toBe(true);
      expect(auth.message).not.toContain('test error');
    });
  }

  it('never puts the service’s error text in the message: an answer echoing the key or the text stays out', async () => {
    const echo = [...wire.secrets, 'ECHOED-BY-THE-SERVICE', KO[0]].join(' ');
    const server = await serve(name, [
      { reply: 'status', status: 400, body: { message: echo, error: { code: echo, message: echo, errorCode: echo, errors: [{ reason: echo, message: echo }] } } },
      { reply: 'raw', status: 502, body: `<html><body>Bad gateway for ${echo}</body></html>`, contentType: 'text/html' },
      { reply: 'raw', status: 200, body: `not json: ${echo}`, contentType: 'text/plain' },
    ]);
    const engine = engineAt(server);
    for (let i = 0; i < 3; i++) {
      const error = await failureOf(engine.translate({ texts: [KO[0]], from: 'ko', to: 'en' }));
      for (const leak of [...wire.secrets, 'ECHOED-BY-THE-SERVICE', KO[0]]) {
        expect(error.message).not.toContain(leak);
        expect(error.detail ?? '').not.toContain(leak);
      }
    }
  });

  it('does not follow a redirect to another origin: the request, key and text never reach it', async () => {
    const elsewhere = await serve(name);
    const server = await serve(name, { reply: 'redirect', location: `${elsewhere.url}${wire.path}?api-version=3.0&from=ko&to=en` });
    const error = await failureOf(engineAt(server).translate({ texts: [KO[0]], from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ engine: name, kind: 'unavailable', status: 307 });
    expect(error.message).toContain('redirected');
    expect(elsewhere.requests).toEqual([]);
  });

  it('reports a body that is not JSON, or JSON of the wrong shape, as malformed', async () => {
    const server = await serve(name, [
      { reply: 'raw', body: '<html>gateway</html>', contentType: 'text/html' },
      { reply: 'raw', body: '{"unexpected": true}' },
    ]);
    const engine = engineAt(server);
    expect(await failureOf(engine.translate({ texts: [KO[0]], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'malformed', status: 200 });
    expect(await failureOf(engine.translate({ texts: [KO[0]], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'malformed' });
  });

  it('stops waiting when its signal aborts, and the server sees the request dropped', async () => {
    const server = await serve(name, { reply: 'hang' });
    const controller = new AbortController();
    const pending = engineAt(server).translate({ texts: KO, from: 'ko', to: 'en', signal: controller.signal });
    await expect.poll(() => translations(server).length).toBe(1);
    controller.abort();
    expect(await failureOf(pending)).toMatchObject({ kind: 'cancelled' });
    await expect.poll(() => translations(server)[0].aborted).toBe(true);
  });

  it('reports a connection refused as network', async () => {
    const closed = await portWithNothingListening();
    const engine = createEngine(wire.config(`http://127.0.0.1:${closed}`));
    expect(await failureOf(engine.translate({ texts: [KO[0]], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'network' });
  });

  if (!wire.onePerRequest) {
    it('reports an answer with the wrong number of translations as count-mismatch', async () => {
      const server = await serve(name, { reply: 'wrong-count' });
      const error = await failureOf(engineAt(server).translate({ texts: [...KO, '세 번째 문단.'], from: 'ko', to: 'en' }));
      expect(error.kind).toBe('count-mismatch');
    });
  }
});

async function portWithNothingListening(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('deepl specifics', () => {
  it('sends text, source_lang KO and target_lang EN-US for ko→en, and EN → KO the other way', async () => {
    const server = await serve('deepl');
    const engine = createEngine({ engine: 'deepl', key: 'k', endpoint: server.url });
    await engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' });
    await engine.translate({ texts: ['Hello'], from: 'en', to: 'ko' });
    expect(server.requests[0].json).toEqual({ text: ['안녕'], source_lang: 'KO', target_lang: 'EN-US' });
    expect(server.requests[1].json).toEqual({ text: ['Hello'], source_lang: 'EN', target_lang: 'KO' });
  });

  it('picks api-free for ":fx" keys, api for others, unless the plan or an endpoint says otherwise', () => {
    expect(deeplBaseUrl({ engine: 'deepl', key: 'abc:fx' })).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', key: 'abc' })).toBe('https://api.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', key: 'abc:fx', plan: 'pro' })).toBe('https://api.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', key: 'abc', plan: 'free' })).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', key: 'abc', endpoint: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
  });

  it('treats 456 (character quota used up) as unavailable, not worth retrying', async () => {
    const server = await serve('deepl', { reply: 'status', status: 456, body: { message: 'Quota exceeded' } });
    const engine = createEngine({ engine: 'deepl', key: 'k', endpoint: server.url });
    const error = await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ kind: 'unavailable', status: 456 });
    // DeepL's own words stay out of the message (a service's text could echo what it was sent).
    expect(error.message).toBe('deepl: unavailable (HTTP 456): the service refused the request');
  });
});

describe('google specifics', () => {
  it('sends q, source, target and format "text", with the key as the only query parameter', async () => {
    const server = await serve('google');
    await createEngine({ engine: 'google', key: 'g k/ey', endpoint: server.url }).translate({ texts: KO, from: 'ko', to: 'en' });
    const [request] = server.requests;
    expect(request.json).toEqual({ q: KO, source: 'ko', target: 'en', format: 'text' });
    expect([...request.query.keys()]).toEqual(['key']);
    expect(request.query.get('key')).toBe('g k/ey');
  });

  it('reads v2 error reasons: 403 rate limits, 400 invalid key', async () => {
    const server = await serve('google', [
      { reply: 'status', status: 403, body: { error: { code: 403, message: 'User Rate Limit Exceeded', errors: [{ reason: 'userRateLimitExceeded' }] } } },
      { reply: 'status', status: 400, body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } } },
    ]);
    const engine = createEngine({ engine: 'google', key: 'AIzaBad', endpoint: server.url });
    expect(await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'rate-limit', status: 403 });
    const invalid = await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }));
    expect(invalid).toMatchObject({ kind: 'auth', status: 400 });
    expect(invalid.message).not.toContain('AIzaBad');
    expect(classifyGoogleError(403, { error: { errors: [{ reason: 'dailyLimitExceeded' }] } })).toBe('unavailable');
    expect(classifyGoogleError(403, { error: { errors: [{ reason: 'forbidden' }] } })).toBeUndefined();
  });
});

describe('papago specifics', () => {
  it('sends one {source, target, text} per request, in order', async () => {
    const server = await serve('papago');
    await createEngine({ engine: 'papago', keyId: 'id', key: 'secret', endpoint: server.url }).translate({ texts: KO, from: 'ko', to: 'en' });
    expect(server.requests.map((r) => r.json)).toEqual(KO.map((text) => ({ source: 'ko', target: 'en', text })));
  });
});

describe('microsoft specifics', () => {
  it('sends api-version 3.0, from and to in the query and [{Text}] in the body', async () => {
    const server = await serve('microsoft');
    await createEngine({ engine: 'microsoft', key: 'k', endpoint: server.url }).translate({ texts: KO, from: 'ko', to: 'en' });
    const [request] = server.requests;
    expect(Object.fromEntries(request.query)).toEqual({ 'api-version': '3.0', from: 'ko', to: 'en' });
    expect(request.json).toEqual(KO.map((Text) => ({ Text })));
  });

  it('sends no region header when no region is configured (global resource)', async () => {
    const server = await serve('microsoft');
    await createEngine({ engine: 'microsoft', key: 'k', endpoint: server.url }).translate({ texts: ['안녕'], from: 'ko', to: 'en' });
    expect(server.requests[0].headers).not.toHaveProperty('ocp-apim-subscription-region');
  });
});

describe('libretranslate specifics', () => {
  it('sends a single text as a string and several as an array, with format "text"', async () => {
    const server = await serve('libretranslate');
    const engine = createEngine({ engine: 'libretranslate', endpoint: server.url });
    expect(await engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' })).toEqual(['T(안녕)']);
    expect(await engine.translate({ texts: KO, from: 'ko', to: 'en' })).toEqual(KO.map((t) => `T(${t})`));
    expect(server.requests[0].json).toEqual({ q: '안녕', source: 'ko', target: 'en', format: 'text' });
    expect(server.requests[1].json).toEqual({ q: KO, source: 'ko', target: 'en', format: 'text' });
  });

  it('sends no api_key field when none is configured', async () => {
    const server = await serve('libretranslate');
    await createEngine({ engine: 'libretranslate', endpoint: server.url }).translate({ texts: ['안녕'], from: 'ko', to: 'en' });
    expect(server.requests[0].json).not.toHaveProperty('api_key');
  });

  it('counts a single string answer to several texts as a mismatch', async () => {
    const server = await serve('libretranslate', { reply: 'raw', body: JSON.stringify({ translatedText: 'one answer' }) });
    const engine = createEngine({ engine: 'libretranslate', endpoint: server.url });
    expect(await failureOf(engine.translate({ texts: KO, from: 'ko', to: 'en' }))).toMatchObject({ kind: 'count-mismatch' });
  });
});

describe('openai specifics', () => {
  it('sends model, temperature 0 and the paragraphs numbered [[n]], one per line', async () => {
    const server = await serve('openai');
    await createEngine({ engine: 'openai', key: 'k', model: 'gpt-test', endpoint: server.url }).translate({ texts: KO, from: 'ko', to: 'en' });
    const body = server.requests[0].json as { model: string; temperature: number; messages: Array<{ role: string; content: string }> };
    expect(body.model).toBe('gpt-test');
    expect(body.temperature).toBe(0);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1].content).toBe(`[[1]] ${KO[0]}\n[[2]] ${KO[1]}`);
    expect(body.messages[0].content).toMatch(/Korean.*English/s);
  });

  it('names the missing id when the model merges two paragraphs', async () => {
    const server = await serve('openai', { reply: 'wrong-count', mode: 'merge-first-two' });
    const engine = createEngine({ engine: 'openai', key: 'k', endpoint: server.url });
    const error = await failureOf(engine.translate({ texts: ['가.', '나.', '다.'], from: 'ko', to: 'en' }));
    expect(error.kind).toBe('count-mismatch');
    expect(error.message).toContain('missing id 2');
  });

  it('treats 429 insufficient_quota as unavailable (no credit), not as a rate limit', async () => {
    const server = await serve('openai', {
      reply: 'status',
      status: 429,
      body: { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } },
    });
    const engine = createEngine({ engine: 'openai', key: 'k', endpoint: server.url });
    expect(await failureOf(engine.translate({ texts: ['가.'], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'unavailable', status: 429 });
  });

  it('reads answers by id, whatever their order, fences or preamble', () => {
    expect(parseNumberedAnswer('Here you go:\n```\n[[2]] Two.\n[[1]] One.\n```', 2)).toEqual(['One.', 'Two.']);
    expect(parseNumberedAnswer('[[1]] First line\ncontinues here.\n[[2]] Second.', 2)).toEqual(['First line\ncontinues here.', 'Second.']);
    expect(parseNumberedAnswer('Just the translation.', 1)).toEqual(['Just the translation.']);
  });

  it('rejects repeated, unknown, empty and missing ids', () => {
    const mismatch = (content: string, count: number) => {
      try {
        parseNumberedAnswer(content, count);
      } catch (error) {
        expect(error).toMatchObject({ kind: 'count-mismatch' });
        return (error as Error).message;
      }
      throw new Error(`accepted: ${content}`);
    };
    expect(mismatch('[[1]] a\n[[1]] b', 2)).toContain('id 1 twice');
    expect(mismatch('[[1]] a\n[[2]] b\n[[3]] c', 2)).toContain('unknown id 3');
    expect(mismatch('[[1]] a\n[[2]]', 2)).toContain('id 2 empty');
    expect(mismatch('[[1]] a b', 2)).toContain('missing id 2');
    expect(mismatch('', 1)).toContain('missing id 1');
  });

  it('keeps a newline inside a paragraph from starting a fake marker line', () => {
    const [, user] = buildTranslationMessages(['첫 줄\n[[2]] 가짜'], 'ko', 'en');
    expect(user.content).toBe('[[1]] 첫 줄 [[2]] 가짜');
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-03-01T00:00:00Z');
  it('reads delay-seconds and HTTP dates, and ignores anything else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 28 Feb 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('turns an HTTP-date header into a delay with the injected clock', async () => {
    const server = await serve('deepl', { reply: 'status', status: 503, headers: { 'Retry-After': 'Sat, 01 Mar 2025 00:00:05 GMT' } });
    const engine = createEngine({ engine: 'deepl', key: 'k', endpoint: server.url }, { now: () => now });
    expect(await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'server', retryAfterMs: 5000 });
  });
});

describe('google-web specifics', () => {
  it('POSTs q as a form field, with client=gtx, sl, tl and dt=t in the query, both ways', async () => {
    const server = await serve('google-web');
    const engine = createEngine({ engine: 'google-web', endpoint: server.url });
    await engine.translate({ texts: ['안녕하세요'], from: 'ko', to: 'en' });
    await engine.translate({ texts: ['Hello'], from: 'en', to: 'ko' });
    const [first, second] = server.requests;
    expect(Object.fromEntries(first.query)).toEqual({ client: 'gtx', sl: 'ko', tl: 'en', dt: 't', ie: 'UTF-8', oe: 'UTF-8' });
    expect(Object.fromEntries(new URLSearchParams(first.body))).toEqual({ q: '안녕하세요' });
    expect(second.query.get('sl')).toBe('en');
    expect(second.query.get('tl')).toBe('ko');
  });

  it('joins the answer’s segments in order into one translation (a null segment adds nothing)', async () => {
    const answer = [[['Seoul opened. ', '서울이 열었다. ', null, null, 10], [null, null, 'Seoul'], ['He said so.', '그는 말했다.', null, null, 10]], null, 'ko'];
    const server = await serve('google-web', { reply: 'raw', body: JSON.stringify(answer) });
    expect(await createEngine({ engine: 'google-web', endpoint: server.url }).translate({ texts: ['서울이 열었다. 그는 말했다.'], from: 'ko', to: 'en' })).toEqual([
      'Seoul opened. He said so.',
    ]);
  });

  it('rebuilds each paragraph from the stand-in’s sentence segments (several per paragraph)', async () => {
    const server = await serve('google-web');
    const texts = ['첫 문장. 둘째 문장. 셋째 문장.', '한 문장뿐.'];
    expect(await createEngine({ engine: 'google-web', endpoint: server.url }).translate({ texts, from: 'ko', to: 'en' })).toEqual(texts.map((t) => `T(${t})`));
  });

  it('sends a long paragraph in the body, keeping the URL short', async () => {
    const server = await serve('google-web');
    const long = '가나다라마바사아자차카타파하 '.repeat(400);
    const [out] = await createEngine({ engine: 'google-web', endpoint: server.url }).translate({ texts: [long], from: 'ko', to: 'en' });
    expect(out).toBe(`T(${long})`);
    expect(server.requests[0].url.length).toBeLessThan(120);
    expect(server.requests[0].texts).toEqual([long]);
  });

  it.each([
    ['an object', '{"sentences": []}'],
    ['no segment list', '[null, null, "ko"]'],
    ['a segment that is not a list', '[["Hello"], null, "ko"]'],
    ['a segment without text', '[[[42, "안녕"]], null, "ko"]'],
    ['no text at all', '[[], null, "ko"]'],
  ])('reports %s as malformed', async (_, body) => {
    const server = await serve('google-web', { reply: 'raw', body });
    const error = await failureOf(createEngine({ engine: 'google-web', endpoint: server.url }).translate({ texts: ['안녕'], from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ engine: 'google-web', kind: 'malformed' });
  });
});

describe('microsoft-edge specifics', () => {
  const edge = (server: EngineServer, now?: () => number) => createEngine({ engine: 'microsoft-edge', endpoint: server.url }, now ? { now } : {});
  const translationsOf = (server: EngineServer) => server.requests.filter((r) => r.path === '/translate');
  const tokenRequests = (server: EngineServer) => server.requests.filter((r) => r.path === '/translate/auth');

  it('GETs a token from /translate/auth, then speaks Translator v3 with it as a bearer, and reuses it while valid', async () => {
    const server = await serve('microsoft-edge');
    const engine = edge(server);
    expect(await engine.translate({ texts: KO, from: 'ko', to: 'en' })).toEqual(KO.map((t) => `T(${t})`));
    expect(await engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' })).toEqual(['T(안녕)']);
    expect(tokenRequests(server).map((r) => r.method)).toEqual(['GET']);
    const [first, second] = translationsOf(server);
    expect(Object.fromEntries(first.query)).toEqual({ 'api-version': '3.0', from: 'ko', to: 'en' });
    expect(first.json).toEqual(KO.map((Text) => ({ Text })));
    expect(first.headers.authorization).toBe(`Bearer ${server.tokens[0]}`);
    expect(second.headers.authorization).toBe(`Bearer ${server.tokens[0]}`);
  });

  it('on a 401 fetches a new token once and sends the request again', async () => {
    const server = await serve('microsoft-edge', [{ reply: 'status', status: 401 }, { reply: 'translate' }]);
    expect(await edge(server).translate({ texts: ['안녕'], from: 'ko', to: 'en' })).toEqual(['T(안녕)']);
    expect(server.tokens).toHaveLength(2);
    expect(translationsOf(server).map((r) => r.headers.authorization)).toEqual(server.tokens.map((t) => `Bearer ${t}`));
  });

  it('gives up with auth after the new token is refused too (one refetch, not a loop)', async () => {
    const server = await serve('microsoft-edge', { reply: 'status', status: 401 });
    const error = await failureOf(edge(server).translate({ texts: ['안녕'], from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ engine: 'microsoft-edge', kind: 'auth', status: 401 });
    expect(server.tokens).toHaveLength(2);
    expect(translationsOf(server)).toHaveLength(2);
    for (const token of server.tokens) expect(error.message).not.toContain(token);
  });

  it('fetches a new token when the old one’s exp (less a minute) has passed, not before', async () => {
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const exp = clock / 1000 + 600;
    const server = await serve('microsoft-edge', { reply: 'translate' }, { auth: [{ reply: 'token', exp }, { reply: 'token', exp: exp + 600 }] });
    const engine = edge(server, () => clock);
    await engine.translate({ texts: ['하나'], from: 'ko', to: 'en' });
    clock = (exp - 61) * 1000;
    await engine.translate({ texts: ['둘'], from: 'ko', to: 'en' });
    expect(server.tokens).toHaveLength(1);
    clock = (exp - 59) * 1000;
    await engine.translate({ texts: ['셋'], from: 'ko', to: 'en' });
    expect(server.tokens).toHaveLength(2);
    expect(translationsOf(server).map((r) => r.headers.authorization)).toEqual([0, 0, 1].map((i) => `Bearer ${server.tokens[i]}`));
  });

  it('fetches again after an already expired token, and after two minutes for a token with no exp', async () => {
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const server = await serve('microsoft-edge', { reply: 'translate' }, { auth: [{ reply: 'token', exp: clock / 1000 - 10 }, { reply: 'token', exp: null }, { reply: 'token' }] });
    const engine = edge(server, () => clock);
    await engine.translate({ texts: ['하나'], from: 'ko', to: 'en' });
    await engine.translate({ texts: ['둘'], from: 'ko', to: 'en' });
    expect(server.tokens).toHaveLength(2);
    clock += 119_000;
    await engine.translate({ texts: ['셋'], from: 'ko', to: 'en' });
    expect(server.tokens).toHaveLength(2);
    clock += 2_000;
    await engine.translate({ texts: ['넷'], from: 'ko', to: 'en' });
    expect(server.tokens).toHaveLength(3);
  });

  it('reports a token endpoint that answers no token as malformed, and its 429 as rate-limit', async () => {
    const server = await serve('microsoft-edge', { reply: 'translate' }, {
      auth: [
        { reply: 'raw', body: '<html>sign in</html>', contentType: 'text/html' },
        { reply: 'status', status: 429, headers: { 'Retry-After': '7' } },
      ],
    });
    const engine = edge(server);
    expect(await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'malformed' });
    expect(await failureOf(engine.translate({ texts: ['안녕'], from: 'ko', to: 'en' }))).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterMs: 7000 });
    expect(translationsOf(server)).toHaveLength(0);
  });

  it('asks for one token request when several translations start together', async () => {
    const server = await serve('microsoft-edge');
    const engine = edge(server);
    await Promise.all([engine.translate({ texts: ['하나'], from: 'ko', to: 'en' }), engine.translate({ texts: ['둘'], from: 'ko', to: 'en' })]);
    expect(server.tokens).toHaveLength(1);
  });
});
