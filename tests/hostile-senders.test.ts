/**
 * Who may send what (lib/protocol.ts): the content script obeys tab messages from this extension's
 * background only; the background acts on a content script's word only for that script's own tab
 * and top frame, never for a tab a message names.
 */
import { describe, expect, it } from 'vitest';
import { isFromExtensionBackground, senderTopFrameTab } from '../lib/protocol';

const OWN = 'hanyeong@example';

describe('isFromExtensionBackground', () => {
  it('accepts our background and extension pages (no tab)', () => {
    expect(isFromExtensionBackground({ id: OWN }, OWN)).toBe(true);
  });
  it.each([
    ['another extension', { id: 'other@example' }],
    ['no id at all', {}],
    ['our content script in another tab', { id: OWN, tab: { id: 3 }, frameId: 0 }],
    ['our content script in a frame', { id: OWN, tab: { id: 3 }, frameId: 7 }],
  ])('rejects %s', (_what, sender) => {
    expect(isFromExtensionBackground(sender, OWN)).toBe(false);
  });
});

describe('senderTopFrameTab', () => {
  it("gives our top-frame content script's own tab", () => {
    expect(senderTopFrameTab({ id: OWN, tab: { id: 42 }, frameId: 0 }, OWN)).toBe(42);
  });
  it.each([
    ['a subframe', { id: OWN, tab: { id: 42 }, frameId: 3 }],
    ['no frame id', { id: OWN, tab: { id: 42 } }],
    ['another extension', { id: 'other@example', tab: { id: 42 }, frameId: 0 }],
    ['an extension page (no tab)', { id: OWN, frameId: 0 }],
    ['a tab without id (devtools)', { id: OWN, tab: {}, frameId: 0 }],
    ['a negative tab id (TAB_ID_NONE)', { id: OWN, tab: { id: -1 }, frameId: 0 }],
  ])('rejects %s', (_what, sender) => {
    expect(senderTopFrameTab(sender, OWN)).toBeNull();
  });
});
