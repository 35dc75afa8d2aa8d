/**
 * The background's translate port (entrypoints/background/translation-service.ts) against loopback engine servers:
 * one reply per paragraph, the IndexedDB cache making a reopened article cost no requests, closing the
 * port aborting the request in flight, and no request at all without a key. Plus the message shapes
 * (lib/protocol.ts) and the engine origins the permission flow asks for (utils/engine-permissions.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { serveTranslatePort, type TranslationServiceDeps } from '../entrypoints/background/translation-service';
import { originsForEngine } from '../utils/engine-permissions';
import { parseBackgroundMessage, parseTranslateReply, parseTranslateRun } from '../lib/protocol';
import { createIdbCache, type EngineConfig } from '../lib/translate';
import { fakeTranslation, startEngineServer, type EngineServer } from '../testing/engine-servers';
import { fakePort } from '../testing/fake-port';

const RUN = { type: 'translate:run', from: 'ko', to: 'en', paragraphs: ['첫 문단', '둘째 문단', '셋째 문단'] };

let server: EngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('translate port in the background', () => {
  it('answers one result per paragraph, then done; a second run of the same article comes from the cache', async () => {
    server = await startEngineServer('deepl');
    const deps: TranslationServiceDeps = {
      engineConfig: async () => ({ engine: 'deepl', key: 'bgKey:fx', endpoint: server!.url }),
      cache: createIdbCache(new IDBFactory(), { dbName: 'service-test' }),
    };
    const first = fakePort();
    serveTranslatePort(first.port, deps);
    first.send(RUN);
    await first.done;
    expect(first.replies.filter((r) => r.type === 'translate:result').sort((a, b) => (a as { index: number }).index - (b as { index: number }).index)).toEqual(
      RUN.paragraphs.map((text, index) => ({ type: 'translate:result', index, text: fakeTranslation(text) })),
    );
    expect(first.replies.at(-1)).toEqual({ type: 'translate:done', translated: 3, failed: 0, cancelled: 0 });
    const sent = server.requests.length;
    expect(sent).toBeGreaterThan(0);
    // Cache writes are not awaited by the runner; give them a turn.
    await new Promise((r) => setTimeout(r, 50));

    const second = fakePort();
    serveTranslatePort(second.port, deps);
    second.send(RUN);
    await second.done;
    expect(second.replies.at(-1)).toEqual({ type: 'translate:done', translated: 3, failed: 0, cancelled: 0 });
    expect(server.requests.length).toBe(sent);
  });

  it('closing the port (the panel closed) aborts the request in flight and posts nothing more', async () => {
    server = await startEngineServer('libretranslate', { reply: 'hang' });
    const side = fakePort();
    serveTranslatePort(side.port, { engineConfig: async () => ({ engine: 'libretranslate', endpoint: server!.url }) });
    side.send(RUN);
    await server.waitForRequests(1);
    // The request went out: the panel was told which paragraphs it carries.
    expect(side.replies).toEqual([{ type: 'translate:sent', indices: [0, 1, 2] }]);
    side.disconnect();
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests[0].aborted).toBe(true);
    expect(side.replies).toHaveLength(1);
  });

  it('says which paragraphs each request carries before their answers (what the panel shows as translating)', async () => {
    // Two requests: the first batch answer drops a paragraph, so each is resent alone.
    server = await startEngineServer('libretranslate', (_request, n) => (n === 0 ? { reply: 'wrong-count', mode: 'drop-last' } : { reply: 'translate' }));
    const side = fakePort();
    serveTranslatePort(side.port, { engineConfig: async () => ({ engine: 'libretranslate', endpoint: server!.url }) });
    side.send(RUN);
    await side.done;
    const shape = side.replies.map((r) => (r.type === 'translate:sent' ? `sent ${r.indices.join(',')}` : r.type === 'translate:result' ? `result ${r.index}` : r.type));
    expect(shape).toEqual(['sent 0,1,2', 'sent 0', 'result 0', 'sent 1', 'result 1', 'sent 2', 'result 2', 'translate:done']);
    for (const reply of side.replies) expect(parseTranslateReply(reply)).toEqual(reply);
    expect(parseTranslateReply({ type: 'translate:sent', indices: [0, -1] })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:sent', indices: Array.from({ length: 2_001 }, (_, i) => i) })).toBeNull();
  });

  it('sends nothing without a key, and says so for every paragraph', async () => {
    server = await startEngineServer('deepl');
    const side = fakePort();
    serveTranslatePort(side.port, { engineConfig: async () => ({ engine: 'deepl', key: '', endpoint: server!.url }) as EngineConfig });
    side.send(RUN);
    await side.done;
    expect(server.requests).toHaveLength(0);
    expect(side.replies.filter((r) => r.type === 'translate:error')).toHaveLength(3);
    expect(side.replies[0]).toMatchObject({ kind: 'auth', message: 'deepl: auth: no key saved in the options' });
  });

  it('ignores anything that is not one well-formed translate:run', async () => {
    const side = fakePort();
    let asked = 0;
    serveTranslatePort(side.port, { engineConfig: async () => (asked++, null) });
    side.send({ ...RUN, from: 'ja' });
    side.send({ ...RUN, extra: 1 });
    side.send({ ...RUN, paragraphs: [1] });
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toBe(0);
    expect(side.replies).toEqual([]);
  });
});

describe('translation messages', () => {
  it('validates runs and replies', () => {
    expect(parseTranslateRun(RUN)).toEqual(RUN);
    expect(parseTranslateRun({ ...RUN, to: 'ko' })).toBeNull();
    expect(parseTranslateRun({ ...RUN, paragraphs: Array(2001).fill('x') })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:result', index: 2, text: 'x' })).toEqual({ type: 'translate:result', index: 2, text: 'x' });
    expect(parseTranslateReply({ type: 'translate:result', index: -1, text: 'x' })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:error', index: 0, kind: 'auth', message: 'm', key: 'k' })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:done', translated: 1, failed: 0, cancelled: 0.5 })).toBeNull();
    expect(parseBackgroundMessage({ type: 'options:open' })).toEqual({ type: 'options:open' });
    expect(parseBackgroundMessage({ type: 'translate:clear-cache', all: true })).toBeNull();
  });
});

describe('engine origins for the permission request', () => {
  it.each<[EngineConfig, string[]]>([
    [{ engine: 'chrome-builtin' }, []],
    [{ engine: 'deepl', key: 'abc:fx' }, ['https://api-free.deepl.com/*']],
    [{ engine: 'deepl', key: 'abc' }, ['https://api.deepl.com/*']],
    [{ engine: 'google', key: 'k' }, ['https://translation.googleapis.com/*']],
    [{ engine: 'microsoft', key: 'k' }, ['https://api.cognitive.microsofttranslator.com/*']],
    [{ engine: 'libretranslate', endpoint: 'http://192.168.0.9:5000' }, ['http://192.168.0.9/*']],
    [{ engine: 'openai', key: 'k', endpoint: 'ftp://example.com' }, []],
  ])('%j → %j', (config, origins) => {
    expect(originsForEngine(config)).toEqual(origins);
  });
});
