/**
 * The user's translation keys as data: what is secret in an engine's config, how a stored value is
 * read back, and how the key is put back into the synced config when an engine is built. Where they
 * are stored is utils/secrets.ts (extension storage, `local:` only, never synced).
 */
import { ENGINE_IDS, engineDefinition, type EngineConfig, type EngineId } from './translate';

/** What is secret in an engine's config: its key and, for Papago, its client id. */
export interface EngineSecret {
  key?: string;
  keyId?: string;
}

export type EngineSecrets = Partial<Record<EngineId, EngineSecret>>;

/** Anything read back from storage → only string key/keyId fields per engine id. */
export function parseEngineSecrets(value: unknown): EngineSecrets {
  const secrets: EngineSecrets = {};
  if (typeof value !== 'object' || value === null) return secrets;
  for (const [id, secret] of Object.entries(value as Record<string, unknown>)) {
    if (!ENGINE_IDS.includes(id as EngineId) || typeof secret !== 'object' || secret === null) continue;
    const { key, keyId } = secret as Record<string, unknown>;
    const kept: EngineSecret = {};
    if (typeof key === 'string' && key) kept.key = key;
    if (typeof keyId === 'string' && keyId) kept.keyId = keyId;
    secrets[id as EngineId] = kept;
  }
  return secrets;
}

/** The engine config with its key from local storage (the synced copy carries none); only the secrets the engine has (its definition's fields). */
export function withEngineSecrets(config: EngineConfig, secrets: EngineSecrets): EngineConfig {
  const secret = secrets[config.engine];
  if (!secret) return config;
  const fields = engineDefinition(config.engine).fields;
  const kept = Object.fromEntries(Object.entries(secret).filter(([field]) => (fields as readonly string[]).includes(field)));
  return { ...config, ...kept } as EngineConfig;
}
