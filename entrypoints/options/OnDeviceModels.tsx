/**
 * The options page's "On-device models" section: Mozilla's models this browser has downloaded
 * (direction, size, date) with a Remove button each. It asks the background (`models:list`,
 * `models:remove`, messages only extension pages may send), which reads the extension origin's
 * IndexedDB where the engine's host stored them.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { InstalledModel } from '../../lib/translate/bergamot';
import type { ModelPairName } from '../../lib/protocol';
import { askBackground } from '../../utils/background';

export interface ModelsApi {
  list(): Promise<InstalledModel[]>;
  remove(pair: ModelPairName): Promise<void>;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export function OnDeviceModels({ api }: { api: ModelsApi }) {
  const [models, setModels] = useState<InstalledModel[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () =>
    api.list().then(
      (list) => setModels([...list].sort((a, b) => a.pair.localeCompare(b.pair))),
      () => setStatus(i18n.t('optionsModelsFailed')),
    );
  useEffect(() => void refresh(), []);
  const remove = async (pair: ModelPairName) => {
    try {
      await api.remove(pair);
      setStatus(i18n.t('optionsModelsRemoved'));
    } catch {
      setStatus(i18n.t('optionsModelsFailed'));
    }
    await refresh();
  };
  return (
    <section aria-labelledby="models-heading" data-section="on-device-models">
      <h2 id="models-heading">{i18n.t('optionsModelsHeading')}</h2>
      <p>{i18n.t('optionsModelsHint')}</p>
      {models && models.length === 0 && <p data-models-empty>{i18n.t('optionsModelsNone')}</p>}
      {models && models.length > 0 && (
        <ul>
          {models.map((model) => {
            const direction = model.pair === 'ko-en' ? i18n.t('optionsModelsKoEn') : i18n.t('optionsModelsEnKo');
            return (
              <li key={model.pair} data-model={model.pair}>
                <strong>{direction}</strong>{' '}
                <span>{i18n.t('optionsModelsDetails', [megabytes(model.bytes), new Date(model.installedAt).toLocaleDateString(browser.i18n.getUILanguage())])}</span>{' '}
                {/* Two "Remove" buttons read the same to a screen reader: the label names the direction. */}
                <button type="button" aria-label={`${i18n.t('optionsModelsRemove')}: ${direction}`} onClick={() => void remove(model.pair as ModelPairName)}>
                  {i18n.t('optionsModelsRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}

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
  render(<OnDeviceModels api={api} />, element);
}
