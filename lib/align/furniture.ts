/**
 * Cheap check for lines that are page furniture rather than article text: bylines, photo
 * captions, copyright and promo lines, e-mail lines. The aligner never links `furniture`
 * and leaves `probable-furniture` unpaired unless the evidence for a link is strong.
 *
 * Shapes come from BreakNews regional pages (the seed article and the excerpts in
 * /work/shared/corpus/bilingual): "장선희 기자 | 기사입력 2021/09/15 [11:00]",
 * "▲ … <사진제공=보산동 행정복지센터>  © 경기북부/강원 브레이크뉴스", "Reporter  Jeong-Hwan KIM".
 * A body paragraph may open with a byline in brackets ("[장선희 기자 = 경기북부/강원] 지난 14일 …"),
 * so byline patterns only match a line that is nothing but the byline.
 */

export type LineRole = 'text' | 'furniture' | 'probable-furniture';

const COPYRIGHT = /[©ⓒⒸ]|무단\s*전재|재배포\s*금지|저작권자|all rights reserved|copyright\s/i;
/** "기사입력 2021/05/31 [16:43]", "입력 : 2021/05/31", "수정 2021.05.31". */
const PUBLISHED_STAMP = /(?:기사입력|입력|수정|등록|승인|송고)\s*[:：]?\s*\d{4}\s*[./-]\s*\d{1,2}/;
/** "김정환 기자", "김정환 기자 | …", "김정환 기자 kim@…": the name and role alone, no sentence after it. */
const KOREAN_BYLINE = /^[가-힣]{2,4}\s?(?:기자|특파원|통신원|객원기자|인턴기자)(?:\s*$|\s*[|│·,/]|\s+[\w.+-]+@)/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** "<사진제공=…>", "(사진=연합뉴스)" on a line of their own. */
const PHOTO_CREDIT = /^[(<[]?\s*(?:사진|그래픽|자료)\s*(?:제공)?\s*[=:]/;
/** The publisher's note that the English below is machine translation (seed article). */
const TRANSLATION_NOTE = /번역기로\s*번역|translated (?:from|with|by) (?:the above|google)/i;
const ENGLISH_BYLINE = /^(?:reporter|reported by|by|correspondent|staff reporter|staff writer)\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s*$/i;
/** Caption markers and list bullets used for promos: likely furniture, but list items in a body use them too. */
const LEADING_MARK = /^\s*[▲△▶▷☞※■□◆◇●]/;
const ENGLISH_PROMO = /^(?:subscribe|follow us|click here|sign up|read more|related (?:news|articles?)|advertisement|download (?:our|the) app)\b/i;
/**
 * Funding notes regional papers print under articles ("이 기사는 지역신문발전기금을 지원받았습니다"),
 * and their English renderings.
 */
const FUNDING_NOTE = /지역신문발전기금|언론진흥기금|(?:produced|written|supported) with (?:the )?support (?:from|of) the [\w ]*(?:Fund|Foundation)/i;

const SHORT_LINE = 120;

export function classifyLine(text: string): LineRole {
  const line = text.trim();
  if (line === '') return 'furniture';
  if (COPYRIGHT.test(line) && line.length < 2 * SHORT_LINE) return 'furniture';
  if (PUBLISHED_STAMP.test(line) && line.length < SHORT_LINE) return 'furniture';
  if (KOREAN_BYLINE.test(line) && line.length < SHORT_LINE) return 'furniture';
  if (PHOTO_CREDIT.test(line) && line.length < SHORT_LINE) return 'furniture';
  if (TRANSLATION_NOTE.test(line)) return 'furniture';
  if (FUNDING_NOTE.test(line) && line.length < SHORT_LINE) return 'furniture';
  if (isMostlyEmail(line)) return 'furniture';
  if (ENGLISH_BYLINE.test(line)) return 'probable-furniture';
  if (LEADING_MARK.test(line) && line.length < SHORT_LINE) return 'probable-furniture';
  if (ENGLISH_PROMO.test(line) && line.length < SHORT_LINE) return 'probable-furniture';
  return 'text';
}

function isMostlyEmail(line: string): boolean {
  if (!line.includes('@')) return false;
  const rest = line.replace(EMAIL, '').replace(/[\s<>()[\]:|·,]/g, '');
  return rest.length < 12 && rest.length < line.length / 2;
}
