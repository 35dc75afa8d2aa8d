/**
 * The CLI's translation flags (scripts/reader-cli-options.ts).
 */
import { describe, expect, it } from 'vitest';
import { CLI_ENGINES, parseTranslateOptions, TRANSLATE_FLAGS } from '../scripts/reader-cli-options';
import { ENGINES } from '../lib/translate/index';

describe('parseTranslateOptions', () => {
  it('returns null when --translate is absent, ignoring the CLI’s other arguments', () => {
    expect(parseTranslateOptions(['page.html', '--json'])).toBeNull();
  });

  it('builds each engine’s config from the flags', () => {
    expect(parseTranslateOptions(['page.html', '--translate', 'deepl', '--key', 'abc:fx'])).toEqual({ engine: 'deepl', key: 'abc:fx' });
    expect(parseTranslateOptions(['--translate=google', '--key=g'])).toEqual({ engine: 'google', key: 'g' });
    expect(parseTranslateOptions(['--translate', 'papago', '--key', 'clientId:client:secret'])).toEqual({
      engine: 'papago',
      keyId: 'clientId',
      key: 'client:secret',
    });
    expect(parseTranslateOptions(['--translate', 'microsoft', '--key', 'm', '--region', 'koreacentral'])).toEqual({
      engine: 'microsoft',
      key: 'm',
      region: 'koreacentral',
    });
    expect(parseTranslateOptions(['--translate', 'libretranslate', '--endpoint', 'http://127.0.0.1:5000'])).toEqual({
      engine: 'libretranslate',
      endpoint: 'http://127.0.0.1:5000',
    });
    expect(parseTranslateOptions(['--translate', 'openai', '--key', 'sk', '--model', 'gpt-4o', '--endpoint', 'http://127.0.0.1:11434/v1'])).toEqual({
      engine: 'openai',
      key: 'sk',
      model: 'gpt-4o',
      endpoint: 'http://127.0.0.1:11434/v1',
    });
  });

  it('builds the keyless engines with no key, and an endpoint when given', () => {
    expect(parseTranslateOptions(['--translate', 'google-web'])).toEqual({ engine: 'google-web' });
    // A key in the environment, meant for another engine, is not given to a keyless one.
    expect(parseTranslateOptions(['--translate', 'google-web'], { HANYEONG_TRANSLATE_KEY: 'for-deepl' })).toEqual({ engine: 'google-web' });
    expect(parseTranslateOptions(['--translate', 'microsoft-edge', '--endpoint', 'http://127.0.0.1:9'])).toEqual({ engine: 'microsoft-edge', endpoint: 'http://127.0.0.1:9' });
  });

  it('offers exactly the registry’s engines that have a command-line part, and reads each one’s own flags', () => {
    expect(CLI_ENGINES).toEqual(ENGINES.filter((d) => d.cli).map((d) => d.id));
    expect(CLI_ENGINES).not.toContain('chrome-builtin');
    expect([...TRANSLATE_FLAGS].sort()).toEqual(['--endpoint', '--key', '--model', '--model-dir', '--region', '--translate']);
  });

  it('takes the key from HANYEONG_TRANSLATE_KEY when --key is absent', () => {
    expect(parseTranslateOptions(['--translate', 'deepl'], { HANYEONG_TRANSLATE_KEY: 'from-env' })).toEqual({ engine: 'deepl', key: 'from-env' });
  });

  it.each([
    [['--translate', 'bing'], 'unknown engine "bing" for --translate; use one of: bergamot, deepl, google, papago, microsoft, libretranslate, openai, google-web, microsoft-edge'],
    [['--translate', 'chrome-builtin'], 'unknown engine "chrome-builtin"'],
    [['--translate', 'deepl'], '--translate deepl needs --key <key> (or HANYEONG_TRANSLATE_KEY)'],
    [['--translate', 'papago', '--key', 'nocolon'], '--translate papago needs --key <client id>:<client secret>'],
    [['--translate'], '--translate needs a value'],
    [['--translate', 'deepl', '--key', '--model', 'x'], '--key needs a value'],
    [['--translate', 'deepl', '--key', 'k', '--model', 'x'], '--model applies to openai only, not deepl'],
    [['--translate', 'google', '--key', 'k', '--region', 'x'], '--region applies to microsoft only, not google'],
    [['--translate', 'deepl', '--key', 'k', '--endpoint', 'api.deepl.com'], '--endpoint "api.deepl.com" is not an http(s) URL'],
    [['--key', 'k'], '--key needs --translate <engine>'],
    [['--translate', 'google-web', '--key', 'k'], '--key does not apply to google-web: it takes no key'],
  ])('rejects %j with a one-line message', (argv, message) => {
    expect(() => parseTranslateOptions(argv)).toThrow(message);
    try {
      parseTranslateOptions(argv);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
