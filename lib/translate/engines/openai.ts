/**
 * Any OpenAI-compatible chat completions endpoint (OpenAI, Azure-style proxies, Ollama, vLLM, LM Studio…).
 * Wire format (platform.openai.com, "Create chat completion"):
 *   POST {base}/chat/completions
 *   Authorization: Bearer <key>
 *   {"model", "messages": [{role, content}], "temperature": 0}  →  {"choices": [{"message": {"content"}}]}
 *
 * Why the ids: a language model asked to translate N paragraphs sometimes answers with N-1, having
 * merged two or dropped one, and every paragraph after it then pairs with the wrong translation
 * (the complaint users of batched LLM translation make most; see shared/docs/anchors.md). So each
 * paragraph goes out as "[[n]] text" on its own line, the answer is read back by id, and any missing,
 * repeated, unknown or empty id is a count-mismatch that run.ts answers by retrying paragraph by paragraph.
 */
import type { EngineDefinition, EngineDeps, TranslationEngine, TranslationErrorKind } from '../engine';
import { TranslationError } from '../engine';
import { isRecord, joinUrl, malformed, postJson } from '../http';
import type { Language } from '../../types';

const OPENAI_BASE = 'https://api.openai.com/v1';
const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini';

const LANGUAGE_NAME: Record<Language, string> = { ko: 'Korean', en: 'English' };

export interface OpenAiConfig {
  engine: 'openai';
  key: string;
  model?: string;
  endpoint?: string;
}

function createOpenAiEngine(config: OpenAiConfig, deps: EngineDeps = {}): TranslationEngine {
  const url = joinUrl(config.endpoint ?? OPENAI_BASE, '/chat/completions');
  const model = config.model ?? OPENAI_DEFAULT_MODEL;
  return {
    id: 'openai',
    label: openai.label,
    model,
    // Smaller batches make merged paragraphs rarer and a retry cheaper.
    maxBatchSize: 20,
    maxBatchChars: 6_000,
    async translate({ texts, from, to, signal }) {
      const answer = await postJson({
        engine: 'openai',
        url,
        headers: { Authorization: `Bearer ${config.key}` },
        body: { model, messages: buildTranslationMessages(texts, from, to), temperature: 0 },
        signal,
        deps,
        classify: classifyOpenAiError,
      });
      const choice = isRecord(answer) && Array.isArray(answer.choices) ? answer.choices[0] : undefined;
      const content = isRecord(choice) && isRecord(choice.message) ? choice.message.content : undefined;
      if (typeof content !== 'string') throw malformed('openai', 'no "choices[0].message.content"');
      return parseNumberedAnswer(content, texts.length);
    },
  };
}

export const openai: EngineDefinition<OpenAiConfig> = {
  id: 'openai',
  label: 'OpenAI-compatible',
  kind: 'network',
  fields: ['key', 'model', 'endpoint'],
  needsKey: (config) => !config.key,
  origins: (config) => [config.endpoint ?? OPENAI_BASE],
  cli: {
    flags: ['--model'],
    config: ({ needKey, endpoint, flag }) => {
      const model = flag('--model');
      return { engine: 'openai', key: needKey(), ...(model ? { model } : {}), ...(endpoint ? { endpoint } : {}) };
    },
  },
  create: createOpenAiEngine,
};

export function buildTranslationMessages(
  texts: string[],
  from: Language,
  to: Language,
): Array<{ role: 'system' | 'user'; content: string }> {
  const source = LANGUAGE_NAME[from];
  const target = LANGUAGE_NAME[to];
  const system = [
    `You translate ${source} news articles into ${target}, paragraph by paragraph.`,
    `Each input paragraph starts on its own line with a marker like [[1]].`,
    `Answer with exactly the same markers, each on its own line, followed by the ${target} translation of that paragraph only.`,
    `Never merge, split, add, reorder or skip paragraphs. Keep names, numbers and quotes faithful. No notes, no commentary.`,
  ].join('\n');
  // Blocks are whitespace-normalised (lib/types.ts), but a stray newline must not open a line that looks like a marker.
  const user = texts.map((text, i) => `[[${i + 1}]] ${text.replace(/\s*\n\s*/g, ' ')}`).join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/**
 * Reads "[[n]] translation" lines back into an array indexed by n-1.
 * Throws count-mismatch unless ids 1..count each appear exactly once with non-empty text.
 */
export function parseNumberedAnswer(content: string, count: number): string[] {
  // Models sometimes wrap the whole answer in a code fence.
  const body = content.replace(/^[ \t]*```[^\n]*$/gm, '');
  const marker = /^[ \t]*\[\[(\d+)\]\][ \t]*/gm;
  const found: Array<{ id: number; start: number; end: number }> = [];
  for (let m = marker.exec(body); m !== null; m = marker.exec(body)) {
    found.push({ id: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  // A single paragraph cannot be shifted; accept an answer that forgot the marker.
  if (count === 1 && found.length === 0 && body.trim() !== '') return [body.trim()];

  const out: Array<string | undefined> = new Array(count).fill(undefined);
  const problems: string[] = [];
  found.forEach((entry, i) => {
    const text = body.slice(entry.end, i + 1 < found.length ? found[i + 1].start : body.length).trim();
    if (entry.id < 1 || entry.id > count) problems.push(`unknown id ${entry.id}`);
    else if (out[entry.id - 1] !== undefined) problems.push(`id ${entry.id} twice`);
    else if (text === '') problems.push(`id ${entry.id} empty`);
    else out[entry.id - 1] = text;
  });
  const missing = out.flatMap((text, i) => (text === undefined && !problems.includes(`id ${i + 1} empty`) ? [i + 1] : []));
  if (missing.length) problems.push(`missing id${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (problems.length) {
    throw new TranslationError({
      engine: 'openai',
      kind: 'count-mismatch',
      detail: `sent ${count} paragraphs; ${problems.slice(0, 4).join('; ')}`,
    });
  }
  return out as string[];
}

/** OpenAI answers 429 both for "slow down" and for "out of credit"; only the first is worth retrying. */
function classifyOpenAiError(status: number, body: unknown): TranslationErrorKind | undefined {
  const code = isRecord(body) && isRecord(body.error) ? body.error.code : undefined;
  if (status === 429 && code === 'insufficient_quota') return 'unavailable';
  return undefined;
}
