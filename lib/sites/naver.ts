/**
 * Naver News, current layout (n.news.naver.com/mnews/article/…, m.news.naver.com) and the older
 * news.naver.com/main/read.nhn layout, which stays in archives and saved pages.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const naver: SiteAdapter = {
  id: 'naver',
  // A real page: ../shared/corpus/pages/naver_newsis_2024; the older layout's selectors match the real
  // ../shared/corpus/pages/naver_old_joongang_2020.
  example: 'https://n.news.naver.com/mnews/article/003/0012577249',
  matches: (url, doc) =>
    hostIs(url, 'news.naver.com') || doc.querySelector('article#dic_area, #articleBodyContents') !== null,
  // Current: `article#dic_area` (text with `<br><br>`); older: `#articleBodyContents`.
  body: '#dic_area, #articleBodyContents',
  // Current `h2#title_area`; older `h3#articleTitle`.
  headline: '#title_area, h3#articleTitle, h2.media_end_head_headline',
  // Deck at the top of the body, `<br>`-separated lines.
  summary: 'strong.media_end_summary',
  // Reporter name in the header, the trailing `div.byline` ("이현주 기자(…@newsis.com)"), the old layout's
  // "기사입력 2020.07.13. 오후 5:04 최종수정 …" line.
  byline: 'em.media_end_head_journalist_name, .byline_s, .article_info .sponsor',
  // 입력 time as an attribute ("2024-05-30 11:40:08"); the old layout prints "2020.07.13. 오후 5:04" in `span.t11`.
  published: { selector: 'span._ARTICLE_DATE_TIME[data-date-time]', attribute: 'data-date-time' },
  updated: { selector: 'span._ARTICLE_MODIFY_DATE_TIME[data-modify-date-time]', attribute: 'data-modify-date-time' },
  // Captions `em.img_desc` inside `span.end_photo_org` are generic; the old layout's video box is not text.
  drop: '.vod_area, .end_photo_org .mask, ._VOD_PLAYER_WRAP, .media_end_correction',
};
