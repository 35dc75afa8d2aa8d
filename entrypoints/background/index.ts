/**
 * The background (Chrome's service worker, Firefox's background page): the engines it serves and
 * the routes (router.ts).
 */
import { createIdbModelStore } from '../../lib/translate/bergamot';
import { createExtensionBergamotHost, offscreenBergamotHost } from '../../utils/bergamot-host';
import { startTranslationService } from './translation-service';
import { createIdbDictionaryStore } from '../../lib/words/dictionary-download';
import { browser } from 'wxt/browser';
import { createDictionaryService } from './dictionary-service';
import { startBackground } from './router';

declare const __TEST_HOOKS__: boolean;

/** Test builds only: a loopback stand-in of the dictionary's source (e2e/words.scenarios.ts). */
async function dictionaryUrl(): Promise<string | undefined> {
  if (!__TEST_HOOKS__) return undefined;
  const stored = (await browser.storage.local.get('hanyeong-test-dictionary-url').catch(() => ({}))) as Record<string, unknown>;
  return typeof stored['hanyeong-test-dictionary-url'] === 'string' ? stored['hanyeong-test-dictionary-url'] : undefined;
}

export default defineBackground(() => {
  // On-device translation (Mozilla's Bergamot) runs in a Worker: Chrome's service worker cannot
  // spawn one, so there it lives in an offscreen document; Firefox's background page hosts it itself.
  const bergamot = import.meta.env.MANIFEST_VERSION === 3 ? offscreenBergamotHost() : createExtensionBergamotHost();
  // Translation engines run here: ports from the reader's content script.
  const dictionary = createDictionaryService({ store: createIdbDictionaryStore(indexedDB), url: dictionaryUrl });
  startBackground({ bergamot, models: createIdbModelStore(indexedDB), translations: startTranslationService(bergamot), dictionary });
});
