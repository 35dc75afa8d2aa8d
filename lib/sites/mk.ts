/**
 * Maeil Business Newspaper (mk.co.kr/news/…). `<p refid>` paragraphs with subheadings
 * (`div.border_org`) and photo figures mixed in; a deck (`div.mid_title`) opens the body.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const mk: SiteAdapter = {
  id: 'mk',
  // A real page: ../shared/corpus/pages/MBN_2025_06_03 (one of the four saved mk.co.kr pages the selectors
  // were written against).
  example: 'https://www.mk.co.kr/news/politics/11333783',
  matches: (url) => hostIs(url, 'mk.co.kr'),
  // Article body (itemprop=articleBody).
  body: 'div.news_cnt_detail_wrap',
  // Title `h2.news_ttl` in the article header.
  headline: 'h2.news_ttl',
  // Deck lines at the top of the body.
  summary: '.mid_title .midtitle_text',
  // Reporter credit `dl.author dt.name` ("임정우 기자"), one per reporter.
  byline: 'dl.author .name',
  // "입력 : 2025-05-28 01:05:24" in the header.
  published: { selector: '.time_area .registration dd' },
  // The deck is read as summary; `#refTotal` is an empty counter.
  drop: '.mid_title, #refTotal',
};
