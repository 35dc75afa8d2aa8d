/**
 * The panel's keys: Escape closes; l switches the leading language; j/k and ↓/↑ move the active pair
 * among the rows shown (and focus its paragraph on the side the focus was on); Enter moves the focus
 * to the counterpart. Keys typed into a control keep their own meaning (arrows in a select, letters
 * in a field); with Alt, Ctrl or Meta a key belongs to the browser.
 */
import type { Language } from '../../lib/types';
import type { PanelStore } from '../panel-state';
import { revealInContainer } from './hooks';

export type KeyCommand = 'close' | 'switch-language' | 'next' | 'previous' | 'counterpart';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const KEYS: Record<string, KeyCommand> = { l: 'switch-language', j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous', Enter: 'counterpart' };

/** What a key press asks of the panel; null when it is not the panel's. */
export function keyCommand(press: KeyPress, inFormControl: boolean): KeyCommand | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === 'Escape') return 'close';
  if (inFormControl) return null;
  return KEYS[press.key] ?? null;
}

function isFormControl(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('select, input, textarea, [contenteditable]'));
}

export interface PanelKeys {
  store: PanelStore;
  /** The rows' element (null while a notice is shown). */
  rows: () => HTMLElement | null;
  /** How many rows are in the panel now: the keys stop at the last one. */
  shownRows: () => number;
  onClose: () => void;
  /** Says `text` to screen readers (the panel's live region). */
  announce: (text: string) => void;
  pairPosition: (position: number, total: number) => string;
}

/** The panel's keydown handler. */
export function panelKeyHandler(keys: PanelKeys): (event: KeyboardEvent) => void {
  const { store } = keys;
  const paragraph = (row: number, lang: Language) =>
    keys.rows()?.querySelector<HTMLElement>(`[data-pair="${row}"][lang="${lang}"]`) ?? keys.rows()?.querySelector<HTMLElement>(`[data-pair="${row}"]`) ?? null;

  const step = (by: 1 | -1, from: Element | null) => {
    store.dispatch({ type: 'step', by });
    // The keys move among the rows shown: past the last one, the reader asks for more (the limits line).
    const shown = keys.shownRows();
    if ((store.get().active ?? 0) >= shown) store.dispatch({ type: 'activate', row: Math.max(0, shown - 1) });
    const row = store.get().active;
    if (row === null) return;
    const lang = (from?.closest('[data-pair]')?.getAttribute('lang') as Language | null) ?? store.get().primary;
    const el = paragraph(row, lang);
    el?.focus({ preventScroll: true });
    revealInContainer(el);
    keys.announce(keys.pairPosition(row + 1, store.get().rowCount));
  };

  return (event) => {
    const command = keyCommand(event, isFormControl(event.target));
    const from = event.target as Element | null;
    switch (command) {
      case 'close':
        event.preventDefault();
        keys.onClose();
        return;
      case 'switch-language':
        store.dispatch({ type: 'switch-language' });
        return;
      case 'next':
      case 'previous':
        event.preventDefault();
        step(command === 'next' ? 1 : -1, from);
        return;
      case 'counterpart': {
        const here = from?.closest?.('[data-pair]');
        if (!here) return;
        const counterpart = keys.rows()?.querySelector<HTMLElement>(`[data-pair="${here.getAttribute('data-pair')}"]:not([lang="${here.getAttribute('lang')}"])`);
        if (!counterpart) return;
        event.preventDefault();
        counterpart.focus({ preventScroll: true });
        revealInContainer(counterpart);
        return;
      }
    }
  };
}
