/**
 * Hostile pages, generated: Korean articles (so the reader really reads them into the panel) whose
 * text, attributes, metadata and embedded JSON carry script payloads. Every payload, were it ever
 * parsed as live markup in the page, sets the canary global `window.__pwned` and requests
 * `/pwned?<id>` from the page's own (loopback) server. Used by the hostile end-to-end suite in both
 * browsers (e2e/hostile.scenarios.ts) and by the unit tests (tests/hostile.test.ts,
 * tests/sanitize.test.ts).
 */

/** What a payload runs: set the canary, then call home. */
export const act = (id: string) => `window.__pwned=1;fetch('/pwned?${id}')`;

/**
 * Markup that runs `act(id)` if parsed as HTML: the classics plus the mutation-XSS vectors that beat
 * sanitizers through namespace confusion (DOMPurify 2.0.0 mglyph/style, 2.2.2 nested forms,
 * noscript re-parsing, SVG/MathML style and textarea tricks).
 */
export const PAYLOADS: { name: string; markup: (id: string) => string }[] = [
  { name: 'img-onerror', markup: (id) => `<img src=x onerror="${act(id)}">` },
  { name: 'script', markup: (id) => `<script>${act(id)}</script>` },
  { name: 'svg-onload', markup: (id) => `<svg onload="${act(id)}"></svg>` },
  { name: 'svg-style-img', markup: (id) => `<svg><style><img src=x onerror="${act(id)}"></style></svg>` },
  { name: 'svg-p-style-breakout', markup: (id) => `<svg></p><style><a id="</style><img src=1 onerror=${act(id)}>">` },
  { name: 'math-mglyph-style', markup: (id) => `<math><mtext><table><mglyph><style><img src=x onerror="${act(id)}">` },
  { name: 'form-math-mglyph', markup: (id) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${act(id)}">` },
  { name: 'math-textarea-path', markup: (id) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${act(id)} src=1>">` },
  { name: 'noscript-title', markup: (id) => `<noscript><p title="</noscript><img src=x onerror=${act(id)}>">` },
  { name: 'template-img', markup: (id) => `<template><img src=x onerror="${act(id)}"></template>` },
  { name: 'javascript-link', markup: (id) => `<a href="javascript:${act(id)}">링크</a>` },
  { name: 'iframe-srcdoc', markup: (id) => `<iframe srcdoc="<script>${act(id)}</script>"></iframe>` },
  { name: 'details-ontoggle', markup: (id) => `<details open ontoggle="${act(id)}"><summary>x</summary></details>` },
  { name: 'attribute-breakout', markup: (id) => `"><img src=x onerror=${act(id)}>` },
  { name: 'object-data', markup: (id) => `<object data="data:text/html,<script>${act(id)}</script>"></object>` },
  { name: 'style-import', markup: (id) => `<style>@import '/pwned?${id}';</style>` },
  { name: 'link-stylesheet', markup: (id) => `<link rel=stylesheet href="/pwned?${id}">` },
  { name: 'img-src', markup: (id) => `<img src="/pwned?${id}">` },
];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
/** JSON inside <script>: `</script>` and `<!--` must not end or change the script element. */
const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface HostilePage {
  /** Served at this path on the test server. */
  path: string;
  html: string;
  /** How many payload placements the page carries. */
  payloads: number;
  /** Payload text the panel must show literally, as text. */
  shownAsText: string[];
  /** Payloads that the page itself runs on load (live markup in its own body): the canary's sanity check. */
  liveOnLoad: number;
}

const BODY = [
  '서울시는 올해 여름 한강 공원 야간 개장 시간을 자정까지 늘린다고 3일 밝혔다.',
  '시는 공원 열두 곳에 조명과 안전 요원을 더 배치하고 대중교통 막차 시간도 조정하기로 했다.',
  '시 관계자는 “더위를 피해 밤에 공원을 찾는 시민이 해마다 늘고 있다”고 말했다.',
  '야간 개장은 다음 달 1일부터 9월 말까지 이어지며, 공원별 행사 일정은 누리집에서 확인할 수 있다.',
];

const page = (head: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** The article page with payloads in every place the reader reads. */
function payloadArticle(): HostilePage {
  const shownAsText: string[] = [];
  let count = 0;
  const id = (where: string, name: string) => (count++, `${where}-${name}`);

  const headlinePayload = PAYLOADS[0].markup(id('headline', PAYLOADS[0].name));
  const headline = `한강 공원 야간 개장 자정까지 연장 ${headlinePayload}`;
  shownAsText.push(headlinePayload);
  const bylinePayload = PAYLOADS[2].markup(id('byline', PAYLOADS[2].name));
  const byline = `김하늘 기자 ${bylinePayload} | 입력 2025-06-03 10:00`;
  const captionPayload = PAYLOADS[3].markup(id('caption', PAYLOADS[3].name));
  shownAsText.push(captionPayload);

  // One paragraph per payload, escaped: the page shows it as text, and so must the panel.
  const textParagraphs = PAYLOADS.map((p, i) => {
    const markup = p.markup(id('text', p.name));
    shownAsText.push(markup);
    return `<p>${escapeText(`${BODY[i % BODY.length]} ${markup}`)}</p>`;
  });
  // The same payloads in attributes of article elements (never text; never to be parsed).
  const attributeParagraphs = PAYLOADS.map((p) => {
    const markup = escapeAttribute(p.markup(id('attribute', p.name)));
    return `<p title="${markup}" data-note="${markup}"><span class="${markup}">${BODY[1]}</span></p>`;
  });
  // noscript (raw text while scripting is on; elements when a parser has scripting off) and template (inert).
  // The noscript breakout payload is left out of noscript: there the page itself would run it on load.
  // Holders go last: an unclosed <style> in a template swallows the markup after it as raw text.
  const inertHolders = PAYLOADS.map((p) =>
    p.name === 'noscript-title' ? `<template>${p.markup(id('template', p.name))}</template>` : `<noscript>${p.markup(id('noscript', p.name))}</noscript><template>${p.markup(id('template', p.name))}</template>`,
  );
  const metaPayload = PAYLOADS[1].markup(id('meta', PAYLOADS[1].name));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `한강 공원 야간 개장 ${PAYLOADS[4].markup(id('jsonld-headline', PAYLOADS[4].name))}`,
    description: PAYLOADS[5].markup(id('jsonld-description', PAYLOADS[5].name)),
    author: { '@type': 'Person', name: `김하늘 ${PAYLOADS[6].markup(id('jsonld-author', PAYLOADS[6].name))}` },
    datePublished: '2025-06-03T10:00:00+09:00',
  };

  const head = [
    `<title>${escapeText(headline)}</title>`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeAttribute(`한강 공원 야간 개장 ${metaPayload}`)}">`,
    `<meta name="description" content="${escapeAttribute(PAYLOADS[7].markup(id('meta-description', PAYLOADS[7].name)))}">`,
    `<meta property="article:published_time" content="2025-06-03T10:00:00+09:00">`,
    `<script type="application/ld+json">${jsonInScript(jsonLd)}</script>`,
  ].join('');
  const body = [
    `<header><nav><a href="/">홈</a> <a href="/news/">뉴스</a></nav></header>`,
    `<article class="article-view">`,
    `<h1 class="article-title">${escapeText(headline)}</h1>`,
    `<p class="byline">${escapeText(byline)}</p>`,
    `<div class="article-body" id="article-body">`,
    `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${escapeAttribute(captionPayload)}"><figcaption>▲ 야간 개장 중인 한강 공원 ${escapeText(captionPayload)}</figcaption></figure>`,
    ...textParagraphs,
    ...attributeParagraphs,
    // Live markup in the page's own article: the page runs it on load (the canary works), the reader must not run it again.
    `<p>${BODY[2]} <img src="x" onerror="window.__liveOnLoad=(window.__liveOnLoad||0)+1"></p>`,
    ...inertHolders,
    `</div></article>`,
  ].join('\n');
  return { path: '/news/articleView.html', html: page(head, body), payloads: count, shownAsText, liveOnLoad: 1 };
}

/**
 * Client-rendered pages: no body in the DOM. One ships the article in JSON-LD `articleBody` (text),
 * the other only as HTML in embedded state (`contentHtml`, parsed by lib/extract/embedded.ts in an
 * inert document): both carry every payload.
 */
function clientRenderedArticle(source: 'jsonld' | 'state'): HostilePage {
  let count = 0;
  const id = (where: string, name: string) => (count++, `${where}-${name}`);
  const jsonLd: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '한강 공원 야간 개장 자정까지 연장', datePublished: '2025-06-03T10:00:00+09:00', author: { '@type': 'Person', name: '김하늘 기자' } };
  let state = '';
  if (source === 'jsonld') {
    jsonLd.articleBody = PAYLOADS.map((p, i) => `${BODY[i % BODY.length]} ${p.markup(id('jsonld-body', p.name))}`).join('\n');
  } else {
    const contentHtml = PAYLOADS.map((p, i) => `<p>${BODY[i % BODY.length]}</p>${p.markup(id('state-html', p.name))}`).join('');
    state = `<script>window.__APP_STATE__=${jsonInScript({ article: { contentHtml } })}</script>`;
  }
  const head = [
    `<title>한강 공원 야간 개장 자정까지 연장</title>`,
    `<meta property="og:type" content="article">`,
    `<script type="application/ld+json">${jsonInScript(jsonLd)}</script>`,
    state,
  ].join('');
  return { path: `/news/view/2025060300${source === 'jsonld' ? 1 : 2}`, html: page(head, `<div id="app"><div class="loading">불러오는 중…</div></div>`), payloads: count, shownAsText: [], liveOnLoad: 0 };
}

export function hostilePages(): HostilePage[] {
  return [payloadArticle(), clientRenderedArticle('jsonld'), clientRenderedArticle('state')];
}

/**
 * A page at war with the panel's looks: inherited properties on html/body, rules that target the
 * panel's host and every element, and a page shortcut and button to check the page keeps working.
 */
export function cssWarPage(): string {
  const css = `
    html { font-size: 40px !important; color: rgb(255, 0, 0) !important; line-height: 5 !important; letter-spacing: 10px !important; direction: rtl; }
    body { font: italic 31px/4 serif !important; color: rgb(255, 0, 0) !important; letter-spacing: 10px !important; word-spacing: 30px; text-transform: uppercase; text-align: right; writing-mode: horizontal-tb; visibility: visible; cursor: wait; }
    hanyeong-reader, hanyeong-reader *, [data-hanyeong-reader], [data-hanyeong-reader] * { display: none !important; opacity: 0 !important; visibility: hidden !important; }
    * { box-sizing: content-box !important; }
    p { margin: 3em !important; color: rgb(255, 0, 0) !important; }
    section, header, nav { display: none !important; }
    :root { --hy-bg: rgb(255, 0, 0); --hy-fg: rgb(255, 0, 0); }`;
  const body = [
    `<button id="page-button" style="position:fixed;left:4px;top:4px;direction:ltr">눌러 보기</button><output id="page-count">0</output>`,
    `<article><h1>한강 공원 야간 개장 자정까지 연장</h1><p class="byline">김하늘 기자 | 입력 2025-06-03 10:00</p>`,
    ...BODY.map((t) => `<p>${t}</p>`),
    `</article>`,
    `<script>
      window.__clicks = 0; window.__keys = []; window.__shortcut = 0;
      document.getElementById('page-button').addEventListener('click', () => { window.__clicks++; document.getElementById('page-count').textContent = String(window.__clicks); });
      // A page shortcut on a key the panel also uses (j), and a log of every key the page sees.
      window.addEventListener('keydown', (e) => { window.__keys.push(e.key); });
      document.addEventListener('keydown', (e) => { if (e.key === 'j') window.__shortcut++; });
    </script>`,
  ].join('\n');
  return page(`<title>한강 공원 야간 개장</title><meta property="og:type" content="article"><style>${css}</style>`, body);
}

/** A Korean article of `count` paragraphs. */
export function longArticle(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => `<p>${i + 1}. ${BODY[i % BODY.length]}</p>`).join('\n');
  return page(
    `<title>한강 공원 야간 개장 자정까지 연장</title><meta property="og:type" content="article">`,
    `<article><h1>한강 공원 야간 개장 자정까지 연장</h1><p class="byline">김하늘 기자 | 입력 2025-06-03 10:00</p><div class="article-body">${paragraphs}</div></article>`,
  );
}

/**
 * A page at war with a reader that reads in slices: every 50 ms its script rewrites the
 * article of `count` paragraphs. 'refill' empties the article body and refills it 40 ms later (a
 * client renderer that clears before it draws: most of the time the body is empty); 'replace' puts
 * in a fresh copy at once, each paragraph stamped with the rewrite's number (`v12 3. …`), so a read
 * that mixed two rewrites shows two stamps.
 */
export function rewritingArticle(count: number, mode: 'refill' | 'replace'): string {
  const script =
    mode === 'refill'
      ? `const body = document.querySelector('.article-body'); const html = body.innerHTML;
         setInterval(() => { body.replaceChildren(); setTimeout(() => { body.innerHTML = html; }, 40); }, 50);`
      : `const body = document.querySelector('.article-body'); const texts = Array.from(body.children, (p) => p.textContent); let version = 0;
         const draw = () => { version++; body.replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: 'v' + version + ' ' + text }))); };
         draw(); setInterval(draw, 50);`;
  return longArticle(count).replace('</body>', `<script>${script}</script></body>`);
}

/** Broken markup a real CMS ships: unclosed and stray tags, p in p, font soup, no html/head/body. */
export function malformedArticle(): string {
  return [
    `<meta charset="utf-8"><title>한강 공원 야간 개장 자정까지 연장</title><meta property="og:type" content="article">`,
    `<div id="wrap"><table><tr><td><div class="article-view"><h1>한강 공원 야간 개장 자정까지 연장</h1>`,
    `<p class="byline">김하늘 기자 | 입력 2025-06-03 10:00</div></div>`,
    `<div class="article-body"><p>${BODY[0]}<p>${BODY[1]}</b></i>`,
    `<font color=red><p>${BODY[2]}</font></span></p></p>`,
    `<p>${BODY[3]}<br><br><!-- unclosed comment? --></td></tr></table>`,
    `</div></div></div></div></body></html></html>`,
  ].join('\n');
}

export const ARTICLE_PARAGRAPHS = BODY;
