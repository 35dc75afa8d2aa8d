/**
 * The on-device engine against a stand-in for Chrome's `Translator` global: availability,
 * model download progress, translation, cancellation, and the DOMExceptions it throws.
 */
import { describe, expect, it } from 'vitest';
import {
  type TranslatorApiLike,
  type TranslatorAvailability,
  type CreateMonitorLike,
  type DownloadProgress,
  createChromeBuiltinEngine,
  translatorApiOf,
} from '../lib/translate/engines/chrome-builtin';
import { TranslationError, translateParagraphs } from '../lib/translate/index';

interface StandInOptions {
  availability?: TranslatorAvailability;
  /** downloadprogress events fired during create(), as {loaded, total}. */
  progress?: Array<{ loaded: number; total?: number }>;
  /** create() never settles (a download that takes forever). */
  createHangs?: boolean;
  /** create() rejects with this, once. */
  createErrorOnce?: DOMException;
  /** translate() never settles and ignores its signal. */
  translateHangs?: boolean;
  translateError?: DOMException;
}

function standInTranslator(options: StandInOptions = {}) {
  const log = {
    availabilityAsked: [] as Array<{ sourceLanguage: string; targetLanguage: string }>,
    created: [] as Array<{ sourceLanguage: string; targetLanguage: string; signal?: AbortSignal }>,
    translated: [] as string[],
    translateSignals: [] as Array<AbortSignal | undefined>,
    destroyed: 0,
  };
  let createError = options.createErrorOnce;
  const api: TranslatorApiLike = {
    async availability(pair) {
      log.availabilityAsked.push(pair);
      return options.availability ?? 'available';
    },
    async create({ sourceLanguage, targetLanguage, monitor, signal }) {
      log.created.push({ sourceLanguage, targetLanguage, signal });
      const target = new EventTarget();
      monitor?.(target as unknown as CreateMonitorLike);
      for (const step of options.progress ?? []) target.dispatchEvent(Object.assign(new Event('downloadprogress'), step));
      if (createError) {
        const error = createError;
        createError = undefined;
        throw error;
      }
      if (options.createHangs) await new Promise(() => {});
      return {
        async translate(text: string, opts?: { signal?: AbortSignal }) {
          log.translated.push(text);
          log.translateSignals.push(opts?.signal);
          if (options.translateError) throw options.translateError;
          if (options.translateHangs) await new Promise(() => {});
          return `${targetLanguage}:${text}`;
        },
        destroy() {
          log.destroyed++;
        },
      };
    },
  };
  return { api, log };
}

async function failureOf(work: Promise<unknown>): Promise<TranslationError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a failure').toBeInstanceOf(TranslationError);
  return error as TranslationError;
}

describe('chrome-builtin engine', () => {
  it("reports the browser's availability for the pair, and 'unavailable' without the API", async () => {
    const { api, log } = standInTranslator({ availability: 'downloadable' });
    expect(await createChromeBuiltinEngine({ translatorApi: api }).availability('ko', 'en')).toBe('downloadable');
    expect(log.availabilityAsked).toEqual([{ sourceLanguage: 'ko', targetLanguage: 'en' }]);
    expect(await createChromeBuiltinEngine({ translatorApi: undefined }).availability('ko', 'en')).toBe('unavailable');
    const throwing: TranslatorApiLike = { availability: () => Promise.reject(new Error('boom')), create: () => Promise.reject(new Error('x')) };
    expect(await createChromeBuiltinEngine({ translatorApi: throwing }).availability('ko', 'en')).toBe('unavailable');
  });

  it('finds the Translator API on a scope only when it has availability() and create()', () => {
    const { api } = standInTranslator();
    expect(translatorApiOf({ Translator: api })).toBe(api);
    expect(translatorApiOf({})).toBeUndefined();
    expect(translatorApiOf({ Translator: { availability: () => 'available' } })).toBeUndefined();
  });

  it('creates one translator per language pair and translates each text in order', async () => {
    const { api, log } = standInTranslator();
    const engine = createChromeBuiltinEngine({ translatorApi: api });
    expect(await engine.translate({ texts: ['가', '나'], from: 'ko', to: 'en' })).toEqual(['en:가', 'en:나']);
    expect(await engine.translate({ texts: ['다'], from: 'ko', to: 'en' })).toEqual(['en:다']);
    expect(await engine.translate({ texts: ['Hi'], from: 'en', to: 'ko' })).toEqual(['ko:Hi']);
    expect(log.created.map(({ sourceLanguage, targetLanguage }) => `${sourceLanguage}>${targetLanguage}`)).toEqual(['ko>en', 'en>ko']);
    expect(log.translated).toEqual(['가', '나', '다', 'Hi']);
  });

  it('passes model download progress on as a 0..1 fraction', async () => {
    const { api } = standInTranslator({ availability: 'downloadable', progress: [{ loaded: 0 }, { loaded: 0.4, total: 1 }, { loaded: 1, total: 1 }] });
    const progress: DownloadProgress[] = [];
    const engine = createChromeBuiltinEngine({ translatorApi: api, onDownloadProgress: (p) => progress.push(p) });
    await engine.prepare('ko', 'en');
    expect(progress).toEqual([
      { from: 'ko', to: 'en', fraction: 0 },
      { from: 'ko', to: 'en', fraction: 0.4 },
      { from: 'ko', to: 'en', fraction: 1 },
    ]);
  });

  it('reads byte counts from early builds as a fraction too', async () => {
    const { api } = standInTranslator({ availability: 'downloading', progress: [{ loaded: 25_000_000, total: 100_000_000 }] });
    const progress: number[] = [];
    await createChromeBuiltinEngine({ translatorApi: api, onDownloadProgress: (p) => progress.push(p.fraction) }).prepare('ko', 'en');
    expect(progress).toEqual([0.25]);
  });

  it('fails as unavailable, without creating anything, when the pair has no model or the API is missing', async () => {
    const { api, log } = standInTranslator({ availability: 'unavailable' });
    const error = await failureOf(createChromeBuiltinEngine({ translatorApi: api }).translate({ texts: ['가'], from: 'ko', to: 'en' }));
    expect(error).toMatchObject({ engine: 'chrome-builtin', kind: 'unavailable' });
    expect(error.message).toBe('chrome-builtin: unavailable: no on-device model for ko→en');
    expect(log.created).toEqual([]);
    const missing = await failureOf(createChromeBuiltinEngine({ translatorApi: undefined }).translate({ texts: ['가'], from: 'ko', to: 'en' }));
    expect(missing.kind).toBe('unavailable');
  });

  it('cancels a translation that ignores its signal, and keeps the translator for next time', async () => {
    const hanging = standInTranslator({ translateHangs: true });
    const engine = createChromeBuiltinEngine({ translatorApi: hanging.api });
    const controller = new AbortController();
    const pending = engine.translate({ texts: ['가'], from: 'ko', to: 'en', signal: controller.signal });
    await expect.poll(() => hanging.log.translated.length).toBe(1);
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('cancelled');
    expect(hanging.log.translateSignals[0]?.aborted).toBe(true);
    expect(hanging.log.destroyed).toBe(0);
    await engine.prepare('ko', 'en');
    expect(hanging.log.created.length).toBe(1);
  });

  it('cancelling during the model download stops waiting but lets the download go on', async () => {
    const { api, log } = standInTranslator({ availability: 'downloadable', createHangs: true });
    const engine = createChromeBuiltinEngine({ translatorApi: api });
    const controller = new AbortController();
    const pending = engine.translate({ texts: ['가'], from: 'ko', to: 'en', signal: controller.signal });
    await expect.poll(() => log.created.length).toBe(1);
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('cancelled');
    expect(log.created[0].signal?.aborted).toBe(false);
    engine.destroy();
    expect(log.created[0].signal?.aborted).toBe(true);
  });

  it('asks for a click when create() needs a user gesture, and tries again next time', async () => {
    const { api, log } = standInTranslator({
      availability: 'downloadable',
      createErrorOnce: new DOMException('Requires a user gesture', 'NotAllowedError'),
    });
    const engine = createChromeBuiltinEngine({ translatorApi: api });
    const error = await failureOf(engine.translate({ texts: ['가'], from: 'ko', to: 'en' }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('needs a click');
    expect(await engine.translate({ texts: ['가'], from: 'ko', to: 'en' })).toEqual(['en:가']);
    expect(log.created.length).toBe(2);
  });

  it('maps translate() failures: too long → unavailable, model crash → server', async () => {
    const tooLong = standInTranslator({ translateError: new DOMException('too long', 'QuotaExceededError') });
    expect((await failureOf(createChromeBuiltinEngine({ translatorApi: tooLong.api }).translate({ texts: ['가'], from: 'ko', to: 'en' }))).kind).toBe(
      'unavailable',
    );
    const crashed = standInTranslator({ translateError: new DOMException('gone', 'UnknownError') });
    expect((await failureOf(createChromeBuiltinEngine({ translatorApi: crashed.api }).translate({ texts: ['가'], from: 'ko', to: 'en' }))).kind).toBe(
      'server',
    );
  });

  it('destroy() destroys the translators it made', async () => {
    const { api, log } = standInTranslator();
    const engine = createChromeBuiltinEngine({ translatorApi: api });
    await engine.translate({ texts: ['가'], from: 'ko', to: 'en' });
    engine.destroy();
    await expect.poll(() => log.destroyed).toBe(1);
  });

  it('runs an article through translateParagraphs one paragraph per call', async () => {
    const { api, log } = standInTranslator();
    const results: string[] = [];
    const summary = await translateParagraphs({
      engine: createChromeBuiltinEngine({ translatorApi: api }),
      paragraphs: ['가.', '나.', '다.'],
      from: 'ko',
      to: 'en',
      batchSize: 10,
      onResult: (index, text) => (results[index] = text),
    });
    expect(results).toEqual(['en:가.', 'en:나.', 'en:다.']);
    expect(summary).toEqual({ translated: 3, failed: 0, cancelled: 0 });
    expect(log.translateSignals.every((s) => s instanceof AbortSignal)).toBe(true);
  });
});
