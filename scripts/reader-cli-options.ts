/**
 * Reading the CLI's translation flags into an EngineConfig (scripts/reader-cli.ts wires it in):
 *   --translate <engine> [--endpoint <base url>] [--key <key>] [the engine's own flags]
 * The engines and their own flags (--model for openai, --region for microsoft, …) come from the
 * registry: every definition with a `cli` part (lib/translate/engines/). Flags also work as
 * --flag=value. Without --key the key is read from HANYEONG_TRANSLATE_KEY in `env`, so it need not
 * sit in shell history. chrome-builtin has no `cli` part: it exists only inside Chrome.
 */
import type { CliInput, EngineConfig } from '../lib/translate/engine';
import { ENGINES } from '../lib/translate/registry';

/** The engines --translate accepts, in the registry's order. */
export const CLI_ENGINES: readonly string[] = ENGINES.filter((definition) => definition.cli).map((definition) => definition.id);

export const KEY_ENV_VAR = 'HANYEONG_TRANSLATE_KEY';

/** A mistake in the translation flags; the message is one line naming the flag or value at fault. */
export class TranslateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslateOptionsError';
  }
}

const COMMON_FLAGS = ['--translate', '--endpoint', '--key'];

/** Every flag this parser reads (each takes a value): the CLI removes them before its own positional check. */
export const TRANSLATE_FLAGS: readonly string[] = [...new Set([...COMMON_FLAGS, ...ENGINES.flatMap((definition) => definition.cli?.flags ?? [])])];

/** The engines that take an engine-specific flag, e.g. '--model' → ['openai']. */
const enginesTaking = (flag: string): string[] => ENGINES.filter((definition) => definition.cli?.flags?.includes(flag)).map((definition) => definition.id);

/**
 * Returns null when argv has no --translate (the CLI then uses the page's own English only).
 * Other arguments are left alone for the CLI's own parser. Throws TranslateOptionsError.
 */
export function parseTranslateOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): EngineConfig | null {
  const values = readFlags(argv);
  const engine = values.get('--translate');
  if (engine === undefined) {
    const stray = TRANSLATE_FLAGS.find((flag) => flag !== '--translate' && values.has(flag));
    if (stray) throw new TranslateOptionsError(`${stray} needs --translate <engine>`);
    return null;
  }
  const definition = ENGINES.find((candidate) => candidate.id === engine && candidate.cli);
  if (!definition?.cli) {
    throw new TranslateOptionsError(`unknown engine "${engine}" for --translate; use one of: ${CLI_ENGINES.join(', ')}`);
  }
  const endpoint = values.get('--endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/i.test(endpoint)) {
    throw new TranslateOptionsError(`--endpoint "${endpoint}" is not an http(s) URL`);
  }
  const own = definition.cli.flags ?? [];
  for (const flag of values.keys()) {
    if (COMMON_FLAGS.includes(flag) || own.includes(flag)) continue;
    throw new TranslateOptionsError(`${flag} applies to ${enginesTaking(flag).join(' or ')} only, not ${engine}`);
  }
  // A key typed for an engine that takes none is a mistake worth saying (the environment's may be meant for another).
  if (values.has('--key') && !definition.fields.includes('key')) throw new TranslateOptionsError(`--key does not apply to ${engine}: it takes no key`);
  const key = values.get('--key') ?? (definition.fields.includes('key') ? env[KEY_ENV_VAR] || undefined : undefined);
  const fail = (message: string): never => {
    throw new TranslateOptionsError(message);
  };
  const input: CliInput = {
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(key !== undefined ? { key } : {}),
    flag: (name) => values.get(name),
    needKey: () => key ?? fail(`--translate ${engine} needs --key <key> (or ${KEY_ENV_VAR})`),
    fail,
  };
  return definition.cli.config(input) as EngineConfig;
}

function readFlags(argv: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!TRANSLATE_FLAGS.includes(name)) continue;
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
