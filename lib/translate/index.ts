/**
 * The engine registry: one place that knows every engine id and how to build it from an EngineConfig.
 */
import type { EngineConfig, EngineDeps, EngineId, TranslationEngine } from './engine';
import { type ChromeBuiltinOptions, createChromeBuiltinEngine } from './chrome-builtin';
import { createDeepLEngine } from './deepl';
import { createGoogleEngine } from './google';
import { createLibreTranslateEngine } from './libretranslate';
import { createMicrosoftEngine } from './microsoft';
import { createOpenAiEngine } from './openai';
import { createPapagoEngine } from './papago';
import { BERGAMOT_LABEL } from './bergamot/engine';

export * from './engine';
export { translateParagraphs, type TranslateParagraphsOptions, type TranslationSummary, type RetryPolicy } from './run';
export { createIdbCache, createMemoryCache, translationCacheKey, type TranslationCache } from './cache';
export { translationDirection, type TranslationDirection } from './direction';
export { createChromeBuiltinEngine, translatorApiOf } from './chrome-builtin';
export type { ChromeBuiltinEngine, TranslatorApiLike, TranslatorAvailability, DownloadProgress } from './chrome-builtin';

export const ENGINE_IDS: readonly EngineId[] = [
  'chrome-builtin',
  'deepl',
  'google',
  'papago',
  'microsoft',
  'libretranslate',
  'openai',
];

export const ENGINE_LABELS: Readonly<Record<EngineId, string>> = {
  'chrome-builtin': 'Chrome on-device',
  deepl: 'DeepL',
  google: 'Google Cloud Translation',
  papago: 'Papago',
  microsoft: 'Microsoft Translator',
  libretranslate: 'LibreTranslate',
  openai: 'OpenAI-compatible',
  bergamot: BERGAMOT_LABEL,
};

export interface CreateEngineDeps extends EngineDeps, Partial<ChromeBuiltinOptions> {}

/** Builds the engine a config names. chrome-builtin takes its `translatorApi` from deps (the global is never read here). */
export function createEngine(config: EngineConfig, deps: CreateEngineDeps = {}): TranslationEngine {
  switch (config.engine) {
    case 'chrome-builtin':
      return createChromeBuiltinEngine({ translatorApi: deps.translatorApi, onDownloadProgress: deps.onDownloadProgress });
    case 'deepl':
      return createDeepLEngine(config, deps);
    case 'google':
      return createGoogleEngine(config, deps);
    case 'papago':
      return createPapagoEngine(config, deps);
    case 'microsoft':
      return createMicrosoftEngine(config, deps);
    case 'libretranslate':
      return createLibreTranslateEngine(config, deps);
    case 'openai':
      return createOpenAiEngine(config, deps);
    case 'bergamot':
      // The on-device engine needs its worker: utils/bergamot-host.ts builds it with createBergamotEngine.
      throw new Error('bergamot: build it with createBergamotEngine and a backend');
  }
}
