/**
 * Naver Cloud Platform Papago Translation (text).
 * Wire format (api.ncloud-docs.com, "Papago Translation overview" / "translation"):
 *   POST {base}/nmt/v1/translation
 *   X-NCP-APIGW-API-KEY-ID: <client id>, X-NCP-APIGW-API-KEY: <client secret>
 *   {"source": "ko", "target": "en", "text": "…"}  →  {"message": {"result": {"srcLangType", "tarLangType", "translatedText"}}}
 * One text per request, so maxBatchSize is 1 and a longer list is sent one request at a time.
 * Older Naver docs use the host naveropenapi.apigw.ntruss.com with the same path and body; the current one is papago.apigw.ntruss.com.
 * Errors come as {"error": {"errorCode": "N2MT05", "message": "…"}}. 429 means the daily usage limit
 * set in the console is reached, or the application was registered without Papago selected
 * (Naver's troubleshooting guide): retries are bounded by run.ts, but they will not help until then.
 */
import { type EngineDefinition, type EngineDeps, type TranslationEngine, throwIfAborted } from '../engine';
import { isRecord, joinUrl, malformed, postJson } from '../http';

const PAPAGO_BASE = 'https://papago.apigw.ntruss.com';

export interface PapagoConfig {
  engine: 'papago';
  keyId: string;
  key: string;
  endpoint?: string;
}

function createPapagoEngine(config: PapagoConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = joinUrl(config.endpoint ?? PAPAGO_BASE, '/nmt/v1/translation');
  const headers = { 'X-NCP-APIGW-API-KEY-ID': config.keyId, 'X-NCP-APIGW-API-KEY': config.key };
  return {
    id: 'papago',
    label: papago.label,
    maxBatchSize: 1,
    async translate({ texts, from, to, signal }) {
      const out: string[] = [];
      for (const text of texts) {
        throwIfAborted('papago', signal);
        const answer = await postJson({
          engine: 'papago',
          url,
          headers,
          body: { source: from, target: to, text },
          signal,
          deps,
        });
        const result = isRecord(answer) && isRecord(answer.message) ? answer.message.result : undefined;
        if (!isRecord(result) || typeof result.translatedText !== 'string') {
          throw malformed('papago', 'no "message.result.translatedText"');
        }
        out.push(result.translatedText);
      }
      return out;
    },
  };
}

export const papago: EngineDefinition<PapagoConfig> = {
  id: 'papago',
  label: 'Papago',
  kind: 'network',
  fields: ['keyId', 'key', 'endpoint'],
  needsKey: (config) => !config.keyId || !config.key,
  origins: (config) => [config.endpoint ?? PAPAGO_BASE],
  cli: {
    // Two credentials in one flag: --key <client id>:<client secret> (the secret may itself hold a colon).
    config: ({ needKey, endpoint, fail }) => {
      const pair = needKey();
      const colon = pair.indexOf(':');
      if (colon <= 0 || colon === pair.length - 1) fail('--translate papago needs --key <client id>:<client secret>');
      return { engine: 'papago', keyId: pair.slice(0, colon), key: pair.slice(colon + 1), ...(endpoint ? { endpoint } : {}) };
    },
  },
  create: createPapagoEngine,
};
