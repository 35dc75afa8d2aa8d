/**
 * The one storage item for the user's settings (WXT storage: `sync`, so settings follow the user's
 * browser profile; keys are kept in `local` by utils/secrets.ts when that exists, never synced).
 * Readers always get valid Settings: parseSettings repairs whatever is stored.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
