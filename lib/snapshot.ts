/**
 * A stable, bounded read of a live page (pages at the limit). The reader reads in slices,
 * handing the page's main thread back between them (lib/reader.ts), so the page's scripts run in
 * between: a page that rewrites its article every 50 ms must not be read half before and half after
 * a rewrite, nor in the instant it has emptied its article to refill it; and a page of 100,000
 * paragraphs must not hold the reader (and the page) for seconds.
 *
 * - The page is copied into an inert document (no browsing context: nothing in it loads or runs,
 *   and no page script can reach it), and read from the copy in slices. A page that fits is copied
 *   in one task; a longer one's copy is made in slices too, and made again when the page changed
 *   between two of them (after COPY_TRIES, in one task).
 * - A page of up to SNAPSHOT_MAX_ELEMENTS elements is copied whole; a longer one up to
 *   SNAPSHOT_CUT_ELEMENTS, in document order: whole subtrees are cloned natively into the inert
 *   document (`importNode`) and sizes are asked only as far as the budget, so the copy costs a few
 *   milliseconds even when the page has 100,000 paragraphs; the view says when it was cut.
 * - A read that finds no article is made again at the page's next change, if the page changes
 *   within QUIET_MS (it may have been caught between emptying its article and refilling it), for up
 *   to SETTLE_MS in all; a page that holds still gets its "no article" answer QUIET_MS later.
 */
import { readArticleInSlices, SLICE_MS, type ReadOptions, type ReaderView } from './reader';
import { Checkpoints, runSteps, type Steps } from './steps';

/**
 * A page of up to this many elements is copied whole (a 3,000 + 3,000-paragraph BreakNews article,
 * its paragraphs `<br>` runs, has 15,000); a news article has a few hundred.
 */
const SNAPSHOT_MAX_ELEMENTS = 20_000;
/**
 * A longer page is copied up to this many elements, from its start (about 10,000 paragraphs: read in
 * about 2 s of slices; a 20,000-element copy left a 60 ms garbage collection in `npm run bench`).
 */
export const SNAPSHOT_CUT_ELEMENTS = 10_000;
/** How long a changing page with no article found is read again at its changes. */
const SETTLE_MS = 2_000;
/** A page that does not change for this long after a read found no article has none. */
const QUIET_MS = 300;

export interface Snapshot {
  document: Document;
  /** The page had more elements than the copy holds: what comes after them was left out. */
  cut: boolean;
}

/**
 * Whether `el`'s subtree holds at most `budget` elements (itself included), and how many: a live
 * collection's `item(n)` walks only as far as the n-th element, so asking about a subtree of
 * 100,000 elements costs a walk of `budget`, not of the whole.
 */
function sizeWithin(el: Element, budget: number): number | null {
  if (el.firstElementChild === null) return 1;
  const inside = el.getElementsByTagName('*');
  return inside.item(budget - 1) === null ? inside.length + 1 : null;
}

/**
 * Copies `from`'s children into `to` within `budget` elements: the children that fit are cloned
 * whole (natively, each), and the first child that does not fit is copied shallow and filled the
 * same way; nothing after it is copied.
 */
function* copyChildren(from: Element, to: Element, budget: number, checkpoints: Checkpoints): Steps<void> {
  const children = from.childNodes;
  let end = 0;
  while (end < children.length) {
    if (checkpoints.due()) yield;
    const child = children[end];
    const size = child.nodeType !== 1 ? 0 : budget < 1 ? null : sizeWithin(child as Element, budget);
    if (size === null || size > budget) break;
    budget -= size;
    end++;
  }
  // Cloned straight into the inert document, never in the page's: a clone in the page's document
  // would load its images and run their `onerror` handlers (e2e/hostile.scenarios.ts's live marker).
  const into = to.ownerDocument.createDocumentFragment();
  for (let i = 0; i < end; i++) {
    if (checkpoints.due()) yield;
    into.append(to.ownerDocument.importNode(children[i], true));
  }
  to.append(into);
  if (end >= children.length || budget < 1) return;
  const big = children[end] as Element;
  const shell = to.ownerDocument.importNode(big, false);
  to.append(shell);
  yield* copyChildren(big, shell, budget - 1, checkpoints);
}

/** The page copied into an inert document: whole up to `maxElements` elements, else its first `cutTo`. */
export function snapshotOf(page: Document, maxElements = SNAPSHOT_MAX_ELEMENTS, cutTo = SNAPSHOT_CUT_ELEMENTS): Snapshot {
  return runSteps(snapshotSteps(page, maxElements, cutTo));
}

/**
 * snapshotOf in steps: a page that fits is copied at once (one native clone); a longer one's copy
 * has checkpoints (readStable pauses there and starts again if the page changed meanwhile).
 */
function* snapshotSteps(page: Document, maxElements = SNAPSHOT_MAX_ELEMENTS, cutTo = SNAPSHOT_CUT_ELEMENTS): Steps<Snapshot> {
  const copy = page.implementation.createHTMLDocument('');
  const root = page.documentElement;
  if (sizeWithin(root, maxElements) !== null) {
    copy.replaceChild(copy.importNode(root, true), copy.documentElement);
    return { document: copy, cut: false };
  }
  const html = copy.importNode(root, false);
  copy.replaceChild(html, copy.documentElement);
  yield* copyChildren(root, html, Math.min(cutTo, maxElements) - 1, new Checkpoints());
  return { document: copy, cut: true };
}

interface ChangeWatch {
  /** Whether the page changed since the last call (the changes are used up). */
  changedSinceAsked(): boolean;
  /** Resolves true after the page's next change, false if it did not change for `ms`. */
  nextChange(ms: number): Promise<boolean>;
  stop(): void;
}

function watchChanges(doc: Document): ChangeWatch {
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  let waiter: (() => void) | null = null;
  let changed = false;
  const observer = new Observer(() => {
    changed = true;
    waiter?.();
  });
  // Text and structure: what the reader reads. Attribute churn (a class toggled by an animation) is not a rewrite.
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  return {
    changedSinceAsked() {
      const was = changed || observer.takeRecords().length > 0;
      changed = false;
      return was;
    },
    nextChange: (ms) =>
      new Promise<boolean>((resolve) => {
        // Changes made while the reader read count as the next change.
        if (observer.takeRecords().length || changed) {
          changed = false;
          return resolve(true);
        }
        const done = (changed: boolean) => {
          clearTimeout(timer);
          waiter = null;
          resolve(changed);
        };
        const timer = setTimeout(() => done(false), ms);
        waiter = () => done(true);
      }),
    stop: () => observer.disconnect(),
  };
}

const isRead = (view: ReaderView) => view.document.isArticle && view.rows.length > 0;

/** Tries at copying a long page in slices before it is copied in one task (the page kept changing). */
const COPY_TRIES = 3;

/**
 * The page's copy, in slices of SLICE_MS: made again when the page changed between two slices (a
 * copy must hold one state of the page), and after COPY_TRIES such tries in one task.
 */
async function stableSnapshot(page: Document, watch: ChangeWatch, pause: () => Promise<void>): Promise<Snapshot> {
  for (let attempt = 1; attempt < COPY_TRIES; attempt++) {
    watch.changedSinceAsked();
    const steps = snapshotSteps(page);
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await pause();
      // The page changed under the copy: start again.
      if (watch.changedSinceAsked()) break;
      sliceStart = performance.now();
    }
  }
  return snapshotOf(page);
}

/** What the reader read, and whether the page was longer than the copy it was read from. */
export interface StableRead {
  view: ReaderView;
  cut: boolean;
}

/** Reads `page` (the live page) into the reader's view from a bounded copy taken in one task. */
export async function readStable(page: Document, options: ReadOptions, pause: () => Promise<void>): Promise<StableRead> {
  const watch = watchChanges(page);
  const deadline = Date.now() + SETTLE_MS;
  try {
    for (;;) {
      const snapshot = await stableSnapshot(page, watch, pause);
      // Reading the copy starts in a task of its own.
      await pause();
      const view = await readArticleInSlices(snapshot.document, options, pause);
      const left = deadline - Date.now();
      if (isRead(view) || left <= 0 || !(await watch.nextChange(Math.min(QUIET_MS, left)))) return { view, cut: snapshot.cut };
    }
  } finally {
    watch.stop();
  }
}
