/**
 * The engine registry: every engine's definition (lib/translate/engines/<id>.ts), in one list, and
 * everything derived from it — the ids' config and deps types, English labels, the locale keys of
 * their UI names, createEngine. The command line (scripts/reader-cli-options.ts), the options page, host
 * permissions (utils/engine-permissions.ts) and the background's key check read the same list.
 *
 * Adding an engine: its file in engines/, its id in engine-ids.ts, its definition below, and its
 * name in both locales (`engineLabelKey(id)`; keyless web engines also `engineNoticeKey(id)`).
 * tests/translate-registry.test.ts checks the locales and that every engine that talks to a service
 * has wire-format tests (testing/wire-cases.ts).
 */
import type { EngineDefinition, EngineDeps, TranslationEngine } from './engine';
import { ENGINE_IDS, type EngineId } from './engine-ids';
import { bergamot } from './engines/bergamot';
import { chromeBuiltin } from './engines/chrome-builtin';
import { deepl } from './engines/deepl';
import { google } from './engines/google';
import { googleWeb } from './engines/google-web';
import { libretranslate } from './engines/libretranslate';
import { microsoft } from './engines/microsoft';
import { microsoftEdge } from './engines/microsoft-edge';
import { openai } from './engines/openai';
import { papago } from './engines/papago';

/** A definition of any config and deps; each entry below keeps its own types. */
type AnyDefinition = EngineDefinition<any, any>;

/** One definition per id of ENGINE_IDS, under its own id (tsc checks both). */
const DEFINITIONS = {
  'chrome-builtin': chromeBuiltin,
  bergamot,
  deepl,
  google,
  papago,
  microsoft,
  libretranslate,
  openai,
  'google-web': googleWeb,
  'microsoft-edge': microsoftEdge,
} satisfies { [K in EngineId]: AnyDefinition & { id: K } };

type Definitions = typeof DEFINITIONS;
type ConfigOf<D> = D extends EngineDefinition<infer C, any> ? C : never;
type DepsOf<D> = D extends EngineDefinition<any, infer X> ? X : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * Per-engine settings. `endpoint` is always the base URL the engine appends its own path to
 * (e.g. DeepL's "/v2/translate"), so every engine can be pointed at a proxy or a loopback test server.
 */
export type EngineConfig = { [K in EngineId]: ConfigOf<Definitions[K]> }[EngineId];
export type ConfigFor<E extends EngineId> = ConfigOf<Definitions[E]>;
export type DefinitionFor<E extends EngineId> = Definitions[E];

/** Everything any engine's create() may need injected: fetch and the clock, Chrome's translatorApi, … */
export type CreateEngineDeps = EngineDeps & Partial<UnionToIntersection<DepsOf<Definitions[EngineId]>>>;

/** Every engine, in menu order. */
export const ENGINES: ReadonlyArray<Definitions[EngineId]> = ENGINE_IDS.map((id) => DEFINITIONS[id]);

export function engineDefinition<E extends EngineId>(id: E): DefinitionFor<E> {
  return DEFINITIONS[id];
}

/**
 * English names of the engine choices (command line, error messages, the panel's header until it
 * resolves the choice): each engine's label, and 'auto' (lib/settings.ts EngineChoice), which is
 * on-device translation by whichever engine this browser has.
 */
export const ENGINE_LABELS = {
  auto: 'On-device',
  ...Object.fromEntries(ENGINES.map((definition) => [definition.id, definition.label])),
} as Readonly<Record<EngineId | 'auto', string>>;

/** "google-web" → "engineGoogleWeb": the locale key of an engine's name in the UI. */
export const engineLabelKey = (id: EngineId): string => `engine${id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
/** The locale key of what the options page says about a keyless web engine (where the text goes, that it is unofficial). */
export const engineNoticeKey = (id: EngineId): string => `${engineLabelKey(id)}Notice`;

/** True when the config lacks a credential the engine refuses every request without. */
export function needsKey(config: EngineConfig): boolean {
  return (engineDefinition(config.engine).needsKey as (config: EngineConfig) => boolean)(config);
}

/** The base URLs the engine's requests go to with this config. */
export function engineOrigins(config: EngineConfig): string[] {
  return (engineDefinition(config.engine).origins as (config: EngineConfig) => string[])(config);
}

/** Builds the engine a config names. On-device engines take their backend from deps (chrome-builtin: `translatorApi`; the global is never read here). */
export function createEngine(config: EngineConfig, deps: CreateEngineDeps = {}): TranslationEngine {
  return (engineDefinition(config.engine).create as (config: EngineConfig, deps: CreateEngineDeps) => TranslationEngine)(config, deps);
}
