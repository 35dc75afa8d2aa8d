/**
 * Google Cloud Translation, Basic edition (v2).
 * Wire format (cloud.google.com/translate/docs/reference/rest/v2/translate):
 *   POST {base}/language/translate/v2?key=<key>
 *   {"q": ["…"], "source": "ko", "target": "en", "format": "text"}  →  {"data": {"translations": [{"translatedText"}]}}
 * "format": "text" matters: the default is HTML, which would come back with &quot; entities.
 * v2 reports an invalid key as 400 API_KEY_INVALID and rate limits as 403 (rateLimitExceeded,
 * userRateLimitExceeded), so status alone is not enough; see classifyGoogleError.
 */
import type { EngineDefinition, EngineDeps, TranslationEngine, TranslationErrorKind } from '../engine';
import { expectCount, isRecord, joinUrl, malformed, postJson } from '../http';

const GOOGLE_BASE = 'https://translation.googleapis.com';

export interface GoogleConfig {
  engine: 'google';
  key: string;
  endpoint?: string;
}

function createGoogleEngine(config: GoogleConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = `${joinUrl(config.endpoint ?? GOOGLE_BASE, '/language/translate/v2')}?key=${encodeURIComponent(config.key)}`;
  return {
    id: 'google',
    label: google.label,
    // v2 takes at most 128 q values; Google recommends keeping a request under 5,000 characters.
    maxBatchSize: 128,
    maxBatchChars: 5_000,
    async translate({ texts, from, to, signal }) {
      const answer = await postJson({
        engine: 'google',
        url,
        headers: {},
        body: { q: texts, source: from, target: to, format: 'text' },
        signal,
        deps,
        classify: classifyGoogleError,
      });
      const translations = isRecord(answer) && isRecord(answer.data) ? answer.data.translations : undefined;
      if (!Array.isArray(translations)) throw malformed('google', 'no "data.translations" array');
      expectCount('google', translations.length, texts.length);
      return translations.map((item) => {
        if (!isRecord(item) || typeof item.translatedText !== 'string') {
          throw malformed('google', 'a translation has no "translatedText"');
        }
        return item.translatedText;
      });
    },
  };
}

export const google: EngineDefinition<GoogleConfig> = {
  id: 'google',
  label: 'Google Cloud Translation',
  kind: 'network',
  fields: ['key', 'endpoint'],
  needsKey: (config) => !config.key,
  origins: (config) => [config.endpoint ?? GOOGLE_BASE],
  cli: { config: ({ needKey, endpoint }) => ({ engine: 'google', key: needKey(), ...(endpoint ? { endpoint } : {}) }) },
  create: createGoogleEngine,
};

/** Reads the `error.errors[].reason` / `error.details[].reason` Google puts in its error bodies. */
export function classifyGoogleError(status: number, body: unknown): TranslationErrorKind | undefined {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error) return undefined;
  const reasons: string[] = [];
  for (const list of [error.errors, error.details]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) if (isRecord(entry) && typeof entry.reason === 'string') reasons.push(entry.reason);
  }
  if (reasons.some((r) => /^(userRateLimitExceeded|rateLimitExceeded|RATE_LIMIT_EXCEEDED)$/.test(r))) return 'rate-limit';
  if (reasons.some((r) => /^(dailyLimitExceeded|quotaExceeded)$/.test(r))) return 'unavailable';
  if (reasons.includes('API_KEY_INVALID') || reasons.includes('keyInvalid')) return 'auth';
  if (status === 400 && typeof error.message === 'string' && /api key not valid/i.test(error.message)) return 'auth';
  return undefined;
}
