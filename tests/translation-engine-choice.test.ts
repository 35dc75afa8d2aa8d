/** Which engine translates (components/translation/engine-choice.ts): the setting against what the browser can do. */
import { describe, expect, it } from 'vitest';
import { fallbackEngines, needsCapabilities, onDeviceOffer, resolveEngine, type OnDeviceCapabilities } from '../components/translation/engine-choice';

const FIREFOX: OnDeviceCapabilities = { 'chrome-builtin': 'unavailable', bergamot: 'downloadable' };
const CHROME: OnDeviceCapabilities = { 'chrome-builtin': 'downloadable', bergamot: 'downloadable' };
const NOTHING: OnDeviceCapabilities = { 'chrome-builtin': 'unavailable', bergamot: 'unavailable' };

describe('engine choice', () => {
  it("'auto' is Chrome's Translator where it can translate the pair (even before its download), else Mozilla's model", () => {
    expect(resolveEngine('auto', CHROME)).toEqual({ engine: 'chrome-builtin' });
    expect(resolveEngine('auto', { ...CHROME, 'chrome-builtin': 'available' })).toEqual({ engine: 'chrome-builtin' });
    expect(resolveEngine('auto', FIREFOX)).toEqual({ engine: 'bergamot' });
    expect(resolveEngine('auto', { 'chrome-builtin': 'unavailable', bergamot: 'available' })).toEqual({ engine: 'bergamot' });
    expect(resolveEngine('auto', NOTHING)).toEqual({ engine: null, reason: 'nothing-on-device' });
  });

  it('an on-device engine chosen where it cannot run, or no engine at all, resolves to none with the reason', () => {
    expect(resolveEngine('chrome-builtin', FIREFOX)).toEqual({ engine: null, reason: 'not-here' });
    expect(resolveEngine('bergamot', FIREFOX)).toEqual({ engine: 'bergamot' });
    expect(resolveEngine(null, CHROME)).toEqual({ engine: null, reason: 'none-chosen' });
  });

  it('a network engine is used as chosen, without asking the browser', () => {
    expect(needsCapabilities('deepl')).toBe(false);
    expect(needsCapabilities('google-web')).toBe(false);
    expect(needsCapabilities('auto')).toBe(true);
    expect(needsCapabilities(null)).toBe(true);
    expect(resolveEngine('libretranslate', NOTHING)).toEqual({ engine: 'libretranslate' });
  });

  it('offers the on-device engines that can run here, best first', () => {
    expect(onDeviceOffer(CHROME)).toEqual(['chrome-builtin', 'bergamot']);
    expect(onDeviceOffer(FIREFOX)).toEqual(['bergamot']);
    expect(onDeviceOffer(NOTHING)).toEqual([]);
  });

  it('after a keyless engine fails, offers the other keyless engine, then what runs on device; nothing after a keyed one', () => {
    expect(fallbackEngines('google-web', FIREFOX)).toEqual(['microsoft-edge', 'bergamot']);
    expect(fallbackEngines('microsoft-edge', CHROME)).toEqual(['google-web', 'chrome-builtin', 'bergamot']);
    expect(fallbackEngines('microsoft-edge', NOTHING)).toEqual(['google-web']);
    expect(fallbackEngines('deepl', FIREFOX)).toEqual([]);
  });
});
