/** The options form's rules, without rendering: keys stay out of synced settings; bad site lines are named. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../lib/settings';
import { ENGINE_IDS } from '../lib/translate';
import { ENGINE_FIELDS, engineConfigFor, engineFieldValue, isNetworkEngine, parseNeverRunOn, setEngineField } from '../components/options/options-model';
import { originsForEngine } from '../utils/engine-permissions';
import { parseEngineSecrets, withEngineSecrets } from '../lib/engine-secrets';

describe('engine fields', () => {
  it('has a field list for every engine the registry knows', () => {
    // 'bergamot' (Mozilla's on-device engine) has no fields and is not offered in the engine menu: it is the fallback of 'auto'.
    expect(Object.keys(ENGINE_FIELDS).sort()).toEqual([...ENGINE_IDS].sort());
  });

  it('shows the keyless web engines only an endpoint (for a proxy or a loopback test server), and no key', () => {
    expect(ENGINE_FIELDS['google-web']).toEqual(['endpoint']);
    expect(ENGINE_FIELDS['microsoft-edge']).toEqual(['endpoint']);
    const { settings, secrets } = setEngineField(DEFAULT_SETTINGS, {}, 'google-web', 'endpoint', ' http://127.0.0.1:8123 ');
    expect(settings.engines['google-web']).toEqual({ engine: 'google-web', endpoint: 'http://127.0.0.1:8123' });
    expect(secrets).toEqual({});
    expect(isNetworkEngine('google-web')).toBe(true);
    expect(isNetworkEngine('chrome-builtin')).toBe(false);
  });

  it('puts a typed key in the local store only; the synced config keeps an empty key', () => {
    const { settings, secrets } = setEngineField(DEFAULT_SETTINGS, {}, 'deepl', 'key', '  abc:fx ');
    expect(secrets.deepl).toEqual({ key: 'abc:fx' });
    expect(settings.engines.deepl).toEqual({ engine: 'deepl', key: '' });
    expect(JSON.stringify(settings)).not.toContain('abc:fx');
    // What is synced survives validation, so the engine stays configured after a reload.
    expect(parseSettings(JSON.parse(JSON.stringify(settings))).engines.deepl).toEqual({ engine: 'deepl', key: '' });
  });

  it('keeps Papago client id and key secret, endpoint and model synced', () => {
    let state = setEngineField(DEFAULT_SETTINGS, {}, 'papago', 'keyId', 'id-1');
    state = setEngineField(state.settings, state.secrets, 'papago', 'key', 'secret-1');
    state = setEngineField(state.settings, state.secrets, 'papago', 'endpoint', 'https://proxy.example.com');
    expect(state.secrets.papago).toEqual({ keyId: 'id-1', key: 'secret-1' });
    expect(state.settings.engines.papago).toEqual({ engine: 'papago', keyId: '', key: '', endpoint: 'https://proxy.example.com' });
    expect(engineFieldValue('papago', 'keyId', state.settings, state.secrets)).toBe('id-1');
    expect(engineFieldValue('papago', 'endpoint', state.settings, state.secrets)).toBe('https://proxy.example.com');
    expect(withEngineSecrets(state.settings.engines.papago!, state.secrets)).toEqual({
      engine: 'papago',
      keyId: 'id-1',
      key: 'secret-1',
      endpoint: 'https://proxy.example.com',
    });
  });

  it('removes a field cleared in the form instead of saving an empty string', () => {
    let state = setEngineField(DEFAULT_SETTINGS, {}, 'openai', 'model', 'gpt-4o-mini');
    state = setEngineField(state.settings, state.secrets, 'openai', 'model', ' ');
    expect(state.settings.engines.openai).toEqual({ engine: 'openai', key: '' });
  });

  it('gives an engine only the secrets it has: a key stored for a keyless engine is not sent with it', () => {
    expect(withEngineSecrets({ engine: 'google-web' }, { 'google-web': { key: 'stray' } })).toEqual({ engine: 'google-web' });
    expect(withEngineSecrets({ engine: 'deepl', key: '' }, { deepl: { key: 'k', keyId: 'stray' } })).toEqual({ engine: 'deepl', key: 'k' });
    expect(withEngineSecrets({ engine: 'chrome-builtin' }, { 'chrome-builtin': { key: 'x' } })).toEqual({ engine: 'chrome-builtin' });
  });

  it('reads back only string keys of known engines from local storage', () => {
    expect(parseEngineSecrets({ deepl: { key: 'k', extra: 1 }, nope: { key: 'x' }, google: 'k', microsoft: { key: 42 } })).toEqual({ deepl: { key: 'k' }, microsoft: {} });
    expect(parseEngineSecrets(null)).toEqual({});
  });
});

describe('never-run list as typed', () => {
  it('keeps hosts, drops duplicates, names what is not a site', () => {
    expect(parseNeverRunOn('www.chosun.com\nhttps://news.naver.com/main\n\nchosun.com\nnot a site\nlocalhost')).toEqual({
      hosts: ['chosun.com', 'news.naver.com'],
      rejected: ['not a site', 'localhost'],
    });
  });
});

describe('engine host access', () => {
  it('is asked for the host the engine will call, which a DeepL free key decides', () => {
    let state = setEngineField(DEFAULT_SETTINGS, {}, 'deepl', 'key', 'abc:fx');
    expect(originsForEngine(engineConfigFor('deepl', state.settings, state.secrets))).toEqual(['https://api-free.deepl.com/*']);
    state = setEngineField(state.settings, state.secrets, 'deepl', 'key', 'abc');
    expect(originsForEngine(engineConfigFor('deepl', state.settings, state.secrets))).toEqual(['https://api.deepl.com/*']);
  });

  it('follows an endpoint typed for a self-hosted LibreTranslate', () => {
    const state = setEngineField(DEFAULT_SETTINGS, {}, 'libretranslate', 'endpoint', 'http://lt.example.org:5000');
    expect(originsForEngine(engineConfigFor('libretranslate', state.settings, state.secrets))).toEqual(['http://lt.example.org/*']);
  });

  it('is asked for both Microsoft hosts of the Edge engine, or the one endpoint that replaces them', () => {
    expect(originsForEngine(engineConfigFor('microsoft-edge', DEFAULT_SETTINGS, {}))).toEqual([
      'https://edge.microsoft.com/*',
      'https://api-edge.cognitive.microsofttranslator.com/*',
    ]);
    const state = setEngineField(DEFAULT_SETTINGS, {}, 'microsoft-edge', 'endpoint', 'http://127.0.0.1:9001');
    expect(originsForEngine(engineConfigFor('microsoft-edge', state.settings, state.secrets))).toEqual(['http://127.0.0.1/*']);
    expect(originsForEngine(engineConfigFor('google-web', DEFAULT_SETTINGS, {}))).toEqual(['https://translate.googleapis.com/*']);
    expect(originsForEngine({ engine: 'chrome-builtin' })).toEqual([]);
  });

  it('has a config for an engine chosen before any field was typed', () => {
    expect(engineConfigFor('google', DEFAULT_SETTINGS, {})).toEqual({ engine: 'google' });
  });
});
