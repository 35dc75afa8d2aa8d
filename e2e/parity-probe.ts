/**
 * Injected into a served page by the parity e2e (bundled by testing/bundle-probe.ts): the reader's
 * JSON for the live document, computed in the page by the same lib/reader pipeline the content
 * script runs, for the fields the panel does not print one by one (authors, dates). Run before the
 * panel opens, so its host element is not part of what it reads.
 */
import { readArticle } from '../lib/reader';

(globalThis as unknown as { __hanyeongParity: () => unknown }).__hanyeongParity = () => readArticle(document, { url: location.href }).document;
