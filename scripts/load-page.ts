/**
 * Node-side page loading for the CLI, the benchmarks and the tests: bytes → decoded text → a DOM
 * Document (jsdom, an HTML5-conformant parser, so Node sees the same tree a browser builds).
 * Scripts never run: jsdom's default is not to execute them.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../lib/charset';

export interface LoadedPage {
  document: Document;
  charset: string;
  html: string;
}

const quiet = new VirtualConsole();

export function parseHtml(html: string, url?: string | null): Document {
  const dom = new JSDOM(html, { url: url ?? 'about:blank', virtualConsole: quiet, contentType: 'text/html' });
  return dom.window.document;
}

export function loadPageBytes(bytes: Uint8Array, url?: string | null): LoadedPage {
  const { text, charset } = decodeHtmlBytes(bytes);
  return { document: parseHtml(text, url), charset, html: text };
}

export function loadPageFile(path: string, url?: string | null): LoadedPage {
  return loadPageBytes(readFileSync(path), url);
}
