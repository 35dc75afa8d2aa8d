/**
 * The one shape every site adapter has (one file per site in lib/sites/, registered in
 * lib/sites/index.ts). An adapter only says where things are; lib/extract/ does the work,
 * and falls back to the generic extractor when the adapter's body selector finds nothing (sites
 * redesign; the docs' selectors drift).
 *
 * Every site-specific selector carries a comment naming what it targets; `example` is an article
 * URL of the layout the selectors target, and tests/fixtures/<id>-<case>/ holds a fixture modelled on
 * it. The comment above each `example` says whether it is a real page saved in the repository
 * (../shared/corpus, ../shared/seed) or a made-up URL of the site's shape where there is none.
 */

/** Where a time is printed: an element's text, or one of its attributes (`data-date-time`). */
export interface DateSource {
  selector: string;
  attribute?: string;
}

/**
 * Where a client-rendered page keeps its body in an inline script's embedded state; read by
 * lib/extract/embedded.ts, which knows how.
 */
export interface EmbeddedState {
  /** The variable a script assigns the state to, whose `content_elements` are the body (Arc XP: `Fusion.globalContent`). */
  contentElementsOf?: string;
  /** Keys whose string value is the article's HTML (`contentHtml`). */
  htmlKeys?: readonly string[];
}

export interface SiteAdapter {
  /** Adapter id: the file name, and `Extraction.site`. */
  id: string;
  /** An article URL of the layout the selectors target: a saved real page's where there is one (the comment above it says). */
  example: string;
  /** Does this page belong to the site? URL first; markup only where a CMS is shared by many hosts. */
  matches(url: URL | null, doc: Document): boolean;
  /** Body container(s); every match is read, in document order. */
  body: string;
  /** Headline element. */
  headline?: string;
  /** The site's JSON-LD headline is the clean one (the DOM title carries decoration). */
  headlineFromJsonLd?: boolean;
  subheadline?: string;
  /** Deck/summary printed above the body; never part of the body. */
  summary?: string;
  /** Elements whose text carries reporter names and/or printed dates (`홍길동 기자 | 입력 2024.01.02 09:00`). */
  byline?: string;
  /** Elements that print one reporter's name alone, without `기자` (MBC `span.writer a`, Hankyoreh's reporter link). */
  reporterName?: string;
  published?: DateSource;
  updated?: DateSource;
  /** Caption elements inside the body beyond the generic ones (`figcaption`, `.caption`, `img_desc`). */
  captions?: string;
  /** Subtrees inside the body that are not article text. */
  drop?: string;
  /** Where the body is when the static DOM does not carry it (client-rendered sites), tried before the generic extractor. */
  embeddedState?: EmbeddedState;
}

/** Host is `domain` or a subdomain of it. */
export function hostIs(url: URL | null, ...domains: string[]): boolean {
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
