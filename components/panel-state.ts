/**
 * The state of one mounted reader panel and the actions on it: a reducer, so every action is a
 * plain function tested without rendering (tests/panel-state.test.ts), and a tiny store so the
 * content script (shortcuts, toolbar button) and the view dispatch to the same place.
 */
import { boundFontSize, boundLineHeight, DEFAULT_SETTINGS, FONT_SIZE_MAX, FONT_SIZE_MIN, LINE_HEIGHT_MAX, LINE_HEIGHT_MIN, LINE_HEIGHT_STEP, PANEL_WIDTH_MIN, type PanelLayout, type Theme } from '../lib/settings';
import { createReducerStore, type ReducerStore } from './reducer-store';
import type { Language } from '../lib/types';

/**
 * Pairs side by side, a pair stacked (leading language, then the other), or one language alone;
 * 'auto' stacks them when the panel is narrower than INTERLEAVE_BELOW px (about 700 px).
 */
export type Layout = PanelLayout;
export type { Theme };

export const INTERLEAVE_BELOW = 700;
/** The text sizes and line heights the panel's controls step through: the bounds lib/settings.ts enforces. */
export { FONT_SIZE_MAX, FONT_SIZE_MIN, LINE_HEIGHT_MAX, LINE_HEIGHT_MIN, PANEL_WIDTH_MIN };

/** How the reader wants the panel to look, read from settings when it opens. */
export interface Appearance {
  layout: Layout;
  theme: Theme;
  fontSize: number;
  lineHeight: number;
  /** px, or null for the default width. */
  panelWidth: number | null;
}

/** The settings' defaults (lib/settings.ts is their one home; panel.css holds none). */
export const DEFAULT_APPEARANCE: Appearance = {
  layout: DEFAULT_SETTINGS.layout,
  theme: DEFAULT_SETTINGS.theme,
  fontSize: DEFAULT_SETTINGS.fontSize,
  lineHeight: DEFAULT_SETTINGS.lineHeight,
  panelWidth: DEFAULT_SETTINGS.panelWidth,
};

export interface PanelState extends Appearance {
  /** The language that leads: the left column, or the one shown alone. */
  primary: Language;
  /** Row index of the highlighted pair, or null. */
  active: number | null;
  rowCount: number;
  /** Word mode: a tap on a Korean word opens its card (components/words/WordCard.tsx); otherwise a tap links pairs. */
  wordMode: boolean;
}

export type PanelAction =
  | { type: 'switch-language' }
  | { type: 'set-layout'; layout: Layout }
  | { type: 'activate'; row: number | null }
  | { type: 'step'; by: 1 | -1 }
  | { type: 'set-theme'; theme: Theme }
  | { type: 'text-size'; by: 1 | -1 }
  | { type: 'line-height'; by: 1 | -1 }
  | { type: 'set-width'; width: number | null }
  | { type: 'toggle-word-mode' };

export function initialPanelState(rowCount: number, primary: Language = 'ko', appearance: Partial<Appearance> = {}): PanelState {
  return { ...DEFAULT_APPEARANCE, ...appearance, primary, active: null, rowCount, wordMode: false };
}

/** The layout on screen: 'auto' resolved against the panel's measured width. */
export function shownLayout(layout: Layout, panelWidth: number): Exclude<Layout, 'auto'> {
  if (layout !== 'auto') return layout;
  return panelWidth > 0 && panelWidth < INTERLEAVE_BELOW ? 'interleaved' : 'side-by-side';
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
    case 'set-theme':
      return state.theme === action.theme ? state : { ...state, theme: action.theme };
    case 'text-size': {
      const fontSize = boundFontSize(state.fontSize + action.by);
      return fontSize === state.fontSize ? state : { ...state, fontSize };
    }
    case 'line-height': {
      const lineHeight = boundLineHeight(state.lineHeight + action.by * LINE_HEIGHT_STEP);
      return lineHeight === state.lineHeight ? state : { ...state, lineHeight };
    }
    case 'set-width': {
      const width = action.width === null ? null : Math.max(PANEL_WIDTH_MIN, Math.round(action.width));
      return width === state.panelWidth ? state : { ...state, panelWidth: width };
    }
    case 'toggle-word-mode':
      return { ...state, wordMode: !state.wordMode };
  }
}

export type PanelStore = ReducerStore<PanelState, PanelAction>;

export function createPanelStore(initial: PanelState): PanelStore {
  return createReducerStore(panelReducer, initial);
}
