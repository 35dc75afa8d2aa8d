import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { chromiumDriver, launchChromium, sendToTabAt } from './chromium';
import { waitFor } from './driver';
import { readerUxScenarios } from './reader-ux.scenarios';
import { startPageServer, type PageServer } from './server';

readerUxScenarios('chromium', chromiumDriver);

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

describe('the open panel in chromium: an axe-core audit', () => {
  let server: PageServer;
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  let userDataDir: string;

  beforeAll(async () => {
    server = await startPageServer();
    ({ context, worker, userDataDir } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.fixtureUrl('breaknews-seed'), { waitUntil: 'load' });
    await sendToTabAt(worker, page.url(), { type: 'reader:open' });
    await waitFor(() => page.evaluate(() => (document.querySelector('hanyeong-reader')?.shadowRoot?.querySelectorAll('[data-pair]').length ?? 0) > 0), 'the panel rows');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await server?.close();
  });

  for (const theme of ['light', 'dark', 'sepia'] as const) {
    it(`finds no serious or critical violation in the ${theme} theme`, async () => {
      await page.evaluate((theme) => {
        const select = document.querySelector('hanyeong-reader')!.shadowRoot!.querySelector('select[data-action="theme"]') as HTMLSelectElement;
        select.value = theme;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, theme);
      await waitFor(() => page.evaluate((theme) => document.querySelector('hanyeong-reader')!.shadowRoot!.querySelector('.panel')!.getAttribute('data-theme') === theme, theme), `the ${theme} theme`);
      const findings: AxeFinding[] = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run({ include: [document.querySelector('hanyeong-reader')] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
      expect(blocking).toEqual([]);
    });
  }

  it('the audit can fail: a button with no name inside the panel is reported', async () => {
    const ids = await page.evaluate(async () => {
      const root = document.querySelector('hanyeong-reader')!.shadowRoot!;
      const bad = document.createElement('button');
      root.querySelector('.bar')!.append(bad);
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run({ include: [document.querySelector('hanyeong-reader')] });
      bad.remove();
      return result.violations.map((v) => v.id);
    });
    expect(ids).toContain('button-name');
  });
});
