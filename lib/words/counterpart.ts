/**
 * The English counterpart of a tapped Korean word: the span(s) of the linked English sentence that
 * translate it, or nothing when the evidence does not single one out ("a wrong highlight is worse
 * than none": a reader learning from the pair trusts what lights up).
 *
 * Workflow, for the tapped word of an analysed Korean sentence (lib/words/analyse.ts):
 * 1. Words with nothing to translate (punctuation, determiners, a lemma repeated elsewhere in the
 *    sentence: which occurrence the English kept cannot be told) give nothing. Particles and
 *    endings are never evidence: only the word's lemma, its digits and its Latin letters are.
 * 2. Strong evidence, from the word as a whole:
 *    - numbers: digits with Korean units (100만 = 1 million, 310만 = 3.1 million), days and years
 *      (14일 ↔ "14th", 2019년도 ↔ 2019), months (10월 ↔ "October"), small counts (1주일 ↔ "one
 *      week"); the English side read by lib/align/anchors.ts (englishNumberSpans);
 *    - Latin letters written in the Korean (CBS는, 트럼프(Trump)가, 1km) found as an English word;
 *    - a dictionary gloss of the lemma found whole in the English, inflected (policy ↔ "policies",
 *      to hold ↔ "held", to deliver ↔ "delivered") or derived (delivery ↔ "delivered", environment
 *      ↔ "environmental");
 *    - a name by romanization (lib/align/romanize.ts): 정용래 ↔ "Yong-rae Jeong", 유성구 ↔
 *      "Yuseong-gu", 포천시 ↔ "Pocheon", 송편 ↔ "songpyeon"; a loanword by its consonants (첼시 ↔
 *      "Chelsea").
 * 3. Only when there is none, weak evidence: the head word of a multi-word gloss (main auditorium
 *    → "auditorium"), and the parts of a compound the dictionary does not list, each part a
 *    dictionary word or a name (이장협의회 = 이장 + 협의회 → "Council", 유성다과상 = 유성 + 다과 + 상
 *    → "Yuseong Refreshment"); an English word another word of the sentence claims by strong
 *    evidence is not the weak one's (우수정책 does not take the "policies" 정책을 owns).
 * 4. Each piece of evidence must point at one place: a gloss found twice, or two senses found at
 *    two places, or a gloss and a name that disagree, give nothing. The places left are merged
 *    where only spaces or hyphens separate them ("Uijeongbu 1", "1km").
 *
 * Pure: no DOM, no extension APIs; the dictionary comes in as its lookup function.
 *
 * Over 300 lines because the evidence kinds below are weighed against one another for one tapped
 * word (a gloss another word owns, a name and a gloss that disagree); apart they could not be.
 */
import { opensSentence } from '../sentences';
import { englishNumberSpans, koreanNumbers, MONTHS } from '../align/anchors';
import {
  ADMINISTRATIVE_UNITS,
  consonantSkeleton,
  hangulPhoneticKey,
  hangulWordKeys,
  keysMatchRomanized,
  loanwordSkeleton,
  phoneticKey,
  stripAdministrativeSuffix,
} from '../align/romanize';
import { analyseSentence, type WordAnalysis } from './analyse';
import type { DictionaryMatch } from './dictionary';

export type CounterpartEvidence = 'gloss' | 'number' | 'latin' | 'name';

export interface CounterpartSpan {
  /** JavaScript string offsets in the English sentence. */
  start: number;
  end: number;
  text: string;
  evidence: CounterpartEvidence;
}

/** The dictionary as word mode holds it (DictionaryIndex.lookup). */
export type DictionaryLookup = (lemma: string) => DictionaryMatch[];

// ---------------------------------------------------------------------------------------------
// English words and their forms

interface Token {
  start: number;
  end: number;
  /** As written, possessive 's cut off. */
  text: string;
  lower: string;
  capital: boolean;
  /** Base forms and stems the token may be (held → hold, policies → policy, environmental → environment). */
  keys: Set<string>;
}

/** English words no gloss may rest on alone: they translate grammar, not a Korean word's content. */
const STOPWORDS = new Set(
  (
    'a an the of to in on at for by with from into onto about as than and or but nor so if then that this these those there here ' +
    'it its he she they we i you me him her them us my his our your their who whom which what when where why how ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'not no yes all any some each every such also again very just only more most much many few other own same up out off over ' +
    'get got make made take took give gave go went come came put set let keep kept thing things one ones'
  ).split(' '),
);
/** Verbs too light to stand for a multi-word verb gloss (to take part, to make clear). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'go', 'come', 'make', 'take', 'give', 'put', 'set', 'keep', 'let', 'hold', 'turn', 'bring']);

/** Irregular past forms of verbs that glosses use, to their base. */
const IRREGULAR: Record<string, string> = {
  held: 'hold', told: 'tell', said: 'say', says: 'say', got: 'get', made: 'make', took: 'take', gave: 'give', began: 'begin',
  begun: 'begin', saw: 'see', seen: 'see', left: 'leave', brought: 'bring', bought: 'buy', thought: 'think', found: 'find',
  kept: 'keep', felt: 'feel', sold: 'sell', ran: 'run', went: 'go', gone: 'go', came: 'come', known: 'know', knew: 'know',
  shown: 'show', given: 'give', taken: 'take', wrote: 'write', written: 'write', led: 'lead', met: 'meet', paid: 'pay',
  sent: 'send', spent: 'spend', stood: 'stand', lost: 'lose', built: 'build', fell: 'fall', fallen: 'fall', won: 'win',
  heard: 'hear', meant: 'mean', chose: 'choose', chosen: 'choose', drove: 'drive', rose: 'rise', risen: 'rise', grew: 'grow',
  grown: 'grow', struck: 'strike', spoke: 'speak', spoken: 'speak', wore: 'wear', worn: 'wear', ate: 'eat', eaten: 'eat',
  fed: 'feed', fought: 'fight', caught: 'catch', taught: 'teach', sought: 'seek', hid: 'hide', broke: 'break', broken: 'break',
  children: 'child', men: 'man', women: 'woman', people: 'person', feet: 'foot', teeth: 'tooth', mice: 'mouse',
};
/** Plurals that are words of their own: "goods" is not "good". */
const LEXICAL_PLURALS = new Set(['goods', 'news', 'means', 'arms', 'glasses', 'savings', 'manners', 'customs', 'remains', 'spirits', 'works', 'quarters', 'premises', 'odds', 'thanks', 'series', 'species']);
/**
 * Derivational endings, so that a noun and its verb or adjective meet (delivery/delivered,
 * environment/environmental, possibility/possible): each one that fits is cut, leaving ≥ 5 letters;
 * -ability/-ibility become -able/-ible first.
 */
const DERIVATIONS = ['ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ions', 'ion', 'ives', 'ive', 'ences', 'ence', 'ances', 'ance', 'ency', 'ancy', 'ent', 'ant', 'ity', 'ally', 'ical', 'al', 'tic', 'ic', 'ly', 'y'];
/** Shortest derived stem: four letters let unrelated words meet (student/studied as "stud"). */
const MIN_STEM = 5;

/** The word, its derived stems and those without a final e (create/creation → creat). */
function stems(word: string): string[] {
  const out = [word.replace(/([ai])bility$/, '$1ble')];
  if (out[0] !== word) out.push(word);
  for (const ending of DERIVATIONS) {
    if (out[0].endsWith(ending) && out[0].length - ending.length >= MIN_STEM) out.push(out[0].slice(0, -ending.length));
  }
  for (const stem of [...out]) if (stem.endsWith('e') && stem.length - 1 >= MIN_STEM) out.push(stem.slice(0, -1));
  return out;
}

/** Base forms an inflected English word may have: policies → policy, delivered → deliver, creating → create, held → hold. */
function inflectionBases(word: string): string[] {
  const out = [word];
  const irregular = IRREGULAR[word];
  if (irregular) out.push(irregular);
  if (LEXICAL_PLURALS.has(word)) return out;
  const cut = (ending: string, add = '') => {
    if (word.endsWith(ending) && word.length - ending.length >= 2) out.push(word.slice(0, -ending.length) + add);
  };
  if (!word.endsWith('ss')) cut('s');
  cut('es');
  cut('ies', 'y');
  cut('ied', 'y');
  cut('ed');
  cut('d');
  cut('ing');
  cut('ing', 'e');
  // A doubled consonant before -ed/-ing (stopped, planning).
  const doubled = word.match(/^(.*([bdgklmnprt]))\2(?:ed|ing)$/);
  if (doubled) out.push(doubled[1]);
  return out;
}

function keysOf(word: string, derived = true): Set<string> {
  const keys = new Set<string>();
  for (const base of inflectionBases(word)) {
    if (derived) for (const stem of stems(base)) keys.add(stem);
    else keys.add(base);
  }
  return keys;
}

const ENGLISH_WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

function tokenize(english: string): Token[] {
  const tokens: Token[] = [];
  for (const match of english.matchAll(ENGLISH_WORD)) {
    const text = match[0].replace(/['’]s$/, '');
    const lower = text.toLowerCase();
    const capital = /^[A-Z]/.test(text);
    // A capitalized word inside a sentence may be a name: inflected, never derived (판매 "selling" is not "Selly").
    const initial = tokens.length === 0 || opensSentence(english.slice(tokens[tokens.length - 1].end, match.index));
    tokens.push({ start: match.index, end: match.index + text.length, text, lower, capital, keys: keysOf(lower, !capital || initial) });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Glosses

interface GlossPhrase {
  words: string[];
  /** Each word's keys (gloss side: plural and derivational forms, as for English words). */
  keys: Set<string>[];
  verb: boolean;
}

/** Gloss text → phrases to look for: "to be held; to open" gives ["held"], ["open"]; "(a) main auditorium" gives ["main", "auditorium"]. */
function glossPhrases(glosses: string[]): GlossPhrase[] {
  const phrases: GlossPhrase[] = [];
  for (const gloss of glosses) {
    for (const piece of gloss.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[,/]/)) {
      let text = piece.trim().replace(/\betc\.?$/, '').trim();
      const verb = /^to\s/.test(text);
      text = text.replace(/^to\s+(?:be\s+)?/, '').replace(/^(?:a|an|the)\s+/, '');
      const words = text.match(/[a-z]+(?:['’-][a-z]+)*/g) ?? [];
      if (words.length === 0) continue;
      if (words.length === 1 && STOPWORDS.has(words[0])) continue;
      phrases.push({ words, keys: words.map((word) => keysOf(word)), verb });
    }
  }
  return phrases;
}

function wordMatches(token: Token, keys: Set<string>, word: string): boolean {
  if (STOPWORDS.has(word) || STOPWORDS.has(token.lower)) return token.lower === word;
  for (const key of keys) if (token.keys.has(key)) return true;
  return false;
}

interface Candidate {
  start: number;
  end: number;
  evidence: CounterpartEvidence;
}

/** Every place a whole phrase stands in the English. */
function phraseMatches(tokens: Token[], phrase: GlossPhrase): Candidate[] {
  const out: Candidate[] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = wordMatches(tokens[i + j], phrase.keys[j], phrase.words[j]);
    if (ok) out.push({ start: tokens[i].start, end: tokens[i + n - 1].end, evidence: 'gloss' });
  }
  return out;
}

/** The head of a multi-word gloss: a noun phrase's last word, a verb phrase's first (unless a light verb). */
function headPhrase(phrase: GlossPhrase): GlossPhrase | null {
  if (phrase.words.length < 2) return null;
  const at = phrase.verb ? 0 : phrase.words.length - 1;
  const word = phrase.words[at];
  if (word.length < 3 || STOPWORDS.has(word) || (phrase.verb && LIGHT_VERBS.has(word))) return null;
  return { words: [word], keys: [phrase.keys[at]], verb: phrase.verb };
}

// ---------------------------------------------------------------------------------------------
// The Korean word

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;
const NOUN_PLURAL = '들';

/** Dictionary entries for a word: its lemma, else without the plural 들, else its core as written (쌀, read as 싸다). */
function entriesOf(word: WordAnalysis, lookup: DictionaryLookup | undefined): DictionaryMatch[] {
  if (!lookup || !/[\uac00-\ud7a3]/.test(word.lemma)) return [];
  // A 하다 verb read through a one-syllable noun (일하다 → 일, which is also "day") is too ambiguous to trust.
  const direct = lookup(word.lemma).filter((entry) => entry.matched === word.lemma || [...entry.matched].length >= 2);
  if (direct.length) return direct;
  if (word.lemma.endsWith(NOUN_PLURAL) && word.lemma.length > 1) {
    const singular = lookup(word.lemma.slice(0, -1));
    if (singular.length) return singular;
  }
  // Punctuation off, digits kept: 7월 is not 월.
  const core = word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return core && core !== word.lemma ? lookup(core) : [];
}

/** The name a Hangul run stands for: itself, or without its administrative unit (포천시 → 포천, matching "Pocheon"). */
function nameForms(run: string): string[] {
  const forms = [run];
  const last = run[run.length - 1];
  if (run.length >= 3 && last in ADMINISTRATIVE_UNITS) forms.push(run.slice(0, -1));
  return forms;
}

interface NameCandidate {
  start: number;
  end: number;
  latin: string;
  capital: boolean;
  /** phoneticKey(latin), and its consonants for loanwords (single words only). */
  key: string;
  skeleton: string;
}

function nameCandidate(start: number, end: number, latin: string, capital: boolean): NameCandidate {
  const key = phoneticKey(latin);
  return { start, end, latin, capital, key, skeleton: capital && !latin.includes(' ') ? consonantSkeleton(key) : '' };
}

/**
 * English spellings a name may be: runs of one to three capitalized words ("Jung Yong-rae", "Mayor
 * Jeong Yong-rae" and its parts), a place without its unit ("Yuseong-gu" → "Yuseong"), the first
 * part of a hyphenated word ("Yooseong-type" → "Yooseong"), and single lower-case words (songpyeon).
 */
function nameCandidates(tokens: Token[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.capital) {
      if (!STOPWORDS.has(token.lower)) out.push(nameCandidate(token.start, token.end, token.text, false));
      continue;
    }
    let latin = '';
    for (let j = i; j < Math.min(tokens.length, i + 3) && tokens[j].capital; j++) {
      latin += (j > i ? ' ' : '') + tokens[j].text;
      out.push(nameCandidate(token.start, tokens[j].end, latin, true));
    }
    const stem = stripAdministrativeSuffix(token.text) ?? (token.text.includes('-') ? token.text.slice(0, token.text.indexOf('-')) : null);
    if (stem) out.push(nameCandidate(token.start, token.start + stem.length, stem, true));
  }
  return out;
}

/** Shortest phonetic key a lower-case word may match a name by (songpyeon): shorter ones are English words by chance. */
const MIN_LOWERCASE_KEY = 5;

/** Places a name stands in the English: by its full form if it has any (의정부시 ↔ "Uijeongbu-si"), else without its unit (포천시 ↔ "Pocheon"). */
function nameMatches(hangul: string, names: NameCandidate[], known: boolean): Candidate[] {
  if ([...hangul].length < 2) return [];
  for (const form of nameForms(hangul)) {
    const key = hangulPhoneticKey(form);
    const keys = hangulWordKeys(form);
    const skeleton = known ? '' : loanwordSkeleton(form);
    const out: Candidate[] = [];
    for (const name of names) {
      const matched = name.capital
        ? keysMatchRomanized(keys, name.key) || (skeleton !== '' && skeleton === name.skeleton)
        : key.length >= MIN_LOWERCASE_KEY && key === name.key;
      if (matched) out.push({ start: name.start, end: name.end, evidence: 'name' });
    }
    if (out.length) return out;
  }
  return [];
}

const ORDINAL = /^(?:st|nd|rd|th)\b/;
const PERCENT = /^(?:\s?%|\s+per\s?cent\b)/;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Digits, Korean units (만 억 조), then what counts them: 년 년도 월 일 or anything else. */
const KOREAN_NUMBER = /(\d[\d,]*(?:\.\d+)?[십백천]?[만억조]?)(년도|년|월|일)?/g;

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Each number in the word with the English places of its value: one source per number. */
function numberSources(word: WordAnalysis, english: string, tokens: Token[]): Candidate[][] {
  const sources: Candidate[][] = [];
  const englishSpans = englishNumberSpans(english);
  for (const match of word.text.matchAll(KOREAN_NUMBER)) {
    const [whole, digits, unit] = match;
    const value = Number(koreanNumbers(digits)[0]);
    const percentSign = /^\s*(?:%|퍼센트|프로)/.test(word.text.slice(match.index + whole.length));
    if (!Number.isFinite(value)) continue;
    const found: Candidate[] = [];
    for (const span of englishSpans) {
      if ((unit === '월') !== (span.kind === 'month') || !sameValue(span.value, value)) continue;
      let end = span.end;
      while (end > span.start + 1 && english[end - 1] === ',') end--;
      const ordinal = english.slice(end).match(ORDINAL);
      if (ordinal && unit === '일') end += ordinal[0].length;
      // A percentage keeps its sign or word when the Korean has one (10% ↔ "10 percent").
      const percent = percentSign ? english.slice(end).match(PERCENT) : null;
      if (percent) end += percent[0].length;
      found.push({ start: span.start, end, evidence: 'number' });
    }
    // A month also stands alone in English ("July followed"), capitalized: "may" is not May.
    if (unit === '월' && Number.isInteger(value) && value >= 1 && value <= 12) {
      for (const token of tokens) {
        if (token.capital && token.lower === MONTHS[value - 1] && !found.some((place) => place.start === token.start)) found.push({ start: token.start, end: token.end, evidence: 'number' });
      }
    }
    if (unit !== '월' && Number.isInteger(value) && value < NUMBER_WORDS.length) {
      for (const token of tokens) if (token.lower === NUMBER_WORDS[value]) found.push({ start: token.start, end: token.end, evidence: 'number' });
    }
    sources.push(found);
  }
  return sources;
}

function latinSources(word: WordAnalysis, tokens: Token[]): Candidate[][] {
  const sources: Candidate[][] = [];
  for (const [latin] of word.text.matchAll(/[A-Za-z]{2,}/g)) {
    const lower = latin.toLowerCase();
    sources.push(tokens.filter((token) => token.lower === lower).map((token) => ({ start: token.start, end: token.end, evidence: 'latin' as const })));
  }
  return sources;
}

function glossMatches(entries: DictionaryMatch[], tokens: Token[], head: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const phrase of glossPhrases(entries.flatMap((entry) => entry.glosses))) {
    const target = head ? headPhrase(phrase) : phrase;
    if (target) out.push(...phraseMatches(tokens, target));
  }
  return out;
}

/** Parts of a compound the dictionary lacks: longest dictionary words (2+ syllables) from the left; runs between them are names to try. */
function compoundParts(run: string, lookup: DictionaryLookup | undefined): Array<{ text: string; entries: DictionaryMatch[] }> {
  const parts: Array<{ text: string; entries: DictionaryMatch[] }> = [];
  let unknown = '';
  const flush = () => {
    if (unknown) parts.push({ text: unknown, entries: [] });
    unknown = '';
  };
  for (let i = 0; i < run.length; ) {
    let taken = 0;
    for (let j = run.length; j >= i + 2 && lookup; j--) {
      if (i === 0 && j === run.length) continue;
      const entries = lookup(run.slice(i, j)).filter((entry) => entry.matched === run.slice(i, j));
      if (entries.length) {
        flush();
        parts.push({ text: run.slice(i, j), entries });
        taken = j - i;
        break;
      }
    }
    if (taken) i += taken;
    else unknown += run[i++];
  }
  flush();
  return parts;
}

/** Evidence of one word, as sources: each source must end up at one English place. */
interface Evidence {
  sources: Candidate[][];
  /** Sources of one kind that are alternatives (senses of a word; a gloss against a name). */
  glossSource?: Candidate[];
  nameSource?: Candidate[];
}

interface Context {
  english: string;
  tokens: Token[];
  names: NameCandidate[];
  lookup?: DictionaryLookup;
}

const NOTHING_TO_TRANSLATE = new Set(['symbol', 'determiner', 'copula']);

function strongEvidence(word: WordAnalysis, context: Context): Evidence {
  const sources: Candidate[][] = [];
  if (NOTHING_TO_TRANSLATE.has(word.pos)) return { sources };
  sources.push(...numberSources(word, context.english, context.tokens), ...latinSources(word, context.tokens));
  const entries = entriesOf(word, context.lookup);
  const glossSource = glossMatches(entries, context.tokens, false);
  // Names: the Hangul of the lemma, when it is one run (유성구, 정용래; not 의정부1동).
  const runs = word.lemma.match(HANGUL_RUN) ?? [];
  const nameSource = runs.length === 1 && word.pos !== 'verb' && word.pos !== 'adjective' ? nameMatches(runs[0], context.names, entries.length > 0) : [];
  return { sources, glossSource, nameSource };
}

function weakEvidence(word: WordAnalysis, context: Context): Candidate[][] {
  if (NOTHING_TO_TRANSLATE.has(word.pos)) return [];
  const sources: Candidate[][] = [];
  const entries = entriesOf(word, context.lookup);
  if (entries.length) {
    sources.push(glossMatches(entries, context.tokens, true));
    return sources;
  }
  for (const run of word.lemma.match(HANGUL_RUN) ?? []) {
    const parts = compoundParts(run.endsWith(NOUN_PLURAL) ? run.slice(0, -1) : run, context.lookup);
    for (const part of parts) {
      if (part.entries.length) sources.push([...glossMatches(part.entries, context.tokens, false), ...glossMatches(part.entries, context.tokens, true)]);
      // A run the dictionary does not know is tried as a name (유성 in 유성구청장, 주공 in 주공2단지).
      else if (part.text.length >= 2) sources.push(nameMatches(part.text, context.names, false));
    }
  }
  return sources;
}

/** Distinct places of a source: overlapping ones are one place (its longest span). */
function places(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const candidate of sorted) {
    const last = out[out.length - 1];
    if (last && candidate.start < last.end) {
      if (candidate.end > last.end) last.end = candidate.end;
    } else out.push({ ...candidate });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One place for a source, or null: claimed places are dropped when `always`, else only to break a tie. */
function single(candidates: Candidate[], claimed: () => Candidate[], always: boolean): Candidate | null {
  let found = places(candidates);
  if (found.length === 0) return null;
  if (always || found.length > 1) {
    const claims = claimed();
    found = found.filter((place) => !claims.some((claim) => overlaps(claim, place)));
  }
  return found.length === 1 ? found[0] : null;
}

/** The places other words of the sentence own by strong evidence (for ties and for weak evidence). */
function claimsOf(words: WordAnalysis[], tapped: number, context: Context): Candidate[] {
  const lemma = words[tapped].lemma;
  const claimed: Candidate[] = [];
  words.forEach((word, index) => {
    if (index === tapped || word.lemma === lemma) return;
    const evidence = strongEvidence(word, context);
    for (const source of [...evidence.sources, evidence.glossSource ?? [], evidence.nameSource ?? []]) claimed.push(...source);
  });
  return claimed;
}

function merge(english: string, spans: Candidate[]): CounterpartSpan[] {
  const sorted = places(spans);
  const out: CounterpartSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && /^[\s-]*$/.test(english.slice(last.end, span.start))) {
      last.end = span.end;
      last.text = english.slice(last.start, last.end);
    } else out.push({ start: span.start, end: span.end, text: english.slice(span.start, span.end), evidence: span.evidence });
  }
  return out;
}

/**
 * The English span(s) translating `words[tapped]` (the words of one analysed Korean sentence,
 * analyseSentence) in the linked English sentence, or [] when the evidence is not conclusive.
 */
export function findCounterpart(words: WordAnalysis[], tapped: number, english: string, lookup?: DictionaryLookup): CounterpartSpan[] {
  const word = words[tapped];
  if (!word || !english.trim()) return [];
  // A lemma twice in the sentence: which one the English kept cannot be told.
  if (/[\uac00-\ud7a3]/.test(word.lemma) && words.some((other, index) => index !== tapped && other.lemma === word.lemma && !NOTHING_TO_TRANSLATE.has(other.pos))) return [];
  const tokens = tokenize(english);
  const context: Context = { english, tokens, names: nameCandidates(tokens), lookup };
  // Other words' claims cost a pass over the sentence: made only when a tie or weak evidence needs them.
  let claims: Candidate[] | null = null;
  const claimed = () => (claims ??= claimsOf(words, tapped, context));

  const strong = strongEvidence(word, context);
  const found: Candidate[] = [];
  for (const source of strong.sources) {
    const place = single(source, claimed, false);
    if (place) found.push(place);
  }
  // The Hangul's evidence: a gloss or a name; one that points at two places (or a gloss and a name
  // that disagree, 위안 "comfort" against "Yuan") gives nothing, and no weak evidence either.
  const gloss = strong.glossSource?.length ? single(strong.glossSource, claimed, false) : null;
  const name = strong.nameSource?.length ? single(strong.nameSource, claimed, false) : null;
  const tried = !!strong.glossSource?.length || !!strong.nameSource?.length;
  const agree = !gloss || !name || overlaps(gloss, name);
  const conclusive = tried && agree && (!!gloss || !strong.glossSource?.length) && (!!name || !strong.nameSource?.length);
  if (conclusive) {
    if (gloss) found.push(gloss);
    if (name) found.push(name);
  } else if (!tried) {
    for (const source of weakEvidence(word, context)) {
      const place = single(source, claimed, true);
      if (place) found.push(place);
    }
  }
  return merge(english, found);
}

/** The same for a Korean sentence as text and an offset inside the tapped word (the panel's click). */
export function counterpartAt(korean: string, offset: number, english: string, lookup?: DictionaryLookup): CounterpartSpan[] {
  const words = analyseSentence(korean);
  const tapped = words.findIndex((word) => offset >= word.start && offset < word.end);
  return tapped < 0 ? [] : findCounterpart(words, tapped, english, lookup);
}
