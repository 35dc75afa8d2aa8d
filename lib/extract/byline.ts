/**
 * Step 7 of extraction (lib/extract/index.ts), the byline: who wrote the article and when, read
 * from the page and written as the one row the panel shows.
 *
 * 1. The byline texts: the adapter's byline elements, else elements named like byline furniture,
 *    else the short line under the headline that prints a date or names a reporter.
 * 2. The reporters, from the first source that names any: the byline texts, bare-name elements,
 *    JSON-LD, author `<meta>`, a wire-service lead, credit lines the clean-up dropped.
 * 3. The times, from the most trusted source that has one: the adapter's date attribute, JSON-LD,
 *    `<meta>`, the adapter's date element, the byline texts, a date element, credit lines.
 * 4. The row: the page's own byline line when it is short and names every reporter, else written
 *    from the parts (names with roles, the times).
 * Names are parsed in reporters.ts, dates in dates.ts.
 */
import type { Block, BylineParts } from '../types';
import type { DateSource, SiteAdapter } from '../sites/adapter';
import { elementText, queryAll } from './blocks';
import type { Credits } from './cleanup';
import { parseKoreanDate, parsePrintedDates, PRINTED_DATE, printedTime } from './dates';
import type { PageMetadata } from './metadata';
import { bareReporterName, EMAIL, mergeAuthors, NAMES_BEFORE_ROLE, parseAuthors, ROLE, ROLE_GLUED_TO_DATE_LABEL, ROLE_GLUED_TO_NEXT_NAME, roleOf } from './reporters';
import { normalizeText } from './text';
import { Checkpoints, type Steps } from '../steps';

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** Korean names in a wire-service lead (`[서울=뉴시스]이현주 기자 =`, `(서울=연합뉴스) 홍길동 기자 =`). */
const WIRE_LEAD = /^\s*[[(【][^\])】]{1,20}=[^\])】]{1,20}[\])】]\s*([^=]{2,40}?)\s*=/;

function dateFrom(doc: Document, source: DateSource | undefined): string | null {
  if (!source) return null;
  const el = doc.querySelector(source.selector);
  if (!el) return null;
  return parseKoreanDate(source.attribute ? el.getAttribute(source.attribute) : elementText(el));
}

/** Class/id words of byline and date furniture on pages without (working) adapter selectors. */
const BYLINE_NAME = /byline|writer|reporter|author|journalist|info_view|info-group/i;
const DATE_NAME = /(^|[\s_-])(date|dates|datetime|article_info|info_view|info-group|registration)($|[\s_-])/i;

/**
 * Byline and date elements found by class/id words, in one pass over the body's elements (cheaper
 * than substring attribute selectors in jsdom, same result in browsers). Only run when the adapter
 * and the page's metadata did not already answer.
 */
function* scanFurniture(doc: Document, checkpoints: Checkpoints): Steps<{ bylines: Element[]; date: Element | null }> {
  const bylines: Element[] = [];
  let date: Element | null = doc.getElementsByTagName('time')[0] ?? null;
  if (!doc.body) return { bylines, date };
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && (bylines.length < 8 || !date); node = walker.nextNode()) {
    if (checkpoints.due()) yield;
    const el = node as Element;
    const className = el.getAttribute('class') ?? '';
    // Most elements (a long article's thousands of <br>) have neither: skip them before building a name.
    if (className.length + el.id.length < 2) continue;
    // camelCase split so that Seoul Shinmun's `dateInfo` reads as the words "date Info".
    const name = `${className} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (name.length < 3) continue;
    if (bylines.length < 8 && (BYLINE_NAME.test(name) || el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author')) bylines.push(el);
    if (!date && DATE_NAME.test(name)) date = el;
  }
  return { bylines, date };
}

/** How far after the headline a byline line is looked for (text nodes), and how long it may be. */
const NEAR_HEADLINE_NODES = 20;
const BYLINE_LINE_MAX = 100;
/** Longest a reporter line near the headline is (`이윤주 기자 runyj@kyunghyang.com`). */
const REPORTER_NEAR_MAX = 60;

/**
 * The short line under the headline that prints a date, on pages whose byline furniture has no
 * telling class (`<div class="by">오정훈 논설위원 · 2024.11.12 00:05</div>`,
 * `<div class="info">이상민 기자 | 승인 2024.09.27 17:05</div>`). Read from the headline's text node
 * forward; the widest ancestor of the date's text node that is still a short line is the byline.
 */
function* bylineNearHeadline(doc: Document, headline: string | null, checkpoints: Checkpoints, wanted: (line: string) => boolean = (line) => parsePrintedDates(line).published !== null): Steps<string | null> {
  if (!headline || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let seen = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (checkpoints.due()) yield;
    const value = normalizeText(node.nodeValue ?? '');
    if (!value) continue;
    if (seen < 0) {
      if (value === headline || (node.parentElement && elementText(node.parentElement) === headline)) seen = 0;
      continue;
    }
    if (++seen > NEAR_HEADLINE_NODES) return null;
    if (!wanted(value)) continue;
    let line: Element | null = node.parentElement;
    while (line?.parentElement) {
      const wider = elementText(line.parentElement);
      if (wider.length > BYLINE_LINE_MAX || wider.includes(headline)) break;
      line = line.parentElement;
    }
    const text = line ? elementText(line) : value;
    return text.length <= BYLINE_LINE_MAX ? text : value;
  }
  return null;
}

/**
 * Printed dates of a date element; its hidden parts too when the visible text has none (Dong-A prints
 * "입력 2024-01-02 09:14" in an `aria-hidden` span beside a screen-reader twin that says only "입력").
 */
function printedDatesOf(el: Element): ReturnType<typeof parsePrintedDates> {
  const visible = parsePrintedDates(elementText(el));
  return visible.published || visible.updated ? visible : parsePrintedDates(el.textContent);
}

export function* readByline(doc: Document, adapter: SiteAdapter | null, meta: PageMetadata, body: Block[], credits: Credits, headline: string | null, checkpoints: Checkpoints): Steps<BylineParts> {
  // The adapter's byline elements, or the generic ones when a redesign moved them.
  const adapterEls = queryAll(doc, adapter?.byline).slice(0, 8);
  let furniture: { bylines: Element[]; date: Element | null } | null = null;
  function* scanned(): Steps<{ bylines: Element[]; date: Element | null }> {
    return (furniture ??= yield* scanFurniture(doc, checkpoints));
  }
  const bylineEls = adapterEls.length ? adapterEls : (yield* scanned()).bylines;
  const bylineTexts = bylineEls.map(elementText).filter(Boolean);
  let printed = parsePrintedDates(bylineTexts.join(' | '));
  if (!printed.published && !bylineTexts.some((t) => parseAuthors(t).length)) {
    const near = yield* bylineNearHeadline(doc, headline, checkpoints);
    if (near) {
      bylineTexts.push(near);
      printed = parsePrintedDates(near);
    }
  }
  // A reporter line under the headline when the byline furniture names nobody (`<span class="name">이윤주 기자 …@…</span>`).
  if (!bylineTexts.some((t) => parseAuthors(t).length)) {
    const named = yield* bylineNearHeadline(doc, headline, checkpoints, (line) => line.length <= REPORTER_NEAR_MAX && parseAuthors(line).length > 0);
    if (named && !bylineTexts.includes(named)) bylineTexts.push(named);
  }
  const creditPrinted = parsePrintedDates(credits.lines.join(' | '));
  const jsonLdNames = (meta.jsonLd?.authors ?? []).flatMap((n) => (/^[가-힣]{2,4}$/.test(n) ? [n] : parseAuthors(n)));
  const leads = body.filter((b) => b.kind === 'paragraph').slice(0, 3);
  const wireNames = mergeAuthors(...leads.map((b) => parseAuthors(WIRE_LEAD.exec(b.text)?.[1] ?? '')));
  const bareNames = queryAll(doc, adapter?.reporterName).map((el) => bareReporterName(elementText(el)));
  const authorSources = [
    mergeAuthors(bareNames.filter((n): n is string => n !== null), ...bylineTexts.map(parseAuthors)),
    // A byline element holding only a name (MBC's `span.writer a` "박소희") on a page without adapter.
    mergeAuthors(bylineTexts.map(bareReporterName).filter((n): n is string => n !== null)),
    jsonLdNames,
    mergeAuthors(...meta.authorMeta.map(parseAuthors)),
    wireNames,
    mergeAuthors(credits.names),
  ];
  const authors = authorSources.find((list) => list.length > 0) ?? [];

  let genericPrinted: { published: string | null; updated: string | null } | null = null;
  function* generic(): Steps<{ published: string | null; updated: string | null }> {
    if (!genericPrinted) {
      const el = (yield* scanned()).date;
      genericPrinted = el
        ? el.hasAttribute('datetime')
          ? { published: parseKoreanDate(el.getAttribute('datetime')), updated: null }
          : printedDatesOf(el)
        : { published: null, updated: null };
    }
    return genericPrinted;
  }
  const published =
    (adapter?.published?.attribute ? dateFrom(doc, adapter.published) : null) ??
    parseKoreanDate(meta.jsonLd?.datePublished) ??
    parseKoreanDate(meta.publishedTime) ??
    dateFrom(doc, adapter?.published) ??
    printed.published ??
    (yield* generic()).published ??
    creditPrinted.published;
  const updated =
    (adapter?.updated?.attribute ? dateFrom(doc, adapter.updated) : null) ??
    parseKoreanDate(meta.jsonLd?.dateModified) ??
    parseKoreanDate(meta.modifiedTime) ??
    dateFrom(doc, adapter?.updated) ??
    printed.updated ??
    (yield* generic()).updated ??
    creditPrinted.updated;
  const shownUpdated = updated === published ? null : updated;
  const roleTexts = [...leads.map((b) => b.text), ...credits.lines, ...meta.authorMeta];
  return { text: bylineRow({ texts: bylineTexts, authors, roleTexts, published, updated: shownUpdated }), authors, published, updated: shownUpdated };
}

// 4. The row.
/**
 * Page furniture that shares a line with the byline on many layouts: share and print buttons, text
 * size menus, subscription links, portal widgets (`요약봇beta`, `…를 선호 출처로 추가`). Never part of
 * a byline; matched as words, also glued to a role word (`이호승 기자구독`).
 */
const BYLINE_FURNITURE = new RegExp(
  [
    '요약봇\\s*beta', '요약봇', '글자\\s?크기\\s?변경하기', '글자\\s?크기', '가[1-5]단계', '나눔고딕 폰트가 설치되어있지 않습니다\\.?',
    '나눔\\s?폰트\\s?를 설치하러 가시겠습니까\\??', '예 아니오', '닫기', '기사원문', '스크랩', '댓글', '인쇄하기', '인쇄', '보내기',
    '구독하기', '구독', '페이스북', '트위터', '카카오스토리', '카카오톡', '밴드', '링크\\s?복사', 'URL\\s?복사', '공유하기', '공유',
    '확대', '축소', '좋아요', '북마크', '\\S+를 선호 출처로 추가', '선호 출처로 추가', '기자의 다른기사', '다른기사 보기', '크기',
  ].join('|'),
  'g',
);

/** Longest a byline row is: a few names with roles, a desk, two times. Longer is page furniture. */
const BYLINE_ROW_MAX = 100;

/** `홍길동·김철수 기자, 박영희 특파원`: names grouped by their role, in order. */
function namesWithRoles(authors: readonly string[], texts: readonly string[]): string {
  const groups: { role: string; names: string[] }[] = [];
  for (const name of authors) {
    const role = roleOf(name, texts);
    const last = groups[groups.length - 1];
    if (last && last.role === role) last.names.push(name);
    else groups.push({ role, names: [name] });
  }
  return groups.map((g) => `${g.names.join('·')} ${g.role}`).join(', ');
}

/** A byline text with furniture words, e-mail addresses and leftover separators taken out. */
export function cleanBylineText(text: string): string {
  return text
    .normalize('NFC')
    .replace(EMAIL, ' ')
    .replace(BYLINE_FURNITURE, ' ')
    // Adjacent elements read without a space (`송치훈 기자이지윤 기자`, `오세진 기자2024.04.10`, `기자입력`).
    .replace(ROLE_GLUED_TO_NEXT_NAME, '$1 ')
    .replace(ROLE_GLUED_TO_DATE_LABEL, '$1 ')
    .replace(new RegExp(`(${ROLE})(?=\\d)`, 'g'), '$1 ')
    .replace(/(\d)(?=(?:최종수정|수정|기사전송|입력|등록)\s*[:：]?\s*\d)/g, '$1 ')
    .replace(/\(\s*\)|\[\s*\]|<\s*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|·,/:-]+|[\s|·,/:-]+$/g, '')
    .replace(/(\s[|·/-])+(?=\s[|·/-]\s)/g, '')
    .trim();
}

/** Most words a byline line may hold besides names, roles, times and labels: a desk, an outlet, a place. */
const BYLINE_RESIDUE_MAX = 3;
const TIME_LABEL = /(기사입력|입력|기사전송|최종수정|수정|등록|승인|송고|작성|업데이트)/g;

/** Words of a byline line that are not names with roles, bare names, times or time labels. */
function residueWords(line: string): number {
  const rest = line
    .replace(new RegExp(PRINTED_DATE.source, 'g'), ' ')
    .replace(NAMES_BEFORE_ROLE, ' ')
    .replace(TIME_LABEL, ' ')
    .replace(/[|·ㆍ,/:：=()[\]<>.\-–—]/g, ' ')
    .trim();
  if (!rest) return 0;
  const words = rest.split(/\s+/);
  return words.length === 1 && bareReporterName(words[0]) !== null ? 0 : words.length;
}

export interface BylineRowParts {
  /** Byline texts found on the page, most trusted first (the site's byline element, lines near the headline). */
  texts: readonly string[];
  /** Every reporter, from whichever source named them (byline, dateline, meta, closing line). */
  authors: readonly string[];
  /** Texts that may print the reporters' roles (body leads, credit lines). */
  roleTexts?: readonly string[];
  published: string | null;
  updated: string | null;
}

/**
 * The byline row: reporter names with their role, the desk or outlet where the page prints
 * them on the byline line, and the published/updated times; nothing else. The page's own byline line
 * is kept when, cleaned of furniture, it is a short line naming every reporter (or the page names
 * none); otherwise the row is written from the parts: names with roles, then the line's times, or
 * the times found elsewhere.
 */
export function bylineRow(parts: BylineRowParts): string | null {
  const { authors, published, updated } = parts;
  const lines = parts.texts
    .map(cleanBylineText)
    .filter((t) => t.length > 0 && t.length <= BYLINE_ROW_MAX)
    .filter((t) => parseAuthors(t).length > 0 || bareReporterName(t) !== null || parsePrintedDates(t).published !== null || parsePrintedDates(t).updated !== null);
  // A line with more left over than a desk or a place (`순천, 광양`, `한빛신문`) once names, roles,
  // times and their labels are taken out is furniture with a byline in it: its parts are used instead.
  const line = lines.find((t) => residueWords(t) <= BYLINE_RESIDUE_MAX) ?? null;
  const roleTexts = [...parts.texts, ...(parts.roleTexts ?? [])];
  let row: string | null = null;
  if (line === null) {
    if (authors.length) row = namesWithRoles(authors, roleTexts);
  } else {
    const named = mergeAuthors(parseAuthors(line), [bareReporterName(line)].filter((n): n is string => n !== null));
    if (authors.every((a) => named.includes(a))) row = line;
    else if (named.length === 0) row = `${namesWithRoles(authors, roleTexts)} · ${line}`;
    else {
      // The line names some reporters only: the names are written out, its times kept.
      const lineDates = parsePrintedDates(line);
      row = [namesWithRoles(authors, roleTexts), lineDates.published && `입력 ${printedTime(lineDates.published)}`, lineDates.updated && `수정 ${printedTime(lineDates.updated)}`]
        .filter(Boolean)
        .join(' · ');
    }
  }
  const shown = parsePrintedDates(row);
  const times = [published && !shown.published ? `입력 ${printedTime(published)}` : null, updated && !shown.updated ? `수정 ${printedTime(updated)}` : null].filter(
    (t): t is string => t !== null,
  );
  if (!row) return times.length ? times.join(' · ') : null;
  return times.length ? `${row} · ${times.join(' · ')}` : row;
}
