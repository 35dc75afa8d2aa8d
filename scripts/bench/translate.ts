/**
 * Translation as a reader lives it with a network engine chosen (so nothing waits for a click):
 * `reader:toggle` sent through the extension's service worker to the first translated cell painted
 * (`data-state="done"`) and to the last, on a Korean-only article, and every long task (≥ 50 ms,
 * PerformanceObserver 'longtask') from the toggle until the last cell is painted and the panel has
 * been quiet for a while. The engine is a loopback stand-in speaking LibreTranslate's wire format
 * with a fixed delay per request (testing/engine-servers.ts), so the figure is the reader's own
 * cost plus that delay, not a real service's. Each run's article has text of its own, so the
 * background's translation cache never answers for the engine.
 */
import type { Page, Worker } from 'playwright-core';
import { sendToTabAt } from '../../testing/chromium';
import { PROBE_HELPERS } from './open';

/** Plain JavaScript (a string: tsx would add helpers a page does not have). */
const TRANSLATE_PROBE = `(() => {${PROBE_HELPERS}
  const probe = { start: 0, first: -1, last: -1, cells: 0, lastChange: 0, longTasks: [] };
  window.__hanyeongTranslate = probe;
  recordLongTasks(probe.longTasks);
  let firstSeen = false;
  let lastSeen = false;
  onPanelRoot((root) => {
    const check = () => {
      probe.lastChange = performance.now();
      const cells = root.querySelectorAll('[data-state]').length;
      const done = root.querySelectorAll('[data-state="done"]').length;
      probe.cells = cells;
      if (done > 0 && !firstSeen) { firstSeen = true; afterPaint((t) => { probe.first = t; }); }
      if (cells > 0 && done === cells && !lastSeen) { lastSeen = true; afterPaint((t) => { probe.last = t; }); }
    };
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
  });
})()`;

export interface TranslateRun {
  /** Toggle sent → first translated cell painted. */
  firstCellMs: number;
  /** Toggle sent → every translated cell painted. */
  lastCellMs: number;
  cells: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Quiet time after the last change before the run counts as over (its last style and paint included). */
const SETTLED_MS = 500;

export async function measureTranslation(page: Page, worker: Worker, url: string): Promise<TranslateRun> {
  await page.goto(url, { waitUntil: 'load' });
  for (let attempt = 0; ; attempt++) {
    try {
      await sendToTabAt(worker, url, { type: 'reader:state' });
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await page.waitForTimeout(50);
    }
  }
  await page.evaluate(TRANSLATE_PROBE);
  await page.evaluate('window.__hanyeongTranslate.start = performance.now()');
  const reply = await sendToTabAt<{ open?: boolean }>(worker, url, { type: 'reader:toggle' });
  if (!reply?.open) throw new Error(`reader:toggle on ${url} did not open the panel: ${JSON.stringify(reply)}`);
  await page.waitForFunction(
    `(() => { const p = window.__hanyeongTranslate; return p.last > 0 && performance.now() - p.lastChange > ${SETTLED_MS}; })()`,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  const probe = (await page.evaluate('window.__hanyeongTranslate')) as { start: number; first: number; last: number; cells: number; longTasks: Array<{ start: number; duration: number }> };
  return {
    firstCellMs: probe.first - probe.start,
    lastCellMs: probe.last - probe.start,
    cells: probe.cells,
    longTasks: probe.longTasks.filter((task) => task.start >= probe.start).map((task) => ({ start: task.start - probe.start, duration: task.duration })),
  };
}
