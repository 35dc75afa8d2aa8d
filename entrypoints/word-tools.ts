/**
 * Word mode's analyser, injected into a tab's top frame the first time the reader turns word mode
 * on (through the background, `words:load`): the Korean word analyser, the pronounced
 * romanisation and the counterpart finder. Registers them for the reader (utils/word-tools.ts).
 */
import { analyseSentence } from '../lib/words/analyse';
import { romanizePronounced } from '../lib/align/romanize';
import { findCounterpart } from '../lib/words/counterpart';
import { WORD_TOOLS, type WordTools } from '../utils/word-tools';

export default defineUnlistedScript({
  main() {
    const scope = globalThis as unknown as Record<symbol, WordTools>;
    scope[WORD_TOOLS] ??= { analyseSentence, romanizePronounced, findCounterpart };
  },
});
