/**
 * What the options form edits, as plain functions over Settings and the local key store, so the
 * rules (a key is never written to synced settings; a bad site line is reported, not saved) are
 * tested without rendering (tests/options-model.test.ts).
 */
import { normaliseHost, type Settings } from '../../lib/settings';
import { ENGINES, SECRET_FIELDS, engineDefinition, type EngineConfig, type EngineField, type EngineId } from '../../lib/translate';
import { withEngineSecrets, type EngineSecret, type EngineSecrets } from '../../lib/engine-secrets';


/** The fields each engine's form shows, in order: its definition's `fields` (lib/translate/engines/). */
export const ENGINE_FIELDS = Object.fromEntries(ENGINES.map((definition) => [definition.id, definition.fields])) as Readonly<Record<EngineId, readonly EngineField[]>>;

/** Engines that send the article's paragraphs over the network (and so need host access). */
export const isNetworkEngine = (id: EngineId): boolean => engineDefinition(id).kind !== 'on-device';

/** The form's text for one engine field: keys from the local store, the rest from settings. */
export function engineFieldValue(id: EngineId, field: EngineField, settings: Settings, secrets: EngineSecrets): string {
  const source = SECRET_FIELDS.includes(field) ? secrets[id] : settings.engines[id];
  const value = (source as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : '';
}

/**
 * One field typed in → the new settings and key store. The synced config keeps an empty key (the
 * EngineConfig shape requires one) so a key typed here exists only in local storage.
 */
export function setEngineField(
  settings: Settings,
  secrets: EngineSecrets,
  id: EngineId,
  field: EngineField,
  text: string,
): { settings: Settings; secrets: EngineSecrets } {
  const value = text.trim();
  if (SECRET_FIELDS.includes(field)) {
    const secret: EngineSecret = { ...secrets[id], [field]: value };
    if (!value) delete secret[field as keyof EngineSecret];
    return { settings: withSyncedConfig(settings, id, {}), secrets: { ...secrets, [id]: secret } };
  }
  return { settings: withSyncedConfig(settings, id, { [field]: value || undefined }), secrets };
}

function withSyncedConfig(settings: Settings, id: EngineId, change: Record<string, string | undefined>): Settings {
  const config: Record<string, unknown> = { ...settings.engines[id], ...change, engine: id };
  // Each secret the engine has is synced as '' (the config types require keys); the value is local only.
  for (const field of SECRET_FIELDS) if (field in config || ENGINE_FIELDS[id].includes(field)) config[field] = '';
  for (const [name, value] of Object.entries(config)) if (value === undefined) delete config[name];
  return { ...settings, engines: { ...settings.engines, [id]: config as unknown as EngineConfig } };
}

/**
 * The config an engine will really be called with (synced fields plus the local key): what host
 * access is asked for, since the host can depend on the key (a DeepL ":fx" key goes to api-free).
 */
export function engineConfigFor(id: EngineId, settings: Settings, secrets: EngineSecrets): EngineConfig {
  return withEngineSecrets(settings.engines[id] ?? ({ engine: id } as EngineConfig), secrets);
}

/** The never-run list as typed (one site per line) → the hosts kept and the lines that are not sites. */
export function parseNeverRunOn(text: string): { hosts: string[]; rejected: string[] } {
  const hosts: string[] = [];
  const rejected: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const host = normaliseHost(line);
    if (host === null) rejected.push(line);
    else if (!hosts.includes(host)) hosts.push(host);
  }
  return { hosts, rejected };
}
