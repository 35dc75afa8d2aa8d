/**
 * The state of one panel's translation: where each translated row stands, the engine and its model
 * download, and what the panel as a whole says. A reducer, so every action is a plain function tested
 * without rendering (tests/translation-state.test.ts), and a store like the panel's own
 * (components/panel-state.ts).
 *
 * Every state comes from what the engine's host reported, never from a guess: a row is 'translating'
 * only between the host's word that a request went out for it and its answer, 'waiting' while it is
 * queued behind a request that is running, and 'idle' while nothing will be sent for it until the
 * reader acts (a download to accept, an engine to choose).
 */
import { createReducerStore, type ReducerStore } from '../reducer-store';
import type { NoEngineReason, OnDeviceEngine, PanelEngine } from './engine-choice';
import type { Language } from '../../lib/types';

export type TranslatedCell =
  /** Nothing will be sent for it until the reader acts. */
  | { status: 'idle' }
  /** Queued behind a request that is running. */
  | { status: 'waiting' }
  /** A request for it is running now. */
  | { status: 'translating' }
  | { status: 'done'; text: string }
  /** `message` names the engine and the status (TranslationError's one line); null: the engine stopped without answering. */
  | { status: 'failed'; message: string | null }
  /** The reader cancelled before it arrived. */
  | { status: 'cancelled' };

export type TranslationStage =
  /** No translation asked for yet. */
  | 'idle'
  /** Asking which engine can translate the pair here. */
  | 'checking'
  /** The model must be downloaded first, which the reader accepts with a click. */
  | 'needs-download'
  | 'downloading'
  | 'download-failed'
  /** No engine can translate here; `offer` says what can be set up. */
  | 'unavailable'
  /** Rows have been sent; where each stands is in `cells`. */
  | 'running';

/** The panel root's `data-translation-state`: the stage, and once rows are sent, what their cells add up to. */
export type PanelTranslationState = 'idle' | 'checking' | 'needs-download' | 'downloading' | 'translating' | 'done' | 'cancelled' | 'failed' | 'unavailable';

/** A cell's `data-state`. A cancelled row waits for the reader ("Translate the rest"), so it is 'unavailable'. */
export type CellState = 'waiting' | 'translating' | 'done' | 'failed' | 'unavailable';

export interface DownloadOffer {
  bytes: number;
  /** Where the model comes from, a host name ("storage.googleapis.com"). */
  source: string;
}

export interface TranslationState {
  /** The engine translating (or offering its download); null while none is chosen or usable. */
  engine: PanelEngine | null;
  /** The side being filled in. */
  target: Language;
  stage: TranslationStage;
  /** 0..1 while the model downloads. */
  download: number | null;
  /** The model's size and source, when the engine tells them before the download. */
  offer: DownloadOffer | null;
  /** The download's failure, one line. */
  problem: string | null;
  /**
   * With stage 'unavailable': why, the engine that was wanted (the setting's, when it named one), and
   * the on-device engines that can run here (the panel's one button is the first).
   */
  unavailable: { reason: NoEngineReason; wanted: PanelEngine | null; choices: OnDeviceEngine[] } | null;
  /** Engines to switch to for this article after the engine in use failed (a keyless one). */
  fallbacks: PanelEngine[];
  /** Row index → that row's translation. Only rows that are translated have an entry. */
  cells: Record<number, TranslatedCell>;
}

export type TranslationAction =
  | { type: 'checking' }
  | { type: 'needs-download'; engine: PanelEngine; offer: DownloadOffer | null }
  | { type: 'downloading' }
  | { type: 'download-progress'; fraction: number }
  | { type: 'download-failed'; problem: string }
  | { type: 'unavailable'; reason: NoEngineReason; wanted: PanelEngine | null; choices: OnDeviceEngine[] }
  /** Rows queued for `engine` (again): waiting, unless done already. */
  | { type: 'queue'; engine: PanelEngine; rows: number[] }
  /**
   * The host sent a request for `rows`, one of the run over `run`. A run has one request in flight at a
   * time (lib/translate/run.ts sends its batches one after another), so the run's other rows that were
   * translating (a batch answered with the wrong count, now resent one by one) wait again.
   */
  | { type: 'sent'; rows: number[]; run?: number[] }
  | { type: 'result'; row: number; text: string }
  | { type: 'error'; row: number; message: string | null }
  /** A run ended: its rows still without an answer failed (the engine stopped answering). */
  | { type: 'run-ended'; rows: number[] }
  /** The reader cancelled: every row not answered stops where it is. */
  | { type: 'cancel' }
  | { type: 'fallbacks'; engines: PanelEngine[] }
  /** More rows to translate (the reader showed more of a long article): nothing sent for them yet. */
  | { type: 'add-rows'; rows: number[] };

export function initialTranslationState(target: Language, rows: number[]): TranslationState {
  const cells: Record<number, TranslatedCell> = {};
  for (const row of rows) cells[row] = { status: 'idle' };
  return { engine: null, target, stage: 'idle', download: null, offer: null, problem: null, unavailable: null, fallbacks: [], cells };
}

/** How many rows are translated, of how many: the "4 / 12" the panel shows. */
export function translationProgress(state: TranslationState): { done: number; total: number; active: number; failed: number; cancelled: number } {
  const count = { done: 0, total: 0, active: 0, failed: 0, cancelled: 0 };
  for (const cell of Object.values(state.cells)) {
    count.total++;
    if (cell.status === 'done') count.done++;
    else if (cell.status === 'waiting' || cell.status === 'translating') count.active++;
    else if (cell.status === 'failed') count.failed++;
    else if (cell.status === 'cancelled') count.cancelled++;
  }
  return count;
}

export function panelTranslationState(state: TranslationState): PanelTranslationState {
  switch (state.stage) {
    case 'download-failed':
      return 'failed';
    case 'running': {
      const { done, total, active, cancelled } = translationProgress(state);
      if (active > 0) return 'translating';
      if (done === total) return 'done';
      return cancelled > 0 ? 'cancelled' : 'failed';
    }
    default:
      return state.stage;
  }
}

export function cellState(cell: TranslatedCell): CellState {
  switch (cell.status) {
    case 'idle':
    case 'cancelled':
      return 'unavailable';
    default:
      return cell.status;
  }
}

const isActive = (cell: TranslatedCell | undefined) => cell?.status === 'waiting' || cell?.status === 'translating';

function withCells(state: TranslationState, rows: number[], change: (cell: TranslatedCell) => TranslatedCell | null): TranslationState {
  let cells: Record<number, TranslatedCell> | null = null;
  for (const row of rows) {
    const cell = state.cells[row];
    if (!cell) continue;
    const next = change(cell);
    if (!next || next === cell) continue;
    cells ??= { ...state.cells };
    cells[row] = next;
  }
  return cells ? { ...state, cells } : state;
}

export function translationReducer(state: TranslationState, action: TranslationAction): TranslationState {
  switch (action.type) {
    case 'checking':
      return { ...state, stage: 'checking', unavailable: null };
    case 'needs-download':
      return { ...state, stage: 'needs-download', engine: action.engine, offer: action.offer, problem: null, unavailable: null, fallbacks: [] };
    case 'downloading':
      return { ...state, stage: 'downloading', download: state.download ?? 0, problem: null };
    case 'download-progress':
      return { ...state, download: Math.min(1, Math.max(0, Number.isFinite(action.fraction) ? action.fraction : 0)) };
    case 'download-failed':
      return { ...state, stage: 'download-failed', problem: action.problem };
    case 'unavailable':
      return { ...state, stage: 'unavailable', engine: null, unavailable: { reason: action.reason, wanted: action.wanted, choices: action.choices } };
    case 'queue': {
      const next = withCells(state, action.rows, (cell) => (cell.status === 'done' || isActive(cell) ? null : { status: 'waiting' }));
      return { ...next, stage: 'running', engine: action.engine, unavailable: null, fallbacks: [] };
    }
    case 'sent': {
      const sent = new Set(action.rows);
      const behind = withCells(state, (action.run ?? []).filter((row) => !sent.has(row)), (cell) => (cell.status === 'translating' ? { status: 'waiting' } : null));
      return withCells(behind, action.rows, (cell) => (cell.status === 'waiting' ? { status: 'translating' } : null));
    }
    case 'result':
      return withCells(state, [action.row], (cell) => (isActive(cell) ? { status: 'done', text: action.text } : null));
    case 'error':
      return withCells(state, [action.row], (cell) => (isActive(cell) ? { status: 'failed', message: action.message } : null));
    case 'run-ended':
      return withCells(state, action.rows, (cell) => (isActive(cell) ? { status: 'failed', message: null } : null));
    case 'cancel':
      return withCells(state, Object.keys(state.cells).map(Number), (cell) => (isActive(cell) ? { status: 'cancelled' } : null));
    case 'fallbacks':
      return { ...state, fallbacks: action.engines };
    case 'add-rows': {
      const fresh = action.rows.filter((row) => !state.cells[row]);
      if (fresh.length === 0) return state;
      const cells = { ...state.cells };
      for (const row of fresh) cells[row] = { status: 'idle' };
      return { ...state, cells };
    }
  }
}

export type TranslationStore = ReducerStore<TranslationState, TranslationAction>;

export function createTranslationStore(initial: TranslationState): TranslationStore {
  return createReducerStore(translationReducer, initial);
}
