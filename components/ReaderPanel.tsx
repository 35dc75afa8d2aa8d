/**
 * The reader panel: one row per linked pair, Korean and English side by side, stacked, or one
 * language alone, in the reader's theme and text size. Page text is rendered as text nodes only
 * (never markup). Everything comes in through props.
 */
import { ReportButton } from './ReportButton';
import { Component } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReaderRow, ReaderView, RowText } from '../lib/reader';
import { exportArticle, type ExportFormat } from '../lib/export';
import { alignSentences, type SentenceSpan } from '../lib/sentences';
import { PANEL_WIDTH_MIN, readingQueue, shownLayout, type SpokenPiece, type Layout, type PanelState, type PanelStore, type Theme } from './panel-state';
import type { PanelStrings } from './strings';
import { panelTranslationState, type TranslationStore } from './translation/translation-state';
import type { TranslationStrings } from './translation/translation-strings';
import type { PanelEngine } from './translation/engine-choice';
import { translatedArticle } from './translation/translated-article';
import { TranslatedParagraph, TranslationBar, TranslationSource, useTranslation, type TranslationActions } from './translation/TranslationBar';
import type { Language } from '../lib/types';

/** An article with no counterpart on the page, being translated. */
export interface PanelTranslation {
  store: TranslationStore;
  /** The language translated from (the side the page has). */
  from: Language;
  /** An engine's name as the reader knows it ("DeepL", "Mozilla on-device (Bergamot)"). */
  engineLabel: (engine: PanelEngine) => string;
  strings: TranslationStrings;
  actions: TranslationActions;
}

/** With no translation, the store a panel watches: never changes. */
const NO_TRANSLATION = { get: () => null, subscribe: () => () => {} } as unknown as TranslationStore;
const noTranslationState = () => 'idle' as const;

export interface ReaderPanelProps {
  view: ReaderView | null;
  /** A message for the reader when there is nothing to show (not an article, a failure). */
  notice: { title: string; hint: string } | null;
  store: PanelStore;
  strings: PanelStrings;
  onClose: () => void;
  translation?: PanelTranslation;
  /** Puts text on the clipboard; rejects when the page does not allow it. */
  copyText: (text: string) => Promise<void>;
  /** A URL the browser can download `text` from (a Blob URL), replacing the previous one. */
  downloadUrl: (text: string, type: string) => string;
  /** Read aloud; absent where the browser has no speech synthesis (the controls are not shown). */
  speech?: PanelSpeech;
  /** The extension's version, for the "This page looks wrong" report. */
  version: string;
}

/** The browser's speech synthesis as the panel uses it (entrypoints/reader/index.tsx). */
export interface PanelSpeech {
  /**
   * Speaks `text`; `done(null)` when it finished, `done(error)` with the SpeechSynthesisErrorEvent's
   * code when it did not ("interrupted" and "canceled" when cancelled).
   */
  speak(text: string, lang: 'ko-KR' | 'en-US', done: (error: string | null) => void): void;
  /** Whether the system has a voice for `lang`; null while its voice list is unknown. */
  hasVoice(lang: 'ko-KR' | 'en-US'): boolean | null;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/**
 * Rows on screen: the first screenful at once, then the rest a slice per task, each handed to the
 * page in between, so a 3,000-paragraph article never blocks the page for a long task (issue 6,
 * `npm run bench`: rendering every row at once took one task of several hundred ms).
 */
const FIRST_ROWS = 50;
/** A slice is one chunk of rows (RowChunk): each slice renders its own rows and nothing else. */
const ROWS_PER_SLICE = 50;
/**
 * Rows in the panel at most, until the reader asks for more (issue 14, pages at the limit): a
 * 100,000-paragraph page would otherwise put a few hundred thousand elements into the panel. The
 * panel says so and offers the next ones; j/k stop at the last row shown.
 */
export const ROWS_SHOWN_AT_ONCE = 5_000;

function useRowsInSlices(total: number): number {
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

/** The first row of each chunk of `count` rows. */
function chunkStarts(count: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start < count; start += ROWS_PER_CHUNK) starts.push(start);
  return starts;
}

function usePanelState(store: PanelStore): PanelState {
  const [state, setState] = useState(store.get());
  // Subscribing happens after the first paint: an action dispatched before then (a click or a
  // shortcut right after opening; seen in e2e/reader-ux.scenarios.ts) must not be lost.
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}

const LANG_NAME: Record<Language, string> = { ko: '한국어', en: 'English' };
const THEMES: Theme[] = ['auto', 'light', 'dark', 'sepia'];
const LAYOUTS: Layout[] = ['auto', 'side-by-side', 'interleaved', 'single'];

/** Scroll `el` into view within its scroll container only when it is not already fully visible. */
function revealInContainer(el: Element | null | undefined): void {
  if (!el) return;
  const container = el.closest('.rows');
  if (!container) return;
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  if (rect.top >= box.top && rect.bottom <= box.bottom) return;
  const tallerThanView = rect.height > box.height;
  el.scrollIntoView({ block: tallerThanView || rect.top < box.top ? 'start' : 'end', behavior: 'smooth' });
}

/** Keys typed into a control keep their own meaning (arrows in a select, letters in a field). */
function isFormControl(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('select, input, textarea, [contenteditable]'));
}

/** A paragraph's sentences, each with the link it belongs to (its counterpart sentences share it). */
interface LinkedSentences {
  spans: SentenceSpan[];
  link: number[];
}

/**
 * Sentence links for a pair with one paragraph on each side; other shapes (n:m, a caption, a
 * translated side) keep whole-paragraph linking.
 */
function linkSentences(row: ReaderRow): Record<Language, LinkedSentences> | null {
  if (row.ko.length !== 1 || row.en.length !== 1 || row.kind === 'caption') return null;
  const aligned = alignSentences(row.ko[0].text, row.en[0].text);
  if (aligned.ko.length < 2 && aligned.en.length < 2) return null;
  const linkOf = (side: Language, count: number) => Array.from({ length: count }, (_, i) => aligned.links.findIndex((l) => l[side].includes(i)));
  return {
    ko: { spans: aligned.ko, link: linkOf('ko', aligned.ko.length) },
    en: { spans: aligned.en, link: linkOf('en', aligned.en.length) },
  };
}

/** The sentence being read aloud: offsets into one paragraph's text. */
interface SpokenRange {
  para: number;
  start: number;
  end: number;
}

/**
 * A paragraph's text, as text nodes only: cut into sentence spans when the pair links sentences, with
 * the sentence being read aloud marked; the text between the pieces stays as it was.
 */
function ParagraphText({ text, sentences, lit, speaking }: { text: string; sentences?: LinkedSentences; lit: number | null; speaking: SpokenRange | null }) {
  const reading = (start: number, end: number) => (speaking && start < speaking.end && end > speaking.start ? '' : undefined);
  if (!sentences) {
    if (!speaking) return <>{text}</>;
    return (
      <>
        {text.slice(0, speaking.start)}
        <span class="sentence" data-speaking="">
          {text.slice(speaking.start, speaking.end)}
        </span>
        {text.slice(speaking.end)}
      </>
    );
  }
  const parts = [];
  let at = 0;
  sentences.spans.forEach((span, i) => {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const link = sentences.link[i];
    parts.push(
      <span key={i} class="sentence" data-sentence={String(link)} data-lit={lit !== null && lit === link ? '' : undefined} data-speaking={reading(span.start, span.end)}>
        {text.slice(span.start, span.end)}
      </span>,
    );
    at = span.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function Cell(props: {
  lang: Language;
  row: ReaderRow;
  index: number;
  active: boolean;
  tabStop: boolean;
  strings: PanelStrings;
  translated?: boolean;
  sentences?: LinkedSentences;
  litSentence?: number | null;
  /** The sentence of this side being read aloud, if any. */
  speaking?: SpokenRange | null;
}) {
  const { lang, row, index, active, tabStop, strings, translated, sentences, litSentence = null, speaking = null } = props;
  const texts: RowText[] = row[lang];
  const other = row[lang === 'ko' ? 'en' : 'ko'];
  const unpaired = texts.length > 0 && other.length === 0 && !translated;
  if (texts.length === 0) return <div class="cell empty" lang={lang} aria-hidden="true" />;
  const Tag = row.kind === 'headline' ? 'h2' : 'p';
  return (
    <div class={`cell kind-${row.kind}`} lang={lang}>
      {texts.map((t, i) => (
        <Tag
          key={i}
          class="para"
          lang={lang}
          data-pair={String(index)}
          data-active={active ? '' : undefined}
          data-unpaired={unpaired ? '' : undefined}
          data-kind={row.kind}
          // Roving tab stop: one paragraph in the rows takes Tab, arrows and j/k move within.
          tabIndex={tabStop && i === 0 ? 0 : -1}
        >
          {row.kind === 'caption' && <span class="tag">{strings.caption}</span>}
          <ParagraphText text={t.text} sentences={i === 0 ? sentences : undefined} lit={litSentence} speaking={speaking?.para === i ? speaking : null} />
          {unpaired && row.kind !== 'caption' && <span class="tag unpaired-tag">{strings.unpaired}</span>}
        </Tag>
      ))}
    </div>
  );
}

/** What one chunk of rows needs: each chunk re-renders only when something of its own rows changed. */
interface RowChunkProps {
  rows: ReaderRow[];
  start: number;
  end: number;
  order: Language[];
  /** The active row, when it is in this chunk (else null); likewise the tab stop, the row read aloud, the copy status. */
  active: number | null;
  tabStopRow: number;
  reading: (SpokenRange & { row: number; lang: Language }) | null;
  copyStatus: { row: number; text: string } | null;
  activeSentences: Record<Language, LinkedSentences> | null;
  litSentence: number | null;
  strings: PanelStrings;
  translation?: PanelTranslation;
  translatedRows?: Record<number, unknown>;
  target?: Language;
  onCopy: (row: number) => void;
}

/** Rows per chunk: appending a slice renders its own chunk, not every row shown before it. */
const ROWS_PER_CHUNK = ROWS_PER_SLICE;

class RowChunk extends Component<RowChunkProps> {
  override shouldComponentUpdate(next: RowChunkProps): boolean {
    const now = this.props;
    for (const key of Object.keys(next) as (keyof RowChunkProps)[]) {
      if (key === 'order' ? next.order.join() !== now.order.join() : next[key] !== now[key]) return true;
    }
    return false;
  }

  render() {
    const { rows, start, end, order, active, tabStopRow, reading, copyStatus, activeSentences, litSentence, strings, translation, translatedRows, target, onCopy } = this.props;
    const out = [];
    for (let index = start; index < end; index++) {
      const row = rows[index];
      out.push(
        <div class={`row kind-${row.kind}`} key={index} data-reading={reading?.row === index ? '' : undefined}>
          {order.map((lang) =>
            translation && translatedRows?.[index] && lang === target ? (
              <TranslatedParagraph
                key={lang}
                store={translation.store}
                row={index}
                kind={row.kind}
                strings={translation.strings}
                active={active === index}
                tabStop={index === tabStopRow && (lang === order[0] || row[order[0]].length === 0)}
                onRetry={translation.actions.retry}
                renderText={(text) => <ParagraphText text={text} lit={null} speaking={reading?.row === index && reading.lang === lang ? reading : null} />}
              />
            ) : (
              <Cell
                key={lang}
                lang={lang}
                row={row}
                index={index}
                active={active === index}
                tabStop={index === tabStopRow && (lang === order[0] || row[order[0]].length === 0)}
                strings={strings}
                translated={Boolean(translatedRows?.[index])}
                sentences={active === index ? activeSentences?.[lang] : undefined}
                litSentence={active === index ? litSentence : null}
                speaking={reading?.row === index && reading.lang === lang ? reading : null}
              />
            ),
          )}
          {active === index && (
            <div class="row-tools">
              <button type="button" class="btn small" data-action="copy-pair" onClick={() => onCopy(index)}>
                {copyStatus?.row === index ? copyStatus.text : strings.copyPair}
              </button>
            </div>
          )}
        </div>,
      );
    }
    return <div class="row-chunk">{out}</div>;
  }
}

/** A file name for the exported article: its headline, with what file systems refuse taken out. */
function exportName(view: ReaderView, format: ExportFormat): string {
  const headline = view.document.headline.ko ?? view.document.headline.en ?? 'article';
  const stem = headline.replace(/[\\/:*?"<>|\s]+/g, ' ').trim().slice(0, 60).trim() || 'article';
  return `${stem}.${format === 'markdown' ? 'md' : 'txt'}`;
}

/**
 * Three lines `gap` px apart, drawn by CSS (`.lines`): the line-spacing buttons' picture (their names
 * are in hidden text). Not an <svg>: the panel holds no element of a kind page markup could bring in
 * (e2e/hostile.scenarios.ts checks).
 */
function LinesIcon({ gap }: { gap: number }) {
  // Literal values, no custom property: a page can register any name (components/panel-theme.ts says why).
  const style = { height: `${gap * 2 + 1.5}px`, background: `repeating-linear-gradient(to bottom, currentColor 0 1.5px, transparent 1.5px ${gap}px)` };
  return <span class="lines" aria-hidden="true" style={style} />;
}

/** A toolbar menu of one setting (layout, theme): the value shown is the panel's state. */
function Menu<T extends string>(props: { action: string; label: string; value: T; choices: readonly T[]; names: Record<T, string>; onChoose: (value: T) => void }) {
  return (
    <select class="btn" data-action={props.action} aria-label={props.label} value={props.value} onChange={(e) => props.onChoose((e.currentTarget as HTMLSelectElement).value as T)}>
      {props.choices.map((choice) => (
        <option key={choice} value={choice}>
          {props.names[choice]}
        </option>
      ))}
    </select>
  );
}

export function ReaderPanel({ view, notice, store, strings, onClose, translation, copyText, downloadUrl, speech, version }: ReaderPanelProps) {
  const state = usePanelState(store);
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
  const [panelWidth, setPanelWidth] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [copyStatus, setCopyStatus] = useState<{ row: number; text: string } | null>(null);
  /** The width while the left edge is being dragged; saved (set-width) when the drag ends. */
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const [litSentence, setLitSentence] = useState<number | null>(null);
  /** The sentence being read aloud (its row, language and place), and whether reading is paused; null when not reading. */
  const [reading, setReading] = useState<(SpokenRange & { row: number; lang: Language; paused: boolean }) | null>(null);
  /** Why read-aloud cannot go on (no voice for the language, a voice that failed); null when it can. */
  const [speechProblem, setSpeechProblem] = useState<string | null>(null);
  // Each start or stop begins a new reading: an utterance's late `end` from an earlier one is ignored.
  const readingRun = useRef(0);
  // Sentences are cut for the active pair only: aligning every pair of a 3,000-paragraph article
  // up front would undo issue 6's sliced rendering.
  const activeRow = state.active === null ? null : view?.rows[state.active];
  const activeSentences = useMemo(() => (activeRow && !translatedRows?.[state.active!] ? linkSentences(activeRow) : null), [activeRow]);
  const layout = shownLayout(state.layout, panelWidth);
  const other: Language = state.primary === 'ko' ? 'en' : 'ko';
  const order: Language[] = layout === 'single' ? [state.primary] : [state.primary, other];
  const tabStopRow = state.active ?? 0;

  useEffect(() => closeRef.current?.focus(), []);

  // 'auto' follows the panel's own width, which a drag or the window can change.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const observer = new ResizeObserver(([entry]) => setPanelWidth(Math.round(entry.contentRect.width)));
    observer.observe(panel);
    return () => observer.disconnect();
  }, []);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setAnnouncement(strings.leadingLanguage(LANG_NAME[state.primary]));
  }, [state.primary]);

  const paragraph = (row: number, lang: Language) =>
    rowsRef.current?.querySelector<HTMLElement>(`[data-pair="${row}"][lang="${lang}"]`) ?? rowsRef.current?.querySelector<HTMLElement>(`[data-pair="${row}"]`) ?? null;

  // Highlight follows the pointer and the focus; the counterpart is brought into view.
  const activateFrom = (event: Event, reveal: boolean) => {
    const sentence = (event.target as Element | null)?.closest?.('[data-sentence]')?.getAttribute('data-sentence');
    setLitSentence(sentence ? Number(sentence) : null);
    const target = (event.target as Element | null)?.closest?.('[data-pair]');
    if (!target) return;
    const row = Number(target.getAttribute('data-pair'));
    store.dispatch({ type: 'activate', row });
    if (!reveal) return;
    const lang = target.getAttribute('lang');
    const counterpart = rowsRef.current?.querySelector(`[data-pair="${row}"]:not([lang="${lang}"])`);
    revealInContainer(counterpart);
  };

  const step = (by: 1 | -1, from: Element | null) => {
    store.dispatch({ type: 'step', by });
    // The keys move among the rows shown: past the last one, the reader asks for more (the limits line).
    if ((store.get().active ?? 0) >= shownRows) store.dispatch({ type: 'activate', row: Math.max(0, shownRows - 1) });
    const row = store.get().active;
    if (row === null) return;
    const lang = (from?.closest('[data-pair]')?.getAttribute('lang') as Language | null) ?? store.get().primary;
    const el = paragraph(row, lang);
    el?.focus({ preventScroll: true });
    revealInContainer(el);
    setAnnouncement(strings.pairPosition(row + 1, store.get().rowCount));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (isFormControl(event.target)) return;
    const from = event.target as Element | null;
    if (event.key === 'l') {
      store.dispatch({ type: 'switch-language' });
    } else if (event.key === 'j' || event.key === 'ArrowDown') {
      event.preventDefault();
      step(1, from);
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      event.preventDefault();
      step(-1, from);
    } else if (event.key === 'Enter') {
      const here = from?.closest?.('[data-pair]');
      if (!here) return;
      const counterpart = rowsRef.current?.querySelector<HTMLElement>(`[data-pair="${here.getAttribute('data-pair')}"]:not([lang="${here.getAttribute('lang')}"])`);
      if (!counterpart) return;
      event.preventDefault();
      counterpart.focus({ preventScroll: true });
      revealInContainer(counterpart);
    }
  };

  const copyRef = useRef<(index: number) => void>(() => {});
  /** One function for every chunk, so a chunk does not re-render for a new one each render. */
  const onCopy = useCallback((index: number) => copyRef.current(index), []);
  const copyPair = (index: number) => {
    const row = article()?.rows[index];
    if (!row) return;
    const text = order
      .map((lang) => row[lang].map((t) => t.text).join('\n'))
      .filter(Boolean)
      .join('\n\n');
    copyText(text).then(
      () => setCopyStatus({ row: index, text: strings.copied }),
      () => setCopyStatus({ row: index, text: strings.copyFailed }),
    );
  };

  copyRef.current = copyPair;

  // The reader hears the new value: the buttons' names say only which way they go.
  const textSize = (by: 1 | -1) => {
    store.dispatch({ type: 'text-size', by });
    setAnnouncement(strings.textSizeNow(store.get().fontSize));
  };
  const lineSpacing = (by: 1 | -1) => {
    store.dispatch({ type: 'line-height', by });
    setAnnouncement(strings.lineSpacingNow(store.get().lineHeight.toFixed(1)));
  };

  const readAloud = (scope: 'pair' | 'from-here') => {
    if (!speech || !view) return;
    speech.cancel();
    const run = ++readingRun.current;
    const lang = store.get().primary;
    const voice = lang === 'ko' ? 'ko-KR' : 'en-US';
    // With no voice for the language the browser would read Korean with an English voice, or not at all.
    if (speech.hasVoice(voice) === false) {
      setReading(null);
      setSpeechProblem(strings.noVoice(LANG_NAME[lang]));
      return;
    }
    setSpeechProblem(null);
    // Read aloud goes as far as the rows shown (a 100,000-paragraph queue would be one long task to build).
    const queue = readingQueue(article()!.rows.slice(0, shownRows), store.get().active ?? 0, lang, scope);
    const next = (rest: SpokenPiece[]) => {
      if (run !== readingRun.current) return;
      const [item, ...later] = rest;
      if (!item) {
        setReading(null);
        return;
      }
      // What is read is the active pair, its sentence marked (and kept in view, effect below).
      store.dispatch({ type: 'activate', row: item.row });
      setReading({ row: item.row, lang, para: item.para, start: item.start, end: item.end, paused: false });
      speech.speak(item.text, voice, (error) => {
        if (error === null) return next(later);
        if (run !== readingRun.current) return;
        setReading(null);
        // A cancel is the reader's own doing (stop, a new reading); anything else is said.
        if (error !== 'interrupted' && error !== 'canceled') setSpeechProblem(strings.readAloudFailed(LANG_NAME[lang], error));
      });
    };
    next(queue);
  };
  const stopReading = () => {
    readingRun.current++;
    speech?.cancel();
    setReading(null);
  };
  const togglePause = () => {
    if (!reading || !speech) return;
    if (reading.paused) speech.resume();
    else speech.pause();
    setReading({ ...reading, paused: !reading.paused });
  };
  useEffect(() => () => speech?.cancel(), [speech]);
  useEffect(() => {
    if (reading && !reading.paused) revealInContainer(rowsRef.current?.querySelector('[data-speaking]'));
  }, [reading]);

  // A detached link, clicked once: no anchor joins the panel (page text never becomes markup there,
  // and e2e/hostile.scenarios.ts checks the panel holds no <a>). The file holds the article in the
  // order shown now.
  const exportTo = (format: ExportFormat) => {
    const shown = article();
    if (!shown) return;
    const link = document.createElement('a');
    link.href = downloadUrl(exportArticle(shown, format, [state.primary, other]), format === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8');
    link.download = exportName(shown, format);
    link.click();
  };

  // The panel is pinned to the right edge of the viewport, so its width is the distance from the
  // pointer to that edge: the panel's own right side, not window.innerWidth, which also counts the
  // page's scroll bar (the drag jumped by its width in Firefox, e2e/reader-ux.scenarios.ts).
  const rightEdge = () => panelRef.current?.getBoundingClientRect().right ?? document.documentElement.clientWidth;
  const widthAt = (clientX: number) => {
    const right = rightEdge();
    return Math.max(PANEL_WIDTH_MIN, Math.min(right, Math.round(right - clientX)));
  };
  const resizeHandlers = {
    onPointerDown: (event: PointerEvent) => {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      setDragWidth(widthAt(event.clientX));
    },
    onPointerMove: (event: PointerEvent) => {
      if ((event.currentTarget as Element).hasPointerCapture(event.pointerId)) setDragWidth(widthAt(event.clientX));
    },
    onPointerUp: (event: PointerEvent) => {
      store.dispatch({ type: 'set-width', width: widthAt(event.clientX) });
      setDragWidth(null);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      const now = panelRef.current?.getBoundingClientRect().width ?? PANEL_WIDTH_MIN;
      store.dispatch({ type: 'set-width', width: Math.min(rightEdge(), now + (event.key === 'ArrowLeft' ? 40 : -40)) });
    },
  };
  const width = dragWidth ?? state.panelWidth;

  const doc = view?.document;
  const source = doc ? (doc.englishSource === 'page' ? strings.sourcePage : translation ? <TranslationSource store={translation.store} engineLabel={translation.engineLabel} none={strings.sourceNone} /> : strings.sourceNone) : '';
  const style = {
    // Literal inline values, not custom properties (a page can register any name: components/panel-theme.ts).
    fontSize: `${state.fontSize}px`,
    lineHeight: String(state.lineHeight),
    ...(width ? { width: `min(${width}px, 100vw)` } : {}),
  };

  return (
    <section
      class="panel"
      lang={strings.language}
      ref={panelRef}
      role="region"
      aria-label={strings.panelLabel}
      data-theme={state.theme}
      data-translation-state={translationState}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div
        class="resize-edge"
        role="separator"
        aria-orientation="vertical"
        aria-label={strings.resizePanel}
        aria-valuemin={PANEL_WIDTH_MIN}
        aria-valuenow={Math.round(width ?? panelWidth)}
        tabIndex={0}
        data-action="resize"
        {...resizeHandlers}
      />
      <header class="bar">
        <span class="brand" lang="ko">한영 리더 <span class="brand-en" lang="en">Hanyeong Reader</span></span>
        <span class="source">{source}</span>
        {/* The controls wrap inside their own box, so the close button stays at the top right. */}
        <div class="tools">
          <button type="button" class="btn" data-action="switch-language" onClick={() => store.dispatch({ type: 'switch-language' })}>
            {strings.switchLanguage} ({LANG_NAME[state.primary]})
          </button>
          <Menu action="layout" label={strings.layoutLabel} value={state.layout} choices={LAYOUTS} names={strings.layoutNames} onChoose={(layout) => store.dispatch({ type: 'set-layout', layout })} />
          <Menu action="theme" label={strings.themeLabel} value={state.theme} choices={THEMES} names={strings.themeNames} onChoose={(theme) => store.dispatch({ type: 'set-theme', theme })} />
          <span class="group" role="group" aria-label={strings.textSize}>
            <button type="button" class="btn" data-action="text-smaller" title={strings.textSmaller} onClick={() => textSize(-1)}>
              A−
              <span class="visually-hidden"> {strings.textSmaller}</span>
            </button>
            <button type="button" class="btn" data-action="text-larger" title={strings.textLarger} onClick={() => textSize(1)}>
              A+
              <span class="visually-hidden"> {strings.textLarger}</span>
            </button>
          </span>
          <span class="group" role="group" aria-label={strings.lineSpacing}>
            <button type="button" class="btn icon" data-action="line-tighter" title={strings.lineTighter} onClick={() => lineSpacing(-1)}>
              <LinesIcon gap={3} />
              <span class="visually-hidden">{strings.lineTighter}</span>
            </button>
            <button type="button" class="btn icon" data-action="line-looser" title={strings.lineLooser} onClick={() => lineSpacing(1)}>
              <LinesIcon gap={5} />
              <span class="visually-hidden">{strings.lineLooser}</span>
            </button>
          </span>
          {speech && view && !notice && (
            <span class="group" role="group" aria-label={strings.readAloud}>
              {reading ? (
                <>
                  <button type="button" class="btn" data-action="read-pause" aria-pressed={reading.paused} onClick={togglePause}>
                    {strings.readPause}
                  </button>
                  <button type="button" class="btn" data-action="read-stop" onClick={stopReading}>
                    {strings.readStop}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" class="btn" data-action="read-pair" onClick={() => readAloud('pair')}>
                    {strings.readPair}
                  </button>
                  <button type="button" class="btn" data-action="read-from-here" onClick={() => readAloud('from-here')}>
                    {strings.readFromHere}
                  </button>
                </>
              )}
            </span>
          )}
          {view && !notice && (
            <span class="group" role="group" aria-label={strings.exportLabel}>
              <button type="button" class="btn" data-action="export-markdown" onClick={() => exportTo('markdown')}>
                {strings.exportMarkdown}
              </button>
              <button type="button" class="btn" data-action="export-text" onClick={() => exportTo('text')}>
                {strings.exportText}
              </button>
            </span>
          )}
          {/* Also with the "no article" notice: a page the reader misread is what the report is for. */}
          <ReportButton reader={view?.document ?? null} version={version} downloadUrl={downloadUrl} label={strings.reportPage} title={strings.reportPageHint} />
        </div>
        <button type="button" class="btn close" data-action="close" ref={closeRef} onClick={onClose} aria-label={strings.close}>
          ✕
        </button>
      </header>
      {speechProblem && (
        <p class="speech-problem" role="alert" data-speech-problem>
          {speechProblem}
        </p>
      )}
      <div class="visually-hidden" aria-live="polite" data-announce>
        {announcement}
      </div>
      {translation && !notice && (
        <TranslationBar store={translation.store} from={translation.from} engineLabel={translation.engineLabel} strings={translation.strings} actions={translation.actions} />
      )}
      {view && !notice && (view.cut || moreRows > 0) && (
        <p class="limits" data-limits={view.cut ? 'cut' : 'shown'}>
          {view.cut && <span>{strings.limitCut(view.document.ko.paragraphs.length + view.document.en.paragraphs.length)} </span>}
          {moreRows > 0 && (
            <>
              <span>{strings.limitShown(Math.min(rowLimit, totalRows), totalRows)} </span>
              <button type="button" class="btn small" data-action="show-more-rows" onClick={showMore}>
                {strings.showMoreRows(moreRows)}
              </button>
            </>
          )}
        </p>
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
          onMouseOver={(e) => activateFrom(e, false)}
          onFocusIn={(e) => activateFrom(e, true)}
          onClick={(e) => activateFrom(e, true)}
        >
          {view && chunkStarts(shownRows).map((start) => {
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
                reading={mine(reading?.row) ? reading : null}
                copyStatus={mine(copyStatus?.row) ? copyStatus : null}
                activeSentences={mine(state.active) ? activeSentences : null}
                litSentence={mine(state.active) ? litSentence : null}
                strings={strings}
                translation={translation}
                translatedRows={translatedRows}
                target={target}
                onCopy={onCopy}
              />
            );
          })}
        </div>
      )}
    </section>
  );
}
