/**
 * Every engine's id, in the options menu's order: the one list an engine is added to, next to its
 * file in lib/translate/engines/ and its entry in lib/translate/registry.ts (tsc fails until the
 * two agree: a definition for every id, no definition without one).
 *
 * Why the ids are not read off the definitions: lib/settings.ts validates a stored engine id with
 * this list, and the every-page detector imports lib/settings.ts; the definitions bring every
 * engine's code along, which would blow the detector's size budget (scripts/bench: ≤ 15 KB).
 */
export const ENGINE_IDS = [
  'chrome-builtin',
  'bergamot',
  'deepl',
  'google',
  'papago',
  'microsoft',
  'libretranslate',
  'openai',
  'google-web',
  'microsoft-edge',
] as const;

export type EngineId = (typeof ENGINE_IDS)[number];

export const isEngineId = (value: unknown): value is EngineId => (ENGINE_IDS as readonly unknown[]).includes(value);
