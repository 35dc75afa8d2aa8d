/**
 * The offscreen document (Chrome): hosts Mozilla's Bergamot engine in a Worker and downloads its
 * models, answering the service worker over BERGAMOT_HOST_PORT ports (one request per port).
 */
import { browser, type Browser } from 'wxt/browser';
import { BERGAMOT_HOST_PORT, createExtensionBergamotHost, serveBergamotHostPort } from '../../utils/bergamot-host';
import type { BergamotTestConfig } from '../../testing/bergamot-stand-in';

// Test builds: the service worker sends the test configuration with each request (no storage API here).
let testConfig: BergamotTestConfig | null = null;
const host = createExtensionBergamotHost(async () => testConfig);

browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
  if (port.name !== BERGAMOT_HOST_PORT) return;
  // Only this extension's service worker (no tab: not a content script).
  if (port.sender?.id !== browser.runtime.id || port.sender.tab) {
    port.disconnect();
    return;
  }
  serveBergamotHostPort(port, host, (config) => (testConfig = config));
});
