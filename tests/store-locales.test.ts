/**
 * Every visible string comes from the locales, in English and Korean (the stores show the manifest's
 * name and description in the browser's language; the UI follows the browser's language through
 * @wxt-dev/i18n). A key missing from one file would show the raw key to that language's readers.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Top-level keys of a flat YAML locale file. */
function localeKeys(lang: string): Set<string> {
  const text = readFileSync(resolve(ROOT, `locales/${lang}.yml`), 'utf8');
  return new Set([...text.matchAll(/^([A-Za-z][\w]*):/gm)].map((m) => m[1]!));
}

function sources(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('locales', () => {
  const en = localeKeys('en');
  const ko = localeKeys('ko');

  it('have the same keys in English and Korean', () => {
    expect([...en].filter((k) => !ko.has(k))).toEqual([]);
    expect([...ko].filter((k) => !en.has(k))).toEqual([]);
  });

  it('hold every __MSG_ key the manifest names', () => {
    const config = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(keys.filter((k) => !en.has(k) || !ko.has(k))).toEqual([]);
  });

  it('hold every key the extension code asks i18n.t for', () => {
    const used = [...sources('entrypoints'), ...sources('components')].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/i18n\.t\(\s*'(\w+)'/g)].map((m) => `${m[1]} (${file.slice(ROOT.length + 1)})`),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((entry) => !en.has(entry.split(' ')[0]!) || !ko.has(entry.split(' ')[0]!))).toEqual([]);
  });

  it('hold every options string the options form lists', async () => {
    const { OPTIONS_STRING_KEYS } = await import('../components/options/OptionsForm');
    expect(OPTIONS_STRING_KEYS.filter((k) => !en.has(k) || !ko.has(k))).toEqual([]);
  });
});
