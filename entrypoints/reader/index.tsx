/**
 * The reader bundle, injected into a tab's top frame only when the reader is asked for (by the
 * detector, through the background). Registers the page's reader controller (controller.ts), which
 * the detector hands the tab's messages to; opening a panel is open-panel.tsx. An unlisted script,
 * not a WXT content script: WXT's content-script context announces itself to the page
 * (utils/script-lifetime.ts).
 */
import { browser } from 'wxt/browser';
import { PANEL_CSS } from '../../components/panel-style';
import { READER_CONTROLLER, type ReaderController } from '../../utils/reader-controller';
import { startScriptLifetime } from '../../utils/script-lifetime';
import { askBackground } from '../../utils/background';
import { createReaderController } from './controller';
import { openPanel } from './open-panel';
import { createPanelHost, type PanelHost } from './panel-host';

declare const __TEST_HOOKS__: boolean;

/**
 * The shadow root's mode. Closed in the store build: the page cannot read or rewrite the panel
 * through `host.shadowRoot` (SECURITY.md, "Closed shadow root"). Test builds keep the automation
 * contract's open root unless `storage.local` `hanyeong-test-shadow` is `"closed"`, which the hostile
 * suite sets to check the closed root itself.
 */
async function shadowMode(): Promise<ShadowRootMode> {
  if (!__TEST_HOOKS__) return 'closed';
  const stored = await browser.storage.local.get('hanyeong-test-shadow').catch(() => ({}) as Record<string, unknown>);
  return (stored as Record<string, unknown>)['hanyeong-test-shadow'] === 'closed' ? 'closed' : 'open';
}

function startReader(): ReaderController {
  const lifetime = startScriptLifetime('reader');
  /**
   * One host per page, mounted and removed with each panel: a host per open kept every closed
   * panel's shadow tree alive (200 opens and closes grew a page by ~93,000 DOM nodes).
   */
  let panelHost: PanelHost | null = null;
  const host = async () => (panelHost ??= createPanelHost({ css: PANEL_CSS, mode: await shadowMode() }));
  const controller = createReaderController({
    open: (closed, blocked) => openPanel({ host, lifetime, closed, blocked }),
    reportBlocked: (reason) => void askBackground({ type: 'reader:blocked', reason }).catch(() => {}),
    location: () => location.href,
  });
  lifetime.onInvalidated(() => controller.dispose());
  return controller;
}

export default defineUnlistedScript({
  main() {
    const key = READER_CONTROLLER as unknown as string;
    const scope = globalThis as unknown as Record<string, ReaderController>;
    // Injected twice (a second click while loading): keep the first controller.
    scope[key] ??= startReader();
  },
});
