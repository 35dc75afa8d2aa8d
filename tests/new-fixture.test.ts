/** `npm run new-fixture`: a saved page becomes a fixture folder whose expected.json is today's output, for a person to correct. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseNameFor, main, writeFixture } from '../scripts/new-fixture';
import { extractArticle } from '../lib/extract';
import { loadPageFile } from '../testing/load-page';
import { readGold } from '../testing/extract-score';

const source = path.resolve(__dirname, 'fixtures/nate-euckr/source.html');
const url = 'https://news.nate.com/view/20230908n01234';

describe('new-fixture', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hanyeong-fixture-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the page as saved and an expected.json of what the reader reads from it today', () => {
    const root = scratch();
    const dir = writeFixture({ file: source, url, name: 'nate-copy', fixturesDir: root });
    expect(readFileSync(path.join(dir, 'source.html'))).toEqual(readFileSync(source)); // bytes kept: EUC-KR stays EUC-KR
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    expect(expected.origin).toMatch(/NOT YET CHECKED/);
    const got = extractArticle(loadPageFile(source, url).document, url);
    expect(expected).toMatchObject({ url, site: 'nate', isArticle: true, headline: got.headline, authors: got.byline.authors, published: got.byline.published });
    expect(expected.paragraphs).toEqual(got.body.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    expect(expected.paragraphs.length).toBeGreaterThan(2);
    // The fixture tests read it like any other.
    expect(readGold(dir)).toMatchObject({ headline: got.headline, paragraphs: expected.paragraphs, isArticle: true });
  });

  it('names the case from the URL when no name is given', () => {
    expect(caseNameFor('https://www.yna.co.kr/view/AKR20231201012300017')).toBe('yna-co-kr-akr20231201012300017');
    expect(caseNameFor('https://news.naver.com/main/read.nhn?oid=025&aid=0003017071')).toBe('news-naver-com-read-025');
    const root = scratch();
    expect(path.basename(writeFixture({ file: source, url, fixturesDir: root }))).toBe('news-nate-com-20230908n01234');
  });

  it('never overwrites a case without --force, and says why bad input fails', () => {
    const root = scratch();
    writeFixture({ file: source, url, name: 'once', fixturesDir: root });
    expect(() => writeFixture({ file: source, url, name: 'once', fixturesDir: root })).toThrow(/exists/);
    expect(() => writeFixture({ file: source, url, name: 'once', fixturesDir: root, force: true })).not.toThrow();
    expect(() => writeFixture({ file: path.join(root, 'missing.html'), url, fixturesDir: root })).toThrow(/no such file/);
    const binary = path.join(root, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(() => writeFixture({ file: binary, url, fixturesDir: root })).toThrow(/not an HTML page/);
    expect(() => writeFixture({ file: source, url: 'news.nate.com/x', fixturesDir: root })).toThrow(/--url/);
  });

  it('exits 2 with the usage line on a wrong command line', () => {
    const errors: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(main([source])).toBe(2);
      expect(main(['--url'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/usage: npm run new-fixture/);
  });
});
