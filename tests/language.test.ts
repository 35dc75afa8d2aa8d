/**
 * lib/language.ts decides a mixed paragraph by the script that occurs most, with franc-min's own
 * expressions, instead of calling franc-min (whose 82-language trigram tables, built at start-up,
 * were the reader bundle's long task). Restricted to Korean and English, franc-min decides by that
 * step alone: this checks the two give the same answer on every NTREX-128 line, every paragraph of
 * the corpus pages' gold, and made-up mixed lines, so the split's figures cannot move.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { franc } from 'franc-min';
import { paragraphLanguage, type ParagraphLanguage } from '../lib/language';
import { countHangul, countLatinLetters } from '../lib/text-stats';

/** The paragraph language as it was decided with franc-min itself. */
function withFranc(text: string): ParagraphLanguage {
  const hangul = countHangul(text);
  const latin = countLatinLetters(text);
  if (hangul === 0 && latin === 0) return 'und';
  if (latin === 0) return 'ko';
  if (hangul === 0) return 'en';
  const code = franc(text, { only: ['kor', 'eng'], minLength: 1 });
  if (code === 'kor') return 'ko';
  if (code === 'eng') return hangul * 3 > latin ? 'ko' : 'en';
  return 'und';
}

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');

function corpusLines(): string[] {
  if (!existsSync(SHARED)) return [];
  const lines: string[] = [];
  const ntrex = join(SHARED, 'bilingual/ntrex128');
  for (const file of ['newstest2019-ref.kor.txt', 'newstest2019-src.eng.txt']) {
    if (existsSync(join(ntrex, file))) lines.push(...readFileSync(join(ntrex, file), 'utf8').split('\n').filter(Boolean));
  }
  for (const folder of ['pages', 'pages-2016']) {
    for (const page of readdirSync(join(SHARED, folder))) {
      const gold = join(SHARED, folder, page, 'gold.json');
      if (!existsSync(gold)) continue;
      const parsed = JSON.parse(readFileSync(gold, 'utf8')) as { paragraphs?: unknown; headline?: unknown };
      for (const p of Array.isArray(parsed.paragraphs) ? parsed.paragraphs : []) if (typeof p === 'string') lines.push(p);
      if (typeof parsed.headline === 'string') lines.push(parsed.headline);
    }
  }
  return lines;
}

const MIXED = [
  '갤럭시 북4 엣지 Snapdragon X Elite Copilot+ PC',
  'Samsung Electronics said 반도체 sales rose',
  '트럼프 Trump 대통령은 말했다',
  'AI 반도체 HBM3E 12단 양산',
  '中國 習近平 주석 visit',
  '習近平 中國 國家主席 한국',
  'Привет 안녕 hello',
  'K-pop 그룹 BTS의 새 앨범',
  '(서울=연합뉴스) Kim Min-jun reporter',
  '「Made in Korea」 제품',
];

describe('paragraphLanguage', () => {
  const lines = corpusLines();

  it.runIf(lines.length > 0)(`gives franc-min's answer on every corpus line (${lines.length} lines)`, () => {
    const differ = lines.filter((line) => paragraphLanguage(line) !== withFranc(line));
    expect(differ).toEqual([]);
    // The corpus has mixed lines, so the script step is exercised and not only the one-script shortcuts.
    expect(lines.filter((line) => countHangul(line) > 0 && countLatinLetters(line) > 0).length).toBeGreaterThan(50);
  });

  it("gives franc-min's answer on made-up mixed lines", () => {
    for (const line of MIXED) expect(paragraphLanguage(line), line).toBe(withFranc(line));
  });

  it('reads one script as its language and nothing as undetermined', () => {
    expect(paragraphLanguage('정용래 유성구청장은 31일 발표했다.')).toBe('ko');
    expect(paragraphLanguage('The mayor announced the policy.')).toBe('en');
    expect(paragraphLanguage('2025. 6. 3. ▲ —')).toBe('und');
    expect(paragraphLanguage('習近平 國家主席 訪韓 한 visit')).toBe('und');
  });
});
