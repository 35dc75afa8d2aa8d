/**
 * The translation's status line under the panel's header: the engine, progress ("4 / 12") with a
 * cancel button, the model download, and what to do when the engine cannot run here.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TranslationState, TranslationStore } from './translation-state';
import { translationProgress } from './translation-state';
import type { TranslationStrings } from './translation-strings';

export interface TranslationActions {
  download(): void;
  cancel(): void;
  resume(): void;
  retry(row: number): void;
  openOptions(): void;
}

/**
 * The part of the translation state a view shows, re-rendering that view only when it changes: each
 * translated paragraph watches its own cell, so an answer re-renders one paragraph, not every row of
 * a long article. Synced after subscribing: the session starts as the panel mounts, and an answer
 * may land before this effect runs.
 */
function useTranslation<T>(store: TranslationStore, select: (state: TranslationState) => T): T {
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

export function TranslationBar(props: { store: TranslationStore; engineLabel: string; strings: TranslationStrings; actions: TranslationActions }) {
  const { engineLabel, strings, actions } = props;
  const state = useTranslation(props.store, whole);
  const { done, total } = translationProgress(state);
  const percent = Math.round((state.download ?? 0) * 100);
  return (
    <div class="translation-bar" data-translation-phase={state.phase} role="status" aria-live="polite">
      <span class="translation-engine">
        {strings.translatedBy} {engineLabel}
      </span>
      {state.phase === 'checking' && <span>{strings.checking}</span>}
      {state.phase === 'needs-download' && (
        <>
          <span>{strings.needsDownload}</span>
          <button type="button" class="btn" data-action="download-model" onClick={actions.download}>
            {strings.download}
          </button>
        </>
      )}
      {state.phase === 'downloading' && (
        <>
          <span data-download-progress={String(percent)}>
            {strings.downloading} {percent}%
          </span>
          <progress max={100} value={percent} />
        </>
      )}
      {state.phase === 'download-failed' && (
        <>
          <span class="translation-problem">
            {strings.downloadFailed} {state.problem}
          </span>
          <button type="button" class="btn" data-action="download-model" onClick={actions.download}>
            {strings.retry}
          </button>
        </>
      )}
      {(state.phase === 'translating' || state.phase === 'finished' || state.phase === 'cancelled') && (
        <span class="translation-progress" data-done={String(done)} data-total={String(total)}>
          {strings.progress} {done} / {total}
        </span>
      )}
      {state.phase === 'translating' && (
        <button type="button" class="btn" data-action="cancel-translation" onClick={actions.cancel}>
          {strings.cancel}
        </button>
      )}
      {state.phase === 'cancelled' && (
        <>
          <span>{strings.cancelled}</span>
          <button type="button" class="btn" data-action="resume-translation" onClick={actions.resume}>
            {strings.resume}
          </button>
        </>
      )}
      {state.phase === 'finished' && <span>{strings.finished}</span>}
      {(state.phase === 'unsupported' || state.phase === 'no-engine') && (
        <>
          <span class="translation-problem">{state.phase === 'unsupported' ? `${strings.unsupported} ${strings.unsupportedHint}` : strings.noEngine}</span>
          <button type="button" class="btn" data-action="open-options" onClick={actions.openOptions}>
            {strings.openOptions}
          </button>
        </>
      )}
    </div>
  );
}

/** The translated side of one row: the text, a placeholder while it comes, or the failure with a retry button. */
export function TranslatedParagraph(props: { store: TranslationStore; row: number; kind: string; strings: TranslationStrings; active: boolean; onRetry(row: number): void }) {
  const { store, row, kind, strings, active, onRetry } = props;
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
        data-translation={cell.status}
        tabIndex={0}
      >
        {cell.status === 'done' && cell.text}
        {cell.status === 'pending' && <span class="translation-placeholder">{strings.pending}</span>}
        {cell.status === 'cancelled' && <span class="translation-placeholder">{strings.cancelled}</span>}
        {cell.status === 'error' && (
          <span class="translation-error" role="alert">
            {strings.failedParagraph} <span class="translation-error-detail">{cell.message}</span>{' '}
            <button type="button" class="btn" data-action="retry-paragraph" onClick={() => onRetry(row)}>
              {strings.retry}
            </button>
          </span>
        )}
      </Tag>
    </div>
  );
}
