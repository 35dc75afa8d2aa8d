/**
 * OhmyNews (ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=…). `<br>` text in `div.at_contents`;
 * the printed dates have two-digit years ("24.01.02 09:00"), so times come from meta tags.
 */
import { hostIs, type SiteAdapter } from './adapter';

export const ohmynews: SiteAdapter = {
  id: 'ohmynews',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/ohmynews-at-contents modelled on it.
  example: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003000001',
  matches: (url) => hostIs(url, 'ohmynews.com'),
  // Body `div.at_contents[itemprop=articleBody]`.
  body: 'div.at_contents',
  // Title `h2.article_tit` (2023+), `h3.tit_subject` (older).
  headline: 'h2.article_tit, h3.tit_subject',
  // Deck lines `h3.article_sub` / `.sub_tit` above the body.
  subheadline: '.article_sub, .sub_tit',
  // Reporter name in the info bar: "글: 홍길동" or "홍길동(hong)"; the bare name in `a.writer`.
  reporterName: '.info_data a.writer, .atc-sponsor .name',
  // Photo-zoom layer and the "오마이뉴스 후원" box inside the body.
  drop: '.photo_zoom, .support_box',
};
