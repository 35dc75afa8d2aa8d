/** Money Today (mt.co.kr, news.mt.co.kr, moneys.mt.co.kr). 2025 layout: `<p>` paragraphs in `#articleView`. */
import { hostIs, type SiteAdapter } from './adapter';

export const moneytoday: SiteAdapter = {
  id: 'moneytoday',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/moneytoday-articleview modelled on it.
  example: 'https://news.mt.co.kr/mtview.php?no=2024010209000012345',
  matches: (url) => hostIs(url, 'mt.co.kr'),
  // Body `#articleView` (2025+), `#textBody` (older).
  body: '#articleView, #textBody',
  // Title `h1.headline` (2025+), `h1.subject` (older).
  headline: 'h1.headline, h1.subject',
  // Reporter "홍길동 기자" in `.name.col1 strong`; "2025.12.16 05:32" in `.col2 .date`.
  byline: '.name.col1 strong, .col2 .date',
  // Paragraphs marked `.ept` are editor's promos ("머니투데이 구독하기").
  drop: 'p.ept',
};
