/**
 * Word analysis for word mode: the dictionary form, part of speech and grammar of each Korean
 * word (lib/words/analyse.ts), and its romanization as pronounced (lib/align/romanize.ts, the
 * project's one romaniser).
 *
 * Loaded on demand: nothing on the every-page detector's or the reader's import path imports this
 * module; the panel imports it with `import('../lib/words')` when word mode is first used.
 */
export { analyseSentence, analyseWord, type WordAnalysis, type WordPos } from './analyse';
export { romanizePronounced } from '../align/romanize';
