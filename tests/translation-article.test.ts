/**
 * A translated article is the article (components/translation/translated-article.ts): what the copy
 * button, both exports and read-aloud use holds the translations that arrived, merged exactly as the
 * CLI's withTranslations merges them; rows still on their way stay one-sided.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadPageFile } from '../testing/load-page';
import { readArticle } from '../lib/reader';
import { translationUnits, withTranslations } from '../lib/translated-view';
import { exportArticle } from '../lib/export';
import { readingQueue } from '../components/panel/read-aloud';
import { translatedArticle } from '../components/translation/translated-article';
import { initialTranslationState, translationReducer, type TranslationAction, type TranslationState } from '../components/translation/translation-state';

const URL = 'https://n.news.naver.com/mnews/article/001/0014700001';
const view = readArticle(loadPageFile(resolve(import.meta.dirname, 'fixtures/naver-current/source.html'), URL).document, { url: URL });
const units = translationUnits(view.rows, 'ko');
const english = (text: string) => `EN(${text.slice(0, 12)})`;

function translated(upTo: number): TranslationState {
  const actions: TranslationAction[] = [{ type: 'queue', engine: 'libretranslate', rows: units.map((u) => u.row) }];
  for (const unit of units.slice(0, upTo)) actions.push({ type: 'result', row: unit.row, text: english(unit.text) });
  return actions.reduce(translationReducer, initialTranslationState('en', units.map((u) => u.row)));
}

describe('the translated article', () => {
  it('is the article with nothing translated yet', () => {
    expect(translatedArticle(view, translated(0), 'ko')).toBe(view);
    expect(exportArticle(view, 'markdown')).not.toContain('EN(');
  });

  it("is what the CLI's withTranslations makes of the same translations", () => {
    const done = translatedArticle(view, translated(units.length), 'ko');
    const cli = withTranslations(view, 'libretranslate', 'ko', new Map(units.map((u) => [u.row, english(u.text)])));
    expect(done).toEqual(cli);
    expect(done.document.englishSource).toBe('libretranslate');
  });

  it('exports Markdown and text with the English after each Korean paragraph, the English headline under the Korean one', () => {
    const done = translatedArticle(view, translated(units.length), 'ko');
    for (const format of ['markdown', 'text'] as const) {
      const file = exportArticle(done, format);
      let at = 0;
      for (const unit of units.slice(1)) {
        const ko = file.indexOf(format === 'markdown' ? unit.text.slice(0, 10) : unit.text, at);
        const en = file.indexOf(english(unit.text), ko);
        expect(ko, `Korean of row ${unit.row}`).toBeGreaterThanOrEqual(at);
        expect(en, `English of row ${unit.row} after its Korean`).toBeGreaterThan(ko);
        at = en;
      }
      expect(file.split('\n')[2]).toBe(format === 'markdown' ? `# ${english(units[0].text)}` : english(units[0].text));
    }
  });

  it('reads aloud the English of a translated pair, and nothing for a pair still on its way', () => {
    const partly = translatedArticle(view, translated(2), 'ko');
    const [, first, second] = units;
    expect(readingQueue(partly.rows, first.row, 'en', 'pair').map((piece) => piece.text).join(' ')).toBe(english(first.text));
    expect(readingQueue(partly.rows, second.row, 'en', 'pair')).toEqual([]);
    expect(readingQueue(view.rows, first.row, 'en', 'pair')).toEqual([]);
  });
});
