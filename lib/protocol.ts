/**
 * The one message protocol between the background, the content scripts and the extension pages.
 * Every receiver runs `parse*Message` on what arrives and ignores anything that does not match;
 * who sent it (sender.id, sender.tab) is checked by the receiver in `entrypoints/`.
 *
 * The `reader:*` messages are also the automation contract documented in the README: the toolbar
 * button, the keyboard commands and the end-to-end tests all send them the same way.
 */

/** Background (or a test driving the background) → content script in a tab. */
export type TabMessage =
  | { type: 'reader:toggle' }
  | { type: 'reader:open' }
  | { type: 'reader:close' }
  | { type: 'reader:switch-language' }
  | { type: 'reader:state' };

/** Content script → background. */
export type BackgroundMessage =
  /** The every-page detector's verdict, to light the toolbar button. */
  | { type: 'page:candidate'; candidate: boolean }
  /** Inject the reader bundle into the sender's tab (top frame). The tab comes from `sender`, never the message. */
  | { type: 'reader:load' }
  /** Open the options page (the panel's "choose an engine" button; content scripts cannot open it themselves). */
  | { type: 'options:open' }
  /** Empty the translation cache (the options page's "clear" button). */
  | { type: 'translate:clear-cache' };

/** What the content script answers to any TabMessage. */
export interface ReaderStateReply {
  open: boolean;
  primary?: 'ko' | 'en';
  error?: string;
}

const TAB_TYPES = new Set<TabMessage['type']>(['reader:toggle', 'reader:open', 'reader:close', 'reader:switch-language', 'reader:state']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTabMessage(value: unknown): TabMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  if (!TAB_TYPES.has(value.type as TabMessage['type'])) return null;
  if (Object.keys(value).length !== 1) return null;
  return { type: value.type } as TabMessage;
}

export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  if (value.type === 'page:candidate') {
    return typeof value.candidate === 'boolean' && Object.keys(value).length === 2
      ? { type: 'page:candidate', candidate: value.candidate }
      : null;
  }
  if (value.type === 'reader:load' || value.type === 'options:open' || value.type === 'translate:clear-cache') {
    return Object.keys(value).length === 1 ? { type: value.type } : null;
  }
  return null;
}

/**
 * Translation with a network engine runs in the background (host permissions, no page CSP or CORS;
 * keys never enter the page's process). The content script opens a port named TRANSLATE_PORT, sends
 * one `translate:run`, and gets one `translate:result` or `translate:error` per paragraph, then
 * `translate:done`. Disconnecting the port cancels what is still outstanding (the panel closed).
 */
export const TRANSLATE_PORT = 'hanyeong-translate';

export type TranslateLanguage = 'ko' | 'en';

export interface TranslateRun {
  type: 'translate:run';
  from: TranslateLanguage;
  to: TranslateLanguage;
  paragraphs: string[];
}

export type TranslateReply =
  /** A request is about to go out for these paragraphs (the panel shows them as being translated). */
  | { type: 'translate:sent'; indices: number[] }
  | { type: 'translate:result'; index: number; text: string }
  /** `kind` is a TranslationErrorKind; `message` names the engine and the HTTP status, never a key. */
  | { type: 'translate:error'; index: number; kind: string; message: string }
  | { type: 'translate:done'; translated: number; failed: number; cancelled: number };

/** Most paragraphs one run may carry: a long article has a few hundred; anything far beyond is not a page. */
export const MAX_TRANSLATE_PARAGRAPHS = 2_000;

const isLanguage = (value: unknown): value is TranslateLanguage => value === 'ko' || value === 'en';
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isCount = isIndex;

export function parseTranslateRun(value: unknown): TranslateRun | null {
  if (!isRecord(value) || value.type !== 'translate:run' || Object.keys(value).length !== 4) return null;
  const { from, to, paragraphs } = value;
  if (!isLanguage(from) || !isLanguage(to) || from === to) return null;
  if (!Array.isArray(paragraphs) || paragraphs.length > MAX_TRANSLATE_PARAGRAPHS || !paragraphs.every((p) => typeof p === 'string')) return null;
  return { type: 'translate:run', from, to, paragraphs: [...paragraphs] };
}

export function parseTranslateReply(value: unknown): TranslateReply | null {
  if (!isRecord(value)) return null;
  const size = Object.keys(value).length;
  switch (value.type) {
    case 'translate:sent':
      return size === 2 && Array.isArray(value.indices) && value.indices.length <= MAX_TRANSLATE_PARAGRAPHS && value.indices.every(isIndex)
        ? { type: value.type, indices: [...(value.indices as number[])] }
        : null;
    case 'translate:result':
      return size === 3 && isIndex(value.index) && typeof value.text === 'string' ? { type: value.type, index: value.index, text: value.text } : null;
    case 'translate:error':
      return size === 4 && isIndex(value.index) && typeof value.kind === 'string' && typeof value.message === 'string'
        ? { type: value.type, index: value.index, kind: value.kind, message: value.message }
        : null;
    case 'translate:done':
      return size === 4 && isCount(value.translated) && isCount(value.failed) && isCount(value.cancelled)
        ? { type: value.type, translated: value.translated, failed: value.failed, cancelled: value.cancelled }
        : null;
    default:
      return null;
  }
}

/** The parts of a `runtime.MessageSender` the receivers check (the same shape in Chrome and Firefox). */
export interface MessageSenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * A tab message is obeyed only when it comes from this extension's background (or one of its
 * pages): same extension id and no `tab`. A content script of ours in another tab has a `tab`, and a
 * web page cannot reach `runtime.onMessage` at all (no `externally_connectable`).
 */
export function isFromExtensionBackground(sender: MessageSenderInfo, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}

/**
 * The tab a background message may act on: the sender's own tab, and only from our content script
 * in its top frame (the reader runs there only). Null for anything else, so the background never
 * acts on a tab id a message names.
 */
export function senderTopFrameTab(sender: MessageSenderInfo, ownId: string): number | null {
  if (sender.id !== ownId || sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** Keyboard command names in the manifest → the tab message each one sends. */
export const COMMAND_MESSAGES: Record<string, TabMessage> = {
  'toggle-reader': { type: 'reader:toggle' },
  'switch-language': { type: 'reader:switch-language' },
};
