/**
 * Stage 2 of the pipeline: a Korean news page → `Extraction` (body blocks, headline, byline, …).
 *
 * The workflow, in the manner of Mozilla Readability:
 * 1. Read the page once: URL, `<meta>` tags, JSON-LD.
 * 2. Pick a site adapter by URL/markup (lib/sites/index.ts).
 * 3. Adapter extraction: read the adapter's body container(s) into blocks.
 * 4. Generic fallback: when there is no adapter, or its body selector finds no text (redesigns),
 *    score the page's text blocks and read the best container (lib/extract/generic.ts).
 * 5. Embedded fallback: when the DOM carries no body text (client-rendered pages), read JSON-LD
 *    `articleBody` or the page's embedded state (lib/extract/embedded.ts).
 * 6. Clean-up: drop copyright/promo/credit lines and a repeated headline, keep reporter names
 *    found in dropped credit lines.
 * 7. Metadata: headline, deck, byline (names, times), language, and whether this is an article.
 *
 * The Document is only read, never changed: in the browser it is the live page.
 */
import type { Block, BylineParts, Extraction } from '../types';
import { bareReporterName, bylineRow, mergeAuthors, namesBeforeEmail, parseAuthors, parseKoreanDate, parsePrintedDates } from '../byline';
import type { DateSource, SiteAdapter } from '../sites/adapter';
import { findAdapter } from '../sites';
import { collectBlockSteps, elementLines, elementText } from './blocks';
import { isBoilerplateLine, isInlineCaption, stripEndMark, stripPlaceholders } from './boilerplate';
import { isBylineDateLine } from '../byline';
import { embeddedStateBlocks, textToBlocks } from './embedded';
import { findBodyCandidateSteps, type BodyCandidate } from './generic';
import { Checkpoints, runSteps, type Steps } from '../steps';
import { ARTICLE_PATH, LIST_PAGE_PATH, NOT_NEWS_HOST } from './known-bodies';
import { readMetadata, stripSiteName, type PageMetadata } from './metadata';
import { normalizeText } from './text';
import { countHangul, hangulShare } from '../text-stats';
import { endsLikeKoreanSentence, endsSentenceOrFinalEnding } from '../sentences';

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** Less body text than this is "no body" (a stub, a list page, or a client-rendered shell). */
const MIN_BODY_CHARS = 80;

function parseUrl(value: string | null | undefined): URL | null {
  if (!value || value === 'about:blank') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function queryAll(doc: Document, selector: string | undefined): Element[] {
  return selector ? Array.from(doc.querySelectorAll(selector)) : [];
}

function paragraphChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind === 'paragraph') n += b.text.length;
  return n;
}

/** Everything the adapter says is not body text, summary and headline included (they are read apart). */
function adapterDrop(adapter: SiteAdapter): string {
  return [adapter.drop, adapter.summary, adapter.subheadline, adapter.headline, adapter.byline, adapter.reporterName]
    .filter(Boolean)
    .join(',');
}

interface BodyResult {
  blocks: Block[];
  /** Share of the body's paragraphs that are link teasers (each mostly one link's text): a list page. */
  teaserShare: number;
  source: 'adapter' | 'generic' | 'embedded' | 'none';
  candidate: BodyCandidate | null;
}

/** More than this share of teaser paragraphs and the page is a list, not an article. */
const TEASER_SHARE_MAX = 0.5;
/** Fewest teasers a list has: one or two linked lines in an article are a related-links box. */
const MIN_TEASERS = 5;
const TEASER_SAMPLE = 200;

/**
 * Share of the body's paragraphs that are teasers: a paragraph whose text is mostly the text of one
 * link to another page (`<li><a href="/news/123">제목</a> 요약…</li>`). Issue 13: a "latest news" page
 * whose paragraphs are other stories' teasers is not an article, even on a site with an adapter.
 */
function teaserShare(roots: Element[], blocks: Block[]): number {
  // The first paragraphs tell (a list is short; a 3,000-paragraph article need not be walked whole).
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').slice(0, TEASER_SAMPLE);
  if (paragraphs.length < MIN_TEASERS) return 0;
  const linked = new Map<string, number>();
  for (const root of roots) {
    const links = root.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const href = links[i].getAttribute('href') ?? '';
      if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
      const text = normalizeText(links[i].textContent ?? '');
      if (text.length >= 8) linked.set(text, Math.max(linked.get(text) ?? 0, text.length));
    }
  }
  if (linked.size < MIN_TEASERS) return 0;
  let teasers = 0;
  for (const p of paragraphs) {
    for (const [text, length] of linked) {
      if (p.text.includes(text) && length >= p.text.length * 0.5) {
        teasers++;
        break;
      }
    }
  }
  return teasers >= MIN_TEASERS ? teasers / paragraphs.length : 0;
}

function* extractBody(doc: Document, pageUrl: URL | null, adapter: SiteAdapter | null, meta: PageMetadata, checkpoints: Checkpoints): Steps<BodyResult> {
  // 3. Adapter extraction: the DOM, then the adapter's own embedded source.
  if (adapter) {
    const roots = queryAll(doc, adapter.body);
    if (roots.length) {
      const blocks = yield* collectBlockSteps(roots, { drop: adapterDrop(adapter), captions: adapter.captions, dropJunkNames: true }, checkpoints);
      if (paragraphChars(blocks) >= MIN_BODY_CHARS) return { blocks, source: 'adapter', candidate: null, teaserShare: teaserShare(roots, blocks) };
    }
    const embedded = adapter.embeddedState ? embeddedStateBlocks(doc, adapter.embeddedState) : null;
    if (embedded && paragraphChars(embedded) >= MIN_BODY_CHARS) return { blocks: embedded, source: 'embedded', candidate: null, teaserShare: 0 };
  }
  // 4. Generic fallback.
  const candidate = yield* findBodyCandidateSteps(doc, checkpoints);
  yield;
  // The page's address, not the document's: a snapshot of the page (lib/snapshot.ts) is about:blank.
  const pageHost = pageUrl?.hostname ?? parseUrl(doc.URL)?.hostname ?? null;
  const generic = candidate ? yield* collectBlockSteps([candidate.element], { dropJunkNames: true, dropLinkBoxes: true, pageHost }, checkpoints) : [];
  // 5. Embedded fallback, when what the DOM gave is missing or much shorter than the page's own
  //    machine-readable body (a client-rendered shell's DOM holds only furniture).
  const embedded = (meta.jsonLd?.articleBody ? textToBlocks(meta.jsonLd.articleBody) : null) ?? embeddedStateBlocks(doc);
  const embeddedChars = embedded ? paragraphChars(embedded) : 0;
  if (embedded && embeddedChars >= MIN_BODY_CHARS && paragraphChars(generic) < embeddedChars * 0.6) {
    return { blocks: embedded, source: 'embedded', candidate, teaserShare: 0 };
  }
  if (generic.length) return { blocks: generic, source: 'generic', candidate, teaserShare: candidate ? teaserShare([candidate.element], generic) : 0 };
  return { blocks: [], source: 'none', candidate, teaserShare: 0 };
}

/** Korean names in a wire-service lead (`[서울=뉴시스]이현주 기자 =`, `(서울=연합뉴스) 홍길동 기자 =`). */
const WIRE_LEAD = /^\s*[[(【][^\])】]{1,20}=[^\])】]{1,20}[\])】]\s*([^=]{2,40}?)\s*=/;

// 6. Clean-up.
/** Korean photo captions printed as their own line: `▲ 9일 열린 탈춤 공연. ⓒ 이상민 기자` (BreakNews, regional CMSs). */
const CAPTION_LINE = /^[▲△]\s*\S/;

/** What clean-up learnt from the lines it dropped: reporter names and byline-with-date lines. */
interface Credits {
  names: string[];
  lines: string[];
}

/** Alt texts of the page's images, long enough to be a caption (a paragraph repeating one is that image's caption). */
function imageAltTexts(doc: Document): Set<string> {
  const alts = new Set<string>();
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length && alts.size < 200; i++) {
    const alt = normalizeText(images[i].getAttribute('alt') ?? '');
    if (alt.length >= 15) alts.add(alt);
  }
  return alts;
}

function* cleanBody(blocks: Block[], headline: string | null, credits: Credits, altTexts: ReadonlySet<string>, checkpoints: Checkpoints): Steps<Block[]> {
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
 * adapter named them (issue 13: decks and kickers go to the summary, not the body). A short
 * opener without a sentence end is a deck only when prose follows it: a paragraph longer than any
 * deck line that ends a sentence (a run of two or more needs only a sentence after it). A single bracketed opener shorter than a kicker (`[앵커]`) stays.
 */
function splitLeadingDeck(blocks: Block[]): { deck: string[]; blocks: Block[] } {
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

// 7. Metadata.
function readHeadline(doc: Document, adapter: SiteAdapter | null, meta: PageMetadata): string | null {
  if (adapter?.headlineFromJsonLd && meta.jsonLd?.headline) return meta.jsonLd.headline;
  const fromAdapter = adapter?.headline ? doc.querySelector(adapter.headline) : null;
  if (fromAdapter) {
    const text = elementText(fromAdapter);
    if (text) return text;
  }
  const candidates = [meta.jsonLd?.headline, meta.ogTitle && stripSiteName(meta.ogTitle), meta.title && stripSiteName(meta.title)]
    .filter((c): c is string => !!c);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4')).map(elementText).filter(Boolean);
  for (const heading of headings) if (candidates.includes(heading)) return heading;
  for (const heading of headings) if (heading.length >= 8 && candidates.some((c) => c.includes(heading))) return heading;
  return candidates[0] ?? null;
}

function dateFrom(doc: Document, source: DateSource | undefined): string | null {
  if (!source) return null;
  const el = doc.querySelector(source.selector);
  if (!el) return null;
  return parseKoreanDate(source.attribute ? el.getAttribute(source.attribute) : elementText(el));
}

/** Class/id words of byline and date furniture on pages without (working) adapter selectors. */
const BYLINE_NAME = /byline|writer|reporter|author|journalist|info_view|info-group/i;
const DATE_NAME = /(^|[\s_-])(date|dates|datetime|article_info|info_view|info-group|registration)($|[\s_-])/i;

/**
 * Byline and date elements found by class/id words, in one pass over the body's elements (cheaper
 * than substring attribute selectors in jsdom, same result in browsers). Only run when the adapter
 * and the page's metadata did not already answer.
 */
function* scanFurniture(doc: Document, checkpoints: Checkpoints): Steps<{ bylines: Element[]; date: Element | null }> {
  const bylines: Element[] = [];
  let date: Element | null = doc.getElementsByTagName('time')[0] ?? null;
  if (!doc.body) return { bylines, date };
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && (bylines.length < 8 || !date); node = walker.nextNode()) {
    if (checkpoints.due()) yield;
    const el = node as Element;
    const className = el.getAttribute('class') ?? '';
    // Most elements (a long article's thousands of <br>) have neither: skip them before building a name.
    if (className.length + el.id.length < 2) continue;
    // camelCase split so that Seoul Shinmun's `dateInfo` reads as the words "date Info".
    const name = `${className} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (name.length < 3) continue;
    if (bylines.length < 8 && (BYLINE_NAME.test(name) || el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author')) bylines.push(el);
    if (!date && DATE_NAME.test(name)) date = el;
  }
  return { bylines, date };
}

/** How far after the headline a byline line is looked for (text nodes), and how long it may be. */
const NEAR_HEADLINE_NODES = 20;
const BYLINE_LINE_MAX = 100;
/** Longest a reporter line near the headline is (`이윤주 기자 runyj@kyunghyang.com`). */
const REPORTER_NEAR_MAX = 60;

/**
 * The short line under the headline that prints a date, on pages whose byline furniture has no
 * telling class (`<div class="by">오정훈 논설위원 · 2024.11.12 00:05</div>`,
 * `<div class="info">이상민 기자 | 승인 2024.09.27 17:05</div>`). Read from the headline's text node
 * forward; the widest ancestor of the date's text node that is still a short line is the byline.
 */
function* bylineNearHeadline(doc: Document, headline: string | null, checkpoints: Checkpoints, wanted: (line: string) => boolean = (line) => parsePrintedDates(line).published !== null): Steps<string | null> {
  if (!headline || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let seen = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (checkpoints.due()) yield;
    const value = normalizeText(node.nodeValue ?? '');
    if (!value) continue;
    if (seen < 0) {
      if (value === headline || (node.parentElement && elementText(node.parentElement) === headline)) seen = 0;
      continue;
    }
    if (++seen > NEAR_HEADLINE_NODES) return null;
    if (!wanted(value)) continue;
    let line: Element | null = node.parentElement;
    while (line?.parentElement) {
      const wider = elementText(line.parentElement);
      if (wider.length > BYLINE_LINE_MAX || wider.includes(headline)) break;
      line = line.parentElement;
    }
    const text = line ? elementText(line) : value;
    return text.length <= BYLINE_LINE_MAX ? text : value;
  }
  return null;
}

/**
 * Printed dates of a date element; its hidden parts too when the visible text has none (Dong-A prints
 * "입력 2024-01-02 09:14" in an `aria-hidden` span beside a screen-reader twin that says only "입력").
 */
function printedDatesOf(el: Element): ReturnType<typeof parsePrintedDates> {
  const visible = parsePrintedDates(elementText(el));
  return visible.published || visible.updated ? visible : parsePrintedDates(el.textContent);
}

function* readByline(doc: Document, adapter: SiteAdapter | null, meta: PageMetadata, body: Block[], credits: Credits, headline: string | null, checkpoints: Checkpoints): Steps<BylineParts> {
  // The adapter's byline elements, or the generic ones when a redesign moved them.
  const adapterEls = queryAll(doc, adapter?.byline).slice(0, 8);
  let furniture: { bylines: Element[]; date: Element | null } | null = null;
  function* scanned(): Steps<{ bylines: Element[]; date: Element | null }> {
    return (furniture ??= yield* scanFurniture(doc, checkpoints));
  }
  const bylineEls = adapterEls.length ? adapterEls : (yield* scanned()).bylines;
  const bylineTexts = bylineEls.map(elementText).filter(Boolean);
  let printed = parsePrintedDates(bylineTexts.join(' | '));
  if (!printed.published && !bylineTexts.some((t) => parseAuthors(t).length)) {
    const near = yield* bylineNearHeadline(doc, headline, checkpoints);
    if (near) {
      bylineTexts.push(near);
      printed = parsePrintedDates(near);
    }
  }
  // A reporter line under the headline when the byline furniture names nobody (`<span class="name">이윤주 기자 …@…</span>`).
  if (!bylineTexts.some((t) => parseAuthors(t).length)) {
    const named = yield* bylineNearHeadline(doc, headline, checkpoints, (line) => line.length <= REPORTER_NEAR_MAX && parseAuthors(line).length > 0);
    if (named && !bylineTexts.includes(named)) bylineTexts.push(named);
  }
  const creditPrinted = parsePrintedDates(credits.lines.join(' | '));
  const jsonLdNames = (meta.jsonLd?.authors ?? []).flatMap((n) => (/^[가-힣]{2,4}$/.test(n) ? [n] : parseAuthors(n)));
  const leads = body.filter((b) => b.kind === 'paragraph').slice(0, 3);
  const wireNames = mergeAuthors(...leads.map((b) => parseAuthors(WIRE_LEAD.exec(b.text)?.[1] ?? '')));
  const bareNames = queryAll(doc, adapter?.reporterName).map((el) => bareReporterName(elementText(el)));
  const authorSources = [
    mergeAuthors(bareNames.filter((n): n is string => n !== null), ...bylineTexts.map(parseAuthors)),
    // A byline element holding only a name (MBC's `span.writer a` "박소희") on a page without adapter.
    mergeAuthors(bylineTexts.map(bareReporterName).filter((n): n is string => n !== null)),
    jsonLdNames,
    mergeAuthors(...meta.authorMeta.map(parseAuthors)),
    wireNames,
    mergeAuthors(credits.names),
  ];
  const authors = authorSources.find((list) => list.length > 0) ?? [];

  let genericPrinted: { published: string | null; updated: string | null } | null = null;
  function* generic(): Steps<{ published: string | null; updated: string | null }> {
    if (!genericPrinted) {
      const el = (yield* scanned()).date;
      genericPrinted = el
        ? el.hasAttribute('datetime')
          ? { published: parseKoreanDate(el.getAttribute('datetime')), updated: null }
          : printedDatesOf(el)
        : { published: null, updated: null };
    }
    return genericPrinted;
  }
  const published =
    (adapter?.published?.attribute ? dateFrom(doc, adapter.published) : null) ??
    parseKoreanDate(meta.jsonLd?.datePublished) ??
    parseKoreanDate(meta.publishedTime) ??
    dateFrom(doc, adapter?.published) ??
    printed.published ??
    (yield* generic()).published ??
    creditPrinted.published;
  const updated =
    (adapter?.updated?.attribute ? dateFrom(doc, adapter.updated) : null) ??
    parseKoreanDate(meta.jsonLd?.dateModified) ??
    parseKoreanDate(meta.modifiedTime) ??
    dateFrom(doc, adapter?.updated) ??
    printed.updated ??
    (yield* generic()).updated ??
    creditPrinted.updated;
  const shownUpdated = updated === published ? null : updated;
  const roleTexts = [...leads.map((b) => b.text), ...credits.lines, ...meta.authorMeta];
  return { text: bylineRow({ texts: bylineTexts, authors, roleTexts, published, updated: shownUpdated }), authors, published, updated: shownUpdated };
}

/** Main language of the article's own text: its opening paragraphs (an appended translation comes later). */
function detectLanguage(body: Block[]): string {
  let sample = '';
  for (const b of body) {
    if (b.kind !== 'paragraph') continue;
    sample += `${b.text} `;
    if (sample.length > 600) break;
  }
  if (!sample.trim()) return 'und';
  if (/[\u3040-\u30ff]/.test(sample) && countHangul(sample) === 0) return 'ja';
  const share = hangulShare(sample);
  if (share >= 0.5) return 'ko';
  if (/[A-Za-z]{3}/.test(sample)) return 'en';
  return 'und';
}

function looksLikeArticle(url: URL | null, meta: PageMetadata, body: BodyResult, byline: BylineParts): boolean {
  const paragraphs = body.blocks.filter((b) => b.kind === 'paragraph');
  const chars = paragraphChars(body.blocks);
  if (chars < MIN_BODY_CHARS) return false;
  if (url && NOT_NEWS_HOST.test(url.hostname)) return false;
  if (url && LIST_PAGE_PATH.test(url.pathname) && !ARTICLE_PATH.test(url.pathname + url.search)) return false;
  if (body.source === 'generic' && body.candidate && body.candidate.linkDensity > 0.35) return false;
  // A list or section page, however its body was found: JSON-LD says so, or the "body" is teasers linking elsewhere.
  if (meta.listJsonLd && !meta.hasArticleJsonLd) return false;
  if (body.teaserShare > TEASER_SHARE_MAX) return false;
  const declared = meta.ogType === 'article' || meta.hasArticleJsonLd;
  if (body.source === 'adapter' || body.source === 'embedded') return true;
  // Korean is dense: a 40-character paragraph that ends a sentence (`…배치한다.`) is prose, not navigation.
  const long = paragraphs.filter((p) => p.text.length >= 80 || (p.text.length >= 30 && endsLikeKoreanSentence(p.text))).length;
  // A declared article may be a short brief or a photo story (four captions, four short paragraphs).
  if (declared && long >= 2) return true;
  if (chars < 150) return false;
  if (declared) return true;
  return long >= 3 && (byline.published !== null || byline.authors.length > 0 || long >= 6);
}

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
 * paragraphs has checkpoints, so a 100,000-paragraph page is read in slices (issue 14).
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
