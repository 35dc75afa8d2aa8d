/**
 * Google Translate's public web endpoint, used without a key or an account (the endpoint the keyless
 * Google engine of Kiss, Read Frog and FluentRead calls). Unofficial: Google documents it for no one,
 * may rate-limit it (429) and may change or close it; the options page says so next to the choice.
 * Wire format (as those clients use it):
 *   POST {base}/translate_a/single?client=gtx&sl=ko&tl=en&dt=t&ie=UTF-8&oe=UTF-8
 *   q=<text>   (application/x-www-form-urlencoded)
 *   →  [[["Translated sentence. ", "원문 문장. ", null, null, 10], …], null, "ko", …]
 * The answer cuts the text into sentences: the translation is the segments' [0], joined as they come.
 *
 * Why POST, not GET with q in the query: a Korean paragraph percent-encodes to 9 URL characters per
 * syllable, so a long one passes the URL lengths servers and proxies accept; and the article's text
 * does not sit in a URL, which proxies and logs keep. The same endpoint takes q as a form field.
 *
 * Why one paragraph per request: several paragraphs joined with a separator only come back in order
 * if Google keeps the separator exactly where it was, and that cannot be checked against the real
 * service from the machines this is built and tested on (no internet). A separator merged into a
 * sentence or dropped would shift every later paragraph: the one failure the reader must never have.
 * So each paragraph is its own request (as Kiss and Read Frog send it); run.ts sends them in order.
 */
import type { EngineDefinition, EngineDeps, TranslationEngine } from '../engine';
import { joinUrl, malformed, postForm } from '../http';

const GOOGLE_WEB_BASE = 'https://translate.googleapis.com';

export interface GoogleWebConfig {
  engine: 'google-web';
  /** Base URL instead of translate.googleapis.com (a proxy, a loopback test server). */
  endpoint?: string;
}

function createGoogleWebEngine(config: GoogleWebConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = joinUrl(config.endpoint ?? GOOGLE_WEB_BASE, '/translate_a/single');
  return {
    id: 'google-web',
    label: googleWeb.label,
    maxBatchSize: 1,
    async translate({ texts, from, to, signal }) {
      const out: string[] = [];
      for (const text of texts) {
        const query = new URLSearchParams({ client: 'gtx', sl: from, tl: to, dt: 't', ie: 'UTF-8', oe: 'UTF-8' });
        const answer = await postForm({ engine: 'google-web', url: `${url}?${query.toString()}`, headers: {}, form: new URLSearchParams({ q: text }), signal, deps });
        out.push(joinSegments(answer));
      }
      return out;
    },
  };
}

/** `[[[translated, source, …], …], …]` → the translated segments joined; malformed for any other shape. */
function joinSegments(answer: unknown): string {
  const segments = Array.isArray(answer) ? answer[0] : undefined;
  if (!Array.isArray(segments)) throw malformed('google-web', 'no segment list in answer[0]');
  let text = '';
  for (const segment of segments) {
    if (!Array.isArray(segment)) throw malformed('google-web', 'a segment is not a list');
    // With dt=t every segment carries its translation; a null one (seen with other dt values) adds nothing.
    if (segment[0] === null) continue;
    if (typeof segment[0] !== 'string') throw malformed('google-web', 'a segment has no translated text');
    text += segment[0];
  }
  if (text.trim() === '') throw malformed('google-web', 'the answer has no translated text');
  return text;
}

export const googleWeb: EngineDefinition<GoogleWebConfig> = {
  id: 'google-web',
  label: 'Google Translate (keyless web)',
  kind: 'keyless-web',
  fields: ['endpoint'],
  needsKey: () => false,
  origins: (config) => [config.endpoint ?? GOOGLE_WEB_BASE],
  cli: { config: ({ endpoint }) => ({ engine: 'google-web', ...(endpoint ? { endpoint } : {}) }) },
  create: createGoogleWebEngine,
};

