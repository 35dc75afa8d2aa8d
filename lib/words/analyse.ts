/**
 * Korean word analyser: the dictionary form of each space-separated word (어절), its part of
 * speech, and the particles and endings on it, from grammar tables rather than a dictionary.
 *
 * Workflow, for one word:
 * 1. Cut leading and trailing punctuation off (it stays in the word's text); digits and Latin
 *    stay in the core (8개, 10%가).
 * 2. Read it as a predicate: longest known ending from the right (ENDINGS), then the pre-final
 *    endings 겠, 었 (also fused: 했 = 하+였, 됐 = 되+었, 갔 = 가+았) and 시, then undo the
 *    vowel contractions (해 = 하+여, 돼 = 되+어, 봐 = 보+아, 줘 = 주+어, 져 = 지+어) and the
 *    irregular stems (ㄷ 들어 → 듣, ㅂ 가까운 → 가깝, ㅅ 지은 → 짓, ㅎ 그런 → 그렇, 르 달라 → 다르,
 *    으 써 → 쓰, ㄹ-dropping 만드는 → 만들); an auxiliary written on (만들어지다) is cut at its 어.
 * 3. Score each stem: a known native stem or a productive suffix (발표+하, 지속+되, 자연+스럽)
 *    beats a noun reading; a stem ending in the copula 이 (학생이다, 대표적인) gives the noun;
 *    an unknown stem only wins where no noun reading exists.
 * 4. Read it as a noun: the longest particle (stacked ones too: 에서는) from the right, checked
 *    against the previous syllable (이/은/을/과/으로 after a consonant, 가/는/를/와/로 after a
 *    vowel); a one-syllable remainder with a particle that also ends many nouns (결과, 회의)
 *    loses to the whole word.
 * 5. The best reading gives the lemma: the stem plus 다 for verbs and adjectives (발표했다 →
 *    발표하다), the noun alone for nouns and noun + copula (연구원은 → 연구원, 학생이다 → 학생);
 *    compounds stay one word (수석연구원은 → 수석연구원).
 *
 * Limits (measured in tests/words-gsd.test.ts): without a noun dictionary a noun that ends like an
 * ending after a known stem (사고 = 사+고) reads as a verb, and -인 after a noun reads as the
 * copula (한국인 → 한국).
 *
 * Over 300 lines because the workflow below is one idea, read from right to left through one word;
 * its tables live in grammar.ts.
 */
import { compose, decompose, finalOf, isHangulSyllable, withFinal } from '../hangul';
import { hasTerminalPunctuation, QUOTE_BREAK } from '../sentences';
import {
  ADJECTIVE_STEMS,
  ADJECTIVE_SUFFIXES,
  AUXILIARIES,
  AUXILIARY_LINKS,
  ENDINGS,
  FUTURE,
  HONORIFIC,
  MUST,
  PAIRED_PARTICLES,
  PARTICLES,
  PAST,
  VERB_STEMS,
  VERB_SUFFIXES,
  type Entry,
} from './grammar';

/** The analyser's own part-of-speech tags. */
export type WordPos = 'noun' | 'verb' | 'adjective' | 'adverb' | 'determiner' | 'copula' | 'number' | 'foreign' | 'symbol';

export interface WordAnalysis {
  /** The space-separated word as written, attached punctuation included. */
  text: string;
  /** Dictionary form: 발표했다 → 발표하다, 연구원은 → 연구원, 학생이다 → 학생. */
  lemma: string;
  pos: WordPos;
  /** Particles and endings found, each with a learner label: "은: topic particle", "-었-: past". */
  grammar: string[];
  /** JavaScript string offsets of `text` in its line. */
  start: number;
  end: number;
}

interface Reading {
  lemma: string;
  pos: WordPos;
  grammar: string[];
  score: number;
}

// Scores of step 3 and 4: only their order matters.
const KNOWN_STEM = 4;
const SUFFIXED_STEM = 3.5;
const COMPOUND_STEM = 3.3;
const COPULA_NOUN = 3;
const COPULA_AFTER_NOUN_ENDING = 1.95;
const NOUN_WITH_PARTICLE = 2.5;
const SHORT_NOUN_WITH_PARTICLE = 2.1;
const BARE_NOUN = 2;
const SHORT_NOUN_WITH_AMBIGUOUS_PARTICLE = 1.9;
const UNKNOWN_STEM = 1;
const IRREGULAR_COST = 0.05;
const ADVERB_IN_I = 2.2;
/** An unknown stem ending this way is still a predicate: no noun reading ends in 었다 or 습니다. */
const UNMISTAKABLE_ENDINGS = new Set(['ㄴ다', '는다', '(스)ㅂ니다', '(스)ㅂ니까', '지만', '는데', '(으)면서', '도록', '(으)려고', '어서', '어야']);

/**
 * Particles that also end many nouns (결과, 도로, 하나): a one-syllable noun before them is doubtful.
 * 의, 도, 가, 만, 와 are not in it: on the GSD dev set's first half a one-syllable noun before them
 * (등의, 수도, 맛도) was the noun with its particle far more often than a word like 회의 or 정도.
 */
const NOUN_LIKE_PARTICLES = new Set(['과', '로', '나', '고', '요', '며', '야', '여', '든', '께', '뿐', '라고', '하고', '대로', '마다', '보다']);

interface Ending {
  surface: string;
  label: string;
  /** Rule name in grammar.ts (for UNMISTAKABLE_ENDINGS). */
  rule: string;
  /** The ending's 어 is fused into the stem's last syllable (해서 = 하+어서). */
  fused: boolean;
  /** Starts with 어/아/여 written out (먹어서, 하여). */
  vowelInitial: boolean;
  /** The 으 form (먹으면, 먹은): the stem ends in a consonant (or an irregular one lost it). */
  eu: boolean;
  /** Starts with a letter ㄹ-stems drop their ㄹ before (ㄴ, ㅂ, ㅅ, 니, 세, 시). */
  dropsL: boolean;
}

function attachEu(rest: string): string {
  const first = rest[0];
  if (!isHangulSyllable(first)) return compose('ㅇ', 'ㅡ', first) + rest.slice(1);
  return '으' + rest;
}

function expandEnding(entry: Entry): Ending[] {
  const base = { label: entry.label, rule: entry.form, fused: false, vowelInitial: false, eu: false, dropsL: false };
  const out: Ending[] = [];
  const push = (surface: string, extra: Partial<Ending> = {}) => {
    const first = surface[0] ?? '';
    out.push({ ...base, surface, dropsL: /^[ㄴㅂㅅ는니네나세시습]/.test(first) || first === 'ㄹ', ...extra });
  };
  const { form } = entry;
  if (form.startsWith('(으)')) {
    const rest = form.slice(3);
    push(rest);
    push(attachEu(rest), { eu: true, dropsL: false });
  } else if (form.startsWith('(스)ㅂ')) {
    push(form.slice(3));
    push('습' + form.slice(4), { eu: true, dropsL: false });
  } else if (form.startsWith('어')) {
    const rest = form.slice(1);
    for (const vowel of ['어', '아', '여']) push(vowel + rest, { vowelInitial: true, dropsL: false });
    push(rest, { fused: true, dropsL: false });
  } else push(form);
  return out;
}

const ENDING_FORMS: Ending[] = ENDINGS.flatMap(expandEnding).sort((a, b) => b.surface.length - a.surface.length);

interface Particle {
  form: string;
  label: string;
  after: 'consonant' | 'vowel' | 'any';
}

const PARTICLE_FORMS: Particle[] = [
  ...PAIRED_PARTICLES.flatMap(([c, v, label]): Particle[] => [
    { form: c, label, after: 'consonant' },
    { form: v, label, after: 'vowel' },
  ]),
  ...PARTICLES.map((p): Particle => ({ ...p, after: 'any' })),
].sort((a, b) => b.form.length - a.form.length);

const VERB_SET = new Set(VERB_STEMS.split(/\s+/).filter(Boolean));
const ADJECTIVE_SET = new Set(ADJECTIVE_STEMS.split(/\s+/).filter(Boolean));

/** Splits `word` ending in `surface` (which may start with a lone final consonant): the syllables before, or null. */
function cutSuffix(word: string, surface: string): string | null {
  if (surface === '') return word;
  const first = surface[0];
  if (isHangulSyllable(first) || !/[ㄱ-ㅎ]/.test(first)) return word.endsWith(surface) && word.length > surface.length ? word.slice(0, -surface.length) : null;
  const rest = surface.slice(1);
  if (!word.endsWith(rest) || word.length <= rest.length) return null;
  const host = word[word.length - rest.length - 1];
  if (finalOf(host) !== first) return null;
  // 먹습니다 is 먹+습니다, never 먹스+ㅂ니다.
  if (host === compose('ㅅ', 'ㅡ', first)) return null;
  return word.slice(0, word.length - rest.length - 1) + withFinal(host, '');
}

/**
 * A stem the analyser may read before an ending. Irregular restorations (ㄷ ㅂ ㅅ ㅎ 르, and the
 * ㄹ that drops) are closed classes: they count only for a stem the analyser knows (or a ㅂ
 * adjective in 스럽/롭/답), else 반발을 would read as 반받다 and 달러 as 다르다.
 */
interface Candidate {
  stem: string;
  irregular: boolean;
}

/** Stems whose last syllable absorbed an 어/아/여 (its final already removed): 해 → 하, 도와 → 돕. */
function unfuse(stem: string): Candidate[] {
  const last = decompose(stem[stem.length - 1]);
  if (!last || last.final !== '') return [];
  const before = stem.slice(0, -1);
  const prev = before[before.length - 1];
  const out: Candidate[] = [];
  const put = (vowel: string) => out.push({ stem: before + compose(last.initial, vowel), irregular: false });
  const odd = (irregular: string) => out.push({ stem: irregular, irregular: true });
  const bIrregular = () => {
    if (last.initial === 'ㅇ' && prev && isHangulSyllable(prev) && finalOf(prev) === '') odd(before.slice(0, -1) + withFinal(prev, 'ㅂ'));
  };
  const reuIrregular = () => {
    if (last.initial === 'ㄹ' && prev && finalOf(prev) === 'ㄹ') odd(before.slice(0, -1) + withFinal(prev, '') + '르');
  };
  switch (last.vowel) {
    case 'ㅐ':
      if (last.initial === 'ㅎ') put('ㅏ');
      out.push({ stem, irregular: false });
      odd(before + compose(last.initial, 'ㅓ', 'ㅎ'));
      odd(before + compose(last.initial, 'ㅏ', 'ㅎ'));
      break;
    case 'ㅙ':
      put('ㅚ');
      break;
    case 'ㅘ':
      put('ㅗ');
      bIrregular();
      break;
    case 'ㅝ':
      put('ㅜ');
      bIrregular();
      break;
    case 'ㅕ':
      put('ㅣ');
      break;
    case 'ㅏ':
    case 'ㅓ':
      // 가 and 서 are their own stems with 아/어 absorbed; 어 and 아 themselves are the ending.
      // 하 with 아/어 is always 해 (or 하여): a lone 하 is no contraction (축하 is not 축하+아).
      if (last.initial === 'ㅇ' || (last.initial === 'ㅎ' && last.vowel === 'ㅏ')) break;
      out.push({ stem, irregular: false });
      put('ㅡ');
      reuIrregular();
      break;
    case 'ㅔ':
    case 'ㅖ':
      out.push({ stem, irregular: false });
      break;
  }
  return out;
}

/** Stems before a written-out ending, with the irregular ones that ending allows. */
function restore(stem: string, ending: Ending): Candidate[] {
  const out: Candidate[] = [{ stem, irregular: false }];
  const lastChar = stem[stem.length - 1];
  const last = decompose(lastChar);
  if (!last) return out;
  const before = stem.slice(0, -1);
  const open = last.final === '';
  const odd = (irregular: string) => out.push({ stem: irregular, irregular: true });
  if (ending.vowelInitial || ending.eu) {
    if (last.final === 'ㄹ') odd(before + withFinal(lastChar, 'ㄷ'));
    if (open) odd(before + withFinal(lastChar, 'ㅅ'));
  }
  // ㄹ-dropping, ㅂ (가까우+ㄴ) and ㅎ (그러+ㄴ) show before the endings without 으, never before 은/을/으면.
  if (!ending.vowelInitial && !ending.eu && open) {
    if (ending.dropsL) odd(before + withFinal(lastChar, 'ㄹ'));
    if (last.initial === 'ㅇ' && last.vowel === 'ㅜ' && before && finalOf(before[before.length - 1]) === '' && isHangulSyllable(before[before.length - 1])) {
      odd(before.slice(0, -1) + withFinal(before[before.length - 1], 'ㅂ'));
    }
    if (last.vowel === 'ㅓ' || last.vowel === 'ㅏ') odd(before + withFinal(lastChar, 'ㅎ'));
  }
  return out;
}

interface StemReading {
  stem: string;
  pos: WordPos;
  score: number;
  grammar: string[];
}

function isAdjectiveStem(stem: string): boolean {
  return ADJECTIVE_SET.has(stem) || ['스럽', '롭', '답'].some((s) => stem.endsWith(s) && stem.length > s.length);
}

/** One-syllable stems that compound freely with a noun before them. */
const COMPOUNDING_STEMS = new Set(['있', '없', '같']);
/**
 * Verbs that make compounds with a noun (맛나다, 짜증내다, 본뜨다, 그만두다, 사기치다, 매듭짓다, 버스타다
 * as the treebank spaces it): read so only before a full-syllable connective or sentence ending,
 * since before 는/ㄴ or nothing they are as likely the end of a noun (가치는, 하나는, 국내).
 */
const NOUN_VERB_COMPOUNDS = new Set(['나', '내', '뜨', '두', '타', '치', '짓']);
const NOUN_VERB_COMPOUND = 2.8;
/** Endings too short to show a compound verb (명나라, 카메라 end in 라 as nouns). */
const COMPOUND_UNSAFE_RULES = new Set(['라', '(으)라', '대', '래', '자', '지', '니', '냐', '네', '군', '구']);
/**
 * Auxiliaries kept as one verb with the main one. None: the treebank's annotators and learner
 * dictionaries cut 만들어진 at its 어 (만들다 + 지다), and 알려줘 as 알리다 + 주다.
 */
const JOINED_AUXILIARIES = new Set<string>();
/** -거리다 verbs from a reduplicated or mimetic root of two syllables or more (술렁거리다, 반짝거리다). */
const MIMETIC_SUFFIX = '거리';

/** Step 3: how good a predicate stem is, cutting a written-on auxiliary at its connective. */
function judgeStem(stem: string, depth = 0): StemReading | null {
  if (!stem || !isHangulSyllable(stem[stem.length - 1])) return null;
  if (VERB_SET.has(stem) || ADJECTIVE_SET.has(stem)) return { stem, pos: isAdjectiveStem(stem) && !VERB_SET.has(stem) ? 'adjective' : 'verb', score: KNOWN_STEM, grammar: [] };
  if (depth === 0) {
    for (const aux of AUXILIARIES) {
      if (!stem.endsWith(aux) || stem.length <= aux.length) continue;
      const head = stem.slice(0, -aux.length);
      for (const link of AUXILIARY_LINKS) {
        const spelled = link.form === '어' ? ['어', '아', '여'] : [link.form];
        // 지다 and 주다 make one verb with the main one (이루어지다, 도와주다): a contraction must be a real one (사진 is no 사+지).
        const joins = JOINED_AUXILIARIES.has(aux);
        const heads: string[] = link.form === '어' ? unfuse(head).map((c) => c.stem).filter((h) => (!joins && aux === '보') || h !== head) : [];
        for (const s of spelled) if (head.endsWith(s) && head.length > 1) heads.push(head.slice(0, -1));
        for (const main of heads) {
          const judged = judgeStem(main, depth + 1);
          if (!judged || judged.score < SUFFIXED_STEM || judged.pos === 'copula') continue;
          if (joins) return { stem, pos: 'verb', score: SUFFIXED_STEM, grammar: [] };
          return { ...judged, grammar: [link.label, `${aux}-: helping verb`] };
        }
      }
    }
  }
  // Passive and causative 이/히/리/기/우 on a known stem (막히다, 열리다, 보이다, 남기다): one verb.
  const voice = stem[stem.length - 1];
  if (stem.length >= 2 && '이히리기'.includes(voice) && VERB_SET.has(stem.slice(0, -1))) return { stem, pos: 'verb', score: SUFFIXED_STEM, grammar: [] };
  for (const suffix of ADJECTIVE_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length > suffix.length && ['스럽', '롭', '답'].includes(suffix)) return { stem, pos: 'adjective', score: SUFFIXED_STEM, grammar: [] };
  }
  if (stem.endsWith(MIMETIC_SUFFIX) && stem.length >= MIMETIC_SUFFIX.length + 2) return { stem, pos: 'verb', score: SUFFIXED_STEM, grammar: [] };
  for (const suffix of VERB_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length > suffix.length) return { stem, pos: 'verb', score: SUFFIXED_STEM, grammar: [] };
  }
  // A noun or root compounded with 있다/없다/같다 (맛있다, 재미없다, 똑같다) or with a longer known stem (별다르다).
  for (let tail = Math.min(3, stem.length - 1); tail >= 1; tail--) {
    const head = stem.slice(-tail);
    if ((tail >= 2 || COMPOUNDING_STEMS.has(head)) && (VERB_SET.has(head) || ADJECTIVE_SET.has(head))) {
      return { stem, pos: ADJECTIVE_SET.has(head) && !VERB_SET.has(head) ? 'adjective' : 'verb', score: COMPOUND_STEM, grammar: [] };
    }
  }
  if (stem.endsWith('이') && stem.length >= 2 && isHangulSyllable(stem[stem.length - 2])) return { stem: stem.slice(0, -1), pos: 'copula', score: COPULA_NOUN, grammar: [] };
  if (stem.length <= 3) return { stem, pos: 'verb', score: UNKNOWN_STEM, grammar: [] };
  return null;
}

/** Particles that follow an ending (찾기도, 하지는, 했다고, 함으로써 is listed whole as an ending's noun form). */
const PARTICLES_AFTER_ENDINGS = new Set(['는', '은', '도', '만', '를', '을', '로', '으로', '에', '요', '의', '까지', '조차', '마저', '부터', '라도', '에는', '에도', '로서', '으로서', '로써', '으로써']);
/** 이/가 follow only the noun-forming endings (하기가, 먹음이). */
const SUBJECT_PARTICLES = new Set(['이', '가']);
const NOUN_FORM_LABELS = new Set(ENDINGS.filter((e) => e.form === '기' || e.form === '(으)ㅁ').map((e) => e.label));

/** Endings a vowel-final noun takes with the copula's 이 left out (학교다, 단지라는). */
const COPULA_DROP_RULES = new Set(['다', '라고', '라는', '라며', '라면', '란', '라서']);
/** Endings only action verbs take (먹는, 먹는다): never the copula, so 아이는 is 아이+는. */
const VERBAL_PRESENT = /^(는|ㄴ다|는다)/;
const MODIFIER_RULES = new Set(['는', '(으)ㄴ', '(으)ㄹ', '던']);
const COPULA_DROPPED = COPULA_NOUN - 0.4;
const PARTICLE_AFTER_ENDING_COST = 0.1;

/** Step 2: every predicate reading of a core word, also with a particle after the ending. */
function predicateReadings(core: string, closesSentence: boolean): Reading[] {
  const readings = endingReadings(core, false, closesSentence);
  for (const particle of PARTICLE_FORMS) {
    const afterNounForm = SUBJECT_PARTICLES.has(particle.form);
    if (!(PARTICLES_AFTER_ENDINGS.has(particle.form) || afterNounForm) || !core.endsWith(particle.form) || core.length <= particle.form.length) continue;
    for (const reading of endingReadings(core.slice(0, -particle.form.length), true)) {
      if (afterNounForm && !reading.grammar.some((g) => NOUN_FORM_LABELS.has(g))) continue;
      readings.push({ ...reading, grammar: [...reading.grammar, `${particle.form}: ${particle.label}`], score: reading.score - PARTICLE_AFTER_ENDING_COST });
    }
  }
  return readings;
}

/** Endings a particle may follow: connectives and noun forms, never a modifier (찾기도, 하지는, 했다고는). */
const ENDINGS_BEFORE_PARTICLES = new Set(['기', '(으)ㅁ', '고', '지', '어서', '도록', '다고', 'ㄴ다고', '는다고', '라고', '냐고', '자고', '(으)면서', '어야', '어도', '는데', '(으)ㄴ데', '다가', '(으)려고', '고서']);

function endingReadings(core: string, beforeParticle = false, closesSentence = false): Reading[] {
  const readings: Reading[] = [];
  if (YEAR_NOUNS.has(core)) return readings;
  for (const ending of ENDING_FORMS) {
    if (beforeParticle && !ENDINGS_BEFORE_PARTICLES.has(ending.rule)) continue;
    const rest = cutSuffix(core, ending.surface);
    if (rest === null || rest === '' || YEAR_NOUNS.has(rest)) continue;
    const lastOfRest = rest[rest.length - 1];
    if (COPULA_DROP_RULES.has(ending.rule) && !ending.fused && !PAST_LIKE.test(rest) && isHangulSyllable(lastOfRest) && finalOf(lastOfRest) === '' && rest.length >= 2) {
      readings.push({ lemma: rest, pos: 'noun', grammar: ['이다: copula "to be" (이 left out)', ending.label], score: COPULA_DROPPED });
    }
    // Pre-final endings, right to left: 겠, 었 (written out or fused as ㅆ), then the stem.
    type State = { stem: string; fused: boolean; vowelInitial: boolean; grammar: string[] };
    let states: State[] = [{ stem: rest, fused: ending.fused, vowelInitial: ending.vowelInitial, grammar: [ending.label] }];
    if (!ending.fused) {
      const more: State[] = [];
      for (const s of states) {
        if (s.stem.endsWith('겠') && s.stem.length > 1) {
          more.push({ ...s, stem: s.stem.slice(0, -1), grammar: [FUTURE.label, ...s.grammar] });
          // 먹어야겠다 = 먹어야 하겠다 with 하 left out: "must".
          const must = s.stem.slice(0, -1);
          if (/[어아여]야$/.test(must) && must.length > 2) more.push({ stem: must.slice(0, -2), fused: false, vowelInitial: true, grammar: [MUST.label, FUTURE.label, ...s.grammar] });
          else if (must.endsWith('야') && must.length > 1) more.push({ stem: must.slice(0, -1), fused: true, vowelInitial: false, grammar: [MUST.label, FUTURE.label, ...s.grammar] });
        }
      }
      states = states.concat(more);
      const past: State[] = [];
      for (const s of states) {
        const last = s.stem[s.stem.length - 1];
        if (/[었았였]$/.test(s.stem) && s.stem.length > 1) past.push({ stem: s.stem.slice(0, -1), fused: false, vowelInitial: true, grammar: [PAST.label, ...s.grammar] });
        if (finalOf(last) === 'ㅆ') past.push({ stem: s.stem.slice(0, -1) + withFinal(last, ''), fused: true, vowelInitial: false, grammar: [PAST.label, ...s.grammar] });
      }
      states = states.concat(past);
    }
    for (const state of states) {
      const stems = state.fused ? unfuse(state.stem) : restore(state.stem, { ...ending, vowelInitial: state.vowelInitial });
      for (const { stem: candidate, irregular } of stems) {
        const withHonorific = [{ stem: candidate, grammar: state.grammar }];
        if (/[^으]시$/.test(candidate) || /으시$/.test(candidate)) {
          const cut = candidate.endsWith('으시') ? candidate.slice(0, -2) : candidate.slice(0, -1);
          if (cut) withHonorific.push({ stem: cut, grammar: [HONORIFIC.label, ...state.grammar] });
        }
        for (const { stem, grammar } of withHonorific) {
          const judged = judgeStem(stem);
          if (!judged) continue;
          if (judged.pos === 'copula' && VERBAL_PRESENT.test(ending.surface) && !grammar.includes(PAST.label)) continue;
          if (irregular && !(judged.score === KNOWN_STEM && core.length >= 2) && !(judged.pos === 'adjective' && judged.score === SUFFIXED_STEM)) continue;
          if (judged.pos !== 'copula' && judged.score !== SUFFIXED_STEM && !/^[\uac00-\ud7a3]+$/.test(judged.stem)) continue;
          // Before a consonant ending a regular reading beats a restored one (가는 is 가+는 before 가늘+는);
          // a fused 러/라 is the 르 class (불러 is 부르+어, not 불+러).
          let score = judged.score - (irregular && !state.fused ? IRREGULAR_COST : 0);
          // -음 on a native stem is mostly a noun of its own (흐름, 믿음, 이름); 발표함, 했음 and a
          // note-style sentence end (좋음.) stay predicates.
          if (ending.rule === '(으)ㅁ' && judged.score === KNOWN_STEM && grammar.length === 1 && !closesSentence) score = BARE_NOUN - 0.1;
          // A compound ending in a lone ㄴ/ㄹ may as well be a noun with 은/을/를 (뮤직비디오를 is not 비디+오르다).
          if (judged.score === COMPOUND_STEM && /^[ㄱ-ㅎ]$/.test(ending.surface)) score = NOUN_WITH_PARTICLE - 0.1;
          if (judged.score === COMPOUND_STEM && ending.fused && ending.surface === '') continue;
          if (judged.score === UNKNOWN_STEM) {
            const tail = stem[stem.length - 1];
            if (stem.length >= 2 && NOUN_VERB_COMPOUNDS.has(tail) && isHangulSyllable(ending.surface[0] ?? '') && !MODIFIER_RULES.has(ending.rule) && !COMPOUND_UNSAFE_RULES.has(ending.rule) && !(ending.fused && ending.surface === '')) score = NOUN_VERB_COMPOUND;
          }
          // 일 and 인 end many nouns (일요일, 11일, 외국인, 디자인): the copula reads them only after -적 (대표적인).
          if (judged.pos === 'copula' && (ending.rule === '(으)ㄹ' || ending.rule === '(으)ㅁ') && !judged.stem.endsWith('적')) score = COPULA_AFTER_NOUN_ENDING;
          if (judged.pos === 'copula' && ending.rule === '(으)ㄴ' && !judged.stem.endsWith('적')) score = judged.stem.length >= 2 ? BARE_NOUN + 0.05 : COPULA_AFTER_NOUN_ENDING;
          if (score === UNKNOWN_STEM && (UNMISTAKABLE_ENDINGS.has(ending.rule) || grammar.includes(PAST.label))) score = BARE_NOUN + 0.2;
          const lemma = judged.pos === 'copula' ? judged.stem : judged.stem + '다';
          const labels = judged.pos === 'copula' ? ['이다: copula "to be"', ...grammar] : [...judged.grammar, ...grammar];
          readings.push({ lemma, pos: judged.pos === 'copula' ? 'noun' : judged.pos, grammar: labels, score });
        }
      }
    }
  }
  return readings;
}

function endsInConsonant(text: string): boolean | null {
  const last = text[text.length - 1];
  if (!isHangulSyllable(last)) return null;
  return finalOf(last) !== '';
}

/** Particles another particle may follow (에서+는, 와+의, 으로+부터); 이/가/을/를/은/는/도/의 close the word. */
const INNER_PARTICLES = new Set(['에', '에서', '에게', '으로', '로', '와', '과', '까지', '부터', '만', '으로서', '로서', '보다', '처럼', '한테', '께', '마다', '대로', '밖에', '에게서', '으로부터', '로부터', '이라', '라', '에다']);

/** 해 "year" nouns that would read as 하+여 (올해 is not 올하다). */
const YEAR_NOUNS = new Set(['올해', '지난해', '새해', '한해']);

/** Syllables closed by ㅆ (했, 있, 겠, 었): the past or 있다, next to never inside a noun. */
const PAST_LIKE = /[갰걌겠었였았했됐왔봤줬졌있웠쳤혔렸켰겼녔렀셨]/;

/** Step 4: noun readings, up to two particles from the right (에서+는, 으로+부터). */
function nounReadings(core: string): Reading[] {
  const readings: Reading[] = [{ lemma: core, pos: 'noun', grammar: [], score: BARE_NOUN }];
  const walk = (rest: string, found: Particle[]) => {
    if (found.length === 2) return;
    for (const particle of PARTICLE_FORMS) {
      if (!rest.endsWith(particle.form) || rest.length <= particle.form.length) continue;
      const noun = rest.slice(0, -particle.form.length);
      const consonant = endsInConsonant(noun);
      // After digits 만 and 억 are the number itself (180만, 3억).
      if (/\d$/.test(noun) && (particle.form === '만' || particle.form === '억')) continue;
      if (consonant !== null) {
        if (particle.after === 'consonant' && !consonant) continue;
        if (particle.after === 'vowel' && consonant && !(particle.form.startsWith('로') && finalOf(noun[noun.length - 1]) === 'ㄹ')) continue;
      }
      if (found.length && !INNER_PARTICLES.has(particle.form)) continue;
      const particles = [particle, ...found];
      if (PAST_LIKE.test(noun)) continue;
      const short = [...noun].length === 1 && consonant !== null;
      const score = !short ? NOUN_WITH_PARTICLE : NOUN_LIKE_PARTICLES.has(particles[particles.length - 1].form) && particles.length === 1 ? SHORT_NOUN_WITH_AMBIGUOUS_PARTICLE : SHORT_NOUN_WITH_PARTICLE;
      readings.push({ lemma: noun, pos: 'noun', grammar: particles.map((p) => `${p.form}: ${p.label}`), score });
      // 같이, 없이, 많이, 깊이: an adverb made from an adjective with -이, not a noun with 이.
      if (particle.form === '이' && !found.length && ADJECTIVE_SET.has(noun)) readings.push({ lemma: core, pos: 'adverb', grammar: ['-이: adverb from an adjective'], score: ADVERB_IN_I });
      walk(noun, particles);
    }
  };
  walk(core, []);
  return readings;
}

/** Determiners (관형사): 다른 and 그런 are adjectives in form but dictionaries list them as words of their own. */
const DETERMINERS = new Set(['다른', '이런', '그런', '저런', '어떤', '모든', '여러', '온갖', '각', '몇', '새', '헌', '이', '그', '저', '한', '두', '세', '네', '약']);

const THING_CONTRACTIONS: Record<string, string> = { 게: '게 = 것+이: subject particle', 건: '건 = 것+은: topic particle', 걸: '걸 = 것+을: object particle' };

/** Punctuation that ends a word's core inside it: closing quotes, sentence ends, brackets. */

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;

/** Analyses one space-separated word; `start` is its offset in the line. */
export function analyseWord(text: string, start = 0): WordAnalysis {
  const base = { text, start, end: start + text.length };
  // A quote closed inside the word (있다.”며, 나가겠다.”고) or a bracket (상금(100만원)은): the word is the part before it.
  const trimmed = text.replace(EDGE_PUNCTUATION, '');
  const inner = trimmed.search(QUOTE_BREAK);
  const core = inner > 0 ? trimmed.slice(0, inner).replace(EDGE_PUNCTUATION, '') : trimmed;
  if (!core) return { ...base, lemma: text, pos: 'symbol', grammar: [] };
  if (!/[\uac00-\ud7a3]/.test(core)) {
    return { ...base, lemma: core, pos: /^[\d.,%]+$/.test(core) ? 'number' : 'foreign', grammar: [] };
  }
  // 게, 건, 걸: the dependent noun 것 with 이, 은, 을 run together.
  const thing = THING_CONTRACTIONS[core];
  if (thing) return { ...base, lemma: '것', pos: 'noun', grammar: [thing] };
  const determiner = DETERMINERS.has(core);
  if (determiner) return { ...base, lemma: core, pos: 'determiner', grammar: [] };
  const readings = [...nounReadings(core)];
  const closesSentence = hasTerminalPunctuation(text.slice(text.indexOf(core) + core.length));
  if (isHangulSyllable(core[core.length - 1])) readings.push(...predicateReadings(core, closesSentence));
  let best = readings[0];
  for (const reading of readings) {
    const better =
      reading.score > best.score ||
      (reading.score === best.score && (reading.grammar.length > best.grammar.length || (reading.grammar.length === best.grammar.length && (reading.pos === 'noun' ? reading.lemma.length < best.lemma.length : reading.lemma.length > best.lemma.length))));
    if (better) best = reading;
  }
  const pos: WordPos = best.pos === 'noun' && /^[\d.,]+[^\d]*$/.test(best.lemma) && /^\d/.test(best.lemma) ? 'number' : best.pos;
  return { ...base, lemma: best.lemma, pos, grammar: best.grammar };
}

/** Analyses one line: every space-separated word with its offsets (the function the bench times). */
export function analyseSentence(line: string): WordAnalysis[] {
  const words: WordAnalysis[] = [];
  for (const match of line.matchAll(/\S+/g)) words.push(analyseWord(match[0], match.index));
  return words;
}
