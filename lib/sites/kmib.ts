/**
 * Kookmin Ilbo (kmib.co.kr/article/view.asp?arcid=…). `<br>` text in `#articleBody`; the reporter is
 * only named at the end of the body ("홍길동 기자 hong@kmib.co.kr"), read as a credit line.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const kmib: SiteAdapter = {
  id: 'kmib',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/kmib-br modelled on it.
  example: 'https://www.kmib.co.kr/article/view.asp?arcid=0019000001',
  matches: (url) => hostIs(url, 'kmib.co.kr'),
  // Body `div#articleBody`.
  body: '#articleBody',
  // Title `h1.article_headline` (2024+), `.nwsti h3` (older).
  headline: 'h1.article_headline, .nwsti h3',
  // "입력:2024-01-02 09:00" and "수정:…" in `.datetime`.
  byline: '.article_header .datetime, .datetime',
  // "추천 기사" box inside the body.
  drop: '.article_recommend',
};
