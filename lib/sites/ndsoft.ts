/**
 * ND Soft CMS (`/news/articleView.html?idxno=…`), the default for hundreds of small and regional
 * outlets on their own hosts, so it matches on markup and path rather than on a host list.
 */
import type { SiteAdapter } from './adapter';

export const ndsoft: SiteAdapter = {
  id: 'ndsoft',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/ndsoft-regional, tests/fixtures/translator-
  // injected.
  example: 'https://www.example-ilbo.co.kr/news/articleView.html?idxno=123456',
  matches: (url, doc) =>
    doc.getElementById('article-view-content-div') !== null || (url !== null && /\/news\/articleView\.html$/i.test(url.pathname)),
  // Article body `article#article-view-content-div` with `<p>` paragraphs and `figure` photos.
  body: '#article-view-content-div',
  // Title `h3.heading` (2019+ skins) or `.article-head-title` (older skins).
  headline: '.article-view-header h3.heading, h3.heading, .article-head-title',
  // Deck `h4.subheading` under the title.
  subheadline: '.article-view-header h4.subheading, h4.subheading',
  // `ul.infomation` items: "홍길동 기자", "입력 2024.01.02 09:00", "수정 …".
  byline: 'article.article-view-header ul.infomation, ul.infomation, .info-text ul',
  // Copyright box, reporter cards and the share bar that close the body.
  drop: '.view-copyright, .view-editors, .article-sns, .ad-template, .IMGFLOATING',
};
