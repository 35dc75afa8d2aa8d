/**
 * What is never article text: elements (by tag, by injected-translator markers, by junk class/id
 * words) and lines (Korean copyright, promo and credit lines). Shared by the adapters' body
 * collection and the generic extractor.
 */
import { isBylineDateLine } from './dates';
import { isReporterLine } from './reporters';

/** Tags whose content is never body text. */
const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA',
  'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'MAP', 'NAV', 'ASIDE', 'LINK', 'META', 'HEAD',
]);

/**
 * Nodes other translation extensions insert next to the page's own text; reading them would put
 * their translation into our Korean body. Names from the extensions' injected markup:
 * Immersive Translate `.immersive-translate-target-wrapper` (and its `-inner`/`-translation-*`
 * children), Kiss Translator `<kiss-translator>` / `.kiss-translator*` / `[data-kiss-translator]`,
 * Read Frog `.read-frog-translated-content-wrapper`, FluentRead `.fluent-read-*`.
 * Checked by class substring, not by selector: this runs on every element the walks visit.
 * Google Translate/TWP rewrite the text in place (`<font>` wrappers), so there is nothing to drop.
 */
const TRANSLATOR_CLASS = /immersive-translate-target|kiss-translator|read-frog-translated|fluent-read-/;

function isTranslatorInjected(el: Element): boolean {
  if (el.tagName === 'KISS-TRANSLATOR' || el.hasAttribute('data-kiss-translator')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && TRANSLATOR_CLASS.test(cls);
}

/**
 * Class/id words that mark page furniture inside or around article bodies (docs: "Junk inside
 * bodies tends to carry class/id words such as…"). Matched as whole words of a class or id split at
 * `-`, `_`, spaces and camelCase humps, so `ad` matches `end-ad-container` but not `adopseo`.
 */
const JUNK_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'banner', 'promotion', 'promo', 'related', 'relation', 'recommend',
  'recommended', 'reporter', 'journalist', 'journalistcard', 'byline', 'copyright', 'sns', 'share', 'social', 'vod',
  'player', 'comment', 'comments', 'reply', 'subscribe', 'newsletter', 'taboola', 'dable', 'outbrain', 'popular',
  'ranking', 'breadcrumb', 'toolbar', 'tool', 'util', 'btn', 'like', 'reaction', 'sponsor', 'blind',
  'sr', 'tags', 'hashtag', 'keyword', 'keywords', 'writer', 'footer', 'gnb', 'lnb', 'navigation', 'menu',
]);

function nameWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (raw.trim() === '') return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

export function hasJunkName(el: Element): boolean {
  const words = nameWords(el);
  for (const w of words) if (JUNK_WORDS.has(w)) return true;
  // Two-word names the docs list (`link_news` on Naver bodies).
  const joined = words.join('_');
  return joined.includes('link_news') || joined.includes('more_news') || joined.includes('other_news');
}

/** Inline-hidden elements (`style="display:none"`); no layout reads, only the attribute. */
function isInlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Elements whose whole subtree is skipped, wherever they are. */
export function isNeverText(el: Element): boolean {
  return NON_TEXT_TAGS.has(el.tagName.toUpperCase()) || isInlineHidden(el) || isTranslatorInjected(el);
}

/** Photo captions: `figcaption`, or a class naming a caption (`img_desc` on Naver, `caption`, `cap`). */
const CAPTION_NAME = /(^|[\s_-])(caption|cap|figcaption|img_?desc|photo_?desc|image_?desc|photo_?txt|img_?txt|thum_figure_txt|news_photo_caption)($|[\s_-])/i;

export function isCaptionElement(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const cls = el.getAttribute('class');
  return cls !== null && (CAPTION_NAME.test(cls) || /caption/i.test(cls));
}

/**
 * Copyright and redistribution notices (`<저작권자 ⓒ 브레이크뉴스 무단전재 및 재배포 금지>`, `ⓒ중앙일보(…), 무단 전재 및 재배포 금지`;
 * SBS prints a capital circled C: `Copyright Ⓒ SBS`).
 */
const COPYRIGHT = /무단\s*-?\s*전재|무단\s*복제|재배포\s*(및\s*)?(AI\s*학습\s*)?(이용\s*)?금지|재판매\s*및\s*DB\s*금지|All rights reserved|저작권자\s*[©ⓒⒸ(]|Copyright\s*[©ⓒⒸ(]|^[<(\[]?\s*[©ⓒⒸ]/i;
/** Promo and navigation lines: `▶ 그래서, 팩트가 뭐야?`, `☞ …`, `이 기사 좋아요`, `기자의 다른기사`, `… 다른기사 보기`, ad labels, list titles. */
const PROMO = /^[▶☞►▷◆◇]\s*\S|^[[<(]?\s*관련\s*기사\s*[\]>)]?\s*[:：]|^이\s*기사\s*좋아요|기자의\s*다른\s*기사|다른\s*기사\s*보기|^\[광고\]|^(AD|ADVERTISEMENT|광고)$|^\[?이\s*시각\s*많이\s*본\s*기사\]?|^(많이\s*본\s*(뉴스|기사)|관련\s*기사\s*(목록)?|추천\s*기사|인기\s*기사|주요\s*뉴스|실시간\s*뉴스)$/;
/** Subscription and tip-off prompts, app pitches (YTN: `※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색해 채널 추가`). */
const PROMPT = /(페이스북|인스타그램|유튜브|카카오톡|텔레그램|네이버\s*포스트)\s*(공식\s*)?(페이지|채널|계정)\S*\s*(을|를)?\s*(열었습니다|개설했습니다|오픈했습니다)|구독\s*(하기|하고|신청|하세요|해\s*주세요)|제보가\s*뉴스가|채널\s*추가|(네이버|다음)\s*(메인|채널)에서|카카오톡\s*[:：]?\s*\S*\s*제보|제보\s*(하기|는|가\s*있으면)|앱\s*다운로드|좋아요\s*\d*\s*$/;
/** Image-viewer furniture that survives as text (`사진 확대`, `이미지 확대보기`). */
const VIEWER = /^(사진|이미지)\s*(확대|크게)\s*(보기)?$/;

const HAS_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** A text line that is page furniture rather than article text. */
export function isBoilerplateLine(text: string): boolean {
  if (text === '' || text === '(끝)') return true;
  if (text.length <= 160 && COPYRIGHT.test(text)) return true;
  if (text.length <= 120 && (PROMO.test(text) || VIEWER.test(text))) return true;
  if (text.length <= 80 && PROMPT.test(text)) return true;
  // A short line carrying an e-mail is a credit (`◎공감언론 뉴시스 sky@newsis.com`), not prose.
  if (text.length <= 50 && HAS_EMAIL.test(text)) return true;
  return isReporterLine(text) || isBylineDateLine(text);
}

/**
 * Template placeholders a CMS left unfilled in the saved page (`$$ARTICLEAD$$`, `{{ad_slot}}`): never
 * text, wherever they stand in a paragraph.
 */
const PLACEHOLDER = /\$\$[^$\s]{1,40}\$\$|\{\{[^{}]{1,40}\}\}/g;

export function stripPlaceholders(text: string): string {
  return text.includes('$$') || text.includes('{{') ? text.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim() : text;
}

/** Longest a photo caption written as a body paragraph is. */
const INLINE_CAPTION_MAX = 300;
/**
 * The end of a photo caption written inline as a paragraph: a date and the photographer's e-mail
 * (`… 2019.2.7 scoop@yna.co.kr`), a photo credit (`(사진=홍길동 기자)`, `/홍길동 기자`, `사진=○○시`),
 * or a copyright mark with its holder (`ⓒ 뉴스1`, `© 연합뉴스`).
 */
const CAPTION_END = new RegExp(
  [
    String.raw`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*(?:\/?\s*[가-힣]{2,4}\s*(?:기자)?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$`,
    String.raw`[(\[]\s*(?:사진|자료\s*사진|사진제공)\s*[=:]\s*[^)\]]{1,30}[)\]]\s*$`,
    String.raw`(?:^|\s)(?:사진|사진제공)\s*[=:]\s*\S[^.]{0,30}$`,
    // Not after a sentence: `…밝혔다. /세종=홍길동 기자` signs off an article.
    String.raw`(?<![다요]\.)\s\/\s*[가-힣]{2,4}\s*(?:사진)?기자\s*$`,
    String.raw`[©ⓒ]\s*\S[^.]{0,25}$`,
  ].join('|'),
);
/** A caption's opening credit (`(사진=홍길동 기자) …`, `사진=○○시 제공`). */
const CAPTION_START = /^[(\[]?\s*(?:사진|사진제공)\s*[=:]/;

/** A body paragraph that is a photo caption (inline captions go to the captions, not the body). */
export function isInlineCaption(text: string, altTexts: ReadonlySet<string> = new Set()): boolean {
  if (text.length > INLINE_CAPTION_MAX) return false;
  return CAPTION_END.test(text) || CAPTION_START.test(text) || altTexts.has(text);
}

/** Yonhap-style end mark glued to the last sentence (`…밝혔다.(끝)`). */
export function stripEndMark(text: string): string {
  return text.replace(/\s*\(끝\)\s*$/, '');
}
