/**
 * Bundles scripts/bench/probe.ts into one IIFE in a temporary folder, at bench time, with esbuild
 * (a devDependency, and what tsx itself runs on). Minified like the shipped build,
 * so the browser runs the same kind of code the extension does.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** `entry`: another probe file to bundle the same way (the parity e2e's, e2e/parity-probe.ts). */
export async function bundleProbe(repoRoot: string, entry = 'scripts/bench/probe.ts'): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'hanyeong-bench-'));
  const outfile = path.join(folder, 'probe.js');
  try {
    await build({
      entryPoints: [path.join(repoRoot, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      minify: true,
      outfile,
      logLevel: 'error',
    });
    return readFileSync(outfile, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Size of one chunk as the extension would ship it: `entry` bundled alone with its imports (ES
 * module, minified, for the browser, like the wxt build), raw and gzipped. Word mode's chunk is
 * lib/words/index.ts, which the panel imports dynamically.
 */
export async function chunkSize(repoRoot: string, entry: string): Promise<{ bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}
