/**
 * The reader on a phone, measured in the real browsers: the compact bar (one row of
 * 44 px controls, ≤ 12 % of the screen's height, the headline right under it, sliding away on the
 * way down the rows and back on the way up), every visible control at least 44 × 44 px on the screen,
 * the panel spanning the screen with ≥ 12 px on each side of the text, body text ≥ 16 px on the
 * screen (CSS px × the panel's own scale × the visual viewport's), no sideways scroll, the "More"
 * menu, a tap (a click in Firefox) lighting the counterpart, and the page's scroll put back on close.
 *
 * Chromium emulates a phone (testing/chromium.ts PHONE: 390 × 844, device scale 2, mobile, touch) and
 * opens the seed article twice: served with a device-width viewport, and as it is (no viewport meta:
 * laid out 980 px wide, zoomed out to 0.4). Firefox gets a 390 px window: BiDi has no touch
 * emulation and desktop Firefox ignores page viewports. Firefox for Android itself cannot run here.
 *
 * `desktopBarScenarios`: the desktop toolbar is one row at 1280 and 760 px windows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { browserSession } from './session';
import { FIXTURES, type PageServer } from '../testing/server';
import { choose } from './reader-ux.scenarios';

const SEED = 'breaknews-seed';
/** The screen's size in the phone tests (CSS px). */
export const SCREEN = { width: 390, height: 844 };

/** The seed article (EUC-KR bytes) with a device-width viewport meta: ASCII, so the bytes stay valid. */
function seedWithViewport(): Buffer {
  const page = readFileSync(resolve(FIXTURES, SEED, 'source.html'));
  const at = page.indexOf('<head>') + '<head>'.length;
  return Buffer.concat([page.subarray(0, at), Buffer.from('\n<meta name="viewport" content="width=device-width, initial-scale=1">'), page.subarray(at)]);
}

/** The seed article as published: no viewport meta. */
const seedAsPublished = () => readFileSync(resolve(FIXTURES, SEED, 'source.html'));

export interface PhoneMeasure {
  scale: number;
  /** The panel's own scale: its drawn width over its CSS width (1 unless the viewport fit applies). */
  panelScale: number;
  tier: string | null;
  /** On the screen, px: */
  panelLeft: number;
  panelRight: number;
  screenWidth: number;
  screenHeight: number;
  barHeight: number;
  /** Distinct rows of controls in the bar (by their vertical centres). */
  barRows: number;
  smallest: { action: string; width: number; height: number } | null;
  /** The text's room on the left and right of the screen (the paragraphs' boxes). */
  sidePadding: number;
  bodyFontPx: number;
  /** The first row under the bar is the headline, and how far under it (px on the screen). */
  firstKind: string | null;
  firstGap: number;
  sidewaysScroll: string[];
}

/** Everything the "Done when" measures, from inside the page (the panel's shadow root). */
export function measure(root: ShadowRoot | null): PhoneMeasure | null {
  const panel = root?.querySelector<HTMLElement>('.panel');
  const bar = root?.querySelector<HTMLElement>('.bar');
  if (!root || !panel || !bar) return null;
  const vv = window.visualViewport!;
  const scale = vv.scale;
  const box = panel.getBoundingClientRect();
  const panelScale = box.width / panel.offsetWidth;
  const screenX = (x: number) => (x - vv.offsetLeft) * scale;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden]');
  };
  const controls = Array.from(root.querySelectorAll<HTMLElement>('[data-action]')).filter(visible);
  let smallest: PhoneMeasure['smallest'] = null;
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    const size = { action: el.getAttribute('data-action')!, width: Math.round(r.width * scale * 10) / 10, height: Math.round(r.height * scale * 10) / 10 };
    if (!smallest || Math.min(size.width, size.height) < Math.min(smallest.width, smallest.height)) smallest = size;
  }
  const centres = controls.filter((el) => bar.contains(el)).map((el) => {
    const r = el.getBoundingClientRect();
    return (r.top + r.height / 2) * scale;
  });
  const barRows = centres.sort((a, b) => a - b).filter((c, i, all) => i === 0 || c - all[i - 1] > 8).length;
  const paras = Array.from(root.querySelectorAll('.rows .para')).filter(visible).slice(0, 40);
  const sidePadding = Math.min(...paras.map((p) => Math.min(screenX(p.getBoundingClientRect().left) - screenX(box.left), screenX(box.right) - screenX(p.getBoundingClientRect().right))));
  const body = root.querySelector('[data-kind="body"]');
  const first = root.querySelector('.rows [data-pair]');
  const barBox = bar.getBoundingClientRect();
  const sideways = [panel, root.querySelector('.rows'), bar, root.querySelector('.tools')]
    .filter((el): el is Element => el !== null)
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
  return {
    scale,
    panelScale: Math.round(panelScale * 1000) / 1000,
    tier: panel.getAttribute('data-bar'),
    panelLeft: Math.round(screenX(box.left) * 10) / 10,
    panelRight: Math.round(screenX(box.right) * 10) / 10,
    screenWidth: Math.round(vv.width * scale),
    screenHeight: Math.round(vv.height * scale),
    barHeight: Math.round(barBox.height * scale * 10) / 10,
    barRows,
    smallest,
    sidePadding: Math.round(sidePadding * 10) / 10,
    bodyFontPx: body ? Math.round(parseFloat(getComputedStyle(body).fontSize) * panelScale * scale * 10) / 10 : 0,
    firstKind: first?.getAttribute('data-kind') ?? null,
    firstGap: first ? Math.round((first.getBoundingClientRect().top - barBox.bottom) * scale * 10) / 10 : -1,
    sidewaysScroll: sideways,
  };
}

const active = (driver: ReaderDriver) => driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-active]')).map((el) => `${el.getAttribute('data-pair')}:${el.getAttribute('lang')}`).sort());

async function openSeed(driver: ReaderDriver, url: string): Promise<void> {
  await driver.goto(url);
  expect(await driver.send({ type: 'reader:open' })).toMatchObject({ open: true });
  await waitFor(() => driver.inPanel((root) => (root?.querySelector('[data-kind="body"]') && root.querySelector('.panel')?.getAttribute('data-bar') ? true : null)), 'the panel rows');
  // Layout settles after the first paint (the panel's width decides the bar).
  await new Promise((r) => setTimeout(r, 300));
}

export interface PhoneOptions {
  /** Taps and swipes are touches (Chromium's emulation); else clicks. */
  touch: boolean;
  /** The pages to open: with a device-width viewport, and (a phone only) without one. */
  pages: ('device-width' | 'no-viewport')[];
}

export function phoneScenarios(name: string, makeDriver: () => Promise<ReaderDriver>, options: PhoneOptions): void {
  for (const kind of options.pages) {
    describe(`the reader on a 390 × 844 phone in ${name}, the seed article ${kind === 'device-width' ? 'with a device-width viewport' : 'with no viewport meta (980 px desktop layout)'}`, () => {
      let driver: ReaderDriver;
      let server: PageServer;
      let url: string;
      browserSession(makeDriver, (d, s) => {
        driver = d;
        server = s;
        url = server.route(`/phone/${kind}.html`, kind === 'device-width' ? seedWithViewport() : seedAsPublished(), 'text/html');
      });

      it('opens full width with a one-row compact bar over the headline, big enough text and targets, nothing sideways', async () => {
        await driver.resize(SCREEN.width, SCREEN.height);
        await openSeed(driver, url);
        const m = (await driver.inPanel(measure))!;
        console.info(`${name} ${kind}: ${JSON.stringify(m)}`);
        if (kind === 'no-viewport') expect(m.scale, 'the page is shown zoomed out').toBeLessThan(0.6);
        expect(m.tier).toBe('compact');
        // A phone's scroll bars overlay the page; a desktop window's takes its width off the viewport.
        if (options.touch) expect(m.screenWidth).toBe(SCREEN.width);
        else expect(m.screenWidth).toBeGreaterThanOrEqual(SCREEN.width - 20);
        expect(m.panelLeft).toBeLessThanOrEqual(0.5);
        expect(m.panelRight).toBeGreaterThanOrEqual(m.screenWidth - 0.5);
        expect(m.barRows).toBe(1);
        expect(m.barHeight).toBeLessThanOrEqual(0.12 * SCREEN.height);
        expect(m.smallest!.width, JSON.stringify(m.smallest)).toBeGreaterThanOrEqual(44);
        expect(m.smallest!.height, JSON.stringify(m.smallest)).toBeGreaterThanOrEqual(44);
        expect(m.sidePadding).toBeGreaterThanOrEqual(12);
        expect(m.bodyFontPx).toBeGreaterThanOrEqual(16);
        expect(m.firstKind).toBe('headline');
        expect(m.firstGap).toBeLessThanOrEqual(24);
        expect(m.sidewaysScroll).toEqual([]);
        // The bar's controls: close, the language switch, the layout and "More".
        expect(await driver.inPanel((root) => Array.from(root!.querySelectorAll('.bar [data-action]')).filter((el) => !el.closest('[hidden]')).map((el) => el.getAttribute('data-action')))).toEqual(['switch-language', 'layout', 'more', 'close']);
      });

      it('opens the "More" menu with the rest, every one of them 44 × 44 px, Escape closing the menu only', async () => {
        const expanded = () => driver.inPanel((root) => root!.querySelector('[data-action="more"]')!.getAttribute('aria-expanded'));
        expect(await expanded()).toBe('false');
        await (options.touch ? driver.tap!('[data-action="more"]') : driver.click('[data-action="more"]'));
        await waitFor(() => expanded().then((e) => e === 'true'), 'the menu open');
        const inMenu = await driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-more-menu] [data-action]')).map((el) => el.getAttribute('data-action')));
        for (const action of ['theme', 'text-smaller', 'text-larger', 'line-tighter', 'line-looser', 'export-markdown', 'export-text', 'report-page']) expect(inMenu).toContain(action);
        const m = (await driver.inPanel(measure))!;
        expect(m.smallest!.width, JSON.stringify(m.smallest)).toBeGreaterThanOrEqual(44);
        expect(m.smallest!.height, JSON.stringify(m.smallest)).toBeGreaterThanOrEqual(44);
        expect(m.sidewaysScroll).toEqual([]);
        // A setting leaves the menu open (A+ again), and applies.
        const size = () => driver.inPanel((root) => getComputedStyle(root!.querySelector('[data-kind="body"]')!).fontSize);
        const before = await size();
        await (options.touch ? driver.tap!('[data-action="text-larger"]') : driver.click('[data-action="text-larger"]'));
        await waitFor(() => size().then((s) => s !== before), 'larger text');
        expect(await expanded()).toBe('true');
        await (options.touch ? driver.tap!('[data-action="text-smaller"]') : driver.click('[data-action="text-smaller"]'));
        await waitFor(() => size().then((s) => s === before), 'the text size back');
        await driver.press('Escape');
        await waitFor(() => expanded().then((e) => e === 'false'), 'Escape to close the menu');
        expect(await driver.inPanel((root) => Boolean(root?.querySelector('.panel')))).toBe(true);
      });

      it(`${options.touch ? 'a tap' : 'a click'} lights a paragraph's counterpart${options.touch ? '; a second tap puts it out' : ''}`, async () => {
        const pair = await driver.inPanel((root) => root!.querySelectorAll('[data-kind="body"][lang="ko"]')[2].getAttribute('data-pair'));
        const target = `[data-pair="${pair}"][lang="ko"]`;
        await (options.touch ? driver.tap!(target) : driver.click(target));
        expect(await waitFor(() => active(driver).then((a) => (a.length === 2 ? a : null)), 'the pair lit')).toEqual([`${pair}:en`, `${pair}:ko`]);
        // The pair's copy action is there for a finger, 44 px tall.
        const copy = await driver.inPanel((root) => {
          const button = root!.querySelector('[data-action="copy-pair"]');
          return button ? Math.round(button.getBoundingClientRect().height * visualViewport!.scale) : 0;
        });
        expect(copy).toBeGreaterThanOrEqual(44);
        if (options.touch) {
          await driver.tap!(target);
          expect(await waitFor(() => active(driver).then((a) => (a.length === 0 ? a : null)), 'the light put out')).toEqual([]);
        }
      });

      it('slides the bar away while the rows scroll down, and back on the way up', async () => {
        const bar = () => driver.inPanel((root) => root!.querySelector('.bar')!.hasAttribute('data-hidden'));
        // Each position is held for a few frames: the scroll event of a position passed over within
        // one frame is never fired (the bar follows what the reader scrolled, frame by frame).
        const scrollTo = async (top: number) => {
          const at = await driver.inPanel(new Function('root', `const rows = root.querySelector('.rows'); rows.scrollTo({ top: ${top}, behavior: 'instant' }); return rows.scrollTop;`) as (root: ShadowRoot | null) => number);
          await new Promise((r) => setTimeout(r, 150));
          return at;
        };
        // The tap before scrolled the lit pair into view smoothly: wait until the rows are still.
        const still = async () => {
          const top = await scrollTo(0);
          await new Promise((r) => setTimeout(r, 300));
          return top === 0 && (await driver.inPanel((root) => root!.querySelector('.rows')!.scrollTop)) === 0;
        };
        await waitFor(still, 'the rows still at the top');
        await waitFor(() => bar().then((hidden) => !hidden), 'the bar at the top');
        await scrollTo(200);
        await scrollTo(600);
        await waitFor(() => bar(), 'the bar to slide away');
        await scrollTo(400);
        await waitFor(() => bar().then((hidden) => !hidden), 'the bar back on the way up');
        await scrollTo(0);
      });

      if (options.touch) {
        it('switches the language with a sideways swipe in one-language layout', async () => {
          await driver.inPanel(choose('layout', 'single'));
          const primary = () => driver.inPanel((root) => root!.querySelector('.rows')!.getAttribute('data-layout') === 'single' && root!.querySelector('.rows')!.getAttribute('data-primary'));
          expect(await waitFor(primary, 'one language')).toBe('ko');
          const para = await driver.inPanel((root) => root!.querySelectorAll('[data-kind="body"]')[1].getAttribute('data-pair'));
          await driver.swipe!(`[data-pair="${para}"]`, -150);
          expect(await waitFor(() => primary().then((p) => (p === 'en' ? p : null)), 'English after a swipe')).toBe('en');
          await driver.swipe!(`[data-pair="${para}"]`, 150);
          expect(await waitFor(() => primary().then((p) => (p === 'ko' ? p : null)), 'Korean after a swipe back')).toBe('ko');
          await driver.inPanel(choose('layout', 'auto'));
        });
      }

      it(`in word mode ${options.touch ? 'a tap' : 'a click'} on a word opens its card under the pair, and keeps the pair lit`, async () => {
        const pressed = () => driver.inPanel((root) => root!.querySelector('[data-action="word-mode"]')!.getAttribute('aria-pressed'));
        await (options.touch ? driver.tap!('[data-action="word-mode"]') : driver.click('[data-action="word-mode"]'));
        expect(await waitFor(() => pressed().then((p) => (p === 'true' ? p : null)), 'word mode on')).toBe('true');
        const pair = await driver.inPanel((root) => root!.querySelectorAll('[data-kind="body"][lang="ko"]')[1].getAttribute('data-pair'));
        await (options.touch ? driver.tap!(`[data-pair="${pair}"][lang="ko"]`) : driver.click(`[data-pair="${pair}"][lang="ko"]`));
        await waitFor(() => driver.inPanel((root) => root!.querySelectorAll('[data-word-start]').length), 'the words of the pair');
        const word = `[data-pair="${pair}"][lang="ko"] [data-word-start="0"]`;
        await (options.touch ? driver.tap!(word) : driver.click(word));
        const card = await waitFor(
          () => driver.inPanel((root) => {
            const el = root!.querySelector('[data-word-card]');
            if (!el || el.getAttribute('data-word-card') === 'loading') return null;
            const box = el.getBoundingClientRect();
            const words = root!.querySelector('[data-word-selected]')!.getBoundingClientRect();
            const rows = root!.querySelector('.rows')!;
            return { status: el.getAttribute('data-word-card'), below: box.top >= words.bottom, sideways: rows.scrollWidth > rows.clientWidth + 1 };
          }),
          'the word card',
          20_000,
        );
        expect(card).toEqual({ status: 'ready', below: true, sideways: false });
        expect(await active(driver)).toEqual([`${pair}:en`, `${pair}:ko`]);
        await (options.touch ? driver.tap!('[data-action="word-close"]') : driver.click('[data-action="word-close"]'));
        await waitFor(() => driver.inPanel((root) => root!.querySelector('[data-word-card]') === null), 'the card closed');
        // Bringing the card into view scrolled the rows down, and the compact bar slid away: a reader
        // scrolls back up a little to have it again.
        await driver.inPanel((root) => void root!.querySelector('.rows')!.scrollBy(0, -60));
        await waitFor(() => driver.inPanel((root) => !root!.querySelector('.bar')!.hasAttribute('data-hidden')), 'the bar back');
        await (options.touch ? driver.tap!('[data-action="word-mode"]') : driver.click('[data-action="word-mode"]'));
        expect(await waitFor(() => pressed().then((p) => (p === 'false' ? p : null)), 'word mode off')).toBe('false');
      });

      it('puts the page back where it was when the reader closes', async () => {
        expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: false });
        await driver.inPage(() => {
          document.body.style.minHeight = '6000px';
          window.scrollTo({ top: 700, behavior: 'instant' });
        });
        const at = await driver.inPage(() => Math.round(window.scrollY));
        expect(at).toBeGreaterThan(0);
        expect(await driver.send({ type: 'reader:open' })).toMatchObject({ open: true });
        await waitFor(() => driver.inPanel((root) => Boolean(root?.querySelector('[data-kind="body"]'))), 'the panel');
        // The page moves under the panel (a touch on the bar scrolled it on a phone).
        await driver.inPage(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await (options.touch ? driver.tap!('[data-action="close"]') : driver.click('[data-action="close"]'));
        await waitFor(() => driver.inPanel((root) => !root?.querySelector('.panel')), 'the panel closed');
        expect(await driver.inPage(() => Math.round(window.scrollY))).toBe(at);
      });
    });
  }
}

/** The desktop toolbar in one row at 1280 and 760 px windows (it wrapped to two and three rows). */
export function desktopBarScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`the desktop toolbar in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    browserSession(makeDriver, (d, s) => {
      driver = d;
      server = s;
    });

    for (const width of [1280, 760]) {
      it(`is one row in a ${width} px window, the rest in the "More" menu`, async () => {
        await driver.resize(width, 860);
        await openSeed(driver, server.fixtureUrl(SEED));
        const m = (await driver.inPanel(measure))!;
        const tallest = await driver.inPanel((root) => Math.max(...Array.from(root!.querySelectorAll('.bar [data-action]')).filter((el) => !el.closest('[hidden]')).map((el) => el.getBoundingClientRect().height)));
        console.info(`${name} ${width} px window: ${JSON.stringify({ tier: m.tier, barHeight: m.barHeight, barRows: m.barRows, tallest })}`);
        expect(m.barRows).toBe(1);
        // One row: the bar is its tallest control plus its padding (10 px each side) and border.
        expect(m.barHeight).toBeLessThanOrEqual(tallest + 21.5);
        expect(m.sidewaysScroll).toEqual([]);
        expect(await driver.inPanel((root) => Boolean(root!.querySelector('.bar [data-action="more"]')))).toBe(true);
        expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: false });
      });
    }
  });
}
