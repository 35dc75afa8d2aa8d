/**
 * The generic extractor: find the element that holds the article body on a page no adapter knows
 * (or whose adapter's selectors no longer match after a redesign).
 *
 * Like Mozilla Readability's `grabArticle`, text blocks are scored and their scores handed to the
 * containers above them; unlike it, the text is read in one TreeWalker pass over text nodes
 * (`textContent`-level reads only: no `innerText`, no computed style, nothing that forces layout),
 * and the scoring knows Korean news:
 * - a `div` whose own text is split by `<br>` runs is a paragraph container (Naver, BreakNews), not
 *   a paragraph;
 * - sentence ends count (`…했다.`, `…"라고 말했다.`), link text does not;
 * - class/id words mark furniture as whole words (`ad` in `end-ad-container`, not in `adopseo`);
 * - the docs' shared body selectors (`[itemprop=articleBody]`, `#article-view-content-div`, …) get a
 *   bonus, not a free pass.
 */
import { hasJunkName, isNeverText } from './boilerplate';
import { KNOWN_BODY_SELECTOR } from './known-bodies';
import { countHangul } from '../text-stats';
import { countSentenceMarks } from '../sentences';
import type { Checkpoints, Steps } from '../steps';

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/** Elements that hold paragraphs; their own text is a paragraph run of its own. */
const CONTAINER_TAGS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN', 'TD', 'BODY', 'FORM', 'CENTER']);
/** Elements that are one paragraph: their score goes to the container above. */
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TH']);
/** Names that usually mean article text (whole words). */
const POSITIVE_WORDS = /(^|[\s_-])(article|articles|body|content|contents|news|view|text|txt|story|cont|detail|read|entry|post|dic|gisa|bon|main)($|[\s_-]|\d)/i;

interface Stats {
  /** Text length under the element (all text nodes). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Score handed up from paragraphs. */
  score: number;
}

export interface BodyCandidate {
  element: Element;
  score: number;
  textLength: number;
  linkDensity: number;
}


function blockParentOf(node: Node, root: Element): { block: Element; inLink: boolean } {
  let el = node.parentElement as Element;
  let inLink = false;
  while (el !== root && el.parentElement) {
    if (el.tagName === 'A') inLink = true;
    if (CONTAINER_TAGS.has(el.tagName) || PARAGRAPH_TAGS.has(el.tagName)) break;
    el = el.parentElement;
  }
  return { block: el, inLink };
}

function nameWeight(el: Element): number {
  let weight = 1;
  const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (POSITIVE_WORDS.test(name)) weight *= 1.3;
  const known = el.matches(KNOWN_BODY_SELECTOR);
  if (hasJunkName(el) && !known) weight *= 0.3;
  if (known) weight *= 2;
  return weight;
}

/** Skip a subtree in the walk: never-text elements, and furniture-named ones (not big page wrappers). */
function skipSubtree(el: Element): boolean {
  if (isNeverText(el)) return true;
  if (el.tagName === 'MAIN' || el.tagName === 'ARTICLE') return false;
  const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
  // YTN's and thebigdata's body id `CmAdContent` reads as "cm ad content": a known body is never furniture.
  return hasJunkName(el) && !POSITIVE_WORDS.test(name) && !el.matches(KNOWN_BODY_SELECTOR);
}

/** The best-scoring container of the page's text, in steps (lib/steps.ts). */
export function* findBodyCandidateSteps(doc: Document, checkpoints: Checkpoints): Steps<BodyCandidate | null> {
  const root = doc.body;
  if (!root) return null;
  const stats = new Map<Element, Stats>();
  const statsOf = (el: Element): Stats => {
    let s = stats.get(el);
    if (!s) stats.set(el, (s = { text: 0, link: 0, score: 0 }));
    return s;
  };
  /** Per paragraph-ish block: own text, sentence ends, Hangul. */
  const blockText = new Map<Element, string[]>();

  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (checkpoints.due()) yield;
    if (node.nodeType !== TEXT_NODE) {
      if (skipSubtree(node as Element)) {
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      node = walker.nextNode();
      continue;
    }
    const value = node.nodeValue ?? '';
    const length = value.trim().length;
    if (length > 0) {
      const { block, inLink } = blockParentOf(node, root);
      for (let el: Element | null = node.parentElement; el; el = el.parentElement) {
        const s = statsOf(el);
        s.text += length;
        if (inLink) s.link += length;
        if (el === root) break;
      }
      if (!inLink) {
        const parts = blockText.get(block);
        if (parts) parts.push(value);
        else blockText.set(block, [value]);
      }
    }
    node = walker.nextNode();
  }

  for (const [block, parts] of blockText) {
    if (checkpoints.due()) yield;
    const text = parts.join(' ').trim();
    if (text.length < 25) continue;
    const sentences = countSentenceMarks(text);
    const hangul = countHangul(text);
    // One point per paragraph, one per sentence end, one per 100 characters (capped per paragraph
    // element, uncapped for a `<br>` container whose own text is many paragraphs), and a little for
    // Hangul so that Korean prose beats English navigation of the same length.
    const isContainer = CONTAINER_TAGS.has(block.tagName);
    const lengthPoints = isContainer ? text.length / 100 : Math.min(text.length / 100, 3);
    const score = 1 + sentences + lengthPoints + Math.min(hangul / 200, 2);
    const container = isContainer ? block : block.parentElement;
    if (!container) continue;
    statsOf(container).score += score;
    const parent = container.parentElement;
    if (parent) {
      statsOf(parent).score += score / 2;
      if (parent.parentElement) statsOf(parent.parentElement).score += score / 6;
    }
  }

  let best: BodyCandidate | null = null;
  for (const [el, s] of stats) {
    if (checkpoints.due()) yield;
    if (s.score === 0 || el === root) continue;
    const linkDensity = s.text === 0 ? 0 : s.link / s.text;
    const score = s.score * (1 - linkDensity) * nameWeight(el);
    if (!best || score > best.score) best = { element: el, score, textLength: s.text, linkDensity };
  }
  return best;
}
