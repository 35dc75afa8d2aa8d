/** SBS News (news.sbs.co.kr/news/endPage.do?news_id=…). `<br>` text in `div.text_area`. */
import { hostIs, type SiteAdapter } from './adapter';

export const sbs: SiteAdapter = {
  id: 'sbs',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/sbs-endpage modelled on it.
  example: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1007500001',
  matches: (url) => hostIs(url, 'sbs.co.kr'),
  // Body `div.text_area[itemprop=articleBody]`.
  body: '.text_area[itemprop=articleBody], .text_area',
  // Title `h1#news-title.article_main_tit`.
  headline: 'h1#news-title, h1.article_main_tit',
  // Reporter "안희재 기자" in `.w_author .reporter`, "작성 2026.01.06 14:17" in `.date_area`.
  byline: '.w_author .reporter, .date_area',
  // `meta[itemprop=datePublished]` inside `.date_area` holds the time with its offset.
  published: { selector: '.date_area meta[itemprop=datePublished]', attribute: 'content' },
};
