/**
 * Word mode's state in the panel: the tapped word and its card (asked of the word services, the
 * latest answer kept; closed when word mode ends or another pair becomes active; ←/→ step it along
 * its paragraph), and where the reader's saved words are in this article, for underlining.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderView } from '../../lib/reader';
import type { PanelState } from '../panel-state';
import type { WordServices } from '../panel/context';
import type { WordCardState } from './WordCard';

/** The tapped word: its row, its Korean paragraph in the row, and its offsets there. */
export interface TappedWord {
  row: number;
  para: number;
  start: number;
  end: number;
}

/** Saved words' places in the first `rows` rows' Korean paragraphs, by `${row}:${paragraph}`; null while none. */
export function useSavedWordMarks(view: ReaderView | null, words: WordServices | undefined, rows: number): Record<string, { start: number; end: number }[]> | null {
  const [marks, setMarks] = useState<Record<string, { start: number; end: number }[]> | null>(null);
  useEffect(() => {
    if (!view || !words) return;
    let live = true;
    const places: { key: string; text: string }[] = [];
    view.rows.slice(0, rows).forEach((row, r) => row.ko.forEach((t, p) => places.push({ key: `${r}:${p}`, text: t.text })));
    words.savedWordMarks(places.map((place) => place.text)).then(
      (found) => {
        const byPlace = Object.fromEntries(found.flatMap((m, i) => (m.length > 0 ? [[places[i].key, m]] : [])));
        if (live && Object.keys(byPlace).length > 0) setMarks(byPlace);
      },
      (error) => console.warn('Hanyeong Reader: saved words could not be underlined', error),
    );
    return () => {
      live = false;
    };
  }, [view]);
  return marks;
}

/** `article()`: the rows as shown (with the translations that arrived), for the word's English side. */
export function useWordCard(words: WordServices | undefined, article: () => ReaderView | null, view: ReaderView | null, state: Pick<PanelState, 'wordMode' | 'active'>) {
  const [word, setWord] = useState<TappedWord | null>(null);
  const [card, setCard] = useState<WordCardState | null>(null);
  const cardRun = useRef(0);
  const openCard = (at: TappedWord) => {
    const row = article()?.rows[at.row];
    const korean = row?.ko[at.para]?.text;
    if (!words || !row || korean === undefined) return;
    setWord(at);
    setCard({ status: 'loading' });
    const run = ++cardRun.current;
    const english = row.en.length === 1 ? row.en[0].text : null;
    words.card(korean, at.start, english).then(
      (data) => run === cardRun.current && setCard({ status: 'ready', data }),
      (error) => {
        console.error('Hanyeong Reader: the word could not be looked up', error);
        if (run === cardRun.current) setCard({ status: 'failed' });
      },
    );
  };
  const closeCard = () => {
    cardRun.current++;
    setWord(null);
    setCard(null);
  };
  // Leaving word mode or the pair closes the card.
  useEffect(() => {
    if (!state.wordMode || (word && word.row !== state.active)) closeCard();
  }, [state.wordMode, state.active]);
  /** The latest word and actions, for the panel's keys (made once). */
  const wordRef = useRef({ word, openCard, closeCard });
  wordRef.current = { word, openCard, closeCard };
  /** The card to the next or previous word of its paragraph; false when no card is open. Stable: the panel's keys keep it. */
  const viewRef = useRef(view);
  viewRef.current = view;
  const stepWord = useRef((by: 1 | -1): boolean => {
    const { word: at, openCard: open } = wordRef.current;
    if (!at) return false;
    const text = viewRef.current?.rows[at.row]?.ko[at.para]?.text ?? '';
    const spans = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const next = spans[spans.findIndex((w) => w.start === at.start) + by];
    if (next) open({ row: at.row, para: at.para, ...next });
    return true;
  }).current;
  return { word, card, openCard, closeCard, stepWord, wordRef };
}
