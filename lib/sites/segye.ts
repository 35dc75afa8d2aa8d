/**
 * Segye Ilbo (segye.com/newsView/…). `<br>` text and `<p>` in `article.viewBox2`; the deck
 * `em.precis` opens the body; the reporter's bare name sits in a hidden `#SG_CreatorName` span.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const segye: SiteAdapter = {
  id: 'segye',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/segye-viewbox modelled on it.
  example: 'https://www.segye.com/newsView/20240102500001',
  matches: (url) => hostIs(url, 'segye.com'),
  // Body `article.viewBox2`.
  body: 'article.viewBox2',
  // Title `h3#title_sns`.
  headline: 'h3#title_sns',
  // Deck `em.precis` at the top of the body.
  summary: 'em.precis',
  // Hidden `span#SG_CreatorName` with the bare name (for the share widgets).
  reporterName: '#SG_CreatorName',
  // "입력 : 2026-01-06 14:44:16" / "수정 : …" in `.viewInfo`.
  byline: '.viewInfo',
};
