/**
 * Hostile pages against the panel's host, run unchanged in Chromium and Firefox: a page
 * squatting the host's name, covering the panel (an overlay at the top z-index, its own modal dialog
 * or popover before or after ours, inert), stealing focus, listening for or forging the extension's
 * start-up messages, and the store build's closed shadow root. Each case failed on the main of the
 * day it was written (the failure is named in the case).
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session';
import { waitFor, type ReaderDriver } from '../testing/driver';
import type { PageServer } from '../testing/server';
import { longArticle } from '../testing/hostile-pages';

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/** The 8-paragraph article with `script` run by the page as it loads (at the end of <body>). */
const withScript = (script: string, head = '') => longArticle(8).replace('</head>', `${head}</head>`).replace('</body>', `<script>${script}</script></body>`);

type PageWindow = Window & { __saw?: string[]; __overlayClicks?: number; __typed?: string; __pageKeys?: number; __forged?: number };

export function hostileHostScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`the panel's host on hostile pages in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    let n = 0;
    const article = (script: string, head = '') => server.route(`/news/host/2025060310${String(n++).padStart(2, '0')}`, withScript(script, head));
    const hosts = () => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length);
    const rows = () => driver.inPanel((root) => root?.querySelectorAll('[data-pair]').length ?? 0);
    const open = async () => {
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      await waitFor(() => rows().then((count) => count > 0), 'the panel to show paragraphs');
    };
    /** What the page's own hit test finds at the middle of the panel: the host, or what covers it. */
    const panelHit = () =>
      driver.inPanel((root) => {
        const panel = root?.querySelector('.panel');
        if (!panel) return 'no panel';
        const r = panel.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 200));
        return hit?.hasAttribute('data-hanyeong-reader') ? 'panel' : (hit?.id || hit?.tagName || 'nothing');
      });
    const closeWithButton = async () => {
      await driver.click('[data-action="close"]');
      await waitFor(() => hosts().then((count) => count === 0), 'the close button to close the panel');
    };

    browserSession(makeDriver, (started, pages) => {
      driver = started;
      server = pages;
    });

    // On main: opening failed (createShadowRootUi's element ran the page's constructor).
    it('opens on a page that defined custom elements under the names a panel would use', async () => {
      await driver.goto(
        article(`
          for (const name of ['hanyeong-reader', 'hanyeong-panel', 'hy-reader']) {
            customElements.define(name, class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }); } });
          }`),
      );
      await open();
      expect(await hosts()).toBe(1);
      expect(await driver.inPage(() => document.querySelector('[data-hanyeong-reader]')!.tagName)).toBe('DIV');
      await closeWithButton();
    });

    // On main: the overlay took the click and the panel stayed open.
    it('stays above a transparent page element at z-index 2147483647 and gets its own clicks', async () => {
      await driver.goto(
        article(`
          window.__overlayClicks = 0;
          const overlay = document.createElement('div');
          overlay.id = 'overlay';
          overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent';
          overlay.addEventListener('click', () => window.__overlayClicks++);
          document.body.append(overlay);`),
      );
      await open();
      expect(await panelHit()).toBe('panel');
      await closeWithButton();
      expect(await driver.inPage(() => (window as PageWindow).__overlayClicks)).toBe(0);
    });

    // On main: the page's modal made the panel inert; Close did nothing.
    it("is usable over the page's modal dialog, opened before the reader and after it", async () => {
      const modal = `
        const dialog = document.createElement('dialog');
        dialog.id = 'page-modal';
        dialog.style.cssText = 'width:90vw;height:90vh;max-width:none;max-height:none';
        dialog.textContent = '구독하시겠습니까?';
        document.body.append(dialog);
        window.showPageModal = () => dialog.showModal();`;
      await driver.goto(article(`${modal}\nwindow.showPageModal();`));
      await open();
      expect(await panelHit()).toBe('panel');
      await closeWithButton();

      await driver.goto(article(modal));
      await open();
      await driver.inPage(() => (window as unknown as { showPageModal(): void }).showPageModal());
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel back above the modal opened after it');
      // The page closing its modal leaves the panel where it was, still usable.
      await driver.inPage(() => (document.getElementById('page-modal') as HTMLDialogElement).close());
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel usable after the modal closed');
      expect(await hosts()).toBe(1);
      await closeWithButton();
    });

    // On main: the page's popover, shown after the panel, covered it.
    it("comes back above a page popover shown after it, clears `inert` the page puts on it, and returns when the page hides it", async () => {
      await driver.goto(
        article(`
          const cover = document.createElement('div');
          cover.id = 'cover';
          cover.setAttribute('popover', 'manual');
          cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:rgba(0,0,0,0.01)';
          document.body.append(cover);`),
      );
      await open();
      await driver.inPage(() => (document.getElementById('cover') as HTMLElement).showPopover());
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel above the page popover');
      await driver.inPage(() => ((document.querySelector('[data-hanyeong-reader]') as HTMLElement).inert = true));
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel out of inert');
      // The host is a page element: the page can hide its popover or take the attribute away.
      await driver.inPage(() => (document.querySelector('[data-hanyeong-reader]') as HTMLElement).hidePopover());
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel shown again after the page hid its popover');
      await driver.inPage(() => (document.querySelector('[data-hanyeong-reader]') as HTMLElement).removeAttribute('popover'));
      await waitFor(() => panelHit().then((hit) => hit === 'panel'), 'the panel back in the top layer after the page removed its popover attribute');
      expect(await driver.inPage(() => (document.querySelector('[data-hanyeong-reader]') as HTMLElement).matches(':popover-open'))).toBe(true);
      await closeWithButton();
    });

    it('closes and says why when the page keeps covering it or makes itself inert', async () => {
      await driver.goto(
        article(`
          const cover = document.createElement('div');
          cover.id = 'cover';
          cover.setAttribute('popover', 'manual');
          cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0';
          document.body.append(cover);
          window.fight = () => setInterval(() => { cover.hidePopover(); cover.showPopover(); }, 30);`),
      );
      await open();
      await driver.inPage(() => (window as unknown as { fight(): void }).fight());
      await waitFor(() => hosts().then((count) => count === 0), 'the covered panel to close', 15_000);
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false, blocked: 'covered' });

      await driver.goto(article(''));
      await open();
      await driver.inPage(() => (document.documentElement.inert = true));
      await waitFor(() => hosts().then((count) => count === 0), 'the inert panel to close');
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false, blocked: 'inert' });
    });

    // On main: every j and k went into the page's input.
    it('keeps the keys typed in the panel when the page refocuses its own input every 50 ms', async () => {
      await driver.goto(
        article(`
          window.__typed = '';
          window.__pageKeys = 0;
          const input = document.createElement('input');
          input.id = 'search';
          input.style.cssText = 'position:fixed;left:4px;top:40px;width:80px';
          document.body.prepend(input);
          input.addEventListener('keydown', () => window.__pageKeys++);
          input.addEventListener('input', () => (window.__typed = input.value));
          window.steal = () => setInterval(() => input.focus(), 50);`),
      );
      await open();
      await driver.inPage(() => (window as unknown as { steal(): void }).steal());
      await settle(200);
      const active = () => driver.inPanel((root) => root?.querySelector('[data-active]')?.getAttribute('data-pair') ?? null);
      for (let i = 0; i < 4; i++) {
        await driver.press('j');
        await settle(80);
      }
      expect(await active()).not.toBeNull();
      const first = Number(await active());
      await driver.press('j');
      await waitFor(() => active().then((pair) => Number(pair) === first + 1), 'j to move to the next pair');
      expect(await driver.inPage(() => ({ typed: (window as PageWindow).__typed, keys: (window as PageWindow).__pageKeys }))).toEqual({ typed: '', keys: 0 });
      await driver.press('Escape');
      await waitFor(() => hosts().then((count) => count === 0), 'Escape to close the panel');
    });

    // On main: the page read "<extension id>:…:wxt:content-script-started" on load and when the
    // reader opened, and forging that event closed the panel.
    it('tells the page nothing on load or open, and forged start-up events change nothing', async () => {
      const listen = `
        window.__saw = [];
        window.__forged = 0;
        const note = (what) => { window.__saw.push(what); };
        window.addEventListener('message', (e) => note('message ' + JSON.stringify(e.data)));
        // What a page that read the extension's id would forge: every name WXT's context listens for,
        // with the ids it heard (none now) and the one Firefox's add-on listing shows.
        window.forge = () => {
          const heard = window.__saw.map((line) => (/"type":"([^:"]+):/.exec(line) || [])[1]).filter(Boolean);
          for (const id of [...heard, 'hanyeong-reader@hanyeong.app']) for (const script of ['detector', 'reader', 'content-scripts/detector', 'content-scripts/reader']) {
            const type = id + ':' + script + ':wxt:content-script-started';
            document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'page' } }));
            window.dispatchEvent(new Event(id + ':' + script + ':wxt:locationchange'));
            window.__forged++;
          }
          if (window.navigation) navigation.dispatchEvent(new Event('navigate'));
        };`;
      await driver.goto(article('', `<script>${listen}</script>`));
      await settle(500);
      await open();
      await settle(300);
      const saw = await driver.inPage(() => (window as PageWindow).__saw ?? []);
      expect(saw).toEqual([]);
      await driver.inPage(() => (window as unknown as { forge(): void }).forge());
      await settle(300);
      expect(await driver.inPage(() => (window as PageWindow).__forged)).toBeGreaterThan(0);
      expect(await driver.send({ type: 'reader:state' })).toMatchObject({ open: true });
      expect(await hosts()).toBe(1);
      await closeWithButton();
    });

    // On main: the root was open, so the page could read and rewrite the panel.
    it("closes the shadow root in the store build's mode: the page cannot reach into the panel", async () => {
      await driver.testHook({ type: 'test:storage', area: 'local', items: { 'hanyeong-test-shadow': 'closed' } });
      try {
        await driver.goto(article(''));
        expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
        await waitFor(() => hosts().then((count) => count === 1), 'the panel host');
        const seen = await driver.inPage(() => {
          const host = document.querySelector('[data-hanyeong-reader]') as HTMLElement;
          let attached = 'no';
          try {
            host.attachShadow({ mode: 'open' });
            attached = 'yes';
          } catch {
            attached = 'refused';
          }
          const r = { x: innerWidth - 200, y: 200 };
          return { root: host.shadowRoot === null, attached, text: host.textContent, hit: document.elementFromPoint(r.x, r.y) === host };
        });
        expect(seen).toEqual({ root: true, attached: 'refused', text: '', hit: true });
        expect(await driver.send({ type: 'reader:switch-language' })).toMatchObject({ open: true, primary: 'en' });
        expect(await driver.send({ type: 'reader:close' })).toEqual({ open: false });
        expect(await hosts()).toBe(0);
      } finally {
        await driver.testHook({ type: 'test:storage', area: 'local', items: { 'hanyeong-test-shadow': 'open' } });
      }
    });
  });
}
