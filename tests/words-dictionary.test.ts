/**
 * The dictionary format (lib/words/dictionary.ts): kengdic's TSV header read by name, rows merged
 * per surface and hanja, empty rows skipped, and lookups of the analyser's lemmas in the team's
 * small dictionary (tests/fixtures/words/dictionary.tsv, written for the seed article and common
 * news words, in kengdic's column layout).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKengdic, DictionaryFormatError } from '../lib/words/dictionary';
import { analyseSentence } from '../lib/words';

const HEADER = 'id\tsurface\thanja\tgloss\tlevel\tcreated\tsource';
const row = (id: number, surface: string, hanja: string, gloss: string, level = '') => `${id}\t${surface}\t${hanja}\t${gloss}\t${level}\t2021-09-20 00:00:00\tx@ezcorean:${id}`;
const fixture = readFileSync(new URL('./fixtures/words/dictionary.tsv', import.meta.url), 'utf8');

describe('reading kengdic\'s TSV', () => {
  it('merges rows of one surface and hanja, keeps other hanja apart, and splits senses on ";"', () => {
    const index = parseKengdic([HEADER, row(1, '사고', '事故', 'accident'), row(2, '사고', '思考', 'thought; thinking'), row(3, '사고', '事故', 'mishap; accident', 'B'), ''].join('\n'));
    expect(index.lookup('사고')).toEqual([
      { surface: '사고', hanja: ['事故'], glosses: ['accident', 'mishap'], matched: '사고' },
      { surface: '사고', hanja: ['思考'], glosses: ['thought', 'thinking'], matched: '사고' },
    ]);
    expect(index).toMatchObject({ size: 2, rows: 3, skipped: 0 });
  });

  it('skips rows without a surface or with nothing to show, and counts them', () => {
    const index = parseKengdic([HEADER, row(1, '', '', 'orphan'), row(2, '빈칸', '', ''), row(3, '가다', '', 'to go'), '4\tNULL\tNULL\tNULL\t\t2021\tx'].join('\r\n'));
    expect(index).toMatchObject({ size: 1, rows: 4, skipped: 3 });
    expect(index.lookup('빈칸')).toEqual([]);
  });

  it('lends a hanja-only row\'s hanja to the one entry of its surface that has none', () => {
    const index = parseKengdic([HEADER, row(1, '급조', '急造', ''), row(2, '급조', '', 'hasty construction')].join('\n'));
    expect(index.lookup('급조')).toEqual([{ surface: '급조', hanja: ['急造'], glosses: ['hasty construction'], matched: '급조' }]);
  });

  it('reads several hanja spellings, a level, and the 2011 dump\'s column names with its part of speech', () => {
    expect(parseKengdic([HEADER, row(1, '강', '江,姜', 'river', 'A')].join('\n')).lookup('강')[0]).toMatchObject({ hanja: ['江', '姜'], level: 'A' });
    const old = parseKengdic(['wordid\tword\tsyn\tdef\tposn\tpos\tsubmitter\tdoe\twordsize\thanja', '7\t앞두다\tNULL\tto have ahead\t1\tverb\tx\t2009\t3\tNULL'].join('\n'));
    expect(old.lookup('앞두다')).toEqual([{ surface: '앞두다', hanja: [], glosses: ['to have ahead'], pos: 'verb', matched: '앞두다' }]);
  });

  it('unquotes a field a CSV writer quoted, its doubled quotes undone', () => {
    const index = parseKengdic([HEADER, row(1, '말하다', '', '"to say; ""to speak"""')].join('\n'));
    expect(index.lookup('말하다')[0]!.glosses).toEqual(['to say', '"to speak"']);
  });

  it('refuses a file that is not kengdic, saying what its first line was', () => {
    expect(() => parseKengdic('<!DOCTYPE html>\n<html>404</html>')).toThrow(DictionaryFormatError);
    expect(() => parseKengdic('id\tsurface\thanja\n1\t가\t')).toThrow(/no gloss column \(it reads "id \| surface \| hanja"\)/);
  });

  it('takes a byte-order mark and decomposed Hangul (NFD) as the same words', () => {
    const index = parseKengdic('\ufeff' + [HEADER, row(1, '한국'.normalize('NFD'), '韓國', 'Korea')].join('\n'));
    expect(index.lookup('한국')).toHaveLength(1);
    expect(index.lookup('한국'.normalize('NFD'))).toHaveLength(1);
  });

  it('finds a 하다/되다 verb through its noun when the verb is not listed, saying so', () => {
    const index = parseKengdic([HEADER, row(1, '발표', '發表', 'announcement')].join('\n'));
    expect(index.lookup('발표하다')).toEqual([{ surface: '발표', hanja: ['發表'], glosses: ['announcement'], matched: '발표' }]);
    expect(index.lookup('발표되다')[0]!.matched).toBe('발표');
    expect(index.lookup('하다')).toEqual([]);
  });
});

describe('the team\'s test dictionary with the analyser', () => {
  const index = parseKengdic(fixture);

  it('is a few hundred entries in kengdic\'s layout', () => {
    expect(fixture.split('\n')[0]).toBe(HEADER);
    expect(index.size).toBeGreaterThan(300);
    expect(index.skipped).toBe(2);
  });

  it('gives the seed article\'s words their glosses from the analyser\'s lemmas', () => {
    const words = analyseSentence('정용래 유성구청장은 31일 대전시청 대강당에서 열린 참좋은지방자치정책대회에 참가해 유성구가 추진하고 있는 우수정책을 발표했다.');
    const glossOf = (text: string) => {
      const word = words.find((w) => w.text.startsWith(text))!;
      return { lemma: word.lemma, first: index.lookup(word.lemma)[0]?.glosses[0] };
    };
    expect(glossOf('발표했다')).toEqual({ lemma: '발표하다', first: 'to announce' });
    expect(glossOf('열린')).toEqual({ lemma: '열리다', first: 'to be held' });
    expect(glossOf('대강당에서')).toEqual({ lemma: '대강당', first: 'main auditorium' });
    expect(glossOf('참가해')).toEqual({ lemma: '참가하다', first: 'to take part' });
  });

  it('merges the fixture\'s second 정책 row into the first', () => {
    expect(index.lookup('정책')).toEqual([{ surface: '정책', hanja: ['政策'], glosses: ['policy', 'policies', 'a course of action'], matched: '정책' }]);
  });
});
