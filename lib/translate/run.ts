/**
 * Translating an article's paragraphs with any engine: the workflow the panel and the CLI share.
 *
 * 1. Answer what needs no request: empty paragraphs, and cache hits.
 * 2. Group the rest into batches in reading order, within the engine's count and size limits.
 * 3. Send each batch with a bounded timeout; retry 429, 5xx, timeouts and network failures with
 *    exponential backoff, waiting at least as long as the service's Retry-After asks.
 * 4. A batch answer with the wrong number of translations (or an unreadable one) is never used:
 *    its paragraphs are sent again one by one, so a merged paragraph cannot shift the ones after it.
 * 5. A paragraph that still fails goes to onError and the others carry on — except after an 'auth'
 *    failure, or a Retry-After longer than the caller will wait, when nothing more is sent and the
 *    remaining paragraphs fail with that same error.
 * 6. Aborting `signal` stops at once: the request in flight is aborted, no wait outlives it, and
 *    everything not yet delivered counts as cancelled (onError is not called for those).
 *
 * Every result and error carries the paragraph's index in `paragraphs`, from start to end.
 */
import { type TranslationEngine, TranslationError, abortReasonToError, isRetryable, toTranslationError } from './engine';
import { type Sleep, childController, raceAbort, realSleep } from './abort';
import { type TranslationCache, translationCacheKey } from './cache';
import type { Language } from '../types';

export interface RetryPolicy {
  /** Attempts per request, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Longest wait between attempts; a Retry-After beyond it ends the run's requests (step 5). */
  maxDelayMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 30_000 };
const DEFAULT_TIMEOUT_MS = 30_000;

export interface TranslateParagraphsOptions {
  engine: TranslationEngine;
  paragraphs: string[];
  from: Language;
  to: Language;
  signal?: AbortSignal;
  /** Most paragraphs per request (further capped by the engine's maxBatchSize). Default: the engine's limit. */
  batchSize?: number;
  onResult: (index: number, text: string) => void;
  onError?: (index: number, error: TranslationError) => void;
  /**
   * Called with the paragraphs of each request just before it is sent (a batch, or one paragraph when
   * a batch is resent alone; retries of the same request are not called again): what the panel shows as
   * "translating" rather than "waiting". Cache hits and empty paragraphs are never sent, so never named.
   */
  onBatch?: (indices: number[]) => void;
  retry?: Partial<RetryPolicy>;
  /** Longest wait for one request's answer. */
  timeoutMs?: number;
  /** Waits between attempts. Injected by tests to record delays without waiting. */
  sleep?: Sleep;
  /** Measures each request's timeout (resolving means "time is up"). Injected by tests. */
  timer?: Sleep;
  cache?: TranslationCache;
}

export interface TranslationSummary {
  translated: number;
  failed: number;
  cancelled: number;
}

type Outcome = { ok: true; texts: string[] } | { ok: false; error: TranslationError; stopAll: boolean };

export async function translateParagraphs(options: TranslateParagraphsOptions): Promise<TranslationSummary> {
  const { engine, paragraphs, from, to, signal, cache } = options;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = options.sleep ?? realSleep;
  const timer = options.timer ?? realSleep;
  const summary: TranslationSummary = { translated: 0, failed: 0, cancelled: 0 };
  const cacheKey = (text: string) => translationCacheKey({ engine: engine.id, model: engine.model, from, to, text });

  const deliver = (index: number, text: string) => {
    summary.translated++;
    options.onResult(index, text);
  };
  const fail = (index: number, error: TranslationError) => {
    summary.failed++;
    options.onError?.(index, error);
  };
  const finish = () => {
    summary.cancelled = paragraphs.length - summary.translated - summary.failed;
    return summary;
  };

  // 1. Nothing to send for empty paragraphs and cache hits (looked up together: one IndexedDB round trip each).
  const hits = await Promise.all(
    paragraphs.map((text) => (cache && text.trim() !== '' ? cache.get(cacheKey(text)).catch(() => undefined) : undefined)),
  );
  if (signal?.aborted) return finish();
  const pending: number[] = [];
  paragraphs.forEach((text, index) => {
    const hit = text.trim() === '' ? '' : hits[index];
    if (hit !== undefined) deliver(index, hit);
    else pending.push(index);
  });

  // 3. One request, bounded by timeoutMs and by the caller's signal.
  const attemptOnce = async (texts: string[]): Promise<string[]> => {
    const { controller, dispose } = childController(signal);
    const timeUp = new AbortController();
    const timeout = new TranslationError({ engine: engine.id, kind: 'timeout', detail: `no answer within ${timeoutMs} ms` });
    timer(timeoutMs, timeUp.signal).then(
      () => controller.abort(timeout),
      () => {},
    );
    try {
      const answer = await raceAbort(engine.translate({ texts, from, to, signal: controller.signal }), controller.signal, (reason) =>
        abortReasonToError(engine.id, reason),
      );
      if (!Array.isArray(answer) || answer.length !== texts.length || answer.some((t) => typeof t !== 'string')) {
        const got = Array.isArray(answer) ? answer.length : 'no list of';
        throw new TranslationError({ engine: engine.id, kind: 'count-mismatch', detail: `sent ${texts.length} texts, got ${got} translations` });
      }
      return answer;
    } catch (error) {
      throw toTranslationError(engine.id, error, controller.signal);
    } finally {
      timeUp.abort();
      dispose();
    }
  };

  const attemptWithRetry = async (texts: string[]): Promise<Outcome> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return { ok: true, texts: await attemptOnce(texts) };
      } catch (thrown) {
        const error = thrown as TranslationError;
        if (signal?.aborted) return { ok: false, error: abortReasonToError(engine.id, signal.reason), stopAll: true };
        if (!isRetryable(error.kind)) return { ok: false, error, stopAll: error.kind === 'auth' };
        // The service asked for a longer pause than the caller allows: send nothing more this run.
        if (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxDelayMs) return { ok: false, error, stopAll: true };
        if (attempt >= retry.maxAttempts) return { ok: false, error, stopAll: false };
        const backoff = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
        try {
          await sleep(Math.max(backoff, error.retryAfterMs ?? 0), signal);
        } catch {
          return { ok: false, error: abortReasonToError(engine.id, signal?.reason), stopAll: true };
        }
      }
    }
  };

  let stoppedBy: TranslationError | undefined;
  const settle = (indices: number[], outcome: Outcome) => {
    if (outcome.ok) {
      indices.forEach((index, i) => {
        deliver(index, outcome.texts[i]);
        cache?.set(cacheKey(paragraphs[index]), outcome.texts[i]).catch(() => {});
      });
      return;
    }
    for (const index of indices) fail(index, outcome.error);
    if (outcome.stopAll) stoppedBy = outcome.error;
  };

  // 2.–5.
  for (const batch of makeBatches(pending, paragraphs, batchLimit(options), engine.maxBatchChars ?? Infinity)) {
    if (signal?.aborted) break;
    if (stoppedBy) {
      for (const index of batch) fail(index, stoppedBy);
      continue;
    }
    options.onBatch?.(batch);
    const outcome = await attemptWithRetry(batch.map((i) => paragraphs[i]));
    if (signal?.aborted) break;
    const splitUp = !outcome.ok && batch.length > 1 && ['count-mismatch', 'malformed', 'unavailable'].includes(outcome.error.kind);
    if (!splitUp) {
      settle(batch, outcome);
      continue;
    }
    for (const index of batch) {
      if (stoppedBy) {
        fail(index, stoppedBy);
        continue;
      }
      options.onBatch?.([index]);
      const single = await attemptWithRetry([paragraphs[index]]);
      if (signal?.aborted) break;
      settle([index], single);
    }
  }
  return finish();
}

function batchLimit(options: TranslateParagraphsOptions): number {
  const engineLimit = options.engine.maxBatchSize ?? 1;
  const wanted = options.batchSize ?? engineLimit;
  return Math.max(1, Math.min(wanted, engineLimit));
}

/** Consecutive runs of pending indices, each within `maxCount` paragraphs and (past the first) `maxChars` characters. */
export function makeBatches(pending: number[], paragraphs: string[], maxCount: number, maxChars: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  for (const index of pending) {
    const length = paragraphs[index].length;
    if (current.length > 0 && (current.length >= maxCount || chars + length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
