// @vitest-environment jsdom
/**
 * The translation bar and a translated cell as rendered (components/translation/TranslationBar.tsx):
 * each state of the store says what is true, names the engine in use and nothing else, and offers one
 * button where the reader must act; a cell says "Translating…" only while its request runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TranslatedParagraph, TranslationBar, type TranslationActions } from '../components/translation/TranslationBar';
import { createTranslationStore, initialTranslationState, type TranslationAction } from '../components/translation/translation-state';
import type { TranslationStrings } from '../components/translation/translation-strings';
import type { PanelEngine } from '../components/translation/engine-choice';

/** Strings that say which string they are, so a test reads which one is shown. */
const strings = new Proxy({} as TranslationStrings, {
  get: (_target, key: string) => (key === 'direction' ? (from: string) => `${from}-dir` : /^(translatedBy|needsDownload|downloadSized|downloading|someFailed|keylessFailed|useEngine|notHere)$/.test(key) ? (...args: string[]) => `[${key} ${args.join(' ')}]` : `[${key}]`),
});
const label = (engine: PanelEngine) => `<${engine}>`;
const clicked: string[] = [];
const actions: TranslationActions = {
  download: () => clicked.push('download'),
  cancel: () => clicked.push('cancel'),
  resume: () => clicked.push('resume'),
  retry: (row) => clicked.push(`retry ${row}`),
  useEngine: (engine) => clicked.push(`use ${engine}`),
  openOptions: () => clicked.push('options'),
};

function mount(...actionsBefore: TranslationAction[]) {
  const store = createTranslationStore(initialTranslationState('en', [0, 2]));
  for (const action of actionsBefore) store.dispatch(action);
  const root = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <>
        <TranslationBar store={store} from="ko" engineLabel={label} strings={strings} actions={actions} />
        {[0, 2].map((row) => (
          <TranslatedParagraph key={row} store={store} row={row} kind="body" strings={strings} active={false} tabStop={false} onRetry={actions.retry} renderText={(text) => text} />
        ))}
      </>,
      root,
    ),
  );
  const bar = () => root.querySelector('.translation-bar')!;
  return {
    store,
    text: () => bar().textContent,
    buttons: () => Array.from(bar().querySelectorAll('button')).map((b) => b.getAttribute('data-action')),
    cells: () => Array.from(root.querySelectorAll('[data-pair]')).map((el) => `${el.getAttribute('data-state')}:${el.textContent}`),
    dispatch: (action: TranslationAction) => act(() => store.dispatch(action)),
  };
}

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  clicked.length = 0;
});

describe('translation bar', () => {
  it('with no engine usable: why, what the browser can do, one button for the first choice; no engine claimed', () => {
    const firefox = mount({ type: 'unavailable', reason: 'nothing-on-device', wanted: null, choices: [] });
    expect(firefox.text()).toBe('[nothingOnDevice] [canOnlyOnline][openOptions]');
    expect(firefox.buttons()).toEqual(['open-options']);
    expect(firefox.cells()).toEqual(['unavailable:[notTranslated]', 'unavailable:[notTranslated]']);
    const chrome = mount({ type: 'unavailable', reason: 'not-here', wanted: 'bergamot', choices: ['chrome-builtin'] });
    expect(chrome.text()).toBe('[notHere <bergamot>] [canChrome][useEngine <chrome-builtin>]');
    expect(chrome.buttons()).toEqual(['use-engine']);
  });

  it("offers a download with its size and source, named for the engine that needs it", () => {
    const view = mount({ type: 'needs-download', engine: 'bergamot', offer: { bytes: 33_400_000, source: 'storage.googleapis.com' } });
    expect(view.text()).toBe('[needsDownload <bergamot>][downloadSized ko-dir 33 MB storage.googleapis.com]');
    expect(view.buttons()).toEqual(['download-model']);
    view.dispatch({ type: 'downloading' });
    view.dispatch({ type: 'download-progress', fraction: 0.42 });
    expect(view.text()).toBe('[downloading <bergamot>] 42%');
    expect(view.buttons()).toEqual([]);
  });

  it('while translating names the engine, counts, and cancels; a cell translates only once sent', () => {
    const view = mount({ type: 'queue', engine: 'libretranslate', rows: [0, 2] });
    expect(view.text()).toBe('[translatedBy <libretranslate>][progress] 0 / 2[cancel]');
    expect(view.cells()).toEqual(['waiting:[waiting]', 'waiting:[waiting]']);
    view.dispatch({ type: 'sent', rows: [0], run: [0, 2] });
    expect(view.cells()).toEqual(['translating:[translating]', 'waiting:[waiting]']);
    view.dispatch({ type: 'result', row: 0, text: 'Hello' });
    expect(view.cells()).toEqual(['done:Hello', 'waiting:[waiting]']);
    view.dispatch({ type: 'run-ended', rows: [0, 2] });
    expect(view.cells()[1]).toBe('failed:[failedParagraph] [noAnswer] [retry]');
    expect(view.text()).toBe('[translatedBy <libretranslate>][progress] 1 / 2[someFailed <libretranslate>][retryFailed]');
    expect(view.buttons()).toEqual(['resume-translation']);
  });

  it('after a keyless engine failed, offers the engines to switch to for this article', () => {
    const view = mount({ type: 'queue', engine: 'google-web', rows: [0, 2] }, { type: 'error', row: 0, message: 'google-web: rate-limit (HTTP 429)' }, { type: 'error', row: 2, message: 'google-web: rate-limit (HTTP 429)' }, { type: 'fallbacks', engines: ['microsoft-edge', 'bergamot'] });
    expect(view.text()).toContain('[keylessFailed <google-web>]');
    expect(view.buttons()).toEqual(['use-engine', 'use-engine', 'resume-translation']);
    act(() => (document.querySelectorAll('[data-action="use-engine"]')[1] as HTMLButtonElement).click());
    expect(clicked).toEqual(['use bergamot']);
  });
});
