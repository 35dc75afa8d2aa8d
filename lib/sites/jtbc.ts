/**
 * JTBC News (news.jtbc.co.kr/article/…, 2024 React layout). Class names are generated (`my-1bw6mip`),
 * so the body is found by its id and the headline comes from the JSON-LD `script#article-structured-data`.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const jtbc: SiteAdapter = {
  id: 'jtbc',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/jtbc-react modelled on it.
  example: 'https://news.jtbc.co.kr/article/NB12170001',
  matches: (url) => hostIs(url, 'jtbc.co.kr'),
  // Body `#ijam_content` (2024+: `<br>` text, figures); older pages `#articlebody .article_content`.
  body: '#ijam_content, #articlebody .article_content',
  // The one `h1` on the page; JSON-LD `headline` preferred.
  headline: 'h1',
  headlineFromJsonLd: true,
  // Reporter items "최인선 기자" in `.author-item`.
  byline: '.author-item',
};
