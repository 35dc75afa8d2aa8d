/**
 * Body container(s) → paragraph and caption blocks in page order, without touching the page.
 *
 * Korean news bodies come in two shapes, often mixed in one container (docs: Naver `<br><br>`
 * text, Maeil Business `<br>` text with `<p>` mixed in):
 * - text directly in a `div`, paragraphs separated by `<br>` runs (BreakNews, Naver, ND Soft);
 * - one element per paragraph (`<p>`, Hankook Ilbo `p.editor-p`, MK `<p refid>`).
 * A `<br>` outside a paragraph element ends a line and every line is a paragraph: the corpus golds
 * split `2020년 7월 13일<br>한국기자협회` (naver_old_joongang_2020) into two. Inside a `<p>` or a
 * heading a lone `<br>` is a soft wrap and reads as a space; two or more still split.
 */
import type { Block } from '../types';
import { isCaptionElement, isNeverText, hasJunkName } from './boilerplate';
import { normalizeText } from './text';
import { KNOWN_BODY_SELECTOR } from './known-bodies';
import { Checkpoints, runSteps, type Steps } from '../steps';
import { hasSentenceMark } from '../sentences';

export interface BlockRules {
  /** Extra selector for subtrees to skip (an adapter's drop list). */
  drop?: string | null;
  /** Extra selector for caption elements (an adapter's captions). */
  captions?: string | null;
  /** Skip subtrees whose class/id carries a junk word (generic rule; adapters may opt out). */
  dropJunkNames?: boolean;
  /**
   * Skip boxes inside the body that hold a link and no sentence: related-article lists, app and
   * shop promos (generic bodies only; an adapter names its boxes).
   */
  dropLinkBoxes?: boolean;
  /** The page's host: a box linking elsewhere is an ad even when its link is only an image. */
  pageHost?: string | null;
}

const BOX_TAGS = new Set(['DIV', 'UL', 'OL', 'DL', 'TABLE', 'SECTION']);

/** A body box made of links, not prose: a link with text or a link to another host, and no sentence. */
function isLinkBox(el: Element, pageHost: string | null | undefined): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return false;
  let linksOut = false;
  for (let i = 0; i < links.length && !linksOut; i++) {
    if ((links[i].textContent ?? '').trim() !== '') linksOut = true;
    else if (pageHost) {
      const host = /^https?:\/\/([^/?#]+)/i.exec(links[i].getAttribute('href') ?? '')?.[1]?.toLowerCase();
      linksOut = host !== undefined && host !== pageHost && !host.endsWith(`.${pageHost}`) && !pageHost.endsWith(`.${host}`);
    }
  }
  return linksOut && !hasSentenceMark(elementText(el));
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'CAPTION', 'CENTER', 'ADDRESS', 'HR', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY',
]);
/** Elements inside which a single `<br>` is a soft wrap. */
const SOFT_BREAK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class BlockWriter {
  readonly blocks: Block[] = [];
  private buffer = '';
  private brRun = 0;
  softDepth = 0;

  text(value: string): void {
    if (this.brRun > 0 && value.trim() !== '') {
      if (this.brRun === 1 && this.softDepth > 0) this.buffer += ' ';
      else this.flush();
      this.brRun = 0;
    }
    this.buffer += value;
  }

  br(): void {
    this.brRun++;
  }

  flush(): void {
    const text = normalizeText(this.buffer);
    if (text) this.blocks.push({ kind: 'paragraph', text });
    this.buffer = '';
    this.brRun = 0;
  }

  caption(text: string): void {
    this.flush();
    const clean = normalizeText(text);
    if (clean) this.blocks.push({ kind: 'caption', text: clean });
  }
}

/** Text of an element with `<br>` as a space and skipped subtrees left out (captions, summaries). */
export function elementText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const e = child as Element;
        if (e.tagName === 'BR') parts.push(' ');
        else if (!isNeverText(e)) {
          // Block boundaries separate words (`<li>배하린 기자</li><li>입력 …</li>`).
          const block = BLOCK_TAGS.has(e.tagName);
          if (block) parts.push(' ');
          visit(e);
          if (block) parts.push(' ');
        }
      }
    }
  };
  visit(el);
  return normalizeText(parts.join(''));
}

/** Lines of an element split at `<br>` and block boundaries (a deck printed as several lines). */
export function elementLines(el: Element): string[] {
  const writer = new BlockWriter();
  runSteps(walk(el, writer, {}, true, new Checkpoints()));
  writer.flush();
  return writer.blocks.map((b) => b.text);
}

function* walk(node: Node, writer: BlockWriter, rules: BlockRules, hardBreaks: boolean, checkpoints: Checkpoints): Steps<void> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (checkpoints.due()) yield;
    if (child.nodeType === TEXT_NODE) {
      writer.text(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      writer.br();
      continue;
    }
    if (isNeverText(el) || (rules.drop && el.matches(rules.drop))) continue;
    if (isCaptionElement(el) || (rules.captions && el.matches(rules.captions))) {
      writer.caption(elementText(el));
      continue;
    }
    if (rules.dropJunkNames && hasJunkName(el) && !el.matches(KNOWN_BODY_SELECTOR)) continue;
    if (rules.dropLinkBoxes && BOX_TAGS.has(tag) && isLinkBox(el, rules.pageHost)) continue;
    const block = BLOCK_TAGS.has(tag);
    const soft = !hardBreaks && SOFT_BREAK_TAGS.has(tag);
    if (block) writer.flush();
    if (soft) writer.softDepth++;
    yield* walk(el, writer, rules, hardBreaks, checkpoints);
    if (soft) writer.softDepth--;
    if (block) writer.flush();
  }
}

/**
 * Blocks of one or more body roots, in document order. Roots nested in another root are read once,
 * as part of the outer one.
 */
export function collectBlocks(roots: Element[], rules: BlockRules): Block[] {
  return runSteps(collectBlockSteps(roots, rules, new Checkpoints()));
}

/** collectBlocks in steps (lib/steps.ts): a checkpoint every few hundred nodes. */
export function* collectBlockSteps(roots: Element[], rules: BlockRules, checkpoints: Checkpoints): Steps<Block[]> {
  const writer = new BlockWriter();
  const outer = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
  for (const root of outer) {
    if (isCaptionElement(root) || (rules.captions && root.matches(rules.captions))) {
      writer.caption(elementText(root));
      continue;
    }
    writer.flush();
    yield* walk(root, writer, rules, false, checkpoints);
    writer.flush();
  }
  return writer.blocks;
}

export function queryAll(doc: Document, selector: string | undefined): Element[] {
  return selector ? Array.from(doc.querySelectorAll(selector)) : [];
}

export function paragraphChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind === 'paragraph') n += b.text.length;
  return n;
}
