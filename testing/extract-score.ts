/**
 * Scoring for extraction, shared by `npm run bench:extract` and the tests: reading a case folder's
 * gold (the corpus's gold.json, a fixture's expected.json, or the seed's reader-format
 * expected.json) and comparing an extraction with it the way the corpus README defines:
 * whitespace tokens, NFC, leading/trailing punctuation stripped, multiset overlap.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKoreanDate } from '../lib/extract/dates';
import { normalizeText } from '../lib/extract/text';

export interface Gold {
  url: string | null;
  site: string | null;
  headline: string | null;
  authors: string[] | null;
  /** ISO 8601 Korea time (or `YYYY-MM-DD` when the gold has only a date). */
  published: string | null;
  updated?: string | null;
  /** Body paragraphs; null when the gold only has snippets. */
  paragraphs: string[] | null;
  /** Reader-format fixtures: English paragraphs that close the body. */
  tail?: string[];
  captions?: string[];
  summary?: string | null;
  language?: string;
  /** Snippets the body must contain / must not contain (kbsworld gold). */
  with?: string[];
  without?: string[];
  isArticle: boolean;
}

/** Gold `published` comes as "2024-05-30 11:40:08", "2020.07.13. 오후 5:04", "…+09:00", "2023-11-07". */
export function normalizeGoldDate(value: unknown): string | null {
  return typeof value === 'string' ? parseKoreanDate(value) : null;
}

export function readGold(dir: string): Gold {
  const goldPath = existsSync(path.join(dir, 'gold.json')) ? path.join(dir, 'gold.json') : path.join(dir, 'expected.json');
  const raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  if (raw.ko && raw.byline) {
    // The reader's output format (tests/fixtures/breaknews-seed).
    return {
      url: raw.url,
      site: raw.site,
      headline: raw.headline?.ko ?? null,
      authors: raw.byline.authors,
      published: normalizeGoldDate(raw.byline.published),
      updated: normalizeGoldDate(raw.byline.updated),
      paragraphs: raw.ko.paragraphs,
      tail: raw.en?.paragraphs,
      captions: raw.ko.captions,
      language: raw.language,
      isArticle: raw.isArticle,
    };
  }
  return {
    url: raw.url ?? null,
    site: raw.site ?? null,
    headline: raw.headline ?? null,
    authors: raw.authors ?? null,
    published: normalizeGoldDate(raw.published),
    updated: raw.updated === undefined ? undefined : normalizeGoldDate(raw.updated),
    paragraphs: raw.paragraphs ?? null,
    captions: raw.captions,
    summary: raw.summary,
    language: raw.language,
    with: raw.with,
    without: raw.without,
    isArticle: raw.isArticle !== false,
  };
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenScore(extracted: string, gold: string): TokenScore {
  const want = new Map<string, number>();
  const goldTokens = tokens(gold);
  for (const t of goldTokens) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(extracted);
  let overlap = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      want.set(t, n - 1);
    }
  }
  const precision = got.length ? overlap / got.length : goldTokens.length ? 0 : 1;
  const recall = goldTokens.length ? overlap / goldTokens.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The gold body as one text (seed fixtures: Korean then English paragraphs). */
export function goldBody(gold: Gold): string | null {
  if (!gold.paragraphs) return null;
  return [...gold.paragraphs, ...(gold.tail ?? [])].join('\n');
}

/** Every `with` snippet in the body and no `without` one. */
export function snippetsPass(gold: Gold, body: string): boolean {
  const flat = normalizeText(body);
  return (gold.with ?? []).every((s) => flat.includes(normalizeText(s))) && !(gold.without ?? []).some((s) => flat.includes(normalizeText(s)));
}

export function headlineMatches(got: string | null, gold: string | null): boolean {
  return gold === null || (got !== null && normalizeText(got) === normalizeText(gold));
}

export function authorsMatch(got: string[], gold: string[] | null): boolean {
  if (gold === null) return true;
  return got.length === gold.length && got.every((name, i) => name === gold[i]);
}

/** Equal times; a date-only gold compares the date. */
export function dateMatches(got: string | null, gold: string | null): boolean {
  if (gold === null) return true;
  if (got === null) return false;
  if (gold.length === 10) return got.slice(0, 10) === gold;
  // A gold printed to the minute (`2016-09-17 14:26`) matches the page's time to the minute (its meta may carry seconds).
  if (gold.endsWith(':00+09:00')) return got.slice(0, 16) === gold.slice(0, 16);
  return got === gold;
}
