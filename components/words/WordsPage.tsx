/**
 * The Words page: the reader's saved words with their sentences and source, each markable as known
 * or removable, and the two exports (Anki-ready TSV, CSV; lib/words/word-list.ts says their shape).
 * Fed by props; the page's glue (entrypoints/words/main.tsx) reads and writes extension storage.
 */
import { useState } from 'preact/hooks';
import { wordId, type SavedWord } from '../../lib/words/word-list';
import type { DictionaryState } from '../../lib/protocol';

export interface WordsPageStrings {
  heading: string;
  empty: string;
  known: string;
  remove: string;
  exportAnki: string;
  exportCsv: string;
  showKnown: string;
  count: (words: number, known: number) => string;
  source: string;
  dictionaryHeading: string;
  /** "kengdic, 91,234 entries, downloaded 2026-12-02 (checked 2026-12-05)". */
  dictionaryInstalled: (entries: number, downloaded: Date, checked: Date) => string;
  dictionaryNone: string;
  dictionaryUpdate: string;
  dictionaryRemove: string;
  dictionaryWorking: (percent: number) => string;
  dictionaryFailed: (reason: string) => string;
  credit: string;
}

export interface WordsPageProps {
  words: SavedWord[];
  strings: WordsPageStrings;
  /** A message about loading or saving (a damaged list, a failed write); null when all is well. */
  status: string | null;
  onKnown: (id: string, known: boolean) => void;
  onRemove: (id: string) => void;
  /** Exports the words shown: the known ones too while they are shown. */
  onExport: (format: 'anki' | 'csv', includeKnown: boolean) => void;
  /** The dictionary on this device, null while it is being asked for. */
  dictionary: DictionaryState | null;
  onDictionary: (action: 'update' | 'remove') => void;
}

function DictionarySection({ state, strings, onDictionary }: { state: DictionaryState | null; strings: WordsPageStrings; onDictionary: WordsPageProps['onDictionary'] }) {
  if (!state) return null;
  const info = state.installed;
  const download = state.download;
  return (
    <section aria-labelledby="dictionary-heading" data-dictionary={download ? 'downloading' : info ? 'installed' : 'none'}>
      <h2 id="dictionary-heading">{strings.dictionaryHeading}</h2>
      <p data-dictionary-info>{info ? strings.dictionaryInstalled(info.entries, new Date(info.downloadedAt), new Date(info.checkedAt)) : strings.dictionaryNone}</p>
      {download && <p role="status">{strings.dictionaryWorking(download.total ? Math.floor((100 * download.loaded) / download.total) : 0)}</p>}
      {state.error && <p role="alert" data-dictionary-error>{strings.dictionaryFailed(state.error.message)}</p>}
      {info && !download && (
        <div class="tools">
          <button type="button" data-action="dictionary-update" onClick={() => onDictionary('update')}>
            {strings.dictionaryUpdate}
          </button>
          <button type="button" data-action="dictionary-remove" onClick={() => onDictionary('remove')}>
            {strings.dictionaryRemove}
          </button>
        </div>
      )}
      <p class="source">{strings.credit}</p>
    </section>
  );
}

export function WordsPage({ words, strings, status, onKnown, onRemove, onExport, dictionary, onDictionary }: WordsPageProps) {
  const [showKnown, setShowKnown] = useState(true);
  const known = words.filter((word) => word.known).length;
  const shown = showKnown ? words : words.filter((word) => !word.known);
  return (
    <main>
      <h1>{strings.heading}</h1>
      {status && <p role="status" data-words-status>{status}</p>}
      {words.length === 0 ? (
        <p data-words-empty>{strings.empty}</p>
      ) : (
        <>
          <p data-words-count>{strings.count(words.length, known)}</p>
          <div class="tools">
            <button type="button" data-action="export-anki" onClick={() => onExport('anki', showKnown)}>
              {strings.exportAnki}
            </button>
            <button type="button" data-action="export-csv" onClick={() => onExport('csv', showKnown)}>
              {strings.exportCsv}
            </button>
            <label class="check">
              <input type="checkbox" checked={showKnown} onChange={(e) => setShowKnown((e.currentTarget as HTMLInputElement).checked)} data-action="show-known" />
              {strings.showKnown}
            </label>
          </div>
          <ul class="words">
            {shown.map((word) => {
              const id = wordId(word);
              return (
                <li key={id} data-word={word.lemma} data-known={word.known ? '' : undefined}>
                  <p>
                    <span class="word" lang="ko">{word.text}</span> <span class="lemma" lang="ko">{word.lemma}</span>
                    {word.glosses.length > 0 && <span lang="en"> — {word.glosses.join('; ')}</span>}
                  </p>
                  <p class="sentence" lang="ko">{word.sentence}</p>
                  {word.english && <p class="sentence" lang="en">{word.english}</p>}
                  <p class="source">
                    {strings.source}: {word.headline} ({word.url})
                  </p>
                  <div class="tools">
                    <label class="check">
                      <input type="checkbox" checked={word.known} data-action="word-known" onChange={(e) => onKnown(id, (e.currentTarget as HTMLInputElement).checked)} />
                      {strings.known}
                    </label>
                    <button type="button" data-action="word-remove" onClick={() => onRemove(id)}>
                      {strings.remove}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <DictionarySection state={dictionary} strings={strings} onDictionary={onDictionary} />
    </main>
  );
}
