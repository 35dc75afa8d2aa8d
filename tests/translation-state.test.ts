/**
 * The panel's translation state (components/translation/translation-state.ts): every action as a plain
 * function, and the states the panel shows (data-translation-state, each cell's data-state) derived
 * from what the host reported.
 */
import { describe, expect, it } from 'vitest';
import {
  cellState,
  initialTranslationState,
  panelTranslationState,
  translationProgress,
  translationReducer,
  type TranslationAction,
  type TranslationState,
} from '../components/translation/translation-state';

const run = (state: TranslationState, ...actions: TranslationAction[]) => actions.reduce(translationReducer, state);
const cellStates = (state: TranslationState) => Object.values(state.cells).map(cellState);

describe('translation state', () => {
  const fresh = () => initialTranslationState('en', [0, 3, 4, 5]);
  const queued = () => run(fresh(), { type: 'queue', engine: 'deepl', rows: [0, 3, 4, 5] });

  it('before anything is sent, no cell is waiting or translating: they wait for the reader', () => {
    expect(panelTranslationState(fresh())).toBe('idle');
    expect(cellStates(fresh())).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
    const checking = run(fresh(), { type: 'checking' });
    expect(panelTranslationState(checking)).toBe('checking');
    const offer = run(checking, { type: 'needs-download', engine: 'bergamot', offer: { bytes: 33_000_000, source: 'storage.googleapis.com' } });
    expect(panelTranslationState(offer)).toBe('needs-download');
    expect(offer).toMatchObject({ engine: 'bergamot', offer: { bytes: 33_000_000 } });
    expect(cellStates(offer)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
    const none = run(checking, { type: 'unavailable', reason: 'nothing-on-device', wanted: null, choices: [] });
    expect(panelTranslationState(none)).toBe('unavailable');
    expect(none.engine).toBeNull();
  });

  it('a queued row waits; it is translating only once the host says its request went out', () => {
    let state = queued();
    expect(panelTranslationState(state)).toBe('translating');
    expect(cellStates(state)).toEqual(['waiting', 'waiting', 'waiting', 'waiting']);
    state = run(state, { type: 'sent', rows: [0, 3] });
    expect(cellStates(state)).toEqual(['translating', 'translating', 'waiting', 'waiting']);
    state = run(state, { type: 'result', row: 3, text: 'B' }, { type: 'result', row: 0, text: 'A' });
    expect(cellStates(state)).toEqual(['done', 'done', 'waiting', 'waiting']);
    expect(translationProgress(state)).toMatchObject({ done: 2, total: 4, active: 2 });
    state = run(state, { type: 'sent', rows: [4, 5] }, { type: 'result', row: 4, text: 'C' }, { type: 'result', row: 5, text: 'D' });
    expect(panelTranslationState(state)).toBe('done');
    expect(state.cells[5]).toEqual({ status: 'done', text: 'D' });
  });

  it("a run's rows wait again when it sends another request (a batch resent one paragraph at a time)", () => {
    const all = [0, 3, 4, 5];
    let state = run(queued(), { type: 'sent', rows: all, run: all });
    expect(cellStates(state)).toEqual(['translating', 'translating', 'translating', 'translating']);
    state = run(state, { type: 'sent', rows: [0], run: all });
    expect(cellStates(state)).toEqual(['translating', 'waiting', 'waiting', 'waiting']);
    state = run(state, { type: 'result', row: 0, text: 'A' }, { type: 'sent', rows: [3], run: all });
    expect(cellStates(state)).toEqual(['done', 'translating', 'waiting', 'waiting']);
  });

  it('a run that ends with rows unanswered fails them (nothing waits forever); failures make the run failed', () => {
    const state = run(queued(), { type: 'sent', rows: [0] }, { type: 'result', row: 0, text: 'A' }, { type: 'error', row: 3, message: 'deepl: server (HTTP 500)' }, { type: 'run-ended', rows: [0, 3, 4, 5] });
    expect(state.cells[3]).toEqual({ status: 'failed', message: 'deepl: server (HTTP 500)' });
    expect(state.cells[4]).toEqual({ status: 'failed', message: null });
    expect(cellStates(state)).toEqual(['done', 'failed', 'failed', 'failed']);
    expect(panelTranslationState(state)).toBe('failed');
  });

  it('ignores answers for rows that are not translated rows or not asked for', () => {
    const state = queued();
    expect(run(state, { type: 'result', row: 1, text: 'byline' })).toBe(state);
    expect(run(fresh(), { type: 'result', row: 0, text: 'unasked' }).cells[0]).toEqual({ status: 'idle' });
    const cancelled = run(state, { type: 'cancel' });
    expect(run(cancelled, { type: 'result', row: 0, text: 'late' }).cells[0]).toEqual({ status: 'cancelled' });
  });

  it('cancel stops every row not answered (they wait for the reader); a retry queues one row again, never a done one', () => {
    let state = run(queued(), { type: 'result', row: 0, text: 'A' }, { type: 'error', row: 3, message: 'x' }, { type: 'cancel' });
    expect(panelTranslationState(state)).toBe('cancelled');
    expect(Object.values(state.cells).map((c) => c.status)).toEqual(['done', 'failed', 'cancelled', 'cancelled']);
    expect(cellStates(state)).toEqual(['done', 'failed', 'unavailable', 'unavailable']);
    state = run(state, { type: 'queue', engine: 'deepl', rows: [3] });
    expect(panelTranslationState(state)).toBe('translating');
    expect(Object.values(state.cells).map((c) => c.status)).toEqual(['done', 'waiting', 'cancelled', 'cancelled']);
    expect(run(state, { type: 'queue', engine: 'deepl', rows: [0] }).cells[0]).toEqual({ status: 'done', text: 'A' });
  });

  it('tracks the model download as a clamped fraction, and a failed download as failed', () => {
    const state = run(fresh(), { type: 'needs-download', engine: 'chrome-builtin', offer: null }, { type: 'downloading' }, { type: 'download-progress', fraction: 0.4 });
    expect(state).toMatchObject({ stage: 'downloading', download: 0.4 });
    expect(panelTranslationState(state)).toBe('downloading');
    expect(run(state, { type: 'download-progress', fraction: 7 }).download).toBe(1);
    expect(run(state, { type: 'download-progress', fraction: Number.NaN }).download).toBe(0);
    const failed = run(state, { type: 'download-failed', problem: 'network' });
    expect(panelTranslationState(failed)).toBe('failed');
    expect(failed.problem).toBe('network');
  });
});
