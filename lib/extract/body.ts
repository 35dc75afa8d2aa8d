/**
 * Steps 3–5 of extraction (lib/extract/index.ts), the body: the adapter's body container(s) read
 * into blocks (or the adapter's embedded state), else the generic extractor's best container, else
 * the page's machine-readable body (JSON-LD `articleBody`, embedded state) when the DOM's is missing
 * or much shorter. Also how much of the body is teasers linking elsewhere (a list page).
 */
import type { Block } from '../types';
import type { SiteAdapter } from '../sites/adapter';
import { collectBlockSteps, paragraphChars, queryAll } from './blocks';
import { embeddedStateBlocks, textToBlocks } from './embedded';
import { findBodyCandidateSteps, type BodyCandidate } from './generic';
import { parseUrl, type PageMetadata } from './metadata';
import { normalizeText } from './text';
import type { Checkpoints, Steps } from '../steps';

/** Less body text than this is "no body" (a stub, a list page, or a client-rendered shell). */
export const MIN_BODY_CHARS = 80;


/** Everything the adapter says is not body text, summary and headline included (they are read apart). */
function adapterDrop(adapter: SiteAdapter): string {
  return [adapter.drop, adapter.summary, adapter.subheadline, adapter.headline, adapter.byline, adapter.reporterName]
    .filter(Boolean)
    .join(',');
}

export interface BodyResult {
  blocks: Block[];
  /** Share of the body's paragraphs that are link teasers (each mostly one link's text): a list page. */
  teaserShare: number;
  source: 'adapter' | 'generic' | 'embedded' | 'none';
  candidate: BodyCandidate | null;
}

/** More than this share of teaser paragraphs and the page is a list, not an article. */
/** Fewest teasers a list has: one or two linked lines in an article are a related-links box. */
const MIN_TEASERS = 5;
const TEASER_SAMPLE = 200;

/**
 * Share of the body's paragraphs that are teasers: a paragraph whose text is mostly the text of one
 * link to another page (`<li><a href="/news/123">제목</a> 요약…</li>`). A "latest news" page
 * whose paragraphs are other stories' teasers is not an article, even on a site with an adapter.
 */
function teaserShare(roots: Element[], blocks: Block[]): number {
  // The first paragraphs tell (a list is short; a 3,000-paragraph article need not be walked whole).
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').slice(0, TEASER_SAMPLE);
  if (paragraphs.length < MIN_TEASERS) return 0;
  const linked = new Map<string, number>();
  for (const root of roots) {
    const links = root.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const href = links[i].getAttribute('href') ?? '';
      if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
      const text = normalizeText(links[i].textContent ?? '');
      if (text.length >= 8) linked.set(text, Math.max(linked.get(text) ?? 0, text.length));
    }
  }
  if (linked.size < MIN_TEASERS) return 0;
  let teasers = 0;
  for (const p of paragraphs) {
    for (const [text, length] of linked) {
      if (p.text.includes(text) && length >= p.text.length * 0.5) {
        teasers++;
        break;
      }
    }
  }
  return teasers >= MIN_TEASERS ? teasers / paragraphs.length : 0;
}

export function* extractBody(doc: Document, pageUrl: URL | null, adapter: SiteAdapter | null, meta: PageMetadata, checkpoints: Checkpoints): Steps<BodyResult> {
  // 3. Adapter extraction: the DOM, then the adapter's own embedded source.
  if (adapter) {
    const roots = queryAll(doc, adapter.body);
    if (roots.length) {
      const blocks = yield* collectBlockSteps(roots, { drop: adapterDrop(adapter), captions: adapter.captions, dropJunkNames: true }, checkpoints);
      if (paragraphChars(blocks) >= MIN_BODY_CHARS) return { blocks, source: 'adapter', candidate: null, teaserShare: teaserShare(roots, blocks) };
    }
    const embedded = adapter.embeddedState ? embeddedStateBlocks(doc, adapter.embeddedState) : null;
    if (embedded && paragraphChars(embedded) >= MIN_BODY_CHARS) return { blocks: embedded, source: 'embedded', candidate: null, teaserShare: 0 };
  }
  // 4. Generic fallback.
  const candidate = yield* findBodyCandidateSteps(doc, checkpoints);
  yield;
  // The page's address, not the document's: a snapshot of the page (lib/snapshot.ts) is about:blank.
  const pageHost = pageUrl?.hostname ?? parseUrl(doc.URL)?.hostname ?? null;
  const generic = candidate ? yield* collectBlockSteps([candidate.element], { dropJunkNames: true, dropLinkBoxes: true, pageHost }, checkpoints) : [];
  // 5. Embedded fallback, when what the DOM gave is missing or much shorter than the page's own
  //    machine-readable body (a client-rendered shell's DOM holds only furniture).
  const embedded = (meta.jsonLd?.articleBody ? textToBlocks(meta.jsonLd.articleBody) : null) ?? embeddedStateBlocks(doc);
  const embeddedChars = embedded ? paragraphChars(embedded) : 0;
  if (embedded && embeddedChars >= MIN_BODY_CHARS && paragraphChars(generic) < embeddedChars * 0.6) {
    return { blocks: embedded, source: 'embedded', candidate, teaserShare: 0 };
  }
  if (generic.length) return { blocks: generic, source: 'generic', candidate, teaserShare: candidate ? teaserShare([candidate.element], generic) : 0 };
  return { blocks: [], source: 'none', candidate, teaserShare: 0 };
}
