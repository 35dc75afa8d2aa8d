/**
 * Style attacks on the panel, the same scenarios in Chromium and Firefox: a page that
 * registers the panel's old custom-property names (`@property` in its CSS, `CSS.registerProperty`
 * at run time) or sets them on html/body; a page that paints text through the host's `::before` /
 * `::after` (and styles its `::marker`, `::first-line`, `::first-letter`); a page whose `@font-face`
 * rules carry the names of every font the panel could ask for, generic names quoted and unquoted.
 * The panel must look as it does on a quiet page, paint no page-chosen text, and never load a page font.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { FIXTURES, startPageServer, type PageServer } from '../testing/server';
import { choose } from './reader-ux.scenarios';

/** Every custom-property name the panel's CSS has used: tokens, text size, line height, the line-spacing icon's gap. */
const OLD_NAMES = ['--hy-bg', '--hy-fg', '--hy-muted', '--hy-line', '--hy-accent', '--hy-active', '--hy-active-line', '--hy-font', '--hy-size', '--hy-leading', '--gap'];
/** The panel's colours per theme (components/panel-theme.ts), written out here as the reader sees them. */
const THEME_LOOKS = {
  light: { background: 'rgb(251, 251, 248)', color: 'rgb(29, 29, 31)', line: 'rgb(227, 225, 218)', muted: 'rgb(107, 107, 112)' },
  dark: { background: 'rgb(24, 25, 27)', color: 'rgb(232, 230, 225)', line: 'rgb(45, 47, 51)', muted: 'rgb(154, 154, 160)' },
  sepia: { background: 'rgb(244, 236, 216)', color: 'rgb(59, 47, 35)', line: 'rgb(220, 205, 176)', muted: 'rgb(110, 91, 69)' },
};
/**
 * Font families a page `@font-face` cannot take over: generic keywords, unquoted (a quoted
 * 'sans-serif' is an ordinary family name). The names that resolve to installed fonts on this
 * machine's Chromium and Firefox are in FONT_NAMES below, and the font test shows none is reachable.
 */
const GENERIC_FAMILIES = new Set(['sans-serif', 'serif', 'monospace', 'system-ui']);
/**
 * Names a page can give its @font-face: the panel's old list, what generics resolve to on
 * Linux/Windows/macOS, and the generic keywords quoted and unquoted (an unquoted one is an invalid
 * descriptor, which the browser drops). Each gets its own URL, so a fetch says which name matched.
 */
const FONT_NAMES = [
  `'Pretendard'`, `'Apple SD Gothic Neo'`, `'Noto Sans KR'`, `'Noto Sans CJK KR'`, `'Malgun Gothic'`, `'Nanum Gothic'`, `-apple-system`, `'Segoe UI'`, `Roboto`,
  `'DejaVu Sans'`, `'Liberation Sans'`, `'Noto Sans'`, `Arial`, `Helvetica`, `'Cantarell'`, `BlinkMacSystemFont`,
  `'sans-serif'`, `"system-ui"`, `'serif'`, `'monospace'`, `sans-serif`, `system-ui`, `serif`, `ui-sans-serif`, `'ui-sans-serif'`,
];

const SEED = 'breaknews-seed';
/** The seed fixture (EUC-KR) as UTF-8 with `head` added: a Korean article with its own English. */
function seedWith(head: string): string {
  const source = new TextDecoder('euc-kr').decode(readFileSync(resolve(FIXTURES, SEED, 'source.html')));
  return source.replace('</head>', `${head}</head>`);
}

const propertyRules = (names: string[]) => names.map((name) => `@property ${name} { syntax: '<length>'; inherits: true; initial-value: 0px; }`).join('\n');
const registerScript = (names: string[]) =>
  `for (const name of ${JSON.stringify(names)}) { try { CSS.registerProperty({ name, syntax: '<length>', inherits: true, initialValue: '0px' }); } catch (e) { window.__registerErrors = (window.__registerErrors || 0) + 1; } }`;
/** The old names set on html and body, inherited by the host unless the panel sets them itself. */
const inheritedValues = `html, body { ${OLD_NAMES.map((name) => `${name}: 0px`).join('; ')}; }`;

/** Page-chosen text and type through every pseudo-element a page can give the host. */
const PSEUDO_TEXT = 'PAGE-CHOSEN-TEXT';
const pseudoCss = `
  hanyeong-reader::before, hanyeong-reader::after, [data-hanyeong-reader]::before, [data-hanyeong-reader]::after,
  body > *::before, body > *::after, :root *::before {
    content: '${PSEUDO_TEXT}' !important; display: block !important; position: fixed !important; inset: 0 !important;
    z-index: 2147483647 !important; font-size: 90px !important; color: red !important; background: black !important;
  }
  hanyeong-reader, [data-hanyeong-reader] { display: list-item !important; list-style: inside disc !important; }
  hanyeong-reader::marker, [data-hanyeong-reader]::marker, *::marker { content: '${PSEUDO_TEXT}' !important; font-size: 90px !important; }
  hanyeong-reader::first-line, [data-hanyeong-reader]::first-line, *::first-line { font-size: 90px !important; color: red !important; text-transform: uppercase !important; }
  hanyeong-reader::first-letter, [data-hanyeong-reader]::first-letter, *::first-letter { font-size: 120px !important; color: red !important; }
  hanyeong-reader::selection, [data-hanyeong-reader]::selection, *::selection { color: rgb(1, 2, 3) !important; background: rgb(4, 5, 6) !important; text-shadow: 0 0 4px red !important; }`;

/**
 * A real font for every page @font-face (DejaVu Sans Bold, Debian's fonts-dejavu-core), so a face the
 * panel matched would render (the Chromium CDP check sees it); without the file the faces fail to
 * load, and the fetch still shows.
 */
const PAGE_FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const fontFaces = () => FONT_NAMES.map((name, i) => `@font-face { font-family: ${name}; src: url('/page-font/${i}.ttf') format('truetype'); }`).join('\n');

/** The @font-face attack page and its fonts on `server`; returns the page's address. */
export function routeFontAttack(server: PageServer, path: string): string {
  const font = existsSync(PAGE_FONT_FILE) ? readFileSync(PAGE_FONT_FILE) : Buffer.alloc(0);
  FONT_NAMES.forEach((_, i) => server.route(`/page-font/${i}.ttf`, font, 'font/ttf'));
  return server.route(path, seedWith(`<style>${fontFaces()}</style>`));
}
/** Page font files asked of `server`, as the names their @font-face gave them. */
export const pageFontRequests = (server: PageServer) => server.requests.filter((path) => path.startsWith('/page-font/')).map((path) => FONT_NAMES[Number(/\d+/.exec(path)![0])]);

const nextFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export function hostileStyleScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`style attacks in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    /** How the panel looks on a quiet page (the seed as published), read once. */
    let quiet: Awaited<ReturnType<typeof look>>;

    const look = () =>
      driver.inPanel((root) => {
        const panel = getComputedStyle(root!.querySelector('.panel')!);
        const ko = getComputedStyle(root!.querySelector('[data-kind="body"][lang="ko"]')!);
        const en = getComputedStyle(root!.querySelector('[data-kind="body"][lang="en"]')!);
        const lines = root!.querySelector('.lines')!.getBoundingClientRect();
        return {
          theme: root!.querySelector('.panel')!.getAttribute('data-theme'),
          background: panel.backgroundColor,
          color: panel.color,
          line: panel.borderLeftColor,
          muted: getComputedStyle(root!.querySelector('.brand-en')!).color,
          ko: { fontFamily: ko.fontFamily, fontSize: ko.fontSize, lineHeight: ko.lineHeight, color: ko.color },
          en: { fontFamily: en.fontFamily, fontSize: en.fontSize, lineHeight: en.lineHeight },
          barFont: getComputedStyle(root!.querySelector('.bar')!).fontFamily,
          linesIcon: { width: lines.width, height: lines.height },
        };
      });
    const open = async () => {
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      await waitFor(() => driver.inPanel((root) => root?.querySelector('[data-kind="body"][lang="en"]') != null), 'the panel rows', 30_000);
    };
    const close = async () => {
      expect(await driver.send({ type: 'reader:close' })).toEqual({ open: false });
    };
    const openOn = async (path: string, html: string) => {
      await driver.goto(server.route(path, html));
      await open();
    };
    /** The panel in each explicit theme: its colours and type. */
    const themedLooks = async () => {
      const looks: Record<string, Awaited<ReturnType<typeof look>>> = {};
      for (const theme of ['light', 'dark', 'sepia'] as const) {
        await driver.inPanel(choose('theme', theme));
        looks[theme] = await waitFor(() => look().then((l) => (l.theme === theme ? l : null)), `the ${theme} theme`);
      }
      await driver.inPanel(choose('theme', 'auto'));
      return looks;
    };
    const expectThemes = (looks: Record<string, Awaited<ReturnType<typeof look>>>) => {
      for (const [theme, colours] of Object.entries(THEME_LOOKS)) {
        const { background, color, line, muted } = looks[theme];
        expect({ background, color, line, muted }, theme).toEqual(colours);
        const { ko, en, barFont, linesIcon } = looks[theme];
        expect(ko.color, theme).toBe(colours.color);
        expect({ ko: { ...ko, color: null }, en, barFont, linesIcon }, theme).toEqual({ ko: { ...quiet.ko, color: null }, en: quiet.en, barFont: quiet.barFont, linesIcon: quiet.linesIcon });
      }
    };

    beforeAll(async () => {
      server = await startPageServer();
      driver = await makeDriver();
      await openOn('/news/quiet/20250603001', seedWith(''));
      quiet = await look();
      await close();
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('looks as on a quiet page in every theme', async () => {
      expect(quiet.theme).toBe('auto');
      expect({ background: quiet.background, color: quiet.color, line: quiet.line, muted: quiet.muted }).toEqual(THEME_LOOKS.light);
      expect(quiet.ko.fontSize).toBe('17px');
      expect(parseFloat(quiet.ko.lineHeight)).toBeCloseTo(17 * 1.7, 0);
      expect(quiet.linesIcon.height).toBeGreaterThan(4);
    });

    it("keeps its colours, type and icons when the page registers the panel's property names with @property", async () => {
      await openOn('/news/at-property/20250603002', seedWith(`<style>${propertyRules(OLD_NAMES)}\n${inheritedValues}</style>`));
      const attacked = await look();
      expect(attacked).toEqual(quiet);
      // Whatever name the page registers: the panel's shipped CSS and inline styles use none.
      const uses = await driver.inPanel((root) => {
        // Firefox keeps a content script's sheet's rules from the page (a cross-origin sheet): its text then.
        const textOf = (sheet: CSSStyleSheet) => {
          try {
            return Array.from(sheet.cssRules).map((rule) => rule.cssText);
          } catch {
            return (sheet.ownerNode?.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '').split('}');
          }
        };
        const rules = [...Array.from(root!.styleSheets), ...root!.adoptedStyleSheets].flatMap(textOf);
        const inline = Array.from(root!.querySelectorAll('[style]')).map((el) => el.getAttribute('style') ?? '');
        return { rules: rules.length, custom: [...rules, ...inline].filter((text) => /var\(|--[\w-]+\s*:/.test(text)) };
      });
      expect(uses.rules).toBeGreaterThan(50);
      expect(uses.custom).toEqual([]);
      expectThemes(await themedLooks());
      await close();
    });

    it('keeps its look when the page calls CSS.registerProperty after the panel opened', async () => {
      await openOn('/news/register-property/20250603003', seedWith(''));
      const before = await look();
      expect(before).toEqual(quiet);
      await driver.addScript(registerScript(OLD_NAMES));
      await driver.inPage(() => {
        for (const el of [document.documentElement, document.body]) for (const name of ['--hy-bg', '--hy-fg', '--hy-size', '--hy-leading', '--gap']) el.style.setProperty(name, '0px');
      });
      expect(await driver.inPage(() => (window as Window & { __registerErrors?: number }).__registerErrors ?? 0)).toBe(0);
      await driver.inPage(nextFrames);
      expect(await look()).toEqual(quiet);
      expectThemes(await themedLooks());
      await close();
    });

    it("paints no page-chosen text or colour through the host's ::before, ::after, ::marker, ::first-line, ::first-letter or ::selection", async () => {
      await openOn('/news/pseudo/20250603004', seedWith(`<style>${pseudoCss}</style>`));
      // The page's rules do apply to its own elements (the attack is live).
      expect(await driver.inPage(() => getComputedStyle(document.body.firstElementChild!, '::before').content)).toContain('PAGE-CHOSEN-TEXT');
      const shown = await driver.inPanel((root) => {
        const host = root!.host;
        const pseudo = (which: string) => {
          const s = getComputedStyle(host, which);
          return s.content === 'none' || s.display === 'none' ? 'none' : `${s.display} ${s.content}`;
        };
        const firstChar = (el: Element) => {
          const range = document.createRange();
          const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
          range.setStart(text, 0);
          range.setEnd(text, 1);
          return Math.round(range.getBoundingClientRect().height);
        };
        const brand = root!.querySelector('.brand')!;
        return {
          before: pseudo('::before'),
          after: pseudo('::after'),
          hostDisplay: getComputedStyle(host).display,
          brandHeight: Math.round(brand.getBoundingClientRect().height) < 40,
          brandFirstChar: firstChar(brand) < 40,
          brandColor: getComputedStyle(brand).color,
          brandTransform: getComputedStyle(brand).textTransform,
          paraFirstChar: firstChar(root!.querySelector('[data-kind="body"]')!) < 40,
          // Selected panel text keeps the browser's own selection colours (Chromium inherited the host's).
          selection: ((s) => [s.color, s.backgroundColor, s.textShadow].join(' '))(getComputedStyle(root!.querySelector('[data-kind="body"] .sentence') ?? root!.querySelector('[data-kind="body"]')!, '::selection')),
        };
      });
      expect(shown.selection).not.toMatch(/rgb\(1, 2, 3\)|rgb\(4, 5, 6\)|red|rgb\(255, 0, 0\)/);
      expect({ ...shown, selection: null }).toEqual({ before: 'none', after: 'none', hostDisplay: 'block', brandHeight: true, brandFirstChar: true, brandColor: THEME_LOOKS.light.color, brandTransform: 'none', paraFirstChar: true, selection: null });
      expect(await look()).toEqual(quiet);
      await close();
    });

    it("loads no page @font-face, whatever it is named, and asks only for generic families", async () => {
      await driver.goto(routeFontAttack(server, '/news/fonts/20250603005'));
      await new Promise((r) => setTimeout(r, 400));
      const pageFonts = () => pageFontRequests(server);
      const loaded = () => driver.inPage(() => Array.from(document.fonts).filter((face) => face.status !== 'unloaded').map((face) => face.family));
      // The page's own text loads none of them (so anything loaded from here on is the panel's doing).
      expect(pageFonts()).toEqual([]);
      expect(await loaded()).toEqual([]);
      expect(await driver.inPage(() => document.fonts.size)).toBeGreaterThan(10);

      await open();
      expect((await driver.send({ type: 'reader:switch-language' })).primary).toBe('en');
      await themedLooks();
      await new Promise((r) => setTimeout(r, 400));
      expect(pageFonts()).toEqual([]);
      expect(await loaded()).toEqual([]);

      // Every element that shows text (a text node of its own, or a form control's label).
      const families = await driver.inPanel((root) => {
        const showsText = (el: Element) => !el.matches('style, script, head, title') && (el.matches('button, select, option, input') || Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''));
        const shown = Array.from(root!.querySelectorAll('*')).filter(showsText);
        return { count: shown.length, families: [...new Set(shown.map((el) => getComputedStyle(el).fontFamily))] };
      });
      expect(families.count).toBeGreaterThan(20);
      for (const list of families.families) for (const family of list.split(',')) expect(GENERIC_FAMILIES.has(family.trim()), `${family} in ${list}`).toBe(true);
      await close();
    });
  });
}
