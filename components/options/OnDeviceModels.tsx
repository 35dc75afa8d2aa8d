/**
 * The options page's "On-device models" section: Mozilla's models this browser has downloaded
 * (direction, size, date) with a Remove button each. It asks the background (`models:list`,
 * `models:remove`, messages only extension pages may send), which reads the extension origin's
 * IndexedDB where the engine's host stored them (entrypoints/options/models.tsx wires it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { InstalledModel } from '../../lib/translate/bergamot';
import type { ModelPairName } from '../../lib/protocol';

/** The section's strings (locales, entrypoints/options/models.tsx). */
export interface ModelsStrings {
  heading: string;
  hint: string;
  none: string;
  koEn: string;
  enKo: string;
  /** "12.3 MB, downloaded 2026-12-01". */
  details: (megabytes: string, date: Date) => string;
  remove: string;
  removed: string;
  failed: string;
}

export interface ModelsApi {
  list(): Promise<InstalledModel[]>;
  remove(pair: ModelPairName): Promise<void>;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export function OnDeviceModels({ api, strings }: { api: ModelsApi; strings: ModelsStrings }) {
  const [models, setModels] = useState<InstalledModel[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () =>
    api.list().then(
      (list) => setModels([...list].sort((a, b) => a.pair.localeCompare(b.pair))),
      () => setStatus(strings.failed),
    );
  useEffect(() => void refresh(), []);
  const remove = async (pair: ModelPairName) => {
    try {
      await api.remove(pair);
      setStatus(strings.removed);
    } catch {
      setStatus(strings.failed);
    }
    await refresh();
  };
  return (
    <section aria-labelledby="models-heading" data-section="on-device-models">
      <h2 id="models-heading">{strings.heading}</h2>
      <p>{strings.hint}</p>
      {models && models.length === 0 && <p data-models-empty>{strings.none}</p>}
      {models && models.length > 0 && (
        <ul>
          {models.map((model) => {
            const direction = model.pair === 'ko-en' ? strings.koEn : strings.enKo;
            return (
              <li key={model.pair} data-model={model.pair}>
                <strong>{direction}</strong>{' '}
                <span>{strings.details(megabytes(model.bytes), new Date(model.installedAt))}</span>{' '}
                {/* Two "Remove" buttons read the same to a screen reader: the label names the direction. */}
                <button type="button" aria-label={`${strings.remove}: ${direction}`} onClick={() => void remove(model.pair as ModelPairName)}>
                  {strings.remove}
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
