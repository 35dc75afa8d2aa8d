/**
 * Microsoft (Azure AI) Translator, Text API v3.0.
 * Wire format (learn.microsoft.com, "Translator v3.0" reference):
 *   POST {base}/translate?api-version=3.0&from=ko&to=en
 *   Ocp-Apim-Subscription-Key: <key>, Ocp-Apim-Subscription-Region: <region> (regional and multi-service resources)
 *   [{"Text": "…"}, …]  →  [{"translations": [{"text", "to"}]}, …]
 * Errors come as {"error": {"code": 401000, "message": "…"}}; the first three digits are the HTTP status.
 */
import type { ConfigFor, EngineDeps, TranslationEngine } from './engine';
import { expectCount, isRecord, joinUrl, malformed, postJson } from './http';

export const MICROSOFT_BASE = 'https://api.cognitive.microsofttranslator.com';

export function createMicrosoftEngine(config: ConfigFor<'microsoft'>, deps: EngineDeps = {}): TranslationEngine {
  const base = joinUrl(config.endpoint ?? MICROSOFT_BASE, '/translate');
  const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': config.key };
  if (config.region) headers['Ocp-Apim-Subscription-Region'] = config.region;
  return {
    id: 'microsoft',
    label: 'Microsoft Translator',
    // v3 allows 1,000 array elements and 50,000 characters per request; stay well inside both.
    maxBatchSize: 100,
    maxBatchChars: 10_000,
    async translate({ texts, from, to, signal }) {
      const query = new URLSearchParams({ 'api-version': '3.0', from, to });
      const answer = await postJson({
        engine: 'microsoft',
        url: `${base}?${query.toString()}`,
        headers,
        body: texts.map((text) => ({ Text: text })),
        signal,
        deps,
      });
      if (!Array.isArray(answer)) throw malformed('microsoft', 'answer is not an array');
      expectCount('microsoft', answer.length, texts.length);
      return answer.map((item) => {
        const first = isRecord(item) && Array.isArray(item.translations) ? item.translations[0] : undefined;
        if (!isRecord(first) || typeof first.text !== 'string') {
          throw malformed('microsoft', 'an element has no "translations[0].text"');
        }
        return first.text;
      });
    },
  };
}
