/**
 * Reporter names in Korean bylines and credit lines, and the role printed after them.
 *
 * Formats (../shared/docs/korean-news-sites.md and the corpus pages): `홍길동 기자`, `홍길동·김철수 기자`,
 * `[서울=뉴시스]홍길동 기자 =`, `(서울=연합뉴스) 홍길동 기자 =`, `[홍길동 기자 = 경기북부/강원]`,
 * `글 홍길동`, `홍길동 특파원` and other roles, often with an e-mail.
 */

/** Role words that follow a reporter's name; longest first so `선임기자` wins over `기자`. */
const ROLES = [
  '객원논설위원', '선임기자', '인턴기자', '취재기자', '수습기자', '전문기자', '객원기자', '사진기자', '영상기자',
  '대기자', '특파원', '논설위원', '편집위원', '전문위원', '연구위원', '연구원', '애널리스트', '에디터',
  '칼럼니스트', '통신원', '기자',
];
export const ROLE = `(?:${ROLES.join('|')})`;
const NAME = '[가-힣]{2,4}';
/** A name list (`홍길동·김철수`, `홍길동, 김철수`) right before a role word that is not the start of a longer word (`기자협회`). */
export const NAMES_BEFORE_ROLE = new RegExp(`(${NAME}(?:\\s*[·ㆍ,、/]\\s*${NAME})*)\\s?${ROLE}(?![가-힣])`, 'g');
/** `글 홍길동`, `글·사진 홍길동`, `정리 홍길동` at the start of a line or after a separator. */
const WRITTEN_BY = new RegExp(`(?:^|[\\s|/(\\[])(?:글|글·사진|글/사진|정리)\\s*[:=]?\\s+(${NAME})(?![가-힣])`, 'g');
/** A photo credit right before a name (`사진=홍길동 기자`, `(사진 홍길동 기자)`): a photographer, not a reporter. */
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

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * A role word run into the next reporter's name: adjacent links read as `송치훈 기자이지윤 기자` (Dong-A's
 * `.author_info` has no space between its `<a>` elements), which would otherwise yield `자이지윤`.
 */
export const ROLE_GLUED_TO_NEXT_NAME = new RegExp(`(${ROLE})(?=${NAME}\\s?${ROLE}(?![가-힣]))`, 'g');
/** A role word run into the date label after it (`최유나 기자입력 2024. 2. 6. 14:05`: Daum's spans read without spaces). */
export const ROLE_GLUED_TO_DATE_LABEL = new RegExp(`(${ROLE})(?=(?:기사입력|입력|최종수정|수정|등록|승인|송고|작성)\\s*[:：]?\\s*\\d)`, 'g');
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

/**
 * Compiled once: isReporterLine runs on every line of a body; compiling this per call showed as
 * about a sixth of extracting a 6,000-paragraph page in a Chromium CPU profile.
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
