/**
 * The keyless web engines through the background's translate port (entrypoints/background/translation-service.ts),
 * the path the panel uses: no key is asked for, every paragraph comes back in its place, and an
 * engine's failure reaches the page as the fixed one-line message, never the service's text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { serveTranslatePort } from '../entrypoints/background/translation-service';
import { needsKey, type EngineConfig } from '../lib/translate';
import { fakeTranslation, startEngineServer, type EngineServer, type WireEngine } from '../testing/engine-servers';
import { fakePort } from '../testing/fake-port';


const RUN = { type: 'translate:run', from: 'ko', to: 'en', paragraphs: ['첫 문단. 둘째 문장.', '둘째 문단', '셋째 문단'] };

let server: EngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each<WireEngine>(['google-web', 'microsoft-edge'])('%s through the background', (engine) => {
  const config = (): EngineConfig => ({ engine, endpoint: server!.url }) as EngineConfig;

  it('needs no key and answers every paragraph in its place', async () => {
    server = await startEngineServer(engine);
    expect(needsKey(config())).toBe(false);
    const side = fakePort();
    serveTranslatePort(side.port, { engineConfig: async () => config() });
    side.send(RUN);
    await side.done;
    const results = side.replies.filter((r) => r.type === 'translate:result');
    expect(results.sort((a, b) => (a as { index: number }).index - (b as { index: number }).index)).toEqual(
      RUN.paragraphs.map((text, index) => ({ type: 'translate:result', index, text: fakeTranslation(text) })),
    );
    expect(side.replies.at(-1)).toEqual({ type: 'translate:done', translated: 3, failed: 0, cancelled: 0 });
  });

  it('posts the fixed message of a refused request to the page, not what the service said', async () => {
    server = await startEngineServer(engine, { reply: 'status', status: 403, body: { error: { message: 'blocked client 203.0.113.9 SECRET-ECHO' } } });
    const side = fakePort();
    serveTranslatePort(side.port, { engineConfig: async () => config() });
    side.send(RUN);
    await side.done;
    const errors = side.replies.filter((r) => r.type === 'translate:error');
    expect(errors).toHaveLength(3);
    for (const error of errors) {
      expect(error).toMatchObject({ kind: 'auth', message: `${engine}: auth (HTTP 403): the service refused access` });
    }
    expect(JSON.stringify(side.replies)).not.toContain('SECRET-ECHO');
  });
});
