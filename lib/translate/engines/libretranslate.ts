/**
 * LibreTranslate (self-hosted or libretranslate.com).
 * Wire format (LibreTranslate's /translate, see its test_api_translate.py):
 *   POST {url}/translate
 *   {"q": "…" | ["…", …], "source": "ko", "target": "en", "format": "text", "api_key"?: "…"}
 *   →  {"translatedText": "…" | ["…", …]}
 * A single text is sent as a plain string: array input only exists in newer servers, and every
 * version accepts a string. The key, when the server wants one, travels in the JSON body only.
 * Errors come as {"error": "…"}: 400 bad input, 403 bad/missing key, 429 "Slowdown".
 */
import type { EngineDefinition, EngineDeps, TranslationEngine } from '../engine';
import { expectCount, isRecord, joinUrl, malformed, postJson } from '../http';

const LIBRETRANSLATE_BASE = 'https://libretranslate.com';

export interface LibreTranslateConfig {
  engine: 'libretranslate';
  endpoint?: string;
  key?: string;
}

function createLibreTranslateEngine(config: LibreTranslateConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = joinUrl(config.endpoint ?? LIBRETRANSLATE_BASE, '/translate');
  return {
    id: 'libretranslate',
    label: libretranslate.label,
    maxBatchSize: 25,
    maxBatchChars: 5_000,
    async translate({ texts, from, to, signal }) {
      const single = texts.length === 1;
      const body: Record<string, unknown> = { q: single ? texts[0] : texts, source: from, target: to, format: 'text' };
      if (config.key) body.api_key = config.key;
      const answer = await postJson({ engine: 'libretranslate', url, headers: {}, body, signal, deps });
      const translated = isRecord(answer) ? answer.translatedText : undefined;
      if (typeof translated === 'string') {
        expectCount('libretranslate', 1, texts.length);
        return [translated];
      }
      if (!Array.isArray(translated)) throw malformed('libretranslate', 'no "translatedText"');
      expectCount('libretranslate', translated.length, texts.length);
      return translated.map((item) => {
        if (typeof item !== 'string') throw malformed('libretranslate', 'a "translatedText" item is not a string');
        return item;
      });
    },
  };
}

export const libretranslate: EngineDefinition<LibreTranslateConfig> = {
  id: 'libretranslate',
  label: 'LibreTranslate',
  kind: 'network',
  fields: ['endpoint', 'key'],
  // A self-hosted server usually runs without keys.
  needsKey: () => false,
  origins: (config) => [config.endpoint ?? LIBRETRANSLATE_BASE],
  cli: { config: ({ key, endpoint }) => ({ engine: 'libretranslate', ...(key ? { key } : {}), ...(endpoint ? { endpoint } : {}) }) },
  create: createLibreTranslateEngine,
};
