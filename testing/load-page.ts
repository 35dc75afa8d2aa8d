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

/**
 * A browser parses with scripting enabled, where <noscript> holds its markup as text; jsdom, not
 * running scripts, parses that markup into elements (an <h1>, an <img alt> or a JSON-LD block the
 * panel never sees). Each <noscript> gets its markup back as one text node, as the browser has it.
 * (One difference is left: a <noscript> in <head> holding body markup ends the head early in jsdom.)
 */
function noscriptAsText(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('noscript'))) {
    if (element.children.length > 0) element.textContent = element.innerHTML;
  }
}

export function parseHtml(html: string, url?: string | null): Document {
  const dom = new JSDOM(html, { url: url ?? 'about:blank', virtualConsole: quiet, contentType: 'text/html' });
  noscriptAsText(dom.window.document);
  return dom.window.document;
}

export function loadPageBytes(bytes: Uint8Array, url?: string | null): LoadedPage {
  const { text, charset } = decodeHtmlBytes(bytes);
  return { document: parseHtml(text, url), charset, html: text };
}

export function loadPageFile(path: string, url?: string | null): LoadedPage {
  return loadPageBytes(readFileSync(path), url);
}
