/**
 * "This page looks wrong": one self-contained file a reader can attach to a report, built
 * from what the reader had: the page's HTML as the reader saw it (the live document, serialized,
 * without the reader's own panel), the reader's JSON for it, the page's address and the extension's
 * version. Pure: nothing is sent anywhere; the panel hands the text to a download
 * (components/ReportButton.tsx), and the person decides what to do with the file.
 */
import type { ReaderDocument } from './types';
import { PANEL_HOST_ATTRIBUTE } from './protocol';

const REPORT_FORMAT = 'hanyeong-reader-page-report/1';
/** The panel's host element (README "Automation contract"), left out of the saved page. */
const PANEL_HOST = `[${PANEL_HOST_ATTRIBUTE}]`;

export interface PageReport {
  format: typeof REPORT_FORMAT;
  url: string;
  /** The extension's version (manifest). */
  version: string;
  /** When the report was made, ISO 8601. */
  savedAt: string;
  /** The page's declared charset as the browser decoded it (document.characterSet). */
  charset: string;
  /** What the reader extracted: the same JSON as `npm run reader -- extract` prints. */
  reader: ReaderDocument | null;
  /** The page's HTML as the reader read it (doctype and <html> element, panel left out). */
  html: string;
}

export interface ReportFile {
  name: string;
  type: string;
  text: string;
}

/** `<!DOCTYPE html>` as the document has it, or nothing. */
function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const ids = type.publicId ? ` PUBLIC "${type.publicId}"${type.systemId ? ` "${type.systemId}"` : ''}` : type.systemId ? ` SYSTEM "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${ids}>\n`;
}

/** The live document's markup without the reader's panel; the page is never changed (a clone is). */
export function pageHtml(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const panel of Array.from(root.querySelectorAll(PANEL_HOST))) panel.remove();
  return doctypeOf(doc) + root.outerHTML;
}

/** `hanyeong-report-news.example-2026-12-01T21-40-00.json`: the site and the time, characters file systems accept. */
export function reportFileName(url: string, savedAt: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // not a URL: keep "page"
  }
  const stamp = savedAt.slice(0, 19).replace(/:/g, '-');
  return `hanyeong-report-${host}-${stamp}.json`.replace(/[^\w.-]+/g, '-');
}

export function buildPageReport(doc: Document, reader: ReaderDocument | null, options: { url: string; version: string; now?: Date }): ReportFile {
  const savedAt = (options.now ?? new Date()).toISOString();
  const report: PageReport = {
    format: REPORT_FORMAT,
    url: options.url,
    version: options.version,
    savedAt,
    charset: doc.characterSet || 'UTF-8',
    reader,
    html: pageHtml(doc),
  };
  return { name: reportFileName(options.url, savedAt), type: 'application/json;charset=utf-8', text: `${JSON.stringify(report, null, 2)}\n` };
}

/** Reads a report file back (for whoever receives one, and the tests); null when it is not one. */
export function parsePageReport(text: string): PageReport | null {
  try {
    const value = JSON.parse(text) as Partial<PageReport>;
    return value && value.format === REPORT_FORMAT && typeof value.html === 'string' && typeof value.url === 'string' ? (value as PageReport) : null;
  } catch {
    return null;
  }
}
