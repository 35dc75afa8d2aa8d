/**
 * Hangul → Latin, for finding the same name on both sides of a bilingual article.
 *
 * Publishers romanize inconsistently even inside one article: the BreakNews seed writes
 * 정용래 as "Jung Yong-rae", "Yong-rae Jeong" and "Jeong Yong-rae", and 유성구 as
 * "Yuseong-gu" and "Yooseong". So we do not try to produce the one right spelling: we
 * produce the Revised Romanization and compare spellings through a phonetic key that
 * folds the usual variants (eo/u, ee/i, k/g, ch/j, r/l, doubled letters) together, plus a
 * consonant skeleton for loanwords (트럼프 ↔ Trump, 브렉시트 ↔ Brexit), where Korean adds
 * vowels English does not have.
 *
 * Over 300 lines, as one idea: Hangul written in Latin and compared with what English pages
 * print. The romanization with its sound changes, the table of family-name spellings (a third of
 * the file, data) and the keys that compare spellings are read together by the aligner's name
 * anchors and the word card's counterpart; a key means nothing without the romanization it folds.
 */
import { decompose, FINAL_JAMO, HANGUL_FIRST, HANGUL_LAST, INITIAL_JAMO, isHangulSyllable, VOWEL_JAMO } from '../hangul';

export { isHangulSyllable };


const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae',
  'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
];
/** Final consonants as Revised Romanization writes them at the end of a syllable. */
const FINALS = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l',
  'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't',
];


/** Revised Romanization of one syllable, ㄹ as "r" at the start and "l" at the end. Non-Hangul is returned as is. */
export function romanizeSyllable(syllable: string): string {
  const code = syllable.charCodeAt(0) - HANGUL_FIRST;
  if (code < 0 || code > HANGUL_LAST - HANGUL_FIRST) return syllable;
  return INITIALS[Math.floor(code / 588)] + VOWELS[Math.floor((code % 588) / 28)] + FINALS[code % 28];
}

/**
 * Revised Romanization, syllable by syllable (no sound-change rules: the phonetic key
 * absorbs the difference, e.g. 박은 "bakeun" vs "bageun").
 */
export function romanize(text: string): string {
  let out = '';
  for (const char of text) out += romanizeSyllable(char);
  return out;
}

/**
 * Revised Romanization of a word as it is pronounced, the way RR writes it for a learner: the
 * sound changes across syllables (국립 Gungnip, 신라 Silla, 좋고 joko, 같이 gachi) are written,
 * tensification is not (학교 hakgyo, not hakkyo). Rules (국어의 로마자 표기법, 제3장 제1항):
 * 1. Liaison (연음): a final before a vowel-initial syllable moves over (먹어 meogeo, 읽어 ilgeo,
 *    있어 isseo); ㅎ is silent there (좋아 joa, 않아 ana).
 * 2. Palatalisation: ㄷ/ㅌ before 이 become ㅈ/ㅊ (굳이 guji, 같이 gachi), ㄷ before 히 becomes ㅊ.
 * 3. Aspiration: ㅎ with ㄱ/ㄷ/ㅈ/ㅂ on either side gives ㅋ/ㅌ/ㅊ/ㅍ (좋고 joko, 축하 chuka,
 *    잡혀 japyeo). RR keeps the h in nouns (묵호 Mukho); without a dictionary we cannot tell a noun,
 *    so the learner's pronunciation wins.
 * 4. Nasalisation: ㄱ/ㄷ/ㅂ sounds before ㄴ/ㅁ become ㅇ/ㄴ/ㅁ (국물 gungmul, 있는 inneun,
 *    합니다 hamnida); ㄹ after any final but ㄴ/ㄹ is read ㄴ (종로 Jongno, 독립 dongnip).
 * 5. Liquidisation: ㄴ next to ㄹ is read ㄹ (신라 Silla, 설날 seollal); ㄹㄹ is "ll".
 * Other text passes through and restarts the rules, so this works on a word or a phrase.
 * romanize() above stays syllable by syllable: the aligner's phonetic keys are built on it.
 */
export function romanizePronounced(text: string): string {
  const chars = [...text];
  const syllables = chars.map((char) => decompose(char));
  for (let i = 0; i + 1 < syllables.length; i++) {
    const left = syllables[i];
    const right = syllables[i + 1];
    if (!left || !right || left.final === '') continue;
    const [final, initial] = soundChange(left.final, right.initial, right.vowel);
    syllables[i] = { ...left, final };
    syllables[i + 1] = { ...right, initial };
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const syllable = syllables[i];
    if (!syllable) {
      out += chars[i];
      continue;
    }
    const previous = syllables[i - 1];
    const initial = syllable.initial === 'ㄹ' && previous?.final === 'ㄹ' ? 'l' : INITIALS[INITIAL_JAMO.indexOf(syllable.initial)];
    out += initial + VOWELS[VOWEL_JAMO.indexOf(syllable.vowel)] + FINALS[FINAL_JAMO.indexOf(syllable.final)];
  }
  return out;
}

/** Finals by the sound they are read as before a consonant. */
const K_SOUND = new Set(['ㄱ', 'ㄲ', 'ㅋ', 'ㄳ', 'ㄺ']);
const T_SOUND = new Set(['ㄷ', 'ㅅ', 'ㅆ', 'ㅈ', 'ㅊ', 'ㅌ', 'ㅎ']);
const P_SOUND = new Set(['ㅂ', 'ㅍ', 'ㅄ', 'ㄿ']);
const L_SOUND = new Set(['ㄹ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㅀ']);
/** Double finals: the first letter stays, the second moves before a vowel (읽어 il-geo). */
const DOUBLE_FINALS: Record<string, [string, string]> = {
  ㄳ: ['ㄱ', 'ㅅ'], ㄵ: ['ㄴ', 'ㅈ'], ㄶ: ['ㄴ', 'ㅎ'], ㄺ: ['ㄹ', 'ㄱ'], ㄻ: ['ㄹ', 'ㅁ'], ㄼ: ['ㄹ', 'ㅂ'],
  ㄽ: ['ㄹ', 'ㅅ'], ㄾ: ['ㄹ', 'ㅌ'], ㄿ: ['ㄹ', 'ㅍ'], ㅀ: ['ㄹ', 'ㅎ'], ㅄ: ['ㅂ', 'ㅅ'],
};
const ASPIRATED: Record<string, string> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ', ㅂ: 'ㅍ' };

/** One syllable boundary: the final and the next initial as they are read. */
function soundChange(final: string, initial: string, nextVowel: string): [string, string] {
  const [kept, moved] = DOUBLE_FINALS[final] ?? ['', final];
  if (initial === 'ㅇ') {
    if (final === 'ㅇ') return [final, initial];
    if (moved === 'ㅎ') return ['', kept || 'ㅇ'];
    if (nextVowel === 'ㅣ' && (moved === 'ㄷ' || moved === 'ㅌ')) return [kept, moved === 'ㄷ' ? 'ㅈ' : 'ㅊ'];
    return [kept, moved];
  }
  if (moved === 'ㅎ') {
    if (ASPIRATED[initial]) return [kept, ASPIRATED[initial]];
    if (initial === 'ㄴ') return kept === 'ㄹ' ? ['ㄹ', 'ㄹ'] : ['ㄴ', 'ㄴ'];
    if (initial === 'ㅅ') return [kept, 'ㅅ'];
    return [kept, initial];
  }
  if (initial === 'ㅎ') {
    if (K_SOUND.has(final)) return [final === 'ㄺ' ? 'ㄹ' : '', 'ㅋ'];
    if (final === 'ㄷ') return ['', nextVowel === 'ㅣ' ? 'ㅊ' : 'ㅌ'];
    if (final === 'ㅈ' || final === 'ㄵ') return [final === 'ㄵ' ? 'ㄴ' : '', 'ㅊ'];
    if (final === 'ㅂ' || final === 'ㄼ') return [final === 'ㄼ' ? 'ㄹ' : '', 'ㅍ'];
    return [final, initial];
  }
  if (initial === 'ㄹ') {
    if (final === 'ㄴ' || L_SOUND.has(final)) return ['ㄹ', 'ㄹ'];
    return [nasal(final), 'ㄴ'];
  }
  if (initial === 'ㄴ' && L_SOUND.has(final)) return ['ㄹ', 'ㄹ'];
  if (initial === 'ㄴ' || initial === 'ㅁ') return [nasal(final), initial];
  return [final, initial];
}

/** A final as it is read before ㄴ/ㅁ: 국물 gungmul, 있는 inneun, 합니다 hamnida. */
function nasal(final: string): string {
  if (K_SOUND.has(final)) return 'ㅇ';
  if (T_SOUND.has(final)) return 'ㄴ';
  if (P_SOUND.has(final)) return 'ㅁ';
  return final;
}

/**
 * Korean administrative units and the suffix English spellings keep for them: 유성구 "Yuseong-gu",
 * 보산동 "Bosan-dong", 포천시 "Pocheon-si" (or "Pocheon" alone).
 */
export const ADMINISTRATIVE_UNITS: Readonly<Record<string, string>> = { 구: 'gu', 시: 'si', 동: 'dong', 면: 'myeon', 읍: 'eup', 리: 'ri', 군: 'gun', 도: 'do' };
const ADMINISTRATIVE_SUFFIX = new RegExp(`^(.+)-(?:${Object.values(ADMINISTRATIVE_UNITS).join('|')})$`, 'i');

/** A romanized place name without its unit suffix ("Yuseong-gu" → "Yuseong"), or null when it has none. */
export function stripAdministrativeSuffix(latin: string): string | null {
  return latin.match(ADMINISTRATIVE_SUFFIX)?.[1] ?? null;
}

/** Shortest consonant skeleton a loanword match may rest on (첼시 ~ Chelsea: "jls"). */
const MIN_LOANWORD_SKELETON = 3;

/**
 * Whether a Hangul loanword and an English word are the same word by their consonants: 트럼프 ~
 * "Trump", 첼시 ~ "Chelsea", 다니엘 ~ "Daniel" (Korean adds vowels English does not have).
 */
export function sameLoanword(hangul: string, latin: string): boolean {
  return loanwordSkeleton(hangul) === consonantSkeleton(phoneticKey(latin));
}

/** The consonants a Hangul loanword is compared by (sameLoanword), or '' when too few to say anything. */
export function loanwordSkeleton(hangul: string): string {
  const skeleton = consonantSkeleton(hangulPhoneticKey(hangul));
  return skeleton.length >= MIN_LOANWORD_SKELETON ? skeleton : '';
}

/**
 * Spellings of common family names seen in English-language Korean news, beyond what the
 * phonetic key already merges (Park/Bak, Lee/Yi/Rhee, Choi/Choe, Oh/O, Ahn/An, …).
 */
const FAMILY_NAME_SPELLINGS: Record<string, string[]> = {
  김: ['Kim', 'Gim'],
  이: ['Lee', 'Yi', 'Rhee', 'I', 'Rhie'],
  리: ['Lee', 'Ri', 'Rhee'],
  박: ['Park', 'Bak', 'Pak', 'Bahk'],
  최: ['Choi', 'Choe', 'Chey'],
  정: ['Jeong', 'Jung', 'Chung', 'Cheong', 'Joung'],
  강: ['Kang', 'Gang'],
  조: ['Cho', 'Jo', 'Joh'],
  윤: ['Yoon', 'Yun'],
  장: ['Jang', 'Chang'],
  임: ['Lim', 'Im', 'Rim', 'Yim'],
  한: ['Han'],
  오: ['Oh', 'O'],
  서: ['Seo', 'Suh', 'Sur'],
  신: ['Shin', 'Sin'],
  권: ['Kwon', 'Gwon'],
  황: ['Hwang'],
  안: ['Ahn', 'An'],
  송: ['Song'],
  류: ['Ryu', 'Yoo', 'Yu', 'Rhyu'],
  유: ['Yoo', 'Yu', 'Ryu'],
  전: ['Jeon', 'Jun', 'Chun', 'Chon'],
  홍: ['Hong'],
  고: ['Ko', 'Go', 'Koh'],
  문: ['Moon', 'Mun'],
  양: ['Yang'],
  손: ['Son', 'Sohn'],
  배: ['Bae', 'Pae'],
  백: ['Baek', 'Paik', 'Baik', 'Paek'],
  허: ['Heo', 'Huh', 'Hur'],
  노: ['Noh', 'Roh', 'No'],
  남: ['Nam'],
  심: ['Shim', 'Sim'],
  하: ['Ha'],
  곽: ['Kwak', 'Gwak'],
  성: ['Sung', 'Seong'],
  차: ['Cha'],
  주: ['Joo', 'Ju', 'Chu'],
  우: ['Woo', 'U'],
  구: ['Koo', 'Gu', 'Ku'],
  민: ['Min'],
  나: ['Na', 'Ra'],
  진: ['Jin', 'Chin'],
  지: ['Ji', 'Chi'],
  엄: ['Eom', 'Um', 'Uhm'],
  원: ['Won', 'Weon'],
  천: ['Cheon', 'Chun'],
  방: ['Bang', 'Pang'],
  공: ['Kong', 'Gong'],
  현: ['Hyun', 'Hyeon'],
  함: ['Ham'],
  변: ['Byun', 'Byeon', 'Pyun'],
  염: ['Yeom', 'Yum'],
  여: ['Yeo', 'Yuh'],
  추: ['Choo', 'Chu'],
  도: ['Do', 'Doh'],
  소: ['So'],
  석: ['Seok', 'Suk'],
  선: ['Sun', 'Seon'],
  설: ['Seol', 'Sul'],
  마: ['Ma'],
  길: ['Gil', 'Kil'],
  연: ['Yeon', 'Yun'],
  위: ['Wi', 'Wee'],
  표: ['Pyo'],
  명: ['Myung', 'Myeong'],
  기: ['Ki', 'Gi'],
  반: ['Ban', 'Pan'],
  왕: ['Wang'],
  금: ['Keum', 'Geum', 'Kum'],
  옥: ['Ok'],
  육: ['Yook', 'Yuk'],
  인: ['In'],
  맹: ['Maeng'],
  탁: ['Tak'],
  국: ['Kook', 'Guk'],
  경: ['Kyung', 'Gyeong'],
  봉: ['Bong'],
  편: ['Pyeon', 'Pyun'],
  용: ['Yong'],
  예: ['Ye'],
  채: ['Chae'],
  빈: ['Bin'],
  모: ['Mo'],
  태: ['Tae'],
};

/** Spellings of a family name seen in English text; for an unknown syllable, its romanization. */
export function familyNameSpellings(syllable: string): string[] {
  return FAMILY_NAME_SPELLINGS[syllable] ?? [capitalize(romanizeSyllable(syllable))];
}

export function isCommonFamilyName(syllable: string): boolean {
  return syllable in FAMILY_NAME_SPELLINGS;
}

/**
 * A Korean personal name in the order English news usually prints it:
 * "정용래" → "Jeong Yong-rae" (family name first, given name hyphenated).
 */
export function romanizeName(name: string): string {
  const syllables = [...name];
  if (syllables.length < 2) return capitalize(romanize(name));
  const family = familyNameSpellings(syllables[0])[0];
  const given = syllables.slice(1).map(romanizeSyllable).join('-');
  return `${family} ${capitalize(given)}`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const LOWER_A = 97;
const LOWER_Z = 122;

/**
 * A spelling-insensitive key for romanized Korean: both "Jung Yong-rae" and "Jeong Yongrae"
 * give "jungyonglae", "Hyeon-Woo" and "Hyun-woo" give "hyunu", "Yooseong" and "Yuseong" give "yusung".
 * Folds: eo/eu/oo/woo → u, ee/ui → i, ch → j, sh → s, ph → p, then k/c/q → g, t → d,
 * p/f/v → b, r → l, z → j, x → gs, and doubled letters to one.
 */
export function phoneticKey(latin: string): string {
  let letters = '';
  for (const char of latin.toLowerCase()) {
    const code = char.charCodeAt(0);
    if (code >= LOWER_A && code <= LOWER_Z) letters += char;
  }
  let key = '';
  for (let index = 0; index < letters.length; index++) {
    const char = letters[index];
    const next = letters[index + 1] ?? '';
    let folded: string;
    if (char === 'e' && (next === 'o' || next === 'u')) {
      folded = 'u';
      index++;
    } else if (char === 'o' && next === 'o') {
      folded = 'u';
      index++;
    } else if (char === 'e' && next === 'e') {
      folded = 'i';
      index++;
    } else if (char === 'u' && next === 'i') {
      folded = 'i';
      index++;
    } else if (char === 'w' && (next === 'u' || (next === 'o' && letters[index + 2] === 'o'))) {
      folded = 'u';
      index += next === 'u' ? 1 : 2;
    } else if (next === 'h' && (char === 'c' || char === 's' || char === 'p')) {
      folded = char === 'c' ? 'j' : char === 's' ? 's' : 'b';
      index++;
    } else {
      folded = FOLDED_LETTER[char] ?? char;
    }
    if (!key.endsWith(folded)) key += folded;
  }
  return key;
}

const FOLDED_LETTER: Record<string, string> = {
  k: 'g', c: 'g', q: 'g', t: 'd', p: 'b', f: 'b', v: 'b', r: 'l', z: 'j', x: 'gs',
};

const SKELETON_DROPPED = new Set(['a', 'e', 'i', 'o', 'u', 'w', 'y', 'h']);

/**
 * The consonants of a phonetic key, for loanwords: Korean writes "Trump" as 트럼프
 * (teu-reom-peu) and "Brexit" as 브렉시트, adding vowels; both sides reduce to "dlmb", "blgsd".
 */
export function consonantSkeleton(key: string): string {
  let skeleton = '';
  for (const char of key) {
    if (SKELETON_DROPPED.has(char)) continue;
    if (!skeleton.endsWith(char)) skeleton += char;
  }
  return skeleton;
}

/**
 * Phonetic key of Hangul text, folded syllable by syllable and joined (collapsing a letter
 * doubled across the boundary). Folding per syllable keeps "세우" as "se"+"u", the way the
 * English "Se-woo" folds, instead of reading "seu" as the vowel ㅡ.
 */
export function hangulPhoneticKey(word: string): string {
  let key = '';
  for (const syllable of word) key = joinKeys(key, phoneticKey(romanizeSyllable(syllable)));
  return key;
}

/** Appends a syllable's key, collapsing a letter doubled across the boundary (같이 → "gad"+"i"; 안녕 → "an"+"nyung" = "anyung"). */
export function joinKeys(left: string, right: string): string {
  if (left === '' || right === '') return left + right;
  return left[left.length - 1] === right[0] ? left + right.slice(1) : left + right;
}

/** Phonetic keys a Hangul word (2+ syllables, no particles) may be written as in English. */
export function hangulWordKeys(word: string): string[] {
  const syllables = [...word];
  const keys = [hangulPhoneticKey(word)];
  if (syllables.length === 3 && isCommonFamilyName(syllables[0])) {
    const given = hangulPhoneticKey(syllables[1] + syllables[2]);
    for (const family of familyNameSpellings(syllables[0])) {
      const familyKey = phoneticKey(family);
      keys.push(joinKeys(familyKey, given), joinKeys(given, familyKey));
    }
  }
  return [...new Set(keys)];
}

/**
 * Whether a Hangul name or place and a romanized English spelling are the same word:
 * 정용래 ~ "Yong-rae Jeong", 유성구 ~ "Yuseong-gu", 김현우 ~ "Hyeon-Woo Kim".
 * Compares phonetic keys, allowing one edit in keys of 6+ letters (an unusual vowel spelling).
 */
export function sameRomanizedName(hangul: string, latin: string): boolean {
  return keysMatchRomanized(hangulWordKeys(hangul), phoneticKey(latin));
}

/** sameRomanizedName on keys made once (hangulWordKeys, phoneticKey), for comparing one word with many spellings. */
export function keysMatchRomanized(hangulKeys: string[], latinKey: string): boolean {
  return hangulKeys.some((key) => key === latinKey || (key.length >= 6 && latinKey.length >= 6 && withinOneEdit(key, latinKey)));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
