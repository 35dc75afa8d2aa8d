/**
 * Korean dates and times as printed on news pages (and in their JSON-LD) → ISO 8601 Korea time.
 *
 * Formats (../shared/docs/korean-news-sites.md and the corpus pages): `2021/05/31 [16:43]`,
 * `2024.05.30. 오전 11:40`, `입력 2019-02-07 16:09`, `기사입력 2020.07.13. 오후 5:04`,
 * `2025-05-15T20:00:52.000+0900`, `2023-11-07T06:03:30Z`. Korean pages print Korea time; times
 * with another offset (JSON-LD often says UTC) are converted.
 */

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
export const PRINTED_DATE = new RegExp(
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

/** `2016-09-17T14:26:51+09:00` → `2016.09.17 14:26` (a date alone stays a date). */
export function printedTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[4] ? `${m[1]}.${m[2]}.${m[3]} ${m[4]}:${m[5]}` : `${m[1]}.${m[2]}.${m[3]}`;
}
