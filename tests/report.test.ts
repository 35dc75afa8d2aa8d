/** "This page looks wrong": one self-contained report file, built locally, saved by a download. */
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { resolve } from 'node:path';
import { loadPageFile, parseHtml } from '../testing/load-page';
import { readArticle } from '../lib/reader';
import { buildPageReport, pageHtml, parsePageReport, reportFileName } from '../lib/report';
import { ReportButton } from '../components/ReportButton';

const SEED = resolve(import.meta.dirname, 'fixtures/breaknews-seed/source.html');
const URL_ = 'https://dj.breaknews.com/807519';

describe('buildPageReport', () => {
  const { document } = loadPageFile(SEED, URL_);
  const view = readArticle(document, { url: URL_ });
  // The open panel is in the live page: the report leaves it out.
  const panel = document.createElement('div');
  panel.setAttribute('data-hanyeong-reader', '');
  panel.textContent = 'PANEL TEXT';
  document.body.append(panel);
  const file = buildPageReport(document, view.document, { url: URL_, version: '0.1.0', now: new Date('2026-12-01T21:40:00Z') });
  const report = parsePageReport(file.text)!;

  it('holds the page HTML as read, the reader JSON, the address and the version, in one JSON file', () => {
    expect(file.type).toMatch(/^application\/json/);
    expect(file.name).toBe('hanyeong-report-dj.breaknews.com-2026-12-01T21-40-00.json');
    expect(report).toMatchObject({ url: URL_, version: '0.1.0', savedAt: '2026-12-01T21:40:00.000Z' });
    expect(report.reader).toEqual(view.document);
    expect(report.html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Reading the saved HTML again gives the same reader JSON: the file reproduces what the reader saw.
    expect(readArticle(parseHtml(report.html, URL_), { url: URL_ }).document).toEqual(view.document);
  });

  it('leaves the panel out and never changes the page', () => {
    expect(report.html).not.toContain('PANEL TEXT');
    expect(document.querySelector('[data-hanyeong-reader]')).not.toBeNull();
  });

  it('reports a page with no article too, and rejects what is not a report', () => {
    const doc = parseHtml('<html><body><p>목록</p></body></html>', 'https://news.example/list');
    expect(parsePageReport(buildPageReport(doc, null, { url: 'https://news.example/list', version: '0.1.0' }).text)?.reader).toBeNull();
    expect(parsePageReport('{"format":"other"}')).toBeNull();
    expect(parsePageReport('not json')).toBeNull();
    expect(reportFileName('not a url', '2026-12-01T21:40:00.000Z')).toBe('hanyeong-report-page-2026-12-01T21-40-00.json');
    expect(pageHtml(doc)).toBe('<html><head></head><body><p>목록</p></body></html>');
  });
});

describe('ReportButton', () => {
  it('saves the report file when clicked', () => {
    const doc = parseHtml('<!doctype html><html><body><h1>제목</h1><div id="root"></div></body></html>', URL_);
    const saved: { name: string; text: string; type: string }[] = [];
    const globals = globalThis as unknown as { document?: Document };
    const before = globals.document;
    globals.document = doc; // preact creates elements through the global document
    try {
      render(h(ReportButton, { reader: null, version: '0.1.0', label: 'This page looks wrong', title: 't', doc, saveFile: (file) => saved.push(file) }), doc.getElementById('root')!);
      (doc.querySelector('[data-action=report-page]') as HTMLButtonElement).click();
    } finally {
      globals.document = before;
    }
    expect(saved.map((file) => [file.name, file.type])).toEqual([[expect.stringMatching(/^hanyeong-report-dj\.breaknews\.com-.*\.json$/), expect.stringContaining('application/json')]]);
    expect(parsePageReport(saved[0].text)).toMatchObject({ url: URL_, version: '0.1.0', reader: null });
    expect(parsePageReport(saved[0].text)?.html).toContain('<h1>제목</h1>');
  });
});
