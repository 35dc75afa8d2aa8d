/**
 * The reader panel: one row per linked pair, Korean and English side by side, stacked, or one
 * language alone, in the reader's theme and text size. A composition of its parts
 * (components/panel/): the bar (Toolbar), the resize edge, the rows (Rows.tsx), with the keys
 * (keyboard.ts) and read aloud (read-aloud.ts) as plain modules; word mode's card and its state in
 * components/words/. What the parts share comes through PanelContext. Page text is rendered as text
 * nodes only (never markup).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReaderView } from '../lib/reader';
import { exportArticle, exportFileName, exportFileType, type ExportFormat } from '../lib/export';
import type { Language } from '../lib/types';
import { shownLayout, type PanelStore } from './panel-state';
import type { PanelStrings } from './strings';
import { panelTranslationState, type TranslationStore } from './translation/translation-state';
import { translatedArticle } from './translation/translated-article';
import { TranslationBar, TranslationSource, useTranslation } from './translation/TranslationBar';
import { PanelContext, type PanelContextValue, type PanelServices, type PanelTranslation } from './panel/context';
import { revealInContainer, useElementWidth, usePanelState, useReadAloud, useRowsInSlices } from './panel/hooks';
import { panelKeyHandler } from './panel/keyboard';
import { ResizeEdge, useResizeEdge } from './panel/ResizeEdge';
import { chunkStarts, linkSentences, RowChunk, ROWS_PER_CHUNK, type WordMarks } from './panel/Rows';
import { barTier, LANGUAGE_NAME, Toolbar } from './panel/Toolbar';
import { useBarHiding, useSwipe, useTapToggle, useVisualViewportFit } from './panel/touch';
import { WordCard } from './words/WordCard';
import { LimitsLine } from './panel/LimitsLine';
import { useSavedWordMarks, useWordCard } from './words/hooks';

/** With no translation, the store a panel watches: never changes. */
const NO_TRANSLATION = { get: () => null, subscribe: () => () => {} } as unknown as TranslationStore;
const noTranslationState = () => 'idle' as const;

/**
 * Rows in the panel at most, until the reader asks for more: a 100,000-paragraph page would
 * otherwise put a few hundred thousand elements into the panel. The panel says so and offers the
 * next ones; j/k stop at the last row shown.
 */
export const ROWS_SHOWN_AT_ONCE = 5_000;

export interface ReaderPanelProps {
  view: ReaderView | null;
  /** A message for the reader when there is nothing to show (not an article, a failure). */
  notice: { title: string; hint: string } | null;
  store: PanelStore;
  strings: PanelStrings;
  onClose: () => void;
  translation?: PanelTranslation;
  services: PanelServices;
}

export function ReaderPanel({ view, notice, store, strings, onClose, translation, services }: ReaderPanelProps) {
  const state = usePanelState(store);
  const [announcement, setAnnouncement] = useState('');
  const context = useMemo<PanelContextValue>(() => ({ store, strings, translation, services, announce: setAnnouncement }), [store, strings, translation, services]);
  const totalRows = view?.rows.length ?? 0;
  /** How many rows may be in the panel now (ROWS_SHOWN_AT_ONCE more each time the reader asks). */
  const [rowLimit, setRowLimit] = useState(ROWS_SHOWN_AT_ONCE);
  const showMore = () => {
    const limit = rowLimit + ROWS_SHOWN_AT_ONCE;
    // A translated article is translated as far as it is shown: the new rows' cells are in the
    // translation's store before they render (no row shows "No counterpart" while it waits).
    translation?.actions.showRows?.(Math.min(limit, totalRows));
    setRowLimit(limit);
  };
  const shownRows = useRowsInSlices(Math.min(totalRows, rowLimit));
  const moreRows = Math.min(ROWS_SHOWN_AT_ONCE, totalRows - rowLimit);
  // Which rows are translated, and into which language: set when the translation starts, and for more rows on "Show more".
  const translatedRows = translation?.store.get().cells;
  const target = translation?.store.get().target;
  // The panel's own translation state; re-renders the panel only when it changes (a few times a run).
  const translationState = useTranslation(translation?.store ?? NO_TRANSLATION, translation ? panelTranslationState : noTranslationState);
  /** The article with the translations that arrived, as copy, export and read-aloud use it. */
  const article = (): ReaderView | null => (view && translation ? translatedArticle(view, translation.store.get(), translation.from) : view);
  const panelRef = useRef<HTMLElement>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const panelWidth = useElementWidth(panelRef);
  const tier = barTier(panelWidth);
  const barHidden = useBarHiding(rowsRef, barRef, tier === 'compact');
  const fit = useVisualViewportFit();
  const tap = useTapToggle(() => store.get().active);
  const [copyStatus, setCopyStatus] = useState<{ row: number; text: string } | null>(null);
  const [litSentence, setLitSentence] = useState<number | null>(null);
  const [readAloud, reader] = useReadAloud(services.speech, strings, (row) => store.dispatch({ type: 'activate', row }));
  const { dragWidth, edgeHandlers } = useResizeEdge(store, panelRef);
  const activeRow = state.active === null ? null : view?.rows[state.active];
  const activeSentences = useMemo(() => (activeRow && !translatedRows?.[state.active!] ? linkSentences(activeRow) : null), [activeRow]);
  const layout = shownLayout(state.layout, panelWidth);
  // One language alone: a sideways swipe brings the other (touch.ts).
  const swipe = useSwipe(layout === 'single', () => store.dispatch({ type: 'switch-language' }));
  const other: Language = state.primary === 'ko' ? 'en' : 'ko';
  const order: Language[] = layout === 'single' ? [state.primary] : [state.primary, other];
  const tabStopRow = state.active ?? 0;
  const savedMarks = useSavedWordMarks(view, services.words, ROWS_SHOWN_AT_ONCE);
  const { word, card, openCard, closeCard, stepWord, wordRef } = useWordCard(services.words, article, view, state);

  useEffect(() => closeRef.current?.focus(), []);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setAnnouncement(strings.leadingLanguage(LANGUAGE_NAME[state.primary]));
  }, [state.primary]);

  // What is read is the active pair, its sentence marked and kept in view.
  useEffect(() => {
    if (readAloud.reading && !readAloud.reading.paused) revealInContainer(rowsRef.current?.querySelector('[data-speaking]'));
  }, [readAloud.reading]);

  // Highlight follows the pointer and the focus; the counterpart is brought into view. In word mode
  // a tap on a word of the active pair opens its card.
  const activateFrom = (event: Event, reveal: boolean) => {
    const tappedWord = event.type === 'click' && state.wordMode ? (event.target as Element | null)?.closest?.('[data-word-start]') : null;
    if (tappedWord) {
      // A tap on a word opens its card; it never puts the pair's light out.
      const row = Number(tappedWord.closest('[data-pair]')?.getAttribute('data-pair'));
      openCard({ row, para: Number(tappedWord.getAttribute('data-para')), start: Number(tappedWord.getAttribute('data-word-start')), end: Number(tappedWord.getAttribute('data-word-end')) });
      return;
    }
    const sentence = (event.target as Element | null)?.closest?.('[data-sentence]')?.getAttribute('data-sentence');
    setLitSentence(sentence ? Number(sentence) : null);
    const target = (event.target as Element | null)?.closest?.('[data-pair]');
    if (!target) return;
    const row = Number(target.getAttribute('data-pair'));
    // A second tap on the lit pair puts its light out (a mouse lights pairs by hovering instead).
    if (event.type === 'click' && tap.tappedAgain(row)) {
      store.dispatch({ type: 'activate', row: null });
      return;
    }
    store.dispatch({ type: 'activate', row });
    if (!reveal) return;
    const lang = target.getAttribute('lang');
    revealInContainer(rowsRef.current?.querySelector(`[data-pair="${row}"]:not([lang="${lang}"])`));
  };

  const shownRowsRef = useRef(shownRows);
  shownRowsRef.current = shownRows;
  const onKeyDown = useMemo(
    () =>
      panelKeyHandler({
        store,
        rows: () => rowsRef.current,
        shownRows: () => shownRowsRef.current,
        onClose,
        announce: setAnnouncement,
        pairPosition: strings.pairPosition,
        wordCard: {
          step: stepWord,
          close: () => {
            if (!wordRef.current.word) return false;
            wordRef.current.closeCard();
            return true;
          },
        },
      }),
    [store, onClose, strings],
  );

  const copyRef = useRef<(index: number) => void>(() => {});
  /** One function for every chunk, so a chunk does not re-render for a new one each render. */
  const onCopy = useCallback((index: number) => copyRef.current(index), []);
  copyRef.current = (index: number) => {
    const row = article()?.rows[index];
    if (!row) return;
    const text = order
      .map((lang) => row[lang].map((t) => t.text).join('\n'))
      .filter(Boolean)
      .join('\n\n');
    services.copyText(text).then(
      () => setCopyStatus({ row: index, text: strings.copied }),
      () => setCopyStatus({ row: index, text: strings.copyFailed }),
    );
  };

  // Read aloud goes as far as the rows shown (a 100,000-paragraph queue would be one long task to build).
  const startReading = (scope: 'pair' | 'from-here') => {
    const shown = article();
    if (shown) reader?.start(shown.rows.slice(0, shownRows), store.get().active ?? 0, store.get().primary, scope);
  };

  // The file holds the article in the order shown now.
  const exportTo = (format: ExportFormat) => {
    const shown = article();
    if (shown) services.saveFile({ name: exportFileName(shown, format), text: exportArticle(shown, format, [state.primary, other]), type: exportFileType(format) });
  };

  const width = dragWidth ?? state.panelWidth;
  const marks: WordMarks | null = word ? { para: word.para, start: word.start, end: word.end, counterpart: card?.status === 'ready' ? card.data.counterpart : [] } : null;
  const doc = view?.document;
  const source = doc ? (doc.englishSource === 'page' ? strings.sourcePage : translation ? <TranslationSource store={translation.store} engineLabel={translation.engineLabel} none={strings.sourceNone} /> : strings.sourceNone) : '';
  const style = {
    // Literal inline values, not custom properties (a page can register any name: components/panel-theme.ts).
    fontSize: `${state.fontSize}px`,
    lineHeight: String(state.lineHeight),
    ...(width ? { width: `min(${width}px, 100vw)` } : {}),
    ...fit,
  };

  return (
    <PanelContext.Provider value={context}>
      <section
        class="panel"
        lang={strings.language}
        ref={panelRef}
        role="region"
        aria-label={strings.panelLabel}
        data-theme={state.theme}
        data-translation-state={translationState}
        data-bar={tier}
        data-fit={fit ? '' : undefined}
        style={style}
        onKeyDown={onKeyDown}
      >
        <ResizeEdge width={width ?? panelWidth} handlers={edgeHandlers} />
        <Toolbar
          state={state}
          tier={tier}
          hidden={barHidden}
          barRef={barRef}
          article={view?.document ?? null}
          source={source}
          hasArticle={Boolean(view && !notice)}
          readAloud={readAloud}
          onReadAloud={startReading}
          onStopReading={() => reader?.stop()}
          onTogglePause={() => reader?.togglePause()}
          onExport={exportTo}
          onClose={onClose}
          closeRef={closeRef}
        />
        {readAloud.problem && (
          <p class="speech-problem" role="alert" data-speech-problem>
            {readAloud.problem}
          </p>
        )}
        <div class="visually-hidden" aria-live="polite" data-announce>
          {announcement}
        </div>
        {translation && !notice && (
          <TranslationBar store={translation.store} from={translation.from} engineLabel={translation.engineLabel} strings={translation.strings} actions={translation.actions} />
        )}
        {view && !notice && (view.cut || moreRows > 0) && (
          <LimitsLine cut={view.cut ? view.document.ko.paragraphs.length + view.document.en.paragraphs.length : null} shown={Math.min(rowLimit, totalRows)} total={totalRows} more={moreRows} onMore={showMore} />
        )}
        {notice ? (
          <div class="notice" role="alert">
            <p class="notice-title">{notice.title}</p>
            <p class="notice-hint">{notice.hint}</p>
          </div>
        ) : (
          <div
            class={`rows layout-${layout}`}
            ref={rowsRef}
            data-primary={state.primary}
            data-layout={layout}
            // In word mode the pointer on its way to a word or the card does not move the pair.
            onMouseOver={(e) => !state.wordMode && activateFrom(e, false)}
            onFocusIn={(e) => activateFrom(e, true)}
            onClick={(e) => activateFrom(e, true)}
            onPointerDown={tap.onPointerDown}
            {...swipe}
          >
            {view &&
              chunkStarts(shownRows).map((start) => {
                const end = Math.min(shownRows, start + ROWS_PER_CHUNK);
                const mine = (row: number | null | undefined) => row !== null && row !== undefined && row >= start && row < end;
                return (
                  <RowChunk
                    key={start}
                    rows={view.rows}
                    start={start}
                    end={end}
                    order={order}
                    active={mine(state.active) ? state.active : null}
                    tabStopRow={mine(tabStopRow) ? tabStopRow : -1}
                    reading={mine(readAloud.reading?.row) ? readAloud.reading : null}
                    copyStatus={mine(copyStatus?.row) ? copyStatus : null}
                    activeSentences={mine(state.active) ? activeSentences : null}
                    litSentence={mine(state.active) ? litSentence : null}
                    translatedRows={translatedRows}
                    target={target}
                    onCopy={onCopy}
                    wordMode={state.wordMode && mine(state.active)}
                    word={mine(state.active) && word && marks ? marks : null}
                    saved={savedMarks}
                    card={mine(state.active) && card ? <WordCard card={card} source={{ headline: doc?.headline.ko ?? doc?.headline.en ?? '', url: doc?.url ?? '' }} onClose={closeCard} onReload={() => word && openCard(word)} /> : null}
                  />
                );
              })}
          </div>
        )}
      </section>
    </PanelContext.Provider>
  );
}
