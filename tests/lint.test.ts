/**
 * `npm test` enforces the lint rules of eslint.config.js: the repo has no markup sink outside
 * lib/sanitize.ts, and each sink the rule names is in fact caught (so a broken selector fails here);
 * the layers import only downward; the tooling folders share code through testing/ only, which no
 * shipped layer imports but the named __TEST_HOOKS__ branches (each exception checked both ways).
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
    ["import { backgroundHost } from '../entrypoints/reader/translation-client';", 'components/X.tsx'],
  ])('keeps the layers: %s in %s', async (code, file) => {
    expect(await problems(code, file)).toHaveLength(1);
  });

  it.each([
    ["import { PAYLOADS } from '../e2e/hostile-pages';", 'tests/x.test.ts'],
    ["import { measureOpen } from '../scripts/bench/open';", 'tests/x.test.ts'],
    ["import { main } from '../scripts/new-fixture';", 'tests/bergamot-node.test.ts'],
    ["import { chromiumSessionForFile } from '../e2e/chromium-session';", 'tests/new-fixture.test.ts'],
    ["import { fakePort } from '../tests/x';", 'e2e/x.e2e.ts'],
    ["import { measureOpen } from '../scripts/bench/open.ts';", 'e2e/x.e2e.ts'],
    ["import { x } from '../../tests/x';", 'scripts/bench/x.ts'],
    ["import { browserSession } from '../e2e/session';", 'scripts/x.ts'],
    ["import { main } from '../scripts/reader-cli';", 'testing/x.ts'],
    ["import { browserSession } from '../e2e/session';", 'testing/x.ts'],
    ["import { x } from '../tests/x';", 'testing/x.ts'],
  ])('keeps the tooling folders apart: %s in %s', async (code, file) => {
    expect(await problems(code, file)).toHaveLength(1);
  });

  it.each([
    ["import { startPageServer } from '../testing/server';", 'lib/x.ts'],
    ["import { fakePort } from '../../testing/fake-port';", 'components/translation/x.ts'],
    ["import { installSpeechStandIn } from '../testing/speech-stand-in';", 'entrypoints/x.ts'],
    ["import { installTestBridge } from '../../testing/test-bridge';", 'entrypoints/reader/x.tsx'],
    ["import { installSpeechStandIn } from '../testing/speech-stand-in';", 'entrypoints/detector.ts'],
    ["import { createStandInBergamotWorker } from '../testing/bergamot-stand-in';", 'utils/x.ts'],
    ["import { installTestBridge } from '../testing/test-bridge';", 'utils/bergamot-host.ts'],
  ])('keeps testing/ out of the shipped layers: %s in %s', async (code, file) => {
    expect(await problems(code, file)).toHaveLength(1);
  });

  it('lets each folder use testing/, a test of a script import that script, and the named __TEST_HOOKS__ branches their module', async () => {
    for (const file of ['tests/x.test.ts', 'e2e/x.e2e.ts', 'scripts/bench/x.ts']) {
      const up = file.startsWith('scripts/bench/') ? '../../' : '../';
      expect(await problems(`import { startPageServer } from '${up}testing/server';`, file)).toEqual([]);
    }
    expect(await problems("import { main } from '../scripts/new-fixture';", 'tests/new-fixture.test.ts')).toEqual([]);
    expect(await problems("import { parseTranslateOptions } from '../scripts/reader-cli-options.ts';", 'tests/reader-cli-options.test.ts')).toEqual([]);
    expect(await problems("import { installTestBridge } from '../testing/test-bridge';", 'entrypoints/detector.ts')).toEqual([]);
    expect(await problems("import type { BergamotTestConfig } from '../../testing/bergamot-stand-in';", 'entrypoints/offscreen/main.ts')).toEqual([]);
    expect(await problems("import { createStandInBergamotWorker } from '../testing/bergamot-stand-in';", 'utils/bergamot-host.ts')).toEqual([]);
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
