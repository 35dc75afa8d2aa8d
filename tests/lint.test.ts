/**
 * `npm test` enforces the lint rules of eslint.config.js: the repo has no markup sink outside
 * lib/sanitize.ts, and each sink the rule names is in fact caught (so a broken selector fails here).
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.map((m) => `${m.line}: ${m.message}`);
}

describe('lint', () => {
  it('finds no problem in the repository', async () => {
    const results = await eslint.lintFiles(['.']);
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.message}`));
    expect(results.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  }, 60_000);

  it.each([
    ['el.innerHTML = s;', 'lib/x.ts'],
    ["el['outerHTML'] += s;", 'lib/x.ts'],
    ['Object.assign(el, { innerHTML: s });', 'entrypoints/x.ts'],
    ["el.insertAdjacentHTML('beforeend', s);", 'components/x.ts'],
    ['document.write(s);', 'entrypoints/x.ts'],
    ['window.document.writeln(s);', 'entrypoints/x.ts'],
    ['el.setHTMLUnsafe(s);', 'lib/x.ts'],
    ['frame.srcdoc = s;', 'lib/x.ts'],
    ['holder.append(range.createContextualFragment(s));', 'lib/extract/x.ts'],
    ["new DOMParser().parseFromString(s, 'text/html');", 'entrypoints/x.ts'],
    ['const x = <p dangerouslySetInnerHTML={{ __html: s }} />;', 'components/X.tsx'],
    ['const el = document.body as HTMLElement; el.innerHTML = `<b>${s as string}</b>`;', 'lib/typed.ts'],
  ])('catches %s', async (code, file) => {
    expect(await problems(code, file)).toHaveLength(1);
  });

  it.each([
    ["import { browser } from 'wxt/browser';", 'lib/x.ts'],
    ["import { render } from 'preact';", 'lib/x.ts'],
    ["import { ReaderPanel } from '../components/ReaderPanel';", 'lib/x.ts'],
    ["import { readSettings } from '../../utils/settings';", 'lib/extract/x.ts'],
    ["import { i18n } from '#i18n';", 'components/X.tsx'],
    ["import { backgroundHost } from '../utils/translation-client';", 'components/X.tsx'],
  ])('keeps the layers: %s in %s', async (code, file) => {
    expect(await problems(code, file)).toHaveLength(1);
  });

  it('does not catch reading markup, a stream write, or the sanitizer module', async () => {
    expect(await problems('const before: string = document.body.innerHTML; process.stdout.write(before);', 'e2e/x.ts')).toEqual([]);
    expect(await problems('holder.innerHTML = purified;', 'lib/sanitize.ts')).toEqual([]);
  });

  it('ignores inline disable comments', async () => {
    const found = await problems('// eslint-disable-next-line no-restricted-syntax\nel.innerHTML = s;', 'lib/x.ts');
    expect(found.filter((m) => m.startsWith('2: innerHTML/outerHTML assignment'))).toHaveLength(1);
  });
});
