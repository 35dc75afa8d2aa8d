/**
 * Microsoft Translator through the token Microsoft Edge's built-in translator fetches, used without a
 * key or an account (as Read Frog, Kiss and TWP do). Unofficial: Microsoft documents the token
 * endpoint for no one and may change or close it; the options page says so next to the choice.
 * Wire format:
 *   GET  https://edge.microsoft.com/translate/auth  →  a JWT, as plain text
 *   then Translator v3 (microsoft.ts, translateV3) at https://api-edge.cognitive.microsofttranslator.com
 *   with Authorization: Bearer <token>.
 * The token is kept until its `exp` (read from the JWT's payload) less a margin, shared by the
 * requests of this engine; a 401 from the translator (revoked early, clock skew) fetches a new token
 * once and sends the request again.
 *
 * `endpoint` replaces both hosts with one base: the token from {endpoint}/translate/auth and the
 * translations from {endpoint}/translate, so one loopback server or proxy stands in for both.
 */
import type { EngineDefinition, EngineDeps, TranslationEngine } from '../engine';
import { TranslationError } from '../engine';
import { getText, joinUrl, malformed } from '../http';
import { MICROSOFT_V3_LIMITS, translateV3 } from './microsoft';

const EDGE_AUTH_BASE = 'https://edge.microsoft.com';
const EDGE_API_BASE = 'https://api-edge.cognitive.microsofttranslator.com';
/** A token is replaced this long before its exp, so that none expires between fetch and answer. */
const EDGE_TOKEN_MARGIN_MS = 60_000;
/** How long a token with no readable exp is used (the endpoint's tokens have carried one, of 10 minutes). */
const EDGE_TOKEN_FALLBACK_MS = 2 * 60_000;

export interface MicrosoftEdgeConfig {
  engine: 'microsoft-edge';
  /** One base URL for both the token and the translations (a proxy, a loopback test server). */
  endpoint?: string;
}

function createMicrosoftEdgeEngine(config: MicrosoftEdgeConfig, deps: EngineDeps = {}): TranslationEngine {
  const authUrl = joinUrl(config.endpoint ?? EDGE_AUTH_BASE, '/translate/auth');
  const apiBase = config.endpoint ?? EDGE_API_BASE;
  const now = deps.now ?? Date.now;
  let token: { value: string; renewAt: number } | undefined;
  let fetching: Promise<string> | undefined;

  const fetchToken = async (signal?: AbortSignal): Promise<string> => {
    const value = (await getText({ engine: 'microsoft-edge', url: authUrl, headers: {}, signal, deps })).trim();
    if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) throw malformed('microsoft-edge', 'the token endpoint did not answer with a token');
    const exp = jwtExpiry(value);
    token = { value, renewAt: exp !== undefined ? exp - EDGE_TOKEN_MARGIN_MS : now() + EDGE_TOKEN_FALLBACK_MS };
    return value;
  };

  const currentToken = (signal?: AbortSignal): Promise<string> => {
    if (token && now() < token.renewAt) return Promise.resolve(token.value);
    // Concurrent requests wait for the same token request.
    fetching ??= fetchToken(signal).finally(() => (fetching = undefined));
    return fetching;
  };

  return {
    id: 'microsoft-edge',
    label: microsoftEdge.label,
    ...MICROSOFT_V3_LIMITS,
    async translate({ texts, from, to, signal }) {
      const send = (bearer: string) =>
        translateV3({ engine: 'microsoft-edge', base: apiBase, headers: { Authorization: `Bearer ${bearer}` }, texts, from, to, signal, deps });
      const bearer = await currentToken(signal);
      try {
        return await send(bearer);
      } catch (error) {
        if (!(error instanceof TranslationError) || error.status !== 401) throw error;
        if (token?.value === bearer) token = undefined;
        return send(await currentToken(signal));
      }
    },
  };
}

/** The JWT's `exp` in milliseconds since the epoch, or undefined when the payload has none readable. */
function jwtExpiry(jwt: string): number | undefined {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='))) as { exp?: unknown };
    return typeof json.exp === 'number' && Number.isFinite(json.exp) ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export const microsoftEdge: EngineDefinition<MicrosoftEdgeConfig> = {
  id: 'microsoft-edge',
  label: 'Microsoft Translator (keyless, Edge)',
  kind: 'keyless-web',
  fields: ['endpoint'],
  needsKey: () => false,
  origins: (config) => (config.endpoint ? [config.endpoint] : [EDGE_AUTH_BASE, EDGE_API_BASE]),
  cli: { config: ({ endpoint }) => ({ engine: 'microsoft-edge', ...(endpoint ? { endpoint } : {}) }) },
  create: createMicrosoftEdgeEngine,
};
