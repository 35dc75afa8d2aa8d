/**
 * The reader scenarios, run unchanged in Chromium and Firefox (what the reader must do on the seed
 * article, through the automation contract documented in the README).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './session';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { REPO_ROOT, type PageServer } from '../testing/server';

const SEED = 'breaknews-seed';
const MARKER = '아래는 위 기사를 구글 번역기로';

interface PanelSnapshot {
  primary: string | null;
  rows: { pair: string; ko: string[]; en: string[]; unpaired: boolean; kind: string | null }[];
  text: string;
}

/** Reads the open panel's rows back from the DOM contract: data-pair, lang, data-unpaired. */
function snapshot(root: ShadowRoot | null): PanelSnapshot | null {
  if (!root) return null;
  const holder = root.querySelector('[data-primary]');
  const byPair = new Map<string, PanelSnapshot['rows'][number]>();
  for (const el of Array.from(root.querySelectorAll('[data-pair]'))) {
    const pair = el.getAttribute('data-pair')!;
    const row = byPair.get(pair) ?? { pair, ko: [], en: [], unpaired: false, kind: el.getAttribute('data-kind') };
    const lang = el.getAttribute('lang') as 'ko' | 'en';
    // Tags ("No counterpart", "Photo caption") are UI, not page text.
    const clone = el.cloneNode(true) as Element;
    clone.querySelectorAll('.tag').forEach((t) => t.remove());
    row[lang].push((clone.textContent ?? '').trim());
    row.unpaired ||= el.hasAttribute('data-unpaired');
    byPair.set(pair, row);
  }
  return { primary: holder?.getAttribute('data-primary') ?? null, rows: [...byPair.values()], text: root.textContent ?? '' };
}

export function readerScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`reader in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    const shots = resolve(REPO_ROOT, 'test-results');

    beforeAll(() => mkdirSync(shots, { recursive: true }));
    browserSession(makeDriver, (started, pages) => {
      driver = started;
      server = pages;
    });

    const openSeed = async (): Promise<PanelSnapshot | null> => {
      const reply = await driver.send({ type: 'reader:toggle' });
      expect(reply).toEqual({ open: true, primary: 'ko' });
      return waitFor(() => driver.inPanel(snapshot), 'the panel to render');
    };

    it('shows the seed article as linked pairs: headline, byline, five body paragraphs; caption unpaired; no marker', async () => {
      await driver.goto(server.fixtureUrl(SEED));
      const bodyBefore = await driver.inPage(() => document.body.innerHTML);
      const panel = (await openSeed())!;
      await driver.screenshot(resolve(shots, `${name}-seed.png`));
      expect(panel.primary).toBe('ko');
      const paired = panel.rows.filter((r) => r.ko.length && r.en.length);
      expect(paired.map((r) => r.kind)).toEqual(['headline', 'byline', 'body', 'body', 'body', 'body', 'body']);
      expect(paired[0].ko[0]).toBe('정용래 유성구청장, 참좋은지방자치정책대회 우수정책 발표…');
      expect(paired[0].en[0]).toMatch(/^Jung Yong-rae, Mayor of Yuseong-gu, announced excellent policies/);
      expect(paired[1].en[0]).toBe('Reporter Jeong-Hwan KIM');
      expect(paired[2].ko[0]).toMatch(/^정용래 유성구청장은 31일/);
      expect(paired[2].en[0]).toMatch(/^Yong-rae Jeong, Mayor of Yuseong-gu, participated/);
      expect(paired[6].ko[0]).toMatch(/^정용래 유성구청장은 “4차 산업혁명/);
      expect(paired[6].en[0]).toMatch(/^Jung Yong-rae, Mayor of Yuseong-gu, said/);
      const captions = panel.rows.filter((r) => r.kind === 'caption');
      expect(captions).toHaveLength(1);
      expect(captions[0].unpaired).toBe(true);
      expect(captions[0].en).toEqual([]);
      expect(captions[0].ko[0]).toMatch(/^▲ 정용래 유성구청장/);
      expect(panel.text).not.toContain(MARKER);
      expect(panel.text).not.toContain('Below is the [full text]');
      // The page is untouched but for the panel's host element.
      const bodyWithPanel = await driver.inPage(() => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('[data-hanyeong-reader]').forEach((el) => el.remove());
        return clone.innerHTML;
      });
      expect(bodyWithPanel).toBe(bodyBefore);
    });

    it('highlights the counterpart of a hovered paragraph and of a focused one', async () => {
      await driver.hover('[data-pair="5"][lang="ko"]');
      const hovered = await waitFor(
        () => driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-active]')).map((el) => `${el.getAttribute('data-pair')}:${el.getAttribute('lang')}`)).then((a) => (a.length === 2 ? a : null)),
        'two active elements',
      );
      expect(hovered.sort()).toEqual(['5:en', '5:ko']);
      await driver.focus('[data-pair="7"][lang="en"]');
      const focused = await waitFor(
        () => driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-active]')).map((el) => `${el.getAttribute('data-pair')}:${el.getAttribute('lang')}`)).then((a) => (a.includes('7:ko') ? a : null)),
        'the focused pair to be active',
      );
      expect(focused.sort()).toEqual(['7:en', '7:ko']);
    });

    it('switches the leading language and back', async () => {
      expect(await driver.send({ type: 'reader:switch-language' })).toEqual({ open: true, primary: 'en' });
      const order = await driver.inPanel((root) => ({
        primary: root!.querySelector('[data-primary]')!.getAttribute('data-primary'),
        firstCell: root!.querySelector('.row .cell')!.getAttribute('lang'),
      }));
      expect(order).toEqual({ primary: 'en', firstCell: 'en' });
      expect(await driver.send({ type: 'reader:switch-language' })).toEqual({ open: true, primary: 'ko' });
    });

    it('closes with the toggle, with Escape and with the close button, leaving no host behind', async () => {
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: false });
      expect(await driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length)).toBe(0);

      await driver.send({ type: 'reader:toggle' });
      await driver.focus('[data-pair="3"][lang="ko"]');
      await driver.press('Escape');
      await waitFor(() => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length === 0), 'Escape to close the panel');
      expect(await driver.send({ type: 'reader:state' })).toEqual({ open: false });

      await driver.send({ type: 'reader:toggle' });
      await driver.inPanel((root) => (root!.querySelector('[data-action="close"]') as HTMLButtonElement).click());
      await waitFor(() => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length === 0), 'the close button to close the panel');
    });

    it('says so, in the panel, on a page that is not a Korean article', async () => {
      await driver.goto(
        server.route(
          '/not-an-article/',
          '<!doctype html><html lang="en"><head><title>Weather</title></head><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">Sunny</a></li><li><a href="/b">Rain</a></li></ul></body></html>',
        ),
      );
      expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
      const notice = await waitFor(() => driver.inPanel((root) => root?.querySelector('[role="alert"]')?.textContent ?? null), 'the notice');
      expect(notice).toMatch(/No Korean article|한국어 기사를 찾지 못했습니다/);
      expect(await driver.inPanel((root) => root!.querySelectorAll('[data-pair]').length)).toBe(0);
    });
  });
}
