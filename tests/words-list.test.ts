/**
 * Saved words (lib/words/word-list.ts): adding with deduplication by dictionary form + sentence,
 * marking known, removing, the versioned stored form (bad data keeps every valid record and says
 * what it dropped), and the Anki TSV and RFC 4180 CSV exports with tabs, newlines and quotes inside
 * fields and Korean text going round intact.
 */
import { describe, expect, it } from 'vitest';
import { addWord, exportAnki, exportCsv, markKnown, parseWordList, removeWord, serialiseWordList, wordId, type SavedWord } from '../lib/words/word-list';

const word = (over: Partial<SavedWord> = {}): SavedWord => ({
  text: '연구원은',
  lemma: '연구원',
  glosses: ['researcher'],
  hanja: ['硏究員'],
  sentence: '수석연구원은 이날 결과를 발표했다.',
  english: 'The chief researcher announced the results that day.',
  headline: '연구 결과 발표',
  url: 'https://news.example/a/1',
  savedAt: '2026-12-02T01:00:00.000Z',
  known: false,
  ...over,
});

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF inside quotes), to read the export back. */
function readDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"' && field === '') inQuotes = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('the list', () => {
  it('adds once per dictionary form and sentence: another inflection in the same sentence is the same card', () => {
    let list = addWord([], word());
    list = addWord(list, word({ text: '연구원이', savedAt: '2026-12-03T00:00:00.000Z' }));
    expect(list).toHaveLength(1);
    expect(list[0]!.savedAt).toBe('2026-12-02T01:00:00.000Z');
    list = addWord(list, word({ sentence: '연구원이 말했다.' }));
    expect(list).toHaveLength(2);
  });

  it('takes decomposed Hangul (NFD) as the same dictionary form and sentence', () => {
    const list = addWord([], word());
    expect(addWord(list, word({ lemma: '연구원'.normalize('NFD'), sentence: word().sentence.normalize('NFD') }))).toHaveLength(1);
  });

  it('marks known and removes by id, leaving the input list as it was', () => {
    const list = addWord(addWord([], word()), word({ lemma: '발표하다', text: '발표했다' }));
    const id = wordId(list[1]!);
    const known = markKnown(list, id);
    expect(known.map((w) => w.known)).toEqual([false, true]);
    expect(list[1]!.known).toBe(false);
    expect(markKnown(known, id, false)[1]!.known).toBe(false);
    expect(removeWord(known, id).map((w) => w.lemma)).toEqual(['연구원']);
  });
});

describe('the stored form', () => {
  it('goes round with Korean, tabs, newlines and quotes intact', () => {
    const list = [word({ sentence: '그는 "좋다"\t라고\n말했다.' }), word({ lemma: '좋다', text: '좋은', known: true })];
    expect(parseWordList(serialiseWordList(list))).toEqual({ words: list, problems: [] });
    expect(parseWordList(JSON.parse(serialiseWordList(list)))).toEqual({ words: list, problems: [] });
  });

  it('keeps every valid record of a damaged list and says which were dropped', () => {
    const good = word();
    const stored = { version: 1, words: [good, { ...good, lemma: '' }, { ...good, lemma: '정책', glosses: 'policy' }, 'nope', { ...good, text: '연구원이' }, word({ lemma: '정책', text: '정책' })] };
    const parsed = parseWordList(JSON.stringify(stored));
    expect(parsed.words.map((w) => w.lemma)).toEqual(['연구원', '정책']);
    expect(parsed.problems).toEqual([
      'word 2 dropped: "lemma" is empty',
      'word 3 dropped: "glosses" is not a list of text',
      'word 4 dropped: not an object',
      'word 5 dropped: a repeat of "연구원" in the same sentence',
    ]);
  });

  it('says what is wrong with data that is not a word list, and reads nothing stored as empty', () => {
    expect(parseWordList('{"version": 1, "words": [')).toMatchObject({ words: [], problems: [expect.stringMatching(/^the saved words are not JSON/)] });
    expect(parseWordList({ version: 2, words: [] }).problems).toEqual(['the saved words have version 2, this reader reads version 1']);
    expect(parseWordList([word()]).problems).toEqual(['the saved words are not a word list (no version and words)']);
    expect(parseWordList({ version: 1 }).problems).toEqual(['the saved words have no "words" list']);
    expect(parseWordList(undefined)).toEqual({ words: [], problems: [] });
  });
});

describe('the Anki export', () => {
  it('opens with Anki\'s file headers and puts word + sentence on the front, glosses, English and source on the back', () => {
    const text = exportAnki([word()]);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tTags', '#tags column:3']);
    const [front, back, tags] = readDelimited(lines.slice(4).join('\n'), '\t')[0]!;
    expect(front).toBe('연구원은 (연구원)\n수석연구원은 이날 결과를 발표했다.');
    expect(back).toBe('researcher [硏究員]\nThe chief researcher announced the results that day.\n연구 결과 발표 — https://news.example/a/1');
    expect(tags).toBe('hanyeong');
  });

  it('quotes fields holding tabs, newlines or quotes so each note stays one record', () => {
    const tricky = word({ sentence: '그는\t"좋다"고 말했다.', english: 'He said\n"good".' });
    const rows = readDelimited(exportAnki([tricky, word({ lemma: '좋다', text: '좋다' })]).split('\n').slice(4).join('\n'), '\t');
    expect(rows).toHaveLength(2);
    expect(rows[0]![0]).toBe('연구원은 (연구원)\n그는\t"좋다"고 말했다.');
    expect(rows[0]![1]).toContain('He said\n"good".');
    expect(rows[1]![0]).toBe('좋다\n수석연구원은 이날 결과를 발표했다.');
  });

  it('leaves known words out unless asked, and tags them when included', () => {
    const list = [word(), word({ lemma: '발표하다', text: '발표했다', known: true })];
    const notes = (text: string) => readDelimited(text.split('\n').filter((l) => !l.startsWith('#')).join('\n'), '\t');
    expect(notes(exportAnki(list))).toHaveLength(1);
    expect(notes(exportAnki(list, { includeKnown: true }))).toHaveLength(2);
    expect(exportAnki(list, { includeKnown: true })).toContain('\thanyeong known');
  });
});

describe('the CSV export', () => {
  it('is RFC 4180: a header, CRLF, quotes doubled, fields with commas, quotes and line breaks quoted; Korean intact', () => {
    const tricky = word({ glosses: ['researcher', 'research fellow'], english: 'He said, "good"\r\nthen left.', headline: '연구, 그리고 발표' });
    const csv = exportCsv([tricky, word({ known: true, sentence: '연구원이 왔다.' })]);
    expect(csv.startsWith('word,lemma,glosses,hanja,sentence,english,headline,url,saved,known\r\n')).toBe(true);
    expect(csv).toContain('"He said, ""good""\r\nthen left."');
    const rows = readDelimited(csv, ',');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['연구원은', '연구원', 'researcher; research fellow', '硏究員', '수석연구원은 이날 결과를 발표했다.', 'He said, "good"\r\nthen left.', '연구, 그리고 발표', 'https://news.example/a/1', '2026-12-02T01:00:00.000Z', 'no']);
    expect(rows[2]!.at(-1)).toBe('yes');
  });
});
