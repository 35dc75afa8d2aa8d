/** Daum News (v.daum.net/v/…): publisher articles re-served by Daum. */
import { hostIs, type SiteAdapter } from './adapter';

export const daum: SiteAdapter = {
  id: 'daum',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/daum-view modelled on it.
  example: 'https://v.daum.net/v/20240102090000123',
  matches: (url) => hostIs(url, 'v.daum.net'),
  // Body `div.article_view` holding `section` > `p[dmcf-ptype=general]` paragraphs.
  body: 'div.article_view[data-translation-body], div.article_view',
  // Title `h3.tit_view`.
  headline: 'h3.tit_view',
  // `span.txt_info` items: "홍길동 기자", "입력 2024. 1. 2. 09:00", "수정 …".
  byline: '.info_view .txt_info',
  // `span.num_date` under the 입력 label.
  published: { selector: '.info_view .txt_info:nth-of-type(2) .num_date, .info_view .num_date' },
  // AI summary layer and the "관련 기사" box inside the body.
  drop: '.layer_summary, .box_related',
};
