import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { exportArticle, escapeMarkdown } from '../lib/export';
import { readArticle } from '../lib/reader';
import { loadPageFile } from '../testing/load-page';

const url = 'https://dj.breaknews.com/807519';
const view = readArticle(loadPageFile(resolve(import.meta.dirname, 'fixtures/breaknews-seed/source.html'), url).document, { url });

describe('exportArticle', () => {
  it('writes Markdown with both headlines, bylines, the URL, and every pair in order', () => {
    const md = exportArticle(view, 'markdown');
    const lines = md.split('\n\n');
    expect(lines[0]).toBe('# 정용래 유성구청장, 참좋은지방자치정책대회 우수정책 발표…');
    expect(lines[1]).toMatch(/^# Jung Yong-rae, Mayor of Yuseong-gu/);
    expect(lines[2]).toBe('김정환 기자 \\| 기사입력 2021/05/31 \\[16:43\\]  \nReporter Jeong-Hwan KIM');
    expect(lines[3]).toBe(`<${url}>`);
    expect(md.match(/^---$/gm)).toHaveLength(5);
    expect(md).toContain('> ▲ 정용래 유성구청장');
    const first = md.indexOf('정용래 유성구청장은 31일');
    expect(first).toBeGreaterThan(0);
    expect(md.indexOf('Yong-rae Jeong, Mayor of Yuseong-gu, participated')).toBeGreaterThan(first);
    expect(md).not.toContain('아래는 위 기사를');
  });

  it('puts English first when English leads, and writes plain text unescaped', () => {
    const text = exportArticle(view, 'text', ['en', 'ko']);
    expect(text.startsWith('Jung Yong-rae, Mayor of Yuseong-gu')).toBe(true);
    expect(text).toContain('김정환 기자 | 기사입력 2021/05/31 [16:43]');
    expect(text.indexOf('Yong-rae Jeong, Mayor')).toBeLessThan(text.indexOf('정용래 유성구청장은 31일'));
  });

  it('escapes Markdown in page text so it stays text', () => {
    expect(escapeMarkdown('[link](javascript:x) *bold* <img src=x>')).toBe('\\[link\\](javascript:x) \\*bold\\* \\<img src=x\\>');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});
