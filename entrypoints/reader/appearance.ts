/**
 * What the panel's own controls change (theme, text size, layout, width) is saved back to the
 * settings, so the next article opens the way the reader left this one. The leading language is
 * not: switching it is a per-article act (and the options page sets the default).
 */
import type { Appearance, PanelStore } from '../../components/panel-state';
import { parseSettings, type Settings } from '../../lib/settings';
import { settingsItem } from '../../utils/settings';

const pick = (a: Appearance): Partial<Settings> => ({ theme: a.theme, fontSize: a.fontSize, lineHeight: a.lineHeight, layout: a.layout, panelWidth: a.panelWidth });

/** Saves the store's appearance whenever it changes; returns the stop. */
export function saveAppearanceChanges(store: PanelStore): () => void {
  let saved = JSON.stringify(pick(store.get()));
  return store.subscribe((state) => {
    const next = pick(state);
    if (JSON.stringify(next) === saved) return;
    saved = JSON.stringify(next);
    void settingsItem
      .getValue()
      .then((stored) => settingsItem.setValue({ ...parseSettings(stored), ...next }))
      .catch((error) => console.error('Hanyeong Reader: saving the panel settings failed', error));
  });
}
