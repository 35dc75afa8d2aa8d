/**
 * Engines in the real extension, run by the background.
 *
 * The keyless web engines: the background's fetch (a form POST for google-web;
 * a token GET, then Translator v3 with the bearer for microsoft-edge) against loopback stand-ins of
 * the two services (testing/engine-servers.ts), set up the way the options page saves them
 * (engine, endpoint, no key). Every English cell ends up with its own paragraph's translation, in
 * order, one to one. Only the automation contract's attributes are read (data-pair, lang), so the
 * panel's own state markup can change underneath.
 *
 * A redirect: a keyed engine (Microsoft: the key travels in Ocp-Apim-Subscription-Key, a header fetch
 * would carry across origins) whose endpoint redirects to another loopback origin. The browser's
 * fetch gives the background an opaque redirect, which is refused: the other origin sees nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/driver';
import { startPageServer, type PageServer } from '../testing/server';
import { fakeTranslation, startEngineServer, type EngineServer } from '../testing/engine-servers';
import type { TranslateDriver } from './translate.drivers';
import { SETTINGS_VERSION } from '../lib/settings';

/** A Korean article with no English on the page: headline and four paragraphs to translate. */
const ARTICLE = 'naver-current';

/** Each Korean cell's text and the text of its English counterpart, in row order. */
function sides(root: ShadowRoot | null): Array<{ ko: string; en: string }> {
  if (!root) return [];
  return Array.from(root.querySelectorAll('[data-pair][lang="ko"]')).map((ko) => {
    const en = root.querySelector(`[data-pair="${ko.getAttribute('data-pair')}"][lang="en"]`);
    return { ko: (ko.textContent ?? '').trim(), en: (en?.textContent ?? '').trim() };
  });
}

export function engineScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe.each(['google-web', 'microsoft-edge'] as const)('keyless engine %s (loopback stand-in, run by the background)', (id) => {
    let driver: TranslateDriver;
    let pages: PageServer;
    let engine: EngineServer;

    beforeAll(async () => {
      pages = await startPageServer();
      engine = await startEngineServer(id);
      driver = await makeDriver();
      await driver.goto(pages.fixtureUrl(ARTICLE));
      // With the schema version, as the options page leaves it (an unversioned value would be migrated first).
      await driver.setStorage('sync', { settings: { engine: id, engines: { [id]: { engine: id, endpoint: engine.url } } }, settings$: { v: SETTINGS_VERSION } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await pages?.close();
      await engine?.close();
    });

    it('fills every English cell with its own paragraph’s translation, in order, with no key', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const filled = await waitFor(
        () => driver.inPanel(sides).then((rows) => {
          const translated = rows.filter((row) => row.en === fakeTranslation(row.ko));
          return translated.length >= 5 ? rows : null;
        }),
        'five translated cells',
        20_000,
      );
      // Rows the engine was asked for carry exactly their translation; no row carries another's.
      const asked = engine.requests.filter((r) => r.path !== '/translate/auth').flatMap((r) => r.texts);
      expect(asked).toHaveLength(5);
      for (const row of filled) if (asked.includes(row.ko)) expect(row.en).toBe(fakeTranslation(row.ko));
      // Sent in reading order: the order of the rows on the page.
      expect(asked).toEqual(filled.map((row) => row.ko).filter((ko) => asked.includes(ko)));
      for (const request of engine.requests) expect(request.headers).not.toHaveProperty('cookie');
      if (id === 'microsoft-edge') expect(engine.tokens).toHaveLength(1);
    });
  });
}

export function redirectScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe('a keyed engine whose endpoint redirects to another origin', () => {
    let driver: TranslateDriver;
    let pages: PageServer;
    let redirecting: EngineServer;
    let elsewhere: EngineServer;

    beforeAll(async () => {
      pages = await startPageServer();
      elsewhere = await startEngineServer('microsoft');
      redirecting = await startEngineServer('microsoft', { reply: 'redirect', location: `${elsewhere.url}/translate?api-version=3.0&from=ko&to=en` });
      driver = await makeDriver();
      await driver.goto(pages.fixtureUrl(ARTICLE));
      await driver.setStorage('sync', { settings: { engine: 'microsoft', engines: { microsoft: { engine: 'microsoft', key: '', endpoint: redirecting.url } } }, settings$: { v: SETTINGS_VERSION } });
      await driver.setStorage('local', { engineSecrets: { microsoft: { key: 'e2eRedirectedKey' } } });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await pages?.close();
      await redirecting?.close();
      await elsewhere?.close();
    });

    it('is not followed: the key and the text never reach the other origin, and no cell is filled', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      await waitFor(async () => redirecting.requests.length >= 1 || null, 'the request to the redirecting endpoint');
      expect(redirecting.requests[0].headers['ocp-apim-subscription-key']).toBe('e2eRedirectedKey');
      // Whatever the runner does next (resending one by one), give it time to follow, if it would.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(elsewhere.requests).toEqual([]);
      const rows = await driver.inPanel(sides);
      expect(rows.some((row) => row.en === fakeTranslation(row.ko))).toBe(false);
      expect(await driver.inPage(() => document.documentElement.outerHTML.includes('e2eRedirectedKey'))).toBe(false);
    });
  });
}

/**
 * A keyless engine that stops answering (Google's public endpoint rate-limits a client for an hour:
 * 429 with a long Retry-After): the panel says so and offers the other keyless engine and the
 * on-device model; one click on the other keyless engine translates this article with it.
 */
export function keylessFallbackScenarios(makeDriver: () => Promise<TranslateDriver>): void {
  describe('a keyless engine that stops answering offers the other one', () => {
    let driver: TranslateDriver;
    let pages: PageServer;
    let google: EngineServer;
    let edge: EngineServer;

    const bar = (root: ShadowRoot | null) => ({
      state: root?.querySelector('.panel')?.getAttribute('data-translation-state') ?? null,
      offers: Array.from(root?.querySelectorAll('.translation-bar [data-action="use-engine"]') ?? []).map((b) => b.getAttribute('data-engine')),
      cells: Array.from(root?.querySelectorAll('[data-pair][lang="en"][data-state]') ?? []).map((c) => c.getAttribute('data-state')),
      text: root?.querySelector('.translation-bar')?.textContent ?? '',
    });

    beforeAll(async () => {
      [pages, google, edge] = await Promise.all([
        startPageServer(),
        startEngineServer('google-web', { reply: 'status', status: 429, headers: { 'Retry-After': '3600' } }),
        startEngineServer('microsoft-edge'),
      ]);
      driver = await makeDriver();
      await driver.goto(pages.fixtureUrl(ARTICLE));
      await driver.setStorage('sync', {
        settings: { engine: 'google-web', engines: { 'google-web': { engine: 'google-web', endpoint: google.url }, 'microsoft-edge': { engine: 'microsoft-edge', endpoint: edge.url } } },
        settings$: { v: SETTINGS_VERSION },
      });
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await Promise.all([pages?.close(), google?.close(), edge?.close()]);
    });

    it('says the engine failed, offers Microsoft and the on-device model, and Microsoft fills every cell', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const failed = await waitFor(() => driver.inPanel(bar).then((b) => (b.offers.length > 0 ? b : null)), 'the fallback offer', 10_000);
      expect(failed.state).toBe('failed');
      expect(failed.cells.every((state) => state === 'failed'), JSON.stringify(failed.cells)).toBe(true);
      expect(failed.offers[0]).toBe('microsoft-edge');
      expect(failed.offers).toContain('bergamot');
      // The 429 with an hour's Retry-After stopped the run after the first request: nothing was hammered.
      expect(google.requests).toHaveLength(1);
      expect(edge.requests).toHaveLength(0);

      await driver.click('.translation-bar [data-action="use-engine"][data-engine="microsoft-edge"]');
      const filled = await waitFor(
        () => driver.inPanel(sides).then((rows) => (rows.filter((row) => row.en === fakeTranslation(row.ko)).length >= 5 ? rows : null)),
        'five cells translated by the other keyless engine',
        20_000,
      );
      expect(filled.length).toBeGreaterThanOrEqual(5);
      expect((await driver.inPanel(bar)).state).toBe('done');
      expect(edge.requests.filter((r) => r.path !== '/translate/auth').flatMap((r) => r.texts)).toHaveLength(5);
      expect(google.requests).toHaveLength(1);
    });
  });
}
