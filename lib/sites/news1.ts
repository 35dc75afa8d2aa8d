/**
 * News1 (news1.kr/<section>/<sub>/<id>; older news1.kr/articles/?<id>). Bodies open with
 * "(서울=뉴스1) 홍길동 기자 ="; `meta[name=dable:author]` names the reporter.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const news1: SiteAdapter = {
  id: 'news1',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/news1-wire modelled on it.
  example: 'https://www.news1.kr/society/general-society/5300001',
  matches: (url) => hostIs(url, 'news1.kr'),
  // Body `#articleBody` (2024+) with `<p>` paragraphs; older pages `#articles_detail`.
  body: '#articleBody, #articles_detail',
  // Title `h1.article-h2-header-title` (2024+), `.title h2` (older).
  headline: 'h1.article-h2-header-title, .article_head h2, .title h2',
  // Reporter box at the end of the body, and inline ad slots.
  drop: '.article_reporter, .ad_area',
};
