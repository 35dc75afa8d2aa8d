/**
 * The real pages the benchmarks and the parity e2e read: the shared corpus (pages/ and pages-2016/, publishers' pages, read in place, never
 * copied; skipped when the folder is absent) and the team's fixtures. Each is served on loopback as
 * raw bytes, so the browser decodes it from its own <meta> as the live site would; `url` is the
 * page's own address (gold.json / expected.json), handed to detect and extract as the content
 * script hands them `location.href`, since adapters and the detector look at the host and path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchPage {
  name: string;
  /** source.html on disk. */
  file: string;
  /** The address the page was saved from. */
  url: string;
}

function pagesIn(folder: string, metaFile: string, prefix: string): BenchPage[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name))
    .filter((dir) => existsSync(path.join(dir, 'source.html')) && existsSync(path.join(dir, metaFile)))
    .map((dir) => {
      const meta = JSON.parse(readFileSync(path.join(dir, metaFile), 'utf8')) as { url?: string };
      return { name: prefix + path.basename(dir), file: path.join(dir, 'source.html'), url: meta.url ?? 'about:blank' };
    });
}

export function benchPages(repoRoot: string, sharedCorpus: string): BenchPage[] {
  return [
    ...pagesIn(path.join(sharedCorpus, 'pages'), 'gold.json', 'corpus/'),
    ...pagesIn(path.join(sharedCorpus, 'pages-2016'), 'gold.json', 'corpus-2016/'),
    ...pagesIn(path.join(repoRoot, 'tests/fixtures'), 'expected.json', 'fixture/'),
  ];
}
