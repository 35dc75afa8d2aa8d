/**
 * Translation in the panel, through the automation contract: a Korean article with no English opens at
 * once with its Korean side, and the panel says at every moment what is true. The panel root carries
 * data-translation-state; every English cell carries data-state, 'translating' only while a request
 * for it is running (the background says which paragraphs each request carries).
 * - a fresh profile (default settings): within 2 s an honest state with one button, no cell waiting;
 * - on device (Chromium): a stand-in Translator in the reader's own world; download progress from the
 *   click, streaming fill-in, an inline failure and its retry, cancel, and close-cancels;
 * - a network engine (LibreTranslate at a loopback server) run by the background, in both browsers:
 *   every cell done in order, waiting behind the request in flight, cancel, failure then retry, and
 *   the page removing the panel cancelling the request in flight;
 * - Chrome's engine chosen in Firefox: the panel says so and offers what can run there.
 *
 * Over 300 lines because the scenarios share one browser session, one page server and the loopback
 * engine; split by engine kind they would repeat that set-up three times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/driver';
import { SETTINGS_VERSION } from '../lib/settings';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES, startPageServer, type PageServer } from '../testing/server';
import { fakeTranslation, startEngineServer, type EngineServer } from '../testing/engine-servers';
import { startModelHost, type ModelHost } from '../testing/model-host';
import { koreanOnlyArticle } from '../testing/long-article';
import type { TranslateDriver } from './translate.drivers';

/** A Korean article with no English on the page: headline and four paragraphs to translate. */
const ARTICLE = 'naver-current';
const FAILING = '야간에는';

interface Cell {
  pair: string;
  kind: string | null;
  ko: string;
  en: string | null;
  /** The English cell's data-state; null for rows that are not translated (byline, caption). */
  state: string | null;
}

interface Snapshot {
  /** The panel root's data-translation-state. */
  state: string | null;
  /** data-action of every button in the translation bar. */
  buttons: string[];
  text: string;
  done: string | null;
  total: string | null;
  download: string | null;
  cells: Cell[];
}

/** What the panel shows of the translation (runs in the page: self-contained). */
function snapshot(root: ShadowRoot | null): Snapshot | null {
  const panel = root?.querySelector('.panel');
  if (!root || !panel) return null;
  const bar = root.querySelector('.translation-bar');
  const progress = bar?.querySelector('[data-done]');
  return {
    state: panel.getAttribute('data-translation-state'),
    buttons: Array.from(bar?.querySelectorAll('button') ?? []).map((b) => b.getAttribute('data-action') ?? ''),
    text: bar?.textContent ?? '',
    done: progress?.getAttribute('data-done') ?? null,
    total: progress?.getAttribute('data-total') ?? null,
    download: bar?.querySelector('[data-download-progress]')?.getAttribute('data-download-progress') ?? null,
    cells: Array.from(root.querySelectorAll('[data-pair][lang="ko"]')).map((ko) => {
      const pair = ko.getAttribute('data-pair')!;
      const en = root.querySelector(`[data-pair="${pair}"][lang="en"]`);
      return { pair, kind: ko.getAttribute('data-kind'), ko: (ko.textContent ?? '').trim(), en: en ? (en.textContent ?? '').trim() : null, state: en?.getAttribute('data-state') ?? null };
    }),
  };
}

const translated = (s: Snapshot) => s.cells.filter((c) => c.state !== null);
const inState = (state: string) => (s: Snapshot | null) => (s?.state === state ? s : null);

/**
 * Records every change of every English cell's data-state from before the panel opens (in the page's
 * main world, watching the open shadow root): `window.__cellLog` holds [pair, state] in the order seen.
 */
function recordCellStates(): boolean {
  const log: Array<[string, string]> = [];
  (window as unknown as { __cellLog: typeof log }).__cellLog = log;
  const last = new Map<string, string>();
  const watch = (root: ShadowRoot) => {
    const scan = () =>
      root.querySelectorAll('[data-state][data-pair]').forEach((el) => {
        const pair = el.getAttribute('data-pair')!;
        const state = el.getAttribute('data-state')!;
        if (last.get(pair) !== state) {
          last.set(pair, state);
          log.push([pair, state]);
        }
      });
    new MutationObserver(scan).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    scan();
  };
  new MutationObserver((_records, observer) => {
    const host = document.querySelector('[data-hanyeong-reader]');
    if (host?.shadowRoot) {
      observer.disconnect();
      watch(host.shadowRoot);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  return true;
}

/** The states each cell went through, and the order in which cells were first done. */
async function cellHistory(driver: TranslateDriver): Promise<{ states: Map<string, string[]>; doneOrder: string[] }> {
  const log = await driver.inPage(() => (window as unknown as { __cellLog: Array<[string, string]> }).__cellLog);
  const states = new Map<string, string[]>();
  const doneOrder: string[] = [];
  for (const [pair, state] of log) {
    states.set(pair, [...(states.get(pair) ?? []), state]);
    if (state === 'done' && !doneOrder.includes(pair)) doneOrder.push(pair);
  }
  return { states, doneOrder };
}

/** Row numbers as numbers, sorted: what "in order" compares against. */
const sortedPairs = (pairs: string[]) => [...pairs].sort((a, b) => Number(a) - Number(b));

/** A Korean-only article of `count` body paragraphs, each its own text (so no cache answers one for another). */
function generatedArticle(tag: string, count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => `대전시는 ${tag} 시험의 ${i + 1}번째 문단에서 시민 의견을 듣고 새 정책을 발표했다고 밝혔다. 담당자는 ${i + 1}일 동안 준비했다고 말했다.`);
  return koreanOnlyArticle(`대전시, ${tag} 번역 시험 기사`, paragraphs);
}

/** `realHttpPage`: also open the article under its real http address (needs the driver's serveAt: Chromium). */
export function freshProfileScenarios(makeDriver: () => Promise<TranslateDriver>, options: { realHttpPage: boolean }): void {
  describe('a Korean-only article in a fresh profile (nothing set up)', () => {
    let driver: TranslateDriver;
    let server: PageServer;

    let models: ModelHost;

    beforeAll(async () => {
      [server, models] = await Promise.all([startPageServer(), startModelHost()]);
      driver = await makeDriver();
      await driver.goto(server.fixtureUrl(ARTICLE));
      // Test builds only: Mozilla's model list at a loopback stand-in (no request leaves the machine),
      // and a stand-in engine in the worker (no real model can be had here). No user setting changes.
      await driver.setStorage('local', { 'hanyeong-test-bergamot': { registryUrl: models.registryUrl, standIn: true } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await Promise.all([server?.close(), models?.close()]);
    });

    it('within 2 s says what this browser can do, with one button; no cell is waiting or translating', async () => {
      const opened = Date.now();
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      // Settled: the offer of an on-device model to download, not the engine check. Firefox has no
      // Translator: Mozilla's model. Chromium on 127.0.0.1 (a secure context) has its own Translator,
      // whose model is 'downloadable' there.
      const settled = await waitFor(() => driver.inPanel(snapshot).then(inState('needs-download')), 'the offer to download a model', 2_000);
      expect(Date.now() - opened).toBeLessThan(4_000);
      console.info(`${driver.browserName}, fresh profile: data-translation-state=${settled.state}, button ${settled.buttons.join(', ')}: ${settled.text}`);
      expect(settled.buttons).toEqual(['download-model']);
      // Firefox: what it is, its size and where it comes from, before anything is fetched.
      if (driver.browserName === 'firefox') {
        expect(settled.text).toMatch(/Mozilla/);
        expect(settled.text).toMatch(/33 MB/);
        expect(settled.text).toContain(new URL(models.url).host);
        expect(models.log).toEqual([]);
      }
      const cells = translated(settled);
      expect(cells.map((c) => c.kind)).toEqual(['headline', 'body', 'body', 'body', 'body']);
      expect(cells.every((c) => c.state === 'unavailable'), JSON.stringify(cells)).toBe(true);
      // No "Translating…" anywhere, and nothing claims an engine that is not translating.
      expect(cells.some((c) => /Translating|번역하는 중/.test(c.en ?? ''))).toBe(false);
      expect(settled.text).not.toMatch(/Translated by|번역: /);
      // Firefox has no Chrome translator: the panel never names one there.
      if (driver.browserName === 'firefox') expect(settled.text).not.toMatch(/Chrome/);
      // Still true a moment later: nothing started behind the reader's back.
      await new Promise((r) => setTimeout(r, 500));
      const later = await driver.inPanel(snapshot);
      expect([later?.state, translated(later!).every((c) => c.state === 'unavailable')]).toEqual([settled.state, true]);
    });

    it.runIf(options.realHttpPage)("on an http page under a real address (not a secure context) Chromium has no Translator: 'auto' is Mozilla's model", async () => {
      await driver.send({ type: 'reader:close' });
      const url = 'http://n.news.naver.com/mnews/article/001/0014700001';
      await driver.serveAt!(url, readFileSync(resolve(FIXTURES, ARTICLE, 'source.html')));
      await driver.goto(url);
      expect(await driver.inPage(() => [window.isSecureContext, 'Translator' in window])).toEqual([false, false]);
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const settled = await waitFor(() => driver.inPanel(snapshot).then(inState('needs-download')), 'the offer of Mozilla\'s model', 2_000);
      console.info(`${driver.browserName}, fresh profile, http page: data-translation-state=${settled.state}, button ${settled.buttons.join(', ')}: ${settled.text}`);
      expect(settled.buttons).toEqual(['download-model']);
      // Not Chrome's translator: Mozilla's model.
      expect(settled.text).not.toMatch(/Chrome on-device needs/);
      expect(settled.text).toMatch(/Mozilla/);
      expect(translated(settled).every((c) => c.state === 'unavailable')).toBe(true);
      // One click: the model is downloaded in the offscreen document (progress, checks, IndexedDB), then
      // the article is translated there (the stand-in engine of test builds).
      await driver.click('[data-action="download-model"]');
      const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the download and the translation', 30_000);
      expect(translated(done).every((c) => c.state === 'done' && c.en === `EN⟦${c.ko}⟧`), JSON.stringify(translated(done))).toBe(true);
      await driver.send({ type: 'reader:close' });
      await driver.goto(server.fixtureUrl(ARTICLE));
      await driver.send({ type: 'reader:toggle' });
      await waitFor(() => driver.inPanel(snapshot).then((s) => (s && s.buttons.length === 1 ? s : null)), 'the panel back on the loopback page');
    });

    it('its one button does what it says', async () => {
      const settled = (await driver.inPanel(snapshot))!;
      expect(settled.buttons).toEqual(['download-model']);
      if (driver.browserName === 'firefox') {
        // Mozilla's model: one click downloads it (progress), checks it, stores it, then every cell is translated.
        await driver.click('[data-action="download-model"]');
        const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the download and the translation', 30_000);
        expect(models.log.some((entry) => entry.path === 'db/models.json')).toBe(true);
        expect(translated(done).every((c) => c.state === 'done' && c.en === `EN⟦${c.ko}⟧`), JSON.stringify(translated(done))).toBe(true);
        return;
      }
      {
        // Chrome's own model: the click starts its download (none can finish on a machine with no network).
        await driver.click('[data-action="download-model"]');
        const after = await waitFor(() => driver.inPanel(snapshot).then((s) => (s && s.state !== 'needs-download' ? s : null)), 'the download to start');
        console.info(`${driver.browserName}, Chrome's model download clicked: data-translation-state=${after.state}: ${after.text}`);
        expect(['downloading', 'failed', 'translating']).toContain(after.state);
        expect(translated(after).every((c) => c.state === 'unavailable' || after.state === 'translating')).toBe(true);
      }
    });
  });
}

/**
 * The stand-in: availability 'downloadable' until create() has "downloaded" (four progress events,
 * 0 → 40% → 80% → 100%, 300 ms apart); translate() answers "EN <text>" after `delay` ms, refuses
 * paragraphs matching `failing` the way Chrome refuses input it cannot handle, and counts calls and aborts.
 */
const STAND_IN = `(() => {
  const state = (globalThis.__standIn = { downloaded: false, failing: /${FAILING}/, delay: 250, calls: 0, aborted: 0, monitored: 0 });
  const wait = (ms, signal) => new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); state.aborted++; reject(new DOMException('aborted', 'AbortError')); }, { once: true });
  });
  globalThis.Translator = {
    async availability({ sourceLanguage, targetLanguage }) {
      if (sourceLanguage !== 'ko' || targetLanguage !== 'en') return 'unavailable';
      return state.downloaded ? 'available' : 'downloadable';
    },
    async create({ monitor, signal }) {
      const target = new EventTarget();
      if (monitor) { monitor(target); state.monitored++; }
      if (!state.downloaded) {
        for (const loaded of [0, 0.4, 0.8, 1]) {
          await wait(300, signal);
          target.dispatchEvent(new ProgressEvent('downloadprogress', { loaded, total: 1 }));
        }
        state.downloaded = true;
      }
      return {
        async translate(text, options) {
          state.calls++;
          await wait(state.delay, options && options.signal);
          if (state.failing && state.failing.test(text)) throw new DOMException('the stand-in refuses this paragraph', 'NotSupportedError');
          return 'EN ' + text;
        },
        destroy() {},
      };
    },
  };
  return true;
})()`;

export function onDeviceScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe("on-device translation (stand-in Translator in the reader's world, default settings)", () => {
    let driver: TranslateDriver;
    let server: PageServer;
    const standIn = (expression: string) => driver.inExtensionWorld!(expression);
    const closed = () => waitFor(() => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length === 0), 'the panel to close');

    beforeAll(async () => {
      server = await startPageServer();
      driver = await makeDriver();
      await driver.goto(server.fixtureUrl(ARTICLE));
      expect(await standIn(STAND_IN)).toBe(true);
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it("'auto' picks Chrome's translator, asks for the click, shows the download, then fills English row by row", async () => {
      await driver.inPage(recordCellStates);
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const offer = await waitFor(() => driver.inPanel(snapshot).then(inState('needs-download')), 'the download offer', 2_000);
      expect(offer.text).toMatch(/Chrome on-device needs its translation model|Chrome on-device 번역 모델/);
      expect(offer.buttons).toEqual(['download-model']);
      expect(translated(offer).every((c) => c.state === 'unavailable')).toBe(true);
      expect(await standIn('__standIn.calls')).toBe(0);

      await driver.click('[data-action="download-model"]');
      const downloading = await waitFor(() => driver.inPanel(snapshot).then((s) => (s?.download === '40' ? s : null)), 'the download at 40%');
      expect(downloading.state).toBe('downloading');
      expect(downloading.text).toMatch(/Downloading the model for Chrome on-device 40%|Chrome on-device 모델을 내려받는 중 40%/);

      // One paragraph at a time (Chrome's translator takes one text per call): one cell translating, the rest waiting.
      const partway = await waitFor(() => driver.inPanel(snapshot).then((s) => (s?.state === 'translating' && Number(s.done) >= 1 ? s : null)), 'the first translated row');
      expect(partway.total).toBe('5');
      expect(partway.text).toMatch(/Translated by Chrome on-device|번역: Chrome on-device/);
      expect(translated(partway).filter((c) => c.state === 'translating').length).toBeLessThanOrEqual(1);
      expect(translated(partway).some((c) => c.state === 'waiting')).toBe(true);

      const failed = await waitFor(() => driver.inPanel(snapshot).then(inState('failed')), 'the run to end with its one failure');
      expect([failed.done, failed.total]).toEqual(['4', '5']);
      for (const row of translated(failed)) {
        if (row.ko.includes(FAILING)) {
          expect(row.state).toBe('failed');
          expect(row.en).toMatch(/could not be translated|번역하지 못했습니다/);
        } else {
          // Each translation sits in the row of its own source: nothing shifted.
          expect(row).toMatchObject({ state: 'done', en: `EN ${row.ko}` });
        }
      }
      // The caption and the byline stay one-sided.
      expect(failed.cells.filter((c) => c.state === null).every((c) => c.en === null)).toBe(true);
      const { states, doneOrder } = await cellHistory(driver);
      expect(doneOrder).toEqual(sortedPairs(doneOrder));
      for (const [pair, seen] of states) expect(seen.indexOf('translating'), `pair ${pair}: ${seen.join(' → ')}`).toBeGreaterThan(seen.indexOf('waiting'));
    });

    it('retries the failed paragraph alone from its inline button', async () => {
      await standIn('(__standIn.failing = null, __standIn.calls = 0, true)');
      await driver.click('[data-state="failed"] [data-action="retry-paragraph"]');
      const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the retried paragraph');
      expect(done.text).toContain('5 / 5');
      expect(await standIn('__standIn.calls')).toBe(1);
      const retried = translated(done).find((p) => p.ko.includes(FAILING))!;
      expect(retried).toMatchObject({ state: 'done', en: `EN ${retried.ko}` });
    });

    it('cancel stops the outstanding paragraphs and keeps those that arrived; no download is asked again', async () => {
      await driver.send({ type: 'reader:toggle' });
      await closed();
      await standIn('(__standIn.delay = 1200, __standIn.calls = 0, __standIn.aborted = 0, true)');
      await driver.send({ type: 'reader:toggle' });
      // The model is there now: translation starts without a click (the per-panel cache is gone with the panel).
      await waitFor(() => driver.inPanel(snapshot).then((s) => (s?.state === 'translating' && s.done === '1' ? s : null)), 'one translated row', 15_000);
      await driver.click('[data-action="cancel-translation"]');
      const cancelled = await waitFor(() => driver.inPanel(snapshot).then(inState('cancelled')), 'the cancel');
      expect(cancelled.done).toBe('1');
      expect(cancelled.buttons).toEqual(['resume-translation']);
      const calls = await standIn('__standIn.calls');
      expect(await standIn('__standIn.aborted')).toBe(1);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await standIn('__standIn.calls')).toBe(calls);
      const rows = translated((await driver.inPanel(snapshot))!);
      expect(rows.filter((p) => p.state === 'done')).toHaveLength(1);
      // Not translating, not waiting: they wait for the reader's "Translate the rest".
      expect(rows.filter((p) => p.state === 'unavailable')).toHaveLength(4);
    });

    it('closing the panel cancels the paragraph being translated', async () => {
      await driver.send({ type: 'reader:toggle' });
      await closed();
      await standIn('(__standIn.calls = 0, __standIn.aborted = 0, true)');
      await driver.send({ type: 'reader:toggle' });
      await waitFor(() => standIn('__standIn.calls === 1'), 'the first paragraph to be sent');
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: false });
      await waitFor(() => standIn('__standIn.aborted === 1'), 'the request in flight to be aborted');
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await standIn('__standIn.calls')).toBe(1);
    });
  });
}

export function networkEngineScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe('network engine (LibreTranslate on loopback, run by the background)', () => {
    let driver: TranslateDriver;
    let server: PageServer;
    let engine: EngineServer;
    let failing = true;
    /** Answer delay for the generated articles' requests, long enough to see a request in flight. */
    const SLOW_MS = 1_500;
    let long: string;

    beforeAll(async () => {
      server = await startPageServer();
      long = server.route('/long/', generatedArticle('취소', 30));
      // The naver article: the first batch answer drops a paragraph, so the runner resends one by one;
      // the FAILING paragraph then gets 500s until the test lets it through. The generated article's
      // requests are answered after SLOW_MS.
      engine = await startEngineServer('libretranslate', (request, n) => {
        if (request.texts.some((t) => t.includes('취소 시험'))) return { reply: 'translate', delayMs: SLOW_MS };
        if (n === 0) return { reply: 'wrong-count', mode: 'drop-last' };
        if (failing && request.texts.some((t) => t.includes(FAILING))) return { reply: 'status', status: 500 };
        return { reply: 'translate', delayMs: 150 };
      });
      driver = await makeDriver();
      await driver.goto(server.fixtureUrl(ARTICLE));
      await driver.setStorage('sync', { settings: { engine: 'libretranslate', engines: { libretranslate: { engine: 'libretranslate', endpoint: engine.url } } } });
      await driver.setStorage('local', { engineSecrets: { libretranslate: { key: 'e2eLibreKey' } } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
      await engine?.close();
    });

    it('fills every row in order but the failing one, which shows its error and translates on retry', async () => {
      await driver.inPage(recordCellStates);
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const failed = await waitFor(() => driver.inPanel(snapshot).then(inState('failed')), 'the run to end with its one failure', 20_000);
      expect([failed.done, failed.total]).toEqual(['4', '5']);
      expect(failed.text).toMatch(/Translated by LibreTranslate|번역: LibreTranslate/);
      expect(failed.text).toMatch(/LibreTranslate could not translate some paragraphs|LibreTranslate\(으\)로 번역하지 못한 문단이 있습니다/);
      // Not a keyless engine: no other engine offered, the failed paragraphs can be sent again.
      expect(failed.buttons).toEqual(['resume-translation']);
      let rows = translated(failed);
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        if (row.ko.includes(FAILING)) expect(row).toMatchObject({ state: 'failed', en: expect.stringMatching(/libretranslate: server \(HTTP 500\)/) });
        else expect(row).toMatchObject({ state: 'done', en: fakeTranslation(row.ko) });
      }
      const { states, doneOrder } = await cellHistory(driver);
      expect(doneOrder).toEqual(sortedPairs(doneOrder));
      // Every cell: waiting, translating (its request went out), then its answer; never translating before it was sent.
      for (const [pair, seen] of states) expect(seen.slice(seen.indexOf('waiting')), `pair ${pair}`).toEqual(expect.arrayContaining(['waiting', 'translating']));
      // The key went to the engine in its body, never to the page.
      expect(engine.requests.every((r) => (r.json as { api_key?: string }).api_key === 'e2eLibreKey')).toBe(true);
      expect(await driver.inPage(() => document.documentElement.outerHTML.includes('e2eLibreKey'))).toBe(false);

      failing = false;
      await driver.click('[data-state="failed"] [data-action="retry-paragraph"]');
      const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the retried paragraph');
      expect(done.text).toContain('5 / 5');
      rows = translated(done);
      expect(rows.every((p) => p.state === 'done' && p.en === fakeTranslation(p.ko))).toBe(true);
    });

    it('reopening the article costs no request: the background cache answers', async () => {
      await driver.send({ type: 'reader:toggle' });
      const sent = engine.requests.length;
      await driver.send({ type: 'reader:toggle' });
      const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the cached translation');
      expect(done.done).toBe('5');
      expect(engine.requests.length).toBe(sent);
      await driver.send({ type: 'reader:toggle' });
    });

    it('rows behind the request in flight wait; cancel aborts that request and sends nothing more', async () => {
      await driver.goto(long);
      const before = engine.requests.length;
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      await engine.waitForRequests(before + 1);
      // LibreTranslate takes 25 paragraphs a request: the headline and 24 paragraphs are in flight, 6 wait.
      const inFlight = await waitFor(() => driver.inPanel(snapshot).then((s) => (s && translated(s).some((c) => c.state === 'translating') ? s : null)), 'the first request shown');
      const states = translated(inFlight).map((c) => c.state);
      expect(states).toEqual([...Array<string>(25).fill('translating'), ...Array<string>(6).fill('waiting')]);
      expect(inFlight.state).toBe('translating');
      expect(inFlight.buttons).toEqual(['cancel-translation']);
      await driver.click('[data-action="cancel-translation"]');
      const cancelled = await waitFor(() => driver.inPanel(snapshot).then(inState('cancelled')), 'the cancel');
      expect(translated(cancelled).every((c) => c.state === 'unavailable')).toBe(true);
      await waitFor(async () => engine.requests[before].aborted, 'the request in flight to be aborted');
      await new Promise((r) => setTimeout(r, SLOW_MS + 500));
      expect(engine.requests.length).toBe(before + 1);
      expect(translated((await driver.inPanel(snapshot))!).every((c) => c.state === 'unavailable')).toBe(true);
    });

    it('the page removing the panel closes it and aborts the request in flight', async () => {
      await driver.send({ type: 'reader:toggle' });
      await waitFor(() => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length === 0), 'the panel to close');
      const before = engine.requests.length;
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      await engine.waitForRequests(before + 1);
      await driver.inPage(() => document.querySelector('[data-hanyeong-reader]')!.remove());
      await waitFor(async () => engine.requests[before].aborted, 'the request in flight to be aborted');
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false });
      await new Promise((r) => setTimeout(r, SLOW_MS + 500));
      expect(engine.requests.length).toBe(before + 1);
    });

    it('translates the rest to the end, each batch in order, after the reader reopens it', async () => {
      await driver.inPage(recordCellStates);
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const done = await waitFor(() => driver.inPanel(snapshot).then(inState('done')), 'the long article translated', 20_000);
      expect(done.text).toContain('31 / 31');
      expect(translated(done).every((c) => c.en === fakeTranslation(c.ko))).toBe(true);
      const { doneOrder } = await cellHistory(driver);
      expect(doneOrder).toEqual(sortedPairs(doneOrder));
    });
  });
}

export function noBuiltinScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe("Chrome's engine chosen where there is none (Firefox)", () => {
    let driver: TranslateDriver;
    let server: PageServer;

    beforeAll(async () => {
      server = await startPageServer();
      driver = await makeDriver();
      await driver.goto(server.fixtureUrl(ARTICLE));
      // Chosen explicitly (a current setting, so no migration turns it into 'auto'), e.g. synced from Chrome.
      await driver.setStorage('sync', { settings: { engine: 'chrome-builtin' }, settings$: { v: SETTINGS_VERSION } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('says the chosen engine is not in this browser and what is, with one button', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const explained = await waitFor(() => driver.inPanel(snapshot).then(inState('unavailable')), 'the explanation', 2_000);
      expect(explained.text).toMatch(/Chrome on-device is not available here|여기서는 Chrome on-device을\(를\) 쓸 수 없습니다/);
      expect(explained.text).not.toMatch(/Translated by|번역: /);
      expect(explained.buttons).toHaveLength(1);
      // The Korean side is there regardless; no English cell claims to be on its way.
      expect(explained.cells.filter((p) => p.kind === 'body')).toHaveLength(4);
      expect(translated(explained).every((c) => c.state === 'unavailable')).toBe(true);
    });
  });
}

/**
 * An article past one run's limit (MAX_TRANSLATE_PARAGRAPHS, 2,000): 2,500 body paragraphs through
 * the real background and a loopback LibreTranslate, translated to the end in successive runs, every
 * English cell its own paragraph's translation.
 */
export function longArticleScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe('a 2,500-paragraph Korean-only article (over one run\'s 2,000)', () => {
    let driver: TranslateDriver;
    let server: PageServer;
    let engine: EngineServer;
    let url: string;

    beforeAll(async () => {
      server = await startPageServer();
      url = server.route('/very-long/', generatedArticle('장문', 2_500));
      engine = await startEngineServer('libretranslate');
      driver = await makeDriver();
      await driver.goto(url);
      await driver.setStorage('sync', { settings: { engine: 'libretranslate', engines: { libretranslate: { engine: 'libretranslate', endpoint: engine.url } } }, settings$: { v: SETTINGS_VERSION } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await Promise.all([server?.close(), engine?.close()]);
    });

    it('translates every paragraph to the end', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const tally = (root: ShadowRoot | null) => {
        const cells = Array.from(root?.querySelectorAll('[data-pair][lang="en"][data-state]') ?? []);
        return {
          state: root?.querySelector('.panel')?.getAttribute('data-translation-state') ?? null,
          cells: cells.length,
          done: cells.filter((c) => c.getAttribute('data-state') === 'done').length,
        };
      };
      // Rows are rendered in slices (a long article's first screen comes first): wait for all of them too.
      const end = await waitFor(() => driver.inPanel(tally).then((t) => (t.state === 'failed' || (t.state === 'done' && t.cells === 2_501) ? t : null)), 'the translation to end', 120_000);
      // The headline and 2,500 body paragraphs, every one translated.
      expect(end).toEqual({ state: 'done', cells: 2_501, done: 2_501 });
      // Each English cell carries its own paragraph's translation: nothing shifted between runs.
      const rows = await driver.inPanel(snapshot);
      const wrong = translated(rows!).filter((c) => c.en !== fakeTranslation(c.ko));
      expect(wrong.slice(0, 3)).toEqual([]);
      const sent = engine.requests.flatMap((r) => r.texts);
      expect(sent).toHaveLength(2_501);
      expect(new Set(sent).size).toBe(2_501);
    }, 180_000);
  });
}
