/**
 * The files the extension ships for Mozilla's Bergamot engine, from @browsermt/bergamot-translator
 * in node_modules (wxt.config.ts adds them to every build under /bergamot/):
 * - bergamot-translator-worker.wasm and .js: the engine and its Emscripten loader, unchanged;
 * - translator-worker.js: the package's worker glue, with its Node.js shim cut out. The shim
 *   (`if (typeof self === 'undefined') { … }`) never runs in a browser, but it holds `eval.call` and
 *   `require`, which store reviewers flag; the rest is byte for byte the package's.
 * A package update that moves the markers fails the build here rather than shipping a changed glue.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function bergamotPackageDir(): string {
  return dirname(require.resolve('@browsermt/bergamot-translator/package.json'));
}

export function browserWorkerGlue(source: string): string {
  const start = source.indexOf("if (typeof self === 'undefined') {");
  const end = source.indexOf('class YAML {');
  if (start < 0 || end < start) throw new Error('@browsermt/bergamot-translator: translator-worker.js changed shape; check scripts/bergamot-assets.ts');
  return `${source.slice(0, start)}// (The package's Node.js shim is cut here: see scripts/bergamot-assets.ts.)\n\n${source.slice(end)}`;
}

export function bergamotWorkerAssets(): Array<{ absoluteSrc: string; relativeDest: string } | { contents: string; relativeDest: string }> {
  const worker = join(bergamotPackageDir(), 'worker');
  return [
    { absoluteSrc: join(worker, 'bergamot-translator-worker.wasm'), relativeDest: 'bergamot/bergamot-translator-worker.wasm' },
    { absoluteSrc: join(worker, 'bergamot-translator-worker.js'), relativeDest: 'bergamot/bergamot-translator-worker.js' },
    { contents: browserWorkerGlue(readFileSync(join(worker, 'translator-worker.js'), 'utf8')), relativeDest: 'bergamot/translator-worker.js' },
  ];
}
