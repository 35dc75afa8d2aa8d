/**
 * Work in steps (pages at the limit): the pipeline's long loops are generators that yield
 * at checkpoints, so the content script can hand the page's main thread back between slices
 * (lib/reader.ts readArticleInSlices) while the CLI and the tests run the same code to the end at
 * once. A checkpoint is cheap (a counter); the caller decides by the clock whether to pause there.
 */
export type Steps<T> = Generator<void, T>;

/** Units of work (nodes visited, paragraphs scored) between two checkpoints. */
const UNITS_PER_CHECKPOINT = 500;

/** Counts work; `due(n)` says when a checkpoint is reached (every UNITS_PER_CHECKPOINT units). */
export class Checkpoints {
  private left = UNITS_PER_CHECKPOINT;

  due(units = 1): boolean {
    this.left -= units;
    if (this.left > 0) return false;
    this.left = UNITS_PER_CHECKPOINT;
    return true;
  }
}

/** Runs steps to the end without pausing: the synchronous form of a stepped function. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Hands the main thread back to the page for a task between two slices of work. A message rather
 * than setTimeout, whose nested calls are clamped to 4 ms each.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
