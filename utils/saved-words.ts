/**
 * The reader's saved words in extension storage (`local:`, never synced: nothing leaves the
 * machine), shared by the panel's Save and the Words page. The list's rules (what is one saved word,
 * the stored form, the exports) are lib/words/word-list.ts.
 */
import { storage } from '@wxt-dev/storage';
import { addWord, parseWordList, serialiseWordList, type SavedWord } from '../lib/words/word-list';

export const savedWordsItem = storage.defineItem<string>('local:savedWords', { fallback: '' });
/** A stored list that could not be read whole is kept here, as it was, before the next write. */
const damagedItem = storage.defineItem<string>('local:savedWordsDamaged', { fallback: '' });

/** The saved words, and what was dropped of a damaged stored list. */
export async function readSavedWords(): Promise<{ words: SavedWord[]; problems: string[] }> {
  return parseWordList((await savedWordsItem.getValue()) || null);
}

export async function writeSavedWords(words: readonly SavedWord[]): Promise<void> {
  const stored = await savedWordsItem.getValue();
  if (stored && parseWordList(stored).problems.length > 0 && !(await damagedItem.getValue())) await damagedItem.setValue(stored);
  await savedWordsItem.setValue(serialiseWordList(words));
}

/** Adds a word; false when the same dictionary form from the same sentence was saved already. */
export async function saveWord(word: SavedWord): Promise<boolean> {
  const { words } = await readSavedWords();
  const next = addWord(words, word);
  if (next.length === words.length) return false;
  await writeSavedWords(next);
  return true;
}
