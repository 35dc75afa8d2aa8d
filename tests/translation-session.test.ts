/**
 * One panel's translation run (components/translation/translation-session.ts) against a stand-in host:
 * reading order, one row per answer, download only from the click, cancel, retry, and dispose.
 */
import { describe, expect, it } from 'vitest';
import { createTranslationSession, type SessionHost } from '../components/translation/translation-session';
import { createTranslationStore, initialTranslationState, translationProgress } from '../components/translation/translation-state';
import type { TranslatorAvailability } from '../lib/translate';

const UNITS = [
  { row: 0, text: '제목' },
  { row: 3, text: '첫 문단' },
  { row: 4, text: '둘째 문단' },
  { row: 6, text: '셋째 문단' },
];

type Job = Parameters<SessionHost['run']>[0];

function standIn(availability: TranslatorAvailability, answer: (job: Job) => Promise<void> | void) {
  const log: string[] = [];
  const jobs: Job[] = [];
  const host: SessionHost = {
    availability: async () => availability,
    prepare: async () => void log.push('prepare'),
    run: async (job) => {
      jobs.push(job);
      log.push(`run ${job.paragraphs.join('|')}`);
      await answer(job);
    },
    dispose: () => void log.push('dispose'),
  };
  return { host, log, jobs };
}

const setup = (availability: TranslatorAvailability, answer: (job: Job) => Promise<void> | void) => {
  const store = createTranslationStore(initialTranslationState('deepl', 'en', UNITS.map((u) => u.row)));
  const fake = standIn(availability, answer);
  const session = createTranslationSession({ units: UNITS, from: 'ko', to: 'en', host: fake.host, store });
  return { store, session, ...fake };
};

describe('translation session', () => {
  it('sends every unit in reading order and puts each answer in its own row, whatever order answers come in', async () => {
    const { store, session, log } = setup('available', (job) => {
      [3, 1, 0, 2].forEach((i) => job.onResult(i, `EN ${job.paragraphs[i]}`));
    });
    await session.start();
    expect(log).toEqual(['run 제목|첫 문단|둘째 문단|셋째 문단']);
    expect(store.get().cells).toEqual({
      0: { status: 'done', text: 'EN 제목' },
      3: { status: 'done', text: 'EN 첫 문단' },
      4: { status: 'done', text: 'EN 둘째 문단' },
      6: { status: 'done', text: 'EN 셋째 문단' },
    });
    expect(store.get().phase).toBe('finished');
  });

  it('waits for the click when the on-device model must be downloaded, then translates', async () => {
    const { store, session, log } = setup('downloadable', (job) => job.paragraphs.forEach((p, i) => job.onResult(i, p)));
    await session.start();
    expect(store.get().phase).toBe('needs-download');
    expect(log).toEqual([]);
    await session.download();
    expect(log).toEqual(['prepare', 'run 제목|첫 문단|둘째 문단|셋째 문단']);
    expect(translationProgress(store.get())).toMatchObject({ done: 4, total: 4 });
  });

  it('says the engine is unsupported (Firefox with the Chrome engine) and sends nothing', async () => {
    const { store, session, log } = setup('unavailable', () => {});
    await session.start();
    expect(store.get().phase).toBe('unsupported');
    expect(log).toEqual([]);
  });

  it('shows a failed paragraph inline, leaves the rest, and a retry sends that paragraph alone', async () => {
    let attempt = 0;
    const { store, session, log } = setup('available', (job) => {
      attempt++;
      job.paragraphs.forEach((p, i) => {
        if (attempt === 1 && i === 2) job.onError(i, { kind: 'server', message: 'deepl: server (HTTP 503)' });
        else job.onResult(i, `EN ${p}`);
      });
    });
    await session.start();
    expect(store.get().cells[4]).toEqual({ status: 'error', message: 'deepl: server (HTTP 503)' });
    expect(store.get().cells[6]).toEqual({ status: 'done', text: 'EN 셋째 문단' });
    await session.retry(4);
    expect(log[1]).toBe('run 둘째 문단');
    expect(store.get().cells[4]).toEqual({ status: 'done', text: 'EN 둘째 문단' });
    expect(store.get().phase).toBe('finished');
  });

  it('cancel aborts the run in flight and keeps what arrived; dispose (panel closed) aborts and frees the engine', async () => {
    let release!: () => void;
    const { store, session, jobs, log } = setup('available', async (job) => {
      job.onResult(0, 'EN 제목');
      await new Promise<void>((resolve) => (release = resolve));
      // An answer after the cancel must not land.
      job.onResult(1, 'late');
    });
    const running = session.start();
    await new Promise((r) => setTimeout(r, 0));
    session.cancel();
    expect(jobs[0].signal.aborted).toBe(true);
    release();
    await running;
    expect(store.get().phase).toBe('cancelled');
    expect(translationProgress(store.get())).toEqual({ done: 1, total: 4, pending: 0 });
    expect(store.get().cells[3]).toEqual({ status: 'cancelled' });

    const resumed = session.resume();
    await new Promise((r) => setTimeout(r, 0));
    expect(log[1]).toBe('run 첫 문단|둘째 문단|셋째 문단');
    session.dispose();
    expect(jobs[1].signal.aborted).toBe(true);
    expect(log).toContain('dispose');
    release();
    await resumed;
  });
});
