/**
 * The whole pipeline on the team's bilingual fixtures: every folder whose expected.json is in the
 * reader's output format (it has `alignment`) is read and compared field by field.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPageFile } from '../testing/load-page';
import { readArticle } from '../lib/reader';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const cases = readdirSync(FIXTURES).filter((name) => {
  const expected = resolve(FIXTURES, name, 'expected.json');
  return existsSync(expected) && 'alignment' in JSON.parse(readFileSync(expected, 'utf8'));
});

describe('reader fixtures', () => {
  it('has at least the seed article', () => expect(cases).toContain('breaknews-seed'));

  describe.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(resolve(FIXTURES, name, 'expected.json'), 'utf8'));
    const { document: doc, rows, marker } = readArticle(loadPageFile(resolve(FIXTURES, name, 'source.html'), expected.url).document, { url: expected.url });

    it('finds the article, its site and language', () => {
      expect({ isArticle: doc.isArticle, language: doc.language, site: doc.site, englishSource: doc.englishSource }).toEqual({
        isArticle: expected.isArticle,
        language: expected.language,
        site: expected.site,
        englishSource: expected.englishSource,
      });
    });

    it('reads headlines and byline', () => {
      expect(doc.headline).toEqual(expected.headline);
      expect(doc.byline).toMatchObject(expected.byline);
    });

    it('keeps the Korean and English body paragraphs apart, in order', () => {
      expect(doc.ko.paragraphs).toEqual(expected.ko.paragraphs);
      expect(doc.ko.captions).toEqual(expected.ko.captions);
      expect(doc.en.paragraphs).toEqual(expected.en.paragraphs);
      const all = [...doc.ko.paragraphs, ...doc.en.paragraphs].join('\n');
      if (marker) expect(all).not.toContain(marker);
    });

    it('links the paragraphs as expected, each link with a confidence', () => {
      expect(doc.alignment.map(({ ko, en }) => ({ ko, en }))).toEqual(expected.alignment);
      for (const link of doc.alignment) expect(link.confidence).toBeGreaterThan(0.5);
    });

    it('puts every piece of text in exactly one row, unpaired rows one-sided', () => {
      const koTexts = rows.flatMap((r) => r.ko.map((t) => t.text));
      const enTexts = rows.flatMap((r) => r.en.map((t) => t.text));
      const koExpected = [doc.headline.ko, doc.subheadline.ko, doc.byline.ko].filter(Boolean).length + doc.ko.paragraphs.length + doc.ko.captions.length;
      expect(koTexts).toHaveLength(koExpected);
      expect(new Set(enTexts).size).toBe(enTexts.length);
      const bodyPairs = rows.filter((r) => r.kind === 'body' && r.ko.length && r.en.length);
      expect(bodyPairs).toHaveLength(doc.alignment.length);
      for (const row of rows.filter((r) => r.kind === 'caption')) expect(row.en.length === 0 || row.ko.length === 0).toBe(true);
    });
  });
});
