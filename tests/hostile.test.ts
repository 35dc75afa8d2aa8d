/**
 * Hostile pages through the whole pipeline (readArticle), in Node: escaped markup in the headline,
 * byline, captions, body, meta tags and JSON-LD comes out as the text it is; markup in attributes,
 * noscript and template never becomes reading text; nothing runs while a page that runs scripts is
 * read; broken markup and a 3,000-paragraph article are read whole. The same pages go through real
 * browsers in e2e/hostile.scenarios.ts.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../testing/load-page';
import { readArticle, type ReaderView } from '../lib/reader';
import { ARTICLE_PARAGRAPHS, PAYLOADS, hostilePages, longArticle, malformedArticle } from '../testing/hostile-pages';

const ORIGIN = 'http://127.0.0.1:8000';
const rowTexts = (view: ReaderView) => view.rows.flatMap((r) => [...r.ko, ...r.en].map((t) => t.text));

describe('hostile pages read as text', () => {
  const [article, jsonLd, state] = hostilePages();

  it('carries every payload in every place it is tried', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(18);
    expect(article.payloads).toBe(PAYLOADS.length * 4 - 1 + 8);
    expect(jsonLd.payloads).toBe(PAYLOADS.length);
    expect(state.payloads).toBe(PAYLOADS.length);
  });

  it('shows escaped markup in the headline, byline, caption and body as the text it is', () => {
    const view = readArticle(parseHtml(article.html, ORIGIN + article.path), { url: ORIGIN + article.path });
    expect(view.document.isArticle).toBe(true);
    const texts = rowTexts(view);
    for (const payload of article.shownAsText) expect(texts.some((t) => t.includes(payload)), payload).toBe(true);
    expect(view.document.headline.ko).toContain('<img src=x onerror="window.__pwned=1;');
    // The byline row shows names, roles and times only: markup printed in the byline line is left out, as other furniture is.
    expect(view.document.byline.ko).toBe('김하늘 기자 · 입력 2025.06.03 10:00');
    expect(view.rows.find((r) => r.kind === 'caption')?.ko[0].text).toContain('<svg><style><img src=x onerror=');
  });

  it('never turns attribute values into reading text', () => {
    const view = readArticle(parseHtml(article.html, ORIGIN + article.path), { url: ORIGIN + article.path });
    expect(rowTexts(view).filter((t) => t.includes('/pwned?attribute-'))).toEqual([]);
  });

  it('reads JSON-LD articleBody with markup in it as text', () => {
    const view = readArticle(parseHtml(jsonLd.html, ORIGIN + jsonLd.path), { url: ORIGIN + jsonLd.path });
    const texts = rowTexts(view);
    expect(view.document.isArticle).toBe(true);
    for (const p of PAYLOADS) expect(texts.some((t) => t.includes(p.markup(`jsonld-body-${p.name}`))), p.name).toBe(true);
  });

  it('reads HTML from embedded state in an inert document: its paragraphs arrive, its payloads run nothing', async () => {
    const virtualConsole = new VirtualConsole();
    const dom = new JSDOM(state.html, { url: ORIGIN + state.path, runScripts: 'dangerously', virtualConsole });
    const win = dom.window as unknown as Window & { __pwned?: number; __APP_STATE__?: unknown };
    // The page's own script ran (the page is live), and the payloads in its state did not.
    expect(win.__APP_STATE__).toBeDefined();
    const view = readArticle(win.document, { url: ORIGIN + state.path });
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__pwned).toBeUndefined();
    expect(view.document.ko.paragraphs).toEqual(expect.arrayContaining(ARTICLE_PARAGRAPHS));
    expect(rowTexts(view).join('\n')).not.toMatch(/__pwned/);
  });
});

describe('broken and enormous pages', () => {
  it('reads an article out of malformed HTML', () => {
    const view = readArticle(parseHtml(malformedArticle(), `${ORIGIN}/news/articleView.html`), { url: `${ORIGIN}/news/articleView.html` });
    expect(view.document.isArticle).toBe(true);
    expect(view.document.ko.paragraphs).toEqual(ARTICLE_PARAGRAPHS);
  });

  it('reads all 3,000 paragraphs of a long article, in order', () => {
    const view = readArticle(parseHtml(longArticle(3000), `${ORIGIN}/news/articleView.html`), { url: `${ORIGIN}/news/articleView.html` });
    const body = view.rows.filter((r) => r.kind === 'body');
    expect(body).toHaveLength(3000);
    expect(body[2999].ko[0].text).toMatch(/^3000\. /);
  });
});
