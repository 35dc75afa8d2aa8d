/**
 * Mozilla's Bergamot as a TranslationEngine. The engine itself runs elsewhere (a Worker in the
 * extension's origin, or worker_threads in Node): `backend` is whatever carries the texts there and
 * back, so this file stays pure and the runner (lib/translate/run.ts) batches, retries and caches
 * Bergamot like every other engine.
 */
import { TranslationError, toTranslationError, type TranslationEngine } from '../engine';
import { BergamotError } from './errors';
import type { Language } from '../../types';

export interface BergamotBackend {
  /** Exactly one translation per text, in order. Throws a BergamotError (or anything) on failure. */
  translate(texts: string[], from: Language, to: Language, signal?: AbortSignal): Promise<string[]>;
}

export type BergamotConfig = { engine: 'bergamot' };

export const BERGAMOT_LABEL = 'Mozilla on-device (Bergamot)';

/**
 * Paragraphs per request: the worker translates a batch in one call and cannot be interrupted
 * inside it, so batches stay small enough that cancelling or a new article waits little.
 */
const MAX_BATCH = 8;
const MAX_BATCH_CHARS = 3_000;

export function createBergamotEngine(_config: BergamotConfig, deps: { backend: BergamotBackend }): TranslationEngine {
  return {
    id: 'bergamot',
    label: BERGAMOT_LABEL,
    maxBatchSize: MAX_BATCH,
    maxBatchChars: MAX_BATCH_CHARS,
    async translate({ texts, from, to, signal }) {
      let out: string[];
      try {
        out = await deps.backend.translate(texts, from, to, signal);
      } catch (error) {
        if (error instanceof BergamotError) {
          const kind = error.kind === 'cancelled' ? 'cancelled' : error.kind === 'network' ? 'network' : 'unavailable';
          throw new TranslationError({ engine: 'bergamot', kind, detail: error.message, cause: error });
        }
        throw toTranslationError('bergamot', error, signal);
      }
      if (!Array.isArray(out) || out.length !== texts.length || !out.every((t) => typeof t === 'string')) {
        throw new TranslationError({ engine: 'bergamot', kind: 'count-mismatch', detail: `${texts.length} texts in, ${Array.isArray(out) ? out.length : 0} out` });
      }
      return out;
    },
  };
}
