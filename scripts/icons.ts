/**
 * Draws the toolbar and store icons from the one source drawing, assets/icon.svg:
 * public/icon/<size>.png (lit: the page is a detected article) and public/icon/<size>-grey.png
 * (every other page), at the sizes the stores and the toolbar ask for (16, 32, 48, 128).
 * Rasterised by the Debian Chromium (the one the end-to-end tests use) so the Korean glyph comes
 * from fonts-noto-cjk and no image library is added to the project. Run: `npm run icons`;
 * the PNGs are committed, so a build never needs a browser.
 */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const outDir = resolve(ROOT, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    for (const [suffix, filter] of [['', 'none'], ['-grey', 'grayscale(1) opacity(0.75)']] as const) {
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;filter:${filter}">${svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`)}</div></body></html>`,
      );
      await page.screenshot({ path: resolve(outDir, `${size}${suffix}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.length * 2} PNGs in public/icon/`);
