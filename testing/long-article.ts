/**
 * A long BreakNews-shaped article generated at bench time: the regional skin's markup (`#CLtag`
 * holding `<br>`-separated Korean paragraphs, the Google-translation marker line, then the English
 * paragraphs), with `pairs` Korean paragraphs and as many English ones. The text is NTREX-128's
 * human sentence pairs (real news prose, so the aligner's anchors fire as on a real page) cycled
 * with a paragraph number, or the seed's own paragraphs when the shared corpus is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadNtrexDocuments, loadSeedArticle, NTREX_FOLDER } from './align-corpus';

export interface SentencePairs {
  ko: string[];
  en: string[];
}

/** `count` sentence pairs: NTREX-128 in order, cycled; else the seed's body paragraphs, cycled. */
export function sentencePairs(shared: string, count: number): SentencePairs {
  let source: SentencePairs;
  if (existsSync(path.join(shared, NTREX_FOLDER))) {
    const sentences = loadNtrexDocuments(shared).flatMap((doc) => doc.sentences);
    source = { ko: sentences.map((pair) => pair.ko), en: sentences.map((pair) => pair.en) };
  } else {
    const seed = loadSeedArticle(shared);
    if (!seed) throw new Error(`the benchmark needs ${path.join(shared, NTREX_FOLDER)} or the seed article under ${shared}/seed`);
    // The seed's last five lines on each side are its body paragraphs.
    source = { ko: seed.ko.slice(-5), en: seed.en.slice(-5) };
  }
  const ko: string[] = [];
  const en: string[] = [];
  for (let index = 0; index < count; index++) {
    ko.push(source.ko[index % source.ko.length]);
    en.push(source.en[index % source.en.length]);
  }
  return { ko, en };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function longBreaknewsArticle(shared: string, pairs: number): string {
  const text = sentencePairs(shared, pairs);
  // A number per paragraph (as a long live blog has times and counts) so cycled text is not identical.
  const korean = text.ko.map((line, index) => `${escapeHtml(line)} (${index + 1}번째 문단)`).join('<br><br><br>');
  const english = text.en.map((line, index) => `${escapeHtml(line)} (paragraph ${index + 1})`).join('<br><br>');
  return `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>대전시, 긴 기사 성능 시험 - 브레이크뉴스 대전</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="브레이크뉴스 대전">
<meta property="article:published_time" content="2021-05-31T16:43:00+09:00">
</head><body><div id="wrap"><table width="100%"><tr><td class="article_area">
<div class="read_title_area">
<h1 class="read_title">대전시, 긴 기사 성능 시험</h1>
<div class="read_byline"><span class="writer">김정환 기자</span> | 기사입력 2021/05/31 [16:43]</div>
</div>
<div id="CLtag">
<br>${korean}<br><br><br><span style="color:#0000ff">*아래는 위 기사를 구글 번역기로 번역한 영문 기사의 [전문]이다. [Below is the [full text] of an English article translated from the above article with Google Translate.</span><br><br>
<div style="text-align:right">Reporter&nbsp; Jeong-Hwan KIM</div><br><br>
[Daejeon tests a long article]<br><br><br>
${english}<br><br>
</div>
<div class="copyright">&lt;저작권자 ⓒ 브레이크뉴스 대전 무단전재 및 재배포 금지&gt;</div>
</td></tr></table></div></body></html>`;
}

/**
 * A Korean-only BreakNews-shaped article (no English on the page, so the reader translates it):
 * `paragraphs` as its body, under `title`. Used by the translation benchmark and the end-to-end tests.
 */
export function koreanOnlyArticle(title: string, paragraphs: string[]): string {
  const korean = paragraphs.map(escapeHtml).join('<br><br><br>');
  return `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>${escapeHtml(title)} - 브레이크뉴스 대전</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="브레이크뉴스 대전">
<meta property="article:published_time" content="2021-05-31T16:43:00+09:00">
</head><body><div id="wrap"><table width="100%"><tr><td class="article_area">
<div class="read_title_area">
<h1 class="read_title">${escapeHtml(title)}</h1>
<div class="read_byline"><span class="writer">김정환 기자</span> | 기사입력 2021/05/31 [16:43]</div>
</div>
<div id="CLtag">
<br>${korean}<br><br>
</div>
<div class="copyright">&lt;저작권자 ⓒ 브레이크뉴스 대전 무단전재 및 재배포 금지&gt;</div>
</td></tr></table></div></body></html>`;
}
