/**
 * Translated rows in lib/translated-view.ts (translationUnits, withTranslations): what is sent, and where each
 * answer lands, for a Korean article with no English and for an English article from a Korean outlet.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadPageFile, loadPageBytes } from '../testing/load-page';
import { readArticle } from '../lib/reader';
import { translationUnits, withTranslations } from '../lib/translated-view';

const NAVER = resolve(import.meta.dirname, 'fixtures/naver-current/source.html');
const NAVER_URL = 'https://n.news.naver.com/mnews/article/001/0014700001';

describe('translated rows', () => {
  const view = readArticle(loadPageFile(NAVER, NAVER_URL).document, { url: NAVER_URL });

  it('sends the headline and every body paragraph in reading order; bylines and captions stay one-sided', () => {
    const units = translationUnits(view.rows, 'ko');
    expect(units.map((u) => view.rows[u.row].kind)).toEqual(['headline', 'body', 'body', 'body', 'body']);
    expect(units.slice(1).map((u) => u.text)).toEqual(view.document.ko.paragraphs);
    expect(units.map((u) => u.row)).toEqual([...units.map((u) => u.row)].sort((a, b) => a - b));
  });

  it('puts each answer in its own row, whatever arrived, and links paragraphs one to one', () => {
    const units = translationUnits(view.rows, 'ko');
    // Only the third paragraph and the headline have arrived.
    const partial = withTranslations(view, 'deepl', 'ko', new Map([[units[3].row, 'THIRD'], [units[0].row, 'HEADLINE']]));
    expect(partial.document.englishSource).toBe('deepl');
    expect(partial.document.headline.en).toBe('HEADLINE');
    expect(partial.document.en.paragraphs).toEqual(['', '', 'THIRD', '']);
    expect(partial.document.alignment).toEqual([{ ko: [2], en: [2], confidence: 1 }]);
    expect(partial.rows[units[3].row].en).toEqual([{ text: 'THIRD', paragraph: 2 }]);
    expect(partial.rows.length).toBe(view.rows.length);
    // The source view is not changed.
    expect(view.rows[units[3].row].en).toEqual([]);
  });

  it('fills the Korean side of an English article (direction en → ko)', () => {
    const html = `<!doctype html><html lang="en"><head><title>Seoul opens libraries late</title>
      <meta property="og:title" content="Seoul opens libraries late"></head><body><article>
      <h1>Seoul opens libraries late</h1>
      <p>Twelve district libraries in Seoul will stay open until 10 p.m. on weekdays starting this month, officials said on Monday.</p>
      <p>The district said the trial responds to a growing number of office workers who visit libraries after work.</p>
      <p>Only reading rooms will open at night, and books can be borrowed and returned at self-service machines.</p>
      </article></body></html>`;
    const english = readArticle(loadPageBytes(Buffer.from(html), 'https://www.koreaherald.com/article/1').document, { url: 'https://www.koreaherald.com/article/1' });
    expect(english.document.language).toBe('en');
    const units = translationUnits(english.rows, 'en');
    expect(units.length).toBeGreaterThanOrEqual(2);
    const done = withTranslations(english, 'papago', 'en', new Map(units.map((u) => [u.row, `KO ${u.text}`])));
    expect(done.document.ko.paragraphs).toEqual(english.document.en.paragraphs.map((p) => `KO ${p}`));
    expect(done.document.alignment).toEqual(english.document.en.paragraphs.map((_, i) => ({ ko: [i], en: [i], confidence: 1 })));
  });
});
