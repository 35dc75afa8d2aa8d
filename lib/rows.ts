/**
 * The row model: what the panel shows, one row per linked pair, per structural line (headline,
 * subheadline, byline) and per text left unpaired, built from the split and the alignment in page
 * order (lib/reader.ts step 4). The CLI prints the same rows.
 */
import type { AlignmentLink, Block, Language } from './types';
import type { BilingualSplit } from './split';

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
