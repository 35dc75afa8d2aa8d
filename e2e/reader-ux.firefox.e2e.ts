import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { firefoxDriver } from '../testing/firefox';
import { readerUxScenarios } from './reader-ux.scenarios';
import { startPageServer, type PageServer } from '../testing/server';

readerUxScenarios('firefox', () => firefoxDriver(), { windowFocus: false });

// BiDi has no colour-scheme emulation (puppeteer's needs CDP), so this Firefox is told its system
// theme is dark, as a reader's desktop would tell it.
describe('the automatic theme in a Firefox whose system theme is dark', () => {
  let driver: ReaderDriver;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    driver = await firefoxDriver({ 'ui.systemUsesDarkTheme': 1 });
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('opens the panel dark', async () => {
    await driver.goto(server.fixtureUrl('breaknews-seed'));
    expect(await driver.inPage(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await driver.send({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
    const look = () => driver.inPanel((root) => (root?.querySelector('.panel') ? [root.querySelector('.panel')!.getAttribute('data-theme'), getComputedStyle(root.querySelector('.panel')!).backgroundColor] : null));
    expect(await waitFor(look, 'the panel')).toEqual(['auto', 'rgb(24, 25, 27)']);
  });
});
