/**
 * Stage 3 of the pipeline: find the English the publisher printed under the Korean article.
 *
 * BreakNews and its regional editions have appended a Google-translated English version to most
 * articles since 2020-09-28, after a marker line (variants in ../shared/docs/korean-news-sites.md).
 * The English part repeats the headline (often in [brackets]) and subheadline, and puts an
 * English byline (`Reporter Jeong-Hwan KIM`) before or after it.
 *
 * 1. Look for the marker line; everything after it is the English part.
 * 2. Without a marker, look for the point where the body switches from Korean to English
 *    paragraphs for good (franc per paragraph; one mixed paragraph does not flip the verdict).
 * 3. Peel the English part's own headline, subheadline and byline off its front (and a byline off
 *    its end), so that only body paragraphs are left to align.
 *
 * An English-language article from a Korean outlet is not split: it is its own English side
 * (`sidesSteps`), and its Korean comes from a translation engine.
 */
import type { Block, Extraction } from './types';
import { paragraphLanguage, type ParagraphLanguage } from './language';
import { Checkpoints, runSteps, type Steps } from './steps';
import { endsLikeSentence } from './sentences';

export interface LanguageSide {
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  /** Body paragraphs and captions in page order. */
  blocks: Block[];
}

export interface BilingualSplit {
  /** The marker line as printed, when there was one. */
  marker: string | null;
  ko: LanguageSide;
  /** null when the page carries no English. */
  en: LanguageSide | null;
}

/**
 * Marker lines seen on BreakNews pages: "아래는 (위) 기사/글을 … 번역 … (영문|전문)" and the English
 * "Below is the [full text] of an English article translated …". Kept short (a marker is one
 * sentence or two), so a body paragraph that merely mentions translation is not taken for one.
 */
const MARKER_KO = /아래는[^.\n]{0,40}번역[^\n]{0,60}(영문|전문)/;
const MARKER_EN = /^\W{0,3}below is (the )?\W?(full text|english)[^\n]{0,80}translat/i;
const MARKER_MAX_CHARS = 320;

export function isTranslationMarker(text: string): boolean {
  if (text.length > MARKER_MAX_CHARS) return false;
  return MARKER_KO.test(text) || MARKER_EN.test(text.trim());
}

/** `Reporter Jeong-Hwan KIM`, `-Reporter Ha In-gyu (Guri = Break News …)`, `By Kim Hyun-woo`. */
const EN_BYLINE_LINE = /^[\s\-–—[(]*(reporter|correspondent|by|written by|editor)\b[^.]{0,100}$/i;
/** A byline that opens a body paragraph: `[Reporter Kim Hyun-woo = North Gyeonggi] On the 9th, …`. */
const EN_BYLINE_PREFIX = /^\[\s*(reporter|correspondent)\b[^\]]{0,80}\]/i;
const BRACKETED = /^\s*\[(.+)\]\s*$/s;
const HEADLINE_MAX_CHARS = 200;

function isEnglishBylineLine(text: string): boolean {
  return text.length <= 120 && EN_BYLINE_LINE.test(text);
}

function looksLikeTitleLine(text: string): boolean {
  // A headline or subheadline: short, and not a finished sentence (Google keeps the Korean
  // headline's missing full stop; "…" endings are common).
  return text.length <= HEADLINE_MAX_CHARS && !endsLikeSentence(text) && !/^▲/.test(text);
}

/** Body blocks may hold several lines when the page used single `<br>`s; the English part is read line by line. */
function linesOf(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    for (const line of block.text.split('\n')) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) out.push({ kind: block.kind, text });
    }
  }
  return out;
}

function peelEnglishFront(blocks: Block[], ko: LanguageSide): LanguageSide {
  const side: LanguageSide = { headline: null, subheadline: null, byline: null, blocks: [] };
  let i = 0;
  // The front holds at most a byline, a headline and a subheadline, in any order.
  for (let steps = 0; steps < 4 && i < blocks.length; steps++) {
    const { text, kind } = blocks[i];
    if (kind === 'caption') break;
    if (!side.byline && isEnglishBylineLine(text)) {
      side.byline = text.replace(/^[\s\-–—]+/, '').replace(/\s+/g, ' ');
      i++;
      continue;
    }
    const bracketed = BRACKETED.exec(text);
    if (!side.headline && bracketed && !EN_BYLINE_PREFIX.test(text)) {
      side.headline = bracketed[1].trim();
      i++;
      continue;
    }
    if (!side.headline && ko.headline && looksLikeTitleLine(text) && i + 1 < blocks.length) {
      side.headline = text;
      i++;
      continue;
    }
    if (side.headline && !side.subheadline && ko.subheadline && looksLikeTitleLine(text) && i + 1 < blocks.length) {
      side.subheadline = bracketed ? bracketed[1].trim() : text;
      i++;
      continue;
    }
    break;
  }
  side.blocks = blocks.slice(i);
  // A byline may close the English part instead.
  const last = side.blocks[side.blocks.length - 1];
  if (last && !side.byline && isEnglishBylineLine(last.text)) {
    side.byline = last.text.replace(/^[\s\-–—]+/, '');
    side.blocks = side.blocks.slice(0, -1);
  }
  if (!side.byline) {
    const first = side.blocks.find((b) => b.kind === 'paragraph');
    const prefix = first && EN_BYLINE_PREFIX.exec(first.text);
    if (prefix) side.byline = prefix[0].slice(1, -1).trim();
  }
  return side;
}

/**
 * The index where the body switches from Korean to English for good, or -1.
 * Chooses the cut that agrees with the most paragraph verdicts, and accepts it only when both
 * sides are clearly one language (≥ 80% of their decided paragraphs).
 */
export function findLanguageSwitch(blocks: Block[]): number {
  return runSteps(languageSwitchSteps(blocks, new Checkpoints()));
}

function* languageSwitchSteps(blocks: Block[], checkpoints: Checkpoints): Steps<number> {
  const langs: ParagraphLanguage[] = [];
  for (const b of blocks) {
    if (checkpoints.due()) yield;
    langs.push(b.kind === 'caption' ? 'und' : paragraphLanguage(b.text));
  }
  const n = langs.length;
  let koBefore = 0;
  let enBefore = 0;
  const enTotal = langs.filter((l) => l === 'en').length;
  const koTotal = langs.filter((l) => l === 'ko').length;
  let best = -1;
  let bestScore = -Infinity;
  for (let cut = 1; cut < n; cut++) {
    if (langs[cut - 1] === 'ko') koBefore++;
    if (langs[cut - 1] === 'en') enBefore++;
    const enAfter = enTotal - enBefore;
    const koAfter = koTotal - koBefore;
    if (koBefore === 0 || enAfter === 0) continue;
    const score = koBefore + enAfter - enBefore - koAfter;
    if (score > bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  if (best < 0) return -1;
  const before = langs.slice(0, best).filter((l) => l !== 'und');
  const after = langs.slice(best).filter((l) => l !== 'und');
  const share = (xs: ParagraphLanguage[], l: ParagraphLanguage) => xs.filter((x) => x === l).length / Math.max(1, xs.length);
  // The English part must be a real part: two paragraphs at least, so one quoted English sentence
  // at the end of a Korean article is not taken for a translation.
  if (after.filter((l) => l === 'en').length < 2) return -1;
  return share(before, 'ko') >= 0.8 && share(after, 'en') >= 0.8 ? best : -1;
}

export function splitBilingual(extraction: Pick<Extraction, 'headline' | 'subheadline' | 'byline' | 'body'>): BilingualSplit {
  return runSteps(splitSteps(extraction));
}

/** splitBilingual in steps (lib/steps.ts): the per-paragraph language verdicts have checkpoints. */
export function* splitSteps(extraction: Pick<Extraction, 'headline' | 'subheadline' | 'byline' | 'body'>): Steps<BilingualSplit> {
  const ko: LanguageSide = {
    headline: extraction.headline,
    subheadline: extraction.subheadline,
    byline: extraction.byline.text,
    blocks: extraction.body,
  };
  const body = extraction.body;

  // 1. The marker line.
  const markerAt = body.findIndex((b) => b.kind === 'paragraph' && isTranslationMarker(b.text));
  if (markerAt >= 0) {
    const enBlocks = linesOf(body.slice(markerAt + 1));
    ko.blocks = body.slice(0, markerAt);
    const en = enBlocks.length ? peelEnglishFront(enBlocks, ko) : null;
    return { marker: body[markerAt].text, ko, en };
  }

  // 2. A switch from Korean to English without a marker.
  const switchAt = yield* languageSwitchSteps(body, new Checkpoints());
  if (switchAt > 0) {
    ko.blocks = body.slice(0, switchAt);
    return { marker: null, ko, en: peelEnglishFront(linesOf(body.slice(switchAt)), ko) };
  }

  return { marker: null, ko, en: null };
}

/**
 * The page's two sides for the stage runner (lib/reader.ts): an English-language article from a
 * Korean outlet is its own English side, its Korean comes from a translation engine, so nothing is
 * split or aligned; any other article is split by splitBilingual.
 */
export function* sidesSteps(extraction: Pick<Extraction, 'language' | 'headline' | 'subheadline' | 'byline' | 'body'>): Steps<BilingualSplit> {
  if (extraction.language !== 'en') return yield* splitSteps(extraction);
  return {
    marker: null,
    ko: { headline: null, subheadline: null, byline: null, blocks: [] },
    en: { headline: extraction.headline, subheadline: extraction.subheadline, byline: extraction.byline.text, blocks: extraction.body },
  };
}
