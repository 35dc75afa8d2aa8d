/**
 * Reading the store build's panel from outside: its shadow root is closed (SECURITY.md), so the
 * page's own `host.shadowRoot` is null. The DevTools protocol still walks closed roots
 * (`DOM.getDocument` with `pierce`), which is how `npm start` and the bench see the panel they opened.
 */
import type { Page } from 'playwright-core';
import { PANEL_HOST_ATTRIBUTE } from '../lib/protocol';

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const hasAttribute = (node: CdpNode, name: string) => (node.attributes ?? []).some((value, i) => i % 2 === 0 && value === name);

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** How many paragraph elements (`[data-pair]`) the open panel shows, or null with no panel. */
export async function closedPanelPairs(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = [...walk(root)].find((node) => hasAttribute(node, PANEL_HOST_ATTRIBUTE));
    if (!host) return null;
    return (host.shadowRoots ?? []).flatMap((shadow) => [...walk(shadow)]).filter((node) => hasAttribute(node, 'data-pair')).length;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
