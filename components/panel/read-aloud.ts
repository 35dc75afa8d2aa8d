/**
 * Read aloud, as a plain state machine the panel drives (no view, no browser API: the speech
 * synthesis is passed in, entrypoints/reader/speech.ts in the extension, a fake in
 * tests/read-aloud.test.ts).
 *
 * 1. `start(rows, from, lang, scope)` cancels whatever was being read and builds the queue: a
 *    sentence per utterance (`readingQueue`).
 * 2. With no voice for the language it stops there and says so (the browser would read Korean with
 *    an English voice, or not at all).
 * 3. Each utterance activates its pair and marks its sentence (`onChange`), then speaks; the next
 *    starts when it ends.
 * 4. A voice that fails ends the reading with a message; a cancel (stop, a new reading) is the
 *    reader's own doing and says nothing.
 * 5. Every start or stop begins a new run: a late `end` from an earlier utterance is ignored.
 */
import { splitSentences } from '../../lib/sentences';
import type { Language } from '../../lib/types';

/** The browser's speech synthesis as the panel uses it. */
export interface PanelSpeech {
  /**
   * Speaks `text`; `done(null)` when it finished, `done(error)` with the SpeechSynthesisErrorEvent's
   * code when it did not ("interrupted" and "canceled" when cancelled).
   */
  speak(text: string, lang: SpeechLanguage, done: (error: string | null) => void): void;
  /** Whether the system has a voice for `lang`; null while its voice list is unknown. */
  hasVoice(lang: SpeechLanguage): boolean | null;
  pause(): void;
  resume(): void;
  cancel(): void;
}

export type SpeechLanguage = 'ko-KR' | 'en-US';

export const SPEECH_LANGUAGE: Record<Language, SpeechLanguage> = { ko: 'ko-KR', en: 'en-US' };

/** One utterance of read-aloud: a sentence of one paragraph of a row, with its place in that paragraph. */
export interface SpokenPiece {
  row: number;
  /** Index of the paragraph within the row's side. */
  para: number;
  /** Offsets of the sentence in the paragraph's text (lib/sentences.ts). */
  start: number;
  end: number;
  text: string;
}

/**
 * What read-aloud speaks, in order: the active pair alone ('pair'), or the article from it on
 * ('from-here'), a sentence per utterance. Sentence by sentence, the panel can highlight the one being
 * read, and no utterance is long enough to meet Chrome's cut-off of long utterances (its network
 * voices stop after about 15 s of speech). Rows with no text in `lang` (an unpaired caption) are
 * skipped, not read as silence.
 */
export function readingQueue(rows: readonly { ko: { text: string }[]; en: { text: string }[] }[], from: number, lang: Language, scope: 'pair' | 'from-here'): SpokenPiece[] {
  const last = scope === 'pair' ? from : rows.length - 1;
  const queue: SpokenPiece[] = [];
  for (let row = Math.max(0, from); row <= last && row < rows.length; row++) {
    rows[row][lang].forEach(({ text }, para) => {
      for (const sentence of splitSentences(text)) queue.push({ row, para, start: sentence.start, end: sentence.end, text: sentence.text });
    });
  }
  return queue;
}

/** The sentence being read (its row, language and place in the paragraph), and whether reading is paused. */
export interface Reading {
  row: number;
  lang: Language;
  para: number;
  start: number;
  end: number;
  paused: boolean;
}

/** What the panel shows of read aloud: the sentence being read, or why reading cannot go on. */
export interface ReadAloudState {
  reading: Reading | null;
  /** A message for the reader (no voice, a voice that failed); null when there is nothing to say. */
  problem: string | null;
}

export interface ReadAloudStrings {
  noVoice: (language: string) => string;
  readAloudFailed: (language: string, code: string) => string;
}

export interface ReadAloud {
  start(rows: readonly { ko: { text: string }[]; en: { text: string }[] }[], from: number, lang: Language, scope: 'pair' | 'from-here'): void;
  stop(): void;
  togglePause(): void;
  state(): ReadAloudState;
}

const LANGUAGE_NAME: Record<Language, string> = { ko: '한국어', en: 'English' };

/**
 * `onChange` hears every new state; `onSpeak` the row of each utterance as it starts (the panel
 * makes it the active pair).
 */
export function createReadAloud(speech: PanelSpeech, strings: ReadAloudStrings, onChange: (state: ReadAloudState) => void, onSpeak: (row: number) => void = () => {}): ReadAloud {
  let now: ReadAloudState = { reading: null, problem: null };
  let run = 0;
  const set = (next: ReadAloudState) => {
    now = next;
    onChange(now);
  };

  const start: ReadAloud['start'] = (rows, from, lang, scope) => {
    speech.cancel();
    const mine = ++run;
    const voice = SPEECH_LANGUAGE[lang];
    if (speech.hasVoice(voice) === false) {
      set({ reading: null, problem: strings.noVoice(LANGUAGE_NAME[lang]) });
      return;
    }
    const next = (rest: SpokenPiece[], problem: string | null) => {
      if (mine !== run) return;
      const [item, ...later] = rest;
      if (!item) {
        set({ reading: null, problem });
        return;
      }
      onSpeak(item.row);
      set({ reading: { row: item.row, lang, para: item.para, start: item.start, end: item.end, paused: false }, problem });
      speech.speak(item.text, voice, (error) => {
        if (mine !== run) return;
        if (error === null) return next(later, null);
        const failed = error !== 'interrupted' && error !== 'canceled';
        set({ reading: null, problem: failed ? strings.readAloudFailed(LANGUAGE_NAME[lang], error) : null });
      });
    };
    next(readingQueue(rows, from, lang, scope), null);
  };

  return {
    start,
    stop() {
      run++;
      speech.cancel();
      set({ reading: null, problem: now.problem });
    },
    togglePause() {
      const reading = now.reading;
      if (!reading) return;
      if (reading.paused) speech.resume();
      else speech.pause();
      set({ ...now, reading: { ...reading, paused: !reading.paused } });
    },
    state: () => now,
  };
}
