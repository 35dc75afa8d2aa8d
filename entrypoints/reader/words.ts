/**
 * Word mode's services for the panel (WordServices, components/panel/context.ts):
 *
 * 1. The first card loads the analyser: the background injects word-tools.js into this frame
 *    (`words:load`), which registers the tools on this world's global (utils/word-tools.ts).
 * 2. A card: the Korean sentence holding the tapped word and its English counterpart sentence
 *    (lib/sentences.ts alignSentences, as the panel links sentences), the sentence's words analysed,
 *    their dictionary forms looked up in one message to the background (which keeps the dictionary in
 *    the extension's storage), and the counterpart found with those entries (lib/words/counterpart.ts:
 *    nothing when it is not sure).
 * 3. Save and the saved list: extension storage (utils/saved-words.ts).
 * 4. Saved words underlined in a later article (the option, on by default): only when words are
 *    saved, so only on a device where word mode was used, and never from the detector. A paragraph
 *    is analysed only if it holds a saved word's stem without its last syllable (a cheap filter that
 *    keeps 가깝다's 가까운 and misses a one-syllable irregular stem's other forms, 듣다's 들어).
 */
import { yieldToPage } from '../../lib/steps';
import { alignSentences } from '../../lib/align';
import type { WordCardData, WordServices } from '../../components/panel/context';
import { askBackground } from '../../utils/background';
import { readSavedWords, saveWord } from '../../utils/saved-words';
import { readSettings } from '../../utils/settings';
import { wordTools, type WordTools } from '../../utils/word-tools';
import { MAX_LOOKUP_LEMMAS } from '../../lib/protocol';

/** Paragraphs looked through per task when underlining saved words. */
const MARKS_PER_SLICE = 100;

async function loadTools(): Promise<WordTools> {
  const ready = wordTools();
  if (ready) return ready;
  const loaded = await askBackground({ type: 'words:load' });
  if (!loaded?.ok) throw new Error(`word mode's analyser could not be loaded${loaded ? `: ${loaded.error}` : ''}`);
  const tools = wordTools();
  if (!tools) throw new Error("word mode's analyser did not register");
  return tools;
}

/** The sentence of `korean` holding `start`, and the English sentence(s) linked to it. */
function sentencePair(korean: string, start: number, english: string | null): { sentence: string; offset: number; english: string; englishOffset: number } {
  const whole = { sentence: korean, offset: 0, english: english ?? '', englishOffset: 0 };
  if (!english) return whole;
  const aligned = alignSentences(korean, english);
  const at = aligned.ko.findIndex((span) => start >= span.start && start < span.end);
  if (at < 0) return whole;
  const link = aligned.links.find((l) => l.ko.includes(at));
  const ko = aligned.ko[at];
  if (!link || link.en.length === 0) return { sentence: ko.text, offset: ko.start, english: '', englishOffset: 0 };
  const first = aligned.en[Math.min(...link.en)];
  const last = aligned.en[Math.max(...link.en)];
  return { sentence: ko.text, offset: ko.start, english: english.slice(first.start, last.end), englishOffset: first.start };
}

export function createWordServices(openList: () => void): WordServices {
  return {
    async card(korean, start, english): Promise<WordCardData> {
      const tools = await loadTools();
      const pair = sentencePair(korean, start, english);
      const words = tools.analyseSentence(pair.sentence);
      const tapped = words.findIndex((word) => start - pair.offset >= word.start && start - pair.offset < word.end);
      if (tapped < 0) throw new Error(`no word at offset ${start}`);
      const word = words[tapped];
      const lemmas = [...new Set([word.lemma, ...words.map((w) => w.lemma)])].slice(0, MAX_LOOKUP_LEMMAS);
      const reply = await askBackground({ type: 'words:lookup', lemmas });
      if (reply && !reply.ok && reply.error !== 'no-dictionary') throw new Error(reply.error);
      const entries = reply?.ok ? reply.entries : null;
      const counterpart = pair.english ? tools.findCounterpart(words, tapped, pair.english, entries ? (lemma) => entries[lemma] ?? [] : undefined) : [];
      return {
        text: word.text,
        lemma: word.lemma,
        pos: word.pos,
        grammar: word.grammar,
        romanization: tools.romanizePronounced(word.text.replace(/[^\p{Script=Hangul}\s]/gu, '')) || word.text,
        entries: entries ? (entries[word.lemma] ?? []) : null,
        sentence: pair.sentence,
        english: pair.english,
        counterpart: counterpart.map((span) => ({ start: span.start + pair.englishOffset, end: span.end + pair.englishOffset })),
      };
    },
    async dictionary(action) {
      const reply = await askBackground({ type: 'words:dictionary', action });
      if (!reply) throw new Error('the background did not answer');
      if (!reply.ok) throw new Error(reply.error);
      return reply.state;
    },
    save: saveWord,
    openList,
    async savedWordMarks(paragraphs) {
      const none = paragraphs.map(() => []);
      if (!(await readSettings()).underlineSavedWords) return none;
      const lemmas = new Set((await readSavedWords()).words.filter((word) => !word.known).map((word) => word.lemma));
      if (lemmas.size === 0) return none;
      const tools = await loadTools();
      const filters = [...lemmas].map((lemma) => {
        const stem = lemma.replace(/다$/, '');
        return stem.length >= 2 ? stem.slice(0, -1) : stem;
      });
      const marks: { start: number; end: number }[][] = [];
      for (let i = 0; i < paragraphs.length; i++) {
        // A task per slice: a long article is not analysed in one long task.
        if (i > 0 && i % MARKS_PER_SLICE === 0) await yieldToPage();
        const text = paragraphs[i];
        if (!filters.some((filter) => text.includes(filter))) {
          marks.push([]);
          continue;
        }
        marks.push(tools.analyseSentence(text).filter((word) => lemmas.has(word.lemma)).map((word) => ({ start: word.start, end: word.end })));
      }
      return marks;
    },
  };
}
