/**
 * Host permission for a network translation engine, asked for at the moment the user enables it
 * (issue 4). The options page (issue 7) calls requestEngineAccess from the click that chooses the
 * engine: permissions.request() needs a user gesture and fails outside one.
 * Today the manifest's required host_permissions already cover every http(s) origin (the reader must
 * read any news page), so contains() answers true and nothing is shown; the flow is here so that
 * narrowing the required hosts later needs no change in the options page.
 */
import { browser } from 'wxt/browser';
import type { EngineConfig } from '../lib/translate';
import { deeplBaseUrl } from '../lib/translate/deepl';
import { GOOGLE_BASE } from '../lib/translate/google';
import { LIBRETRANSLATE_BASE } from '../lib/translate/libretranslate';
import { MICROSOFT_BASE } from '../lib/translate/microsoft';
import { OPENAI_BASE } from '../lib/translate/openai';
import { PAPAGO_BASE } from '../lib/translate/papago';

/** "https://api-free.deepl.com/v2" → "https://api-free.deepl.com/*"; null for anything but http(s). */
function originPattern(base: string): string | null {
  try {
    const url = new URL(base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Match patterns take no port: the host's pattern covers every port on it.
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** The origins an engine's requests go to, as match patterns; [] for the on-device engine. */
export function originsForEngine(config: EngineConfig): string[] {
  let base: string;
  switch (config.engine) {
    case 'chrome-builtin':
    case 'bergamot':
      return [];
    case 'deepl':
      // Free-plan keys (":fx") go to api-free.deepl.com: the engine's own choice of host.
      base = deeplBaseUrl({ ...config, key: config.key ?? '' });
      break;
    case 'google':
      base = config.endpoint ?? GOOGLE_BASE;
      break;
    case 'papago':
      base = config.endpoint ?? PAPAGO_BASE;
      break;
    case 'microsoft':
      base = config.endpoint ?? MICROSOFT_BASE;
      break;
    case 'libretranslate':
      base = config.endpoint ?? LIBRETRANSLATE_BASE;
      break;
    case 'openai':
      base = config.endpoint ?? OPENAI_BASE;
      break;
  }
  const pattern = originPattern(base);
  return pattern ? [pattern] : [];
}

/**
 * True when the engine may be used: its origins are granted already, or the user grants them now.
 * Call it from the click handler that enables the engine. False: refused, or no valid endpoint.
 */
export async function requestEngineAccess(config: EngineConfig): Promise<boolean> {
  if (config.engine === 'chrome-builtin') return true;
  const origins = originsForEngine(config);
  if (origins.length === 0) return false;
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
