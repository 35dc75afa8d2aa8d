/**
 * The stage runner: the whole pipeline for one page, extract → split → align → rows. Used by the
 * content script on the live DOM and by the CLI on a parsed file: the same code, so what
 * `npm run reader -- extract` prints is what the panel shows.
 *
 * 1. Extract headline, byline and body blocks (lib/extract/).
 * 2. Split the Korean and English sides (lib/split.ts).
 * 3. Align the two sides' paragraphs (lib/align/).
 * 4. Build the rows the panel shows (lib/rows.ts); translation fills one-sided rows later
 *    (lib/translated-view.ts).
 */
import type { Block, ReaderDocument } from './types';
import { extractionSteps } from './extract';
import { sidesSteps } from './split';
import { runSteps } from './steps';
import { alignmentSteps } from './align';
import { buildRows, type ReaderRow } from './rows';

export interface ReaderView {
  document: ReaderDocument;
  rows: ReaderRow[];
  marker: string | null;
  /** The page was longer than the copy the reader read (lib/snapshot.ts): its end is left out. */
  cut?: boolean;
}

const paragraphsOf = (blocks: Block[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const captionsOf = (blocks: Block[]) => blocks.filter((b) => b.kind === 'caption').map((b) => b.text);

export interface ReadOptions {
  url?: string | null;
}

/** Read one page: the reader's JSON (the contract in lib/types.ts, README "Automation contract") and the rows of the panel. */
export function readArticle(doc: Document, options: ReadOptions = {}): ReaderView {
  return runSteps(readingSteps(doc, options));
}

/** How long the reader works before handing the page's main thread back (well under a 50 ms long task). */
export const SLICE_MS = 8;

/**
 * The same reading, handing the page's main thread back (`pause`) once a slice has run SLICE_MS: at
 * the checkpoints of extraction's walks (lib/steps.ts), between stages and between the aligner's
 * windows. A 3,000-paragraph article took one 780 ms task in Chromium before; a
 * 100,000-paragraph one took one of 1.7 s in extraction alone (`npm run bench`).
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
  const split = yield* sidesSteps(extraction);

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
