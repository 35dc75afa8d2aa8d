/** JoongAng Ilbo (joongang.co.kr/article/…). */
import { hostIs, type SiteAdapter } from './adapter';

export const joongang: SiteAdapter = {
  id: 'joongang',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/joongang-article modelled on it.
  example: 'https://www.joongang.co.kr/article/25200001',
  matches: (url) => hostIs(url, 'joongang.co.kr'),
  // Body `div#article_body[itemprop=articleBody]` with `<p>` paragraphs.
  body: '#article_body, [itemprop=articleBody]',
  // Title `h1.headline`.
  headline: 'h1.headline',
  // Reporter line `div.byline` ("홍길동 기자 hong@joongang.co.kr") inside the body and header.
  byline: '.article_header .byline, #article_body .byline',
  // Related-article boxes and ad slots between paragraphs.
  drop: '.ab_related_article, .ad_wrap',
};
