import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { BrowserContext, Worker } from 'playwright-core';
import { chromiumDriver, CHROME_BUILD, launchChromium, PHONE } from '../testing/chromium';
import { desktopBarScenarios, phoneScenarios } from './phone.scenarios';

// A phone by Chromium's mobile emulation: 390 × 844, device scale 2, mobile viewports, touch.
phoneScenarios('chromium', () => chromiumDriver([], PHONE), { touch: true, pages: ['device-width', 'no-viewport'] });
desktopBarScenarios('chromium', () => chromiumDriver());

// Firefox for Android opens the options in a tab: the page must work at a phone's width.
describe('the options page on a 390 × 844 phone in chromium', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  beforeAll(async () => {
    ({ context, worker, userDataDir } = await launchChromium(CHROME_BUILD, { device: PHONE }));
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('fits the screen with 44 px controls', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL('/options.html', worker.url()).href);
    await page.locator('select[name=theme]').waitFor();
    const fit = await page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>('button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), label.check')).filter((el) => el.getBoundingClientRect().width > 0);
      const small = shown.filter((el) => el.getBoundingClientRect().height < 44).map((el) => `${el.tagName} ${el.getAttribute('name') ?? el.textContent?.slice(0, 20)} ${Math.round(el.getBoundingClientRect().height)}`);
      const outside = shown.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth - 12 + 0.5 || el.getBoundingClientRect().left < 12 - 0.5).map((el) => `${el.tagName} ${el.getAttribute('name')}`);
      return { width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth, controls: shown.length, small, outside };
    });
    console.info(`options at 390 px: ${JSON.stringify(fit)}`);
    expect(fit.width).toBe(390);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
    expect(fit.controls).toBeGreaterThan(5);
    expect(fit.small).toEqual([]);
    expect(fit.outside).toEqual([]);
  });
});
