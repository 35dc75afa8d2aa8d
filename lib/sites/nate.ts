/** Nate News (news.nate.com/view/…): EUC-KR pages re-serving wire and publisher articles. */
import { hostIs, type SiteAdapter } from './adapter';

export const nate: SiteAdapter = {
  id: 'nate',
  // Made up, in the shape of the site's article URLs: the repository holds no saved real page of this
  // layout, only the team-written fixture tests/fixtures/nate-euckr modelled on it.
  example: 'https://news.nate.com/view/20240102n01234',
  matches: (url, doc) => hostIs(url, 'news.nate.com') || doc.getElementById('realArtcContents') !== null,
  // Body `#realArtcContents`: `<br>` text, wire credit and "(끝)" at the end.
  body: '#realArtcContents',
  // Title `h3.articleSubecjt` (sic).
  headline: 'h3.articleSubecjt',
  // 기사전송 time in `.firstDate em`, 최종수정 in `.lastDate em`.
  published: { selector: '.firstDate em' },
  updated: { selector: '.lastDate em' },
  // Publisher logo/link line and "관련 기사" at the foot of the body.
  drop: '.articleView_tail, .relatedNews',
};
