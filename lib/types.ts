/**
 * The shapes the reader pipeline passes between its stages.
 * detect → extract → split → align → ReaderDocument (lib/reader.ts).
 * Everything here is plain data: it crosses the content-script/panel boundary and is printed by the CLI.
 */

/** What a piece of article text is, in the reader's terms. */
/** The reader's two languages, as BCP 47 primary tags: the one name for 'ko' | 'en' everywhere. */
export type Language = 'ko' | 'en';

export type BlockKind = 'headline' | 'subheadline' | 'byline' | 'paragraph' | 'caption' | 'marker';

/** One piece of article text in page order. `text` is plain text (never markup), whitespace-normalised, NFC. */
export interface Block {
  kind: BlockKind;
  text: string;
}

/** Reporter names and times as printed on the page. */
export interface BylineParts {
  /** The byline line as shown to the reader, e.g. "김정환 기자 | 기사입력 2021/05/31 [16:43]". */
  text: string | null;
  /** Names without role words (기자, 특파원, …) or e-mail, deduplicated, in page order. */
  authors: string[];
  /** ISO 8601 with offset, Korean times as +09:00, e.g. "2021-05-31T16:43:00+09:00". */
  published: string | null;
  updated: string | null;
}

/** What extraction found on a page, before the bilingual split. */
export interface Extraction {
  isArticle: boolean;
  /** Adapter id (lib/sites/<id>.ts) or "generic". */
  site: string;
  /** Main language of the article's own text: "ko", "en", … ("und" when unknown). */
  language: string;
  headline: string | null;
  subheadline: string | null;
  byline: BylineParts;
  /**
   * Body in page order: paragraphs and captions (kind "caption"), including any
   * translated section the publisher appended (the split stage finds it).
   */
  body: Block[];
  /** Summary / deck shown above the body on some sites (kept apart from the body). */
  summary: string | null;
}

/** A link between Korean paragraphs and English paragraphs (0-based indices, ascending, contiguous). */
export interface AlignmentLink {
  ko: number[];
  en: number[];
  /** 0..1: how sure the aligner is that these say the same thing. */
  confidence: number;
}

export type EnglishSource = 'page' | 'none' | string;

/** The CLI's output and the panel's input (the JSON contract, README "Automation contract"). */
export interface ReaderDocument {
  isArticle: boolean;
  language: string;
  site: string;
  url: string | null;
  headline: { ko: string | null; en: string | null };
  subheadline: { ko: string | null; en: string | null };
  byline: { ko: string | null; en: string | null; authors: string[]; published: string | null; updated: string | null };
  englishSource: EnglishSource;
  ko: { paragraphs: string[]; captions: string[] };
  en: { paragraphs: string[] };
  alignment: AlignmentLink[];
}
