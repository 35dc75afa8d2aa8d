/**
 * The Hankyoreh (hani.co.kr/arti/…). The 2023 Next.js layout has hashed CSS-module class names
 * (`ArticleDetailView_title__9kRU_`), matched by their stable prefix; paragraphs are `p.text` in
 * `div.article-text`. The older layout put `<br>` text in `div.text` under the same `article-text`.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const hani: SiteAdapter = {
  id: 'hani',
  // A real page: ../shared/corpus/pages-2016/hani_2016_761484, the older layout, which `div.text`,
  // `#article_view_headline .title` and `.date-time` match; the 2023 Next.js layout's selectors come from
  // the team-written fixture tests/fixtures/hani-nextjs, whose URL is made up.
  example: 'http://www.hani.co.kr/arti/society/labor/761484.html',
  matches: (url) => hostIs(url, 'hani.co.kr'),
  // Paragraphs `p.text` (2023+) or the older `div.text`, and the photo captions between them.
  body: '.article-text p.text, .article-text div.text, .article-text figcaption',
  // Title `h3.ArticleDetailView_title__…` (2023+), `#article_view_headline .title` (older).
  headline: 'h3[class*=ArticleDetailView_title], #article_view_headline .title',
  // Deck `h4.ArticleDetailView_subtitle__…`, `<br>`-separated lines; older `div.subtitle`.
  subheadline: 'h4[class*=ArticleDetailView_subtitle], .article-text .subtitle',
  // "등록 2026-01-06 15:45" / "수정 …" items.
  byline: 'li[class*=ArticleDetailView_dateListItem], .date-time',
  // Reporter link: the bare name "최하얀" (the role word is outside the link).
  reporterName: 'a[class*=ArticleDetailView_reporterLink]',
};
