/**
 * The background (Chrome's service worker, Firefox's background page): the engines it serves and
 * the routes (router.ts).
 */
import { createIdbModelStore } from '../../lib/translate/bergamot';
import { createExtensionBergamotHost, offscreenBergamotHost } from '../../utils/bergamot-host';
import { startTranslationService } from './translation-service';
import { startBackground } from './router';

export default defineBackground(() => {
  // On-device translation (Mozilla's Bergamot) runs in a Worker: Chrome's service worker cannot
  // spawn one, so there it lives in an offscreen document; Firefox's background page hosts it itself.
  const bergamot = import.meta.env.MANIFEST_VERSION === 3 ? offscreenBergamotHost() : createExtensionBergamotHost();
  // Translation engines run here: ports from the reader's content script.
  startBackground({ bergamot, models: createIdbModelStore(indexedDB), translations: startTranslationService(bergamot) });
});
