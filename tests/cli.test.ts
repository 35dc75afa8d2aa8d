/** The command line as users script it: JSON on stdout, one-line errors and non-zero exits on bad input. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = resolve(ROOT, 'tests/fixtures/breaknews-seed/source.html');
const tmp = mkdtempSync(join(tmpdir(), 'hanyeong-cli-'));

function reader(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/reader-cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('reader extract', () => {
  it('prints the seed article as one JSON object in the documented shape', () => {
    const { code, stdout } = reader('extract', SEED, '--url', 'https://dj.breaknews.com/807519');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['isArticle', 'language', 'site', 'headline', 'byline', 'englishSource', 'ko', 'en', 'alignment']));
    expect(out.englishSource).toBe('page');
    expect(out.ko.paragraphs).toHaveLength(5);
    expect(out.en.paragraphs).toHaveLength(5);
    expect(out.alignment.map((l: { ko: number[]; en: number[] }) => [l.ko, l.en])).toEqual([0, 1, 2, 3, 4].map((i) => [[i], [i]]));
  });

  it.each([
    [['extract', join(tmp, 'missing.html')], /^reader: cannot read .*missing\.html: no such file\n$/, 1],
    [['extract', tmp], /it is a folder/, 1],
    [['extract'], /^reader: usage:/, 2],
    [['extract', SEED, '--url'], /--url needs a value/, 2],
    [['explode'], /unknown command "explode"/, 2],
  ])('%j fails with one line on stderr', (args, message, exit) => {
    const { code, stdout, stderr } = reader(...(args as string[]));
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message as RegExp);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses files that are not HTML', () => {
    const png = join(tmp, 'photo.html');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const text = join(tmp, 'notes.html');
    writeFileSync(text, 'just some notes, no markup at all');
    expect(reader('extract', png).stderr).toMatch(/is not an HTML page \(binary data\)/);
    expect(reader('extract', text).stderr).toMatch(/is not an HTML page \(no HTML tags\)/);
  });

  it('says isArticle: false for a page with no article', () => {
    const page = join(tmp, 'home.html');
    writeFileSync(page, '<!doctype html><html lang="ko"><head><title>뉴스 홈</title></head><body><ul><li><a href="/1">속보 하나</a></li><li><a href="/2">속보 둘</a></li></ul></body></html>');
    const { code, stdout } = reader('extract', page);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isArticle).toBe(false);
  });
});

describe('reader align', () => {
  it('aligns two line files, keeping blank lines out of every link', () => {
    const ko = join(tmp, 'ko.txt');
    const en = join(tmp, 'en.txt');
    writeFileSync(ko, '정용래 유성구청장은 31일 대전시청에서 우수정책을 발표했다.\n\n▲ 정용래 유성구청장 © 김정환 기자\n이 정책대회에는 24개 지자체가 참석했다.\n');
    writeFileSync(en, 'Mayor Jung Yong-rae announced excellent policies at Daejeon City Hall on the 31st.\nTwenty-four local governments, 24 in all, took part in the contest.\n');
    const { code, stdout } = reader('align', ko, en);
    expect(code).toBe(0);
    const links = JSON.parse(stdout).alignment.map((l: { ko: number[]; en: number[] }) => [l.ko, l.en]);
    expect(links).toEqual([
      [[0], [0]],
      [[3], [1]],
    ]);
  });

  it('needs two files', () => {
    expect(reader('align', SEED).code).toBe(2);
  });
});

describe('reader words', () => {
  it('prints one entry per line with each word as written, its dictionary form, tag and offsets', () => {
    const file = join(tmp, 'words.txt');
    writeFileSync(file, '정용래 유성구청장은 우수정책을 발표했다.\n\n학생이다 지속될 앞둔\n');
    const { code, stdout } = reader('words', file);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(3);
    expect(out[0].words).toEqual([
      { text: '정용래', lemma: '정용래', pos: 'noun', start: 0, end: 3 },
      { text: '유성구청장은', lemma: '유성구청장', pos: 'noun', start: 4, end: 10 },
      { text: '우수정책을', lemma: '우수정책', pos: 'noun', start: 11, end: 16 },
      { text: '발표했다.', lemma: '발표하다', pos: 'verb', start: 17, end: 22 },
    ]);
    expect(out[1].words).toEqual([]);
    expect(out[2].words.map((w: { lemma: string }) => w.lemma)).toEqual(['학생', '지속되다', '앞두다']);
  });

  it.each([
    [['words', join(tmp, 'missing.txt')], /^reader: cannot read .*missing\.txt: no such file\n$/, 1],
    [['words'], /^reader: usage: /, 2],
  ])('%j fails with a clear message', (args, message, exit) => {
    const { code, stderr, stdout } = reader(...args);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('refuses an empty file', () => {
    const file = join(tmp, 'empty.txt');
    writeFileSync(file, '\n\n');
    const { code, stderr } = reader('words', file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty\.txt has no sentences/);
  });
});

const EXCERPTS = resolve(ROOT, '../shared/corpus/bilingual/breaknews-excerpts.json');

describe.skipIf(!existsSync(EXCERPTS))('reader align on the BreakNews excerpts (shared corpus)', () => {
  const docs: { id: string; ko: string[]; en: string[]; gold: { ko: number[]; en: number[] }[] }[] = existsSync(EXCERPTS) ? JSON.parse(readFileSync(EXCERPTS, 'utf8')) : [];
  it.each(docs.map((d) => [d.id, d] as const))('%s: every gold link and no other', (_id, doc) => {
    const ko = join(tmp, `${doc.id}.ko.txt`);
    const en = join(tmp, `${doc.id}.en.txt`);
    writeFileSync(ko, doc.ko.join('\n') + '\n');
    writeFileSync(en, doc.en.join('\n') + '\n');
    const { code, stdout } = reader('align', ko, en);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).alignment.map(({ ko, en }: { ko: number[]; en: number[] }) => ({ ko, en }))).toEqual(doc.gold);
  });
});
