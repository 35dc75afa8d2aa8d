/**
 * Settings read back from storage are always valid, whatever is stored: a value from before the
 * schema was versioned (v0), a hand-edited one, or garbage. Runs the real WXT storage item on
 * WXT's fake browser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } from '../lib/settings';
import { readSettings, settingsItem } from '../utils/settings';
import { readEngineSecrets, secretsItem } from '../utils/secrets';

beforeEach(() => fakeBrowser.reset());

describe('stored settings', () => {
  it('come back as the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repair a v0 value (no version marker, old and wrong fields)', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { theme: 'neon', fontSize: '18', fontScale: 1.2, autoOpen: 'yes', neverRunOn: ['https://www.chosun.com/x', 42, 'not a host'], engine: 'babelfish', engines: { deepl: { engine: 'google', key: 'k' } } },
    });
    const settings = await readSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, neverRunOn: ['chosun.com'] });
    expect(parseSettings(settings)).toEqual(settings);
  });

  it('repair values of the wrong type entirely', async () => {
    for (const stored of ['settings', 42, [], null]) {
      await fakeBrowser.storage.sync.set({ settings: stored });
      expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keep a valid value as written, under the key the detector reads (storage.sync "settings")', async () => {
    const mine = { ...DEFAULT_SETTINGS, theme: 'dark' as const, fontSize: 20, autoOpen: true, neverRunOn: ['example.com'] };
    await settingsItem.setValue(mine);
    expect(await readSettings()).toEqual(mine);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(mine);
  });

  it('is at schema version 1: parseSettings is the whole migration until a field changes meaning', () => {
    // When one does, bump SETTINGS_VERSION and add a WXT `migrations` entry in utils/settings.ts with a case here.
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('are synced while keys are local only', async () => {
    await secretsItem.setValue({ deepl: { key: 'secret' } });
    expect(await fakeBrowser.storage.sync.get(null)).not.toHaveProperty('engineSecrets');
    expect((await fakeBrowser.storage.local.get('engineSecrets')).engineSecrets).toEqual({ deepl: { key: 'secret' } });
    expect(await readEngineSecrets()).toEqual({ deepl: { key: 'secret' } });
  });
});
