/**
 * The reader panel: one row per linked pair, Korean and English side by side (or one language).
 * Page text is rendered as text nodes only (never markup). Everything comes in through props.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderRow, ReaderView, RowText } from '../lib/reader';
import type { Lang, PanelState, PanelStore } from './panel-state';
import type { PanelStrings } from './strings';
import type { TranslationStore } from './translation/translation-state';
import type { TranslationStrings } from './translation/translation-strings';
import { TranslatedParagraph, TranslationBar, type TranslationActions } from './translation/TranslationBar';

/** An article with no counterpart on the page, being translated (issue 4). */
export interface PanelTranslation {
  store: TranslationStore;
  engineLabel: string;
  strings: TranslationStrings;
  actions: TranslationActions;
}

export interface ReaderPanelProps {
  view: ReaderView | null;
  /** A message for the reader when there is nothing to show (not an article, a failure). */
  notice: { title: string; hint: string } | null;
  store: PanelStore;
  strings: PanelStrings;
  onClose: () => void;
  translation?: PanelTranslation;
}

/**
 * Rows on screen: the first screenful at once, then the rest a slice per task, each handed to the
 * page in between, so a 3,000-paragraph article never blocks the page for a long task (issue 6,
 * `npm run bench`: rendering every row at once took one task of several hundred ms).
 */
const FIRST_ROWS = 60;
const ROWS_PER_SLICE = 100;

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

function usePanelState(store: PanelStore): PanelState {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

const LANG_NAME: Record<Lang, string> = { ko: '한국어', en: 'English' };

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

function Cell(props: { lang: Lang; row: ReaderRow; index: number; active: boolean; strings: PanelStrings; translated?: boolean }) {
  const { lang, row, index, active, strings, translated } = props;
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
          tabIndex={0}
        >
          {row.kind === 'caption' && <span class="tag">{strings.caption}</span>}
          {t.text}
          {unpaired && row.kind !== 'caption' && <span class="tag unpaired-tag">{strings.unpaired}</span>}
        </Tag>
      ))}
    </div>
  );
}

export function ReaderPanel({ view, notice, store, strings, onClose, translation }: ReaderPanelProps) {
  const state = usePanelState(store);
  const shownRows = useRowsInSlices(view?.rows.length ?? 0);
  // Which rows are translated, and into which language, is fixed when the translation starts.
  const translatedRows = translation?.store.get().cells;
  const target = translation?.store.get().target;
  const rowsRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const order: Lang[] = state.layout === 'single' ? [state.primary] : state.primary === 'ko' ? ['ko', 'en'] : ['en', 'ko'];

  useEffect(() => closeRef.current?.focus(), []);

  // Highlight follows the pointer and the focus; the counterpart is brought into view.
  const activateFrom = (event: Event, reveal: boolean) => {
    const target = (event.target as Element | null)?.closest?.('[data-pair]');
    if (!target) return;
    const row = Number(target.getAttribute('data-pair'));
    store.dispatch({ type: 'activate', row });
    if (!reveal) return;
    const lang = target.getAttribute('lang');
    const counterpart = rowsRef.current?.querySelector(`[data-pair="${row}"]:not([lang="${lang}"])`);
    revealInContainer(counterpart);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'l' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      store.dispatch({ type: 'switch-language' });
    } else if (event.key === 'j' || event.key === 'k') {
      store.dispatch({ type: 'step', by: event.key === 'j' ? 1 : -1 });
      const row = store.get().active;
      const el = rowsRef.current?.querySelector<HTMLElement>(`[data-pair="${row}"][lang="${store.get().primary}"]`) ?? rowsRef.current?.querySelector<HTMLElement>(`[data-pair="${row}"]`);
      el?.focus({ preventScroll: true });
      revealInContainer(el);
    }
  };

  const doc = view?.document;
  const source = doc ? (doc.englishSource === 'page' ? strings.sourcePage : doc.englishSource === 'none' ? strings.sourceNone : doc.englishSource) : '';

  return (
    <section class="panel" role="region" aria-label={strings.panelLabel} onKeyDown={onKeyDown}>
      <header class="bar">
        <span class="brand">한영 리더 <span class="brand-en">Hanyeong Reader</span></span>
        <span class="source">{source}</span>
        <span class="spacer" />
        <button type="button" class="btn" data-action="switch-language" onClick={() => store.dispatch({ type: 'switch-language' })}>
          {strings.switchLanguage} ({LANG_NAME[state.primary]})
        </button>
        <button
          type="button"
          class="btn"
          data-action="layout"
          aria-pressed={state.layout === 'single'}
          onClick={() => store.dispatch({ type: 'set-layout', layout: state.layout === 'both' ? 'single' : 'both' })}
        >
          {state.layout === 'both' ? strings.layoutSingle : strings.layoutBoth}
        </button>
        <button type="button" class="btn close" data-action="close" ref={closeRef} onClick={onClose} aria-label={strings.close}>
          ✕
        </button>
      </header>
      {translation && !notice && (
        <TranslationBar store={translation.store} engineLabel={translation.engineLabel} strings={translation.strings} actions={translation.actions} />
      )}
      {notice ? (
        <div class="notice" role="alert">
          <p class="notice-title">{notice.title}</p>
          <p class="notice-hint">{notice.hint}</p>
        </div>
      ) : (
        <div
          class={`rows layout-${state.layout}`}
          ref={rowsRef}
          data-primary={state.primary}
          onMouseOver={(e) => activateFrom(e, false)}
          onFocusIn={(e) => activateFrom(e, true)}
          onClick={(e) => activateFrom(e, true)}
        >
          {view?.rows.slice(0, shownRows).map((row, index) => (
            <div class={`row kind-${row.kind}`} key={index}>
              {order.map((lang) =>
                translation && translatedRows?.[index] && lang === target ? (
                  <TranslatedParagraph
                    key={lang}
                    store={translation.store}
                    row={index}
                    kind={row.kind}
                    strings={translation.strings}
                    active={state.active === index}
                    onRetry={translation.actions.retry}
                  />
                ) : (
                  <Cell key={lang} lang={lang} row={row} index={index} active={state.active === index} strings={strings} translated={Boolean(translatedRows?.[index])} />
                ),
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
