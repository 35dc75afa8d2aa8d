/**
 * Content scripts and extension pages → the background, with the reply typed by the protocol's
 * table (lib/protocol.ts BackgroundReplies). `undefined` when the background did not answer (an
 * extension reloaded under the page, a message from where it is not obeyed).
 */
import { browser } from 'wxt/browser';
import type { BackgroundMessage, BackgroundReply } from '../lib/protocol';

export function askBackground<M extends BackgroundMessage>(message: M): Promise<BackgroundReply<M['type']> | undefined> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReply<M['type']> | undefined>;
}
