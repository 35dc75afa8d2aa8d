/**
 * Every site adapter, in the order they are tried: the first whose `matches` says yes is used.
 * Host-matched adapters come before markup-matched ones (ND Soft CMS serves hundreds of hosts and
 * matches on its body id, so a known host using it still gets its own adapter first).
 * tests/sites.test.ts checks that every file in lib/sites/ is listed here and has a fixture.
 */
import type { SiteAdapter } from './adapter';
import { breaknews } from './breaknews';
import { chosun } from './chosun';
import { daum } from './daum';
import { hankookilbo } from './hankookilbo';
import { joongang } from './joongang';
import { kbs } from './kbs';
import { mk } from './mk';
import { nate } from './nate';
import { naver } from './naver';
import { ndsoft } from './ndsoft';
import { newsis } from './newsis';
import { yonhap } from './yonhap';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  breaknews, naver, daum, nate, mk, hankookilbo, yonhap, chosun, joongang, newsis, kbs,
  // Markup-matched CMS last.
  ndsoft,
];

export function findAdapter(url: URL | null, doc: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((a) => a.matches(url, doc)) ?? null;
}
