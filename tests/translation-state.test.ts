/** The panel's translation state (components/translation/translation-state.ts): every action as a plain function. */
import { describe, expect, it } from 'vitest';
import { initialTranslationState, translationProgress, translationReducer, type TranslationAction, type TranslationState } from '../components/translation/translation-state';

const run = (state: TranslationState, ...actions: TranslationAction[]) => actions.reduce(translationReducer, state);

describe('translation state', () => {
  const start = () => run(initialTranslationState('deepl', 'en', [0, 3, 4, 5]), { type: 'send', rows: [0, 3, 4, 5] });

  it('counts translated rows for the "4 / 12" line and finishes when none is pending', () => {
    let state = run(start(), { type: 'result', row: 3, text: 'B' });
    expect(translationProgress(state)).toEqual({ done: 1, total: 4, pending: 3 });
    expect(state.cells[3]).toEqual({ status: 'done', text: 'B' });
    state = run(state, { type: 'result', row: 0, text: 'A' }, { type: 'error', row: 4, message: 'deepl: server (HTTP 500)' }, { type: 'result', row: 5, text: 'D' });
    expect(translationProgress(state)).toEqual({ done: 3, total: 4, pending: 0 });
    expect(state.phase).toBe('finished');
    expect(state.cells[4]).toEqual({ status: 'error', message: 'deepl: server (HTTP 500)' });
  });

  it('ignores answers for rows that are not translated rows or no longer pending', () => {
    const state = start();
    expect(run(state, { type: 'result', row: 1, text: 'byline' })).toBe(state);
    const cancelled = run(state, { type: 'cancel' });
    expect(run(cancelled, { type: 'result', row: 0, text: 'late' }).cells[0]).toEqual({ status: 'cancelled' });
  });

  it('cancel stops every pending row; a retry makes one row pending again without touching the others', () => {
    let state = run(start(), { type: 'result', row: 0, text: 'A' }, { type: 'error', row: 3, message: 'x' }, { type: 'cancel' });
    expect(state.phase).toBe('cancelled');
    expect(Object.values(state.cells).map((c) => c.status)).toEqual(['done', 'error', 'cancelled', 'cancelled']);
    state = run(state, { type: 'send', rows: [3] });
    expect(state.phase).toBe('translating');
    expect(Object.values(state.cells).map((c) => c.status)).toEqual(['done', 'pending', 'cancelled', 'cancelled']);
    // A finished row is never sent again.
    expect(run(state, { type: 'send', rows: [0] }).cells[0]).toEqual({ status: 'done', text: 'A' });
  });

  it('tracks the model download as a clamped fraction', () => {
    const state = run(initialTranslationState('chrome-builtin', 'en', [0]), { type: 'phase', phase: 'downloading' }, { type: 'download-progress', fraction: 0.4 });
    expect(state).toMatchObject({ phase: 'downloading', download: 0.4 });
    expect(run(state, { type: 'download-progress', fraction: 7 }).download).toBe(1);
  });
});
