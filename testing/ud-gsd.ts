/**
 * The Universal Dependencies Korean-GSD dev set (../shared/corpus/ud_korean_gsd, CC BY-SA 4.0) read
 * as the word analyser's gold: each space-separated word of each sentence with the dictionary form
 * the corpus README defines from its morphemes (column 3 `수석+연구원+은`, column 5 `NNG+NNG+JX`):
 * the morphemes before the first particle (J*) or ending (E*), joined, a trailing copula (VCP VCN)
 * dropped, plus 다 when the last one is a verb or adjective stem or suffix (VV VA VX XSV XSA).
 *
 * Read from the shared folder, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const GSD_DEV = resolve(import.meta.dirname, '../../shared/corpus/ud_korean_gsd/ko_gsd-ud-dev.conllu');

export interface GoldWord {
  /** The space-separated word as written, punctuation included. */
  text: string;
  /** UPOS of the word's one non-punctuation token; null when the unit holds several tokens. */
  upos: string | null;
  /** Dictionary form by the README's rule; null when the unit holds several tokens. */
  lemma: string | null;
  morphemes: string;
  tags: string;
}

export interface GoldSentence {
  id: string;
  text: string;
  words: GoldWord[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const PREDICATE_TAGS = new Set(['VV', 'VA', 'VX', 'XSV', 'XSA']);

export function isContentWord(word: GoldWord): boolean {
  return word.upos !== null && CONTENT.has(word.upos) && word.lemma !== null && word.lemma !== '';
}

/** The README's dictionary form of one token from its morphemes and tags. */
export function goldLemma(morphemes: string, tags: string): string {
  const forms = morphemes.split('+');
  const kinds = tags.split('+');
  // "+" itself as a morpheme (rare) splits into two empty strings: fall back to the surface.
  if (forms.length !== kinds.length) return morphemes;
  const kept: { form: string; tag: string }[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i].startsWith('J') || kinds[i].startsWith('E')) break;
    kept.push({ form: forms[i], tag: kinds[i] });
  }
  while (kept.length > 1 && (kept[kept.length - 1].tag === 'VCP' || kept[kept.length - 1].tag === 'VCN')) kept.pop();
  const lemma = kept.map((k) => k.form).join('');
  const last = kept[kept.length - 1];
  return last && (PREDICATE_TAGS.has(last.tag) || last.tag === 'VCP' || last.tag === 'VCN') ? lemma + '다' : lemma;
}

/** The dev set's sentences, or null when ../shared is absent. */
export function readGsdDev(path = GSD_DEV): GoldSentence[] | null {
  if (!existsSync(path)) return null;
  const sentences: GoldSentence[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    const id = lines.find((l) => l.startsWith('# sent_id'))?.split('=')[1]?.trim() ?? '';
    const text = lines.find((l) => l.startsWith('# text'))?.replace(/^# text\s*=\s*/, '') ?? '';
    const tokens = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')).filter((c) => c.length === 10 && /^\d+$/.test(c[0]));
    const words: GoldWord[] = [];
    let unit: string[][] = [];
    const flush = () => {
      if (!unit.length) return;
      const surface = unit.map((t) => t[1]).join('');
      const core = unit.filter((t) => t[3] !== 'PUNCT');
      const one = core.length === 1 ? core[0] : null;
      words.push({
        text: surface,
        upos: one ? one[3] : null,
        lemma: one ? goldLemma(one[2], one[4]) : null,
        morphemes: unit.map((t) => t[2]).join(' '),
        tags: unit.map((t) => t[4]).join(' '),
      });
      unit = [];
    };
    for (const token of tokens) {
      unit.push(token);
      if (!token[9].includes('SpaceAfter=No')) flush();
    }
    flush();
    sentences.push({ id, text, words });
  }
  return sentences;
}
