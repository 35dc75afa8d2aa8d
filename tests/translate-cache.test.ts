/**
 * Translation caches: the key hash, the in-memory LRU, and the IndexedDB store (on fake-indexeddb,
 * a fresh factory per test so nothing leaks between tests).
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createIdbCache, createMemoryCache, fnv1a64, translationCacheKey } from '../lib/translate/cache';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('cache key', () => {
  it('is FNV-1a 64 (published test vectors)', () => {
    expect(fnv1a64(bytes('')).toString(16)).toBe('cbf29ce484222325');
    expect(fnv1a64(bytes('a')).toString(16)).toBe('af63dc4c8601ec8c');
    expect(fnv1a64(bytes('foobar')).toString(16)).toBe('85944171f73967e8');
  });

  it('changes with engine, model, direction and text, and only with them', () => {
    const base = { engine: 'deepl', from: 'ko', to: 'en', text: '서울 시장은 말했다.' } as const;
    const key = translationCacheKey(base);
    expect(translationCacheKey({ ...base })).toBe(key);
    const variants = [
      translationCacheKey({ ...base, engine: 'google' }),
      translationCacheKey({ ...base, model: 'gpt-4o-mini' }),
      translationCacheKey({ ...base, from: 'en', to: 'ko' }),
      translationCacheKey({ ...base, text: '서울 시장은 말했다' }),
    ];
    expect(new Set([key, ...variants]).size).toBe(5);
    expect(key).toMatch(/^[0-9a-f]{16}-[0-9a-z]+$/);
  });

  it('keeps fields apart: a model name cannot run into the text', () => {
    const a = translationCacheKey({ engine: 'openai', model: 'm a', from: 'ko', to: 'en', text: 'b' });
    const b = translationCacheKey({ engine: 'openai', model: 'm', from: 'ko', to: 'en', text: 'a b' });
    expect(a).not.toBe(b);
  });
});

describe('memory cache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', 'A');
    await cache.set('b', 'B');
    expect(await cache.get('a')).toBe('A'); // a is now the most recent
    await cache.set('c', 'C');
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('evicts by size beyond maxBytes, and counts a replaced value once', async () => {
    const cache = createMemoryCache({ maxBytes: 40 }); // 20 UTF-16 code units
    await cache.set('k1', 'xxxxxxxx'); // 10 units
    await cache.set('k1', 'yyyyyyyy');
    expect(cache.bytes).toBe(20);
    await cache.set('k2', 'zzzzzzzz'); // 20 units in all: fits
    expect(cache.size).toBe(2);
    await cache.set('k3', 'w');
    expect(await cache.get('k1')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(40);
    await cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});

describe('IndexedDB cache', () => {
  it('stores and returns translations, and misses unknown keys', async () => {
    const cache = createIdbCache(new IDBFactory());
    await cache.set('k1', 'The mayor said.');
    expect(await cache.get('k1')).toBe('The mayor said.');
    expect(await cache.get('nope')).toBeUndefined();
    cache.close();
  });

  it('keeps translations across connections to the same database', async () => {
    const factory = new IDBFactory();
    const first = createIdbCache(factory, { dbName: 'shared' });
    await first.set('k', 'kept');
    first.close();
    const second = createIdbCache(factory, { dbName: 'shared' });
    expect(await second.get('k')).toBe('kept');
    second.close();
  });

  it('deletes the least recently used entries beyond maxEntries', async () => {
    let clock = 1_000;
    const cache = createIdbCache(new IDBFactory(), { maxEntries: 3, now: () => clock });
    for (const key of ['a', 'b', 'c']) {
      await cache.set(key, key.toUpperCase());
      clock += 10;
    }
    expect(await cache.get('a')).toBe('A'); // a is used again: b is now the oldest
    clock += 10;
    await cache.set('d', 'D');
    expect(await cache.count()).toBe(3);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('c')).toBe('C');
    expect(await cache.get('d')).toBe('D');
    cache.close();
  });

  it('evicts in write order even when the clock stands still', async () => {
    const cache = createIdbCache(new IDBFactory(), { maxEntries: 2, now: () => 5 });
    await cache.set('a', '1');
    await cache.set('b', '2');
    await cache.set('c', '3');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe('2');
    cache.close();
  });

  it('clear() empties the store', async () => {
    const cache = createIdbCache(new IDBFactory());
    await cache.set('a', '1');
    await cache.set('b', '2');
    await cache.clear();
    expect(await cache.count()).toBe(0);
    expect(await cache.get('a')).toBeUndefined();
    cache.close();
  });
});
