/**
 * Translation in the panel (issue 4), through the automation contract: a Korean article with no
 * English opens at once with its Korean side, and the chosen engine fills the English side row by row.
 * - on device (Chromium): a stand-in Translator in the reader's own world; download progress from
 *   the click, streaming fill-in, an inline failure and its retry, cancel, and close-cancels;
 * - a network engine (LibreTranslate at a loopback server) run by the background, in both browsers;
 * - Firefox with the default Chrome engine: the panel explains and offers the options page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './driver';
import { startPageServer, type PageServer } from './server';
import { fakeTranslation, startEngineServer, type EngineServer } from '../tests/helpers/engine-servers';
import type { TranslateDriver } from './translate.drivers';

/** A Korean article with no English on the page: headline and four paragraphs to translate. */
const ARTICLE = 'naver-current';
const FAILING = '야간에는';

interface BarSnapshot {
  phase: string | null;
  done: string | null;
  total: string | null;
  download: string | null;
  text: string;
}

function bar(root: ShadowRoot | null): BarSnapshot | null {
  const el = root?.querySelector('[data-translation-phase]');
  if (!el) return null;
  const progress = el.querySelector('[data-done]');
  return {
    phase: el.getAttribute('data-translation-phase'),
    done: progress?.getAttribute('data-done') ?? null,
    total: progress?.getAttribute('data-total') ?? null,
    download: el.querySelector('[data-download-progress]')?.getAttribute('data-download-progress') ?? null,
    text: el.textContent ?? '',
  };
}

interface Pair {
  pair: string;
  kind: string | null;
  ko: string;
  en: string | null;
  status: string | null;
}

/** Every row with Korean text, and what stands on its English side. */
function pairs(root: ShadowRoot | null): Pair[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll('[data-pair][lang="ko"]')).map((ko) => {
    const pair = ko.getAttribute('data-pair')!;
    const en = root.querySelector(`[data-pair="${pair}"][lang="en"]`);
    return {
      pair,
      kind: ko.getAttribute('data-kind'),
      ko: (ko.textContent ?? '').trim(),
      en: en ? (en.textContent ?? '').trim() : null,
      status: en?.getAttribute('data-translation') ?? null,
    };
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
  describe('on-device translation (stand-in Translator in the reader\'s world)', () => {
    let driver: TranslateDriver;
    let server: PageServer;
    const standIn = (expression: string) => driver.inExtensionWorld!(expression);
    const closed = () => waitFor(() => driver.inPage(() => document.querySelectorAll('hanyeong-reader').length === 0), 'the panel to close');

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

    it('opens at once with the Korean side, asks for the click, shows the download, then fills English row by row', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const waiting = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'needs-download' ? b : null)), 'the download offer');
      expect(waiting.text).toMatch(/Korean–English model|한영 번역 모델/);
      const before = await driver.inPanel(pairs);
      expect(before.filter((p) => p.kind === 'body')).toHaveLength(4);
      expect(before.every((p) => p.en === null || p.status === 'pending')).toBe(true);
      expect(await standIn('__standIn.calls')).toBe(0);

      await driver.click('[data-action="download-model"]');
      const downloading = await waitFor(() => driver.inPanel(bar).then((b) => (b?.download === '40' ? b : null)), 'the download at 40%');
      expect(downloading.text).toMatch(/Downloading the Korean–English model 40%|한영 번역 모델을 내려받는 중 40%/);

      // Streaming: some rows are filled while others are still on their way.
      const partway = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'translating' && Number(b.done) >= 1 ? b : null)), 'the first translated row');
      expect(partway.total).toBe('5');
      expect(Number(partway.done)).toBeLessThan(5);
      const partial = await driver.inPanel(pairs);
      expect(partial.some((p) => p.status === 'pending')).toBe(true);

      const finished = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'finished' ? b : null)), 'the translation to finish');
      expect([finished.done, finished.total]).toEqual(['4', '5']);
      expect(finished.text).toContain('4 / 5');
      const rows = await driver.inPanel(pairs);
      const translated = rows.filter((p) => p.status !== null);
      expect(translated.map((p) => p.kind)).toEqual(['headline', 'body', 'body', 'body', 'body']);
      for (const row of translated) {
        if (row.ko.includes(FAILING)) {
          expect(row.status).toBe('error');
          expect(row.en).toMatch(/could not be translated|번역하지 못했습니다/);
        } else {
          // Each translation sits in the row of its own source: nothing shifted.
          expect(row).toMatchObject({ status: 'done', en: `EN ${row.ko}` });
        }
      }
      // The caption and the byline stay one-sided.
      expect(rows.filter((p) => p.status === null).every((p) => p.en === null)).toBe(true);
    });

    it('retries the failed paragraph alone from its inline button', async () => {
      await standIn('(__standIn.failing = null, __standIn.calls = 0, true)');
      await driver.click('[data-translation="error"] [data-action="retry-paragraph"]');
      const finished = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'finished' && b.done === '5' ? b : null)), 'the retried paragraph');
      expect(finished.text).toContain('5 / 5');
      expect(await standIn('__standIn.calls')).toBe(1);
      const failedBefore = (await driver.inPanel(pairs)).find((p) => p.ko.includes(FAILING))!;
      expect(failedBefore).toMatchObject({ status: 'done', en: `EN ${failedBefore.ko}` });
    });

    it('cancel stops the outstanding paragraphs and keeps those that arrived; no download is asked again', async () => {
      await driver.send({ type: 'reader:toggle' });
      await closed();
      await standIn('(__standIn.delay = 1200, __standIn.calls = 0, __standIn.aborted = 0, true)');
      await driver.send({ type: 'reader:toggle' });
      // The model is there now: translation starts without a click.
      await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'translating' && b.done === '1' ? b : null)), 'one translated row', 15_000);
      await driver.click('[data-action="cancel-translation"]');
      const cancelled = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'cancelled' ? b : null)), 'the cancel');
      expect(cancelled.done).toBe('1');
      const calls = await standIn('__standIn.calls');
      expect(await standIn('__standIn.aborted')).toBe(1);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await standIn('__standIn.calls')).toBe(calls);
      const rows = await driver.inPanel(pairs);
      expect(rows.filter((p) => p.status === 'done')).toHaveLength(1);
      expect(rows.filter((p) => p.status === 'cancelled')).toHaveLength(4);
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

    beforeAll(async () => {
      server = await startPageServer();
      // The first batch answer drops a paragraph, so the runner resends one by one; the FAILING
      // paragraph then gets 500s until the test lets it through.
      engine = await startEngineServer('libretranslate', (request, n) => {
        if (n === 0) return { reply: 'wrong-count', mode: 'drop-last' };
        if (failing && request.texts.some((t) => t.includes(FAILING))) return { reply: 'status', status: 500 };
        return { reply: 'translate' };
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

    it('fills every row but the failing one, which shows its error and translates on retry', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const finished = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'finished' ? b : null)), 'the translation to finish', 20_000);
      expect([finished.done, finished.total]).toEqual(['4', '5']);
      expect(finished.text).toMatch(/LibreTranslate/);
      let rows = (await driver.inPanel(pairs)).filter((p) => p.status !== null);
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        if (row.ko.includes(FAILING)) expect(row.en).toMatch(/libretranslate: server \(HTTP 500\)/);
        else expect(row).toMatchObject({ status: 'done', en: fakeTranslation(row.ko) });
      }
      // The key went to the engine in its body, never to the page.
      expect(engine.requests.every((r) => (r.json as { api_key?: string }).api_key === 'e2eLibreKey')).toBe(true);
      expect(await driver.inPage(() => document.documentElement.outerHTML.includes('e2eLibreKey'))).toBe(false);

      failing = false;
      await driver.click('[data-translation="error"] [data-action="retry-paragraph"]');
      await waitFor(() => driver.inPanel(bar).then((b) => (b?.done === '5' ? b : null)), 'the retried paragraph');
      rows = (await driver.inPanel(pairs)).filter((p) => p.status !== null);
      expect(rows.every((p) => p.status === 'done' && p.en === fakeTranslation(p.ko))).toBe(true);
    });

    it('reopening the article costs no request: the background cache answers', async () => {
      await driver.send({ type: 'reader:toggle' });
      const sent = engine.requests.length;
      await driver.send({ type: 'reader:toggle' });
      const finished = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'finished' ? b : null)), 'the cached translation');
      expect(finished.done).toBe('5');
      expect(engine.requests.length).toBe(sent);
    });
  });
}

export function noBuiltinScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe('the Chrome engine where there is none (Firefox)', () => {
    let driver: TranslateDriver;
    let server: PageServer;

    beforeAll(async () => {
      server = await startPageServer();
      driver = await makeDriver();
      await driver.goto(server.fixtureUrl(ARTICLE));
      await driver.setStorage('sync', { settings: { engine: 'chrome-builtin' } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('explains in the panel and opens the options page from its button', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const explained = await waitFor(() => driver.inPanel(bar).then((b) => (b?.phase === 'unsupported' ? b : null)), 'the explanation');
      expect(explained.text).toMatch(/no built-in translator|내장 번역기가 없습니다/);
      // The Korean side is there regardless.
      expect((await driver.inPanel(pairs)).filter((p) => p.kind === 'body')).toHaveLength(4);
      const isOptions = (url: string) => /^(moz|chrome)-extension:\/\/[^/]+\/options\.html|^about:addons/.test(url);
      expect((await driver.pageUrls()).some(isOptions)).toBe(false);
      await driver.click('[data-action="open-options"]');
      await waitFor(() => driver.pageUrls().then((urls) => urls.some(isOptions)), 'the options page to open');
    });
  });
}
