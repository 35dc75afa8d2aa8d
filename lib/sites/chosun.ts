/**
 * Chosun Ilbo and Chosun Biz (Arc XP). The static HTML has no body: a script holds
 * `Fusion.globalContent` whose `content_elements` of type "text" are the paragraphs. JSON-LD gives
 * authors and times, often in UTC (converted to +09:00).
 */
import { hostIs, type SiteAdapter } from './adapter';

export const chosun: SiteAdapter = {
  id: 'chosun',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/chosun-fusion modelled on it
  // (../shared/corpus/pages-2016/chosun_2016_editorial_2016091302449 is real but of the 2016 layout, which
  // these selectors do not match: the generic extractor reads it).
  example: 'https://www.chosun.com/national/2024/01/02/ABCDEFGHIJKLMNOPQRSTUVWX/',
  matches: (url) => hostIs(url, 'chosun.com'),
  // Client-rendered body `section.article-body` (present on the live page, empty in saved HTML).
  body: 'section.article-body p, section.article-body figcaption',
  // Title `h1.article-header__headline` on the live page.
  headline: 'h1.article-header__headline',
  // Paragraphs from `Fusion.globalContent.content_elements`.
  embeddedState: { contentElementsOf: 'Fusion.globalContent' },
};
