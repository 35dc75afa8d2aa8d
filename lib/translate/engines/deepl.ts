/**
 * DeepL API v2 text translation.
 * Wire format (developers.deepl.com, "Your first API request"):
 *   POST {base}/v2/translate
 *   Authorization: DeepL-Auth-Key <key>
 *   {"text": ["…"], "source_lang": "KO", "target_lang": "EN-US"}  →  {"translations": [{"detected_source_language", "text"}]}
 * Free-plan keys end in ":fx" and must use api-free.deepl.com; Pro keys use api.deepl.com.
 * 456 means the plan's character quota is used up: not worth retrying (kindForStatus → 'unavailable').
 */
import type { EngineDefinition, EngineDeps, TranslationEngine } from '../engine';
import { expectCount, isRecord, joinUrl, malformed, postJson } from '../http';
import type { Language } from '../../types';

const DEEPL_FREE_BASE = 'https://api-free.deepl.com';
const DEEPL_PRO_BASE = 'https://api.deepl.com';

/** DeepL wants a regional variant for English targets ("EN" alone is deprecated as a target). */
const SOURCE_LANG: Record<Language, string> = { ko: 'KO', en: 'EN' };
const TARGET_LANG: Record<Language, string> = { ko: 'KO', en: 'EN-US' };

export interface DeepLConfig {
  engine: 'deepl';
  key: string;
  endpoint?: string;
  plan?: 'free' | 'pro';
}

export function deeplBaseUrl(config: DeepLConfig): string {
  if (config.endpoint) return config.endpoint;
  const free = config.plan ? config.plan === 'free' : config.key.endsWith(':fx');
  return free ? DEEPL_FREE_BASE : DEEPL_PRO_BASE;
}

function createDeepLEngine(config: DeepLConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = joinUrl(deeplBaseUrl(config), '/v2/translate');
  return {
    id: 'deepl',
    label: deepl.label,
    // DeepL accepts up to 50 texts per request and a 128 KiB body.
    maxBatchSize: 50,
    maxBatchChars: 30_000,
    async translate({ texts, from, to, signal }) {
      const answer = await postJson({
        engine: 'deepl',
        url,
        headers: { Authorization: `DeepL-Auth-Key ${config.key}` },
        body: { text: texts, source_lang: SOURCE_LANG[from], target_lang: TARGET_LANG[to] },
        signal,
        deps,
      });
      if (!isRecord(answer) || !Array.isArray(answer.translations)) throw malformed('deepl', 'no "translations" array');
      expectCount('deepl', answer.translations.length, texts.length);
      return answer.translations.map((item) => {
        if (!isRecord(item) || typeof item.text !== 'string') throw malformed('deepl', 'a translation has no "text"');
        return item.text;
      });
    },
  };
}

export const deepl: EngineDefinition<DeepLConfig> = {
  id: 'deepl',
  label: 'DeepL',
  kind: 'network',
  fields: ['key', 'plan', 'endpoint'],
  needsKey: (config) => !config.key,
  // Free-plan keys (":fx") go to api-free.deepl.com: the key decides the host.
  origins: (config) => [deeplBaseUrl({ ...config, key: config.key ?? '' })],
  cli: { config: ({ needKey, endpoint }) => ({ engine: 'deepl', key: needKey(), ...(endpoint ? { endpoint } : {}) }) },
  create: createDeepLEngine,
};
