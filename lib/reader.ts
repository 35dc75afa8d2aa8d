/**
 * The whole pipeline for one page: detect → extract → split → align, and the rows the panel shows.
 * Used by the content script on the live DOM and by the CLI on a parsed file: the same code, so
 * what `npm run reader -- extract` prints is what the panel shows.
 */
import type { AlignmentLink, Block, ReaderDocument, Language } from './types';
import { extractionSteps } from './extract';
import { splitSteps, type BilingualSplit } from './split';
import { runSteps } from './steps';
import { alignmentSteps } from './align';

export type RowKind = 'headline' | 'subheadline' | 'byline' | 'body' | 'caption';

/** One piece of text in a row: `paragraph` is its index in ReaderDocument.{ko,en}.paragraphs, or null. */
export interface RowText {
  text: string;
  paragraph: number | null;
}

/**
 * One row of the reader: a linked pair, or one side's text with no counterpart (the other side is
 * empty; the panel marks it unpaired and never pads it).
 */
export interface ReaderRow {
  kind: RowKind;
  ko: RowText[];
  en: RowText[];
  /** The aligner's confidence for body pairs; null for structural pairs and unpaired rows. */
  confidence: number | null;
}

export interface ReaderView {
  document: ReaderDocument;
  rows: ReaderRow[];
  marker: string | null;
  /** The page was longer than the copy the reader read (lib/snapshot.ts): its end is left out. */
  cut?: boolean;
}

const paragraphsOf = (blocks: Block[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const captionsOf = (blocks: Block[]) => blocks.filter((b) => b.kind === 'caption').map((b) => b.text);

function structuralRow(kind: RowKind, ko: string | null, en: string | null): ReaderRow[] {
  if (!ko && !en) return [];
  return [
    {
      kind,
      ko: ko ? [{ text: ko, paragraph: null }] : [],
      en: en ? [{ text: en, paragraph: null }] : [],
      confidence: null,
    },
  ];
}

/** A row with one side's block and nothing on the other (unpaired text, or a caption). */
function oneSided(lang: Language, block: Block, paragraph: number | null): ReaderRow {
  const text: RowText[] = [{ text: block.text, paragraph }];
  return { kind: block.kind === 'caption' ? 'caption' : 'body', ko: lang === 'ko' ? text : [], en: lang === 'en' ? text : [], confidence: null };
}

/** Walks both sides' blocks in page order, emitting each link as one row and everything else on its own. */
export function buildRows(split: BilingualSplit, alignment: AlignmentLink[]): ReaderRow[] {
  const en = split.en;
  const rows: ReaderRow[] = [
    ...structuralRow('headline', split.ko.headline, en?.headline ?? null),
    ...structuralRow('subheadline', split.ko.subheadline, en?.subheadline ?? null),
    ...structuralRow('byline', split.ko.byline, en?.byline ?? null),
  ];
  const sides = { ko: split.ko.blocks, en: en?.blocks ?? [] };
  const cursor = { ko: 0, en: 0 };
  const paragraphCount = { ko: 0, en: 0 };

  /** Emit unpaired blocks of one side until its next paragraph is number `until` (or to the end). */
  const flush = (lang: Language, until: number) => {
    const blocks = sides[lang];
    while (cursor[lang] < blocks.length) {
      const block = blocks[cursor[lang]];
      if (block.kind === 'paragraph' && paragraphCount[lang] >= until) return;
      rows.push(oneSided(lang, block, block.kind === 'paragraph' ? paragraphCount[lang]++ : null));
      cursor[lang]++;
    }
  };
  /** Take the paragraphs of one side that a link names (they are next, after flush). */
  const take = (lang: Language, indices: number[]): RowText[] => {
    const out: RowText[] = [];
    const blocks = sides[lang];
    for (const _ of indices) {
      while (cursor[lang] < blocks.length && blocks[cursor[lang]].kind !== 'paragraph') {
        // A caption inside a multi-paragraph link keeps its place just before the pair.
        rows.push(oneSided(lang, blocks[cursor[lang]], null));
        cursor[lang]++;
      }
      out.push({ text: blocks[cursor[lang]].text, paragraph: paragraphCount[lang]++ });
      cursor[lang]++;
    }
    return out;
  };

  for (const link of alignment) {
    flush('ko', link.ko[0]);
    flush('en', link.en[0]);
    rows.push({ kind: 'body', ko: take('ko', link.ko), en: take('en', link.en), confidence: link.confidence });
  }
  flush('ko', Infinity);
  flush('en', Infinity);
  return rows;
}

export interface ReadOptions {
  url?: string | null;
}

/** Read one page: the reader's JSON (issue 2's contract) and the rows of the panel. */
export function readArticle(doc: Document, options: ReadOptions = {}): ReaderView {
  return runSteps(readingSteps(doc, options));
}

/** How long the reader works before handing the page's main thread back (well under a 50 ms long task). */
export const SLICE_MS = 8;

/**
 * The same reading, handing the page's main thread back (`pause`) once a slice has run SLICE_MS: at
 * the checkpoints of extraction's walks (lib/steps.ts), between stages and between the aligner's
 * windows. A 3,000-paragraph article took one 780 ms task in Chromium before (issue 6); a
 * 100,000-paragraph one took one of 1.7 s in extraction alone (issue 14, `npm run bench`).
 * `onSlice` is called after each slice (the content script checks there that the page held still).
 */
export async function readArticleInSlices(doc: Document, options: ReadOptions, pause: () => Promise<void>, onSlice?: () => void): Promise<ReaderView> {
  const steps = readingSteps(doc, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    onSlice?.();
    await pause();
    sliceStart = performance.now();
  }
}

function* readingSteps(doc: Document, options: ReadOptions): Generator<void, ReaderView> {
  const url = options.url ?? null;
  const extraction = yield* extractionSteps(doc, url);
  yield;
  const englishArticle = extraction.language === 'en';

  // An English-language article from a Korean outlet is its own English side; its Korean comes
  // from a translation engine (issue 4), so nothing is split or aligned here.
  const split: BilingualSplit = englishArticle
    ? {
        marker: null,
        ko: { headline: null, subheadline: null, byline: null, blocks: [] },
        en: { headline: extraction.headline, subheadline: extraction.subheadline, byline: extraction.byline.text, blocks: extraction.body },
      }
    : yield* splitSteps(extraction);

  const koParagraphs = paragraphsOf(split.ko.blocks);
  const enParagraphs = split.en ? paragraphsOf(split.en.blocks) : [];
  yield;
  const alignment = koParagraphs.length && enParagraphs.length ? yield* alignmentSteps(koParagraphs, enParagraphs) : [];
  yield;

  const document: ReaderDocument = {
    isArticle: extraction.isArticle,
    language: extraction.language,
    site: extraction.site,
    url,
    headline: { ko: split.ko.headline, en: split.en?.headline ?? null },
    subheadline: { ko: split.ko.subheadline, en: split.en?.subheadline ?? null },
    byline: {
      ko: split.ko.byline,
      en: split.en?.byline ?? null,
      authors: extraction.byline.authors,
      published: extraction.byline.published,
      updated: extraction.byline.updated,
    },
    englishSource: split.en && enParagraphs.length ? 'page' : 'none',
    ko: { paragraphs: koParagraphs, captions: captionsOf(split.ko.blocks) },
    en: { paragraphs: enParagraphs },
    alignment,
  };
  return { document, rows: buildRows(split, alignment), marker: split.marker };
}

/**
 * One piece of source text a translation engine fills in, and the row it belongs to (issue 4).
 * Headline, subheadline and body paragraphs are translated; bylines (names and dates, which engines
 * garble) and photo captions stay one-sided.
 */
export interface TranslationUnit {
  row: number;
  text: string;
}

const TRANSLATED_KINDS: ReadonlySet<RowKind> = new Set(['headline', 'subheadline', 'body']);

/** The texts to translate from `from`, in reading order: every one-sided row of a translated kind. */
export function translationUnits(rows: ReaderRow[], from: Language): TranslationUnit[] {
  const to = from === 'ko' ? 'en' : 'ko';
  const units: TranslationUnit[] = [];
  rows.forEach((row, index) => {
    if (TRANSLATED_KINDS.has(row.kind) && row[from].length === 1 && row[to].length === 0) units.push({ row: index, text: row[from][0].text });
  });
  return units;
}

/**
 * The view with translations (row index → text) on the other side of `from`, each in the row of its
 * source so no paragraph can shift: the translated side's paragraphs are numbered like the source's,
 * alignment is one to one with confidence 1, and `englishSource` names the engine.
 * Rows without a translation (yet) keep an empty other side.
 */
export function withTranslations(view: ReaderView, engine: string, from: Language, translations: ReadonlyMap<number, string>): ReaderView {
  const to = from === 'ko' ? 'en' : 'ko';
  const rows = view.rows.map((row, index): ReaderRow => {
    const text = translations.get(index);
    if (text === undefined || row[from].length !== 1 || row[to].length !== 0) return row;
    const paragraph = row[from][0].paragraph;
    return { ...row, [to]: [{ text, paragraph }], confidence: paragraph === null ? null : 1 };
  });
  const source = view.document[from].paragraphs;
  const translated: string[] = [];
  rows.forEach((row) => {
    const mine = row[from][0]?.paragraph;
    if (row.kind === 'body' && mine !== null && mine !== undefined && row[to].length === 1) translated[mine] = row[to][0].text;
  });
  const textOf = (kind: RowKind) => rows.find((row) => row.kind === kind)?.[to][0]?.text ?? null;
  const document: ReaderDocument = {
    ...view.document,
    englishSource: engine,
    headline: { ...view.document.headline, [to]: textOf('headline') },
    subheadline: { ...view.document.subheadline, [to]: textOf('subheadline') },
    alignment: source.flatMap((_, i) => (translated[i] === undefined ? [] : [{ ko: [i], en: [i], confidence: 1 }])),
  };
  const paragraphs = source.map((_, i) => translated[i] ?? '');
  if (to === 'en') document.en = { paragraphs };
  else document.ko = { paragraphs, captions: view.document.ko.captions };
  return { ...view, document, rows };
}
