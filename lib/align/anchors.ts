/**
 * Anchors: things a translation keeps, so a Korean line and its English counterpart share them.
 * - numbers, with Korean units resolved (100만원 ↔ "1 million won", 2019년 ↔ 2019, 31일 ↔ 31st,
 *   10월 13일 ↔ "October 13");
 * - Latin words written inside Korean text (AI, PC, COVID);
 * - names and places: Hangul words romanized and compared with English capitalized words
 *   (정용래 ↔ "Yong-rae Jeong", 유성구 ↔ "Yuseong-gu", 트럼프 ↔ "Trump");
 * - quotations (“…” on both sides).
 *
 * Pair evidence is gathered through an index of the English side, so the cost is the number of
 * actual matches, not ko × en; it is stored only for pairs inside the aligner's band.
 *
 * Over 300 lines, as one idea: the evidence a pair of lines shares (the aligner's step 2). Every
 * kind of anchor is gathered over the same English index into the same band-shaped arrays, so
 * parting numbers from names would part the index and the storage they share.
 */
import type { Band } from './band';
import {
  consonantSkeleton,
  familyNameSpellings,
  isCommonFamilyName,
  isHangulSyllable,
  joinKeys,
  phoneticKey,
  romanizeSyllable,
  stripAdministrativeSuffix,
} from './romanize';

export interface AnchorEvidence {
  /** Per pair (band offset): weight of shared names, places and Latin words. */
  sharedNames: Float32Array;
  /** Per pair (band offset): how many distinct Latin words of the Korean line the English line has. */
  sharedLatin: Float32Array;
  /** Per Korean line: distinct Latin words in it (AI, COVID, "(Bestwood)"). */
  koLatin: Uint16Array;
  /** Per pair (band offset): how many numbers the two lines share. */
  sharedNumbers: Float32Array;
  /** Per line: how many numbers it holds. */
  koNumbers: Uint16Array;
  enNumbers: Uint16Array;
  /** Per line: how many quotations it holds. */
  koQuotes: Uint16Array;
  enQuotes: Uint16Array;
}

const KOREAN_UNIT: Record<string, number> = { 십: 10, 백: 100, 천: 1_000, 만: 10_000, 억: 100_000_000, 조: 1_000_000_000_000 };
const ENGLISH_UNIT: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
/** English month names, January first (word mode's counterpart reads them too). */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Korean units attach to the digits ("100만원"); "2 천안시" is two and a city, not 2,000. */
const KOREAN_NUMBER = /(\d[\d,]*(?:\.\d+)?)([십백천]?[만억조]?)/g;
const ENGLISH_NUMBER = /(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/gi;
const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d/g;

/** Numbers in Korean text as values: "100만원" → "1000000", "2019년도" → "2019", "1,000" → "1000". */
export function koreanNumbers(text: string): string[] {
  const values: string[] = [];
  for (const [, digits, units] of text.matchAll(KOREAN_NUMBER)) {
    let value = Number(digits.replace(/,/g, ''));
    for (const unit of units) value *= KOREAN_UNIT[unit];
    if (Number.isFinite(value)) values.push(String(value));
  }
  return values;
}

/** A number in English text with its place: digits with their scale word ("1 million"), or a month name before a day ("October 13" gives 10). */
export interface EnglishNumberSpan {
  value: number;
  kind: 'number' | 'month';
  /** JavaScript string offsets of the digits (and scale word) or of the month name. */
  start: number;
  end: number;
}

/** Numbers in English text with their offsets: every number first, then the month names (word mode's counterpart highlight shows them). */
export function englishNumberSpans(text: string): EnglishNumberSpan[] {
  const spans: EnglishNumberSpan[] = [];
  for (const match of text.matchAll(ENGLISH_NUMBER)) {
    const [whole, digits, unit] = match;
    let value = Number(digits.replace(/,/g, ''));
    if (unit) value *= ENGLISH_UNIT[unit.toLowerCase()];
    if (Number.isFinite(value)) spans.push({ value, kind: 'number', start: match.index, end: match.index + whole.length });
  }
  for (const match of text.matchAll(ENGLISH_MONTH)) {
    const month = match[1];
    const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3)));
    if (index >= 0) spans.push({ value: index + 1, kind: 'month', start: match.index, end: match.index + month.length });
  }
  return spans;
}

/** Numbers in English text as values, month names as their number: "October 13" → "10", "13"; "1 million" → "1000000". */
export function englishNumbers(text: string): string[] {
  return englishNumberSpans(text).map((span) => String(span.value));
}

/** Quotations: “…” pairs, or straight double quotes counted in twos. */
function quotationCount(text: string): number {
  let curly = 0;
  let straight = 0;
  for (const char of text) {
    if (char === '“' || char === '「' || char === '『') curly++;
    else if (char === '"') straight++;
  }
  return curly + Math.floor(straight / 2);
}

/** Runs of Hangul syllables: the words (with particles attached) a name search looks at. */
function hangulRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    if (isHangulSyllable(char)) run += char;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Shortest phonetic key worth matching: 4 letters ("gim" alone would match too much). */
const MIN_KEY_LETTERS = 4;
/** Loanword skeletons need 4 consonants ("dlmb" for Trump) before they say anything. */
const MIN_SKELETON_LETTERS = 4;
/** Longest Hangul prefix tried as a name: place names run to five syllables (동두천시청). */
const MAX_NAME_SYLLABLES = 5;
/** A skeleton match is weaker evidence than a phonetic-key match. */
const SKELETON_WEIGHT = 0.5;

interface SyllableKeys {
  phonetic: string;
  skeleton: string;
  /** Phonetic keys of the family name this syllable can be, or null when it is not a common one. */
  familyNames: string[] | null;
}

function syllableKeys(syllable: string, cache: Map<string, SyllableKeys>): SyllableKeys {
  let keys = cache.get(syllable);
  if (!keys) {
    const phonetic = phoneticKey(romanizeSyllable(syllable));
    keys = {
      phonetic,
      skeleton: consonantSkeleton(phonetic),
      familyNames: isCommonFamilyName(syllable) ? [...new Set(familyNameSpellings(syllable).map(phoneticKey))] : null,
    };
    cache.set(syllable, keys);
  }
  return keys;
}

/**
 * English mention lists a Korean word matches, particles and titles still attached: every
 * prefix of 2–5 syllables (유성구청장은 → 유성, 유성구, …), plus, for a three-syllable prefix
 * opening with a family name, the name in both orders (정용래 → "Jung Yong-rae", "Yong-rae Jeong").
 * Keys are built incrementally, one folded syllable at a time (see hangulWordKeys).
 */
function matchKoreanWord(run: string, index: EnglishIndex, cache: Map<string, SyllableKeys>): EnglishMention[][] {
  const matches: EnglishMention[][] = [];
  const consider = (list: EnglishMention[] | undefined) => {
    if (list && !matches.includes(list)) matches.push(list);
  };
  const syllables = [...run];
  const longest = Math.min(syllables.length, MAX_NAME_SYLLABLES);
  let phonetic = '';
  let skeleton = '';
  for (let size = 1; size <= longest; size++) {
    const keys = syllableKeys(syllables[size - 1], cache);
    phonetic = joinKeys(phonetic, keys.phonetic);
    skeleton = joinSkeleton(skeleton, keys.skeleton);
    if (size < 2) continue;
    if (phonetic.length >= MIN_KEY_LETTERS) consider(index.phonetic.get(phonetic));
    if (skeleton.length >= MIN_SKELETON_LETTERS) consider(index.skeleton.get(skeleton));
    const family = size === 3 ? syllableKeys(syllables[0], cache).familyNames : null;
    if (family) {
      const given = joinKeys(syllableKeys(syllables[1], cache).phonetic, keys.phonetic);
      for (const familyKey of family) {
        consider(index.phonetic.get(joinKeys(familyKey, given)));
        consider(index.phonetic.get(joinKeys(given, familyKey)));
      }
    }
  }
  return matches;
}

function joinSkeleton(left: string, right: string): string {
  if (left === '' || right === '') return left + right;
  return left[left.length - 1] === right[0] ? left + right.slice(1) : left + right;
}

const ENGLISH_WORD = /[A-Za-z][A-Za-z'’-]*/g;

interface EnglishMention {
  line: number;
  /** One id per capitalized word run, so "Jung Yong-rae" counts once however many keys match it. */
  mention: number;
  weight: number;
}

interface EnglishIndex {
  phonetic: Map<string, EnglishMention[]>;
  skeleton: Map<string, EnglishMention[]>;
  latin: Map<string, EnglishMention[]>;
}

/**
 * English keys: each capitalized word, its stem before an administrative suffix
 * ("Yuseong-gu" → "Yuseong"), and runs of two or three capitalized words joined
 * ("Jung Yong-rae" → "jungyonglae"), since Korean writes names without spaces.
 */
function indexEnglish(en: string[], koreanLatin: Set<string>): EnglishIndex {
  const index: EnglishIndex = { phonetic: new Map(), skeleton: new Map(), latin: new Map() };
  let mention = 0;
  const add = (map: Map<string, EnglishMention[]>, key: string, line: number, id: number, weight: number) => {
    const list = map.get(key);
    const entry = { line, mention: id, weight };
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  en.forEach((text, line) => {
    const words = text.match(ENGLISH_WORD) ?? [];
    let capitalRun: string[] = [];
    const flush = () => {
      if (capitalRun.length === 0) return;
      const id = mention++;
      for (let start = 0; start < capitalRun.length; start++) {
        let joined = '';
        for (let end = start; end < Math.min(capitalRun.length, start + 3); end++) {
          joined += capitalRun[end];
          const key = phoneticKey(joined);
          if (key.length >= MIN_KEY_LETTERS) add(index.phonetic, key, line, id, 1);
          if (end === start) {
            const skeleton = consonantSkeleton(key);
            if (skeleton.length >= MIN_SKELETON_LETTERS) add(index.skeleton, skeleton, line, id, SKELETON_WEIGHT);
            const stem = stripAdministrativeSuffix(capitalRun[end]);
            if (stem) add(index.phonetic, phoneticKey(stem), line, id, 1);
          }
        }
      }
      capitalRun = [];
    };
    for (const raw of words) {
      const word = raw.replace(/['’]s$/, '');
      const lower = word.toLowerCase();
      if (koreanLatin.has(lower)) add(index.latin, lower, line, mention++, 1);
      if (word[0] >= 'A' && word[0] <= 'Z') capitalRun.push(word);
      else flush();
    }
    flush();
  });
  return index;
}

export function gatherAnchors(ko: string[], en: string[], band: Band): AnchorEvidence {
  const cells = (band.rows + 1) * band.stride;
  const evidence: AnchorEvidence = {
    sharedNames: new Float32Array(cells),
    sharedNumbers: new Float32Array(cells),
    sharedLatin: new Float32Array(cells),
    koLatin: new Uint16Array(ko.length),
    koNumbers: new Uint16Array(ko.length),
    enNumbers: new Uint16Array(en.length),
    koQuotes: new Uint16Array(ko.map(quotationCount)),
    enQuotes: new Uint16Array(en.map(quotationCount)),
  };
  gatherNumbers(ko, en, band, evidence);
  gatherNames(ko, en, band, evidence);
  return evidence;
}

function gatherNumbers(ko: string[], en: string[], band: Band, evidence: AnchorEvidence): void {
  const englishByValue = new Map<string, Array<{ line: number; count: number }>>();
  en.forEach((text, line) => {
    const counts = countValues(englishNumbers(text));
    evidence.enNumbers[line] = Math.min(65_535, sum(counts.values()));
    for (const [value, count] of counts) {
      const list = englishByValue.get(value);
      if (list) list.push({ line, count });
      else englishByValue.set(value, [{ line, count }]);
    }
  });
  ko.forEach((text, line) => {
    const counts = countValues(koreanNumbers(text));
    evidence.koNumbers[line] = Math.min(65_535, sum(counts.values()));
    for (const [value, count] of counts) {
      for (const english of englishByValue.get(value) ?? []) {
        const offset = band.offset(line, english.line);
        if (offset >= 0) evidence.sharedNumbers[offset] += Math.min(count, english.count);
      }
    }
  });
}

function gatherNames(ko: string[], en: string[], band: Band, evidence: AnchorEvidence): void {
  const koreanLatin = new Set<string>();
  const koreanLatinByLine = ko.map((text, line) => {
    const words = [...new Set((text.match(/[A-Za-z]{2,}/g) ?? []).map((word) => word.toLowerCase()))];
    for (const word of words) koreanLatin.add(word);
    evidence.koLatin[line] = Math.min(65_535, words.length);
    return words;
  });
  const index = indexEnglish(en, koreanLatin);
  const syllableCache = new Map<string, SyllableKeys>();
  const wordCache = new Map<string, EnglishMention[][]>();

  // Which English mention lists each Korean line matches; then weight each by how many lines
  // share it (a district named in every paragraph says little about which pairs belong together).
  const matchedLists: Set<EnglishMention[]>[] = ko.map((text, line) => {
    const matched = new Set<EnglishMention[]>();
    for (const run of hangulRuns(text)) {
      let lists = wordCache.get(run);
      if (!lists) {
        lists = matchKoreanWord(run, index, syllableCache);
        wordCache.set(run, lists);
      }
      for (const list of lists) matched.add(list);
    }
    for (const word of koreanLatinByLine[line]) {
      const list = index.latin.get(word);
      if (list) matched.add(list);
    }
    return matched;
  });
  const koreanLines = new Map<EnglishMention[], number>();
  for (const lists of matchedLists) for (const list of lists) koreanLines.set(list, (koreanLines.get(list) ?? 0) + 1);

  koreanLatinByLine.forEach((words, line) => {
    for (const word of words) {
      const englishLines = new Set((index.latin.get(word) ?? []).map((mention) => mention.line));
      for (const english of englishLines) {
        const offset = band.offset(line, english);
        if (offset >= 0) evidence.sharedLatin[offset] += 1;
      }
    }
  });

  matchedLists.forEach((lists, line) => {
    const best = new Map<number, { english: number; weight: number }>();
    for (const mentions of lists) {
      const englishLines = new Set(mentions.map((mention) => mention.line)).size;
      const rarity = 1 / Math.sqrt((koreanLines.get(mentions) ?? 1) * englishLines);
      for (const mention of mentions) {
        const weight = mention.weight * rarity;
        const previous = best.get(mention.mention);
        if (!previous || previous.weight < weight) best.set(mention.mention, { english: mention.line, weight });
      }
    }
    for (const { english, weight } of best.values()) {
      const offset = band.offset(line, english);
      if (offset >= 0) evidence.sharedNames[offset] += weight;
    }
  });
}

function countValues(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
