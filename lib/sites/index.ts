/**
 * Every site adapter, in the order they are tried: the first whose `matches` says yes is used.
 * Host-matched adapters come before markup-matched ones (ND Soft CMS serves hundreds of hosts and
 * matches on its body id, so a known host using it still gets its own adapter first).
 * tests/sites.test.ts checks that every file in lib/sites/ is listed here and has a fixture.
 */
import type { SiteAdapter } from './adapter';
import { breaknews } from './breaknews';
import { hankookilbo } from './hankookilbo';
import { mk } from './mk';
import { naver } from './naver';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [breaknews, naver, mk, hankookilbo];

export function findAdapter(url: URL | null, doc: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((a) => a.matches(url, doc)) ?? null;
}
