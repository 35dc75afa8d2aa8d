/**
 * The rows: one per linked pair, each side's paragraphs as text nodes only (never markup), the active
 * pair's sentences linked to their counterparts, the sentence being read aloud marked. Rows render in
 * chunks (RowChunk): a chunk re-renders only when something of its own rows changed, so appending a
 * slice or moving the active pair does not re-render every row shown before it.
 */
import { Component, type ComponentChildren } from 'preact';
import type { ReaderRow, RowText } from '../../lib/rows';
import { alignSentences } from '../../lib/align';
import type { SentenceSpan } from '../../lib/sentences';
import type { Language } from '../../lib/types';
import type { PanelStrings } from '../strings';
import { TranslatedParagraph } from '../translation/TranslationBar';
import { PanelContext, type PanelContextValue } from './context';
import { ROWS_PER_SLICE } from './hooks';
import type { Reading } from './read-aloud';

/** A paragraph's sentences, each with the link it belongs to (its counterpart sentences share it). */
export interface LinkedSentences {
  spans: SentenceSpan[];
  link: number[];
}

/**
 * Sentence links for a pair with one paragraph on each side; other shapes (n:m, a caption, a
 * translated side) keep whole-paragraph linking. Cut for the active pair only: aligning every pair
 * of a 3,000-paragraph article up front would undo the sliced rendering.
 */
export function linkSentences(row: ReaderRow): Record<Language, LinkedSentences> | null {
  if (row.ko.length !== 1 || row.en.length !== 1 || row.kind === 'caption') return null;
  const aligned = alignSentences(row.ko[0].text, row.en[0].text);
  if (aligned.ko.length < 2 && aligned.en.length < 2) return null;
  const linkOf = (side: Language, count: number) => Array.from({ length: count }, (_, i) => aligned.links.findIndex((l) => l[side].includes(i)));
  return {
    ko: { spans: aligned.ko, link: linkOf('ko', aligned.ko.length) },
    en: { spans: aligned.en, link: linkOf('en', aligned.en.length) },
  };
}

/** The sentence being read aloud: offsets into one paragraph's text. */
type SpokenRange = Pick<Reading, 'para' | 'start' | 'end'>;

/**
 * A paragraph's text, as text nodes only: cut into sentence spans when the pair links sentences, with
 * the sentence being read aloud marked; the text between the pieces stays as it was.
 */
export function ParagraphText({ text, sentences, lit, speaking }: { text: string; sentences?: LinkedSentences; lit: number | null; speaking: SpokenRange | null }) {
  const reading = (start: number, end: number) => (speaking && start < speaking.end && end > speaking.start ? '' : undefined);
  if (!sentences) {
    if (!speaking) return <>{text}</>;
    return (
      <>
        {text.slice(0, speaking.start)}
        <span class="sentence" data-speaking="">
          {text.slice(speaking.start, speaking.end)}
        </span>
        {text.slice(speaking.end)}
      </>
    );
  }
  const parts = [];
  let at = 0;
  sentences.spans.forEach((span, i) => {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const link = sentences.link[i];
    parts.push(
      <span key={i} class="sentence" data-sentence={String(link)} data-lit={lit !== null && lit === link ? '' : undefined} data-speaking={reading(span.start, span.end)}>
        {text.slice(span.start, span.end)}
      </span>,
    );
    at = span.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The tapped word in word mode (offsets in the Korean paragraph `para`), and its English counterpart. */
export interface WordMarks {
  para: number;
  start: number;
  end: number;
  /** Offsets in the row's English paragraph of the word's counterpart; empty when not sure. */
  counterpart: { start: number; end: number }[];
}

/** A Korean paragraph in word mode: each space-separated word a tappable span, the tapped one marked. */
function WordText({ text, para, selected }: { text: string; para: number; selected: WordMarks | null }) {
  const parts = [];
  let at = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > at) parts.push(text.slice(at, start));
    const isSelected = selected !== null && selected.para === para && selected.start === start;
    parts.push(
      <span key={start} class="word" data-word-start={String(start)} data-word-end={String(end)} data-para={String(para)} data-word-selected={isSelected ? '' : undefined}>
        {match[0]}
      </span>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** `text` with `spans` marked as spans of `kind` (the tapped word's counterpart, a saved word). */
function MarkedText({ text, spans, kind }: { text: string; spans: { start: number; end: number }[]; kind: 'counterpart' | 'saved' }) {
  const parts = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      kind === 'counterpart' ? (
        <span key={span.start} class="word-counterpart" data-word-counterpart="">
          {text.slice(span.start, span.end)}
        </span>
      ) : (
        <span key={span.start} class="saved-word" data-saved-word="">
          {text.slice(span.start, span.end)}
        </span>
      ),
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** One side of a row: its paragraphs, or an empty cell. */
export function Cell(props: {
  lang: Language;
  row: ReaderRow;
  index: number;
  active: boolean;
  tabStop: boolean;
  strings: PanelStrings;
  translated?: boolean;
  sentences?: LinkedSentences;
  litSentence?: number | null;
  /** The sentence of this side being read aloud, if any. */
  speaking?: SpokenRange | null;
  /** Word mode on the active pair: the Korean side's words are tappable, the English side marks the counterpart. */
  wordMode?: boolean;
  word?: WordMarks | null;
  /** Where the reader's saved words are, per paragraph of this side. */
  saved?: ({ start: number; end: number }[] | undefined)[];
}) {
  const { lang, row, index, active, tabStop, strings, translated, sentences, litSentence = null, speaking = null, wordMode = false, word = null, saved } = props;
  const texts: RowText[] = row[lang];
  const other = row[lang === 'ko' ? 'en' : 'ko'];
  const unpaired = texts.length > 0 && other.length === 0 && !translated;
  if (texts.length === 0) return <div class="cell empty" lang={lang} aria-hidden="true" />;
  const Tag = row.kind === 'headline' ? 'h2' : 'p';
  return (
    <div class={`cell kind-${row.kind}`} lang={lang}>
      {texts.map((t, i) => (
        <Tag
          key={i}
          class="para"
          lang={lang}
          data-pair={String(index)}
          data-active={active ? '' : undefined}
          data-unpaired={unpaired ? '' : undefined}
          data-kind={row.kind}
          // Roving tab stop: one paragraph in the rows takes Tab, arrows and j/k move within.
          tabIndex={tabStop && i === 0 ? 0 : -1}
        >
          {row.kind === 'caption' && <span class="tag">{strings.caption}</span>}
          {wordMode && lang === 'ko' ? (
            <WordText text={t.text} para={i} selected={word} />
          ) : wordMode && lang === 'en' && word && word.counterpart.length > 0 && texts.length === 1 ? (
            <MarkedText text={t.text} spans={word.counterpart} kind="counterpart" />
          ) : saved?.[i] && !(i === 0 && sentences) && speaking?.para !== i ? (
            <MarkedText text={t.text} spans={saved[i]!} kind="saved" />
          ) : (
            <ParagraphText text={t.text} sentences={i === 0 ? sentences : undefined} lit={litSentence} speaking={speaking?.para === i ? speaking : null} />
          )}
          {unpaired && row.kind !== 'caption' && <span class="tag unpaired-tag">{strings.unpaired}</span>}
        </Tag>
      ))}
    </div>
  );
}

/** Rows per chunk: a slice of rows (useRowsInSlices) arrives as one chunk of its own. */
export const ROWS_PER_CHUNK = ROWS_PER_SLICE;

/** The first row of each chunk of `count` rows. */
export function chunkStarts(count: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start < count; start += ROWS_PER_CHUNK) starts.push(start);
  return starts;
}

/** What one chunk of rows needs: each chunk re-renders only when something of its own rows changed. */
export interface RowChunkProps {
  rows: ReaderRow[];
  start: number;
  end: number;
  order: Language[];
  /** The active row, when it is in this chunk (else null); likewise the tab stop, the row read aloud, the copy status. */
  active: number | null;
  tabStopRow: number;
  reading: Reading | null;
  copyStatus: { row: number; text: string } | null;
  activeSentences: Record<Language, LinkedSentences> | null;
  litSentence: number | null;
  /** Which rows are translated (the translation store's cells), and into which language. */
  translatedRows?: Record<number, unknown>;
  target?: Language;
  onCopy: (row: number) => void;
  /** Word mode, when the active row is in this chunk; the tapped word and the card under its row. */
  wordMode: boolean;
  word: WordMarks | null;
  card: ComponentChildren;
  /** Saved words' places in the Korean paragraphs, by `${row}:${paragraph}`. */
  saved: Record<string, { start: number; end: number }[]> | null;
}

export class RowChunk extends Component<RowChunkProps> {
  static override contextType = PanelContext;
  declare context: PanelContextValue;

  override shouldComponentUpdate(next: RowChunkProps): boolean {
    const now = this.props;
    for (const key of Object.keys(next) as (keyof RowChunkProps)[]) {
      if (key === 'order' ? next.order.join() !== now.order.join() : next[key] !== now[key]) return true;
    }
    return false;
  }

  render() {
    const { rows, start, end, order, active, tabStopRow, reading, copyStatus, activeSentences, litSentence, translatedRows, target, onCopy, wordMode, word, card, saved } = this.props;
    const { strings, translation } = this.context;
    const out = [];
    for (let index = start; index < end; index++) {
      const row = rows[index];
      out.push(
        <div class={`row kind-${row.kind}`} key={index} data-reading={reading?.row === index ? '' : undefined}>
          {order.map((lang) =>
            translation && translatedRows?.[index] && lang === target ? (
              <TranslatedParagraph
                key={lang}
                store={translation.store}
                row={index}
                kind={row.kind}
                strings={translation.strings}
                active={active === index}
                tabStop={index === tabStopRow && (lang === order[0] || row[order[0]].length === 0)}
                onRetry={translation.actions.retry}
                renderText={(text) => <ParagraphText text={text} lit={null} speaking={reading?.row === index && reading.lang === lang ? reading : null} />}
              />
            ) : (
              <Cell
                key={lang}
                lang={lang}
                row={row}
                index={index}
                active={active === index}
                tabStop={index === tabStopRow && (lang === order[0] || row[order[0]].length === 0)}
                strings={strings}
                translated={Boolean(translatedRows?.[index])}
                sentences={active === index && !wordMode ? activeSentences?.[lang] : undefined}
                litSentence={active === index ? litSentence : null}
                speaking={reading?.row === index && reading.lang === lang ? reading : null}
                wordMode={wordMode && active === index}
                word={active === index ? word : null}
                saved={lang === 'ko' && saved ? row.ko.map((_, para) => saved[`${index}:${para}`]) : undefined}
              />
            ),
          )}
          {active === index && (
            <div class="row-tools">
              <button type="button" class="btn small" data-action="copy-pair" onClick={() => onCopy(index)}>
                {copyStatus?.row === index ? copyStatus.text : strings.copyPair}
              </button>
            </div>
          )}
          {active === index && card}
        </div>,
      );
    }
    return <div class="row-chunk">{out}</div>;
  }
}
