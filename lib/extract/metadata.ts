/**
 * Page-level metadata every stage may consult, read once per extraction: `<meta>` tags and the
 * JSON-LD article object (headline, authors, times, `articleBody`).
 */
import type { SiteAdapter } from '../sites/adapter';
import { elementText } from './blocks';
import { normalizeText } from './text';
import { endsLikeSentence } from '../sentences';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  articleBody: string | null;
}

export interface PageMetadata {
  ogType: string | null;
  ogTitle: string | null;
  title: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  /** `meta[name=author]`, `dable:author`, `article:author` when they hold a name rather than a URL. */
  authorMeta: string[];
  jsonLd: JsonLdArticle | null;
  /** Any JSON-LD object typed as an article (NewsArticle, Article, ReportageNewsArticle, …). */
  hasArticleJsonLd: boolean;
  /** A JSON-LD list, section or search page (CollectionPage, ItemList, SearchResultsPage) and no article. */
  listJsonLd: boolean;
}

/**
 * `<meta>` values by `property` or `name`, lower-cased key, first one wins: one pass over the meta
 * elements (attribute selectors are slow in jsdom's engine, and this runs on every extraction).
 */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const key = (metas[i].getAttribute('property') ?? metas[i].getAttribute('name'))?.toLowerCase();
    const value = metas[i].getAttribute('content');
    if (key && value && !map.has(key)) map.set(key, normalizeText(value));
  }
  return map;
}

const ARTICLE_TYPE = /Article|NewsArticle|Report|BlogPosting|LiveBlogPosting/;

/**
 * JSON-LD as publishers write it: raw line breaks inside strings are common (they break
 * JSON.parse), so escape control characters that sit inside strings and retry.
 */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString && c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    if (inString && c < ' ') out += c === '\n' ? '\\n' : c === '\t' ? '\\t' : '';
    else out += c;
  }
  return out;
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(escapeControlsInStrings(text));
    } catch {
      return null;
    }
  }
}

function flattenLd(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flattenLd(v, out);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) flattenLd(obj['@graph'], out);
  }
}

function typeOf(obj: Record<string, unknown>): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return normalizeText(value) || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(normalizeText(item));
    else if (item && typeof item === 'object') {
      const name = (item as Record<string, unknown>).name;
      if (typeof name === 'string') names.push(normalizeText(name));
    }
  }
  return names.filter(Boolean);
}

/** JSON-LD types of list, section and search pages (schema.org), which are not articles. */
const LIST_TYPE = /^(CollectionPage|ItemList|SearchResultsPage|WebSite)$/;

function readJsonLd(doc: Document): { article: JsonLdArticle | null; isArticle: boolean; isList: boolean } {
  const objects: Record<string, unknown>[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i].getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    flattenLd(parseLenient(scripts[i].textContent ?? ''), objects);
  }
  const article = objects.find((o) => ARTICLE_TYPE.test(typeOf(o)) && !/Page$/.test(typeOf(o)));
  const isList = objects.some((o) => LIST_TYPE.test(typeOf(o)) && o.mainEntityOfPage === undefined) && !objects.some((o) => /Page$/.test(typeOf(o)) && !LIST_TYPE.test(typeOf(o)));
  if (!article) return { article: null, isArticle: false, isList };
  return {
    isArticle: true,
    isList: false,
    article: {
      headline: stringOf(article.headline) ?? stringOf(article.name),
      authors: namesOf(article.author),
      datePublished: stringOf(article.datePublished),
      dateModified: stringOf(article.dateModified),
      articleBody: typeof article.articleBody === 'string' ? article.articleBody : null,
    },
  };
}

/** A meta author value that is a person (not a profile URL or the publisher's page). */
function personish(value: string | null): string | null {
  if (!value || /^https?:|www\./i.test(value)) return null;
  return value;
}

export function readMetadata(doc: Document): PageMetadata {
  const { article, isArticle, isList } = readJsonLd(doc);
  const meta = metaMap(doc);
  const get = (key: string) => meta.get(key) ?? null;
  const authorMeta = [personish(get('author')), personish(get('dable:author')), personish(get('article:author'))].filter(
    (v): v is string => v !== null,
  );
  return {
    ogType: get('og:type')?.toLowerCase() ?? null,
    ogTitle: get('og:title'),
    title: doc.title ? normalizeText(doc.title) : null,
    publishedTime: get('article:published_time'),
    modifiedTime: get('article:modified_time'),
    authorMeta,
    jsonLd: article,
    hasArticleJsonLd: isArticle,
    listJsonLd: isList,
  };
}

/**
 * Section names that stand behind a headline as an affix (`…-정치ㅣ한국일보`): a general vocabulary of
 * news sections, the only affix accepted after a separator without spaces around it.
 */
const SECTION_WORD = /^(정치|경제|사회|국제|세계|문화|스포츠|연예|오피니언|사설|칼럼|IT|IT\/과학|과학|생활|라이프|전국|지역|북한|산업|증권|부동산|금융|사람|교육|건강|여행|날씨|뉴스|전체기사|속보|종합)$/;

/** One affix behind a separator at the end of a title: ` - 매일경제`, ` | 한국일보`, `ㅣ한국일보`, ` :: 조선닷컴`, `-정치`. */
const SPACED_AFFIX = /^(.*\S)\s+(?:[-|lㅣ–—<:]|::)\s+([^|ㅣ]{1,30})$/;
const TIGHT_AFFIX = /^(.*\S)\s*(?:[|ㅣ]|::)\s*([^|ㅣ:]{1,30})$/;
const TIGHT_SECTION = /^(.*\S)\s*[-–—]\s*([^\s-]{1,8})$/;

/**
 * A page title without the site and section names it carries (`… - 매일경제`, `… | 한국일보`,
 * `… : 네이버 뉴스`, `… l KBS WORLD`, `…-정치ㅣ한국일보`): affixes behind a separator are cut (two at
 * most) when what is left is a headline's length. The same characters inside a headline stay:
 * `3:0` and `‹작품명>` have no separator spacing, and a tight `-` cuts only a section name.
 */
export function stripSiteName(title: string): string {
  let rest = title.trim();
  for (let cut = 0; cut < 2; cut++) {
    const m = SPACED_AFFIX.exec(rest) ?? TIGHT_AFFIX.exec(rest);
    const section = TIGHT_SECTION.exec(rest);
    if (m && m[1].length >= 8 && !endsLikeSentence(m[2])) rest = m[1].trim();
    else if (section && section[1].length >= 8 && SECTION_WORD.test(section[2])) rest = section[1].trim();
    else break;
  }
  return rest;
}

/** The headline: the adapter's (or its JSON-LD one), else a heading the page's titles agree with, else the titles. */
export function readHeadline(doc: Document, adapter: SiteAdapter | null, meta: PageMetadata): string | null {
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

/** The page's address, or null for none (a snapshot of the page, lib/snapshot.ts, is about:blank). */
export function parseUrl(value: string | null | undefined): URL | null {
  if (!value || value === 'about:blank') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
