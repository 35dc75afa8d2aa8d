/**
 * The last question of extraction (lib/extract/index.ts): is the page an article, and in which
 * language is it written. A list or section page, a portal home, a blog post and a page whose
 * "body" is navigation are not articles, however their body was found.
 */
import type { Block, BylineParts } from '../types';
import { paragraphChars } from './blocks';
import { MIN_BODY_CHARS, type BodyResult } from './body';
import { ARTICLE_PATH, LIST_PAGE_PATH, NOT_NEWS_HOST } from './known-bodies';
import type { PageMetadata } from './metadata';
import { countHangul, hangulShare } from '../text-stats';
import { endsLikeKoreanSentence } from '../sentences';

/** More than this share of teaser paragraphs and the page is a list, not an article. */
const TEASER_SHARE_MAX = 0.5;

/** Main language of the article's own text: its opening paragraphs (an appended translation comes later). */
export function detectLanguage(body: Block[]): string {
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

export function looksLikeArticle(url: URL | null, meta: PageMetadata, body: BodyResult, byline: BylineParts): boolean {
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
