/**
 * The on-device engine over the translate port, end to end in Node: the panel's side
 * (entrypoints/reader/translation-client.ts backgroundHost) connected through a fake port pair to the
 * background's side (entrypoints/background/translation-service.ts), which drives a Bergamot host
 * (utils/bergamot-host.ts) with the stand-in worker and a loopback model host. Plus the strict
 * parsers of the new messages (lib/protocol.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  parseBackgroundMessage,
  parseTranslatePortRequest,
  parseTranslateReply,
  parseTranslateRun,
} from '../lib/protocol';
import { createBergamotHost, createMemoryModelStore, createModelManager, ESTIMATED_DOWNLOAD_BYTES } from '../lib/translate/bergamot';
import { serveTranslatePort, type TranslatePortLike, type TranslationServiceDeps } from '../entrypoints/background/translation-service';
import { createStandInBergamotWorker } from '../testing/bergamot-stand-in';
import { backgroundHost, PrepareError } from '../entrypoints/reader/translation-client';
import { startModelHost, type ModelHost } from '../testing/model-host';

describe('the new port messages are parsed strictly', () => {
  it('accepts availability, prepare and a run naming bergamot', () => {
    expect(parseTranslatePortRequest({ type: 'translate:availability', from: 'ko', to: 'en' })).toEqual({ type: 'translate:availability', from: 'ko', to: 'en' });
    expect(parseTranslatePortRequest({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' })).toMatchObject({ engine: 'bergamot' });
    expect(parseTranslatePortRequest({ type: 'translate:prepare', from: 'en', to: 'ko', engine: 'bergamot' })).toEqual({ type: 'translate:prepare', from: 'en', to: 'ko', engine: 'bergamot' });
    expect(parseTranslateRun({ type: 'translate:run', from: 'ko', to: 'en', paragraphs: ['a'], engine: 'bergamot' })).toEqual({ type: 'translate:run', from: 'ko', to: 'en', paragraphs: ['a'], engine: 'bergamot' });
  });

  it('refuses any other engine a page script might name, a prepare without one, extra keys, one language twice', () => {
    expect(parseTranslateRun({ type: 'translate:run', from: 'ko', to: 'en', paragraphs: ['a'], engine: 'deepl' })).toBeNull();
    expect(parseTranslatePortRequest({ type: 'translate:availability', from: 'ko', to: 'en', engine: 'openai' })).toBeNull();
    expect(parseTranslatePortRequest({ type: 'translate:prepare', from: 'ko', to: 'en' })).toBeNull();
    expect(parseTranslatePortRequest({ type: 'translate:prepare', from: 'ko', to: 'en', engine: 'bergamot', url: 'https://evil.example' })).toBeNull();
    expect(parseTranslatePortRequest({ type: 'translate:availability', from: 'ko', to: 'ko' })).toBeNull();
  });

  it('parses the replies and refuses malformed ones', () => {
    expect(parseTranslateReply({ type: 'translate:availability', state: 'downloadable', engine: 'bergamot', download: { bytes: 10, source: 'Mozilla (h)' } })).toMatchObject({ download: { bytes: 10 } });
    expect(parseTranslateReply({ type: 'translate:availability', state: 'maybe', engine: 'bergamot' })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:availability', state: 'downloadable', engine: 'bergamot', download: { bytes: -1, source: 'x' } })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:progress', loaded: 5, total: 10 })).toEqual({ type: 'translate:progress', loaded: 5, total: 10 });
    expect(parseTranslateReply({ type: 'translate:progress', loaded: 0.5, total: 10 })).toBeNull();
    expect(parseTranslateReply({ type: 'translate:prepared' })).toEqual({ type: 'translate:prepared' });
    expect(parseTranslateReply({ type: 'translate:prepare-failed', kind: 'quota', message: 'm' })).toEqual({ type: 'translate:prepare-failed', kind: 'quota', message: 'm' });
    expect(parseTranslateReply({ type: 'translate:prepare-failed', kind: 'quota' })).toBeNull();
  });

  it('parses the options page\'s model messages', () => {
    expect(parseBackgroundMessage({ type: 'models:list' })).toEqual({ type: 'models:list' });
    expect(parseBackgroundMessage({ type: 'models:remove', pair: 'ko-en' })).toEqual({ type: 'models:remove', pair: 'ko-en' });
    expect(parseBackgroundMessage({ type: 'models:remove', pair: '../x' })).toBeNull();
    expect(parseBackgroundMessage({ type: 'models:list', all: true })).toBeNull();
  });
});

/** Connects `browser.runtime.connect` to serveTranslatePort through a pair of fake ports (messages cloned, as the browser does). */
function wire(deps: TranslationServiceDeps) {
  const connections = { opened: 0, closedByPanel: 0 };
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = () => {
    connections.opened++;
    const toServer: Array<(m: unknown) => void> = [];
    const toClient: Array<(m: unknown) => void> = [];
    const serverGone: Array<() => void> = [];
    const clientGone: Array<() => void> = [];
    let open = true;
    const server: TranslatePortLike = {
      postMessage: (m) => open && queueMicrotask(() => open && toClient.forEach((l) => l(structuredClone(m)))),
      onMessage: { addListener: (l) => void toServer.push(l) },
      onDisconnect: { addListener: (l) => void serverGone.push(l) },
    };
    serveTranslatePort(server, deps);
    return {
      postMessage: (m: unknown) => queueMicrotask(() => open && toServer.forEach((l) => l(structuredClone(m)))),
      disconnect: () => {
        if (!open) return;
        open = false;
        connections.closedByPanel++;
        serverGone.forEach((l) => l());
      },
      onMessage: { addListener: (l: (m: unknown) => void) => void toClient.push(l) },
      onDisconnect: { addListener: (l: () => void) => void clientGone.push(l) },
    };
  };
  return connections;
}

let modelHost: ModelHost | undefined;
afterEach(async () => {
  await modelHost?.close();
  modelHost = undefined;
});

async function setup() {
  modelHost = await startModelHost();
  const store = createMemoryModelStore();
  const manager = createModelManager({ store, registryUrl: () => modelHost!.registryUrl, retryDelayMs: 0 });
  const bergamot = createBergamotHost({ manager, spawnWorker: createStandInBergamotWorker });
  // The user's setting names DeepL without a key: a run naming bergamot must not care.
  const deps: TranslationServiceDeps = { engineConfig: async () => ({ engine: 'deepl', key: '' }), bergamot };
  const connections = wire(deps);
  return { store, connections };
}

describe('the panel\'s on-device host through the background', () => {
  it('offers the download with its size and source, downloads with progress, then translates on device whatever the settings say', async () => {
    await setup();
    const fractions: number[] = [];
    const host = backgroundHost({ engine: 'bergamot', onDownloadProgress: (p) => fractions.push(p.fraction) });
    expect(await host.availability('ko', 'en')).toBe('downloadable');
    // The published size before anything is fetched (the model host hears nothing until the click).
    expect(await host.describeDownload!('ko', 'en')).toEqual({ bytes: ESTIMATED_DOWNLOAD_BYTES['ko-en'], source: `Mozilla (${new URL(modelHost!.url).host})` });
    expect(modelHost!.log).toEqual([]);
    await host.prepare('ko', 'en', new AbortController().signal);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(await host.availability('ko', 'en')).toBe('available');
    expect(await host.describeDownload!('ko', 'en')).toBeNull();

    const results: string[] = [];
    const errors: string[] = [];
    await host.run({ paragraphs: ['하나', '둘'], from: 'ko', to: 'en', signal: new AbortController().signal, onResult: (i, t) => (results[i] = t), onError: (_, f) => errors.push(f.message) });
    expect(errors).toEqual([]);
    expect(results).toEqual(['EN⟦하나⟧', 'EN⟦둘⟧']);
  });

  it('without naming bergamot, the settings decide (here: DeepL with no key)', async () => {
    await setup();
    const host = backgroundHost();
    expect(await host.availability('ko', 'en')).toBe('unavailable');
    const errors: string[] = [];
    await host.run({ paragraphs: ['하나'], from: 'ko', to: 'en', signal: new AbortController().signal, onResult: () => {}, onError: (_, f) => errors.push(f.message) });
    expect(errors).toEqual(['deepl: auth: no key saved in the options']);
  });

  it('a removed panel (the signal aborting) closes the port and stops the download; the stored files stay', async () => {
    const { store, connections } = await setup();
    const controller = new AbortController();
    const first = modelHost!.files[0]!;
    const host = backgroundHost({ engine: 'bergamot', onDownloadProgress: (p) => p.loaded > first.gz.length && controller.abort() });
    const error = await host.prepare('ko', 'en', controller.signal).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('AbortError');
    expect(connections.closedByPanel).toBeGreaterThan(0);
    // The background stops: no manifest, and what it fetched after the abort is at most the file in flight.
    await new Promise((r) => setTimeout(r, 200));
    expect(await store.getModel('ko-en')).toBeNull();
    expect(await store.getFile('ko-en/model')).not.toBeNull();
    const gets = modelHost!.log.filter((e) => e.method === 'GET').map((e) => e.path);
    expect(gets).not.toContain(modelHost!.files[2]!.name);
  });

  it('a refused download rejects with its kind and one-line message', async () => {
    await modelHost?.close();
    modelHost = await startModelHost({ corruptModel: true });
    const manager = createModelManager({ store: createMemoryModelStore(), registryUrl: () => modelHost!.registryUrl });
    wire({ engineConfig: async () => null, bergamot: createBergamotHost({ manager, spawnWorker: createStandInBergamotWorker }) });
    const error = await backgroundHost({ engine: 'bergamot' }).prepare('ko', 'en', new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrepareError);
    expect(error).toMatchObject({ kind: 'integrity', message: expect.stringMatching(/does not match the SHA-256 in the model list; it was not stored$/) });
  });
});
