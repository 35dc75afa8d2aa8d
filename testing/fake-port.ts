/**
 * The background's side of a translate port without a browser: what the service posts, a way to send
 * it a request, and to disconnect it (entrypoints/background/translation-service.ts serveTranslatePort).
 */
import type { TranslateReply } from '../lib/protocol';
import type { TranslatePortLike } from '../entrypoints/background/translation-service';

export function fakePort() {
  const replies: TranslateReply[] = [];
  const listeners: { message: ((m: unknown) => void)[]; disconnect: (() => void)[] } = { message: [], disconnect: [] };
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const port: TranslatePortLike = {
    postMessage(reply) {
      replies.push(reply);
      if (reply.type === 'translate:done') finished();
    },
    onMessage: { addListener: (l) => void listeners.message.push(l) },
    onDisconnect: { addListener: (l) => void listeners.disconnect.push(l) },
  };
  return {
    port,
    replies,
    done,
    send: (message: unknown) => listeners.message.forEach((l) => l(message)),
    disconnect: () => listeners.disconnect.forEach((l) => l()),
  };
}
