/**
 * Host permission for a network translation engine, asked for at the moment the user enables it
 * . The options page calls requestEngineAccess from the click that chooses the
 * engine: permissions.request() needs a user gesture and fails outside one.
 * Today the manifest's required host_permissions already cover every http(s) origin (the reader must
 * read any news page), so contains() answers true and nothing is shown; the flow is here so that
 * narrowing the required hosts later needs no change in the options page.
 */
import { browser } from 'wxt/browser';
import { engineOrigins, type EngineConfig } from '../lib/translate';

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

/** The origins an engine's requests go to (its definition's `origins`), as match patterns; [] for an on-device engine. */
export function originsForEngine(config: EngineConfig): string[] {
  const patterns = engineOrigins(config).map(originPattern).filter((pattern): pattern is string => pattern !== null);
  return [...new Set(patterns)];
}

/**
 * True when the engine may be used: its origins are granted already, or the user grants them now.
 * Call it from the click handler that enables the engine. False: refused, or no valid endpoint.
 */
export async function requestEngineAccess(config: EngineConfig): Promise<boolean> {
  // An engine that talks to no service needs no access.
  if (engineOrigins(config).length === 0) return true;
  const origins = originsForEngine(config);
  if (origins.length === 0) return false;
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
