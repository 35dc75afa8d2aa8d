/**
 * One panel's translation run, from the engine check to the last paragraph (issue 4):
 * 1. ask the host whether the pair can be translated here (on-device: is the model there?);
 * 2. if the model must be downloaded, wait for the reader's click (create() needs a user gesture);
 * 3. send every row's text in reading order; each answer lands in its own row as it arrives;
 * 4. cancel (button) or dispose (panel closed) aborts what is outstanding; retry sends one row again.
 * The host is injected (utils/translation-client.ts in the extension, a stand-in in tests).
 */
import type { ReaderLanguage, TranslatorAvailability } from '../../lib/translate';
import type { TranslationUnit } from '../../lib/reader';
import type { TranslationStore } from './translation-state';

export interface SessionHost {
  availability(from: ReaderLanguage, to: ReaderLanguage): Promise<TranslatorAvailability>;
  prepare(from: ReaderLanguage, to: ReaderLanguage, signal: AbortSignal): Promise<void>;
  run(job: {
    paragraphs: string[];
    from: ReaderLanguage;
    to: ReaderLanguage;
    signal: AbortSignal;
    onResult(index: number, text: string): void;
    onError(index: number, failure: { kind: string; message: string }): void;
  }): Promise<void>;
  dispose(): void;
}

export interface TranslationSession {
  start(): Promise<void>;
  /** From the reader's click: download the model, then translate. */
  download(): Promise<void>;
  cancel(): void;
  /** After a cancel: send every row that has no translation yet. */
  resume(): Promise<void>;
  retry(row: number): Promise<void>;
  /** The panel closed: abort everything, release the engine. */
  dispose(): void;
}

export function createTranslationSession(options: {
  units: TranslationUnit[];
  from: ReaderLanguage;
  to: ReaderLanguage;
  host: SessionHost;
  store: TranslationStore;
}): TranslationSession {
  const { units, from, to, host, store } = options;
  const lifetime = new AbortController();
  const runs = new Set<AbortController>();
  const textOf = new Map(units.map((unit) => [unit.row, unit.text]));

  const translate = async (rows: number[]) => {
    if (lifetime.signal.aborted || rows.length === 0) return;
    const run = new AbortController();
    runs.add(run);
    store.dispatch({ type: 'send', rows });
    try {
      await host.run({
        paragraphs: rows.map((row) => textOf.get(row) ?? ''),
        from,
        to,
        signal: run.signal,
        onResult: (index, text) => store.dispatch({ type: 'result', row: rows[index], text }),
        onError: (index, failure) => {
          // A cancel is the reader's own doing, not a failure to show.
          if (failure.kind !== 'cancelled') store.dispatch({ type: 'error', row: rows[index], message: failure.message });
        },
      });
    } finally {
      runs.delete(run);
    }
  };

  const session: TranslationSession = {
    async start() {
      const availability = await host.availability(from, to).catch((): TranslatorAvailability => 'unavailable');
      if (lifetime.signal.aborted) return;
      if (availability === 'unavailable') store.dispatch({ type: 'phase', phase: 'unsupported' });
      else if (availability === 'downloadable' || availability === 'downloading') store.dispatch({ type: 'phase', phase: 'needs-download' });
      else await translate(units.map((unit) => unit.row));
    },
    async download() {
      store.dispatch({ type: 'phase', phase: 'downloading' });
      try {
        await host.prepare(from, to, lifetime.signal);
      } catch (error) {
        if (lifetime.signal.aborted) return;
        store.dispatch({ type: 'phase', phase: 'download-failed', problem: error instanceof Error ? error.message : String(error) });
        return;
      }
      // Cancelled while the model downloaded: the model is kept, nothing is sent.
      if (store.get().phase === 'cancelled') return;
      await translate(units.map((unit) => unit.row));
    },
    resume() {
      const cells = store.get().cells;
      return translate(units.map((unit) => unit.row).filter((row) => cells[row]?.status !== 'done'));
    },
    cancel() {
      for (const run of runs) run.abort();
      store.dispatch({ type: 'cancel' });
    },
    retry: (row) => translate([row]),
    dispose() {
      lifetime.abort();
      for (const run of runs) run.abort();
      host.dispose();
    },
  };
  return session;
}
