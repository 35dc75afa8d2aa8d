/** Edaily (edaily.co.kr/News/Read?newsId=…). `<br>` text in `div.news_body` with inline ad boxes. */
import { hostIs, type SiteAdapter } from './adapter';

export const edaily: SiteAdapter = {
  id: 'edaily',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/edaily-news-body modelled on it.
  example: 'https://www.edaily.co.kr/News/Read?newsId=01234566638700000&mediaCodeNo=257',
  matches: (url) => hostIs(url, 'edaily.co.kr'),
  // Body `div.news_body`.
  body: '.news_body',
  // Title `h1` in `.news_titles`; the deck lines are `h2` beside it.
  headline: '.news_titles h1',
  subheadline: '.news_titles h2',
  // Reporter "홍길동 기자" in `p.reporter_name`; "등록 2024-01-02 오전 9:00:00" in `.dates`.
  byline: 'p.reporter_name, .dates',
  // "news_domino" related-article strip and text ads (`gg_textshow`) inside the body.
  drop: '.news_domino, .gg_textshow',
};
