/** Newsis (newsis.com/view/…). Bodies open with "[서울=뉴시스]홍길동 기자 =". */
import { hostIs, type SiteAdapter } from './adapter';

export const newsis: SiteAdapter = {
  id: 'newsis',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/newsis-br modelled on it.
  example: 'https://www.newsis.com/view/NISX20240102_0002500001',
  matches: (url) => hostIs(url, 'newsis.com'),
  // Body `div.viewer > article`: `<br>` text with photo tables.
  body: 'div.viewer article, #textBody',
  // Title `h1.tit` in `div.article_tbx`.
  headline: '.article_tbx h1.tit, h1.tit',
  // Deck lines at the top of the body (`div.summury`, sic).
  summary: '.summury',
  // "등록 2024.01.02 09:00:00" line in the header.
  byline: '.article_tbx .txt',
  // Photo caption `p.desc` / `.summury_desc` under each photo.
  captions: 'p.desc, .thumCont .desc',
  // The "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>" line and the reporter box.
  drop: '.copyright, .view_text_bottom',
};
