/** Pressian (pressian.com/pages/articles/…). `<p>` paragraphs in `div.article_body`. */
import { hostIs, type SiteAdapter } from './adapter';

export const pressian: SiteAdapter = {
  id: 'pressian',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/pressian-article modelled on it.
  example: 'https://www.pressian.com/pages/articles/2024010209000012345',
  matches: (url) => hostIs(url, 'pressian.com'),
  // Body `div.article_body`.
  body: '.article_body',
  // Title `p.title`, deck `p.sub_title` in `.view_header`.
  headline: '.view_header .title',
  subheadline: '.view_header .sub_title',
  // "홍길동 기자" and "2024.01.02 09:00:00" in `.view_header .byline`.
  byline: '.view_header .byline',
  // Ad slots between paragraphs.
  drop: '.article_ad, .article_ad2',
};
