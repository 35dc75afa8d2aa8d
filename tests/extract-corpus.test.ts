/**
 * Extraction on the shared corpus of real saved pages (read from ../shared, never copied here;
 * skipped when the folder is absent; pages/ and pages-2016/), against the targets: mean body token F1 ≥ 0.98, ≥ 85% of
 * pages at F1 ≥ 0.98, every headline exact, authors and dates ≥ 95%, no non-article called one.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract';
import type { Extraction } from '../lib/types';
import { loadPageFile } from '../testing/load-page';
import { authorsMatch, dateMatches, goldBody, headlineMatches, readGold, snippetsPass, tokenScore, type Gold } from '../testing/extract-score';

const repoRoot = path.resolve(__dirname, '..');
/** The shared corpus's page folders (pages/, and pages-2016/ when it is there): read in place, never copied. */
const folders = ['pages', 'pages-2016'].map((f) => path.resolve(repoRoot, '../shared/corpus', f)).filter((f) => existsSync(f));
const corpus = folders[0] ?? path.resolve(repoRoot, '../shared/corpus/pages');

describe.skipIf(!existsSync(corpus))('extractArticle on the shared corpus', () => {
  const pages: { name: string; gold: Gold; got: Extraction; body: string }[] = [];
  for (const dir of folders.flatMap((folder) => readdirSync(folder).sort().map((name) => path.join(folder, name)))) {
    const name = path.basename(dir);
    if (!existsSync(path.join(dir, 'source.html'))) continue;
    const gold = readGold(dir);
    const { document } = loadPageFile(path.join(dir, 'source.html'), gold.url);
    const got = extractArticle(document, gold.url);
    const body = got.body.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
    pages.push({ name, gold, got, body });
  }
  const articles = pages.filter((p) => p.gold.isArticle);
  const scored = articles.filter((p) => goldBody(p.gold) !== null).map((p) => ({ name: p.name, ...tokenScore(p.body, goldBody(p.gold) as string) }));

  it('reads the corpus', () => {
    expect(articles.length).toBeGreaterThan(5);
  });

  it('mean body F1 ≥ 0.98 and ≥ 85% of pages at F1 ≥ 0.98', () => {
    const mean = scored.reduce((a, s) => a + s.f1, 0) / scored.length;
    const near = scored.filter((s) => s.f1 >= 0.98).length / scored.length;
    expect(mean, JSON.stringify(scored.map((s) => [s.name, s.f1.toFixed(3)]))).toBeGreaterThanOrEqual(0.98);
    expect(near).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps every "with" snippet and no "without" one', () => {
    for (const p of articles.filter((a) => a.gold.with)) expect(snippetsPass(p.gold, p.body), p.name).toBe(true);
  });

  it('gets every headline exactly', () => {
    for (const p of articles) expect(headlineMatches(p.got.headline, p.gold.headline), `${p.name}: ${p.got.headline}`).toBe(true);
  });

  it('gets authors and published dates on ≥ 95% of articles', () => {
    const authors = articles.filter((p) => authorsMatch(p.got.byline.authors, p.gold.authors)).length / articles.length;
    const dates = articles.filter((p) => dateMatches(p.got.byline.published, p.gold.published)).length / articles.length;
    expect(authors).toBeGreaterThanOrEqual(0.95);
    expect(dates).toBeGreaterThanOrEqual(0.95);
  });

  it('calls every article an article and no non-article one', () => {
    for (const p of pages) expect(p.got.isArticle, p.name).toBe(p.gold.isArticle);
  });

  it('says which language the article is in', () => {
    for (const p of articles) expect(p.got.language, p.name).toBe(p.name.startsWith('kbsworld') ? 'en' : 'ko');
  });
});
