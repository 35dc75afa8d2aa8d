/**
 * The user's translation keys: a WXT storage item in `local:` storage, so a key never leaves this
 * browser profile through sync (settings in utils/settings.ts are synced). The synced settings keep
 * each engine's endpoint/model/region with an empty key; `withEngineSecrets` puts the key back when
 * an engine is built (lib/engine-secrets.ts).
 */
import { storage } from '@wxt-dev/storage';
import { parseEngineSecrets, type EngineSecrets } from '../lib/engine-secrets';

export const secretsItem = storage.defineItem<EngineSecrets>('local:engineSecrets', {
  fallback: {},
  version: 1,
});

export async function readEngineSecrets(): Promise<EngineSecrets> {
  return parseEngineSecrets(await secretsItem.getValue());
}
