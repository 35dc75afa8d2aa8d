/**
 * lib/translate's public face: the engine registry (registry.ts), the runner, caches and direction.
 */
export * from './engine';
export { ENGINE_IDS, isEngineId } from './engine-ids';
export {
  ENGINES,
  ENGINE_LABELS,
  createEngine,
  engineDefinition,
  engineLabelKey,
  engineNoticeKey,
  engineOrigins,
  needsKey,
  type CreateEngineDeps,
  type DefinitionFor,
} from './registry';
export { translateParagraphs, type TranslateParagraphsOptions, type TranslationSummary, type RetryPolicy } from './run';
export { createIdbCache, createMemoryCache, translationCacheKey, type TranslationCache } from './cache';
export { translationDirection, type TranslationDirection } from './direction';
export { createChromeBuiltinEngine, translatorApiOf } from './engines/chrome-builtin';
export type { ChromeBuiltinEngine, TranslatorApiLike, TranslatorAvailability, DownloadProgress } from './engines/chrome-builtin';
