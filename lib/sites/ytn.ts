/**
 * YTN (ytn.co.kr/_ln/…). Broadcast scripts as `<br>` text in `#CmAdContent.paragraph`; the reporter is
 * named only in the closing credit "YTN 정인용 (quotejeong@ytn.co.kr)".
 */
import { hostIs, type SiteAdapter } from './adapter';

export const ytn: SiteAdapter = {
  id: 'ytn',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/ytn-paragraph modelled on it.
  example: 'https://www.ytn.co.kr/_ln/0101_202401020900011234',
  matches: (url) => hostIs(url, 'ytn.co.kr'),
  // Body `div#CmAdContent.paragraph` (text in a `span`).
  body: '#CmAdContent',
  // Title `h2.news_title span`.
  headline: 'h2.news_title span, h2.news_title',
  // "2026.01.06. 오후 6:23." in `.news_info .date`.
  published: { selector: '.news_info .date' },
};
