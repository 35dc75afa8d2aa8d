/**
 * Microsoft (Azure AI) Translator, Text API v3.0.
 * Wire format (learn.microsoft.com, "Translator v3.0" reference):
 *   POST {base}/translate?api-version=3.0&from=ko&to=en
 *   Ocp-Apim-Subscription-Key: <key>, Ocp-Apim-Subscription-Region: <region> (regional and multi-service resources)
 *   [{"Text": "…"}, …]  →  [{"translations": [{"text", "to"}]}, …]
 * Errors come as {"error": {"code": 401000, "message": "…"}}; the first three digits are the HTTP status.
 */
import type { EngineDefinition, EngineDeps, EngineId, TranslateRequest, TranslationEngine } from '../engine';
import { expectCount, isRecord, joinUrl, malformed, postJson } from '../http';

const MICROSOFT_BASE = 'https://api.cognitive.microsofttranslator.com';

export interface MicrosoftConfig {
  engine: 'microsoft';
  key: string;
  region?: string;
  endpoint?: string;
}

function createMicrosoftEngine(config: MicrosoftConfig, deps: EngineDeps = {}): TranslationEngine {
  const base = config.endpoint ?? MICROSOFT_BASE;
  const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': config.key };
  if (config.region) headers['Ocp-Apim-Subscription-Region'] = config.region;
  return {
    id: 'microsoft',
    label: microsoft.label,
    ...MICROSOFT_V3_LIMITS,
    translate: ({ texts, from, to, signal }) => translateV3({ engine: 'microsoft', base, headers, texts, from, to, signal, deps }),
  };
}

/** v3 allows 1,000 array elements and 50,000 characters per request; stay well inside both. */
export const MICROSOFT_V3_LIMITS = { maxBatchSize: 100, maxBatchChars: 10_000 } as const;

export interface TranslateV3Request extends TranslateRequest {
  engine: EngineId;
  /** The service's base URL; "/translate?api-version=3.0&from=…&to=…" is appended. */
  base: string;
  headers: Record<string, string>;
  deps?: EngineDeps;
}

/** One Translator v3 request, shared by the keyed engine and the Edge-token one (microsoft-edge.ts). */
export async function translateV3({ engine, base, headers, texts, from, to, signal, deps }: TranslateV3Request): Promise<string[]> {
  const query = new URLSearchParams({ 'api-version': '3.0', from, to });
  const answer = await postJson({
    engine,
    url: `${joinUrl(base, '/translate')}?${query.toString()}`,
    headers,
    body: texts.map((text) => ({ Text: text })),
    signal,
    deps,
  });
  if (!Array.isArray(answer)) throw malformed(engine, 'answer is not an array');
  expectCount(engine, answer.length, texts.length);
  return answer.map((item) => {
    const first = isRecord(item) && Array.isArray(item.translations) ? item.translations[0] : undefined;
    if (!isRecord(first) || typeof first.text !== 'string') {
      throw malformed(engine, 'an element has no "translations[0].text"');
    }
    return first.text;
  });
}

export const microsoft: EngineDefinition<MicrosoftConfig> = {
  id: 'microsoft',
  label: 'Microsoft Translator',
  kind: 'network',
  fields: ['key', 'region', 'endpoint'],
  needsKey: (config) => !config.key,
  origins: (config) => [config.endpoint ?? MICROSOFT_BASE],
  cli: {
    flags: ['--region'],
    config: ({ needKey, endpoint, flag }) => {
      const region = flag('--region');
      return { engine: 'microsoft', key: needKey(), ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}) };
    },
  },
  create: createMicrosoftEngine,
};
