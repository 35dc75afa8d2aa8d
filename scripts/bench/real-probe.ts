/**
 * Injected into each served page by `npm run bench:real` (bundled by testing/bundle-probe.ts):
 * Mozilla Readability on a clone of the live document, so its figures come from the same page in
 * the same browser run as the panel's.
 */
import { Readability } from '@mozilla/readability';

(globalThis as unknown as { __hanyeongReadability: () => unknown }).__hanyeongReadability = () => {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed ? { title: parsed.title ?? null, byline: parsed.byline ?? null, text: parsed.textContent ?? '' } : null;
};
