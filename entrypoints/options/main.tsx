/**
 * The options page (glue): reads the settings and the local key store, renders OptionsForm, and
 * writes every change straight back (no Save button: a setting takes effect on the next page).
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type EngineChoice, type Settings } from '../../lib/settings';
import { ENGINES, engineLabelKey, engineNoticeKey, type EngineId } from '../../lib/translate';
import { readSettings, settingsItem } from '../../utils/settings';
import { readEngineSecrets, secretsItem } from '../../utils/secrets';
import type { EngineSecrets } from '../../lib/engine-secrets';
import { OPTIONS_STRING_KEYS, OptionsForm, type OptionsStrings } from '../../components/options/OptionsForm';
import { requestEngineAccess } from '../../utils/engine-permissions';
import { engineConfigFor, isNetworkEngine } from '../../components/options/options-model';
import { mountOnDeviceModels } from './models';
import { askBackground } from '../../utils/background';

const strings = Object.fromEntries(OPTIONS_STRING_KEYS.map((key) => [key, i18n.t(key)])) as OptionsStrings;

// Keys derived from the registry; tests/translate-registry.test.ts checks both locales have every one.
type MessageKey = Parameters<typeof i18n.t>[0];
const engineMenu = ENGINES.map((definition) => ({
  id: definition.id,
  label: i18n.t(engineLabelKey(definition.id) as MessageKey),
  ...(definition.kind === 'keyless-web' ? { notice: i18n.t(engineNoticeKey(definition.id) as MessageKey) } : {}),
}));

interface PageState {
  settings: Settings;
  secrets: EngineSecrets;
  status: string | null;
  accessDenied: EngineId | null;
}

const root = document.getElementById('app')!;
mountOnDeviceModels(document.getElementById('on-device-models')!);
let state: PageState = { settings: DEFAULT_SETTINGS, secrets: {}, status: null, accessDenied: null };

function show(next: Partial<PageState>): void {
  state = { ...state, ...next };
  render(
    <OptionsForm
      settings={state.settings}
      secrets={state.secrets}
      strings={strings}
      engines={engineMenu}
      rejectedSites={(lines) => i18n.t('optionsNeverRunOnRejected', [lines.join(', ')])}
      status={state.status}
      accessDenied={state.accessDenied}
      firefoxShortcutsHint={import.meta.env.FIREFOX}
      onSettings={(settings) => void save(settings, state.secrets)}
      onSecrets={(secrets, settings) => {
        askEngineAccess(settings, secrets);
        void save(settings, secrets);
      }}
      onEngineChosen={chooseEngine}
      onClearCache={() => void clearCache()}
      onOpenShortcuts={() => void openShortcuts()}
    />,
    root,
  );
}

async function save(settings: Settings, secrets: EngineSecrets): Promise<void> {
  show({ settings, secrets });
  try {
    await Promise.all([settingsItem.setValue(settings), secretsItem.setValue(secrets)]);
    show({ status: i18n.t('optionsSaved') });
  } catch (error) {
    console.error('Hanyeong Reader: saving settings failed', error);
    show({ status: i18n.t('optionsSaveFailed') });
  }
}

function chooseEngine(engine: EngineChoice): void {
  const settings = { ...state.settings, engine };
  show({ accessDenied: null });
  askEngineAccess(settings, state.secrets);
  void save(settings, state.secrets);
}

/**
 * Host access for the chosen network engine, asked for inside the user's own change (browsers grant
 * permission requests only during a user gesture), again when a key or endpoint changes the host.
 */
function askEngineAccess(settings: Settings, secrets: EngineSecrets): void {
  const engine = settings.engine;
  if (!engine || engine === 'auto' || !isNetworkEngine(engine)) return;
  requestEngineAccess(engineConfigFor(engine, settings, secrets)).then(
    (granted) => show({ accessDenied: granted ? null : engine }),
    () => show({ accessDenied: engine }),
  );
}

async function clearCache(): Promise<void> {
  try {
    const reply = await askBackground({ type: 'translate:clear-cache' });
    show({ status: reply?.ok ? i18n.t('optionsCacheCleared') : i18n.t('optionsCacheFailed') });
  } catch {
    show({ status: i18n.t('optionsCacheFailed') });
  }
}

async function openShortcuts(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox 137+ opens its shortcut page for the add-on; otherwise the hint under the button says where it is.
    // Firefox for Android has no commands at all (and no shortcuts to set).
    const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> } | undefined;
    await commands?.openShortcutSettings?.();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = strings.optionsTitle;
show({});
void Promise.all([readSettings(), readEngineSecrets()]).then(([settings, secrets]) => show({ settings, secrets }));
