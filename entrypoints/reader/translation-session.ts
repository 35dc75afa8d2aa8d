/**
 * One panel's translation, from choosing the engine to the last paragraph:
 * 1. resolve the engine: the setting, or for 'auto' the on-device engine that can run here
 *    (components/translation/engine-choice.ts); with none usable, say so and what can be set up;
 * 2. if the engine's model must be downloaded, offer it (its size and source when the host says) and
 *    wait for the reader's click (Chrome's create() needs that user gesture);
 * 3. send the rows in reading order, at most MAX_TRANSLATE_PARAGRAPHS per run (the background refuses
 *    a longer run), run after run to the end; each answer lands in its own row as it arrives, and a
 *    row is 'translating' only once the host says a request went out for it;
 * 4. a run that ends with rows unanswered fails those rows with a message (nothing waits forever);
 * 5. cancel (button) or dispose (panel closed or removed) aborts what is outstanding; retry sends one
 *    row again; after a keyless engine failed, the reader can switch engines for this article.
 * The hosts are injected (entrypoints/reader/translation-client.ts in the extension, stand-ins in tests).
 */
import type { TranslatorAvailability } from '../../lib/translate';
import type { TranslationUnit } from '../../lib/translated-view';
import { MAX_TRANSLATE_PARAGRAPHS } from '../../lib/protocol';
import type { TranslationStore } from '../../components/translation/translation-state';
import { fallbackEngines, KEYLESS_ENGINES, needsCapabilities, onDeviceOffer, resolveEngine, type EngineSetting, type OnDeviceCapabilities, type PanelEngine } from '../../components/translation/engine-choice';
import type { Language } from '../../lib/types';

export interface TranslationJob {
  paragraphs: string[];
  from: Language;
  to: Language;
  signal: AbortSignal;
  /** A request is going out for these paragraphs now (the others of the job wait behind it). */
  onSent?(indices: number[]): void;
  onResult(index: number, text: string): void;
  /** `message` is one line naming the engine and the status. */
  onError(index: number, failure: { kind: string; message: string }): void;
}

/** An engine host: Chrome's Translator in the content script, or the background (entrypoints/reader/translation-client.ts). */
export interface TranslationHost {
  /** 'downloadable': the model must be fetched first, from a click (prepare). */
  availability(from: Language, to: Language): Promise<TranslatorAvailability>;
  prepare(from: Language, to: Language, signal: AbortSignal): Promise<void>;
  /** The model's size and source before it is downloaded, where the host knows them. */
  describeDownload?(from: Language, to: Language): Promise<{ bytes: number; source: string } | null>;
  run(job: TranslationJob): Promise<void>;
  dispose(): void;
}

export interface TranslationSession {
  start(): Promise<void>;
  /** From the reader's click: download the model, then translate. */
  download(): Promise<void>;
  cancel(): void;
  /** After a cancel or failures: send every row that has no translation yet. */
  resume(): Promise<void>;
  retry(row: number): Promise<void>;
  /** Translate this article with `engine` instead (the panel's offer), whatever the setting says. */
  useEngine(engine: PanelEngine): Promise<void>;
  /**
   * More rows to translate: the reader showed more of a long article (components/ReaderPanel.tsx
   * ROWS_SHOWN_AT_ONCE). Sent at once when the engine is translating or done; otherwise with the
   * rest once the reader acts (download, resume).
   */
  add(units: TranslationUnit[]): Promise<void>;
  /** The panel closed: abort everything, release the engines. */
  dispose(): void;
}

export function createTranslationSession(options: {
  units: TranslationUnit[];
  from: Language;
  to: Language;
  /** The reader's engine setting. */
  setting: EngineSetting;
  /** The host that runs `engine`; asked once per engine, disposed with the session. */
  hostFor(engine: PanelEngine): TranslationHost;
  store: TranslationStore;
  /** Most paragraphs per host run (tests lower it). */
  maxPerRun?: number;
}): TranslationSession {
  const { units, from, to, store, setting } = options;
  const maxPerRun = Math.max(1, options.maxPerRun ?? MAX_TRANSLATE_PARAGRAPHS);
  const lifetime = new AbortController();
  const runs = new Set<AbortController>();
  const textOf = new Map(units.map((unit) => [unit.row, unit.text]));
  // Both grow when the reader shows more rows of a long article (add).
  const allRows = units.map((unit) => unit.row);
  const hosts = new Map<PanelEngine, TranslationHost>();
  /** Which run a row was last queued by: only that run may call the row unanswered when it ends. */
  const owner = new Map<number, AbortController>();
  let engine: PanelEngine | null = null;

  const hostOf = (id: PanelEngine) => {
    let host = hosts.get(id);
    if (!host) {
      host = options.hostFor(id);
      hosts.set(id, host);
    }
    return host;
  };
  const availabilityOf = (id: PanelEngine) => hostOf(id).availability(from, to).catch((): TranslatorAvailability => 'unavailable');
  const capabilities = async (): Promise<OnDeviceCapabilities> => {
    const [chrome, bergamot] = await Promise.all([availabilityOf('chrome-builtin'), availabilityOf('bergamot')]);
    return { 'chrome-builtin': chrome, bergamot };
  };

  /** One host run over `rows` (≤ maxPerRun), answers mapped back to their rows. */
  const runOnce = async (host: TranslationHost, rows: number[], run: AbortController) => {
    const live = () => !run.signal.aborted && !lifetime.signal.aborted;
    try {
      await host.run({
        paragraphs: rows.map((row) => textOf.get(row) ?? ''),
        from,
        to,
        signal: run.signal,
        onSent: (indices) => live() && store.dispatch({ type: 'sent', rows: indices.map((i) => rows[i]).filter((row) => row !== undefined), run: rows }),
        onResult: (index, text) => live() && rows[index] !== undefined && store.dispatch({ type: 'result', row: rows[index], text }),
        onError: (index, failure) => {
          // A cancel is the reader's own doing, not a failure to show.
          if (live() && rows[index] !== undefined && failure.kind !== 'cancelled') store.dispatch({ type: 'error', row: rows[index], message: failure.message });
        },
      });
    } catch (error) {
      if (live()) for (const row of rows) store.dispatch({ type: 'error', row, message: error instanceof Error ? error.message : String(error) });
    }
    if (live()) store.dispatch({ type: 'run-ended', rows: rows.filter((row) => owner.get(row) === run) });
  };

  /** Queues `rows` for the engine in use and runs them, maxPerRun at a time, to the end or a cancel. */
  const translate = async (rows: number[]) => {
    if (lifetime.signal.aborted || rows.length === 0 || !engine) return;
    const using = engine;
    const host = hostOf(using);
    const run = new AbortController();
    runs.add(run);
    const cells = store.get().cells;
    const queued = rows.filter((row) => cells[row] && cells[row].status !== 'done');
    for (const row of queued) owner.set(row, run);
    store.dispatch({ type: 'queue', engine: using, rows: queued });
    try {
      for (let at = 0; at < queued.length && !run.signal.aborted && !lifetime.signal.aborted; at += maxPerRun) {
        await runOnce(host, queued.slice(at, at + maxPerRun), run);
      }
    } finally {
      runs.delete(run);
    }
    if (lifetime.signal.aborted || run.signal.aborted || engine !== using) return;
    // A keyless engine that failed: offer the other one, or the on-device model, for this article.
    const failed = queued.some((row) => store.get().cells[row]?.status === 'failed');
    if (failed && KEYLESS_ENGINES.includes(using)) {
      const engines = fallbackEngines(using, await capabilities());
      if (!lifetime.signal.aborted && engine === using) store.dispatch({ type: 'fallbacks', engines });
    }
  };

  /** With the engine chosen: download first if its model is not here, else translate at once. */
  const begin = async (chosen: PanelEngine) => {
    engine = chosen;
    const availability = await availabilityOf(chosen);
    if (lifetime.signal.aborted || engine !== chosen) return;
    if (availability === 'available') return translate(allRows);
    if (availability === 'unavailable') {
      store.dispatch({ type: 'unavailable', reason: 'not-here', wanted: chosen, choices: onDeviceOffer(await capabilities()).filter((other) => other !== chosen) });
      return;
    }
    const offer = (await hostOf(chosen).describeDownload?.(from, to).catch(() => null)) ?? null;
    if (!lifetime.signal.aborted && engine === chosen) store.dispatch({ type: 'needs-download', engine: chosen, offer });
  };

  const stopRuns = () => {
    for (const run of runs) run.abort();
  };

  return {
    async start() {
      store.dispatch({ type: 'checking' });
      const here = needsCapabilities(setting) ? await capabilities() : null;
      const resolved = resolveEngine(setting, here ?? { 'chrome-builtin': 'unavailable', bergamot: 'unavailable' });
      if (lifetime.signal.aborted) return;
      if (resolved.engine) return begin(resolved.engine);
      // Only 'auto', null and the on-device engines resolve to none, and those asked already.
      const wanted = setting === 'auto' ? null : setting;
      store.dispatch({ type: 'unavailable', reason: resolved.reason, wanted, choices: onDeviceOffer(here ?? (await capabilities())) });
    },
    async download() {
      const chosen = engine;
      if (!chosen) return;
      store.dispatch({ type: 'downloading' });
      try {
        await hostOf(chosen).prepare(from, to, lifetime.signal);
      } catch (error) {
        if (lifetime.signal.aborted) return;
        store.dispatch({ type: 'download-failed', problem: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (!lifetime.signal.aborted && engine === chosen) await translate(allRows);
    },
    resume: () => translate(allRows),
    cancel() {
      stopRuns();
      store.dispatch({ type: 'cancel' });
    },
    retry: (row) => translate([row]),
    async add(more) {
      const fresh = more.filter((unit) => !textOf.has(unit.row));
      if (fresh.length === 0 || lifetime.signal.aborted) return;
      for (const unit of fresh) {
        textOf.set(unit.row, unit.text);
        allRows.push(unit.row);
      }
      const rows = fresh.map((unit) => unit.row);
      store.dispatch({ type: 'add-rows', rows });
      if (engine && store.get().stage === 'running') await translate(rows);
    },
    async useEngine(next) {
      stopRuns();
      store.dispatch({ type: 'cancel' });
      store.dispatch({ type: 'checking' });
      await begin(next);
    },
    dispose() {
      lifetime.abort();
      stopRuns();
      for (const host of hosts.values()) host.dispose();
    },
  };
}
