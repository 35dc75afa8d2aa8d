/**
 * Kyunghyang Shinmun (khan.co.kr/article/…). Paragraphs are `p.content_text` in `#articleBody`,
 * photos `div.art_photo` with a caption, ad boxes between paragraphs.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const khan: SiteAdapter = {
  id: 'khan',
  // A real page: ../shared/corpus/pages-2016/khan_biz_2016_201609260957011, the older layout, whose
  // `.art_body p.content_text` the body selector reads; the current layout's selectors come from the team-
  // written fixture tests/fixtures/khan-article, whose URL is made up.
  example: 'http://biz.khan.co.kr/khan_art_view.html?artid=201609260957011&code=920100',
  matches: (url) => hostIs(url, 'khan.co.kr'),
  // Paragraphs and photo captions in `#articleBody` (older pages: `div.art_body`).
  body: '#articleBody p.content_text, #articleBody .art_photo .caption, .art_body p.content_text',
  // Title `h1` in the article header.
  headline: 'article header h1, h1#article_title',
  // Reporter links "홍길동 기자" in `header .bottom .editor`.
  byline: 'header .bottom .editor, .art_header .editor',
  // "입력 2024.01.02 09:00" (first line of `.date .inner`), then "수정 …".
  published: { selector: '.date .inner p:first-child, .date .inner p' },
  updated: { selector: '.date .inner p:nth-child(2)' },
};
