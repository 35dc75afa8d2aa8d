/**
 * The state of one mounted reader panel and the actions on it: a reducer, so every action is a
 * plain function tested without rendering (tests/panel-state.test.ts), and a tiny store so the
 * content script (shortcuts, toolbar button) and the view dispatch to the same place.
 */

export type Lang = 'ko' | 'en';
/** Both languages side by side, or one language alone. */
export type Layout = 'both' | 'single';

export interface PanelState {
  /** The language that leads: the left column, or the one shown alone. */
  primary: Lang;
  layout: Layout;
  /** Row index of the highlighted pair, or null. */
  active: number | null;
  rowCount: number;
}

export type PanelAction =
  | { type: 'switch-language' }
  | { type: 'set-layout'; layout: Layout }
  | { type: 'activate'; row: number | null }
  | { type: 'step'; by: 1 | -1 };

export function initialPanelState(rowCount: number, primary: Lang = 'ko'): PanelState {
  return { primary, layout: 'both', active: null, rowCount };
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'switch-language':
      return { ...state, primary: state.primary === 'ko' ? 'en' : 'ko' };
    case 'set-layout':
      return state.layout === action.layout ? state : { ...state, layout: action.layout };
    case 'activate': {
      const row = action.row === null || (action.row >= 0 && action.row < state.rowCount) ? action.row : state.active;
      return row === state.active ? state : { ...state, active: row };
    }
    case 'step': {
      if (state.rowCount === 0) return state;
      const from = state.active ?? (action.by > 0 ? -1 : state.rowCount);
      const row = Math.min(state.rowCount - 1, Math.max(0, from + action.by));
      return row === state.active ? state : { ...state, active: row };
    }
  }
}

export interface PanelStore {
  get(): PanelState;
  dispatch(action: PanelAction): void;
  subscribe(listener: (state: PanelState) => void): () => void;
}

export function createPanelStore(initial: PanelState): PanelStore {
  let state = initial;
  const listeners = new Set<(state: PanelState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = panelReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
