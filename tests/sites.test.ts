/**
 * Meta-test for lib/sites/: every adapter file is registered in SITE_ADAPTERS under its file name,
 * matches its own example URL, has at least one team-written fixture whose expected site is its id,
 * and imports only its shape (./adapter) and the shared types: an adapter says where things are,
 * lib/extract/ reads them (an embedded-state body too, from the adapter's `embeddedState` data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../lib/sites';
import { parseHtml } from '../testing/load-page';

const repoRoot = path.resolve(__dirname, '..');
const adapterFiles = readdirSync(path.join(repoRoot, 'lib/sites'))
  .filter((f) => f.endsWith('.ts') && f !== 'adapter.ts' && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const fixtureSites = readdirSync(path.join(repoRoot, 'tests/fixtures'))
  .map((c) => path.join(repoRoot, 'tests/fixtures', c, 'expected.json'))
  .filter(existsSync)
  .map((p) => JSON.parse(readFileSync(p, 'utf8')).site as string);

describe('site adapters', () => {
  it('finds adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThan(3);
  });

  it('imports only ./adapter and ../types in every adapter file', () => {
    const stray = adapterFiles.flatMap((id) => {
      const source = readFileSync(path.join(repoRoot, 'lib/sites', `${id}.ts`), 'utf8');
      const from = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms), ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      return from.filter((specifier) => specifier !== './adapter' && specifier !== '../types').map((specifier) => `${id}.ts imports ${specifier}`);
    });
    expect(stray).toEqual([]);
  });

  it('registers every adapter file once, under its file name', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect([...ids].sort()).toEqual([...adapterFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const adapter of SITE_ADAPTERS) {
    it(`${adapter.id} has a fixture`, () => {
      expect(fixtureSites, `no tests/fixtures/*/expected.json with site "${adapter.id}"`).toContain(adapter.id);
    });

    it(`${adapter.id} matches its example URL`, () => {
      const url = new URL(adapter.example);
      expect(adapter.matches(url, parseHtml('<html><body></body></html>', adapter.example))).toBe(true);
    });

    it(`${adapter.id} selectors are valid CSS`, () => {
      const doc = parseHtml('<html><body></body></html>');
      for (const selector of [adapter.body, adapter.headline, adapter.subheadline, adapter.summary, adapter.byline, adapter.reporterName, adapter.captions, adapter.drop, adapter.published?.selector, adapter.updated?.selector]) {
        if (selector) expect(() => doc.querySelectorAll(selector), selector).not.toThrow();
      }
    });
  }
});
