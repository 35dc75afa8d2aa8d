/**
 * The translation's status line under the panel's header, saying what is true now: which engine
 * translates (by its own name), progress ("4 / 12") with a cancel button, the model download with
 * its size, and, when no engine can run here, what this browser can do instead with one button.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { TranslationState, TranslationStore } from './translation-state';
import { cellState, panelTranslationState, translationProgress } from './translation-state';
import type { TranslationStrings } from './translation-strings';
import type { OnDeviceEngine, PanelEngine } from './engine-choice';
import type { Language } from '../../lib/types';

export interface TranslationActions {
  download(): void;
  cancel(): void;
  resume(): void;
  retry(row: number): void;
  /** Translate this article with another engine (an offer's button). */
  useEngine(engine: PanelEngine): void;
  /** The panel now shows the first `count` rows: translate those too (a long article is translated as far as it is shown). */
  showRows?(count: number): void;
  openOptions(): void;
}

/**
 * The part of the translation state a view shows, re-rendering that view only when it changes: each
 * translated paragraph watches its own cell, so an answer re-renders one paragraph, not every row of
 * a long article. Synced after subscribing: the session starts as the panel mounts, and an answer
 * may land before this effect runs.
 */
export function useTranslation<T>(store: TranslationStore, select: (state: TranslationState) => T): T {
  const [value, setValue] = useState(() => select(store.get()));
  useEffect(() => {
    const update = () => setValue(() => select(store.get()));
    const unsubscribe = store.subscribe(update);
    update();
    return unsubscribe;
  }, [store]);
  return value;
}

const whole = (state: TranslationState) => state;

/** "33 MB", "850 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round(bytes / 1_000_000)} MB`;
  return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
}

function Button(props: { action: string; onClick: () => void; engine?: string; children: ComponentChildren }) {
  return (
    <button type="button" class="btn" data-action={props.action} data-engine={props.engine} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

export function TranslationBar(props: {
  store: TranslationStore;
  from: Language;
  engineLabel: (engine: PanelEngine) => string;
  strings: TranslationStrings;
  actions: TranslationActions;
}) {
  const { engineLabel, strings, actions } = props;
  const state = useTranslation(props.store, whole);
  const shown = panelTranslationState(state);
  const { done, total } = translationProgress(state);
  const percent = Math.round((state.download ?? 0) * 100);
  const label = state.engine ? engineLabel(state.engine) : '';
  const progress = (
    <span class="translation-progress" data-done={String(done)} data-total={String(total)}>
      {strings.progress} {done} / {total}
    </span>
  );
  let body: ComponentChildren = null;
  switch (shown) {
    case 'idle':
      break;
    case 'checking':
      body = <span>{strings.checking}</span>;
      break;
    case 'needs-download':
      body = (
        <>
          <span>{strings.needsDownload(label)}</span>
          <Button action="download-model" onClick={actions.download}>
            {state.offer ? strings.downloadSized(strings.direction(props.from), formatBytes(state.offer.bytes), state.offer.source) : strings.download}
          </Button>
        </>
      );
      break;
    case 'downloading':
      body = (
        <>
          <span data-download-progress={String(percent)}>
            {strings.downloading(label)} {percent}%
          </span>
          <progress max={100} value={percent} />
        </>
      );
      break;
    case 'translating':
      body = (
        <>
          <span class="translation-engine">{strings.translatedBy(label)}</span>
          {progress}
          <Button action="cancel-translation" onClick={actions.cancel}>
            {strings.cancel}
          </Button>
        </>
      );
      break;
    case 'done':
      body = (
        <>
          <span class="translation-engine">{strings.translatedBy(label)}</span>
          {progress}
          <span>{strings.finished}</span>
        </>
      );
      break;
    case 'cancelled':
      body = (
        <>
          <span class="translation-engine">{strings.translatedBy(label)}</span>
          {progress}
          <span>{strings.cancelled}</span>
          <Button action="resume-translation" onClick={actions.resume}>
            {strings.resume}
          </Button>
        </>
      );
      break;
    case 'failed':
      body =
        state.stage === 'download-failed' ? (
          <>
            <span class="translation-problem">
              {strings.downloadFailed} {state.problem}
            </span>
            <Button action="download-model" onClick={actions.download}>
              {strings.retry}
            </Button>
          </>
        ) : (
          <>
            <span class="translation-engine">{strings.translatedBy(label)}</span>
            {progress}
            <span class="translation-problem">{state.fallbacks.length > 0 ? strings.keylessFailed(label) : strings.someFailed(label)}</span>
            {state.fallbacks.map((engine) => (
              <Button key={engine} action="use-engine" engine={engine} onClick={() => actions.useEngine(engine)}>
                {strings.useEngine(engineLabel(engine))}
              </Button>
            ))}
            <Button action="resume-translation" onClick={actions.resume}>
              {strings.retryFailed}
            </Button>
          </>
        );
      break;
    case 'unavailable':
      body = <NoEngine state={state} engineLabel={engineLabel} strings={strings} actions={actions} />;
      break;
  }
  return (
    <div class="translation-bar" data-translation-bar={shown} role="status" aria-live="polite">
      {body}
    </div>
  );
}

/** No engine can translate here: why, what this browser can do instead, and one button for the first choice. */
function NoEngine(props: { state: TranslationState; engineLabel: (engine: PanelEngine) => string; strings: TranslationStrings; actions: TranslationActions }) {
  const { state, engineLabel, strings, actions } = props;
  const unavailable = state.unavailable;
  if (!unavailable) return null;
  const reason =
    unavailable.reason === 'none-chosen'
      ? strings.noneChosen
      : unavailable.reason === 'not-here' && unavailable.wanted
        ? strings.notHere(engineLabel(unavailable.wanted))
        : strings.nothingOnDevice;
  const has = (engine: OnDeviceEngine) => unavailable.choices.includes(engine);
  const can = has('chrome-builtin') ? (has('bergamot') ? strings.canChromeAndMozilla : strings.canChrome) : has('bergamot') ? strings.canMozilla : strings.canOnlyOnline;
  const first = unavailable.choices[0];
  return (
    <>
      <span class="translation-offer">
        {reason} {can}
      </span>
      {first ? (
        <Button action="use-engine" engine={first} onClick={() => actions.useEngine(first)}>
          {strings.useEngine(engineLabel(first))}
        </Button>
      ) : (
        <Button action="open-options" onClick={actions.openOptions}>
          {strings.openOptions}
        </Button>
      )}
    </>
  );
}

/** The engine in use, for the header's source line; the page's own wording while none translates. */
export function TranslationSource(props: { store: TranslationStore; engineLabel: (engine: PanelEngine) => string; none: string }) {
  const engine = useTranslation(props.store, (state) => (state.stage === 'running' ? state.engine : null));
  return <>{engine ? props.engineLabel(engine) : props.none}</>;
}

/** The translated side of one row: the text, what it waits for, or the failure with a retry button. */
export function TranslatedParagraph(props: {
  store: TranslationStore;
  row: number;
  kind: string;
  strings: TranslationStrings;
  active: boolean;
  tabStop: boolean;
  onRetry(row: number): void;
  /** The text when done, as the panel renders text (sentences, the sentence being read aloud). */
  renderText(text: string): ComponentChildren;
}) {
  const { store, row, kind, strings, active, tabStop, onRetry } = props;
  const cell = useTranslation(store, (state) => state.cells[row]);
  const lang = store.get().target;
  const Tag = kind === 'headline' ? 'h2' : 'p';
  return (
    <div class={`cell kind-${kind}`} lang={lang}>
      <Tag
        class={`para translated status-${cell.status}`}
        lang={lang}
        data-pair={String(row)}
        data-active={active ? '' : undefined}
        data-kind={kind}
        data-state={cellState(cell)}
        tabIndex={tabStop ? 0 : -1}
      >
        {cell.status === 'done' && props.renderText(cell.text)}
        {cell.status === 'waiting' && <span class="translation-placeholder">{strings.waiting}</span>}
        {cell.status === 'translating' && <span class="translation-placeholder">{strings.translating}</span>}
        {cell.status === 'idle' && <span class="translation-placeholder">{strings.notTranslated}</span>}
        {cell.status === 'cancelled' && <span class="translation-placeholder">{strings.cancelled}</span>}
        {cell.status === 'failed' && (
          <span class="translation-error" role="alert">
            {strings.failedParagraph} <span class="translation-error-detail">{cell.message ?? strings.noAnswer}</span>{' '}
            <button type="button" class="btn" data-action="retry-paragraph" onClick={() => onRetry(row)}>
              {strings.retry}
            </button>
          </span>
        )}
      </Tag>
    </div>
  );
}
