/**
 * The one message protocol between the background, the content scripts and the extension pages.
 * Every receiver runs `parse*Message` on what arrives and ignores anything that does not match;
 * who sent it (sender.id, sender.tab) is checked by the receiver in `entrypoints/`.
 *
 * The `reader:*` messages are also the automation contract documented in the README: the toolbar
 * button, the keyboard commands and the end-to-end tests all send them the same way.
 *
 * Over 300 lines because the conventions keep every message in one typed file: its types, its
 * replies and its parsers stay side by side, so a sender and a receiver cannot drift apart.
 */

import type { InstalledModel } from './translate/bergamot/store';
import type { DictionaryInfo } from './words/dictionary-download';
import type { DictionaryMatch } from './words/dictionary';
import type { Language } from './types';

/**
 * The attribute on the panel's host, `<div data-hanyeong-reader>` (README "Automation contract"): a
 * built-in element, because a page can define any custom element name first.
 */
export const PANEL_HOST_ATTRIBUTE = 'data-hanyeong-reader';

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
  /** The page covered the panel or made it inert past recovery: the panel closed; the toolbar button says why. */
  | { type: 'reader:blocked'; reason: BlockedReason }
  /** Open the options page (the panel's "choose an engine" button; content scripts cannot open it themselves). */
  | { type: 'options:open' }
  /** Empty the translation cache (the options page's "clear" button). */
  | { type: 'translate:clear-cache' }
  /** The installed on-device models (the options page); answered `{ ok, models }`. Extension pages only. */
  | { type: 'models:list' }
  /** Remove an installed on-device model (the options page). Extension pages only. */
  | { type: 'models:remove'; pair: ModelPairName }
  /** Inject word mode's analyser (word-tools.js) into the sender's tab (top frame), when word mode is first used. */
  | { type: 'words:load' }
  /** Dictionary entries for dictionary forms (at most MAX_LOOKUP_LEMMAS), from the dictionary stored in the extension. */
  | { type: 'words:lookup'; lemmas: string[] }
  /** The dictionary's state; `download` starts the download the reader agreed to, `cancel` stops it. */
  | { type: 'words:dictionary'; action: DictionaryAction }
  /** Open the Words page (the card's "Your words"; content scripts cannot open extension pages themselves). */
  | { type: 'words:open-list' };

/** A background act that either worked or failed with its reason. */
export type Outcome = { ok: true } | { ok: false; error: string };

/**
 * What the background answers to each BackgroundMessage (`undefined`: no answer), so a sender
 * reads a typed reply (utils/background.ts `askBackground`) and the background's listener is
 * checked against the same table (entrypoints/background/router.ts).
 */
export interface BackgroundReplies {
  'page:candidate': undefined;
  'reader:load': Outcome;
  'reader:blocked': undefined;
  'options:open': Outcome;
  'translate:clear-cache': Outcome;
  'models:list': { ok: true; models: InstalledModel[] } | { ok: false; error: string };
  'models:remove': Outcome;
  'words:load': Outcome;
  'words:open-list': Outcome;
  'words:lookup': { ok: true; entries: Record<string, DictionaryMatch[]> } | { ok: false; error: 'no-dictionary' | string };
  'words:dictionary': { ok: true; state: DictionaryState } | { ok: false; error: string };
}

/** `update` downloads again only if the source changed; `remove` deletes the stored copy. */
export type DictionaryAction = 'status' | 'download' | 'update' | 'cancel' | 'remove';
const DICTIONARY_ACTIONS: readonly DictionaryAction[] = ['status', 'download', 'update', 'cancel', 'remove'];

/** Where the word dictionary is: stored (and which copy), being downloaded, or failed. */
export interface DictionaryState {
  installed: DictionaryInfo | null;
  /** While downloading: bytes so far and of the whole file (an estimate until the host says). */
  download: { loaded: number; total: number } | null;
  /** The last download's failure, as a DictionaryErrorKind and its message. */
  error: { kind: string; message: string } | null;
}

/** A tap's lookup carries one sentence's words. */
export const MAX_LOOKUP_LEMMAS = 64;
export type BackgroundReply<T extends BackgroundMessage['type']> = BackgroundReplies[T];

/** An on-device model's direction, as stored and listed: "ko-en" or "en-ko". */
export type ModelPairName = 'ko-en' | 'en-ko';

/**
 * Why a panel could not stay usable: `covered`, the page kept putting its own top-layer elements
 * (dialogs, popovers) over it; `inert`, the page made the whole document inert.
 */
export type BlockedReason = 'covered' | 'inert';

/** What the content script answers to any TabMessage. */
export interface ReaderStateReply {
  open: boolean;
  primary?: Language;
  error?: string;
  /** Set when the last panel on this page closed because the page would not let it be used. */
  blocked?: BlockedReason;
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
  if (value.type === 'words:lookup') {
    const lemmas = value.lemmas;
    return Array.isArray(lemmas) && lemmas.length <= MAX_LOOKUP_LEMMAS && lemmas.every((lemma) => typeof lemma === 'string' && lemma.length > 0 && lemma.length <= 100) && Object.keys(value).length === 2
      ? { type: 'words:lookup', lemmas: [...lemmas] }
      : null;
  }
  if (value.type === 'words:dictionary') {
    return DICTIONARY_ACTIONS.includes(value.action as DictionaryAction) && Object.keys(value).length === 2 ? { type: 'words:dictionary', action: value.action as DictionaryAction } : null;
  }
  if (value.type === 'reader:load' || value.type === 'words:load' || value.type === 'words:open-list' || value.type === 'options:open' || value.type === 'translate:clear-cache' || value.type === 'models:list') {
    return Object.keys(value).length === 1 ? { type: value.type } : null;
  }
  if (value.type === 'reader:blocked') {
    return (value.reason === 'covered' || value.reason === 'inert') && Object.keys(value).length === 2 ? { type: 'reader:blocked', reason: value.reason } : null;
  }
  if (value.type === 'models:remove') {
    return (value.pair === 'ko-en' || value.pair === 'en-ko') && Object.keys(value).length === 2 ? { type: 'models:remove', pair: value.pair } : null;
  }
  return null;
}

/**
 * Translation with a network engine runs in the background (host permissions, no page CSP or CORS;
 * keys never enter the page's process). The content script opens a port named TRANSLATE_PORT, sends
 * one `translate:run`, and gets one `translate:result` or `translate:error` per paragraph, then
 * `translate:done`. Disconnecting the port cancels what is still outstanding (the panel closed).
 *
 * The same kind of port carries the on-device engine's questions (one request per port):
 * - `translate:availability` → one `translate:availability` reply: 'available', 'downloadable'
 *   (with the download's size and host) or 'unavailable', and the engine that would run;
 * - `translate:prepare` (from the panel's download button) → `translate:progress`… then
 *   `translate:prepared` or `translate:prepare-failed`. Disconnecting cancels the download; the
 *   files already checked and stored are kept for the next attempt.
 * The content script may name only 'bergamot' (the on-device fallback when the user's setting is
 * 'auto'); any other engine is the background's own choice from the settings.
 */
export const TRANSLATE_PORT = 'hanyeong-translate';


/**
 * The engines a content script may name instead of the one in the options: Mozilla's on-device
 * model (the fallback of the 'auto' setting), and the two keyless web engines (the panel offers the
 * other one, from the reader's click, when the chosen one fails). Keyed engines are never named:
 * their keys are used only for the engine the user chose.
 */
export const NAMED_ENGINES = ['bergamot', 'google-web', 'microsoft-edge'] as const;
export type NamedEngine = (typeof NAMED_ENGINES)[number];

export interface TranslateRun {
  type: 'translate:run';
  from: Language;
  to: Language;
  paragraphs: string[];
  /** This engine, whatever the settings say. */
  engine?: NamedEngine;
}

export interface TranslateAvailabilityRequest {
  type: 'translate:availability';
  from: Language;
  to: Language;
  engine?: NamedEngine;
}

export interface TranslatePrepare {
  type: 'translate:prepare';
  from: Language;
  to: Language;
  engine: NamedEngine;
}

/** What the content script may send on a TRANSLATE_PORT port. */
export type TranslatePortRequest = TranslateRun | TranslateAvailabilityRequest | TranslatePrepare;

export type TranslateAvailabilityState = 'available' | 'downloadable' | 'unavailable';

export type TranslateReply =
  /** A request is about to go out for these paragraphs (the panel shows them as being translated). */
  | { type: 'translate:sent'; indices: number[] }
  | { type: 'translate:result'; index: number; text: string }
  /** `kind` is a TranslationErrorKind; `message` names the engine and the HTTP status, never a key. */
  | { type: 'translate:error'; index: number; kind: string; message: string }
  | { type: 'translate:done'; translated: number; failed: number; cancelled: number }
  /** `engine`: the engine id that would translate ('none' when no engine is chosen). `download`: compressed bytes and "Mozilla (host)". */
  | { type: 'translate:availability'; state: TranslateAvailabilityState; engine: string; download?: { bytes: number; source: string } }
  | { type: 'translate:progress'; loaded: number; total: number }
  | { type: 'translate:prepared' }
  /** `kind` is a BergamotErrorKind (lib/translate/bergamot/errors.ts); `message` one line, no secrets. */
  | { type: 'translate:prepare-failed'; kind: string; message: string };

/** Most paragraphs one run may carry: a long article has a few hundred; anything far beyond is not a page. */
export const MAX_TRANSLATE_PARAGRAPHS = 2_000;

const isLanguage = (value: unknown): value is Language => value === 'ko' || value === 'en';
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isCount = isIndex;

export const isNamedEngine = (value: unknown): value is NamedEngine => (NAMED_ENGINES as readonly unknown[]).includes(value);

/** Checks the keys are exactly `required` plus, when present, an `engine` naming a NamedEngine. */
function hasShape(value: Record<string, unknown>, required: number, engineRequired = false): boolean {
  const size = Object.keys(value).length;
  if ('engine' in value) return isNamedEngine(value.engine) && size === required + 1;
  return !engineRequired && size === required;
}

export function parseTranslateRun(value: unknown): TranslateRun | null {
  if (!isRecord(value) || value.type !== 'translate:run' || !hasShape(value, 4)) return null;
  const { from, to, paragraphs } = value;
  if (!isLanguage(from) || !isLanguage(to) || from === to) return null;
  if (!Array.isArray(paragraphs) || paragraphs.length > MAX_TRANSLATE_PARAGRAPHS || !paragraphs.every((p) => typeof p === 'string')) return null;
  const run: TranslateRun = { type: 'translate:run', from, to, paragraphs: [...paragraphs] };
  if (isNamedEngine(value.engine)) run.engine = value.engine;
  return run;
}

/** Any request a TRANSLATE_PORT port may carry, or null. */
export function parseTranslatePortRequest(value: unknown): TranslatePortRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === 'translate:run') return parseTranslateRun(value);
  if (value.type !== 'translate:availability' && value.type !== 'translate:prepare') return null;
  const { from, to } = value;
  if (!isLanguage(from) || !isLanguage(to) || from === to) return null;
  if (value.type === 'translate:prepare') {
    return hasShape(value, 3, true) ? { type: 'translate:prepare', from, to, engine: 'bergamot' } : null;
  }
  if (!hasShape(value, 3)) return null;
  return isNamedEngine(value.engine) ? { type: 'translate:availability', from, to, engine: value.engine } : { type: 'translate:availability', from, to };
}

const isAvailabilityState = (value: unknown): value is TranslateAvailabilityState => value === 'available' || value === 'downloadable' || value === 'unavailable';
const isDownload = (value: unknown): value is { bytes: number; source: string } =>
  isRecord(value) && Object.keys(value).length === 2 && isCount(value.bytes) && typeof value.source === 'string';

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
    case 'translate:availability': {
      if (!isAvailabilityState(value.state) || typeof value.engine !== 'string') return null;
      if ('download' in value) {
        return size === 4 && isDownload(value.download)
          ? { type: value.type, state: value.state, engine: value.engine, download: { bytes: value.download.bytes, source: value.download.source } }
          : null;
      }
      return size === 3 ? { type: value.type, state: value.state, engine: value.engine } : null;
    }
    case 'translate:progress':
      return size === 3 && isCount(value.loaded) && isCount(value.total) ? { type: value.type, loaded: value.loaded, total: value.total } : null;
    case 'translate:prepared':
      return size === 1 ? { type: value.type } : null;
    case 'translate:prepare-failed':
      return size === 3 && typeof value.kind === 'string' && typeof value.message === 'string' ? { type: value.type, kind: value.kind, message: value.message } : null;
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
