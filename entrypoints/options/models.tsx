/**
 * The "On-device models" section wired to the extension: its strings from the locales, its list
 * and removals through the background (`models:list`, `models:remove`).
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { InstalledModel } from '../../lib/translate/bergamot';
import type { ModelPairName } from '../../lib/protocol';
import { OnDeviceModels, type ModelsStrings } from '../../components/options/OnDeviceModels';
import { askBackground } from '../../utils/background';

/** The background's answer, or its error as a thrown Error. */
function outcome<R extends { ok: true } | { ok: false; error: string }>(reply: R | undefined): Extract<R, { ok: true }> {
  if (!reply) throw new Error('no answer');
  if (!reply.ok) throw new Error((reply as { error: string }).error);
  return reply as Extract<R, { ok: true }>;
}

/** Mounts the section into `element`, talking to the background. */
export function mountOnDeviceModels(element: Element): void {
  const api = {
    list: async (): Promise<InstalledModel[]> => outcome(await askBackground({ type: 'models:list' })).models,
    remove: async (pair: ModelPairName): Promise<void> => void outcome(await askBackground({ type: 'models:remove', pair })),
  };
  const strings: ModelsStrings = {
    heading: i18n.t('optionsModelsHeading'),
    hint: i18n.t('optionsModelsHint'),
    none: i18n.t('optionsModelsNone'),
    koEn: i18n.t('optionsModelsKoEn'),
    enKo: i18n.t('optionsModelsEnKo'),
    details: (megabytes, date) => i18n.t('optionsModelsDetails', [megabytes, date.toLocaleDateString(browser.i18n.getUILanguage())]),
    remove: i18n.t('optionsModelsRemove'),
    removed: i18n.t('optionsModelsRemoved'),
    failed: i18n.t('optionsModelsFailed'),
  };
  render(<OnDeviceModels api={api} strings={strings} />, element);
}
