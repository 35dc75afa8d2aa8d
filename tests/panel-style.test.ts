/**
 * The panel's stylesheet holds nothing a page can reach through a name it registers or declares
 * : no custom property, no var(), no family name a page @font-face could shadow, and
 * the theme colours written in one place (components/panel-theme.ts). The same checks run on the
 * shipped stylesheet in both browsers (e2e/hostile-style.scenarios.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLOUR_RULES, THEME_TOKENS, themeCss } from '../components/panel-theme';

const COMPONENTS = resolve(import.meta.dirname, '../components');
// components/panel-style.ts joins the two at import time; vitest does not load `?inline` CSS, so read it here.
const panelCss = readFileSync(resolve(COMPONENTS, 'panel.css'), 'utf8');
const sheet = `${panelCss}\n${themeCss()}`;
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const GENERIC_FAMILIES = new Set(['sans-serif', 'serif', 'monospace', 'system-ui']);

describe("the panel's stylesheet", () => {
  it('uses no custom property: no var(), no --name declaration, no @property', () => {
    const css = withoutComments(sheet);
    expect(css).not.toMatch(/var\(/);
    expect(css).not.toMatch(/(^|[\s{;(,])--[\w-]+/);
    expect(css).not.toMatch(/@property|registerProperty/);
  });

  it('sets no custom property in an inline style either', () => {
    const sources = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    expect(sources).toContain('ReaderPanel.tsx');
    for (const file of sources) {
      const code = readFileSync(resolve(COMPONENTS, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, file).not.toMatch(/['"`]--[\w-]+['"`]\s*:|setProperty\(\s*['"`]--|var\(--/);
    }
  });

  it('asks only for generic font families, unquoted', () => {
    const values = [...withoutComments(sheet).matchAll(/font-family\s*:\s*([^;}]+)/g)].map((m) => m[1].replace(/!important/, '').trim());
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) for (const family of value.split(',')) expect(GENERIC_FAMILIES.has(family.trim()), value).toBe(true);
    // `font:` shorthands only inherit.
    for (const m of withoutComments(sheet).matchAll(/(?:^|[\s{;])font\s*:\s*([^;}]+)/g)) expect(m[1].trim()).toBe('inherit');
  });

  it("writes each theme's colours once, in the token table, and every theme's rules from it", () => {
    const tokenValues = Object.values(THEME_TOKENS).flatMap((tokens) => Object.values(tokens));
    for (const value of tokenValues) expect(withoutComments(panelCss).toLowerCase(), value).not.toContain(value.toLowerCase());
    const generated = themeCss();
    for (const [theme, tokens] of Object.entries(THEME_TOKENS)) {
      const own = generated.split('\n').filter((line) => line.includes(`[data-theme='${theme}']`)).join('\n');
      for (const value of Object.values(tokens)) expect(own, `${theme} ${value}`).toContain(value);
    }
    // The automatic theme: light, and dark under the system's dark mode.
    const [outside, inside] = generated.split('@media (prefers-color-scheme: dark)');
    expect(outside.split('\n').filter((line) => line.includes(`[data-theme='auto']`))).toHaveLength(COLOUR_RULES.length);
    expect(outside).toContain(`.panel:where([data-theme='light'], [data-theme='auto']) { background: ${THEME_TOKENS.light.bg};`);
    expect(inside.slice(0, inside.indexOf('\n}'))).toContain(`.panel:where([data-theme='auto']) { background: ${THEME_TOKENS.dark.bg};`);
  });

  it("scopes theme rules with :where(), so each keeps panel.css's specificity", () => {
    expect(themeCss()).toContain(`:where(.panel[data-theme='sepia']) .para[data-active] { background: ${THEME_TOKENS.sepia.active}; border-left-color: ${THEME_TOKENS.sepia.activeLine}; }`);
    expect(themeCss()).toContain(`:where(.panel[data-theme='dark']) .btn:focus-visible, :where(.panel[data-theme='dark']) .para:focus-visible { outline-color: ${THEME_TOKENS.dark.accent}; }`);
    // Every class a colour rule names is one panel.css styles.
    for (const [selector] of COLOUR_RULES) for (const [, name] of selector.matchAll(/\.([\w-]+)/g)) expect(panelCss, selector).toContain(`.${name}`);
  });
});
