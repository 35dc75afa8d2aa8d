/**
 * The Korean–English dictionary behind word mode: kengdic's TSV (github.com/garfieldnate/kengdic,
 * by Joe Speigle; MPL 2.0 or LGPL 2.0+ at the user's choice, says its README) read into an index
 * keyed by dictionary form, so that the analyser's lemma (lib/words/analyse.ts) finds its entries.
 *
 * Workflow:
 * 1. Read the header line: columns are found by name, not position (KENGDIC_COLUMNS). The file of
 *    today (kengdic.tsv, datapackage.json of 2021-09-20) has id, surface, hanja, gloss, level,
 *    created, source; the 2011 dump (kengdic_2011.tsv) named them word, def, pos, hanja. A header
 *    without a Korean and an English column is refused with a message naming what it found.
 * 2. Each row: fields split on tabs (a field a CSV writer quoted is unquoted); rows with no surface, or with neither a gloss nor hanja, or
 *    marked deleted (a `deleted` column, where a dump has one) are skipped and counted.
 * 3. Merge: rows of one surface and one hanja spelling (or none) become one entry, their glosses
 *    (split on ';', the file's sense separator, trimmed, duplicates dropped) in file order; a
 *    surface written with other hanja is another entry (사고 事故 "accident", 思考 "thinking").
 *    A hanja-only row (no gloss) lends its hanja to the one hanja-less entry of its surface.
 * 4. lookup(lemma): the entries of the lemma (NFC), else, for a 하다/되다/시키다 verb the
 *    dictionary lacks, those of its noun (발표하다 → 발표: kengdic lists most such verbs only as
 *    nouns), each saying which form matched.
 */

export interface DictionaryEntry {
  /** The dictionary form as kengdic writes it (발표, 앞두다). */
  surface: string;
  /** Hanja spellings (kengdic separates several with commas). */
  hanja: string[];
  glosses: string[];
  /** Part of speech, where the file has a column for it (the 2011 dump's `pos`). */
  pos?: string;
  /** kengdic's level (A–D), where given. */
  level?: string;
}

export interface DictionaryMatch extends DictionaryEntry {
  /** The form that matched: the lemma itself, or the noun of a 하다/되다/시키다 verb. */
  matched: string;
}

export interface DictionaryIndex {
  /** Entries (after merging). */
  readonly size: number;
  /** Data rows read, and those skipped (no surface, nothing to show, deleted, too few fields). */
  readonly rows: number;
  readonly skipped: number;
  lookup(lemma: string): DictionaryMatch[];
}

export class DictionaryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryFormatError';
  }
}

/**
 * Header names per field, today's first. Evidence: kengdic's datapackage.json (fields id, surface,
 * hanja, gloss, level, created, source) and create_kengdic.sql of the 2011 dump (wordid, word,
 * syn, def, posn, pos, submitter, doe, wordsize, hanja, wordid2, extradata).
 */
export const KENGDIC_COLUMNS = {
  surface: ['surface', 'word', 'hangul'],
  hanja: ['hanja'],
  gloss: ['gloss', 'def', 'english'],
  pos: ['pos'],
  level: ['level'],
  deleted: ['deleted'],
} as const;

/** Verb-making suffixes whose noun carries the meaning when the verb itself is not listed. */
const NOUN_VERB_SUFFIXES = ['하다', '되다', '시키다'];

/** Values dumps use for "no value": empty, PostgreSQL's NULL and \N. */
const isEmpty = (value: string | undefined) => value === undefined || value === '' || value === 'NULL' || value === '\\N';
const DELETED = new Set(['1', 't', 'true', 'y', 'yes']);

/**
 * A field a CSV writer quoted (datapackage.json declares the file as CSV with a tab delimiter, whose
 * default quote character is '"': a gloss holding a quote would be written `"say ""hi"""`).
 */
function unquote(value: string | undefined): string | undefined {
  if (value === undefined || value.length < 2 || value.charCodeAt(0) !== 34 || value.charCodeAt(value.length - 1) !== 34) return value;
  return value.slice(1, -1).replace(/""/g, '"');
}

function columnIndex(header: string[], names: readonly string[]): number {
  for (const name of names) {
    const at = header.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

function splitGlosses(gloss: string): string[] {
  return gloss
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

const splitHanja = (hanja: string) =>
  hanja
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Parses a kengdic TSV (its header line first) into an index; throws DictionaryFormatError on a foreign header. */
export function parseKengdic(text: string): DictionaryIndex {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.indexOf('\n');
  const headerLine = (firstBreak < 0 ? body : body.slice(0, firstBreak)).replace(/\r$/, '');
  const header = headerLine.split('\t').map((name) => name.trim().toLowerCase());
  const at = {
    surface: columnIndex(header, KENGDIC_COLUMNS.surface),
    hanja: columnIndex(header, KENGDIC_COLUMNS.hanja),
    gloss: columnIndex(header, KENGDIC_COLUMNS.gloss),
    pos: columnIndex(header, KENGDIC_COLUMNS.pos),
    level: columnIndex(header, KENGDIC_COLUMNS.level),
    deleted: columnIndex(header, KENGDIC_COLUMNS.deleted),
  };
  if (at.surface < 0 || at.gloss < 0) {
    const shown = headerLine.length > 80 ? `${headerLine.slice(0, 80)}…` : headerLine;
    throw new DictionaryFormatError(`the dictionary's first line names no ${at.surface < 0 ? 'surface' : 'gloss'} column (it reads "${shown.replace(/\t/g, ' | ')}"); expected kengdic's TSV header`);
  }

  // Only the columns read are split off (created and source, the longest, are not).
  const needed = Math.max(...Object.values(at)) + 1;
  // surface → its entries, one per hanja spelling ('' for none); a surface has few, so a scan finds one.
  const index = new Map<string, DictionaryEntry[]>();
  const hanjaOnly: Array<{ surface: string; hanja: string[] }> = [];
  let rows = 0;
  let skipped = 0;
  let size = 0;
  let start = firstBreak < 0 ? body.length : firstBreak + 1;
  while (start < body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.charCodeAt(end - 1) === 13 ? body.slice(start, end - 1) : body.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    rows++;
    const fields = line.split('\t', needed);
    const surface = unquote(fields[at.surface]?.trim())?.normalize('NFC');
    const gloss = unquote(fields[at.gloss]);
    const hanjaField = at.hanja >= 0 ? unquote(fields[at.hanja]) : undefined;
    if (isEmpty(surface) || (at.deleted >= 0 && DELETED.has((fields[at.deleted] ?? '').trim().toLowerCase()))) {
      skipped++;
      continue;
    }
    const hanjaKey = isEmpty(hanjaField) ? '' : hanjaField!.trim();
    const glosses = isEmpty(gloss) ? [] : splitGlosses(gloss!);
    if (glosses.length === 0) {
      if (hanjaKey) hanjaOnly.push({ surface: surface!, hanja: splitHanja(hanjaKey) });
      else skipped++;
      continue;
    }
    let entries = index.get(surface!);
    if (!entries) index.set(surface!, (entries = []));
    let entry: DictionaryEntry | undefined;
    for (const candidate of entries) if (candidate.hanja.join(',') === hanjaKey) entry = candidate;
    if (!entry) {
      entry = { surface: surface!, hanja: hanjaKey ? splitHanja(hanjaKey) : [], glosses: [] };
      const pos = at.pos >= 0 ? fields[at.pos]?.trim() : undefined;
      const level = at.level >= 0 ? fields[at.level]?.trim() : undefined;
      if (!isEmpty(pos)) entry.pos = pos;
      if (!isEmpty(level)) entry.level = level;
      entries.push(entry);
      size++;
    }
    for (const one of glosses) if (!entry.glosses.includes(one)) entry.glosses.push(one);
  }

  for (const { surface, hanja } of hanjaOnly) {
    const key = hanja.join(',');
    const entries = index.get(surface);
    if (entries?.length === 1 && entries[0]!.hanja.length === 0) entries[0]!.hanja = hanja;
    else if (!entries?.some((entry) => entry.hanja.join(',') === key)) {
      // Nothing to lend it to: the hanja is still worth showing, after the entries with glosses.
      if (entries) entries.push({ surface, hanja, glosses: [] });
      else index.set(surface, [{ surface, hanja, glosses: [] }]);
      size++;
    }
  }

  return {
    size,
    rows,
    skipped,
    lookup(lemma: string): DictionaryMatch[] {
      const form = lemma.trim().normalize('NFC');
      const direct = index.get(form);
      if (direct) return direct.map((entry) => ({ ...entry, hanja: [...entry.hanja], glosses: [...entry.glosses], matched: form }));
      for (const suffix of NOUN_VERB_SUFFIXES) {
        if (form.length > suffix.length && form.endsWith(suffix)) {
          const noun = form.slice(0, -suffix.length);
          const found = index.get(noun);
          if (found) return found.map((entry) => ({ ...entry, hanja: [...entry.hanja], glosses: [...entry.glosses], matched: noun }));
        }
      }
      return [];
    },
  };
}
