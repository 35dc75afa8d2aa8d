/**
 * Word analysis for word mode: the dictionary form, part of speech and grammar of each Korean
 * word (lib/words/analyse.ts), and its romanization as pronounced (lib/align/romanize.ts, the
 * project's one romaniser); the dictionary (lib/words/dictionary.ts: kengdic's TSV read into an
 * index by dictionary form; lib/words/dictionary-download.ts: getting it onto the device with the
 * user's consent); the English counterpart of a tapped word in the linked sentence
 * (lib/words/counterpart.ts); the saved words and their exports (lib/words/word-list.ts).
 *
 * Loaded on demand: nothing on the every-page detector's or the reader's import path imports this
 * module; the panel imports it with `import('../lib/words')` when word mode is first used.
 */
export { analyseSentence, analyseWord, type WordAnalysis, type WordPos } from './analyse';
export { romanizePronounced } from '../align/romanize';
export { findCounterpart, counterpartAt, type CounterpartSpan, type CounterpartEvidence, type DictionaryLookup } from './counterpart';
export { parseKengdic, DictionaryFormatError, KENGDIC_COLUMNS, type DictionaryEntry, type DictionaryIndex, type DictionaryMatch } from './dictionary';
export { KENGDIC_URL, KENGDIC_ESTIMATED_BYTES, KENGDIC_MAX_BYTES, KENGDIC_CREDIT } from './source';
export {
  DictionaryError,
  createMemoryDictionaryStore,
  createIdbDictionaryStore,
  downloadDictionary,
  updateDictionary,
  removeDictionary,
  dictionaryInfo,
  loadDictionary,
  type DictionaryErrorKind,
  type DictionaryStore,
  type StoredDictionary,
  type DictionaryInfo,
  type DictionaryProgress,
  type DictionaryDownloadOptions,
  type DictionaryDownloadResult,
} from './dictionary-download';
export {
  addWord,
  markKnown,
  removeWord,
  wordId,
  serialiseWordList,
  parseWordList,
  exportAnki,
  exportCsv,
  WORD_LIST_VERSION,
  ANKI_COLUMNS,
  ANKI_TAG,
  CSV_COLUMNS,
  type SavedWord,
  type ParsedWordList,
} from './word-list';
