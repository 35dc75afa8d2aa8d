// @vitest-environment jsdom
/**
 * The Words page as rendered (components/words/WordsPage.tsx): the saved words with their sentences
 * and source, known marking, hiding known words, removal and the exports through its callbacks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WordsPage, type WordsPageStrings } from '../components/words/WordsPage';
import { wordId, type SavedWord } from '../lib/words/word-list';
import type { DictionaryState } from '../lib/protocol';

const strings: WordsPageStrings = {
  heading: 'Your words',
  empty: 'No saved words yet.',
  known: 'Known',
  remove: 'Remove',
  exportAnki: 'Export for Anki',
  exportCsv: 'Export as CSV',
  showKnown: 'Show known words',
  count: (words, known) => `${words} words, ${known} known`,
  source: 'Source',
  dictionaryHeading: 'Dictionary',
  dictionaryInstalled: (entries) => `kengdic, ${entries} entries`,
  dictionaryNone: 'No dictionary',
  dictionaryUpdate: 'Check for a newer dictionary',
  dictionaryRemove: 'Remove the dictionary',
  dictionaryWorking: (percent) => `Downloading ${percent}%`,
  dictionaryFailed: (reason) => `Failed: ${reason}`,
  credit: 'Dictionary: kengdic',
};

const word = (text: string, lemma: string, known = false): SavedWord => ({
  text,
  lemma,
  glosses: [`gloss of ${lemma}`],
  hanja: [],
  sentence: `${text} 문장이다.`,
  english: `The sentence of ${lemma}.`,
  headline: '제목',
  url: 'http://news.example/1',
  savedAt: '2026-12-02T00:00:00.000Z',
  known,
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

function mount(words: SavedWord[], dictionary: DictionaryState | null = null) {
  const calls: string[] = [];
  root = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <WordsPage words={words} strings={strings} status={null} onKnown={(id, known) => calls.push(`known ${id.split('\u0000')[0]} ${known}`)} onRemove={(id) => calls.push(`remove ${id.split('\u0000')[0]}`)} onExport={(format, known) => calls.push(`export ${format}${known ? ' with known' : ''}`)} dictionary={dictionary} onDictionary={(action) => calls.push(`dictionary ${action}`)} />,
      root!,
    ),
  );
  return { calls, $$: (selector: string) => Array.from(root!.querySelectorAll<HTMLElement>(selector)) };
}

describe('WordsPage', () => {
  it('says how to save a word when there is none', () => {
    const { $$ } = mount([]);
    expect($$('[data-words-empty]')[0].textContent).toBe('No saved words yet.');
  });

  it('lists each word with its sentences and source, and counts the known ones', () => {
    const { $$ } = mount([word('발표했다', '발표하다'), word('연구원은', '연구원', true)]);
    expect($$('[data-word]').map((li) => li.getAttribute('data-word'))).toEqual(['발표하다', '연구원']);
    expect($$('[data-word="발표하다"]')[0].textContent).toContain('발표했다 문장이다.');
    expect($$('[data-word="발표하다"]')[0].textContent).toContain('The sentence of 발표하다.');
    expect($$('[data-word="연구원"]')[0].hasAttribute('data-known')).toBe(true);
    expect($$('[data-words-count]')[0].textContent).toBe('2 words, 1 known');
  });

  it('marks a word known, removes one, exports, and hides known words', () => {
    const words = [word('발표했다', '발표하다'), word('연구원은', '연구원', true)];
    const { calls, $$ } = mount(words);
    act(() => $$('[data-word="발표하다"] [data-action="word-known"]')[0].click());
    act(() => $$('[data-word="연구원"] [data-action="word-remove"]')[0].click());
    act(() => $$('[data-action="export-anki"]')[0].click());
    act(() => $$('[data-action="export-csv"]')[0].click());
    expect(calls).toEqual(['known 발표하다 true', 'remove 연구원', 'export anki with known', 'export csv with known']);
    act(() => $$('[data-action="show-known"]')[0].click());
    act(() => $$('[data-action="export-anki"]')[0].click());
    expect(calls.at(-1)).toBe('export anki');
    expect($$('[data-word]').map((li) => li.getAttribute('data-word'))).toEqual(['발표하다']);
    expect(wordId(words[0])).toContain('발표하다');
  });

  it('shows the dictionary on the device with update and remove, its download, its failure, or none', () => {
    const info = { id: 'kengdic' as const, url: 'u', bytes: 1, sha256: 'x', entries: 467, etag: null, lastModified: null, downloadedAt: 0, checkedAt: 0 };
    const installed = mount([], { installed: info, download: null, error: null });
    expect(installed.$$('[data-dictionary-info]')[0].textContent).toBe('kengdic, 467 entries');
    act(() => installed.$$('[data-action="dictionary-update"]')[0].click());
    act(() => installed.$$('[data-action="dictionary-remove"]')[0].click());
    expect(installed.calls).toEqual(['dictionary update', 'dictionary remove']);
    render(null, root!);
    const working = mount([], { installed: info, download: { loaded: 50, total: 200 }, error: null });
    expect(working.$$('[role=status]')[0].textContent).toBe('Downloading 25%');
    expect(working.$$('[data-action="dictionary-update"]')).toEqual([]);
    render(null, root!);
    const failed = mount([], { installed: null, download: null, error: { kind: 'http', message: '404' } });
    expect(failed.$$('[data-dictionary-info]')[0].textContent).toBe('No dictionary');
    expect(failed.$$('[data-dictionary-error]')[0].textContent).toBe('Failed: 404');
  });
});
