/**
 * The panel's bar: the brand, where the English comes from, the controls, and the close button, in
 * one row at every width: what has no room at the panel's width goes into the "More" menu
 * (MoreMenu.tsx), by `barTier`. Each control carries a `data-action` (the README's automation
 * contract), in the bar or in the menu, never both.
 */
import type { ComponentChildren } from 'preact';
import type { Layout, PanelState, Theme } from '../panel-state';
import { ReportButton } from '../ReportButton';
import type { ReaderDocument, Language } from '../../lib/types';
import { usePanel } from './context';
import { MoreMenu } from './MoreMenu';
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

/**
 * How much of the bar fits at a panel width (px): 'compact' (a phone, a narrow window) keeps the
 * language switch and the layout; 'medium' (760 px) adds the brand, the theme and the text size;
 * 'wide' (1180 px, the default panel in a 1280 px window) adds where the English comes from and the
 * line spacing. Read aloud, export and the report are always in the menu. Measured one row at 390,
 * 760 and 1280 px windows in both browsers (e2e/phone.scenarios.ts). 0 (not measured yet, or no
 * layout: jsdom) is 'wide'.
 */
export type BarTier = 'compact' | 'medium' | 'wide';
export const COMPACT_BELOW = 600;
export const WIDE_FROM = 1100;
export function barTier(panelWidth: number): BarTier {
  if (panelWidth <= 0 || panelWidth >= WIDE_FROM) return 'wide';
  return panelWidth < COMPACT_BELOW ? 'compact' : 'medium';
}

type BarItem = 'brand' | 'source' | 'theme' | 'text-size' | 'line-spacing';
const IN_BAR: Record<BarTier, ReadonlySet<BarItem>> = {
  compact: new Set(),
  medium: new Set(['brand', 'theme', 'text-size']),
  wide: new Set(['brand', 'source', 'theme', 'text-size', 'line-spacing']),
};

export interface ToolbarProps {
  state: PanelState;
  tier: BarTier;
  /** The bar is slid away (a narrow panel scrolled down: useBarHiding). */
  hidden: boolean;
  barRef: { current: HTMLElement | null };
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
  const { state, readAloud, tier } = props;
  const reading = readAloud.reading;
  const inBar = (item: BarItem) => IN_BAR[tier].has(item);
  // The reader hears the new value: the buttons' names say only which way they go.
  const textSize = (by: 1 | -1) => {
    store.dispatch({ type: 'text-size', by });
    announce(strings.textSizeNow(store.get().fontSize));
  };
  const lineSpacing = (by: 1 | -1) => {
    store.dispatch({ type: 'line-height', by });
    announce(strings.lineSpacingNow(store.get().lineHeight.toFixed(1)));
  };
  const theme = <Menu action="theme" label={strings.themeLabel} value={state.theme} choices={THEMES} names={strings.themeNames} onChoose={(theme) => store.dispatch({ type: 'set-theme', theme })} />;
  const textSizeGroup = (
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
  );
  const lineSpacingGroup = (
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
  );
  const brand = (
    <span class="brand" lang="ko">
      한영 리더 <span class="brand-en" lang="en">Hanyeong Reader</span>
    </span>
  );
  // A narrow bar says the leading language only; the button's name keeps the whole label.
  const switchName = `${strings.switchLanguage} (${LANGUAGE_NAME[state.primary]})`;
  return (
    <header class="bar" ref={props.barRef} data-hidden={props.hidden ? '' : undefined}>
      {inBar('brand') && brand}
      {inBar('source') && <span class="source">{props.source}</span>}
      <div class="tools">
        <button type="button" class="btn" data-action="switch-language" aria-label={tier === 'compact' ? switchName : undefined} onClick={() => store.dispatch({ type: 'switch-language' })}>
          {tier === 'compact' ? `⇄ ${LANGUAGE_NAME[state.primary]}` : switchName}
        </button>
        <Menu action="layout" label={strings.layoutLabel} value={state.layout} choices={LAYOUTS} names={strings.layoutNames} onChoose={(layout) => store.dispatch({ type: 'set-layout', layout })} />
        {inBar('theme') && theme}
        {inBar('text-size') && textSizeGroup}
        {inBar('line-spacing') && lineSpacingGroup}
        <MoreMenu label={strings.more} name={strings.moreLabel}>
          {(close) => {
            const then = (action: () => void) => () => {
              action();
              close();
            };
            return (
              <>
                {!inBar('brand') && brand}
                {!inBar('source') && <span class="source">{props.source}</span>}
                {!inBar('theme') && theme}
                {!inBar('text-size') && textSizeGroup}
                {!inBar('line-spacing') && lineSpacingGroup}
                {services.words && props.hasArticle && (
                  <button type="button" class="btn" data-action="word-mode" aria-pressed={state.wordMode} title={strings.wordModeHint} onClick={then(() => store.dispatch({ type: 'toggle-word-mode' }))}>
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
                        <button type="button" class="btn" data-action="read-stop" onClick={then(props.onStopReading)}>
                          {strings.readStop}
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" class="btn" data-action="read-pair" onClick={then(() => props.onReadAloud('pair'))}>
                          {strings.readPair}
                        </button>
                        <button type="button" class="btn" data-action="read-from-here" onClick={then(() => props.onReadAloud('from-here'))}>
                          {strings.readFromHere}
                        </button>
                      </>
                    )}
                  </span>
                )}
                {props.hasArticle && (
                  <span class="group" role="group" aria-label={strings.exportLabel}>
                    <button type="button" class="btn" data-action="export-markdown" onClick={then(() => props.onExport('markdown'))}>
                      {strings.exportMarkdown}
                    </button>
                    <button type="button" class="btn" data-action="export-text" onClick={then(() => props.onExport('text'))}>
                      {strings.exportText}
                    </button>
                  </span>
                )}
                {/* Also with the "no article" notice: a page the reader misread is what the report is for. */}
                <ReportButton reader={props.article} version={services.version} saveFile={services.saveFile} label={strings.reportPage} title={strings.reportPageHint} />
              </>
            );
          }}
        </MoreMenu>
      </div>
      <button type="button" class="btn close" data-action="close" ref={props.closeRef} onClick={props.onClose} aria-label={strings.close}>
        ✕
      </button>
    </header>
  );
}
