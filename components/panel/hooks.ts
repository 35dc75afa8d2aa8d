/**
 * The panel's small hooks: its state from the store, its width, rows rendered a slice per task,
 * read aloud as the panel's state, and scrolling a paragraph into view within the rows.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PanelState, PanelStore } from '../panel-state';
import { createReadAloud, type PanelSpeech, type ReadAloud, type ReadAloudState, type ReadAloudStrings } from './read-aloud';

export function usePanelState(store: PanelStore): PanelState {
  const [state, setState] = useState(store.get());
  // Subscribing happens after the first paint: an action dispatched before then (a click or a
  // shortcut right after opening; seen in e2e/reader-ux.scenarios.ts) must not be lost.
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}

/** The width of `element` in px as it changes ('auto' layout follows the panel's own width, which a drag or the window can change). */
export function useElementWidth(element: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}

/**
 * Rows on screen: the first screenful at once, then the rest a slice per task, each handed to the
 * page in between, so a 3,000-paragraph article never blocks the page for a long task
 * (`npm run bench`: rendering every row at once took one task of several hundred ms).
 */
export const FIRST_ROWS = 50;
/** Rows added per task after the first; each slice is one RowChunk (components/panel/Rows.tsx). */
export const ROWS_PER_SLICE = 50;

export function useRowsInSlices(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST_ROWS));
  useEffect(() => {
    if (shown >= total) return;
    // A message, not setTimeout: nested timers are clamped to 4 ms each.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setShown(Math.min(total, shown + ROWS_PER_SLICE));
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }, [shown, total]);
  return Math.min(shown, total);
}

const NOT_READING: ReadAloudState = { reading: null, problem: null };

/** Read aloud (components/panel/read-aloud.ts) as panel state; cancelled when the panel goes. */
export function useReadAloud(speech: PanelSpeech | undefined, strings: ReadAloudStrings, onSpeak: (row: number) => void): [ReadAloudState, ReadAloud | null] {
  const [state, setState] = useState(NOT_READING);
  const readAloud = useMemo(() => (speech ? createReadAloud(speech, strings, setState, (row) => onSpeak(row)) : null), [speech]);
  useEffect(() => () => speech?.cancel(), [speech]);
  return [state, readAloud];
}

/** Scroll `el` into view within its scroll container only when it is not already fully visible. */
export function revealInContainer(el: Element | null | undefined): void {
  if (!el) return;
  const container = el.closest('.rows');
  if (!container) return;
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  if (rect.top >= box.top && rect.bottom <= box.bottom) return;
  const tallerThanView = rect.height > box.height;
  el.scrollIntoView({ block: tallerThanView || rect.top < box.top ? 'start' : 'end', behavior: 'smooth' });
}
