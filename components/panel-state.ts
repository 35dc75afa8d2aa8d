/**
 * The state of one mounted reader panel and the actions on it: a reducer, so every action is a
 * plain function tested without rendering (tests/panel-state.test.ts), and a tiny store so the
 * content script (shortcuts, toolbar button) and the view dispatch to the same place.
 */
import { boundFontSize, boundLineHeight, DEFAULT_SETTINGS, FONT_SIZE_MAX, FONT_SIZE_MIN, LINE_HEIGHT_MAX, LINE_HEIGHT_MIN, LINE_HEIGHT_STEP, PANEL_WIDTH_MIN, type PanelLayout, type Theme } from '../lib/settings';
import { splitSentences } from '../lib/sentences';
import { createReducerStore, type ReducerStore } from './reducer-store';
import type { Language } from '../lib/types';

/**
 * Pairs side by side, a pair stacked (leading language, then the other), or one language alone;
 * 'auto' stacks them when the panel is narrower than INTERLEAVE_BELOW px (issue 8's "about 700 px").
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
}

export type PanelAction =
  | { type: 'switch-language' }
  | { type: 'set-layout'; layout: Layout }
  | { type: 'activate'; row: number | null }
  | { type: 'step'; by: 1 | -1 }
  | { type: 'set-theme'; theme: Theme }
  | { type: 'text-size'; by: 1 | -1 }
  | { type: 'line-height'; by: 1 | -1 }
  | { type: 'set-width'; width: number | null };

export function initialPanelState(rowCount: number, primary: Language = 'ko', appearance: Partial<Appearance> = {}): PanelState {
  return { ...DEFAULT_APPEARANCE, ...appearance, primary, active: null, rowCount };
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
  }
}

/** One utterance of read-aloud: a sentence of one paragraph of a row, with its place in that paragraph. */
export interface SpokenPiece {
  row: number;
  /** Index of the paragraph within the row's side. */
  para: number;
  /** Offsets of the sentence in the paragraph's text (lib/sentences.ts). */
  start: number;
  end: number;
  text: string;
}

/**
 * What read-aloud speaks, in order: the active pair alone ('pair'), or the article from it on
 * ('from-here'), a sentence per utterance. Sentence by sentence, the panel can highlight the one being
 * read, and no utterance is long enough to meet Chrome's cut-off of long utterances (its network
 * voices stop after about 15 s of speech). Rows with no text in `lang` (an unpaired caption) are
 * skipped, not read as silence.
 */
export function readingQueue(rows: { ko: { text: string }[]; en: { text: string }[] }[], from: number, lang: Language, scope: 'pair' | 'from-here'): SpokenPiece[] {
  const last = scope === 'pair' ? from : rows.length - 1;
  const queue: SpokenPiece[] = [];
  for (let row = Math.max(0, from); row <= last && row < rows.length; row++) {
    rows[row][lang].forEach(({ text }, para) => {
      for (const sentence of splitSentences(text)) queue.push({ row, para, start: sentence.start, end: sentence.end, text: sentence.text });
    });
  }
  return queue;
}

/** What the panel needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

/**
 * The voice to read `lang` (a BCP 47 tag, "ko-KR") with: the exact tag, else the same language
 * ("ko", "ko_KR" from espeak), on-device voices before network ones (Chrome's network voices send
 * the text to Google). null when the system's voices are known and none speaks the language;
 * undefined while the list is empty (Chrome fills it after a `voiceschanged` event, or never).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null | undefined {
  if (voices.length === 0) return undefined;
  const tag = (v: V) => v.lang.replace('_', '-').toLowerCase();
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const rank = (v: V) => (tag(v) === wanted ? 0 : 2) + (v.localService === false ? 1 : 0);
  const speaking = voices.filter((v) => tag(v) === wanted || tag(v).split('-')[0] === primary);
  return speaking.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export type PanelStore = ReducerStore<PanelState, PanelAction>;

export function createPanelStore(initial: PanelState): PanelStore {
  return createReducerStore(panelReducer, initial);
}
