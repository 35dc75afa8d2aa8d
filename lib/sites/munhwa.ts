/** Munhwa Ilbo (munhwa.com/article/…, 2025 layout). Paragraphs `p.text-l` in `#article-body`. */
import { hostIs, type SiteAdapter } from './adapter';

export const munhwa: SiteAdapter = {
  id: 'munhwa',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/munhwa-article modelled on it.
  example: 'https://www.munhwa.com/article/11500001',
  matches: (url) => hostIs(url, 'munhwa.com'),
  // Body `div#article-body`: `p.text-l` paragraphs and `.article-photo-wrap` figures.
  body: '#article-body',
  // Title `h1.title`.
  headline: 'h1.title',
  // Deck `.article-subtitle p`.
  subheadline: '.article-subtitle',
  // "홍길동 기자" in `.byline .writer`, "입력 2026-01-05 23:24" in `.byline .date-publish`.
  byline: '.byline .writer, .byline .date-publish',
};
