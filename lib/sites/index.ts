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
import { donga } from './donga';
import { edaily } from './edaily';
import { hani } from './hani';
import { hankookilbo } from './hankookilbo';
import { hankyung } from './hankyung';
import { joongang } from './joongang';
import { jtbc } from './jtbc';
import { kbs } from './kbs';
import { khan } from './khan';
import { kmib } from './kmib';
import { mbc } from './mbc';
import { mk } from './mk';
import { moneytoday } from './moneytoday';
import { munhwa } from './munhwa';
import { nate } from './nate';
import { naver } from './naver';
import { ndsoft } from './ndsoft';
import { news1 } from './news1';
import { newsis } from './newsis';
import { newsprime } from './newsprime';
import { ohmynews } from './ohmynews';
import { pressian } from './pressian';
import { sbs } from './sbs';
import { segye } from './segye';
import { seoul } from './seoul';
import { yonhap } from './yonhap';
import { ytn } from './ytn';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  breaknews, naver, daum, nate, mk, hankookilbo, yonhap, chosun, joongang, newsis, kbs,
  donga, hani, khan, hankyung, seoul, kmib, segye, munhwa, mbc, sbs, jtbc, ytn, news1, edaily, moneytoday, ohmynews, pressian,
  // Markup-matched CMS last.
  ndsoft, newsprime,
];

export function findAdapter(url: URL | null, doc: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((a) => a.matches(url, doc)) ?? null;
}
