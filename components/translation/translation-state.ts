/**
 * The state of one panel's translation (issue 4): where each translated row stands, the model download,
 * and the run as a whole. A reducer, so every action is a plain function tested without rendering
 * (tests/translation-state.test.ts), and a store like the panel's own (components/panel-state.ts).
 */
import type { Lang } from '../panel-state';
import { createReducerStore, type ReducerStore } from '../reducer-store';

export type TranslatedCell =
  | { status: 'pending' }
  | { status: 'done'; text: string }
  /** `message` names the engine and the status (TranslationError's one line). */
  | { status: 'error'; message: string }
  | { status: 'cancelled' };

export type TranslationPhase =
  /** Asking the engine whether it can translate the pair here. */
  | 'checking'
  /** The on-device model must be downloaded first, which needs a click. */
  | 'needs-download'
  | 'downloading'
  | 'download-failed'
  | 'translating'
  | 'finished'
  | 'cancelled'
  /** The chosen engine does not exist in this browser (Chrome's built-in one in Firefox). */
  | 'unsupported'
  /** No engine is chosen in the options. */
  | 'no-engine';

export interface TranslationState {
  /** The engine's id, e.g. "deepl" (ReaderDocument.englishSource). */
  engine: string;
  /** The side being filled in. */
  target: Lang;
  phase: TranslationPhase;
  /** 0..1 while the model downloads. */
  download: number | null;
  /** The download's failure, one line. */
  problem: string | null;
  /** Row index → that row's translation. Only rows that are translated have an entry. */
  cells: Record<number, TranslatedCell>;
}

export type TranslationAction =
  | { type: 'phase'; phase: TranslationPhase; problem?: string }
  | { type: 'download-progress'; fraction: number }
  | { type: 'result'; row: number; text: string }
  | { type: 'error'; row: number; message: string }
  /** Rows sent (again): pending. */
  | { type: 'send'; rows: number[] }
  /** The reader cancelled: every pending row stops where it is. */
  | { type: 'cancel' };

export function initialTranslationState(engine: string, target: Lang, rows: number[]): TranslationState {
  const cells: Record<number, TranslatedCell> = {};
  for (const row of rows) cells[row] = { status: 'pending' };
  return { engine, target, phase: 'checking', download: null, problem: null, cells };
}

/** How many rows are translated, of how many: the "4 / 12" the panel shows. */
export function translationProgress(state: TranslationState): { done: number; total: number; pending: number } {
  const cells = Object.values(state.cells);
  return {
    done: cells.filter((c) => c.status === 'done').length,
    total: cells.length,
    pending: cells.filter((c) => c.status === 'pending').length,
  };
}

export function translationReducer(state: TranslationState, action: TranslationAction): TranslationState {
  switch (action.type) {
    case 'phase':
      return { ...state, phase: action.phase, problem: action.problem ?? null, download: action.phase === 'downloading' ? (state.download ?? 0) : state.download };
    case 'download-progress':
      return { ...state, download: Math.min(1, Math.max(0, action.fraction)) };
    case 'result':
    case 'error': {
      // A row that is not pending (cancelled, or not a translated row) takes no late answer.
      if (state.cells[action.row]?.status !== 'pending') return state;
      const cell: TranslatedCell = action.type === 'result' ? { status: 'done', text: action.text } : { status: 'error', message: action.message };
      const next = { ...state, cells: { ...state.cells, [action.row]: cell } };
      return translationProgress(next).pending === 0 && next.phase === 'translating' ? { ...next, phase: 'finished' } : next;
    }
    case 'send': {
      const cells = { ...state.cells };
      for (const row of action.rows) if (row in cells && cells[row].status !== 'done') cells[row] = { status: 'pending' };
      return { ...state, phase: 'translating', cells };
    }
    case 'cancel': {
      const cells = { ...state.cells };
      let changed = false;
      for (const [row, cell] of Object.entries(cells)) {
        if (cell.status !== 'pending') continue;
        cells[Number(row)] = { status: 'cancelled' };
        changed = true;
      }
      return { ...state, phase: changed || state.phase === 'translating' || state.phase === 'downloading' ? 'cancelled' : state.phase, cells };
    }
  }
}

export type TranslationStore = ReducerStore<TranslationState, TranslationAction>;

export function createTranslationStore(initial: TranslationState): TranslationStore {
  return createReducerStore(translationReducer, initial);
}
