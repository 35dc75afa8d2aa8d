/**
 * The Words page (glue): reads the saved words from extension storage, renders WordsPage, writes
 * every change back, follows changes made elsewhere (a word saved in a tab while this page is open),
 * and saves the exports as files.
 */
import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { exportAnki, exportCsv, markKnown, removeWord, type SavedWord } from '../../lib/words/word-list';
import { WordsPage, type WordsPageStrings } from '../../components/words/WordsPage';
import { readSavedWords, savedWordsItem, writeSavedWords } from '../../utils/saved-words';

const strings: WordsPageStrings = {
  heading: i18n.t('wordsHeading'),
  empty: i18n.t('wordsEmpty'),
  known: i18n.t('wordsKnown'),
  remove: i18n.t('wordsRemove'),
  exportAnki: i18n.t('wordsExportAnki'),
  exportCsv: i18n.t('wordsExportCsv'),
  showKnown: i18n.t('wordsShowKnown'),
  count: (words, known) => i18n.t('wordsCount', [String(words), String(known)]),
  source: i18n.t('wordsSource'),
};

const root = document.getElementById('app')!;
let words: SavedWord[] = [];
let status: string | null = null;

function show(): void {
  render(<WordsPage words={words} strings={strings} status={status} onKnown={(id, known) => void change(markKnown(words, id, known))} onRemove={(id) => void change(removeWord(words, id))} onExport={saveExport} />, root);
}

async function load(): Promise<void> {
  try {
    const read = await readSavedWords();
    words = read.words;
    status = read.problems.length ? i18n.t('wordsLoadFailed', [read.problems.join('; ')]) : null;
  } catch (error) {
    status = i18n.t('wordsLoadFailed', [(error as Error).message]);
  }
  show();
}

async function change(next: SavedWord[]): Promise<void> {
  const before = words;
  words = next;
  show();
  try {
    await writeSavedWords(next);
  } catch (error) {
    words = before;
    status = i18n.t('wordsSaveFailed', [(error as Error).message]);
    show();
  }
}

function saveExport(format: 'anki' | 'csv', includeKnown: boolean): void {
  const shown = includeKnown ? words : words.filter((word) => !word.known);
  const text = format === 'anki' ? exportAnki(shown, { includeKnown: true }) : exportCsv(shown);
  const url = URL.createObjectURL(new Blob([text], { type: format === 'anki' ? 'text/tab-separated-values;charset=utf-8' : 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = format === 'anki' ? 'hanyeong-words-anki.txt' : 'hanyeong-words.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('wordsTitle');
savedWordsItem.watch(() => void load());
void load();
