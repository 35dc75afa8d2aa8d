/**
 * The word analyser loads on demand: no static import chain from the every-page detector, the
 * background or the reader panel reaches lib/words (the panel is to import it dynamically when word
 * mode is first used). Walks the relative `import … from` graph of the sources.
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
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gms)) {
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

describe('word analyser loading', () => {
  const entries = entrypointFiles(join(ROOT, 'entrypoints'));

  it('finds the entrypoints it checks', () => {
    expect(entries.map((f) => relative(ROOT, f))).toContain('entrypoints/detector.ts');
  });

  it.each(entries.map((f) => [relative(ROOT, f), f]))('%s does not import lib/words statically', (_name, file) => {
    const reached = [...staticClosure(file)].filter((f) => f.startsWith(WORDS)).map((f) => relative(ROOT, f));
    expect(reached).toEqual([]);
  });

  it('would see a static import of lib/words (the walk follows re-exports)', () => {
    expect([...staticClosure(join(ROOT, 'lib/words/index.ts'))].some((f) => f.endsWith('lib/words/analyse.ts'))).toBe(true);
    expect([...staticClosure(join(ROOT, 'lib/words/index.ts'))].some((f) => f.endsWith('lib/hangul.ts'))).toBe(true);
  });
});
