/**
 * Panel open, as a reader lives it: `reader:toggle` sent through the extension's service worker (the
 * call the toolbar button makes, as in testing/chromium.ts) to the moment the first pair is painted in
 * the panel, and every long task (≥ 50 ms, PerformanceObserver 'longtask') from the toggle until
 * the panel has all its rows and has been quiet for a while (the style, layout and paint of the
 * last rows included). The reader bundle is injected by that toggle on each run (a fresh
 * page per run), so its load and parse are inside the figure.
 *
 * The start mark is taken in the page just before the worker is asked to send, so the figure also
 * holds two DevTools-protocol round trips (about a millisecond on loopback): it errs long.
 */
import type { Page, Worker } from 'playwright-core';
import { sendToTabAt, waitForDetector } from '../../testing/chromium';

/**
 * What every page probe of the bench needs, as plain JavaScript to put at the top of one (a string,
 * not a function: tsx would add helpers a page does not have):
 * - `recordLongTasks(list)`: pushes every long task (≥ 50 ms) as {start, duration};
 * - `afterPaint(set)`: calls `set(now)` once the next frame is painted (a requestAnimationFrame
 *   callback runs just before the frame's paint, a message posted from it is handled just after);
 * - `onPanelRoot(watch)`: calls `watch(shadowRoot)` once the panel's host is in the page.
 */
export const PROBE_HELPERS = `
  const recordLongTasks = (list) => new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) list.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  const afterPaint = (set) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => set(performance.now());
    channel.port2.postMessage(0);
  });
  const onPanelRoot = (watch) => new MutationObserver((records, observer) => {
    const host = document.querySelector('[data-hanyeong-reader]');
    if (host && host.shadowRoot) { observer.disconnect(); watch(host.shadowRoot); }
  }).observe(document.documentElement, { childList: true, subtree: true });
`;

/** "Painted": the frame after the first `[data-pair]` appears in the panel's shadow root. */
export const OPEN_PROBE = `(() => {${PROBE_HELPERS}
  const probe = { start: 0, painted: -1, rows: 0, lastChange: 0, longTasks: [] };
  window.__hanyeongOpen = probe;
  recordLongTasks(probe.longTasks);
  let seen = false;
  onPanelRoot((root) => {
    const count = () => {
      const rows = root.querySelectorAll('[data-pair]').length;
      if (rows !== probe.rows) { probe.rows = rows; probe.lastChange = performance.now(); }
      if (rows > 0 && !seen) { seen = true; afterPaint((t) => { probe.painted = t; }); }
    };
    new MutationObserver(count).observe(root, { childList: true, subtree: true });
    count();
  });
})()`;

export interface OpenRun {
  /** Toggle sent → first pair painted. */
  firstPairMs: number;
  /** Toggle sent → the last row appeared. */
  allRowsMs: number;
  rows: number;
  /** Long tasks, `start` counted from the toggle. */
  longTasks: Array<{ start: number; duration: number }>;
}

const sendToTab = (worker: Worker, url: string, message: { type: string }): Promise<unknown> => sendToTabAt<unknown>(worker, url, message);

/** Quiet time after the last new row before the panel counts as fully rendered. */
const SETTLED_MS = 600;

export async function measureOpen(page: Page, worker: Worker, url: string): Promise<OpenRun> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForDetector(page, worker);
  await page.evaluate(OPEN_PROBE);
  await page.evaluate('window.__hanyeongOpen.start = performance.now()');
  const reply = (await sendToTab(worker, url, { type: 'reader:toggle' })) as { open?: boolean; error?: string };
  if (!reply?.open) throw new Error(`reader:toggle on ${url} did not open the panel: ${JSON.stringify(reply)}`);
  await page.waitForFunction(
    `(() => { const p = window.__hanyeongOpen; return p.painted > 0 && performance.now() - p.lastChange > ${SETTLED_MS}; })()`,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  const probe = (await page.evaluate('window.__hanyeongOpen')) as {
    start: number;
    painted: number;
    rows: number;
    lastChange: number;
    longTasks: Array<{ start: number; duration: number }>;
  };
  return {
    firstPairMs: probe.painted - probe.start,
    allRowsMs: probe.lastChange - probe.start,
    rows: probe.rows,
    longTasks: probe.longTasks
      .filter((task) => task.start >= probe.start)
      .map((task) => ({ start: task.start - probe.start, duration: task.duration })),
  };
}
