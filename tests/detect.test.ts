/**
 * The every-page detector: true for every corpus article and fixture, false for the Naver home page
 * and for pages that are neither Korean nor news; and small enough to inject everywhere.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { detectArticleCandidate } from '../lib/detect';
import { loadPageFile, parseHtml } from '../testing/load-page';
import { readGold } from '../testing/extract-score';

const repoRoot = path.resolve(__dirname, '..');
const corpus = path.resolve(repoRoot, '../shared/corpus/pages');
const corpus2016 = path.resolve(repoRoot, '../shared/corpus/pages-2016');
const fixtures = path.resolve(repoRoot, 'tests/fixtures');

function cases(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => existsSync(path.join(dir, 'source.html')));
}

function check(dir: string): void {
  const gold = readGold(dir);
  const url = gold.url ?? 'https://example.com/';
  const { document } = loadPageFile(path.join(dir, 'source.html'), url);
  const result = detectArticleCandidate(document, url);
  expect(result.candidate, `${path.basename(dir)}: ${result.reason}`).toBe(gold.isArticle);
}

describe('detectArticleCandidate on fixtures', () => {
  for (const dir of cases(fixtures)) it(path.basename(dir), () => check(dir));
});

describe.skipIf(!existsSync(corpus))('detectArticleCandidate on the shared corpus', () => {
  for (const dir of cases(corpus)) it(path.basename(dir), () => check(dir));
});

describe.skipIf(!existsSync(corpus2016))('detectArticleCandidate on the shared corpus, 2016 layouts', () => {
  for (const dir of cases(corpus2016)) it(path.basename(dir), () => check(dir));
});

describe('detectArticleCandidate on pages that are not Korean news', () => {
  it('says no to an English blog post even when it declares an article', () => {
    const doc = parseHtml(
      '<html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Sourdough at home</h1><p>Feed the starter twice a day and keep it warm.</p></article></body></html>',
      'https://blog.example.com/2024/05/sourdough',
    );
    expect(detectArticleCandidate(doc, 'https://blog.example.com/2024/05/sourdough').candidate).toBe(false);
  });

  it('says no to a Korean shop page with no article signals', () => {
    const doc = parseHtml(
      '<html lang="ko"><head><meta property="og:type" content="product"></head><body><h1>무선 청소기</h1><p>오늘 주문하면 내일 도착합니다. 회원 가입 시 할인 쿠폰을 드립니다.</p></body></html>',
      'https://shop.example.co.kr/goods/12345',
    );
    expect(detectArticleCandidate(doc, 'https://shop.example.co.kr/goods/12345').candidate).toBe(false);
  });

  it('says yes to a Korean article found only by its byline and path', () => {
    const doc = parseHtml(
      '<html><head></head><body><h1>시내버스 요금 동결</h1><p>홍길동 기자 | 입력 2024.01.02 09:00</p><p>시는 올해 시내버스 요금을 동결한다고 밝혔다. 물가 부담을 덜기 위한 조치다.</p></body></html>',
      'https://www.example-news.kr/news/articleView.html?idxno=1234',
    );
    expect(detectArticleCandidate(doc, 'https://www.example-news.kr/news/articleView.html?idxno=1234').candidate).toBe(true);
  });
});

describe('detector size', () => {
  it('bundles, with everything it imports, under 15 KB minified', async () => {
    const out = await build({
      entryPoints: [path.join(repoRoot, 'lib/detect.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'browser',
    });
    expect(out.outputFiles[0].contents.byteLength).toBeLessThan(15 * 1024);
  });
});
