/**
 * MBC News (imnews.imbc.com/news/…). Broadcast scripts as `<br>` text in `div.news_txt`; the
 * reporter link carries the bare name.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const mbc: SiteAdapter = {
  id: 'mbc',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/mbc-script modelled on it.
  example: 'https://imnews.imbc.com/news/2024/society/article/6558001_36438.html',
  matches: (url) => hostIs(url, 'imbc.com'),
  // Body `div.news_txt[itemprop=articleBody]`.
  body: '.news_txt[itemprop=articleBody], .news_txt',
  // Title `h2.art_title`.
  headline: 'h2.art_title',
  // Reporter link `span.writer a` ("박소희").
  reporterName: 'span.writer a',
  // "입력 2026-01-06 16:46" / "수정 …" in `.date`.
  byline: '.date .input, .date .update',
  // Hashtag chips under the body.
  drop: '.hashtag',
};
