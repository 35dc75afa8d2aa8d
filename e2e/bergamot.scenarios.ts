/**
 * On-device translation (Mozilla's Bergamot) in a real browser, the same steps in Chromium (engine
 * in the offscreen document) and Firefox (engine in the background page), all through the test
 * build's page-event bridge (Firefox's BiDi cannot open moz-extension:// pages):
 * (a) the real WASM engine instantiates in the extension's worker under the shipped CSP;
 * (b) the model download against a loopback stand-in of Mozilla's model host, through the real
 *     background and its translate port: availability with size and source, progress, stored,
 *     listed, removed; a closed port cancels it; a hash mismatch is refused;
 * (c) a run naming 'bergamot' translates with the stand-in worker (no real model can be had here),
 *     through the same store, load and worker protocol as the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranslateReply } from '../lib/protocol';
import type { ReaderDriver } from '../testing/driver';
import { startPageServer, type PageServer } from '../testing/server';
import { startModelHost, type ModelHost } from '../testing/model-host';
import { ESTIMATED_DOWNLOAD_BYTES } from '../lib/translate/bergamot';

interface PortAnswer {
  replies: TranslateReply[];
  how: 'answered' | 'disconnected' | 'lost';
}

export function bergamotScenarios(name: string, launch: () => Promise<ReaderDriver>): void {
  describe(`on-device translation (${name})`, () => {
    let driver: ReaderDriver;
    let pages: PageServer;
    let host: ModelHost;
    let corrupt: ModelHost;

    const configure = (config: { registryUrl: string; standIn: boolean }) =>
      driver.testHook({ type: 'test:storage', area: 'local', items: { 'hanyeong-test-bergamot': config } });
    const port = (message: unknown, disconnectAfterProgress?: number) =>
      driver.testHook({ type: 'test:port', message, ...(disconnectAfterProgress ? { disconnectAfterProgress } : {}) }) as Promise<PortAnswer>;
    const models = async () => ((await driver.testHook({ type: 'test:bergamot', action: 'models', message: { type: 'models:list' } })) as { models: Array<{ pair: string; bytes: number }> }).models;
    const koEnBytes = (h: ModelHost, plain = false) => h.files.filter((f) => f.name.includes('/ko-en/')).reduce((sum, f) => sum + (plain ? f.plain.length : f.gz.length), 0);

    beforeAll(async () => {
      [pages, host, corrupt] = await Promise.all([startPageServer(), startModelHost(), startModelHost({ corruptModel: true })]);
      pages.route('/article', '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>기사</title></head><body><p>첫 문단입니다.</p></body></html>');
      driver = await launch();
      await driver.goto(`${pages.origin}/article`);
    });

    afterAll(async () => {
      await driver?.close();
      await Promise.all([pages?.close(), host?.close(), corrupt?.close()]);
    });

    it('(a) instantiates the real WASM engine in the extension\'s worker under the shipped CSP', async () => {
      await configure({ registryUrl: host.registryUrl, standIn: false });
      const status = (await driver.testHook({ type: 'test:bergamot', action: 'status' })) as { ready: boolean; ms: number; error?: string };
      console.info(`${name}: Bergamot WASM engine ready=${status.ready} in ${status.ms} ms${status.error ? ` (${status.error})` : ''}`);
      expect(status).toMatchObject({ ready: true });
    });

    it('(b) offers the download with its size and source, downloads with progress, stores, lists and removes', async () => {
      await configure({ registryUrl: host.registryUrl, standIn: true });
      const asked = host.log.length;
      const before = await port({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' });
      expect(before.replies).toEqual([
        // The published size: the model host has heard nothing yet (it hears from us only after the click).
        { type: 'translate:availability', state: 'downloadable', engine: 'bergamot', download: { bytes: ESTIMATED_DOWNLOAD_BYTES['ko-en'], source: `Mozilla (${new URL(host.url).host})` } },
      ]);
      expect(host.log.length).toBe(asked);

      const prepared = await port({ type: 'translate:prepare', from: 'ko', to: 'en', engine: 'bergamot' });
      const progress = prepared.replies.filter((r): r is Extract<TranslateReply, { type: 'translate:progress' }> => r.type === 'translate:progress');
      expect(prepared.replies.at(-1)).toEqual({ type: 'translate:prepared' });
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
      expect(progress.at(-1)).toEqual({ type: 'translate:progress', loaded: koEnBytes(host), total: koEnBytes(host) });

      expect(await models()).toEqual([expect.objectContaining({ pair: 'ko-en', bytes: koEnBytes(host, true) })]);
      expect((await port({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' })).replies[0]).toMatchObject({ state: 'available' });

      await driver.testHook({ type: 'test:bergamot', action: 'models', message: { type: 'models:remove', pair: 'ko-en' } });
      expect(await models()).toEqual([]);
      expect((await port({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' })).replies[0]).toMatchObject({ state: 'downloadable' });
    });

    it('(b) a closed port cancels the download; the next one completes', async () => {
      await configure({ registryUrl: host.registryUrl, standIn: true });
      const cut = await port({ type: 'translate:prepare', from: 'en', to: 'ko', engine: 'bergamot' }, 1);
      expect(cut.how).toBe('disconnected');
      expect((await models()).map((m) => m.pair)).not.toContain('en-ko');
      const again = await port({ type: 'translate:prepare', from: 'en', to: 'ko', engine: 'bergamot' });
      expect(again.replies.at(-1)).toEqual({ type: 'translate:prepared' });
      expect((await models()).map((m) => m.pair)).toContain('en-ko');
      await driver.testHook({ type: 'test:bergamot', action: 'models', message: { type: 'models:remove', pair: 'en-ko' } });
    });

    it('(b) refuses a model whose hash does not match the list, and stores nothing', async () => {
      await configure({ registryUrl: corrupt.registryUrl, standIn: true });
      const answer = await port({ type: 'translate:prepare', from: 'ko', to: 'en', engine: 'bergamot' });
      expect(answer.replies.at(-1)).toEqual({
        type: 'translate:prepare-failed',
        kind: 'integrity',
        message: expect.stringMatching(/^model\.koen\.intgemm\.alphas\.bin\.gz from 127\.0\.0\.1:\d+ does not match the SHA-256 in the model list; it was not stored$/),
      });
      expect(await models()).toEqual([]);
      expect((await port({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' })).replies[0]).toMatchObject({ state: 'downloadable' });
    });

    it('(c) a run naming bergamot fails honestly without a model, then translates with the stand-in engine', async () => {
      await configure({ registryUrl: host.registryUrl, standIn: true });
      const paragraphs = ['첫 문단입니다.', '둘째 문단입니다.', '셋째.'];
      const without = await port({ type: 'translate:run', from: 'ko', to: 'en', paragraphs, engine: 'bergamot' });
      expect(without.replies.at(-1)).toEqual({ type: 'translate:done', translated: 0, failed: 3, cancelled: 0 });
      expect(without.replies.find((reply) => reply.type !== 'translate:sent')).toMatchObject({ type: 'translate:error', kind: 'unavailable', message: 'bergamot: unavailable: no ko→en model is installed' });

      await port({ type: 'translate:prepare', from: 'ko', to: 'en', engine: 'bergamot' });
      const run = await port({ type: 'translate:run', from: 'ko', to: 'en', paragraphs, engine: 'bergamot' });
      const results = run.replies.filter((r) => r.type === 'translate:result');
      expect(results).toEqual(paragraphs.map((text, index) => ({ type: 'translate:result', index, text: `EN⟦${text}⟧` })));
      expect(run.replies.at(-1)).toEqual({ type: 'translate:done', translated: 3, failed: 0, cancelled: 0 });
    });
  });
}
