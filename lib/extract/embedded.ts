/**
 * Body text that is not in the DOM: client-rendered pages ship it in JSON-LD `articleBody` or in
 * their embedded state (Hankook Ilbo's `contentHtml`, Arc XP's `Fusion.globalContent` on
 * chosun.com). Read only when the DOM stages found no body text: where an adapter's
 * `embeddedState` says (the adapter declares where, this module reads), else anywhere a known CMS
 * puts it.
 *
 * HTML inside that JSON is parsed into an inert document (no browsing context: nothing loads, no
 * handler runs) by lib/sanitize.ts's `parseInert`, the one module that may parse markup.
 */
import type { Block } from '../types';
import type { EmbeddedState } from '../sites/adapter';
import { collectBlocks } from './blocks';
import { normalizeText } from './text';
import { parseInert } from '../sanitize';

function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = script.getAttribute('type');
    if (type && !/javascript|json|module/i.test(type)) continue;
    const text = script.textContent ?? '';
    if (text.length > 200) out.push(text);
  }
  return out;
}

/** HTML fragment (from page JSON) → blocks, parsed in an inert document. */
function htmlToBlocks(doc: Document, html: string): Block[] {
  return collectBlocks([parseInert(doc, html)], { dropJunkNames: true });
}

/** Plain text with newlines (JSON-LD `articleBody`) → paragraphs. */
export function textToBlocks(text: string): Block[] {
  return text
    .split(/\s*\n\s*/)
    .map(normalizeText)
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
}

/** The JSON value starting at `start` (an object or array), by bracket matching outside strings. */
function sliceJsonValue(text: string, start: number): string | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

interface ArcElement {
  type?: string;
  content?: string;
  caption?: string;
  items?: { content?: string }[];
}

/** Arc XP (chosun.com): `Fusion.globalContent={…}` with `content_elements` of type text/header/image/list. */
function fromContentElements(doc: Document, script: string, variable: string): Block[] | null {
  const at = script.indexOf(variable);
  if (at < 0) return null;
  const brace = script.indexOf('{', at);
  const json = brace >= 0 ? sliceJsonValue(script, brace) : null;
  if (!json) return null;
  let content: { content_elements?: ArcElement[] };
  try {
    content = JSON.parse(json);
  } catch {
    return null;
  }
  const blocks: Block[] = [];
  for (const el of content.content_elements ?? []) {
    if ((el.type === 'text' || el.type === 'header') && el.content) blocks.push(...htmlToBlocks(doc, el.content));
    else if (el.type === 'image' && el.caption) {
      const caption = normalizeText(el.caption.replace(/<[^>]*>/g, ' '));
      if (caption) blocks.push({ kind: 'caption', text: caption });
    } else if (el.type === 'list') {
      for (const item of el.items ?? []) if (item.content) blocks.push(...htmlToBlocks(doc, item.content));
    }
  }
  return blocks.length ? blocks : null;
}

/**
 * Where pages no adapter knows keep their body: Arc XP's content elements, and the keys under which
 * embedded state carries the article's HTML (Hankook Ilbo: `contentHtml`).
 */
const ANY_EMBEDDED_STATE: EmbeddedState = {
  contentElementsOf: 'Fusion.globalContent',
  htmlKeys: ['contentHtml', 'content_html', 'articleHtml', 'bodyHtml', 'body_html', 'articleContent'],
};

/** A key's string value of 200 characters or more, as JSON writes it. */
const htmlKeyPatterns = new Map<string, RegExp>();
function htmlKeyPattern(keys: readonly string[]): RegExp {
  const name = keys.join('|');
  let pattern = htmlKeyPatterns.get(name);
  if (!pattern) htmlKeyPatterns.set(name, (pattern = new RegExp(`"(${name})"\\s*:\\s*"((?:[^"\\\\]|\\\\.){200,})"`)));
  return pattern;
}

function fromHtmlKey(doc: Document, script: string, keys: readonly string[]): Block[] | null {
  const m = htmlKeyPattern(keys).exec(script);
  if (!m) return null;
  let html: string;
  try {
    html = JSON.parse(`"${m[2]}"`);
  } catch {
    return null;
  }
  const blocks = htmlToBlocks(doc, html);
  return blocks.some((b) => b.kind === 'paragraph') ? blocks : null;
}

/** Embedded-state body where `state` says it is (default: anywhere a known CMS puts it): content elements first, then an HTML-valued key. */
export function embeddedStateBlocks(doc: Document, state: EmbeddedState = ANY_EMBEDDED_STATE): Block[] | null {
  for (const script of inlineScripts(doc)) {
    const blocks =
      (state.contentElementsOf ? fromContentElements(doc, script, state.contentElementsOf) : null) ??
      (state.htmlKeys?.length ? fromHtmlKey(doc, script, state.htmlKeys) : null);
    if (blocks) return blocks;
  }
  return null;
}
