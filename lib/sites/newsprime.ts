/**
 * The CMS whose body is `#news_body_area` (docs: newsprime, bokuennews, akomnews, cnbnews, fetv;
 * digital daily `ddaily`), served from many hosts, so it matches on markup like ND Soft.
 */
import type { SiteAdapter } from './adapter';

export const newsprime: SiteAdapter = {
  id: 'newsprime',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/newsprime-cms modelled on it.
  example: 'https://www.newsprime.co.kr/news/article/?no=600001',
  matches: (url, doc) =>
    doc.querySelector('#news_body_area, #news_body_area_contents') !== null || (url !== null && /(^|\.)newsprime\.co\.kr$/i.test(url.hostname)),
  // Body `div#news_body_area` (`#news_body_area_contents` on ekn.kr).
  body: '#news_body_area, #news_body_area_contents',
  // Title `.read_title h1`, `#news_title_text_id` (older skins).
  headline: '.read_title h1, #news_title_text_id, h1.title',
  // "홍길동 기자 | 2024.01.02 09:00:00" line in `.read_info`, `#news_names`.
  byline: '.read_info, #news_names, .news_date',
  // Reporter box and "기사 공유" bar closing the body.
  drop: '.news_reporter_box, .share_area',
};
