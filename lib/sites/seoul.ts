/** Seoul Shinmun (seoul.co.kr/news/…). `<br>` text in `div.viewContent`, photos in `div.v_photoarea`. */
import { hostIs, type SiteAdapter } from './adapter';

export const seoul: SiteAdapter = {
  id: 'seoul',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/seoul-viewcontent modelled on it.
  example: 'https://www.seoul.co.kr/news/society/2024/01/02/20240102001001',
  matches: (url) => hostIs(url, 'seoul.co.kr'),
  // Body `div.viewContent`; older pages `#atic_txt1`.
  body: '.viewContent, #atic_txt1',
  // Title `h1.h38`.
  headline: 'h1.h38',
  // Deck `h2.stit` under the title.
  subheadline: 'h2.stit',
  // Reporter box: the bare name in `.reporterInfo .name a`, "기자" printed apart.
  reporterName: '.reporterInfo .name a',
  // "입력 2026-01-06 13:23" and "업데이트 …" in `.dateInfo`.
  published: { selector: '.dateInfo .writeInfo' },
  updated: { selector: '.dateInfo .updateInfo' },
  // Photo-zoom and share buttons in the photo box.
  drop: '.v_photoarea .btn_zoom',
};
