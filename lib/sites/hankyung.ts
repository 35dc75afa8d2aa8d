/**
 * Korea Economic Daily (hankyung.com/article/…). `<br>` text with `<p>` and photo figures mixed in
 * `#articletxt`; reporters in the header and in JSON-LD.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const hankyung: SiteAdapter = {
  id: 'hankyung',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/hankyung-article modelled on it.
  example: 'https://www.hankyung.com/article/2024010212345',
  matches: (url) => hostIs(url, 'hankyung.com'),
  // Body `div#articletxt.article-body`.
  body: '#articletxt, .article-body',
  // Title `h1.headline`.
  headline: 'h1.headline',
  // Reporter items "홍길동 기자" in `.author` and "입력 2024.01.02 09:00 수정 …" in `.datetime`.
  byline: '.article-author .author, .datetime',
  // Ad slots and the "관련 뉴스" list between paragraphs.
  drop: '.ad-wrap, .article-ad, .relation-news',
};
