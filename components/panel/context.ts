/**
 * What every part of the panel may need, given once by the entrypoint and read through context
 * rather than passed down as props: the panel's store and strings, the translation when the article
 * is being translated, and the few things only the extension can do (clipboard, saving a file,
 * speech).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelStore } from '../panel-state';
import type { PanelStrings } from '../strings';
import type { TranslationStore } from '../translation/translation-state';
import type { TranslationStrings } from '../translation/translation-strings';
import type { TranslationActions } from '../translation/TranslationBar';
import type { PanelEngine } from '../translation/engine-choice';
import type { Language } from '../../lib/types';
import type { PanelSpeech } from './read-aloud';
import type { DictionaryMatch } from '../../lib/words/dictionary';
import type { SavedWord } from '../../lib/words/word-list';
import type { DictionaryState } from '../../lib/protocol';

/** An article with no counterpart on the page, being translated. */
export interface PanelTranslation {
  store: TranslationStore;
  /** The language translated from (the side the page has). */
  from: Language;
  /** An engine's name as the reader knows it ("DeepL", "Mozilla on-device (Bergamot)"). */
  engineLabel: (engine: PanelEngine) => string;
  strings: TranslationStrings;
  actions: TranslationActions;
}

/** A file the reader saves (an export, a page report). */
export interface SavedFile {
  name: string;
  text: string;
  /** Its MIME type, with the charset ("text/markdown;charset=utf-8"). */
  type: string;
}

/** What only the extension can do for the panel (entrypoints/reader/ gives the real ones, tests fakes). */
export interface PanelServices {
  /** Puts text on the clipboard; rejects when the page does not allow it. */
  copyText(text: string): Promise<void>;
  /** Saves a file through the browser's downloads. */
  saveFile(file: SavedFile): void;
  /** Read aloud; absent where the browser has no speech synthesis (the controls are not shown). */
  speech?: PanelSpeech;
  /** The extension's version, for the "This page looks wrong" report. */
  version: string;
  /** Word mode; absent where it cannot run (the controls are not shown). */
  words?: WordServices;
}

/** What word mode's card shows of one tapped word. */
export interface WordCardData {
  /** The word as written, and its dictionary form, part of speech and grammar (lib/words/analyse.ts). */
  text: string;
  lemma: string;
  pos: string;
  grammar: string[];
  /** The Revised Romanization as pronounced (lib/align/romanize.ts). */
  romanization: string;
  /** The dictionary's entries for the word; null when no dictionary is installed. */
  entries: DictionaryMatch[] | null;
  /** The Korean sentence the word is in, and its English counterpart sentence ('' when none). */
  sentence: string;
  english: string;
  /** Where the English counterpart of the word is, as offsets in the English paragraph (empty when not sure). */
  counterpart: { start: number; end: number }[];
}

/** Word mode's work, done by the extension (entrypoints/reader/words.ts). */
export interface WordServices {
  /** The card for the word at `start` of a Korean paragraph; `english` is the pair's English paragraph, if any. */
  card(korean: string, start: number, english: string | null): Promise<WordCardData>;
  /** The dictionary's state; 'download' starts the download the reader agreed to. */
  dictionary(action: 'status' | 'download' | 'cancel'): Promise<DictionaryState>;
  /** Saves a word to the reader's list (extension storage); false when it was saved already. */
  save(word: SavedWord): Promise<boolean>;
  /** Opens the Words page. */
  openList(): void;
  /**
   * Where the reader's saved words (not yet marked known) are in each of `paragraphs` (Korean text),
   * for underlining; all empty when nothing is saved or the option is off (the analyser is then not loaded).
   */
  savedWordMarks(paragraphs: readonly string[]): Promise<{ start: number; end: number }[][]>;
}

export interface PanelContextValue {
  store: PanelStore;
  strings: PanelStrings;
  translation?: PanelTranslation;
  services: PanelServices;
  /** Says `text` to screen readers (the panel's live region). */
  announce(text: string): void;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('A panel part was rendered outside <PanelContext.Provider> (components/ReaderPanel.tsx provides it)');
  return value;
}
