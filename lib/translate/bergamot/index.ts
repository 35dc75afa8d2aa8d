/**
 * On-device translation with Mozilla's Bergamot: the model list, the download into a ModelStore,
 * and the engine over an injected backend. Pure: no extension API, no Node API (the Node backend
 * is lib/translate/bergamot/node.ts, imported only by scripts).
 */
export { BergamotError, type BergamotErrorKind } from './errors';
export {
  MOZILLA_MODELS_URL,
  parseModelRegistry,
  pickModel,
  pairOf,
  downloadSource,
  hostOf,
  type ModelFileRecord,
  type ModelFileRole,
  type ModelPair,
  type ModelRecord,
  type ModelRegistry,
} from './registry';
export { createMemoryModelStore, createIdbModelStore, fileKey, type InstalledModel, type ModelStore, type StoredModelFile } from './store';
export { downloadModel, measureModel, loadInstalledFiles, sha256Hex, gunzipIfNeeded, type DownloadOptions, type DownloadProgress, type DownloadDeps } from './download';
export { createBergamotEngine, BERGAMOT_LABEL, type BergamotBackend, type BergamotConfig } from './engine';
export { createModelManager, ESTIMATED_DOWNLOAD_BYTES, workerBuffers, type ModelManager, type Availability, type ModelManagerOptions, type WorkerBuffers } from './manager';
export { createBergamotHost, type BergamotHost, type BergamotHostDeps, type WorkerLike } from './host';
