/**
 * The word analyser loads on demand: no runtime import chain from the every-page detector or the
 * reader bundle reaches lib/words beyond its source constants (lib/words/source.ts: what the
 * consent prompt shows) and the saved list's rules (lib/words/word-list.ts: the card's Save); the analyser, the counterpart finder and the dictionary parser ship in
 * word-tools.js, injected the first time word mode is used, and in the background, which keeps the
 * dictionary. Walks the relative `import … from` graph of the sources; `import type` is erased at
 * build and not followed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORDS = join(ROOT, 'lib/words');

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Files reachable through static imports (dynamic import() calls are not followed). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gms)) {
      const target = resolveImport(file, match[1]);
      if (target) stack.push(target);
    }
  }
  return seen;
}

function entrypointFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entrypointFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** What the every-page detector and the reader bundle may load of lib/words. */
// The dictionary's source (the consent prompt) and the saved list's rules (the card's Save).
const ALLOWED = new Set([join(WORDS, 'source.ts'), join(WORDS, 'word-list.ts')]);

describe('word analyser loading', () => {
  const entries = [join(ROOT, 'entrypoints/detector.ts'), ...entrypointFiles(join(ROOT, 'entrypoints/reader'))];

  it('finds the entrypoints it checks', () => {
    expect(entries.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['entrypoints/detector.ts', 'entrypoints/reader/index.tsx']));
  });

  it.each(entries.map((f) => [relative(ROOT, f), f]))('%s does not import the analyser or the dictionary statically', (_name, file) => {
    const reached = [...staticClosure(file)].filter((f) => f.startsWith(WORDS) && !ALLOWED.has(f)).map((f) => relative(ROOT, f));
    expect(reached).toEqual([]);
  });

  it('would see the analyser in word-tools.js, and not follow a type import', () => {
    expect([...staticClosure(join(ROOT, 'entrypoints/word-tools.ts'))].some((f) => f.endsWith('lib/words/analyse.ts'))).toBe(true);
    expect([...staticClosure(join(ROOT, 'utils/word-tools.ts'))].some((f) => f.startsWith(WORDS))).toBe(false);
  });

  it('would see a static import of lib/words (the walk follows re-exports)', () => {
    expect([...staticClosure(join(ROOT, 'lib/words/index.ts'))].some((f) => f.endsWith('lib/words/analyse.ts'))).toBe(true);
    expect([...staticClosure(join(ROOT, 'lib/words/index.ts'))].some((f) => f.endsWith('lib/hangul.ts'))).toBe(true);
  });
});
