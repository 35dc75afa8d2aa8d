/**
 * Korean bylines and dates as printed on news pages → reporter names and ISO 8601 times.
 *
 * Formats (../shared/docs/korean-news-sites.md and the corpus pages):
 * - names: `홍길동 기자`, `홍길동·김철수 기자`, `[서울=뉴시스]홍길동 기자 =`, `(서울=연합뉴스) 홍길동 기자 =`,
 *   `[홍길동 기자 = 경기북부/강원]`, `글 홍길동`, `홍길동 특파원` and other roles, often with an e-mail;
 * - dates: `2021/05/31 [16:43]`, `2024.05.30. 오전 11:40`, `입력 2019-02-07 16:09`,
 *   `기사입력 2020.07.13. 오후 5:04`, `2025-05-15T20:00:52.000+0900`, `2023-11-07T06:03:30Z`.
 * Korean pages print Korea time; times with another offset (JSON-LD often says UTC) are converted.
 */

/** Role words that follow a reporter's name; longest first so `선임기자` wins over `기자`. */
const ROLES = [
  '객원논설위원', '선임기자', '인턴기자', '취재기자', '수습기자', '전문기자', '객원기자', '사진기자', '영상기자',
  '대기자', '특파원', '논설위원', '편집위원', '전문위원', '연구위원', '연구원', '애널리스트', '에디터',
  '칼럼니스트', '통신원', '기자',
];
const ROLE = `(?:${ROLES.join('|')})`;
const NAME = '[가-힣]{2,4}';
/** A name list (`홍길동·김철수`, `홍길동, 김철수`) right before a role word that is not the start of a longer word (`기자협회`). */
const NAMES_BEFORE_ROLE = new RegExp(`(${NAME}(?:\\s*[·ㆍ,、/]\\s*${NAME})*)\\s?${ROLE}(?![가-힣])`, 'g');
/** `글 홍길동`, `글·사진 홍길동`, `정리 홍길동` at the start of a line or after a separator. */
const WRITTEN_BY = new RegExp(`(?:^|[\\s|/(\\[])(?:글|글·사진|글/사진|정리)\\s*[:=]?\\s+(${NAME})(?![가-힣])`, 'g');
/** A photo credit right before a name (`사진=홍길동 기자`, `(사진 홍길동 기자)`): a photographer, not a reporter (issue 13). */
const PHOTO_CREDIT_BEFORE = /(?:^|[^가-힣])(?:사진|사진제공|영상)\s*[=:]?\s*$/;
/** Words that sit where a name would and are not names (`사진 기자`, `본지 기자`, `한 통신사 기자`). */
const NOT_NAMES = new Set([
  '사진', '영상', '취재', '본지', '담당', '현장', '통신사', '방송사', '신문사', '언론사', '일보', '뉴스', '외신', '여성',
  '남성', '한국', '기자', '전직', '현직', '소속', '출입', '우리', '모든', '다른', '해당', '당시', '이날', '한편',
]);
/**
 * Words that end like an outlet or a desk, not a person (`뉴시스 sky@newsis.com`, `사회부`): checked where a
 * name is read without a role word after it, the only evidence that it is a person.
 */
const ORGANISATION_END = /(부|팀|뉴스|뉴시스|일보|신문|방송|경제|통신|닷컴|데일리|미디어)$/;

function isBareName(word: string): boolean {
  return !NOT_NAMES.has(word) && !ORGANISATION_END.test(word);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * A role word run into the next reporter's name: adjacent links read as `송치훈 기자이지윤 기자` (Dong-A's
 * `.author_info` has no space between its `<a>` elements), which would otherwise yield `자이지윤`.
 */
const ROLE_GLUED_TO_NEXT_NAME = new RegExp(`(${ROLE})(?=${NAME}\\s?${ROLE}(?![가-힣]))`, 'g');
/** A role word run into the date label after it (`최유나 기자입력 2024. 2. 6. 14:05`: Daum's spans read without spaces). */
const ROLE_GLUED_TO_DATE_LABEL = new RegExp(`(${ROLE})(?=(?:기사입력|입력|최종수정|수정|등록|승인|송고|작성)\\s*[:：]?\\s*\\d)`, 'g');
const HAS_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Reporter names in a byline text, in order, without role words or e-mail, deduplicated.
 * Only feed it byline-ish text (a byline element, or a body line that looks like one): a whole
 * body paragraph mentions `기자` in passing ("한 통신사 기자를").
 */
export function parseAuthors(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .replace(EMAIL, ' ')
    .replace(ROLE_GLUED_TO_NEXT_NAME, '$1 ')
    .replace(ROLE_GLUED_TO_DATE_LABEL, '$1 ')
    .replace(/\s+/g, ' ');
  const found: { at: number; name: string }[] = [];
  for (const match of clean.matchAll(NAMES_BEFORE_ROLE)) {
    if (PHOTO_CREDIT_BEFORE.test(clean.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) continue;
    for (const name of match[1].split(/\s*[·ㆍ,、/]\s*/)) found.push({ at: match.index ?? 0, name });
  }
  for (const match of clean.matchAll(WRITTEN_BY)) found.push({ at: match.index ?? 0, name: match[1] });
  found.sort((a, b) => a.at - b.at);
  const names: string[] = [];
  for (const { name } of found) {
    if (NOT_NAMES.has(name) || names.includes(name)) continue;
    names.push(name);
  }
  return names;
}

/**
 * Names printed right before an e-mail in a credit line that carries no role word: YTN closes its
 * scripts with `YTN 정인용 (quotejeong@ytn.co.kr)`, OhmyNews and many small outlets with
 * `홍길동 hong@example.com`. Only for short credit lines (the caller checks), never for prose.
 */
const NAME_BEFORE_EMAIL = new RegExp(`(?:^|[^가-힣])(${NAME})\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`, 'g');

export function namesBeforeEmail(text: string): string[] {
  const names: string[] = [];
  for (const match of text.normalize('NFC').matchAll(NAME_BEFORE_EMAIL)) {
    if (isBareName(match[1]) && !names.includes(match[1])) names.push(match[1]);
  }
  return names;
}

/**
 * A reporter name printed alone, without role word (`<a class="writer">박소희</a>` on MBC, Hankyoreh's
 * reporter link, Segye's `#SG_CreatorName`): the name, or null when the text is anything else.
 */
export function bareReporterName(text: string): string | null {
  const clean = text.normalize('NFC').replace(EMAIL, '').replace(/[()<>[\]|,·\s]+/g, ' ').trim();
  const m = new RegExp(`^(${NAME})(?:\\s?${ROLE})?$`).exec(clean);
  return m && isBareName(m[1]) ? m[1] : null;
}

/** Merge author lists from several places on a page, keeping first-seen order. */
export function mergeAuthors(...lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const name of list) if (name && !out.includes(name)) out.push(name);
  return out;
}

const KST_OFFSET_MINUTES = 9 * 60;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function kstIso(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
}

/** `2023-11-07T06:03:30Z`, `2025-05-15T20:00:52.000+0900`, `2025-05-28T01:05:24+09:00` → Korea time. */
const ISO_WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

function fromIso(text: string): string | null {
  const m = ISO_WITH_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const zone = m[7];
  if (!zone) return kstIso(y, mo, d, h, mi, s);
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utcMs = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  const k = new Date(utcMs + KST_OFFSET_MINUTES * 60_000);
  return kstIso(k.getUTCFullYear(), k.getUTCMonth() + 1, k.getUTCDate(), k.getUTCHours(), k.getUTCMinutes(), k.getUTCSeconds());
}

/**
 * A printed Korean date: year, month, day separated by `.`, `/`, `-` or 년월일, then an optional
 * time, possibly in brackets (`[16:43]`) and with 오전/오후 (or AM/PM) on either side.
 */
const PRINTED_DATE = new RegExp(
  String.raw`(\d{4})\s*(?:[./-]|년)\s*(\d{1,2})\s*(?:[./-]|월)\s*(\d{1,2})\s*(?:일|\.)?` +
    String.raw`(?:\s*\(?[월화수목금토일]?\)?\s*\[?\s*(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*(?::|시)\s*(\d{2})(?:\s*(?::|분)\s*(\d{2}))?\s*(?:초)?\s*(오전|오후|AM|PM|am|pm)?\s*\]?)?`,
);

/** The first date in a text as ISO 8601 Korea time; date-only text gives `YYYY-MM-DD`. */
export function parseKoreanDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = fromIso(text);
  if (iso) return iso;
  const m = PRINTED_DATE.exec(text.normalize('NFC'));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[5] === undefined) {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return `${y}-${pad(mo)}-${pad(d)}`;
  }
  let h = Number(m[5]);
  const meridiem = (m[4] ?? m[8] ?? '').toLowerCase();
  if ((meridiem === '오후' || meridiem === 'pm') && h < 12) h += 12;
  if ((meridiem === '오전' || meridiem === 'am') && h === 12) h = 0;
  return kstIso(y, mo, d, h, Number(m[6]), Number(m[7] ?? 0));
}

/** Labels that say which time a printed date is. */
const PUBLISHED_LABEL = /(기사입력|입력|등록|작성|게재|발행|송고|승인|기사전송|Written|Published|Posted)\s*[:：]?\s*$/i;
const UPDATED_LABEL = /(최종수정|수정|업데이트|갱신|Updated|Modified)\s*[:：]?\s*$/i;

export interface PrintedDates {
  published: string | null;
  updated: string | null;
}

/**
 * Published and updated times in a byline/date line such as `입력 2025.05.15 20:00 수정 2025.05.15 20:57`
 * or `Written: 2023-11-07 15:03:30 / Updated: …`. An unlabelled first date counts as published.
 */
export function parsePrintedDates(text: string | null | undefined): PrintedDates {
  const out: PrintedDates = { published: null, updated: null };
  if (!text) return out;
  const norm = text.normalize('NFC').replace(/\s+/g, ' ');
  const global = new RegExp(PRINTED_DATE.source, 'g');
  for (const m of norm.matchAll(global)) {
    const iso = parseKoreanDate(m[0]);
    if (!iso) continue;
    const before = norm.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (UPDATED_LABEL.test(before)) out.updated ??= iso;
    else if (PUBLISHED_LABEL.test(before) || !out.published) out.published ??= iso;
  }
  return out;
}

/**
 * A byline-with-date line as printed in page furniture (`김정환 기자 | 입력 : 2021/05/31 [16:43]`,
 * `기사입력 2020.07.13. 오후 5:04`): short and carrying a labelled date. Body paragraphs never are.
 */
export function isBylineDateLine(text: string): boolean {
  return text.length <= 90 && /(기사입력|입력|수정|등록|승인|송고)\s*[:：]?\s*\d{4}\s*[./-]/.test(text);
}

/**
 * Compiled once: isReporterLine runs on every line of a body; compiling this per call showed as
 * about a sixth of extracting a 6,000-paragraph page in a Chromium CPU profile (issue 6).
 */
const REPORTER_LINE = new RegExp(`^(?:${NAME}\\s?)+${ROLE}(?:\\s+${NAME}\\s?${ROLE})*$`);
/** Longest a reporter credit is once e-mail addresses and separators are taken out. */
const REPORTER_LINE_MAX = 40;
/** What isReporterLine's clean-up turns into (at most) one space: `()<>[]=|/,·ㆍ:` and white space. */
const CREDIT_SEPARATORS = new Set([...'()<>[]=|/,·ㆍ:'].map((char) => char.charCodeAt(0)));

function isCreditSeparator(code: number): boolean {
  // White space as \s matches it: ASCII, no-break, Ogham, U+2000–U+200A, line/paragraph separators, U+202F, U+205F, U+3000, BOM.
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || CREDIT_SEPARATORS.has(code);
  if (code < 0xa0) return CREDIT_SEPARATORS.has(code);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || CREDIT_SEPARATORS.has(code)
  );
}

/** More than `limit` characters that are not separators (stops counting as soon as it knows). */
function hasMoreLettersThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    if (!isCreditSeparator(text.charCodeAt(index)) && ++letters > limit) return true;
  }
  return false;
}

/** A line that is only a reporter credit (`김경희 기자 amator@joongang.co.kr`, `홍길동·김철수 기자`). */
export function isReporterLine(text: string): boolean {
  // A body paragraph is decided by its first letters: without an e-mail to take out, a line with
  // more letters than a credit can have is not one, and the clean-up below need not scan all of it
  // (on bench's 6,000-paragraph page this call went from ~10 to ~4 ms of each extraction, CPU profile).
  // isCreditSeparator was checked against the pattern below for every BMP character.
  if (!text.includes('@') && hasMoreLettersThan(text, REPORTER_LINE_MAX)) return false;
  const withoutEmail = text.replace(EMAIL, '').replace(/[()<>[\]=|/,·ㆍ:\s]+/g, ' ').trim();
  if (withoutEmail === '') return HAS_EMAIL.test(text);
  return withoutEmail.length <= REPORTER_LINE_MAX && REPORTER_LINE.test(withoutEmail);
}

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

/** The role printed after a reporter's name in any of `texts` (`특파원`, `논설위원`…), else 기자. */
export function roleOf(name: string, texts: readonly string[]): string {
  const after = new RegExp(`${name}\\s?(${ROLE})(?![가-힣])`);
  // Also a role after a list the name is in (`홍길동·김철수 기자`).
  const inList = new RegExp(`${name}(?:\\s*[·ㆍ,、/]\\s*${NAME})+\\s?(${ROLE})(?![가-힣])`);
  for (const text of texts) {
    const m = after.exec(text) ?? inList.exec(text);
    if (m) return m[1];
  }
  return '기자';
}

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

/** `2016-09-17T14:26:51+09:00` → `2016.09.17 14:26` (a date alone stays a date). */
export function printedTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[4] ? `${m[1]}.${m[2]}.${m[3]} ${m[4]}:${m[5]}` : `${m[1]}.${m[2]}.${m[3]}`;
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
 * The byline row (issue 13): reporter names with their role, the desk or outlet where the page prints
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
