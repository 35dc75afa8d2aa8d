/**
 * KBS News (news.kbs.co.kr) and KBS WORLD (world.kbs.co.kr, English and other languages: an article
 * there is in English and the reader offers Korean).
 */
import { hostIs, type SiteAdapter } from './adapter';

export const kbs: SiteAdapter = {
  id: 'kbs',
  // A real page: ../shared/corpus/pages/kbsworld_english_article, the KBS WORLD selectors' page; the KBS
  // News ones come from the team-written fixture tests/fixtures/kbs-news, whose URL is made up.
  example: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181595',
  matches: (url) => hostIs(url, 'kbs.co.kr'),
  // KBS WORLD `div.body_txt` (`<br>` text after a photo box); KBS News `#cont_newstext`.
  body: '.body_txt, #cont_newstext, .detail-body',
  // KBS WORLD `.title_area h1`; KBS News `h4.headline-title`.
  headline: '.title_area h1, h4.headline-title',
  // "Written: 2023-11-07 15:03:30 / Updated: …" (KBS WORLD); "입력 2024.01.02 (09:00)" (KBS News).
  byline: '.title_area .date, .dates, .reporter-name',
  // KBS WORLD photo credit line `p.cap` ("Photo : YONHAP News").
  captions: 'p.cap',
};
