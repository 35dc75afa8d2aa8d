/**
 * Dong-A Ilbo (donga.com/news/…/article/all/…). The 2023 layout prints the body as text with
 * `<br><br>` runs straight in `section.news_view`, with photo figures and ad slots between them; older
 * pages use `div.article_txt`.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const donga: SiteAdapter = {
  id: 'donga',
  // A real page: ../shared/corpus/pages-2016/donga_2016_80317105, the older layout, whose `div.article_txt`
  // the body selector reads; the 2023 layout's selectors come from the team-written fixture
  // tests/fixtures/donga-news-view, whose URL is made up.
  example: 'http://news.donga.com/List/3/all/20160918/80317105/1',
  matches: (url) => hostIs(url, 'donga.com'),
  // Body `section.news_view` (2023+), `div.article_txt` (older pages).
  body: 'section.news_view, div.article_txt',
  // Title `h1` in `section.head_group`.
  headline: '.head_group h1, h1.title',
  // Deck `h2.sub_tit` at the top of the body, `<br>`-separated lines.
  summary: '.news_view h2.sub_tit',
  // Reporter links "송치훈 기자" in `.author_info`.
  byline: '.author_info',
  // "입력 2026-01-06 14:18" in the `aria-hidden` span of `.date_info p` (its screen-reader twin says only "입력").
  published: { selector: '.date_info p span[aria-hidden=true]' },
  // Ad slots inside the body (`view_ad06`, `view_adK`, mobile `view_m_adA`…) and the "관련 기사" box.
  drop: '.view_ad06, .view_adK, .view_m_adK, .view_m_adA, .view_m_adB, .view_m_adC, .article_relation',
};
