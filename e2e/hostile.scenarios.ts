/**
 * The hostile-page suite, run unchanged in Chromium and Firefox through the ReaderDriver:
 * payload pages (testing/hostile-pages.ts) must run nothing and call nowhere while the panel reads them;
 * a page at war with the panel's CSS; the page's own button and shortcuts keep working and never see
 * keys typed in the panel; in-page navigation, a page rewriting its article, frames, broken markup,
 * EUC-KR and a 3,000-paragraph article.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { FIXTURES, type PageServer } from '../testing/server';
import { ARTICLE_PARAGRAPHS, cssWarPage, hostilePages, longArticle, malformedArticle } from '../testing/hostile-pages';

type CanaryWindow = Window & { __pwned?: number; __liveOnLoad?: number; __clicks?: number; __keys?: string[]; __shortcut?: number };

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

export function hostileScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`hostile pages in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    const pwnedRequests = () => server.requests.filter((path) => path.startsWith('/pwned'));
    const panelHosts = () => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length);
    const panelParagraphs = () => driver.inPanel((root) => (root ? Array.from(root.querySelectorAll('[data-pair]')).map((el) => el.textContent ?? '') : []));

    const open = async () => {
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      return waitFor(() => panelParagraphs().then((texts) => (texts.length ? texts : null)), 'the panel to show paragraphs', 30_000);
    };
    const close = async () => {
      expect(await driver.send({ type: 'reader:close' })).toEqual({ open: false });
      expect(await panelHosts()).toBe(0);
    };

    browserSession(makeDriver, (started, pages) => {
      driver = started;
      server = pages;
    });

    describe.each(hostilePages().map((page) => [page.path, page] as const))('payload page %s', (_path, page) => {
      it(`shows its text as text and runs none of its ${page.payloads} payloads`, async () => {
        await driver.goto(server.route(page.path, page.html));
        await settle();
        // As authored, the page runs only its own live marker, and the canary is unset.
        expect(await driver.inPage(() => (window as CanaryWindow).__liveOnLoad ?? 0)).toBe(page.liveOnLoad);
        expect(await driver.inPage(() => (window as CanaryWindow).__pwned)).toBeUndefined();
        // Firefox's speculative loader fetches URLs in noscript/template markup while the page loads
        // (the page's doing, not ours): count from here on.
        server.requests.length = 0;

        const texts = await open();
        for (const payload of page.shownAsText) expect(texts.some((t) => t.includes(payload)), payload).toBe(true);
        if (page.path.includes('/view/')) expect(texts.some((t) => t.includes(ARTICLE_PARAGRAPHS[0]))).toBe(true);
        // Nothing but text and the panel's own elements inside the panel.
        const foreign = await driver.inPanel((root) => root!.querySelectorAll('.panel img, .panel svg, .panel math, .panel script, .panel iframe, .panel object, .panel a, .panel style, .panel link, .panel template, .panel noscript, .panel [onerror], .panel [onload]').length);
        expect(foreign).toBe(0);
        expect((await driver.send({ type: 'reader:switch-language' })).primary).toBe('en');
        await settle();
        await close();
        await settle();

        expect(await driver.inPage(() => (window as CanaryWindow).__pwned)).toBeUndefined();
        expect(await driver.inPage(() => (window as CanaryWindow).__liveOnLoad ?? 0)).toBe(page.liveOnLoad);
        expect(pwnedRequests()).toEqual([]);
      });
    });

    it('catches a payload that does become markup (the canary and the server check can fail)', async () => {
      const [page] = hostilePages();
      await driver.goto(server.route(page.path, page.html));
      const texts = await open();
      const payloadText = texts.find((t) => t.includes('/pwned?text-img-onerror'))!;
      await close();
      // What a reader that parsed page text as HTML would do.
      await driver.inPage(`document.body.append(document.createRange().createContextualFragment(${JSON.stringify(payloadText)}))` as never);
      await waitFor(() => driver.inPage(() => (window as CanaryWindow).__pwned === 1), 'the canary');
      await waitFor(async () => pwnedRequests().includes('/pwned'), 'the call home');
      server.requests.length = 0;
    });

    describe('a page at war with the panel', () => {
      const pageLooks = () =>
        driver.inPage(() => {
          const p = getComputedStyle(document.querySelector('article p')!);
          return { color: p.color, fontSize: p.fontSize, margin: p.marginTop, sheets: document.styleSheets.length, head: document.head.children.length };
        });

      it('cannot hide or restyle the panel, and the panel does not restyle the page', async () => {
        await driver.goto(server.route('/news/war/20250603003', cssWarPage()));
        const before = await pageLooks();
        await open();
        const looks = await driver.inPanel((root) => {
          const host = root!.host as HTMLElement;
          const hostStyle = getComputedStyle(host);
          const panel = root!.querySelector('.panel')!;
          const para = getComputedStyle(root!.querySelector('[data-kind="body"]')!);
          const rect = panel.getBoundingClientRect();
          return {
            host: { display: hostStyle.display, opacity: hostStyle.opacity, visibility: hostStyle.visibility },
            panel: { width: rect.width > 400, height: rect.height > 400, onTop: document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === host },
            para: { fontSize: para.fontSize, letterSpacing: para.letterSpacing, lineHeight: para.lineHeight, fontStyle: para.fontStyle, textTransform: para.textTransform, direction: para.direction, red: para.color === 'rgb(255, 0, 0)', serif: para.fontFamily.trim() === 'serif' },
          };
        });
        expect(looks.host).toEqual({ display: 'block', opacity: '1', visibility: 'visible' });
        expect(looks.panel).toEqual({ width: true, height: true, onTop: true });
        expect(looks.para).toMatchObject({ fontSize: '17px', letterSpacing: 'normal', fontStyle: 'normal', textTransform: 'none', direction: 'ltr', red: false, serif: false });
        expect(parseFloat(looks.para.lineHeight)).toBeCloseTo(17 * 1.7, 0);
        expect(await pageLooks()).toEqual(before);
      });

      it("keeps the page's button and shortcuts working, and keeps panel keys from the page", async () => {
        const clickPageButton = () =>
          driver.inPage(() => {
            const button = document.getElementById('page-button')!;
            const r = button.getBoundingClientRect();
            const reachable = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button;
            button.click();
            return reachable;
          });
        const pageSaw = () => driver.inPage(() => ({ keys: [...((window as CanaryWindow).__keys ?? [])], shortcut: (window as CanaryWindow).__shortcut, clicks: (window as CanaryWindow).__clicks }));

        expect(await clickPageButton()).toBe(true);
        await driver.focus('[data-pair="3"][lang="ko"]');
        for (const key of ['j', 'a', 'k', 'l']) await driver.press(key);
        await settle(200);
        expect(await pageSaw()).toEqual({ keys: [], shortcut: 0, clicks: 1 });
        // The panel itself did hear them: `l` swapped the leading language.
        expect(await driver.inPanel((root) => root!.querySelector('[data-primary]')!.getAttribute('data-primary'))).toBe('en');

        // Focus back on the page: its shortcut works while the panel is open, and after. Headless
        // Firefox gives keyboard focus back to no document once it left (see testing/firefox.ts), so
        // there the keys are checked only while in the panel.
        if (driver.browserName === 'firefox') {
          await close();
          expect(await clickPageButton()).toBe(true);
          expect((await pageSaw()).clicks).toBe(2);
          return;
        }
        // The reader clicks the page (a script's blur() would not do: the panel keeps its focus
        // against scripts, e2e/hostile-host.scenarios.ts).
        await driver.clickPage('#page-button');
        await driver.press('j');
        await waitFor(() => pageSaw().then((saw) => saw.shortcut === 1), 'the page shortcut with the panel open');

        await close();
        expect(await clickPageButton()).toBe(true);
        await driver.press('j');
        await waitFor(() => pageSaw().then((saw) => saw.shortcut === 2 && saw.clicks === 3), 'the page shortcut and button after closing');
        expect((await pageSaw()).keys).toEqual(['j', 'j']);
      });
    });

    it('closes on in-page navigation (history.pushState)', async () => {
      await driver.goto(server.route('/news/articleView.html', longArticle(8)));
      await open();
      await driver.inPage(() => history.pushState({}, '', '/news/list.html'));
      await waitFor(() => panelHosts().then((n) => n === 0), 'the panel to close after pushState', 10_000);
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false });
    });

    it('keeps showing what it read when the page rewrites its article, and still works', async () => {
      await driver.goto(server.route('/news/articleView.html', longArticle(8)));
      const before = await open();
      await driver.inPage(() => {
        document.querySelectorAll('article p').forEach((p) => (p.textContent = '바뀐 문단'));
        document.querySelector('article h1')?.remove();
        document.body.append(Object.assign(document.createElement('p'), { textContent: '새로 붙은 문단' }));
      });
      await settle();
      expect(await panelParagraphs()).toEqual(before);
      expect((await driver.send({ type: 'reader:switch-language' })).primary).toBe('en');
      await close();
    });

    it('runs in the top frame only: an article inside an iframe gets no panel and no detector', async () => {
      const article = server.route('/news/framed/20250603004', longArticle(8));
      await driver.goto(
        server.route('/frames/', `<!doctype html><html lang="en"><head><title>Frames</title></head><body><h1>Weather</h1><iframe id="story" src="${article}" width="600" height="400"></iframe></body></html>`),
      );
      await waitFor(() => driver.inPage(() => (document.getElementById('story') as HTMLIFrameElement).contentDocument?.readyState === 'complete'), 'the frame to load');
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      await waitFor(() => driver.inPanel((root) => root?.querySelector('[role="alert"]') !== null), 'the no-article notice in the top frame');
      await settle();
      const frame = await driver.inPage(() => {
        const doc = (document.getElementById('story') as HTMLIFrameElement).contentDocument!;
        return { hosts: doc.querySelectorAll('[data-hanyeong-reader]').length, detector: doc.documentElement.hasAttribute('data-hanyeong-test-ready') };
      });
      expect(frame).toEqual({ hosts: 0, detector: false });
      await close();
    });

    it('reads malformed HTML', async () => {
      await driver.goto(server.route('/news/broken/20250603005', malformedArticle()));
      const texts = await open();
      for (const paragraph of ARTICLE_PARAGRAPHS) expect(texts.some((t) => t.includes(paragraph)), paragraph).toBe(true);
      await close();
    });

    it('reads an EUC-KR page the browser decoded', async () => {
      const expected = JSON.parse(readFileSync(resolve(FIXTURES, 'nate-euckr/expected.json'), 'utf8'));
      await driver.goto(server.fixtureUrl('nate-euckr'));
      const texts = await open();
      expect(texts[0]).toContain(expected.headline);
      expect(texts.join('\n')).not.toContain('\uFFFD');
      await close();
    });

    it('opens and closes a 3,000-paragraph article', async () => {
      await driver.goto(server.route('/news/long/20250603006', longArticle(3000)));
      await open();
      // After the first screenful the rows arrive a slice per task (no long task): wait for the last.
      const numberedRows = () => panelParagraphs().then((texts) => texts.filter((t) => /^\d+\. /.test(t)));
      const numbered = await waitFor(() => numberedRows().then((rows) => (rows.length >= 3000 ? rows : null)), 'all 3,000 paragraphs', 30_000);
      expect(numbered).toHaveLength(3000);
      expect(numbered.at(-1)).toMatch(/^3000\. /);
      await close();
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false });
    }, 120_000);
  });
}
