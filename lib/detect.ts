/**
 * The every-page check: is this probably a Korean news article (or an English article from a Korean
 * outlet) worth offering the reader for? Like Readability's `isProbablyReaderable`, it is cheap and
 * separate from the full parser: it is the only code injected on every page, so it imports only the
 * known-bodies selector list, reads attributes and a bounded text sample (`textContent` of a few
 * elements, never `innerText` or computed style, so no layout is forced), and decides in ~1 ms.
 */
import { ARTICLE_PATH, KNOWN_BODY_SELECTOR, LIST_PAGE_PATH, NOT_NEWS_HOST } from './extract/known-bodies';
import { hangulShare } from './text-stats';

export interface DetectResult {
  candidate: boolean;
  reason: string;
}

/** Korean outlets whose article pages may be in English (KBS WORLD) or lack other signals. */
const KOREAN_NEWS_HOST =
  /(^|\.)(breaknews\.com|breaknewsdb\.com|naver\.com|daum\.net|nate\.com|yna\.co\.kr|chosun\.com|joongang\.co\.kr|donga\.com|hani\.co\.kr|khan\.co\.kr|hankyung\.com|mk\.co\.kr|hankookilbo\.com|newsis\.com|news1\.kr|kbs\.co\.kr|ytn\.co\.kr|sbs\.co\.kr|imbc\.com|jtbc\.co\.kr|mt\.co\.kr|edaily\.co\.kr|asiae\.co\.kr|heraldcorp\.com|koreaherald\.com|koreatimes\.co\.kr|koreajoongangdaily\.joins\.com|sedaily\.com|fnnews\.com|seoul\.co\.kr|kmib\.co\.kr|munhwa\.com|segye\.com|ohmynews\.com|pressian\.com|nocutnews\.co\.kr|arirang\.com)$/i;
const BYLINE_PATTERN = /[가-힣]{2,4}\s?(기자|특파원|논설위원)(?![가-힣])|기사입력|입력\s*[:：]?\s*\d{4}/;
const SAMPLE_CHARS = 3000;
/**
 * A page is Korean when its sample's Hangul share (lib/text-stats.ts, a syllable weighed as three
 * Latin letters) reaches this: the decision the detector made with 30% of its letters Hangul
 * before the three Hangul shares were one (3·0.3 / (3·0.3 + 0.7) ≈ 0.56; every corpus page,
 * 2016 page and fixture gets the same verdict, 2026-12-02).
 */
const KOREAN_PAGE_SHARE = 0.56;

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.toLowerCase() ?? '';
}

/** Text from the first paragraphs and headings, bounded: never the whole page. */
function textSample(doc: Document): string {
  let sample = '';
  const nodes = doc.querySelectorAll('h1, h2, h3, p, article, [class*=article], [id*=article], [class*=news], [id*=news]');
  for (let i = 0; i < nodes.length && sample.length < SAMPLE_CHARS; i++) sample += (nodes[i].textContent ?? '').slice(0, 600);
  if (sample.length < 200 && doc.body) sample += (doc.body.textContent ?? '').slice(0, SAMPLE_CHARS);
  return sample.slice(0, SAMPLE_CHARS);
}

/** JSON-LD list, section and search pages (schema.org types), not articles. */
const LIST_JSON_LD = /"@type"\s*:\s*"(CollectionPage|ItemList|SearchResultsPage)"/;
/** More of a body container's text inside links than this: a list of teasers, not an article. */
const LINKED_SHARE_MAX = 0.5;
const LINKS_CHECKED = 300;

/** Fewest links and letters a container has before its link share says "list" (a teaser card is not a list). */
const LIST_MIN_LINKS = 5;
const LIST_MIN_CHARS = 150;

/** Share of an element's text that is link text (bounded: the first links only); 0 for a small container. */
function linkedShare(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  const links = el.getElementsByTagName('a');
  if (total < LIST_MIN_CHARS || links.length < LIST_MIN_LINKS) return 0;
  let linked = 0;
  for (let i = 0; i < links.length && i < LINKS_CHECKED; i++) linked += (links[i].textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

export function detectArticleCandidate(doc: Document, url: string): DetectResult {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const path = parsed ? parsed.pathname + parsed.search : '';
  const host = parsed?.hostname ?? '';
  const listLike = parsed !== null && LIST_PAGE_PATH.test(parsed.pathname) && !ARTICLE_PATH.test(path);

  const body = doc.querySelector(KNOWN_BODY_SELECTOR);
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  const jsonLdTexts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => (s.textContent ?? '').slice(0, 4000));
  const jsonLdArticle = jsonLdTexts.some((text) => /"@type"\s*:\s*(\[[^\]]*)?"(News|Reportage|Analysis)?Article"/.test(text));
  const jsonLdList = !jsonLdArticle && jsonLdTexts.some((text) => LIST_JSON_LD.test(text));
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  const knownHost = KOREAN_NEWS_HOST.test(host);

  if (NOT_NEWS_HOST.test(host)) return { candidate: false, reason: 'blog, forum or search host' };
  if (listLike && !jsonLdArticle && ogType !== 'article') return { candidate: false, reason: 'list or home page path' };
  if (jsonLdList) return { candidate: false, reason: 'JSON-LD list or section page' };
  const container = body ?? doc.querySelector('article');
  if (container && linkedShare(container) > LINKED_SHARE_MAX) return { candidate: false, reason: 'body container of link teasers' };
  if (body && (knownHost || lang.startsWith('ko'))) return { candidate: true, reason: 'known news body container' };

  const sample = textSample(doc);
  const korean = lang.startsWith('ko') || hangulShare(sample) >= KOREAN_PAGE_SHARE;
  const declared = ogType === 'article' || jsonLdArticle;
  if (korean && (declared || body)) return { candidate: true, reason: declared ? 'Korean page declared an article' : 'Korean page with a news body container' };
  if (knownHost && (declared || ARTICLE_PATH.test(path))) return { candidate: true, reason: 'Korean outlet article page' };
  if (korean && BYLINE_PATTERN.test(sample) && ARTICLE_PATH.test(path)) return { candidate: true, reason: 'Korean byline or 입력 time on an article path' };
  if (!korean) return { candidate: false, reason: 'not a Korean page or outlet' };
  return { candidate: false, reason: 'no article signals' };
}
