/**
 * One panel's translation (entrypoints/reader/translation-session.ts) against stand-in hosts:
 * which engine 'auto' picks, the honest states on the way (nothing is translating unless the host
 * said its request went out), download only from the click, runs of at most the per-run limit to the
 * end of a long article, unanswered rows failing instead of waiting forever, cancel, retry, switching
 * engines after a keyless one failed, and dispose (the panel closed) aborting the run.
 */
import { describe, expect, it } from 'vitest';
import { createTranslationSession, type TranslationHost, type TranslationJob } from '../entrypoints/reader/translation-session';
import { cellState, createTranslationStore, initialTranslationState, panelTranslationState, translationProgress } from '../components/translation/translation-state';
import type { EngineSetting, PanelEngine } from '../components/translation/engine-choice';
import type { TranslatorAvailability } from '../lib/translate';
import { MAX_TRANSLATE_PARAGRAPHS } from '../lib/protocol';

const UNITS = [
  { row: 0, text: '제목' },
  { row: 3, text: '첫 문단' },
  { row: 4, text: '둘째 문단' },
  { row: 6, text: '셋째 문단' },
];

type Answer = (job: TranslationJob, engine: PanelEngine) => Promise<void> | void;

/** Answers every paragraph of a job as one request: sent, then "EN <text>" for each. */
const answerAll: Answer = (job) => {
  job.onSent?.(job.paragraphs.map((_, i) => i));
  job.paragraphs.forEach((p, i) => job.onResult(i, `EN ${p}`));
};

function hosts(availability: Partial<Record<PanelEngine, TranslatorAvailability>>, answer: Answer = answerAll) {
  const log: string[] = [];
  const jobs: Array<TranslationJob & { engine: PanelEngine }> = [];
  const hostFor = (engine: PanelEngine): TranslationHost => ({
    availability: async () => availability[engine] ?? 'unavailable',
    prepare: async () => void log.push(`prepare ${engine}`),
    describeDownload: engine === 'bergamot' ? async () => ({ bytes: 33_400_000, source: 'storage.googleapis.com' }) : undefined,
    run: async (job) => {
      jobs.push({ ...job, engine });
      log.push(`run ${engine} ${job.paragraphs.length === UNITS.length || job.paragraphs.length < 5 ? job.paragraphs.join('|') : `${job.paragraphs.length} paragraphs`}`);
      await answer(job, engine);
    },
    dispose: () => void log.push(`dispose ${engine}`),
  });
  return { hostFor, log, jobs };
}

function setup(setting: EngineSetting, availability: Partial<Record<PanelEngine, TranslatorAvailability>>, answer?: Answer, units = UNITS) {
  const store = createTranslationStore(initialTranslationState('en', units.map((u) => u.row)));
  const fake = hosts(availability, answer);
  const session = createTranslationSession({ units, from: 'ko', to: 'en', setting, store, hostFor: fake.hostFor });
  const cells = () => Object.values(store.get().cells).map(cellState);
  return { store, session, cells, ...fake };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('translation session: the engine', () => {
  it("'auto' uses Chrome's Translator where it can translate the pair", async () => {
    const { store, session, log } = setup('auto', { 'chrome-builtin': 'available', bergamot: 'downloadable' });
    await session.start();
    expect(log).toEqual(['run chrome-builtin 제목|첫 문단|둘째 문단|셋째 문단']);
    expect(store.get().engine).toBe('chrome-builtin');
    expect(panelTranslationState(store.get())).toBe('done');
  });

  it("'auto' without Chrome's Translator offers Mozilla's model with its size and source, and downloads only from the click", async () => {
    const { store, session, log, cells } = setup('auto', { 'chrome-builtin': 'unavailable', bergamot: 'downloadable' });
    await session.start();
    expect(panelTranslationState(store.get())).toBe('needs-download');
    expect(store.get()).toMatchObject({ engine: 'bergamot', offer: { bytes: 33_400_000, source: 'storage.googleapis.com' } });
    expect(cells()).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
    expect(log).toEqual([]);
    await session.download();
    expect(log).toEqual(['prepare bergamot', 'run bergamot 제목|첫 문단|둘째 문단|셋째 문단']);
    expect(translationProgress(store.get())).toMatchObject({ done: 4, total: 4 });
  });

  it('with no engine usable says why and what this browser can do, and sends nothing', async () => {
    const none = setup('auto', {});
    await none.session.start();
    expect(none.store.get()).toMatchObject({ stage: 'unavailable', engine: null, unavailable: { reason: 'nothing-on-device', wanted: null, choices: [] } });
    expect(none.cells()).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
    expect(none.jobs).toEqual([]);

    const unchosen = setup(null, { bergamot: 'downloadable' });
    await unchosen.session.start();
    expect(unchosen.store.get().unavailable).toEqual({ reason: 'none-chosen', wanted: null, choices: ['bergamot'] });
  });

  it("Chrome's engine chosen where there is none (Firefox) offers Mozilla's model; its button switches this article to it", async () => {
    const { store, session, log } = setup('chrome-builtin', { bergamot: 'downloadable' });
    await session.start();
    expect(store.get().unavailable).toEqual({ reason: 'not-here', wanted: 'chrome-builtin', choices: ['bergamot'] });
    await session.useEngine('bergamot');
    expect(panelTranslationState(store.get())).toBe('needs-download');
    await session.download();
    expect(log.filter((line) => line.startsWith('run'))).toEqual(['run bergamot 제목|첫 문단|둘째 문단|셋째 문단']);
  });

  it('a keyless engine that fails offers the other keyless engine and the on-device model; switching translates the rest with it', async () => {
    const { store, session, log } = setup('google-web', { 'google-web': 'available', 'microsoft-edge': 'available', bergamot: 'downloadable' }, (job, engine) => {
      job.onSent?.(job.paragraphs.map((_, i) => i));
      job.paragraphs.forEach((p, i) => (engine === 'google-web' && i > 0 ? job.onError(i, { kind: 'rate-limit', message: 'google-web: rate-limit (HTTP 429)' }) : job.onResult(i, `${engine} ${p}`)));
    });
    await session.start();
    expect(panelTranslationState(store.get())).toBe('failed');
    expect(store.get().fallbacks).toEqual(['microsoft-edge', 'bergamot']);
    await session.useEngine('microsoft-edge');
    expect(log.filter((line) => line.startsWith('run'))).toEqual(['run google-web 제목|첫 문단|둘째 문단|셋째 문단', 'run microsoft-edge 첫 문단|둘째 문단|셋째 문단']);
    expect(store.get()).toMatchObject({ engine: 'microsoft-edge', fallbacks: [] });
    expect(store.get().cells[0]).toEqual({ status: 'done', text: 'google-web 제목' });
    expect(store.get().cells[6]).toEqual({ status: 'done', text: 'microsoft-edge 셋째 문단' });
    expect(panelTranslationState(store.get())).toBe('done');
  });

  it('a keyed engine that fails offers no other engine (the reader fixes the key or quota)', async () => {
    const { store, session } = setup('deepl', { deepl: 'available' }, (job) => job.paragraphs.forEach((_, i) => job.onError(i, { kind: 'auth', message: 'deepl: auth (HTTP 403)' })));
    await session.start();
    expect(panelTranslationState(store.get())).toBe('failed');
    expect(store.get().fallbacks).toEqual([]);
  });
});

describe('translation session: the run', () => {
  it('rows wait until the host says their request went out, then translate, each answer in its own row', async () => {
    const seen: string[][] = [];
    let store!: ReturnType<typeof setup>['store'];
    const fake = setup('deepl', { deepl: 'available' }, (job) => {
      const states = () => Object.values(store.get().cells).map(cellState);
      seen.push(states());
      job.onSent?.([0, 1]);
      seen.push(states());
      job.onResult(1, 'EN 첫 문단');
      job.onResult(0, 'EN 제목');
      job.onSent?.([2, 3]);
      seen.push(states());
      job.onResult(3, 'EN 셋째 문단');
      job.onResult(2, 'EN 둘째 문단');
    });
    store = fake.store;
    await fake.session.start();
    expect(seen).toEqual([
      ['waiting', 'waiting', 'waiting', 'waiting'],
      ['translating', 'translating', 'waiting', 'waiting'],
      ['done', 'done', 'translating', 'translating'],
    ]);
    expect(store.get().cells).toEqual({
      0: { status: 'done', text: 'EN 제목' },
      3: { status: 'done', text: 'EN 첫 문단' },
      4: { status: 'done', text: 'EN 둘째 문단' },
      6: { status: 'done', text: 'EN 셋째 문단' },
    });
    expect(panelTranslationState(store.get())).toBe('done');
  });

  it(`translates a 2,500-paragraph article to the end in runs of at most ${MAX_TRANSLATE_PARAGRAPHS} (the background refuses a longer run without an answer)`, async () => {
    const units = Array.from({ length: 2_500 }, (_, i) => ({ row: i + 2, text: `문단 ${i}` }));
    const sizes: number[] = [];
    const { store, session } = setup('libretranslate', { libretranslate: 'available' }, (job) => {
      sizes.push(job.paragraphs.length);
      // What the background does with a run over the limit: nothing at all.
      if (job.paragraphs.length > MAX_TRANSLATE_PARAGRAPHS) return;
      answerAll(job, 'libretranslate');
    }, units);
    await session.start();
    expect(sizes).toEqual([2_000, 500]);
    expect(translationProgress(store.get())).toMatchObject({ done: 2_500, total: 2_500 });
    expect(Object.values(store.get().cells).every((cell) => cellState(cell) === 'done')).toBe(true);
    expect(store.get().cells[2_501]).toEqual({ status: 'done', text: 'EN 문단 2499' });
    expect(panelTranslationState(store.get())).toBe('done');
  });

  it('a run that ends without answering some rows fails them with a message instead of leaving them waiting', async () => {
    const { store, session } = setup('libretranslate', { libretranslate: 'available' }, (job) => {
      job.onSent?.([0, 1, 2, 3]);
      job.onResult(0, 'EN 제목');
      // The background went away (extension reloaded): the port closes, nothing more arrives.
    });
    await session.start();
    expect(store.get().cells[3]).toEqual({ status: 'failed', message: null });
    expect(panelTranslationState(store.get())).toBe('failed');
  });

  it('shows a failed paragraph inline, leaves the rest, and a retry sends that paragraph alone', async () => {
    let attempt = 0;
    const { store, session, log } = setup('deepl', { deepl: 'available' }, (job) => {
      attempt++;
      job.paragraphs.forEach((p, i) => {
        if (attempt === 1 && i === 2) job.onError(i, { kind: 'server', message: 'deepl: server (HTTP 503)' });
        else job.onResult(i, `EN ${p}`);
      });
    });
    await session.start();
    expect(store.get().cells[4]).toEqual({ status: 'failed', message: 'deepl: server (HTTP 503)' });
    expect(store.get().cells[6]).toEqual({ status: 'done', text: 'EN 셋째 문단' });
    await session.retry(4);
    expect(log[1]).toBe('run deepl 둘째 문단');
    expect(store.get().cells[4]).toEqual({ status: 'done', text: 'EN 둘째 문단' });
    expect(panelTranslationState(store.get())).toBe('done');
  });

  it('cancel aborts the run in flight and keeps what arrived; resume sends the rest', async () => {
    let release!: () => void;
    const { store, session, jobs, log } = setup('deepl', { deepl: 'available' }, async (job) => {
      job.onSent?.([0]);
      job.onResult(0, 'EN 제목');
      await new Promise<void>((resolve) => (release = resolve));
      // An answer after the cancel must not land.
      job.onResult(1, 'late');
    });
    const running = session.start();
    await tick();
    session.cancel();
    expect(jobs[0].signal.aborted).toBe(true);
    release();
    await running;
    expect(panelTranslationState(store.get())).toBe('cancelled');
    expect(translationProgress(store.get())).toMatchObject({ done: 1, total: 4, active: 0 });
    expect(store.get().cells[3]).toEqual({ status: 'cancelled' });

    const resumed = session.resume();
    await tick();
    expect(log[1]).toBe('run deepl 첫 문단|둘째 문단|셋째 문단');
    release();
    await resumed;
  });

  it('dispose (the panel closed or removed) aborts the run in flight, lands nothing more, and frees every host', async () => {
    let release!: () => void;
    const { store, session, jobs, log } = setup('auto', { 'chrome-builtin': 'unavailable', bergamot: 'available' }, async (job) => {
      job.onSent?.([0]);
      await new Promise<void>((resolve) => (release = resolve));
      job.onResult(0, 'late');
    });
    const running = session.start();
    await tick();
    await tick();
    expect(jobs).toHaveLength(1);
    session.dispose();
    expect(jobs[0].signal.aborted).toBe(true);
    expect(log).toEqual(expect.arrayContaining(['dispose chrome-builtin', 'dispose bergamot']));
    release();
    await running;
    expect(store.get().cells[0]).toEqual({ status: 'translating' });
    await session.resume();
    expect(jobs).toHaveLength(1);
  });
});

describe('translation session: more rows (a long article translated as far as it is shown)', () => {
  it('sends rows added while it translates, and keeps added rows for after the download click', async () => {
    const running = setup('libretranslate', { libretranslate: 'available' });
    await running.session.start();
    await running.session.add([{ row: 9, text: '넷째 문단' }, { row: 3, text: '첫 문단' }]);
    await tick();
    // Only the new row goes out, once; every row, the added one included, is done.
    expect(running.log.filter((line) => line.startsWith('run'))).toEqual(['run libretranslate 제목|첫 문단|둘째 문단|셋째 문단', 'run libretranslate 넷째 문단']);
    expect(running.store.get().cells[9]).toEqual({ status: 'done', text: 'EN 넷째 문단' });
    expect(translationProgress(running.store.get())).toMatchObject({ done: 5, total: 5 });

    const waiting = setup('auto', { 'chrome-builtin': 'unavailable', bergamot: 'downloadable' });
    await waiting.session.start();
    await waiting.session.add([{ row: 9, text: '넷째 문단' }]);
    // Nothing is sent before the click; the added row waits with the others for it.
    expect(waiting.log.filter((line) => line.startsWith('run'))).toEqual([]);
    expect(cellState(waiting.store.get().cells[9])).toBe('unavailable');
    await waiting.session.download();
    expect(waiting.store.get().cells[9]).toEqual({ status: 'done', text: 'EN 넷째 문단' });
  });
});
