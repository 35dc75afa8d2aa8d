/**
 * The translated view: machine translation merged into the rows of a page that prints one language
 * only, each translation in the row of its source. The panel (components/translation/) and the CLI
 * (`npm run reader -- extract --translate`) both read it, so they show the same thing.
 */
import type { Language, ReaderDocument } from './types';
import type { ReaderView } from './reader';
import type { ReaderRow, RowKind } from './rows';

/**
 * One piece of source text a translation engine fills in, and the row it belongs to.
 * Headline, subheadline and body paragraphs are translated; bylines (names and dates, which engines
 * garble) and photo captions stay one-sided.
 */
export interface TranslationUnit {
  row: number;
  text: string;
}

const TRANSLATED_KINDS: ReadonlySet<RowKind> = new Set(['headline', 'subheadline', 'body']);

/** The texts to translate from `from`, in reading order: every one-sided row of a translated kind. */
export function translationUnits(rows: ReaderRow[], from: Language): TranslationUnit[] {
  const to = from === 'ko' ? 'en' : 'ko';
  const units: TranslationUnit[] = [];
  rows.forEach((row, index) => {
    if (TRANSLATED_KINDS.has(row.kind) && row[from].length === 1 && row[to].length === 0) units.push({ row: index, text: row[from][0].text });
  });
  return units;
}

/**
 * The view with translations (row index → text) on the other side of `from`, each in the row of its
 * source so no paragraph can shift: the translated side's paragraphs are numbered like the source's,
 * alignment is one to one with confidence 1, and `englishSource` names the engine.
 * Rows without a translation (yet) keep an empty other side.
 */
export function withTranslations(view: ReaderView, engine: string, from: Language, translations: ReadonlyMap<number, string>): ReaderView {
  const to = from === 'ko' ? 'en' : 'ko';
  const rows = view.rows.map((row, index): ReaderRow => {
    const text = translations.get(index);
    if (text === undefined || row[from].length !== 1 || row[to].length !== 0) return row;
    const paragraph = row[from][0].paragraph;
    return { ...row, [to]: [{ text, paragraph }], confidence: paragraph === null ? null : 1 };
  });
  const source = view.document[from].paragraphs;
  const translated: string[] = [];
  rows.forEach((row) => {
    const mine = row[from][0]?.paragraph;
    if (row.kind === 'body' && mine !== null && mine !== undefined && row[to].length === 1) translated[mine] = row[to][0].text;
  });
  const textOf = (kind: RowKind) => rows.find((row) => row.kind === kind)?.[to][0]?.text ?? null;
  const document: ReaderDocument = {
    ...view.document,
    englishSource: engine,
    headline: { ...view.document.headline, [to]: textOf('headline') },
    subheadline: { ...view.document.subheadline, [to]: textOf('subheadline') },
    alignment: source.flatMap((_, i) => (translated[i] === undefined ? [] : [{ ko: [i], en: [i], confidence: 1 }])),
  };
  const paragraphs = source.map((_, i) => translated[i] ?? '');
  if (to === 'en') document.en = { paragraphs };
  else document.ko = { paragraphs, captions: view.document.ko.captions };
  return { ...view, document, rows };
}
