/**
 * Word mode in the panel, the same scenarios in Chromium and Firefox: the toggle, a tapped word's
 * card (dictionary form, part of speech, romanisation, grammar), the dictionary downloaded on the
 * card's click from a loopback stand-in of kengdic's source (the team's small test dictionary,
 * tests/fixtures/words/dictionary.tsv), its glosses and hanja, the English counterpart lit in the
 * linked sentence, ←/→ between words, Save into extension storage, and Escape closing the card
 * before the panel.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { FIXTURES, startPageServer, type PageServer } from '../testing/server';

const SEED = 'breaknews-seed';
const DICTIONARY_URL = 'http://dictionary.example/kengdic.tsv';

export function wordsScenarios(name: string, makeDriver: (mapping: PageServer['hostMapping']) => Promise<ReaderDriver>): void {
  describe(`word mode in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;

    beforeAll(async () => {
      server = await startPageServer();
      server.routeUrl(DICTIONARY_URL, readFileSync(resolve(FIXTURES, 'words/dictionary.tsv')), 'text/tab-separated-values; charset=utf-8');
      driver = await makeDriver(server.hostMapping);
      await driver.goto(server.fixtureUrl(SEED));
      await driver.testHook({ type: 'test:storage', area: 'local', items: { 'hanyeong-test-dictionary-url': DICTIONARY_URL } });
      expect(await driver.send({ type: 'reader:open' })).toEqual({ open: true, primary: 'ko' });
      await waitFor(() => driver.inPanel((root) => root?.querySelectorAll('[data-pair]').length ?? 0), 'the panel rows');
    }, 90_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    /** The pair whose Korean paragraph holds `text`, and where `text` starts in it. */
    const find = (text: string) =>
      driver.inPanel(
        new Function(
          'root',
          `const p = Array.from(root.querySelectorAll('[data-pair][lang="ko"]')).find((el) => el.textContent.includes(${JSON.stringify(text)}));
           return p ? { pair: p.getAttribute('data-pair'), start: p.textContent.indexOf(${JSON.stringify(text)}) } : null;`,
        ) as (root: ShadowRoot | null) => { pair: string; start: number } | null,
      );
    const card = () =>
      driver.inPanel((root) => {
        const el = root!.querySelector('[data-word-card]');
        if (!el) return null;
        return {
          status: el.getAttribute('data-word-card'),
          text: el.querySelector('[data-word-text]')?.textContent ?? null,
          lemma: el.querySelector('[data-word-lemma]')?.textContent ?? null,
          pos: el.querySelector('[data-word-pos]')?.getAttribute('data-word-pos') ?? null,
          romanization: el.querySelector('[data-word-romanization]')?.textContent ?? null,
          grammar: el.querySelector('[data-word-grammar]')?.textContent ?? null,
          glosses: el.querySelector('[data-word-glosses]')?.getAttribute('data-word-glosses') ?? null,
          hanja: el.querySelector('[data-word-hanja]')?.textContent?.trim() ?? null,
          dictionary: el.querySelector('[data-word-dictionary]')?.getAttribute('data-word-dictionary') ?? null,
          saved: el.querySelector('[data-word-saved]')?.textContent ?? null,
          lit: Array.from(root!.querySelectorAll('[data-word-counterpart]')).map((span) => span.textContent),
          selected: root!.querySelector('[data-word-selected]')?.textContent ?? null,
        };
      });

    it('turns word mode on from the bar, making the active pair\'s Korean words tappable', async () => {
      const at = (await find('발표했다.'))!;
      expect(at).not.toBeNull();
      await driver.click('[data-action="word-mode"]');
      // In word mode the pointer passing over pairs does not move the active one: a click does.
      await driver.click(`[data-pair="${at.pair}"][lang="ko"]`);
      expect(await driver.inPanel((root) => root!.querySelector('[data-action="word-mode"]')!.getAttribute('aria-pressed'))).toBe('true');
      const words = await waitFor(() => driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-word-start]')).map((el) => el.textContent)), 'word spans in the active pair');
      expect(words).toContain('발표했다.');
      expect(words.length).toBeGreaterThan(10);
    });

    it('shows a tapped word\'s card, offers the dictionary, and after the download its glosses and counterpart', async () => {
      const at = (await find('발표했다.'))!;
      await driver.click(`[data-pair="${at.pair}"][lang="ko"] [data-word-start="${at.start}"]`);
      const first = await waitFor(() => card().then((c) => (c?.status === 'ready' ? c : null)), 'the word card', 20_000);
      expect(first).toMatchObject({ text: '발표했다.', lemma: '발표하다', pos: 'verb', romanization: 'balpyohaetda', dictionary: 'missing', selected: '발표했다.' });
      expect(first.grammar).toMatch(/past/);
      await driver.click('[data-action="word-dictionary-download"]');
      const ready = await waitFor(() => card().then((c) => (c?.status === 'ready' && c.glosses ? c : null)), 'the glosses after the download', 30_000);
      expect(ready.glosses).toMatch(/announce/);
      expect(ready.lit).toEqual(['announced']);
    });

    it('moves the card to the next word with → and looks it up', async () => {
      const at = (await find('31일'))!;
      await driver.click(`[data-pair="${at.pair}"][lang="ko"] [data-word-start="${at.start}"]`);
      const day = await waitFor(() => card().then((c) => (c?.status === 'ready' && c.text === '31일' ? c : null)), 'the card of 31일', 20_000);
      expect(day.lit).toEqual(['31st']);
      await driver.press('ArrowRight');
      const next = await waitFor(() => card().then((c) => (c?.status === 'ready' && c.text !== '31일' ? c : null)), 'the next word', 20_000);
      expect(next.text).toBe('대전시청');
      expect(next.selected).toBe('대전시청');
    });

    it('saves a word with its sentences and source into extension storage', async () => {
      const at = (await find('발표했다.'))!;
      await driver.click(`[data-pair="${at.pair}"][lang="ko"] [data-word-start="${at.start}"]`);
      await waitFor(() => card().then((c) => (c?.status === 'ready' && c.text === '발표했다.' ? c : null)), 'the card again', 20_000);
      await driver.click('[data-action="word-save"]');
      expect((await waitFor(() => card().then((c) => c?.saved), 'the saved status'))).toMatch(/Saved|저장/);
      const stored = (await driver.testHook({ type: 'test:storage', area: 'local', get: ['savedWords'] })) as { savedWords?: string };
      const list = JSON.parse(stored.savedWords ?? '{}') as { words: { lemma: string; sentence: string; english: string; glosses: string[]; url: string }[] };
      expect(list.words).toHaveLength(1);
      expect(list.words[0]).toMatchObject({ lemma: '발표하다', url: expect.stringContaining(SEED) });
      expect(list.words[0].sentence).toContain('발표했다.');
      expect(list.words[0].english).toMatch(/announced/);
      expect(list.words[0].glosses.join(' ')).toMatch(/announce/);
      await driver.click('[data-action="word-save"]');
      expect(await waitFor(() => card().then((c) => (c?.saved && /Already|이미/.test(c.saved) ? c.saved : null)), 'the already-saved status')).toBeTruthy();
    });

    it('closes the card with Escape, then the panel with the next Escape', async () => {
      await driver.focus('[data-word-selected]');
      await driver.press('Escape');
      await waitFor(() => card().then((c) => c === null), 'the card to close');
      expect((await driver.send({ type: 'reader:state' })).open).toBe(true);
      await driver.press('Escape');
      await waitFor(() => driver.send({ type: 'reader:state' }).then((s) => !s.open), 'the panel to close');
    });

    it('underlines the saved word when the article is opened again, and not with the option off', async () => {
      expect(await driver.send({ type: 'reader:open' })).toMatchObject({ open: true });
      const underlined = await waitFor(
        () => driver.inPanel((root) => Array.from(root!.querySelectorAll('[data-saved-word]')).map((el) => el.textContent)).then((found) => (found.length ? found : null)),
        'the saved word underlined',
        20_000,
      );
      expect(underlined).toEqual(['발표했다.']);
      await driver.send({ type: 'reader:close' });
      await driver.testHook({ type: 'test:storage', area: 'sync', items: { settings: { underlineSavedWords: false } } });
      await driver.send({ type: 'reader:open' });
      await waitFor(() => driver.inPanel((root) => root?.querySelectorAll('[data-pair]').length ?? 0), 'the rows');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await driver.inPanel((root) => root!.querySelectorAll('[data-saved-word]').length)).toBe(0);
    });
  });
}
