/**
 * lib/snapshot.ts and lib/steps.ts (pages at the limit): the bounded copy the reader reads
 * from, the read made again when the page was caught with its article emptied, and reading in
 * slices giving what reading at once gives.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { longArticle, rewritingArticle } from '../testing/hostile-pages';
import { readArticle, readArticleInSlices } from '../lib/reader';
import { readStable, snapshotOf } from '../lib/snapshot';

const URL = 'https://news.example.co.kr/news/articleView.html?idxno=1';
const pageOf = (html: string) => new JSDOM(html, { url: URL }).window.document;
const bodyNumbers = (doc: Document) => Array.from(doc.querySelectorAll('.article-body p'), (p) => Number(/^(\d+)\./.exec(p.textContent ?? '')?.[1]));

describe('snapshotOf', () => {
  it('copies a page that fits whole, into a document the page cannot change', () => {
    const page = pageOf(longArticle(50));
    const { document: copy, cut } = snapshotOf(page);
    expect(cut).toBe(false);
    expect(copy.documentElement.outerHTML).toBe(page.documentElement.outerHTML);
    page.querySelector('.article-body')!.replaceChildren();
    expect(bodyNumbers(copy)).toHaveLength(50);
    expect(copy.defaultView).toBeNull();
  });

  it('copies a longer page up to the element budget, in document order, and says it was cut', () => {
    const page = pageOf(longArticle(500));
    const { document: copy, cut } = snapshotOf(page, 100);
    expect(cut).toBe(true);
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(100);
    // The head, the headline and byline, then the body's first paragraphs, none skipped.
    expect(copy.title).toBe(page.title);
    expect(copy.querySelector('h1')?.textContent).toBe(page.querySelector('h1')?.textContent);
    const numbers = bodyNumbers(copy);
    expect(numbers.length).toBeGreaterThan(80);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('copies a page up to the whole-page limit whole, and a longer one up to the cut', () => {
    expect(snapshotOf(pageOf(longArticle(500)), 1000, 100).cut).toBe(false);
    const { document: copy, cut } = snapshotOf(pageOf(longArticle(2000)), 1000, 100);
    expect(cut).toBe(true);
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(100);
  });
});

describe('readArticleInSlices', () => {
  it('gives what reading at once gives, pausing between slices', async () => {
    const page = pageOf(longArticle(3000));
    let pauses = 0;
    const sliced = await readArticleInSlices(page, { url: URL }, async () => void pauses++);
    expect(sliced).toEqual(readArticle(page, { url: URL }));
    expect(pauses).toBeGreaterThan(0);
  });
});

describe('readStable', () => {
  it('reads a page with an article, from a copy', async () => {
    const page = pageOf(longArticle(20));
    const { view, cut } = await readStable(page, { url: URL }, async () => {});
    expect(cut).toBe(false);
    expect(view.document.ko.paragraphs).toHaveLength(20);
  });

  it('reads again at the next change when the page was caught with its article emptied', async () => {
    const page = pageOf(rewritingArticle(20, 'refill').replace(/<script>[\s\S]*<\/script>/, ''));
    const body = page.querySelector('.article-body')!;
    const paragraphs = Array.from(body.childNodes);
    body.replaceChildren();
    setTimeout(() => body.append(...paragraphs), 100);
    const { view } = await readStable(page, { url: URL }, async () => {});
    expect(view.document.isArticle).toBe(true);
    expect(view.document.ko.paragraphs).toHaveLength(20);
  });

  it('answers "no article" for a page that holds still without one', async () => {
    const page = pageOf('<!doctype html><html lang="ko"><head><title>목록</title></head><body><p>짧은 글</p></body></html>');
    const started = Date.now();
    const { view } = await readStable(page, { url: URL }, async () => {});
    expect(view.document.isArticle).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
