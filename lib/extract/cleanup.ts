/**
 * Step 6 of extraction (lib/extract/index.ts), the clean-up: drop copyright, promo and credit lines
 * and a repeated headline (keeping the reporter names and dated byline lines the dropped lines
 * carry), mark photo captions printed as lines, and split off the deck and kickers a page prints at
 * the top of its body. Which lines are boilerplate is lib/extract/boilerplate.ts's.
 */
import type { Block } from '../types';
import { isBoilerplateLine, isInlineCaption, stripEndMark, stripPlaceholders } from './boilerplate';
import { isBylineDateLine } from './dates';
import { namesBeforeEmail, parseAuthors } from './reporters';
import { normalizeText } from './text';
import { endsSentenceOrFinalEnding } from '../sentences';
import type { Checkpoints, Steps } from '../steps';

/** Korean photo captions printed as their own line: `▲ 9일 열린 탈춤 공연. ⓒ 이상민 기자` (BreakNews, regional CMSs). */
const CAPTION_LINE = /^[▲△]\s*\S/;

/** What clean-up learnt from the lines it dropped: reporter names and byline-with-date lines. */
export interface Credits {
  names: string[];
  lines: string[];
}

/** Alt texts of the page's images, long enough to be a caption (a paragraph repeating one is that image's caption). */
export function imageAltTexts(doc: Document): Set<string> {
  const alts = new Set<string>();
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length && alts.size < 200; i++) {
    const alt = normalizeText(images[i].getAttribute('alt') ?? '');
    if (alt.length >= 15) alts.add(alt);
  }
  return alts;
}

export function* cleanBody(blocks: Block[], headline: string | null, credits: Credits, altTexts: ReadonlySet<string>, checkpoints: Checkpoints): Steps<Block[]> {
  const out: Block[] = [];
  for (const block of blocks) {
    if (checkpoints.due()) yield;
    if (block.kind === 'caption') {
      out.push(block);
      continue;
    }
    const text = stripPlaceholders(stripEndMark(block.text));
    if (isBoilerplateLine(text)) {
      const named = parseAuthors(text);
      // A short credit line without role word (`YTN 정인용 (quotejeong@ytn.co.kr)`) names its reporter before the e-mail.
      credits.names.push(...(named.length || text.length > 50 ? named : namesBeforeEmail(text)));
      // `기사입력 2024/03/05 [10:12] | 한빛신문 정다은 기자` read into the body of a page without date furniture.
      if (isBylineDateLine(text)) credits.lines.push(text);
      continue;
    }
    if ((text.length <= 200 && CAPTION_LINE.test(text)) || isInlineCaption(text, altTexts)) {
      out.push({ kind: 'caption', text });
      continue;
    }
    // A headline repeated at the top of the body (BreakNews' print header, CMS title blocks).
    if (headline && out.length < 3 && normalizeText(text) === headline) continue;
    out.push(text === block.text ? block : { kind: 'paragraph', text });
  }
  return out;
}

/** Longest a deck line is (`2호선 하루 8회 증편`, `심야 택시난 대책`); prose paragraphs run longer or end a sentence. */
const DECK_LINE_MAX = 80;

/**
 * A bracketed series or section label alone on a line (`[커버스토리/ 씨름, 부활의 샅바]`, `[기획] …`):
 * four letters or more, or a slash; a speaker marker (`[앵커]`, `[기자]`) is shorter and stays.
 */
const KICKER = /^[[【〈<]\s*([^\]】〉>]{4,60}|[^\]】〉>]*\/[^\]】〉>]*)[\]】〉>]$/;

/**
 * The deck a page prints at the top of its body (short lines without a sentence end before the
 * first prose paragraph: Naver's `media_end_summary`, MK's `midtitle_text`, Segye's `em.precis`,
 * Dong-A 2016's one-line summary), and kickers (bracketed series labels), split off when no
 * adapter named them (decks and kickers go to the summary, not the body). A short
 * opener without a sentence end is a deck only when prose follows it: a paragraph longer than any
 * deck line that ends a sentence (a run of two or more needs only a sentence after it). A single bracketed opener shorter than a kicker (`[앵커]`) stays.
 */
export function splitLeadingDeck(blocks: Block[]): { deck: string[]; blocks: Block[] } {
  const deck: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'caption') continue;
    if (deck.length < 4 && KICKER.test(b.text)) {
      deck.push(i);
      continue;
    }
    if (b.text.length <= DECK_LINE_MAX && !endsSentenceOrFinalEnding(b.text) && !/^[[(【]/.test(b.text) && deck.length < 4) {
      deck.push(i);
      continue;
    }
    if (endsSentenceOrFinalEnding(b.text) && (deck.length >= 2 || (deck.length === 1 && b.text.length > DECK_LINE_MAX))) {
      return { deck: deck.map((j) => blocks[j].text), blocks: blocks.filter((_, j) => !deck.includes(j)) };
    }
    break;
  }
  return { deck: [], blocks };
}
