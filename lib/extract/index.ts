/**
 * Stage 2 of the pipeline: a Korean news page → `Extraction` (body blocks, headline, byline, …).
 *
 * The workflow, in the manner of Mozilla Readability, one file per step:
 * 1. Read the page once: URL, `<meta>` tags, JSON-LD (metadata.ts).
 * 2. Pick a site adapter by URL/markup (lib/sites/index.ts).
 * 3. Adapter extraction: read the adapter's body container(s) into blocks (body.ts, blocks.ts).
 * 4. Generic fallback: when there is no adapter, or its body selector finds no text (redesigns),
 *    score the page's text blocks and read the best container (generic.ts).
 * 5. Embedded fallback: when the DOM carries no body text (client-rendered pages), read JSON-LD
 *    `articleBody` or the page's embedded state (embedded.ts).
 * 6. Clean-up: drop copyright/promo/credit lines and a repeated headline, keep reporter names
 *    found in dropped credit lines, split off the deck (cleanup.ts, boilerplate.ts).
 * 7. Metadata: headline (metadata.ts), deck, byline with names and times (byline.ts, reporters.ts,
 *    dates.ts), language, and whether this is an article (verdict.ts).
 *
 * The Document is only read, never changed: in the browser it is the live page.
 */
import type { Extraction } from '../types';
import type { SiteAdapter } from '../sites/adapter';
import { findAdapter } from '../sites';
import { elementLines, elementText } from './blocks';
import { extractBody } from './body';
import { readByline } from './byline';
import { cleanBody, imageAltTexts, splitLeadingDeck, type Credits } from './cleanup';
import { parseUrl, readHeadline, readMetadata } from './metadata';
import { detectLanguage, looksLikeArticle } from './verdict';
import { Checkpoints, runSteps, type Steps } from '../steps';

export interface ExtractOptions {
  /**
   * Adapters to choose from (default: all of lib/sites). `[]` measures the generic extractor alone,
   * as it works on every site no adapter knows and after a redesign (bench:extract, tests).
   */
  adapters?: readonly SiteAdapter[];
}

export function extractArticle(doc: Document, url?: string | null, options: ExtractOptions = {}): Extraction {
  return runSteps(extractionSteps(doc, url, options));
}

/**
 * extractArticle in steps (lib/steps.ts): every walk over the page's nodes and every loop over its
 * paragraphs has checkpoints, so a 100,000-paragraph page is read in slices.
 */
export function* extractionSteps(doc: Document, url?: string | null, options: ExtractOptions = {}): Steps<Extraction> {
  const checkpoints = new Checkpoints();
  // 1. Read the page once.
  const pageUrl = parseUrl(url ?? doc.URL);
  const meta = readMetadata(doc);
  // 2. Pick the adapter.
  const adapter = options.adapters ? (options.adapters.find((a) => a.matches(pageUrl, doc)) ?? null) : findAdapter(pageUrl, doc);
  // 3–5. Body: adapter, generic, embedded.
  const body = yield* extractBody(doc, pageUrl, adapter, meta, checkpoints);
  yield;
  const headline = readHeadline(doc, adapter, meta);
  // 6. Clean-up.
  const credits: Credits = { names: [], lines: [] };
  const cleanedBlocks = yield* cleanBody(body.blocks, headline, credits, imageAltTexts(doc), checkpoints);
  yield;
  const { deck, blocks } = splitLeadingDeck(cleanedBlocks);
  // 7. Metadata.
  const summaryEl = adapter?.summary ? doc.querySelector(adapter.summary) : null;
  const summary = (summaryEl ? elementLines(summaryEl).join('\n') || null : null) ?? (deck.length ? deck.join('\n') : null);
  const subheadlineEl = adapter?.subheadline ? doc.querySelector(adapter.subheadline) : null;
  const byline = yield* readByline(doc, adapter, meta, blocks, credits, headline, checkpoints);
  yield;
  const cleaned = { ...body, blocks };
  return {
    isArticle: looksLikeArticle(pageUrl, meta, cleaned, byline),
    site: adapter?.id ?? 'generic',
    language: detectLanguage(blocks),
    headline,
    subheadline: subheadlineEl ? elementText(subheadlineEl) || null : null,
    byline,
    body: blocks,
    summary,
  };
}
