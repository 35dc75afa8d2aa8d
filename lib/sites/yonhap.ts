/** Yonhap News Agency (yna.co.kr/view/AKR…). Bodies open with "(서울=연합뉴스) 홍길동 기자 =". */
import { hostIs, type SiteAdapter } from './adapter';

export const yonhap: SiteAdapter = {
  id: 'yonhap',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/rule-list-teasers-negative, tests/fixtures/yonhap-
  // wire.
  example: 'https://www.yna.co.kr/view/AKR20240102000100001',
  matches: (url) => hostIs(url, 'yna.co.kr'),
  // Body `article.story-news` with `<p>` paragraphs.
  body: 'article.story-news, div.story-news',
  // Title `h1.tit` (2023+) or `h1.tit01` (older).
  headline: 'h1.tit, h1.tit01',
  // Reporter box `.writer-zone01 .tit-name` ("홍길동 기자").
  byline: '.writer-zone01 .tit-name, .tit-name',
  // Photo caption `.tit-cap` under `figure`.
  captions: '.tit-cap',
  // Reporter box, "제보는 카카오톡" copyright line, keyword chips inside the body.
  drop: '.writer-zone01, .txt-copyright, .keyword-zone, .aside-box',
};
