import { describe, expect, it } from 'vitest';
import { chromiumDriver, sendToTabAt } from '../testing/chromium';
import { chromiumSessionForFile } from './chromium-session';
import { waitFor } from '../testing/driver';
import { hostileStyleScenarios, pageFontRequests, routeFontAttack } from './hostile-style.scenarios';

hostileStyleScenarios('chromium', chromiumDriver);

/**
 * What really renders the panel's text on the @font-face attack page, by CDP
 * `CSS.getPlatformFontsForNode`: installed fonts only (no web font), and for Korean one that has
 * Hangul. Chromium only: Firefox has no such protocol call for a page.
 */
describe('the fonts that render the panel in chromium', () => {
  const session = chromiumSessionForFile();
  type DomNode = { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };

  it('are installed fonts, never a page web font, whatever the page names its @font-face', async () => {
    const { page, worker, server, context } = session;
    await page.goto(routeFontAttack(server, '/news/fonts-cdp/20250603006'), { waitUntil: 'load' });
    expect((await sendToTabAt(worker, page.url(), { type: 'reader:open' })).open).toBe(true);
    await waitFor(() => page.evaluate(() => document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector('[data-kind="body"][lang="en"]') != null), 'the panel rows', 30_000);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const attribute = (node: DomNode, name: string) => node.attributes?.[node.attributes.indexOf(name) + 1];
    const find = (node: DomNode, match: (n: DomNode) => boolean): DomNode | undefined =>
      match(node) ? node : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((child) => find(child, match)).find(Boolean);
    const fontsOf = async (what: string, match: (n: DomNode) => boolean) => {
      const node = find(root, match);
      expect(node, what).toBeDefined();
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node!.nodeId })) as { fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] };
      return fonts;
    };
    const korean = await fontsOf('the Korean body paragraph', (n) => attribute(n, 'data-kind') === 'body' && attribute(n, 'lang') === 'ko');
    const english = await fontsOf('the English body paragraph', (n) => attribute(n, 'data-kind') === 'body' && attribute(n, 'lang') === 'en');
    const brand = await fontsOf('the toolbar brand', (n) => attribute(n, 'class') === 'brand');
    for (const [what, fonts] of [['Korean', korean], ['English', english], ['brand', brand]] as const) {
      expect(fonts.length, what).toBeGreaterThan(0);
      expect(fonts.filter((font) => font.isCustomFont), what).toEqual([]);
    }
    // Hangul in a CJK face (Debian: Noto Sans CJK KR), not in a Latin font's missing glyphs.
    expect(korean.some((font) => /CJK|Gothic|Nanum|Malgun/i.test(font.familyName)), JSON.stringify(korean)).toBe(true);
    expect(pageFontRequests(server)).toEqual([]);
  });
});
