/**
 * The background's routes (entrypoints/background/router.ts) driven through WXT's fake browser: the
 * toolbar button and the commands reach the tab's top frame (injecting the detector into a tab that
 * predates the extension), a tab's reports act on that tab only, and what only extension pages may
 * ask is refused to content scripts and other extensions.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../entrypoints/background/router';
import { createMemoryModelStore } from '../lib/translate/bergamot';
import { createMemoryDictionaryStore } from '../lib/words/dictionary-download';
import { createDictionaryService } from '../entrypoints/background/dictionary-service';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DICTIONARY_TSV = readFileSync(resolve(import.meta.dirname, 'fixtures/words/dictionary.tsv'));
/** The dictionary's source as a fetch: the team's small dictionary, or a 404. */
const dictionaryFetch = (found: boolean) => (async () => (found ? new Response(DICTIONARY_TSV, { headers: { 'content-length': String(DICTIONARY_TSV.byteLength) } }) : new Response('not here', { status: 404 }))) as typeof fetch;

const ID = fakeBrowser.runtime.id;
const OPTIONS_PAGE = fakeBrowser.runtime.getURL('/options.html');
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 }) as never;
const fromTab = (tabId: number, frameId = 0) => ({ id: ID, tab: tab(tabId), frameId, url: 'http://news.example/a' });

/** An extension event the fake browser leaves unimplemented, with a trigger. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return { addListener: (listener: (...args: A) => unknown) => void listeners.push(listener), trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))) };
}

function start(options: { commands?: boolean; dictionaryFound?: boolean } = {}) {
  const calls: string[] = [];
  const record = (name: string) => vi.fn(async (...args: unknown[]) => void calls.push(`${name} ${JSON.stringify(args)}`));
  const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  browser.action.setIcon = record('setIcon');
  browser.action.setBadgeText = record('setBadgeText');
  browser.action.setTitle = record('setTitle');
  browser.scripting.executeScript = record('executeScript');
  const sent: { tabId: number; message: unknown; options: unknown }[] = [];
  let tabReady = true;
  browser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown, options: unknown) => {
    if (!tabReady) {
      tabReady = true;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    sent.push({ tabId, message, options });
  });
  browser.runtime.openOptionsPage = record('openOptionsPage');
  browser.i18n.getMessage = (key: string) => `[${key}]`;
  const onCommand = fakeEvent<[string, unknown]>();
  browser.commands = options.commands === false ? (undefined as never) : ({ onCommand } as never);
  const models = createMemoryModelStore();
  const cleared: number[] = [];
  const dictionary = createDictionaryService({ store: createMemoryDictionaryStore(), url: async () => 'http://dictionary.test/kengdic.tsv', fetch: dictionaryFetch(options.dictionaryFound ?? true) });
  startBackground({ bergamot: { engineStatus: async () => ({}) as never }, models, translations: { clearCache: async () => void cleared.push(1) }, dictionary });
  const ask = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {}))[0];
  return { calls, sent, cleared, ask, command: onCommand.trigger, noDetectorYet: () => (tabReady = false) };
}

beforeEach(() => fakeBrowser.reset());

describe('background routes', () => {
  it('sends the toolbar button and each command to the tab\'s top frame', async () => {
    const { sent, command } = start();
    await fakeBrowser.action.onClicked.trigger(tab(7));
    await command('switch-language', tab(7));
    await command('no-such-command', tab(7));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'reader:toggle' }, options: { frameId: 0 } },
      { tabId: 7, message: { type: 'reader:switch-language' }, options: { frameId: 0 } },
    ]);
  });

  it('opens from the toolbar button where the browser has no keyboard commands (Firefox for Android)', async () => {
    const { sent } = start({ commands: false });
    await fakeBrowser.action.onClicked.trigger(tab(9));
    await vi.waitFor(() => expect(sent).toEqual([{ tabId: 9, message: { type: 'reader:toggle' }, options: { frameId: 0 } }]));
  });

  it('injects the detector into a tab opened before the extension, then sends again', async () => {
    const { sent, calls, noDetectorYet, command } = start();
    noDetectorYet();
    await command('toggle-reader', tab(3));
    expect(calls).toEqual([`executeScript [{"target":{"tabId":3,"frameIds":[0]},"files":["/detector.js"]}]`]);
    expect(sent).toEqual([{ tabId: 3, message: { type: 'reader:toggle' }, options: { frameId: 0 } }]);
  });

  it('lights the button, loads the reader and marks a blocked panel for the tab that asked, from its top frame only', async () => {
    const { ask, calls } = start();
    await ask({ type: 'page:candidate', candidate: true }, fromTab(4));
    expect(await ask({ type: 'reader:load' }, fromTab(4))).toEqual({ ok: true });
    await ask({ type: 'reader:blocked', reason: 'covered' }, fromTab(4));
    expect(calls[0]).toMatch(/^setIcon \[\{"tabId":4,"path":\{"16":"\/icon\/16.png"/);
    expect(calls[1]).toBe(`executeScript [{"target":{"tabId":4,"frameIds":[0]},"files":["/reader.js"]}]`);
    expect(calls.slice(2).map((call) => call.split(' ')[0])).toEqual(['setBadgeText', 'setTitle']);
    expect(calls[2]).toContain('"text":"!"');
    expect(calls[3]).toContain('"title":"[readerBlockedCovered]"');
    const before = calls.length;
    // A subframe, another extension, a malformed message: nothing happens.
    await ask({ type: 'reader:load' }, fromTab(4, 2));
    await ask({ type: 'reader:load' }, { ...fromTab(4), id: 'another-extension' });
    await ask({ type: 'page:candidate', candidate: 'yes' }, fromTab(4));
    expect(calls).toHaveLength(before);
  });

  it('answers the model list and empties the cache for extension pages only', async () => {
    const { ask, cleared } = start();
    const optionsPage = { id: ID, url: OPTIONS_PAGE };
    expect(await ask({ type: 'models:list' }, optionsPage)).toEqual({ ok: true, models: [] });
    expect(await ask({ type: 'models:list' }, fromTab(4))).toBeUndefined();
    expect(await ask({ type: 'translate:clear-cache' }, fromTab(4))).toBeUndefined();
    expect(cleared).toEqual([]);
    expect(await ask({ type: 'translate:clear-cache' }, optionsPage)).toEqual({ ok: true });
    expect(cleared).toEqual([1]);
  });

  it('opens the options for the panel, and says when that failed', async () => {
    const { ask, calls } = start();
    expect(await ask({ type: 'options:open' }, fromTab(4))).toEqual({ ok: true });
    expect(calls).toEqual(['openOptionsPage []']);
    (fakeBrowser as unknown as Record<string, Record<string, unknown>>).runtime.openOptionsPage = async () => {
      throw new Error('no options page');
    };
    expect(await ask({ type: 'options:open' }, fromTab(4))).toEqual({ ok: false, error: 'no options page' });
  });

  it('loads word mode\'s analyser into the asking tab, and serves the dictionary once the reader downloaded it', async () => {
    const { ask, calls } = start();
    expect(await ask({ type: 'words:load' }, fromTab(5))).toEqual({ ok: true });
    expect(calls).toEqual([`executeScript [{"target":{"tabId":5,"frameIds":[0]},"files":["/word-tools.js"]}]`]);
    expect(await ask({ type: 'words:lookup', lemmas: ['발표'] }, fromTab(5))).toEqual({ ok: false, error: 'no-dictionary' });
    const started = (await ask({ type: 'words:dictionary', action: 'download' }, fromTab(5))) as { ok: true; state: { download: unknown } };
    expect(started.state.download).not.toBeNull();
    const installed = await vi.waitFor(async () => {
      const now = (await ask({ type: 'words:dictionary', action: 'status' }, fromTab(5))) as { state: { installed: { entries: number } | null; download: unknown } };
      if (!now.state.installed || now.state.download) throw new Error('still downloading');
      return now.state.installed;
    });
    expect(installed.entries).toBeGreaterThan(100);
    const found = (await ask({ type: 'words:lookup', lemmas: ['발표', '없는말'] }, fromTab(5))) as { ok: true; entries: Record<string, { glosses: string[] }[]> };
    expect(found.entries['발표'][0].glosses.join(' ')).toMatch(/announce/);
    expect(found.entries['없는말']).toEqual([]);
    // An update finds the source unchanged or new and keeps a dictionary; removal only from the extension's pages.
    await ask({ type: 'words:dictionary', action: 'update' }, fromTab(5));
    await vi.waitFor(async () => {
      const now = (await ask({ type: 'words:dictionary', action: 'status' }, fromTab(5))) as { state: { installed: unknown; download: unknown } };
      if (now.state.download || !now.state.installed) throw new Error('still updating');
    });
    expect(await ask({ type: 'words:dictionary', action: 'remove' }, fromTab(5))).toBeUndefined();
    expect(((await ask({ type: 'words:lookup', lemmas: ['발표'] }, fromTab(5))) as { ok: boolean }).ok).toBe(true);
    const removed = (await ask({ type: 'words:dictionary', action: 'remove' }, { id: ID, url: OPTIONS_PAGE })) as { state: { installed: unknown } };
    expect(removed.state.installed).toBeNull();
    expect(await ask({ type: 'words:lookup', lemmas: ['발표'] }, fromTab(5))).toEqual({ ok: false, error: 'no-dictionary' });
    // From a subframe, or with too many words, nothing is answered.
    expect(await ask({ type: 'words:lookup', lemmas: ['발표'] }, fromTab(5, 3))).toBeUndefined();
    expect(await ask({ type: 'words:lookup', lemmas: Array.from({ length: 65 }, (_, i) => `말${i}`) }, fromTab(5))).toBeUndefined();
  });

  it('says why the dictionary download failed, and keeps nothing', async () => {
    const { ask } = start({ dictionaryFound: false });
    await ask({ type: 'words:dictionary', action: 'download' }, fromTab(5));
    const failed = await vi.waitFor(async () => {
      const now = (await ask({ type: 'words:dictionary', action: 'status' }, fromTab(5))) as { state: { error: { kind: string; message: string } | null } };
      if (!now.state.error) throw new Error('not failed yet');
      return now.state;
    });
    expect(failed).toMatchObject({ installed: null, download: null, error: { kind: 'http' } });
    expect(failed.error!.message).toMatch(/404/);
  });
});
