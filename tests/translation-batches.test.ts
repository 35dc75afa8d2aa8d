/**
 * translateParagraphs' onBatch (lib/translate/run.ts): the paragraphs of each request, named just
 * before it goes out, so the panel can tell "translating" from "waiting"; cache hits and empty
 * paragraphs are never named, and a retry of the same request is not named twice.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryCache, translateParagraphs, TranslationError, type TranslationEngine } from '../lib/translate';

function engine(answer: (texts: string[], call: number) => string[]): { engine: TranslationEngine; log: string[] } {
  const log: string[] = [];
  let call = 0;
  return {
    log,
    engine: {
      id: 'libretranslate',
      label: 'stand-in',
      maxBatchSize: 2,
      async translate({ texts }) {
        log.push(`request ${texts.join('|')}`);
        return answer(texts, call++);
      },
    },
  };
}

describe('translateParagraphs onBatch', () => {
  it('names each batch before its request, in reading order, and never a cache hit or an empty paragraph', async () => {
    const cache = createMemoryCache();
    const { engine: first } = engine((texts) => texts.map((t) => `EN ${t}`));
    await translateParagraphs({ engine: first, paragraphs: ['나'], from: 'ko', to: 'en', cache, onResult: () => {} });
    const { engine: stand, log } = engine((texts) => texts.map((t) => `EN ${t}`));
    await translateParagraphs({
      engine: stand,
      paragraphs: ['가', '나', '', '다', '라', '마'],
      from: 'ko',
      to: 'en',
      cache,
      onBatch: (indices) => log.push(`sent ${indices.join(',')}`),
      onResult: (index) => log.push(`result ${index}`),
    });
    expect(log).toEqual([
      // The cache hit and the empty paragraph are answered at once, with no request.
      'result 1',
      'result 2',
      'sent 0,3',
      'request 가|다',
      'result 0',
      'result 3',
      'sent 4,5',
      'request 라|마',
      'result 4',
      'result 5',
    ]);
  });

  it('names each paragraph again when a wrong-count batch is resent one by one; retries are not named twice', async () => {
    const { engine: stand, log } = engine((texts, call) => {
      if (call === 0) return texts.slice(1);
      if (call === 1) throw new TranslationError({ engine: 'libretranslate', kind: 'server', status: 503 });
      return texts.map((t) => `EN ${t}`);
    });
    await translateParagraphs({
      engine: stand,
      paragraphs: ['가', '나'],
      from: 'ko',
      to: 'en',
      retry: { baseDelayMs: 0 },
      sleep: async () => {},
      onBatch: (indices) => log.push(`sent ${indices.join(',')}`),
      onResult: (index) => log.push(`result ${index}`),
    });
    expect(log).toEqual(['sent 0,1', 'request 가|나', 'sent 0', 'request 가', 'request 가', 'result 0', 'sent 1', 'request 나', 'result 1']);
  });
});
