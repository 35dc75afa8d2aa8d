/**
 * Hankook Ilbo (hankookilbo.com/News/Read/…). Paragraphs are `p.editor-p`, subheadings
 * `h3.editor-tit`, photos `div.editor-img-box` with a `.caption`; ad containers sit between
 * paragraphs, so paragraphs are picked one by one rather than read from their container. Newer pages
 * render the body from embedded JSON (`contentHtml`), read when the DOM has no paragraphs.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const hankookilbo: SiteAdapter = {
  id: 'hankookilbo',
  // A real page: ../shared/corpus/pages/HankookIlbo_2025_05_15 (its gold file's URL), which every selector
  // here matches.
  example: 'https://www.hankookilbo.com/News/Read/A2025051516330004328',
  matches: (url) => hostIs(url, 'hankookilbo.com'),
  // Paragraphs, subheadings and photo boxes, in page order.
  body: 'p.editor-p, h3.editor-tit, div.editor-img-box',
  // `h1.title` wraps the headline in decorative quotes; JSON-LD `headline` is the plain one.
  headline: '.col-main h1.title, h1.title',
  headlineFromJsonLd: true,
  // Deck `h2.sub-tit-ll` above the body, `<br>`-separated.
  summary: 'h2.sub-tit-ll',
  // "순천, 광양 구현모 기자 ninek@hankookilbo.com" under the body.
  byline: '.writer .name',
  // "입력 2025.05.15 20:00 수정 2025.05.15 20:57" (JSON-LD has the seconds and wins).
  published: { selector: '.info .wrt-text dd' },
  // Photo-zoom button text.
  drop: '.img-box',
  // Client-rendered pages: the article HTML in the embedded state's `contentHtml`.
  embeddedState: { htmlKeys: ['contentHtml'] },
};
