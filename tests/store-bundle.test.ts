/**
 * Store policy, checked on the built packages (what the reviewers unpack): no remote code, no
 * eval, no telemetry. Chrome Web Store rejects MV3 packages that execute code fetched at run time;
 * AMO rejects eval/new Function and undeclared data collection (we declare none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'hanyeong-store-bundle-'));
const PACKAGES = ['chrome-mv3', 'firefox-mv2'];

/** What a reviewer would flag, each with the reason. */
const FORBIDDEN: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /(?<![\w$.])eval\s*\(/, why: 'eval' },
  { pattern: /new\s+Function\s*\(/, why: 'new Function' },
  { pattern: /setTimeout\(\s*["'`]/, why: 'setTimeout with a code string' },
  { pattern: /importScripts\s*\(\s*["'`]https?:/, why: 'remote importScripts' },
  { pattern: /import\s*\(\s*["'`]https?:/, why: 'remote dynamic import' },
  { pattern: /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i, why: 'remote <script src>' },
  { pattern: /["'`]https?:\/\/[^"'`\s]+\.m?js["'`]/, why: 'a remote script URL' },
  { pattern: /google-analytics\.com|googletagmanager\.com|sentry\.io|segment\.(io|com)|mixpanel\.com|amplitude\.com|posthog\.com|hotjar\.com/, why: 'a telemetry service' },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m?js|html|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every forbidden construct found in `text`, by reason. */
function policyViolations(text: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
}

/** A Chrome test build beside the store ones: the control for the test-hook scan. */
const testOutDir = mkdtempSync(join(tmpdir(), 'hanyeong-test-bundle-'));

beforeAll(() => {
  const env = { ...process.env, HANYEONG_OUT: outDir, HANYEONG_TEST_HOOKS: '' };
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  execFileSync(wxt, ['build'], { cwd: ROOT, env, stdio: 'ignore' });
  execFileSync(wxt, ['build', '-b', 'firefox'], { cwd: ROOT, env, stdio: 'ignore' });
  execFileSync(wxt, ['build'], { cwd: ROOT, env: { ...env, HANYEONG_OUT: testOutDir, HANYEONG_TEST_HOOKS: '1' }, stdio: 'ignore' });
}, 180_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(testOutDir, { recursive: true, force: true });
});

/** What only a test build may hold: the page-event bridge and the stand-in speech synthesis. */
const TEST_HOOK_MARKS = ['hanyeong-test', 'test:speech', 'test:storage', 'Stand-in', 'test:bergamot', 'test:port'];
const testHookMarks = (dir: string) => filesUnder(dir).flatMap((file) => TEST_HOOK_MARKS.filter((mark) => readFileSync(file, 'utf8').includes(mark)));

describe('test hooks', () => {
  it.each(PACKAGES)('are compiled out of the %s store build', (pkg) => {
    expect(testHookMarks(join(outDir, pkg))).toEqual([]);
  });

  it('are in a test build (the scan can fail)', () => {
    expect(new Set(testHookMarks(join(testOutDir, 'chrome-mv3')))).toEqual(new Set(TEST_HOOK_MARKS));
  });
});

describe('store policy scan', () => {
  it('recognises each forbidden construct (the scan can fail)', () => {
    expect(policyViolations('x=eval("1")')).toEqual(['eval']);
    expect(policyViolations('const f = new Function("return 1")')).toEqual(['new Function']);
    expect(policyViolations('<script src="https://cdn.example.com/a.js"></script>')).toContain('remote <script src>');
    expect(policyViolations('import("https://cdn.example.com/x.mjs")')).toContain('remote dynamic import');
    expect(policyViolations('fetch("https://www.google-analytics.com/collect")')).toEqual(['a telemetry service']);
    expect(policyViolations('node.evaluate(x); retrieval(y)')).toEqual([]);
  });

  it.each(PACKAGES)('%s has no eval, no remote code, no telemetry', (pkg) => {
    const files = filesUnder(join(outDir, pkg));
    expect(files.some((file) => file.endsWith('reader.js'))).toBe(true);
    const found = files.flatMap((file) => policyViolations(readFileSync(file, 'utf8')).map((why) => `${file.slice(outDir.length + 1)}: ${why}`));
    expect(found).toEqual([]);
  });

  // Mozilla's Bergamot engine is WebAssembly: compiling it needs 'wasm-unsafe-eval' (not
  // 'unsafe-eval', which would let JavaScript strings run too). Nothing else is added.
  it.each(PACKAGES)('%s manifest allows WebAssembly and no eval or remote script in its CSP', (pkg) => {
    const manifest = JSON.parse(readFileSync(join(outDir, pkg, 'manifest.json'), 'utf8'));
    const csp = manifest.content_security_policy;
    const pages = pkg === 'chrome-mv3' ? csp?.extension_pages : csp;
    expect(pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    expect(JSON.stringify(csp)).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });

  // Chrome's service worker cannot start Workers, so Chrome hosts the engine in an offscreen
  // document (permission `offscreen`); Firefox's background page hosts it and needs neither.
  it('asks for offscreen in Chrome only, and ships the offscreen page in Chrome only', () => {
    const chrome = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(join(outDir, 'firefox-mv2', 'manifest.json'), 'utf8'));
    expect(chrome.permissions).toContain('offscreen');
    expect(firefox.permissions).not.toContain('offscreen');
    expect(readdirSync(join(outDir, 'chrome-mv3'))).toContain('offscreen.html');
    expect(readdirSync(join(outDir, 'firefox-mv2'))).not.toContain('offscreen.html');
  });

  it.each(PACKAGES)('%s ships the Bergamot worker without the Node.js shim of its glue', (pkg) => {
    const glue = readFileSync(join(outDir, pkg, 'bergamot/translator-worker.js'), 'utf8');
    expect(glue).toContain('class BergamotTranslatorWorker');
    expect(glue).not.toMatch(/eval\.call|require\(/);
    expect(readFileSync(join(outDir, pkg, 'bergamot/bergamot-translator-worker.wasm')).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  });
});

/**
 * What the page-side scripts (the every-page detector and the reader) must not hold: WXT's
 * content-script context, which posts "<extension id>:<script>:wxt:content-script-started" to every
 * page and closes the panel on a forged event of that name (utils/script-lifetime.ts).
 * The e2e hostile suite checks the page sees nothing (e2e/hostile-host.scenarios.ts).
 */
const PAGE_SIGNALS = ['wxt:content-script-started', 'wxt:locationchange', 'wxt-shadow-root'];

describe('page-side scripts', () => {
  it.each(PACKAGES)('%s detector and reader carry no signal a page can read or forge', (pkg) => {
    const scripts = ['detector.js', 'reader.js'].map((name) => readFileSync(join(outDir, pkg, name), 'utf8'));
    expect(scripts.flatMap((text) => PAGE_SIGNALS.filter((mark) => text.includes(mark)))).toEqual([]);
  });

  it('the detector is declared as the one content script, on http(s) top frames at document_idle', () => {
    for (const pkg of PACKAGES) {
      const manifest = JSON.parse(readFileSync(join(outDir, pkg, 'manifest.json'), 'utf8'));
      expect(manifest.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle', all_frames: false }]);
    }
  });
});
