/**
 * How the every-page detector reaches the reader bundle once it is injected: both run in the
 * extension's isolated world of the same frame, so the reader registers its controller on the
 * isolated world's global under this key (invisible to the page's own scripts).
 */
import type { ReaderStateReply, TabMessage } from '../lib/protocol';

export const READER_CONTROLLER = Symbol.for('hanyeong-reader.controller');

export interface ReaderController {
  handle(message: TabMessage): Promise<ReaderStateReply>;
  /** The page navigated in place: close the panel (its article is gone). */
  pageChanged(): void;
  /** The extension context is going away: remove the panel without touching extension APIs. */
  dispose(): void;
}
