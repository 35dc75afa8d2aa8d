/**
 * Which engine translates an article, from the reader's setting and what this browser can do here.
 * Pure: the availabilities are asked by the session (entrypoints/reader/translation-session.ts)
 * and passed in, so every rule below is tested without a browser (tests/translation-engine-choice.test.ts).
 *
 * 'auto' (the default) means on device: Chrome's own Translator where the browser has one that can
 * translate the pair (Chrome 138+ desktop, secure pages), otherwise Mozilla's model (Bergamot), run by
 * the extension's background. Firefox gives extensions no translation API, and Chromium on an http://
 * page has no Translator either (it needs a secure context), so both come to Mozilla's model.
 */
import { ENGINES, type EngineId, type TranslatorAvailability } from '../../lib/translate';

/** Every engine the panel can name: the registry's (lib/translate/registry.ts). */
export type PanelEngine = EngineId;

/** The setting: an engine, 'auto' (on device), or null (the reader chose none). */
export type EngineSetting = PanelEngine | 'auto' | null;

/** The two on-device engines, in the order 'auto' tries them. */
export type OnDeviceEngine = 'chrome-builtin' | 'bergamot';
export const ON_DEVICE_ENGINES: readonly OnDeviceEngine[] = ['chrome-builtin', 'bergamot'];

/** Keyless web engines: unofficial endpoints that may stop working, so a failure offers the other one. */
export const KEYLESS_ENGINES: readonly PanelEngine[] = ENGINES.filter((definition) => definition.kind === 'keyless-web').map((definition) => definition.id);

/** What each on-device engine says about the article's language pair here. */
export type OnDeviceCapabilities = Record<OnDeviceEngine, TranslatorAvailability>;

const usable = (availability: TranslatorAvailability) => availability !== 'unavailable';

export const isOnDevice = (engine: PanelEngine | null): engine is OnDeviceEngine => engine === 'chrome-builtin' || engine === 'bergamot';

/** Why no engine can translate: the panel says it before what the browser can do instead. */
export type NoEngineReason =
  /** The reader chose no engine in the options. */
  | 'none-chosen'
  /** The chosen engine does not run in this browser (Chrome's Translator in Firefox, on an http page). */
  | 'not-here'
  /** 'auto', and neither on-device engine can translate the pair here. */
  | 'nothing-on-device';

export type EngineResolution = { engine: PanelEngine } | { engine: null; reason: NoEngineReason };

/** Whether the setting needs the on-device availabilities to be resolved (network engines do not). */
export function needsCapabilities(setting: EngineSetting): boolean {
  return setting === null || setting === 'auto' || isOnDevice(setting);
}

export function resolveEngine(setting: EngineSetting, capabilities: OnDeviceCapabilities): EngineResolution {
  if (setting === null) return { engine: null, reason: 'none-chosen' };
  if (setting === 'auto') {
    const engine = ON_DEVICE_ENGINES.find((candidate) => usable(capabilities[candidate]));
    return engine ? { engine } : { engine: null, reason: 'nothing-on-device' };
  }
  if (isOnDevice(setting)) return usable(capabilities[setting]) ? { engine: setting } : { engine: null, reason: 'not-here' };
  // A network engine: whether it answers is known only once it is asked (the background says so).
  return { engine: setting };
}

/** The on-device engines that can run here, best first: what the panel offers when no engine is usable. */
export function onDeviceOffer(capabilities: OnDeviceCapabilities): OnDeviceEngine[] {
  return ON_DEVICE_ENGINES.filter((engine) => usable(capabilities[engine]));
}

/**
 * What to offer when `failed` stopped answering for this article: for a keyless engine, the other
 * keyless engine, then the on-device engines that can run here; for other engines nothing (their
 * failures are a key, a quota or a server the reader fixes in the options).
 */
export function fallbackEngines(failed: PanelEngine, capabilities: OnDeviceCapabilities): PanelEngine[] {
  if (!KEYLESS_ENGINES.includes(failed)) return [];
  return [...KEYLESS_ENGINES.filter((engine) => engine !== failed), ...onDeviceOffer(capabilities)];
}
