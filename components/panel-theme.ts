/**
 * The panel's colours: one table of tokens per theme, and the rules that use them, written out with
 * literal values for every theme. No custom property: a page can register any name
 * (`@property --x { syntax: '<length>'; inherits: true; initial-value: 0px }` or
 * `CSS.registerProperty`), registrations reach into shadow roots, `all: initial` does not reset custom
 * properties, and a registered name turns every value the panel gives it invalid, so a `var()` in the
 * panel's CSS is a knob the page holds (e2e/hostile-style.scenarios.ts).
 *
 * 1. THEME_TOKENS: the seven colours of each theme (the only place they are written).
 * 2. COLOUR_RULES: every rule of the panel that paints a token, as a function of the tokens; the
 *    rest of the panel's CSS (components/panel.css) holds no theme colour.
 * 3. themeCss(): the rules for each theme under its `data-theme` on the panel; the automatic theme is
 *    light, or dark under `prefers-color-scheme: dark`. The theme selector is wrapped in `:where()` so
 *    each rule keeps the specificity it has in panel.css, and the theme rules come after panel.css.
 */
import type { Theme } from '../lib/settings';

export interface ThemeTokens {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  accent: string;
  /** The active pair's background and its left rule. */
  active: string;
  activeLine: string;
}

export const THEME_TOKENS: Record<Exclude<Theme, 'auto'>, ThemeTokens> = {
  light: { bg: '#fbfbf8', fg: '#1d1d1f', muted: '#6b6b70', line: '#e3e1da', accent: '#1d5fbf', active: '#fff3c4', activeLine: '#e0b400' },
  dark: { bg: '#18191b', fg: '#e8e6e1', muted: '#9a9aa0', line: '#2d2f33', accent: '#8ab4f8', active: '#3a3318', activeLine: '#c9a227' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f23', muted: '#6e5b45', line: '#dccdb0', accent: '#8a4b12', active: '#ead9ae', activeLine: '#a8741a' },
};

/** `selector`: as in panel.css, `.panel` for the panel itself, anything else for what is inside it. */
type ColourRule = [selector: string, declarations: (t: ThemeTokens) => string];

/** In panel.css's order, so rules of equal specificity override one another as they did there. */
export const COLOUR_RULES: readonly ColourRule[] = [
  ['.panel', (t) => `background: ${t.bg}; color: ${t.fg}; border-left-color: ${t.line};`],
  ['.resize-edge:hover, .resize-edge:focus-visible', (t) => `background: ${t.accent};`],
  ['.bar', (t) => `border-bottom-color: ${t.line};`],
  ['.brand-en', (t) => `color: ${t.muted};`],
  ['.source', (t) => `color: ${t.muted};`],
  ['.speech-problem', (t) => `border-bottom-color: ${t.line}; color: ${t.fg}; background: color-mix(in srgb, ${t.activeLine} 20%, ${t.bg});`],
  ['.btn', (t) => `border-color: ${t.line};`],
  ['.btn:hover', (t) => `border-color: ${t.accent};`],
  ['select.btn', (t) => `background: ${t.bg};`],
  ['.btn:focus-visible, .para:focus-visible', (t) => `outline-color: ${t.accent};`],
  ['.row-tools .btn', (t) => `background: ${t.bg};`],
  ['.more-menu', (t) => `background: ${t.bg}; border-color: ${t.line};`],
  ['.para[data-active]', (t) => `background: ${t.active}; border-left-color: ${t.activeLine};`],
  ['.kind-subheadline .para', (t) => `color: ${t.muted};`],
  ['.kind-byline .para', (t) => `color: ${t.muted};`],
  ['.kind-caption .para', (t) => `color: ${t.muted};`],
  ['.sentence[data-lit]', (t) => `background: ${t.activeLine}; background: color-mix(in srgb, ${t.activeLine} 35%, transparent);`],
  ['.sentence[data-speaking]', (t) => `background: color-mix(in srgb, ${t.accent} 18%, transparent); text-decoration-color: ${t.accent};`],
  ['.para[data-unpaired]', (t) => `border-left-color: ${t.line};`],
  ['.tag', (t) => `color: ${t.muted}; border-color: ${t.line};`],
  ['.notice-hint', (t) => `color: ${t.muted};`],
  ['.translation-bar', (t) => `border-bottom-color: ${t.line}; color: ${t.muted};`],
  ['.limits', (t) => `border-bottom-color: ${t.line}; color: ${t.muted};`],
  ['.translation-engine', (t) => `color: ${t.fg};`],
  ['.translation-placeholder', (t) => `color: ${t.muted};`],
  ['.translation-error-detail', (t) => `color: ${t.muted};`],
  ['.word:hover', (t) => `text-decoration-color: ${t.accent};`],
  ['.word[data-word-selected]', (t) => `background: color-mix(in srgb, ${t.accent} 22%, transparent); text-decoration-color: ${t.accent};`],
  ['.saved-word', (t) => `text-decoration-color: ${t.accent};`],
  ['.word-counterpart', (t) => `background: color-mix(in srgb, ${t.accent} 22%, transparent);`],
  ['.word-card', (t) => `background: ${t.bg}; border-color: ${t.line}; border-left-color: ${t.accent};`],
  ['.word-pos, .word-credit, .word-facts dt', (t) => `color: ${t.muted};`],
  ['.btn[aria-pressed="true"]', (t) => `border-color: ${t.accent}; background: color-mix(in srgb, ${t.accent} 15%, ${t.bg});`],
];

/** `selector` scoped to panels carrying one of `themes`, at the specificity it had unscoped. */
function scoped(selector: string, themes: string[]): string {
  const on = themes.map((theme) => `[data-theme='${theme}']`).join(', ');
  return selector
    .split(',')
    .map((part) => part.trim())
    .map((part) => (part.startsWith('.panel') ? `.panel:where(${on})${part.slice('.panel'.length)}` : `:where(${themes.map((theme) => `.panel[data-theme='${theme}']`).join(', ')}) ${part}`))
    .join(', ');
}

const rulesFor = (tokens: ThemeTokens, themes: string[]) => COLOUR_RULES.map(([selector, declarations]) => `${scoped(selector, themes)} { ${declarations(tokens)} }`).join('\n');

/** The theme rules, literal values only: appended to panel.css in the panel's shadow root (components/panel-style.ts). */
export function themeCss(): string {
  return [
    rulesFor(THEME_TOKENS.light, ['light', 'auto']),
    `@media (prefers-color-scheme: dark) {\n${rulesFor(THEME_TOKENS.dark, ['auto'])}\n}`,
    rulesFor(THEME_TOKENS.dark, ['dark']),
    rulesFor(THEME_TOKENS.sepia, ['sepia']),
  ].join('\n');
}
