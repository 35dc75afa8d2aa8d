/**
 * One generic test over every team-written fixture: tests/fixtures/<case>/source.html + expected.json
 * (`{url, site, headline, authors, published, updated?, paragraphs, captions?, isArticle}`).
 * breaknews-seed's expected.json is in the reader's output format (ko/en sides); its body must be
 * the Korean paragraphs, then everything from the translation marker on, ending with the English
 * paragraphs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPageFile } from '../scripts/load-page';
import { extractArticle } from '../lib/extract';

const FIXTURES = path.resolve(__dirname, 'fixtures');

interface Expected {
  url: string;
  site: string;
  headline: string | null;
  authors: string[];
  published: string | null;
  updated?: string | null;
  paragraphs: string[];
  /** Reader-format fixtures only: the English paragraphs that must close the body. */
  tail?: string[];
  captions?: string[];
  summary?: string | null;
  language?: string;
  isArticle: boolean;
}

interface ReaderFormat {
  url: string;
  site: string;
  isArticle: boolean;
  language: string;
  headline: { ko: string };
  byline: { authors: string[]; published: string; updated: string | null };
  ko: { paragraphs: string[]; captions: string[] };
  en: { paragraphs: string[] };
}

function readExpected(dir: string): Expected {
  const raw = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  if (!raw.ko) return raw as Expected;
  const r = raw as ReaderFormat;
  return {
    url: r.url,
    site: r.site,
    headline: r.headline.ko,
    authors: r.byline.authors,
    published: r.byline.published,
    updated: r.byline.updated,
    paragraphs: r.ko.paragraphs,
    tail: r.en.paragraphs,
    captions: r.ko.captions,
    language: r.language,
    isArticle: r.isArticle,
  };
}

/** "paragraph 3 differs: …" for the first place two paragraph lists part. */
export function firstDifference(actual: string[], expected: string[]): string | null {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (actual[i] !== expected[i]) {
      return `paragraph ${i} differs:\n  got      ${JSON.stringify(actual[i] ?? null)}\n  expected ${JSON.stringify(expected[i] ?? null)}`;
    }
  }
  return null;
}

const cases = readdirSync(FIXTURES).filter((c) => existsSync(path.join(FIXTURES, c, 'expected.json')));

describe('extractArticle on team-written fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const expected = readExpected(dir);
      const { document } = loadPageFile(path.join(dir, 'source.html'), expected.url);
      const got = extractArticle(document, expected.url);
      const paragraphs = got.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
      const captions = got.body.filter((b) => b.kind === 'caption').map((b) => b.text);

      expect(got.isArticle, 'isArticle').toBe(expected.isArticle);
      expect(got.site, 'site').toBe(expected.site);
      if (!expected.isArticle) return;
      expect(got.headline, 'headline').toBe(expected.headline);
      expect(got.byline.authors, 'authors').toEqual(expected.authors);
      expect(got.byline.published, 'published').toBe(expected.published);
      if (expected.updated !== undefined) expect(got.byline.updated, 'updated').toBe(expected.updated);
      if (expected.language) expect(got.language, 'language').toBe(expected.language);
      if (expected.summary !== undefined) expect(got.summary, 'summary').toBe(expected.summary);
      if (expected.tail) {
        expect(firstDifference(paragraphs.slice(0, expected.paragraphs.length), expected.paragraphs)).toBeNull();
        expect(firstDifference(paragraphs.slice(-expected.tail.length), expected.tail)).toBeNull();
      } else {
        expect(firstDifference(paragraphs, expected.paragraphs)).toBeNull();
      }
      if (expected.captions) expect(captions, 'captions').toEqual(expected.captions);
    });
  }
});
