/**
 * Mozilla's Bergamot, on device: the registry's entry. The engine itself is lib/translate/bergamot/
 * (model list, download, store, the engine over a backend); its backend is a Worker in the
 * extension's origin (utils/bergamot-host.ts) or worker_threads in Node (scripts/bergamot-node.ts),
 * injected as `deps.bergamot`: nothing here reaches for either.
 */
import { TranslationError, type EngineDefinition } from '../engine';
import { BERGAMOT_LABEL, createBergamotEngine, type BergamotBackend } from '../bergamot/engine';

export interface BergamotEngineConfig {
  engine: 'bergamot';
  /** The command line's --model-dir: a folder with Mozilla's model files for the direction. */
  modelDir?: string;
}

/** A backend that is not there: every request fails as 'unavailable' (built with no deps, e.g. in a test). */
const missingBackend: BergamotBackend = {
  translate: async () => {
    throw new TranslationError({ engine: 'bergamot', kind: 'unavailable', detail: 'the on-device engine is not loaded here' });
  },
};

export const bergamot: EngineDefinition<BergamotEngineConfig, { bergamot?: BergamotBackend }> = {
  id: 'bergamot',
  label: BERGAMOT_LABEL,
  kind: 'on-device',
  fields: [],
  needsKey: () => false,
  // Translating sends nothing anywhere; the one-time model download (from the panel's click) goes to
  // Mozilla's model host with the extension's own host access.
  origins: () => [],
  cli: {
    flags: ['--model-dir'],
    config: ({ flag, fail }) => ({ engine: 'bergamot', modelDir: flag('--model-dir') ?? fail('bergamot needs --model-dir DIR (a folder with the model, lex and vocab files)') }),
  },
  create: (config, deps) => createBergamotEngine({ engine: 'bergamot' }, { backend: deps.bergamot ?? missingBackend }),
};
