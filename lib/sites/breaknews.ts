/**
 * BreakNews and its regional editions (breaknews.com; kb./dk./n./dj. subdomains; breaknewsdb.com).
 * EUC-KR pages; the body `#CLtag` holds the Korean article and, since 2020-09-28, a Google-translated
 * English version after a marker line. Everything textual in `#CLtag` stays, in order (lib/split.ts
 * finds the marker), except the print-only header that repeats headline and byline.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const breaknews: SiteAdapter = {
  id: 'breaknews',
  // A real page: the article the product started from (../shared/seed; saved as tests/fixtures/breaknews-
  // seed).
  example: 'https://dj.breaknews.com/807519',
  matches: (url, doc) => hostIs(url, 'breaknews.com', 'breaknewsdb.com') || doc.getElementById('CLtag') !== null,
  // Article body: Korean text, `<br>` runs, photo tables, then the marker and the English part.
  body: '#CLtag',
  // Title above the body (`h1.read_title`); `.read_title` without tag on older skins.
  headline: '.read_title, #news_title, h1.title',
  // Subtitle line under the title on regional editions.
  subheadline: '.read_subtitle, .sub_title',
  // "김정환 기자 | 기사입력 2021/05/31 [16:43]" above the body.
  byline: '.read_byline, .read_info, .writer_info',
  // `▲ … © 김정환 기자` caption cell under `#img_pop_view`.
  captions: '.news_photo_caption, td.img_caption',
  // Print-only header inside #CLtag repeating the headline and "김정환 기자 | 입력 : 2021/05/31 [16:43]".
  drop: '.print_header, .print_title, .print_byline',
};
