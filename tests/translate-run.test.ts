/**
 * translateParagraphs: reading order, indices kept end to end, batching, per-paragraph retry of a
 * wrong-count batch, backoff and Retry-After, timeouts, cancellation, caching. Waiting is injected
 * (sleep, timer), so nothing here depends on how fast the machine is.
 *
 * Over 300 lines because it is one function's contract (translateParagraphs), case by case; its
 * parts share one fake engine and one fake clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  type TranslateRequest,
  type TranslationEngine,
  TranslationError,
  type TranslationErrorKind,
  createEngine,
  createMemoryCache,
  translateParagraphs,
  translationCacheKey,
} from '../lib/translate/index';
import { type TranslateParagraphsOptions, makeBatches } from '../lib/translate/run';
import { type EngineServer, startEngineServer } from '../testing/engine-servers';

const PARAS = ['첫째 문단.', '둘째 문단.', '셋째 문단.', '넷째 문단.', '다섯째 문단.'];
const T = (text: string) => `T(${text})`;

/** An engine whose every call is answered by `answer`; records what it was sent. */
function scriptedEngine(
  answer: (req: TranslateRequest, call: number) => Promise<string[]> | string[],
  limits: Partial<Pick<TranslationEngine, 'maxBatchSize' | 'maxBatchChars' | 'model'>> = {},
) {
  const calls: string[][] = [];
  const signals: AbortSignal[] = [];
  const engine: TranslationEngine = {
    id: 'deepl',
    label: 'scripted',
    maxBatchSize: 10,
    ...limits,
    async translate(req) {
      calls.push(req.texts);
      if (req.signal) signals.push(req.signal);
      return answer(req, calls.length - 1);
    },
  };
  return { engine, calls, signals };
}

const fail = (kind: TranslationErrorKind, extra: Partial<{ status: number; retryAfterMs: number }> = {}) =>
  new TranslationError({ engine: 'deepl', kind, ...extra });

/** Runs translateParagraphs collecting results and errors; sleeps are recorded, never waited. */
async function run(engine: TranslationEngine, overrides: Partial<TranslateParagraphsOptions> = {}) {
  const results = new Map<number, string>();
  const errors = new Map<number, TranslationError>();
  const order: number[] = [];
  const sleeps: number[] = [];
  const summary = await translateParagraphs({
    engine,
    paragraphs: PARAS,
    from: 'ko',
    to: 'en',
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    // Never times out unless a test says so.
    timer: () => new Promise<void>(() => {}),
    onResult: (index, text) => {
      order.push(index);
      results.set(index, text);
    },
    onError: (index, error) => {
      order.push(index);
      errors.set(index, error);
    },
    ...overrides,
  });
  return { summary, results, errors, order, sleeps };
}

describe('translateParagraphs: order and batching', () => {
  it('translates in reading order, in batches of batchSize, every result at its own index', async () => {
    const { engine, calls } = scriptedEngine((req) => req.texts.map(T));
    const { summary, results, order } = await run(engine, { batchSize: 2 });
    expect(calls).toEqual([PARAS.slice(0, 2), PARAS.slice(2, 4), PARAS.slice(4)]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect([...results]).toEqual(PARAS.map((p, i) => [i, T(p)]));
    expect(summary).toEqual({ translated: 5, failed: 0, cancelled: 0 });
  });

  it("never exceeds the engine's own batch count or size", async () => {
    const { engine, calls } = scriptedEngine((req) => req.texts.map(T), { maxBatchSize: 3, maxBatchChars: 12 });
    await run(engine, { batchSize: 50 });
    expect(calls.every((c) => c.length <= 3 && (c.length === 1 || c.join('').length <= 12))).toBe(true);
    expect(calls.flat()).toEqual(PARAS);
    expect(makeBatches([0, 1, 2, 3], ['aaaa', 'bbbb', 'cccccccc', 'd'], 10, 8)).toEqual([[0, 1], [2], [3]]);
  });

  it('delivers empty paragraphs as empty without sending them', async () => {
    const { engine, calls } = scriptedEngine((req) => req.texts.map(T));
    const { results, summary } = await run(engine, { paragraphs: ['가.', '  ', '나.'] });
    expect(calls).toEqual([['가.', '나.']]);
    expect([...results]).toEqual([
      [1, ''],
      [0, 'T(가.)'],
      [2, 'T(나.)'],
    ]);
    expect(summary.translated).toBe(3);
  });
});

describe('translateParagraphs: wrong-count answers', () => {
  it('never uses a batch answer of the wrong length; resends that batch one paragraph at a time', async () => {
    // A batch loses its second translation, as an LLM that merged two paragraphs would.
    const { engine, calls } = scriptedEngine((req) => (req.texts.length > 1 ? req.texts.map(T).filter((_, i) => i !== 1) : req.texts.map(T)));
    const { results, summary } = await run(engine, { batchSize: 5 });
    expect(calls).toEqual([PARAS, ...PARAS.map((p) => [p])]);
    expect([...results].sort(([a], [b]) => a - b)).toEqual(PARAS.map((p, i) => [i, T(p)]));
    expect(summary).toEqual({ translated: 5, failed: 0, cancelled: 0 });
  });

  it('reports the one paragraph that still fails alone, and translates the rest', async () => {
    const { engine } = scriptedEngine((req) => {
      if (req.texts.length > 1) throw fail('count-mismatch');
      if (req.texts[0] === PARAS[2]) throw fail('count-mismatch');
      return req.texts.map(T);
    });
    const { results, errors, summary } = await run(engine, { batchSize: 5 });
    expect([...errors.keys()]).toEqual([2]);
    expect(errors.get(2)?.kind).toBe('count-mismatch');
    expect([...results.keys()].sort()).toEqual([0, 1, 3, 4]);
    expect(summary).toEqual({ translated: 4, failed: 1, cancelled: 0 });
  });
});

describe('translateParagraphs: retries', () => {
  it('backs off exponentially on 5xx and succeeds', async () => {
    const { engine, calls } = scriptedEngine((req, call) => {
      if (call < 2) throw fail('server', { status: 502 });
      return req.texts.map(T);
    });
    const { sleeps, summary } = await run(engine, { paragraphs: ['가.'] });
    expect(calls.length).toBe(3);
    expect(sleeps).toEqual([100, 200]);
    expect(summary.translated).toBe(1);
  });

  it('waits at least as long as Retry-After asks, and never longer than maxDelayMs for backoff', async () => {
    const { engine } = scriptedEngine((req, call) => {
      if (call === 0) throw fail('rate-limit', { status: 429, retryAfterMs: 2_000 });
      if (call < 5) throw fail('server', { status: 500 });
      return req.texts.map(T);
    });
    const { sleeps } = await run(engine, { paragraphs: ['가.'], retry: { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 5_000 } });
    expect(sleeps).toEqual([2_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('reports a paragraph whose attempts run out, and carries on with the next batch', async () => {
    const { engine, calls } = scriptedEngine((req) => {
      if (req.texts.includes(PARAS[0])) throw fail('server', { status: 500 });
      return req.texts.map(T);
    });
    const { errors, results, summary } = await run(engine, { batchSize: 1 });
    expect(calls.filter((c) => c[0] === PARAS[0]).length).toBe(3);
    expect(errors.get(0)).toMatchObject({ kind: 'server', status: 500 });
    expect([...results.keys()]).toEqual([1, 2, 3, 4]);
    expect(summary).toEqual({ translated: 4, failed: 1, cancelled: 0 });
  });

  it('does not retry what retrying cannot fix', async () => {
    const { engine, calls } = scriptedEngine((req) => {
      if (req.texts[0] === PARAS[1]) throw fail('unavailable', { status: 400 });
      return req.texts.map(T);
    });
    const { errors, sleeps } = await run(engine, { batchSize: 1 });
    expect(calls.filter((c) => c[0] === PARAS[1]).length).toBe(1);
    expect(sleeps).toEqual([]);
    expect(errors.get(1)?.kind).toBe('unavailable');
  });

  it('after an auth failure sends nothing more and fails every remaining paragraph with that error', async () => {
    const { engine, calls } = scriptedEngine((req) => {
      if (req.texts[0] === PARAS[1]) throw fail('auth', { status: 403 });
      return req.texts.map(T);
    });
    const { errors, results, summary } = await run(engine, { batchSize: 1 });
    expect(calls).toEqual([[PARAS[0]], [PARAS[1]]]);
    expect([...results.keys()]).toEqual([0]);
    expect([...errors.keys()]).toEqual([1, 2, 3, 4]);
    expect(new Set(errors.values()).size).toBe(1);
    expect(summary).toEqual({ translated: 1, failed: 4, cancelled: 0 });
  });

  it('sends nothing more when Retry-After asks for a longer pause than the caller allows', async () => {
    const { engine, calls } = scriptedEngine(() => {
      throw fail('rate-limit', { status: 429, retryAfterMs: 600_000 });
    });
    const { errors, sleeps, summary } = await run(engine, { batchSize: 1 });
    expect(calls.length).toBe(1);
    expect(sleeps).toEqual([]);
    expect(errors.get(4)?.retryAfterMs).toBe(600_000);
    expect(summary).toEqual({ translated: 0, failed: 5, cancelled: 0 });
  });
});

describe('translateParagraphs: timeouts and cancellation', () => {
  it("aborts a request whose timer runs out, as a retried 'timeout', even if the engine ignores its signal", async () => {
    const { engine, calls } = scriptedEngine(() => new Promise<string[]>(() => {}));
    const { errors, summary } = await run(engine, {
      paragraphs: ['가.'],
      timeoutMs: 1_234,
      timer: async () => {}, // time is up at once
    });
    expect(calls.length).toBe(3);
    expect(errors.get(0)).toMatchObject({ kind: 'timeout' });
    expect(errors.get(0)?.message).toContain('1234 ms');
    expect(summary).toEqual({ translated: 0, failed: 1, cancelled: 0 });
  });

  it('stops at once when cancelled mid-request: no more calls, no onError, the rest counted as cancelled', async () => {
    const controller = new AbortController();
    let started!: () => void;
    const secondStarted = new Promise<void>((resolve) => (started = resolve));
    const { engine, calls, signals } = scriptedEngine((req, call) => {
      if (call === 0) return req.texts.map(T);
      started();
      return new Promise<string[]>(() => {}); // hangs, ignoring the signal
    });
    const running = run(engine, { batchSize: 2, signal: controller.signal });
    await secondStarted;
    controller.abort();
    const { summary, errors, results } = await running;
    expect(summary).toEqual({ translated: 2, failed: 0, cancelled: 3 });
    expect(errors.size).toBe(0);
    expect([...results.keys()]).toEqual([0, 1]);
    expect(calls.length).toBe(2);
    expect(signals[1].aborted).toBe(true);
  });

  it('stops without reporting errors when cancelled while resending a wrong-count batch one by one', async () => {
    const controller = new AbortController();
    const { engine, calls } = scriptedEngine((req, call) => {
      if (req.texts.length > 1) throw fail('count-mismatch');
      if (call === 2) {
        controller.abort();
        return new Promise<string[]>(() => {});
      }
      return req.texts.map(T);
    });
    const { summary, errors, results } = await run(engine, { batchSize: 5, signal: controller.signal });
    expect(calls).toEqual([PARAS, [PARAS[0]], [PARAS[1]]]);
    expect([...results.keys()]).toEqual([0]);
    expect(errors.size).toBe(0);
    expect(summary).toEqual({ translated: 1, failed: 0, cancelled: 4 });
  });

  it('stops at once when cancelled during a backoff wait', async () => {
    const controller = new AbortController();
    const { engine, calls } = scriptedEngine(() => {
      throw fail('server', { status: 500 });
    });
    const running = run(engine, {
      signal: controller.signal,
      retry: { maxAttempts: 5, baseDelayMs: 3_600_000, maxDelayMs: 3_600_000 },
      // The real wait, an hour long: only the abort can end it within the test's time limit.
      sleep: (ms, signal) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
          controller.abort();
        }),
    });
    const { summary } = await running;
    expect(summary).toEqual({ translated: 0, failed: 0, cancelled: 5 });
    expect(calls.length).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { engine, calls } = scriptedEngine((req) => req.texts.map(T));
    const { summary } = await run(engine, { signal: AbortSignal.abort() });
    expect(calls).toEqual([]);
    expect(summary).toEqual({ translated: 0, failed: 0, cancelled: 5 });
  });
});

describe('translateParagraphs: cache', () => {
  it('answers cached paragraphs without sending them, and stores what it translates', async () => {
    const cache = createMemoryCache();
    const key = (text: string, model?: string) => translationCacheKey({ engine: 'deepl', model, from: 'ko', to: 'en', text });
    await cache.set(key(PARAS[1]), 'cached two');
    const { engine, calls } = scriptedEngine((req) => req.texts.map(T));
    const { results } = await run(engine, { cache });
    expect(calls).toEqual([[PARAS[0], PARAS[2], PARAS[3], PARAS[4]]]);
    expect(results.get(1)).toBe('cached two');
    expect(await cache.get(key(PARAS[4]))).toBe(T(PARAS[4]));
    // Another model of the same engine is another key.
    expect(await cache.get(key(PARAS[4], 'other-model'))).toBeUndefined();
  });

  it('translates as usual when the cache fails', async () => {
    const broken = { get: () => Promise.reject(new Error('disk full')), set: () => Promise.reject(new Error('disk full')) };
    const { engine } = scriptedEngine((req) => req.texts.map(T));
    const { summary } = await run(engine, { cache: broken });
    expect(summary.translated).toBe(5);
  });
});

describe('translateParagraphs against loopback services', () => {
  const servers: EngineServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('deepl: honours Retry-After, then splits a wrong-count batch into single requests', async () => {
    const server = await startEngineServer('deepl', [
      { reply: 'status', status: 429, headers: { 'Retry-After': '2' } },
      { reply: 'wrong-count' },
      { reply: 'translate' },
    ]);
    servers.push(server);
    const engine = createEngine({ engine: 'deepl', key: 'k', endpoint: server.url });
    const { results, sleeps, summary } = await run(engine, { batchSize: 5 });
    expect(sleeps).toEqual([2_000]);
    expect(server.requests.map((r) => r.texts)).toEqual([PARAS, PARAS, ...PARAS.map((p) => [p])]);
    expect([...results].sort(([a], [b]) => a - b)).toEqual(PARAS.map((p, i) => [i, T(p)]));
    expect(summary).toEqual({ translated: 5, failed: 0, cancelled: 0 });
  });

  it('openai: a merged paragraph is caught and every paragraph still pairs with its own translation', async () => {
    const server = await startEngineServer('openai', (request) =>
      request.texts.length > 1 ? { reply: 'wrong-count', mode: 'merge-first-two' } : { reply: 'translate' },
    );
    servers.push(server);
    const engine = createEngine({ engine: 'openai', key: 'k', endpoint: server.url });
    const { results } = await run(engine, { batchSize: 5 });
    expect([...results].sort(([a], [b]) => a - b)).toEqual(PARAS.map((p, i) => [i, T(p)]));
  });

  it('google: a hanging service times out, is retried, and the paragraph is reported', async () => {
    const server = await startEngineServer('google', { reply: 'hang' });
    servers.push(server);
    const engine = createEngine({ engine: 'google', key: 'k', endpoint: server.url });
    // Each attempt's time is up as soon as its request has reached the server.
    let attempt = 0;
    const timer = () => server.waitForRequests(++attempt);
    const { errors, summary } = await run(engine, { paragraphs: ['가.'], retry: { maxAttempts: 2 }, timer });
    expect(errors.get(0)).toMatchObject({ engine: 'google', kind: 'timeout' });
    expect(server.requests.length).toBe(2);
    await expect.poll(() => server.requests.every((r) => r.aborted)).toBe(true);
    expect(summary).toEqual({ translated: 0, failed: 1, cancelled: 0 });
  });

  it('microsoft: cancelling drops the open request and sends no more', async () => {
    const server = await startEngineServer('microsoft', { reply: 'hang' });
    servers.push(server);
    const controller = new AbortController();
    const engine = createEngine({ engine: 'microsoft', key: 'k', endpoint: server.url });
    const running = run(engine, { batchSize: 1, signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    const { summary, errors } = await running;
    expect(summary).toEqual({ translated: 0, failed: 0, cancelled: 5 });
    expect(errors.size).toBe(0);
    await expect.poll(() => server.requests[0].aborted).toBe(true);
    expect(server.requests.length).toBe(1);
  });
});
