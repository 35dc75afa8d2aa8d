/**
 * `npm start`: build the Chrome and Firefox packages, then show the reader on the bundled demo
 * article (the seed article as a BreakNews page, tests/fixtures/breaknews-seed) in Debian's
 * Chromium with the built extension loaded.
 * Headless (no display) or with CI set: writes out/demo.png (the open panel) and out/demo.json
 * (the reader's JSON for that page) and exits. With a display: leaves the browser open.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, CHROMIUM_PATH, sendToTabAt } from '../testing/chromium';
import { REPO_ROOT, startPageServer, FIXTURES } from '../testing/server';
import { waitFor } from '../testing/driver';
import { loadPageFile } from '../testing/load-page';
import { readArticle } from '../lib/reader';
import { closedPanelPairs } from './closed-panel';

const DEMO = 'breaknews-seed';
const OUT = resolve(REPO_ROOT, 'out');

async function main(): Promise<void> {
  console.log('Building the Chrome (MV3) and Firefox packages…');
  execSync('npx wxt build && npx wxt build -b firefox', { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install Debian's browsers with "sudo apt-get install -y chromium firefox-esr"`);
  }
  const headless = Boolean(process.env.CI) || !process.env.DISPLAY;
  const server = await startPageServer();
  const url = server.fixtureUrl(DEMO);
  const { context, worker } = await launchChromium(resolve(REPO_ROOT, '.output/chrome-mv3'), { headless });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url, { waitUntil: 'load' });
  // Open the panel the way the toolbar button does: a reader:toggle message to the tab.
  const reply = await sendToTabAt(worker, url, { type: 'reader:toggle' });
  // The store build's shadow root is closed: the panel is read through the DevTools protocol.
  await waitFor(() => closedPanelPairs(page).then((pairs) => (pairs ?? 0) > 0), 'the reader panel');

  mkdirSync(OUT, { recursive: true });
  const view = readArticle(loadPageFile(resolve(FIXTURES, DEMO, 'source.html'), url).document, { url });
  writeFileSync(resolve(OUT, 'demo.json'), JSON.stringify(view.document, null, 2) + '\n');
  await page.screenshot({ path: resolve(OUT, 'demo.png') });
  const pairs = view.document.alignment.length;
  console.log(`Reader open (${JSON.stringify(reply)}): ${view.rows.length} rows, ${pairs} linked body pairs.`);
  console.log(`Wrote ${resolve(OUT, 'demo.png')} and ${resolve(OUT, 'demo.json')}.`);

  if (headless) {
    await context.close();
    await server.close();
    return;
  }
  console.log('The browser stays open on the demo article; close it to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message.split('\n')[0]}`);
  process.exit(1);
});
