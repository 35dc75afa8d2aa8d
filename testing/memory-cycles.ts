/**
 * Memory over many opens and closes on one page: the panel opened with `reader:toggle`
 * (the toolbar button's message, through the service worker), its first pair awaited, closed with
 * the same toggle, `cycles` times; DOM nodes, event listeners and the JS heap read through the
 * DevTools protocol after a forced garbage collection, once after a warm-up cycle and once at the
 * end. A panel that leaks shows up as nodes and listeners growing with the cycle count.
 */
import type { Page, Worker } from 'playwright-core';
import { sendToTabAt, waitForDetector } from './chromium';

export interface MemoryMetrics {
  nodes: number;
  listeners: number;
  heapMB: number;
}

export interface CycleResult {
  cycles: number;
  before: MemoryMetrics;
  after: MemoryMetrics;
}

const PANEL_ROW = `(() => document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector('[data-pair]') != null)()`;
const PANEL_GONE = `(() => document.querySelector('[data-hanyeong-reader]') == null)()`;

export async function measureCycles(page: Page, worker: Worker, url: string, cycles: number): Promise<CycleResult> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForDetector(page, worker);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async (): Promise<MemoryMetrics> => {
    // Twice: a first collection can leave finalisation work that frees more on the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? Number.NaN;
    return { nodes: value('Nodes'), listeners: value('JSEventListeners'), heapMB: value('JSHeapUsedSize') / 1e6 };
  };
  const cycle = async () => {
    const opened = (await sendToTabAt<{ open?: boolean }>(worker, url, { type: 'reader:toggle' }))?.open;
    if (!opened) throw new Error(`reader:toggle did not open the panel on ${url}`);
    await page.waitForFunction(PANEL_ROW, undefined, { timeout: 10_000, polling: 20 });
    await sendToTabAt(worker, url, { type: 'reader:toggle' });
    await page.waitForFunction(PANEL_GONE, undefined, { timeout: 10_000, polling: 20 });
  };
  await cycle(); // warm-up: the reader bundle is injected and its module state set up once
  const before = await metrics();
  for (let run = 0; run < cycles; run++) await cycle();
  const after = await metrics();
  await cdp.detach();
  return { cycles, before, after };
}
