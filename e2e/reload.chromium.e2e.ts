/**
 * The extension reloaded or updated under an open page: the panel the old reader left
 * must close by itself, without the page's help and without error spam in the page's console.
 */
import { expect, it } from 'vitest';
import { sendToTabAt } from '../testing/chromium';
import { chromiumSessionForFile } from './chromium-session';
import { waitFor } from '../testing/driver';

const session = chromiumSessionForFile();

it('closes an open panel when the extension is reloaded under the page', async () => {
  const { page, worker, server } = session;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = server.fixtureUrl('breaknews-seed');
  await page.goto(url, { waitUntil: 'load' });
  const reply = await sendToTabAt(worker, url, { type: 'reader:toggle' });
  expect(reply).toMatchObject({ open: true });
  await waitFor(() => page.evaluate(() => (document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelectorAll('[data-pair]').length ?? 0) > 0), 'the panel');

  await worker.evaluate(() => chrome.runtime.reload()).catch(() => {
    // The worker goes away with the reload; the call does not always return.
  });
  await waitFor(() => page.evaluate(() => document.querySelectorAll('[data-hanyeong-reader]').length === 0), 'the orphaned panel to close', 8_000);
  expect(errors).toEqual([]);
});
