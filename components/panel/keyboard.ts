/**
 * The panel's keys: Escape closes (the word card first, when one is open); l switches the leading
 * language; j/k and ↓/↑ move the active pair among the rows shown (and focus its paragraph on the
 * side the focus was on); Enter moves the focus to the counterpart; w turns word mode on and off, and
 * ←/→ move the word card between the words of its paragraph. Keys typed into a control keep their own meaning (arrows in a select, letters
 * in a field); with Alt, Ctrl or Meta a key belongs to the browser.
 */
import type { Language } from '../../lib/types';
import type { PanelStore } from '../panel-state';
import { revealInContainer } from './hooks';

export type KeyCommand = 'close' | 'switch-language' | 'next' | 'previous' | 'counterpart' | 'word-mode' | 'next-word' | 'previous-word';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const KEYS: Record<string, KeyCommand> = { l: 'switch-language', j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous', Enter: 'counterpart', w: 'word-mode', ArrowRight: 'next-word', ArrowLeft: 'previous-word' };

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
  /** Word mode's card: move it to the next or previous word, close it; each false when no card is open. */
  wordCard?: { step(by: 1 | -1): boolean; close(): boolean };
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
    // A key a control inside the panel already used (the resize edge's arrows) is not the panel's.
    if (event.defaultPrevented) return;
    const command = keyCommand(event, isFormControl(event.target));
    const from = event.target as Element | null;
    switch (command) {
      case 'close':
        event.preventDefault();
        if (!keys.wordCard?.close()) keys.onClose();
        return;
      case 'word-mode':
        store.dispatch({ type: 'toggle-word-mode' });
        return;
      case 'next-word':
      case 'previous-word':
        if (keys.wordCard?.step(command === 'next-word' ? 1 : -1)) event.preventDefault();
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
