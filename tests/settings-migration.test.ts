/**
 * Settings read back from storage are always valid, whatever is stored: a value from before the
 * schema was versioned (v0), a hand-edited one, or garbage. Runs the real WXT storage item on
 * WXT's fake browser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parsePageSettings, parseSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../lib/settings';
import { ENGINE_IDS } from '../lib/translate';
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

  it('are at schema version 2, whose migration turns v1’s default engine into "auto"', () => {
    // A new version needs a SETTINGS_MIGRATIONS entry (lib/settings.ts) and a case here.
    expect(SETTINGS_VERSION).toBe(2);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual([2]);
    expect(DEFAULT_SETTINGS.engine).toBe('auto');
  });

  it('migrate a v1 "chrome-builtin" (v1’s default, never usable in Firefox) to "auto", keeping the rest', async () => {
    const v1 = { ...DEFAULT_SETTINGS, engine: 'chrome-builtin', theme: 'sepia', fontSize: 20, engines: { deepl: { engine: 'deepl', key: '' } } };
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...v1, engine: 'auto' });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('migrate a value from before versioning (no marker: WXT counts it as v1) the same way', async () => {
    await fakeBrowser.storage.sync.set({ settings: { engine: 'chrome-builtin', autoOpen: true } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, engine: 'auto', autoOpen: true });
  });

  it('keep any other v1 engine choice, and a "chrome-builtin" chosen at v2', async () => {
    await fakeBrowser.storage.sync.set({ settings: { engine: 'libretranslate' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await readSettings()).engine).toBe('libretranslate');

    await fakeBrowser.storage.sync.set({ settings: { engine: null }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await readSettings()).engine).toBeNull();

    await fakeBrowser.storage.sync.set({ settings: { engine: 'chrome-builtin' }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await readSettings()).engine).toBe('chrome-builtin');
  });

  it('read "auto", null and every registry id back as the choice, anything else as the default', () => {
    expect(parseSettings({ engine: 'auto' }).engine).toBe('auto');
    expect(parseSettings({ engine: null }).engine).toBeNull();
    for (const id of ENGINE_IDS) expect(parseSettings({ engine: id }).engine).toBe(id);
    expect(parseSettings({ engine: 'bing' }).engine).toBe('auto');
    expect(parseSettings({ engine: 'AUTO' }).engine).toBe('auto');
  });

  it('are synced while keys are local only', async () => {
    await secretsItem.setValue({ deepl: { key: 'secret' } });
    expect(await fakeBrowser.storage.sync.get(null)).not.toHaveProperty('engineSecrets');
    expect((await fakeBrowser.storage.local.get('engineSecrets')).engineSecrets).toEqual({ deepl: { key: 'secret' } });
    expect(await readEngineSecrets()).toEqual({ deepl: { key: 'secret' } });
  });
});

describe('parsePageSettings (the every-page detector\'s two settings)', () => {
  it('reads autoOpen and neverRunOn exactly as parseSettings does', () => {
    for (const stored of [undefined, null, 'x', {}, { autoOpen: true, neverRunOn: ['Example.COM', 'https://news.example/x', 7, 'example.com'] }, { autoOpen: 'yes', neverRunOn: 'a.com' }]) {
      const whole = parseSettings(stored);
      expect(parsePageSettings(stored)).toEqual({ autoOpen: whole.autoOpen, neverRunOn: whole.neverRunOn });
    }
    expect(parsePageSettings({ autoOpen: true, neverRunOn: ['Example.COM'] })).toEqual({ autoOpen: true, neverRunOn: ['example.com'] });
  });
});
