/**
 * One side of an alignment (lib/align/index.ts step 1): per line its role (text, furniture,
 * probable furniture), its length as the length model sees it, its sentences, and the cumulative
 * sums the cost model reads in O(1); and whether the last line stops mid-sentence (an excerpt).
 */
import { classifyLine, type LineRole } from './furniture';
import { countSentences, endsLikeSentence, endsMidSentence } from '../sentences';
import { UNPAIRED_FURNITURE, UNPAIRED_PROBABLE_FURNITURE, UNPAIRED_TEXT } from './cost';
import type { Language } from '../types';

export interface Side {
  roles: LineRole[];
  /** Cumulative character counts (whitespace collapsed): cumulative[k] = chars of lines 0..k-1. */
  cumulative: Float64Array;
  /** Cumulative count of furniture lines, to reject a bead holding one in O(1). */
  furniture: Uint32Array;
  probableFurniture: Uint32Array;
  /** Cumulative sentence counts. */
  sentences: Uint32Array;
  /** Per line: ends like a sentence (period, question mark, closing quote), unlike a headline. */
  endsSentence: Uint8Array;
  unpairedCost: Float64Array;
  /** Index of the last line when it stops mid-sentence (an excerpt), else -1. */
  cutOffLine: number;
  /** spanLogLength[size - 1][start]: log of the length of lines start..start+size-1 (sizes 1–3). */
  spanLogLength: Float64Array[];
  /** spanLogSentences[size - 1][start]: log of their sentence count. */
  spanLogSentences: Float64Array[];
}

const LONGEST_SPAN = 3;

export function describeSide(lines: string[], language: Language): Side {
  const count = lines.length;
  const side: Side = {
    roles: [],
    cumulative: new Float64Array(count + 1),
    furniture: new Uint32Array(count + 1),
    probableFurniture: new Uint32Array(count + 1),
    sentences: new Uint32Array(count + 1),
    endsSentence: new Uint8Array(count),
    unpairedCost: new Float64Array(count),
    cutOffLine: -1,
    spanLogLength: [],
    spanLogSentences: [],
  };
  lines.forEach((line, index) => {
    if (typeof line !== 'string') {
      throw new TypeError(`alignParagraphs: ${language}[${index}] is ${typeof line}, expected a string`);
    }
    const role = classifyLine(line);
    side.roles.push(role);
    side.cumulative[index + 1] = side.cumulative[index] + translatableLength(line, language);
    side.furniture[index + 1] = side.furniture[index] + (role === 'furniture' ? 1 : 0);
    side.probableFurniture[index + 1] = side.probableFurniture[index] + (role === 'probable-furniture' ? 1 : 0);
    side.sentences[index + 1] = side.sentences[index] + countSentences(line);
    side.endsSentence[index] = endsLikeSentence(line) ? 1 : 0;
    side.unpairedCost[index] =
      role === 'furniture' ? UNPAIRED_FURNITURE : role === 'probable-furniture' ? UNPAIRED_PROBABLE_FURNITURE : UNPAIRED_TEXT;
  });
  const last = count - 1;
  if (side.roles[last] === 'text' && stopsMidSentence(lines[last], language)) side.cutOffLine = last;
  for (let size = 1; size <= LONGEST_SPAN; size++) {
    const logLength = new Float64Array(count);
    const logSentences = new Float64Array(count);
    for (let start = 0; start + size <= count; start++) {
      logLength[start] = Math.log(Math.max(1, side.cumulative[start + size] - side.cumulative[start]));
      logSentences[start] = Math.log(side.sentences[start + size] - side.sentences[start]);
    }
    side.spanLogLength.push(logLength);
    side.spanLogSentences.push(logSentences);
  }
  return side;
}

/** Glosses Korean news adds in brackets: "뉴포트 온 더 레비(Newport on the Levee)", "정부(政府)". */
const BRACKETED_GLOSS = /\((?:[A-Za-z][^()]*|[\u4e00-\u9fff]+)\)/g;
const LATIN_LETTERS = /[A-Za-z]/g;

/**
 * Length in characters, as the length model sees it. On the Korean side, bracketed glosses are
 * dropped (the English has the name once, not twice) and Latin letters count half, since the
 * English side keeps them at one character each rather than the 2.1 a Hangul character becomes.
 */
function translatableLength(line: string, language: Language): number {
  const text = line.replace(/\s+/g, ' ').trim();
  if (language === 'en') return text.length;
  const withoutGlosses = text.replace(BRACKETED_GLOSS, '');
  const latin = withoutGlosses.match(LATIN_LETTERS)?.length ?? 0;
  return withoutGlosses.length - latin / 2;
}

/** Body lines are long and end in sentence punctuation; headlines are short, so only long lines count. */
const CUT_OFF_MIN_CHARS = { ko: 30, en: 60 };

function stopsMidSentence(line: string, language: Language): boolean {
  const text = line.trim();
  return text.length >= CUT_OFF_MIN_CHARS[language] && endsMidSentence(text, language);
}

