/**
 * Chosun Ilbo and Chosun Biz (Arc XP). The static HTML has no body: a script holds
 * `Fusion.globalContent` whose `content_elements` of type "text" are the paragraphs. JSON-LD gives
 * authors and times, often in UTC (converted to +09:00).
 */
import { hostIs, type SiteAdapter } from './adapter';

export const chosun: SiteAdapter = {
  id: 'chosun',
  example: 'https://www.chosun.com/national/2024/01/02/ABCDEFGHIJKLMNOPQRSTUVWX/',
  matches: (url) => hostIs(url, 'chosun.com'),
  // Client-rendered body `section.article-body` (present on the live page, empty in saved HTML).
  body: 'section.article-body p, section.article-body figcaption',
  // Title `h1.article-header__headline` on the live page.
  headline: 'h1.article-header__headline',
  // Paragraphs from `Fusion.globalContent.content_elements`.
  embeddedState: { contentElementsOf: 'Fusion.globalContent' },
};
