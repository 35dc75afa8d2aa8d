/**
 * The learner's saved words: the record kept for each, pure functions over the list (add, mark
 * known, remove), its stored form (a versioned JSON value for extension storage), and the two
 * exports the Words page offers: an Anki-ready TSV and a CSV.
 *
 * Workflow:
 * 1. addWord: a word is the same saved word when its dictionary form and its Korean sentence are
 *    (연구원은 and 연구원이 in one sentence are one card; the same lemma in another sentence is
 *    another card, since the sentence is what the card teaches); a repeat refreshes nothing and
 *    keeps the first saved date.
 * 2. markKnown / removeWord: by id (`${lemma}\u0000${sentence}`), returning a new list.
 * 3. serialiseWordList / parseWordList: `{ version: 1, words: [...] }`; a parse of bad data keeps
 *    every record that is valid, and says which were dropped and why.
 * 4. exportAnki: Anki's text import with file headers (docs.ankiweb.net/importing/text-files.html:
 *    `#separator:tab`, `#html:false`, `#columns:`, `#tags column:`), front = word and Korean
 *    sentence, back = glosses, English sentence and source; a field holding a tab, a newline or
 *    a quote is quoted with doubled quotes, as that page describes. exportCsv: RFC 4180 (CRLF,
 *    quotes doubled, a field quoted when it holds a comma, quote, CR or LF).
 */

export interface SavedWord {
  /** The word as written in the article (연구원은). */
  text: string;
  /** Its dictionary form (연구원). */
  lemma: string;
  glosses: string[];
  hanja: string[];
  /** The Korean sentence it was saved from. */
  sentence: string;
  /** The English counterpart sentence, '' when the panel had none. */
  english: string;
  headline: string;
  url: string;
  /** ISO 8601. */
  savedAt: string;
  known: boolean;
}

export const WORD_LIST_VERSION = 1;

export const wordId = (word: Pick<SavedWord, 'lemma' | 'sentence'>) => `${word.lemma.normalize('NFC')}\u0000${word.sentence.normalize('NFC')}`;

/** Adds a word unless one of the same dictionary form and sentence is saved (then the list is returned as it was). */
export function addWord(list: readonly SavedWord[], word: SavedWord): SavedWord[] {
  const id = wordId(word);
  if (list.some((saved) => wordId(saved) === id)) return [...list];
  return [...list, { ...word, glosses: [...word.glosses], hanja: [...word.hanja] }];
}

export function markKnown(list: readonly SavedWord[], id: string, known = true): SavedWord[] {
  return list.map((word) => (wordId(word) === id ? { ...word, known } : word));
}

export function removeWord(list: readonly SavedWord[], id: string): SavedWord[] {
  return list.filter((word) => wordId(word) !== id);
}

export function serialiseWordList(list: readonly SavedWord[]): string {
  return JSON.stringify({ version: WORD_LIST_VERSION, words: list });
}

export interface ParsedWordList {
  words: SavedWord[];
  /** One line per record or problem that was dropped; empty when all was well. */
  problems: string[];
}

const STRING_FIELDS = ['text', 'lemma', 'sentence', 'english', 'headline', 'url', 'savedAt'] as const;

function checkWord(value: unknown): SavedWord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) if (typeof record[field] !== 'string') return `"${field}" is not text`;
  if (!(record.lemma as string).trim()) return '"lemma" is empty';
  for (const field of ['glosses', 'hanja'] as const) {
    if (!Array.isArray(record[field]) || !(record[field] as unknown[]).every((item) => typeof item === 'string')) return `"${field}" is not a list of text`;
  }
  if (typeof record.known !== 'boolean') return '"known" is not true or false';
  const word: SavedWord = {
    text: record.text as string,
    lemma: record.lemma as string,
    glosses: [...(record.glosses as string[])],
    hanja: [...(record.hanja as string[])],
    sentence: record.sentence as string,
    english: record.english as string,
    headline: record.headline as string,
    url: record.url as string,
    savedAt: record.savedAt as string,
    known: record.known as boolean,
  };
  return word;
}

/**
 * Reads a stored word list (the JSON text, or the value storage handed back). Never throws: a
 * value that is not a word list gives no words and a problem saying what it was; a list with
 * some bad records keeps the good ones (duplicates dropped as addWord would).
 */
export function parseWordList(stored: unknown): ParsedWordList {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch (error) {
      return { words: [], problems: [`the saved words are not JSON (${(error as Error).message})`] };
    }
  }
  if (value === undefined || value === null) return { words: [], problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { words: [], problems: ['the saved words are not a word list (no version and words)'] };
  const { version, words } = value as { version?: unknown; words?: unknown };
  if (version !== WORD_LIST_VERSION) return { words: [], problems: [`the saved words have version ${JSON.stringify(version)}, this reader reads version ${WORD_LIST_VERSION}`] };
  if (!Array.isArray(words)) return { words: [], problems: ['the saved words have no "words" list'] };
  const problems: string[] = [];
  let list: SavedWord[] = [];
  words.forEach((candidate, at) => {
    const checked = checkWord(candidate);
    if (typeof checked === 'string') problems.push(`word ${at + 1} dropped: ${checked}`);
    else {
      const before = list.length;
      list = addWord(list, checked);
      if (list.length === before) problems.push(`word ${at + 1} dropped: a repeat of "${checked.lemma}" in the same sentence`);
    }
  });
  return { words: list, problems };
}

/** The source line of a card: the headline and the address. */
const sourceOf = (word: SavedWord) => [word.headline, word.url].filter(Boolean).join(' — ');

const frontOf = (word: SavedWord) => (word.text === word.lemma ? word.text : `${word.text} (${word.lemma})`) + `\n${word.sentence}`;

const backOf = (word: SavedWord) =>
  [[word.glosses.join('; '), word.hanja.length ? `[${word.hanja.join(', ')}]` : ''].filter(Boolean).join(' '), word.english, sourceOf(word)].filter(Boolean).join('\n');

/** Quotes a field holding the separator, a quote or a line break; doubles its quotes. */
function quoted(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export const ANKI_COLUMNS = ['Front', 'Back', 'Tags'] as const;
/** The tag every exported note carries, so a re-import can be found in Anki. */
export const ANKI_TAG = 'hanyeong';

/** Anki's text import (UTF-8; the caller saves it as .txt or .tsv). Known words are left out unless asked for. */
export function exportAnki(list: readonly SavedWord[], options: { includeKnown?: boolean } = {}): string {
  const header = ['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`, `#tags column:${ANKI_COLUMNS.length}`];
  const rows = list
    .filter((word) => options.includeKnown || !word.known)
    .map((word) => [frontOf(word), backOf(word), word.known ? `${ANKI_TAG} known` : ANKI_TAG].map((field) => quoted(field, '\t')).join('\t'));
  return [...header, ...rows].join('\n') + '\n';
}

export const CSV_COLUMNS = ['word', 'lemma', 'glosses', 'hanja', 'sentence', 'english', 'headline', 'url', 'saved', 'known'] as const;

/** RFC 4180 CSV with a header row, every word (known ones marked). */
export function exportCsv(list: readonly SavedWord[]): string {
  const rows = list.map((word) =>
    [word.text, word.lemma, word.glosses.join('; '), word.hanja.join(', '), word.sentence, word.english, word.headline, word.url, word.savedAt, word.known ? 'yes' : 'no'].map((field) => quoted(field, ',')).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
