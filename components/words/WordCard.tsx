/**
 * Word mode's card for one tapped Korean word: as written, its dictionary form, part of speech,
 * glosses and hanja from the dictionary, the romanisation as pronounced, and its particles and
 * endings as what they are. With no dictionary on the device it offers the download (size and
 * source shown: the click is the consent) and its progress. Save keeps the word with its sentences.
 * Rendered in the rows' flow under its pair, so it never covers the word or its counterpart; a
 * polite live region, so a screen reader hears it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DictionaryState } from '../../lib/protocol';
import { KENGDIC_ESTIMATED_BYTES, KENGDIC_URL } from '../../lib/words/source';
import { usePanel, type WordCardData } from '../panel/context';

export type WordCardState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: WordCardData };

export interface WordCardProps {
  card: WordCardState;
  /** Where the word came from, for Save. */
  source: { headline: string; url: string };
  onClose: () => void;
  /** Asks for the card again (the dictionary arrived). */
  onReload: () => void;
}

/** How often the card asks how the dictionary download goes. */
const PROGRESS_POLL_MS = 300;
const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

function DictionaryOffer({ onInstalled }: { onInstalled: () => void }) {
  const { strings, services } = usePanel();
  const [state, setState] = useState<DictionaryState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const stop = () => {
    if (timer.current !== null) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => {
    // A download another tab started shows its progress here too.
    void services.words?.dictionary('status').then((now) => {
      setState(now);
      if (now.download) watch();
    });
    return stop;
  }, []);
  const watch = () => {
    stop();
    timer.current = window.setInterval(() => {
      void services.words?.dictionary('status').then((now) => {
        setState(now);
        if (now.download) return;
        stop();
        if (now.installed) onInstalled();
        else if (now.error) setFailure(now.error.message);
      }, (error: Error) => {
        stop();
        setFailure(error.message);
      });
    }, PROGRESS_POLL_MS);
  };
  const download = () => {
    setFailure(null);
    void services.words?.dictionary('download').then((now) => {
      setState(now);
      watch();
    }, (error: Error) => setFailure(error.message));
  };
  const cancel = () => {
    stop();
    void services.words?.dictionary('cancel').then(setState);
  };
  const progress = state?.download;
  return (
    <div class="word-dictionary" data-word-dictionary={progress ? 'downloading' : failure ? 'failed' : 'missing'}>
      <p>{strings.wordNoDictionary(megabytes(KENGDIC_ESTIMATED_BYTES), new URL(KENGDIC_URL).host)}</p>
      {progress ? (
        <p>
          <span role="status">{strings.wordDownloading(progress.total ? Math.floor((100 * progress.loaded) / progress.total) : 0)}</span>{' '}
          <button type="button" class="btn small" data-action="word-dictionary-cancel" onClick={cancel}>
            {strings.wordCancel}
          </button>
        </p>
      ) : (
        <button type="button" class="btn small" data-action="word-dictionary-download" onClick={download}>
          {strings.wordDownload}
        </button>
      )}
      {failure && (
        <p role="alert" data-word-dictionary-error>
          {strings.wordDownloadFailed(failure)}
        </p>
      )}
    </div>
  );
}

export function WordCard({ card, source, onClose, onReload }: WordCardProps) {
  const { strings, services } = usePanel();
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setSaved(null), [card]);
  const data = card.status === 'ready' ? card.data : null;
  const entries = data?.entries ?? null;
  const save = () => {
    if (!data) return;
    const glosses = (entries ?? []).flatMap((entry) => entry.glosses);
    const hanja = (entries ?? []).flatMap((entry) => entry.hanja);
    void services.words
      ?.save({ text: data.text, lemma: data.lemma, glosses, hanja, sentence: data.sentence, english: data.english, headline: source.headline, url: source.url, savedAt: new Date().toISOString(), known: false })
      .then((isNew) => setSaved(isNew ? strings.wordSaved : strings.wordAlreadySaved), (error: Error) => setSaved(strings.wordDownloadFailed(error.message)));
  };
  return (
    <div class="word-card" role="region" aria-live="polite" aria-label={strings.wordCard(data?.text ?? '')} data-word-card={card.status}>
      {card.status === 'loading' && <p>{strings.wordLoading}</p>}
      {card.status === 'failed' && <p role="alert">{strings.wordFailed}</p>}
      {data && (
        <>
          <p class="word-head">
            <span class="word-text" lang="ko" data-word-text>
              {data.text}
            </span>{' '}
            <span class="word-pos" data-word-pos={data.pos}>
              {strings.wordPosNames[data.pos] ?? data.pos}
            </span>
          </p>
          <dl class="word-facts">
            <dt>{strings.wordDictionaryForm}</dt>
            <dd lang="ko" data-word-lemma>
              {data.lemma}
            </dd>
            <dt>{strings.wordRomanization}</dt>
            <dd lang="ko-Latn" data-word-romanization>
              {data.romanization}
            </dd>
            {data.grammar.length > 0 && (
              <>
                <dt>{strings.wordGrammar}</dt>
                <dd data-word-grammar>{data.grammar.join(' · ')}</dd>
              </>
            )}
          </dl>
          {entries === null ? (
            <DictionaryOffer onInstalled={onReload} />
          ) : entries.length === 0 ? (
            <p data-word-glosses="">{strings.wordNoEntry}</p>
          ) : (
            <ol class="word-glosses" data-word-glosses={entries.map((entry) => entry.glosses.join('; ')).join(' | ')}>
              {entries.map((entry, i) => (
                <li key={i} lang="en">
                  {entry.hanja.length > 0 && (
                    <span class="word-hanja" lang="ko-Hani" data-word-hanja>
                      {entry.hanja.join(', ')}{' '}
                    </span>
                  )}
                  {entry.matched !== data.lemma && <span lang="ko">{entry.matched}: </span>}
                  {entry.glosses.join('; ')}
                </li>
              ))}
            </ol>
          )}
          <p class="word-tools">
            <button type="button" class="btn small" data-action="word-save" onClick={save}>
              {strings.wordSave}
            </button>{' '}
            <button type="button" class="btn small" data-action="word-list" onClick={() => services.words?.openList()}>
              {strings.wordOpenList}
            </button>{' '}
            {saved && (
              <span role="status" data-word-saved>
                {saved}
              </span>
            )}
          </p>
          {entries !== null && <p class="word-credit">{strings.wordCredit}</p>}
        </>
      )}
      <button type="button" class="btn small word-close" data-action="word-close" aria-label={strings.wordClose} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
