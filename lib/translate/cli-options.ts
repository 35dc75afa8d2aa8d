/**
 * Reading the CLI's translation flags into an EngineConfig (scripts/reader-cli.ts wires it in):
 *   --translate <deepl|google|papago|microsoft|libretranslate|openai>
 *   [--endpoint <base url>] [--key <key>] [--model <m>] [--region <r>]
 * Flags also work as --flag=value. Papago needs two credentials: --key <client id>:<client secret>.
 * Without --key the key is read from HANYEONG_TRANSLATE_KEY in `env`, so it need not sit in shell history.
 * chrome-builtin is not offered: it exists only inside Chrome.
 */
import type { EngineConfig } from './engine';

export const CLI_ENGINES = ['deepl', 'google', 'papago', 'microsoft', 'libretranslate', 'openai'] as const;
export type CliEngine = (typeof CLI_ENGINES)[number];

export const KEY_ENV_VAR = 'HANYEONG_TRANSLATE_KEY';

/** A mistake in the translation flags; the message is one line naming the flag or value at fault. */
export class TranslateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslateOptionsError';
  }
}

const FLAGS = ['--translate', '--endpoint', '--key', '--model', '--region'] as const;
type Flag = (typeof FLAGS)[number];

/**
 * Returns null when argv has no --translate (the CLI then uses the page's own English only).
 * Other arguments are left alone for the CLI's own parser. Throws TranslateOptionsError.
 */
export function parseTranslateOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): EngineConfig | null {
  const values = readFlags(argv);
  const engine = values.get('--translate');
  if (engine === undefined) {
    const stray = FLAGS.find((flag) => flag !== '--translate' && values.has(flag));
    if (stray) throw new TranslateOptionsError(`${stray} needs --translate <engine>`);
    return null;
  }
  if (!(CLI_ENGINES as readonly string[]).includes(engine)) {
    throw new TranslateOptionsError(`unknown engine "${engine}" for --translate; use one of: ${CLI_ENGINES.join(', ')}`);
  }
  const endpoint = values.get('--endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/i.test(endpoint)) {
    throw new TranslateOptionsError(`--endpoint "${endpoint}" is not an http(s) URL`);
  }
  const key = values.get('--key') ?? (env[KEY_ENV_VAR] || undefined);
  const model = values.get('--model');
  const region = values.get('--region');
  if (model !== undefined && engine !== 'openai') throw new TranslateOptionsError(`--model applies to openai only, not ${engine}`);
  if (region !== undefined && engine !== 'microsoft') throw new TranslateOptionsError(`--region applies to microsoft only, not ${engine}`);
  const needKey = () => {
    if (!key) throw new TranslateOptionsError(`--translate ${engine} needs --key <key> (or ${KEY_ENV_VAR})`);
    return key;
  };
  const withEndpoint = endpoint !== undefined ? { endpoint } : {};

  switch (engine as CliEngine) {
    case 'deepl':
      return { engine: 'deepl', key: needKey(), ...withEndpoint };
    case 'google':
      return { engine: 'google', key: needKey(), ...withEndpoint };
    case 'papago': {
      const pair = needKey();
      const colon = pair.indexOf(':');
      if (colon <= 0 || colon === pair.length - 1) {
        throw new TranslateOptionsError('--translate papago needs --key <client id>:<client secret>');
      }
      return { engine: 'papago', keyId: pair.slice(0, colon), key: pair.slice(colon + 1), ...withEndpoint };
    }
    case 'microsoft':
      return { engine: 'microsoft', key: needKey(), ...(region ? { region } : {}), ...withEndpoint };
    case 'libretranslate':
      return { engine: 'libretranslate', ...(key ? { key } : {}), ...withEndpoint };
    case 'openai':
      return { engine: 'openai', key: needKey(), ...(model ? { model } : {}), ...withEndpoint };
  }
}

function readFlags(argv: readonly string[]): Map<Flag, string> {
  const values = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as Flag;
    if (!FLAGS.includes(name)) continue;
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new TranslateOptionsError(`${name} needs a value`);
      i++;
    }
    if (value === '') throw new TranslateOptionsError(`${name} needs a value`);
    values.set(name, value);
  }
  return values;
}
