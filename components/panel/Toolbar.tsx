/**
 * The panel's bar: the brand, where the English comes from, the controls, and the close button.
 * Each control carries a `data-action` (the README's automation contract).
 */
import type { ComponentChildren } from 'preact';
import type { Layout, PanelState, Theme } from '../panel-state';
import { ReportButton } from '../ReportButton';
import type { ReaderDocument, Language } from '../../lib/types';
import { usePanel } from './context';
import type { ReadAloudState } from './read-aloud';

export const LANGUAGE_NAME: Record<Language, string> = { ko: '한국어', en: 'English' };
const THEMES: Theme[] = ['auto', 'light', 'dark', 'sepia'];
const LAYOUTS: Layout[] = ['auto', 'side-by-side', 'interleaved', 'single'];

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

export interface ToolbarProps {
  state: PanelState;
  /** The article's reader JSON, null with a notice (the report button still offers itself). */
  article: ReaderDocument | null;
  /** Where the English comes from ("from the page", the engine's name, "none"). */
  source: ComponentChildren;
  /** Whether the article's controls (read aloud, export) apply: an article is shown, not a notice. */
  hasArticle: boolean;
  readAloud: ReadAloudState;
  onReadAloud: (scope: 'pair' | 'from-here') => void;
  onStopReading: () => void;
  onTogglePause: () => void;
  onExport: (format: 'markdown' | 'text') => void;
  onClose: () => void;
  closeRef: { current: HTMLButtonElement | null };
}

export function Toolbar(props: ToolbarProps) {
  const { store, strings, services, announce } = usePanel();
  const { state, readAloud } = props;
  const reading = readAloud.reading;
  // The reader hears the new value: the buttons' names say only which way they go.
  const textSize = (by: 1 | -1) => {
    store.dispatch({ type: 'text-size', by });
    announce(strings.textSizeNow(store.get().fontSize));
  };
  const lineSpacing = (by: 1 | -1) => {
    store.dispatch({ type: 'line-height', by });
    announce(strings.lineSpacingNow(store.get().lineHeight.toFixed(1)));
  };
  return (
    <header class="bar">
      <span class="brand" lang="ko">한영 리더 <span class="brand-en" lang="en">Hanyeong Reader</span></span>
      <span class="source">{props.source}</span>
      {/* The controls wrap inside their own box, so the close button stays at the top right. */}
      <div class="tools">
        <button type="button" class="btn" data-action="switch-language" onClick={() => store.dispatch({ type: 'switch-language' })}>
          {strings.switchLanguage} ({LANGUAGE_NAME[state.primary]})
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
        {services.words && props.hasArticle && (
          <button type="button" class="btn" data-action="word-mode" aria-pressed={state.wordMode} title={strings.wordModeHint} onClick={() => store.dispatch({ type: 'toggle-word-mode' })}>
            {strings.wordMode}
          </button>
        )}
        {services.speech && props.hasArticle && (
          <span class="group" role="group" aria-label={strings.readAloud}>
            {reading ? (
              <>
                <button type="button" class="btn" data-action="read-pause" aria-pressed={reading.paused} onClick={props.onTogglePause}>
                  {strings.readPause}
                </button>
                <button type="button" class="btn" data-action="read-stop" onClick={props.onStopReading}>
                  {strings.readStop}
                </button>
              </>
            ) : (
              <>
                <button type="button" class="btn" data-action="read-pair" onClick={() => props.onReadAloud('pair')}>
                  {strings.readPair}
                </button>
                <button type="button" class="btn" data-action="read-from-here" onClick={() => props.onReadAloud('from-here')}>
                  {strings.readFromHere}
                </button>
              </>
            )}
          </span>
        )}
        {props.hasArticle && (
          <span class="group" role="group" aria-label={strings.exportLabel}>
            <button type="button" class="btn" data-action="export-markdown" onClick={() => props.onExport('markdown')}>
              {strings.exportMarkdown}
            </button>
            <button type="button" class="btn" data-action="export-text" onClick={() => props.onExport('text')}>
              {strings.exportText}
            </button>
          </span>
        )}
        {/* Also with the "no article" notice: a page the reader misread is what the report is for. */}
        <ReportButton reader={props.article} version={services.version} saveFile={services.saveFile} label={strings.reportPage} title={strings.reportPageHint} />
      </div>
      <button type="button" class="btn close" data-action="close" ref={props.closeRef} onClick={props.onClose} aria-label={strings.close}>
        ✕
      </button>
    </header>
  );
}
