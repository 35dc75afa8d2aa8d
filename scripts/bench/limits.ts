/**
 * Pages at the limit: the panel opened with `reader:toggle` on a generated
 * 100,000-paragraph Korean article (testing/hostile-pages.ts longArticle, no script of its own) under a
 * DevTools-protocol trace, and every long task (≥ 50 ms) on the page's main thread from the toggle
 * until the panel has been quiet for a while attributed to the extension or to the page.
 *
 * The attribution rule (printed with the figures): a long task is the extension's when the
 * extension's share of it reaches 50 ms. That share is
 * - its scripts: script events (EvaluateScript, FunctionCall, v8.compile, TimerFire, …) naming a
 *   chrome-extension:// script, or the CPU-profile samples with a chrome-extension:// frame on the
 *   stack (a promise continuation of the content script shows only that way), whichever is more;
 * - garbage collection (the page has no script of its own: every JS object is the extension's);
 * - the rendering the panel causes: style recalculation (the page is static, so every element
 *   restyled is the panel's), layouts rooted inside the panel, the paint of the panel's own layer.
 * Layout rooted at the page's document and the paint and pre-paint of the page's layer are the
 * page's: they walk its 200,000 layout objects whatever changed (a fixed overlay of the page's own,
 * changing, costs as much a frame), and are reported apart.
 * The CPU profiler starts (its start-up costs one long task) before the toggle, on a warm-up call.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { sendToTabAt, waitForDetector } from '../../testing/chromium';
import { OPEN_PROBE } from './open';

export interface AttributedTask {
  /** ms from the toggle. */
  start: number;
  duration: number;
  /** The extension's (mostly its scripts, or mostly the rendering the panel causes), or the page's. */
  owner: 'extension-script' | 'extension-rendering' | 'page';
  /** The extension's share of the task: its scripts, GC, and the panel's style, layout and paint. */
  extensionMs: number;
  /** The extension's functions most sampled in the task. */
  functions: string[];
  /** The extension's scripts (rule 1's events), style, layout rooted in the panel, the panel's paint. */
  scriptMs: number;
  styleMs: number;
  panelLayoutMs: number;
  panelPaintMs: number;
  /** The page's share: layout rooted at its document, paint and pre-paint of its layer. */
  pageLayoutMs: number;
  pagePaintMs: number;
  gcMs: number;
}

export interface LimitsRun {
  paragraphs: number;
  /** Toggle → first pair painted. */
  firstPairMs: number;
  /** Toggle → the last row appeared. */
  allRowsMs: number;
  /** Pair elements (`[data-pair]`) in the panel when it settled. */
  pairElements: number;
  /** The panel's limits line (components/ReaderPanel.tsx), or null. */
  limits: string | null;
  tasks: AttributedTask[];
  extensionLongTasks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>;
}

const SETTLED_MS = 600;
const LONG_TASK_US = 50_000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'v8.callFunction']);
const isExtensionUrl = (url: unknown) => typeof url === 'string' && url.startsWith('chrome-extension://');
const panelNode = (name: unknown) => typeof name === 'string' && /class='panel'|data-hanyeong-reader/i.test(name);

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** CPU-profile samples of one thread: their times (trace clock, µs) and whether an extension frame was on the stack. */
function profileSamples(events: TraceEvent[], pid: number, tid: number): Array<{ ts: number; ms: number; extension: string | null }> {
  const samples: Array<{ ts: number; ms: number; extension: string | null }> = [];
  const profiles = new Map<string, { nodes: Map<number, { url: string; name: string; parent?: number }>; time: number }>();
  // The profile of this thread starts with a `Profile` event on it; its chunks come from the profiler's own thread, under the same id.
  const ids = new Set(events.filter((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid).map((event) => event.id));
  for (const event of events) {
    if (event.pid !== pid || !ids.has(event.id) || (event.name !== 'Profile' && event.name !== 'ProfileChunk')) continue;
    const id = event.id ?? '';
    let profile = profiles.get(id);
    if (!profile) profiles.set(id, (profile = { nodes: new Map(), time: 0 }));
    if (event.name === 'Profile') profile.time = event.args?.data?.startTime ?? 0;
    const cpu = event.args?.data?.cpuProfile;
    for (const node of cpu?.nodes ?? []) profile.nodes.set(node.id, { url: node.callFrame?.url ?? '', name: node.callFrame?.functionName ?? '', parent: node.parent });
    const deltas: number[] = event.args?.data?.timeDeltas ?? [];
    (cpu?.samples ?? []).forEach((nodeId: number, i: number) => {
      profile!.time += deltas[i] ?? 0;
      // The innermost frame of the extension's on the stack, if any.
      let extension: string | null = null;
      for (let at: number | undefined = nodeId; at !== undefined && extension === null; at = profile!.nodes.get(at)?.parent) {
        const node = profile!.nodes.get(at);
        if (node && isExtensionUrl(node.url)) extension = node.name || '(anonymous)';
      }
      samples.push({ ts: profile!.time, ms: (deltas[i + 1] ?? 0) / 1000, extension });
    });
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

/** Rule 1 and 2 above, over the page's main thread from `fromTs` (trace clock, µs) on. */
export function attributeLongTasks(events: TraceEvent[], fromTs: number): AttributedTask[] {
  const script = events.find((event) => SCRIPT_EVENTS.has(event.name) && isExtensionUrl(event.args?.data?.url));
  if (!script) return [];
  const { pid, tid } = script;
  const thread = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X');
  const samples = profileSamples(events, pid, tid);
  // A task is a RunTask (one of the scheduler's, or a bare one: a microtask checkpoint run on its own); nested ones are one task.
  const runs = thread.filter((event) => (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') && (event.dur ?? 0) >= LONG_TASK_US && event.ts >= fromTs);
  const tasks = runs.filter((event) => !runs.some((other) => other !== event && other.ts <= event.ts && other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) && ((other.dur ?? 0) > (event.dur ?? 0) || other.ts < event.ts || other.name === 'RunTask')));
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread.filter((event) => event !== task && event.ts >= task.ts && event.ts < end);
    const ms = (list: TraceEvent[]) => list.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
    // Top-level events only (nested ones of the same kind would count twice).
    const outermost = (list: TraceEvent[]) => list.filter((event) => !list.some((other) => other !== event && other.ts <= event.ts && other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) && (other.dur ?? 0) > (event.dur ?? 0)));
    const scripts = outermost(inside.filter((event) => SCRIPT_EVENTS.has(event.name) && (isExtensionUrl(event.args?.data?.url) || isExtensionUrl(event.args?.data?.stackTrace?.[0]?.url))));
    const mine = samples.filter((sample) => sample.extension !== null && sample.ts >= task.ts && sample.ts < end);
    const layouts = inside.filter((event) => event.name === 'Layout');
    const inPanel = (event: TraceEvent) => (event.args?.endData?.layoutRoots ?? []).some((root: { nodeName?: string }) => panelNode(root.nodeName));
    const paints = inside.filter((event) => event.name === 'Paint');
    const styleMs = ms(outermost(inside.filter((event) => event.name === 'UpdateLayoutTree')));
    const panelLayoutMs = ms(layouts.filter(inPanel));
    const panelPaintMs = ms(paints.filter((event) => panelNode(event.args?.data?.nodeName)));
    const scriptMs = Math.max(ms(scripts), mine.reduce((total, sample) => total + sample.ms, 0));
    const gcMs = ms(outermost(inside.filter((event) => event.name === 'MinorGC' || event.name === 'MajorGC')));
    const renderingMs = styleMs + panelLayoutMs + panelPaintMs;
    const extensionMs = Math.min((task.dur ?? 0) / 1000, scriptMs + gcMs + renderingMs);
    const owner: AttributedTask['owner'] = extensionMs < LONG_TASK_US / 1000 ? 'page' : scriptMs + gcMs >= renderingMs ? 'extension-script' : 'extension-rendering';
    const functions = new Map<string, number>();
    for (const sample of mine) functions.set(sample.extension!, (functions.get(sample.extension!) ?? 0) + sample.ms);
    if (functions.size === 0) for (const event of scripts) functions.set(`${event.name} ${event.args?.data?.functionName || '(top level)'}`, (event.dur ?? 0) / 1000);
    return {
      start: (task.ts - fromTs) / 1000,
      duration: (task.dur ?? 0) / 1000,
      owner,
      extensionMs,
      functions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, time]) => `${name} ${time.toFixed(0)} ms`),
      scriptMs,
      styleMs,
      panelLayoutMs,
      panelPaintMs,
      pageLayoutMs: ms(layouts.filter((event) => !inPanel(event))),
      pagePaintMs: ms(outermost(paints.filter((event) => !panelNode(event.args?.data?.nodeName)))) + ms(inside.filter((event) => event.name === 'PrePaint')),
      gcMs,
    };
  });
}

export async function measureLimits(page: Page, worker: Worker, url: string, paragraphs: number): Promise<LimitsRun> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitForDetector(page, worker);
  await page.evaluate(OPEN_PROBE);
  const cdp = await page.context().newCDPSession(page);
  let fromTs = 0;
  let probe = { start: 0, painted: -1, rows: 0, lastChange: 0 };
  const events = await traced(cdp, async () => {
    // Warm-up: the CPU profiler starts on the first script run after tracing starts (one long task of its own).
    await page.evaluate('performance.mark("hanyeong-warm-up")');
    await page.waitForTimeout(1000);
    await page.evaluate('performance.mark("hanyeong-toggle"); window.__hanyeongOpen.start = performance.now()');
    const reply = await sendToTabAt<{ open?: boolean }>(worker, url, { type: 'reader:toggle' });
    if (!reply?.open) throw new Error(`reader:toggle on ${url} did not open the panel`);
    await page.waitForFunction(`(() => { const p = window.__hanyeongOpen; return p.painted > 0 && performance.now() - p.lastChange > ${SETTLED_MS}; })()`, undefined, { timeout: Number(process.env.HANYEONG_LIMITS_TIMEOUT ?? 120_000), polling: 200 });
    probe = (await page.evaluate('window.__hanyeongOpen')) as typeof probe;
  });
  await cdp.detach();
  // The whole trace, for DevTools' Performance panel or a second look: HANYEONG_LIMITS_TRACE=file.json.
  if (process.env.HANYEONG_LIMITS_TRACE) writeFileSync(process.env.HANYEONG_LIMITS_TRACE, JSON.stringify({ traceEvents: events }));
  fromTs = events.find((event) => event.name === 'hanyeong-toggle')?.ts ?? 0;
  const limits = (await page.evaluate(`document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector('.limits')?.textContent ?? null`)) as string | null;
  const tasks = attributeLongTasks(events, fromTs);
  return {
    paragraphs,
    firstPairMs: probe.painted - probe.start,
    allRowsMs: probe.lastChange - probe.start,
    pairElements: probe.rows,
    limits,
    tasks,
    extensionLongTasks: tasks.filter((task) => task.owner !== 'page').length,
  };
}

export const ATTRIBUTION_RULE = [
  "attribution (DevTools-protocol trace of the page's main thread): a long task (≥ 50 ms) is the extension's when the extension's share of it reaches 50 ms:",
  '  its scripts (script events naming chrome-extension:// scripts, or CPU samples with a chrome-extension:// frame, whichever is more), GC (the page has no script:',
  "  every JS object is the extension's), style recalculation (the page is static: every element restyled is the panel's), layouts rooted in the panel, the paint of",
  "  the panel's layer. Layout rooted at the page's document and the paint/pre-paint of the page's layer are the page's (they walk its 200,000 layout objects",
  "  whatever changed: a fixed overlay of the page's own costs as much a frame), reported apart.",
].join('\n');
