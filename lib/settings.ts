/**
 * The user's settings: one versioned schema, its defaults, and validation of anything read back
 * from storage (a value written by an older version, or edited by hand, must not break the reader).
 * Pure: the storage item that holds it lives in utils/settings.ts (WXT storage, extension glue).
 */
import type { EngineConfig } from './translate/engine';
// The light list of ids, not the registry: the every-page detector imports this file (engine-ids.ts says why).
import { ENGINE_IDS, isEngineId, type EngineId } from './translate/engine-ids';
import type { Language } from './types';

/**
 * v1 → v2: the engine choice gained 'auto' (on-device: Chrome's Translator where there is one,
 * otherwise Mozilla's Bergamot model), the new default.
 */
export const SETTINGS_VERSION = 2;

/**
 * The translation engine the user chose: an engine id, 'auto' for on-device translation picked by
 * what this browser has (the panel resolves it), or null for none (the page's own English only).
 */
export type EngineChoice = EngineId | 'auto' | null;
const ENGINE_CHOICE_AUTO = 'auto';

/** Bounds the schema enforces; the panel's controls and the options page use the same ones. */
export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 28;
/** Line height (a multiple of the text size) and the step the panel's control moves it by. */
export const LINE_HEIGHT_MIN = 1.2;
export const LINE_HEIGHT_MAX = 2.4;
export const LINE_HEIGHT_STEP = 0.1;
export const PANEL_WIDTH_MIN = 360;
const PANEL_WIDTH_MAX = 4000;

export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export type PanelLayout = 'auto' | 'side-by-side' | 'interleaved' | 'single';

export interface Settings {
  /** Engine used when the page carries no translation (see EngineChoice). */
  engine: EngineChoice;
  /** Per-engine credentials and endpoints; a key goes only to its own engine. */
  engines: Partial<Record<EngineId, EngineConfig>>;
  layout: PanelLayout;
  primary: Language;
  theme: Theme;
  /** Panel body text size in px. */
  fontSize: number;
  lineHeight: number;
  /** Panel width in px (dragged by the user), null for the default. */
  panelWidth: number | null;
  /** Open the reader by itself on detected articles. */
  autoOpen: boolean;
  /** Hostnames where the reader never runs (exact host or a parent domain). */
  neverRunOn: string[];
  /** Underline the words the reader saved wherever they appear in a later article. */
  underlineSavedWords: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  engine: 'auto',
  engines: {},
  layout: 'auto',
  primary: 'ko',
  theme: 'auto',
  fontSize: 17,
  lineHeight: 1.7,
  panelWidth: null,
  autoOpen: false,
  neverRunOn: [],
  underlineSavedWords: true,
};

const ENGINE_CHOICES: readonly EngineChoice[] = ['auto', ...ENGINE_IDS];
const THEMES: Theme[] = ['auto', 'light', 'dark', 'sepia'];
const LAYOUTS: PanelLayout[] = ['auto', 'side-by-side', 'interleaved', 'single'];

const clamp = (n: unknown, lo: number, hi: number, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
/** A text size the schema holds: whole px within the bounds (the panel's A−/A+, the options page, stored values). */
export const boundFontSize = (px: number): number => Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(px)));
/** A line height the schema holds: within the bounds, to one decimal (1.7 + 0.1 is 1.8, not 1.8000000000000003). */
export const boundLineHeight = (n: number): number => Math.round(Math.min(LINE_HEIGHT_MAX, Math.max(LINE_HEIGHT_MIN, n)) * 10) / 10;
const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** A host as the user typed it ("www.chosun.com", "https://news.naver.com/x") → "chosun.com"-style host, or null. */
export function normaliseHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** True when `hostname` is on the never-run list (the host itself or any subdomain of a listed one). */
export function isBlockedHost(hostname: string, neverRunOn: string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return neverRunOn.some((blocked) => host === blocked || host.endsWith(`.${blocked}`));
}

/** Any stored value → valid Settings; unknown fields dropped, bad ones replaced by defaults. */
export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const engines: Settings['engines'] = {};
  if (typeof v.engines === 'object' && v.engines !== null) {
    for (const [id, config] of Object.entries(v.engines as Record<string, unknown>)) {
      if (isEngineId(id) && typeof config === 'object' && config !== null && (config as { engine?: unknown }).engine === id) {
        engines[id] = config as EngineConfig;
      }
    }
  }
  return {
    engine: v.engine === null ? null : oneOf(v.engine, ENGINE_CHOICES, DEFAULT_SETTINGS.engine),
    engines,
    layout: oneOf(v.layout, LAYOUTS, DEFAULT_SETTINGS.layout),
    primary: oneOf(v.primary, ['ko', 'en'] as const, DEFAULT_SETTINGS.primary),
    theme: oneOf(v.theme, THEMES, DEFAULT_SETTINGS.theme),
    fontSize: boundFontSize(clamp(v.fontSize, FONT_SIZE_MIN, FONT_SIZE_MAX, DEFAULT_SETTINGS.fontSize)),
    lineHeight: boundLineHeight(clamp(v.lineHeight, LINE_HEIGHT_MIN, LINE_HEIGHT_MAX, DEFAULT_SETTINGS.lineHeight)),
    panelWidth: v.panelWidth === null || v.panelWidth === undefined ? null : clamp(v.panelWidth, PANEL_WIDTH_MIN, PANEL_WIDTH_MAX, 1180),
    ...parsePageSettings(v),
    underlineSavedWords: typeof v.underlineSavedWords === 'boolean' ? v.underlineSavedWords : DEFAULT_SETTINGS.underlineSavedWords,
  };
}

/**
 * The two settings the every-page detector needs, read by the same rules as parseSettings (which
 * uses this): the detector imports only this, so the rest of the schema stays out of every page.
 */
export function parsePageSettings(value: unknown): Pick<Settings, 'autoOpen' | 'neverRunOn'> {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    autoOpen: typeof v.autoOpen === 'boolean' ? v.autoOpen : DEFAULT_SETTINGS.autoOpen,
    neverRunOn: Array.isArray(v.neverRunOn) ? [...new Set(v.neverRunOn.filter((h): h is string => typeof h === 'string').map(normaliseHost).filter((h): h is string => h !== null))] : [],
  };
}

/**
 * WXT storage migrations of the stored settings (utils/settings.ts), by the version they produce.
 * Each takes what the previous version stored, unvalidated (parseSettings runs on every read).
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  // 'chrome-builtin' was v1's default, whether the user picked it or not, and never worked in Firefox:
  // it becomes 'auto', which uses Chrome's Translator where there is one and Bergamot elsewhere.
  2: (stored) => {
    if (typeof stored !== 'object' || stored === null) return stored;
    const v1 = stored as Record<string, unknown>;
    return v1.engine === 'chrome-builtin' ? { ...v1, engine: ENGINE_CHOICE_AUTO } : v1;
  },
};
