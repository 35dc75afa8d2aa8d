/**
 * Opening and closing the panel leaves nothing behind: 30 cycles on one page, then DOM
 * nodes and event listeners after a forced GC, read through the DevTools protocol (Chromium only:
 * Firefox's WebDriver BiDi has no such counters). Before the fix each cycle kept its closed panel
 * alive (WXT's shadow-root UI stays reachable through ctx.onInvalidated, and the Preact tree was
 * never unmounted): about 180 nodes and 26 listeners a cycle on the seed. `npm run bench` runs 200.
 */
import { expect, it } from 'vitest';
import { chromiumSessionForFile } from './chromium-session';
import { measureCycles } from '../testing/memory-cycles';

const session = chromiumSessionForFile();

it('keeps DOM nodes and listeners flat over 30 opens and closes', async () => {
  const { page, worker, server } = session;
  const { before, after } = await measureCycles(page, worker, server.fixtureUrl('breaknews-seed'), 30);
  console.info(`30 cycles: nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}, heap ${before.heapMB.toFixed(2)} → ${after.heapMB.toFixed(2)} MB`);
  expect(after.nodes - before.nodes).toBeLessThanOrEqual(30);
  expect(after.listeners - before.listeners).toBeLessThanOrEqual(10);
}, 120_000);
