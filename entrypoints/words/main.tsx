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
import { askBackground } from '../../utils/background';
import type { DictionaryAction, DictionaryState } from '../../lib/protocol';

const groupDigits = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const day = (date: Date) => date.toLocaleDateString(browser.i18n.getUILanguage());

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
  dictionaryHeading: i18n.t('wordsDictionaryHeading'),
  dictionaryInstalled: (entries, downloaded, checked) => i18n.t('wordsDictionaryInstalled', [groupDigits(entries), day(downloaded), day(checked)]),
  dictionaryNone: i18n.t('wordsDictionaryNone'),
  dictionaryUpdate: i18n.t('wordsDictionaryUpdate'),
  dictionaryRemove: i18n.t('wordsDictionaryRemove'),
  dictionaryWorking: (percent) => i18n.t('wordDownloading', [String(percent)]),
  dictionaryFailed: (reason) => i18n.t('wordDownloadFailed', [reason]),
  credit: i18n.t('wordCredit'),
};

const root = document.getElementById('app')!;
let words: SavedWord[] = [];
let status: string | null = null;
let dictionary: DictionaryState | null = null;

function show(): void {
  render(<WordsPage words={words} strings={strings} status={status} onKnown={(id, known) => void change(markKnown(words, id, known))} onRemove={(id) => void change(removeWord(words, id))} onExport={saveExport} dictionary={dictionary} onDictionary={(action) => void askDictionary(action)} />, root);
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

/** The dictionary's state from the background; while it downloads, asked again until it is done. */
async function askDictionary(action: DictionaryAction): Promise<void> {
  try {
    const reply = await askBackground({ type: 'words:dictionary', action });
    if (!reply?.ok) throw new Error(reply ? reply.error : 'the background did not answer');
    dictionary = reply.state;
  } catch (error) {
    dictionary = { installed: dictionary?.installed ?? null, download: null, error: { kind: 'storage', message: (error as Error).message } };
  }
  show();
  if (dictionary.download) setTimeout(() => void askDictionary('status'), 500);
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
void askDictionary('status');
