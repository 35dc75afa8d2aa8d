/**
 * Test builds only (npm run build:test): the detector's page-event bridge, installed from its
 * `if (__TEST_HOOKS__)` branch (entrypoints/detector.ts), so the store build compiles it out
 * (tests/store-bundle.test.ts checks its strings are absent). Firefox's BiDi driver cannot message
 * a tab from the background, so tests dispatch `hanyeong-test` events carrying the same messages;
 * the reply lands in the `data-hanyeong-test-reply` attribute of <html> (testing/driver.ts's
 * callTestBridge sends one and reads it back).
 */
import { browser } from 'wxt/browser';
import { parseTabMessage, parseTranslateReply, TRANSLATE_PORT, type ReaderStateReply, type TabMessage, type TranslateReply } from '../lib/protocol';
import { installSpeechStandIn, type SpeechStandIn } from './speech-stand-in';

export interface TestBridgeDeps {
  /** The detector's answer to a tab message (the never-run list applied), as the background's messages get it. */
  answer: (message: TabMessage) => Promise<ReaderStateReply>;
}

export function installTestBridge({ answer }: TestBridgeDeps): void {
  let speech: SpeechStandIn | null = null;
  const reply = (value: unknown) => document.documentElement.setAttribute('data-hanyeong-test-reply', JSON.stringify(value));
  window.addEventListener('hanyeong-test', (event) => {
    const detail = JSON.parse(String((event as CustomEvent).detail)) as { type?: unknown; area?: unknown; items?: unknown; action?: unknown; voices?: unknown };
    // Read-aloud tests (e2e/reader-ux.scenarios.ts): a stand-in speech synthesis in this world,
    // which the reader shares (testing/speech-stand-in.ts says why), its log, and its clock.
    if (detail.type === 'test:speech') {
      if (detail.action === 'install') speech = installSpeechStandIn(globalThis as unknown as Record<string, unknown>, Array.isArray(detail.voices) ? detail.voices.map(String) : undefined);
      const finished = detail.action === 'finish' ? (speech?.finish() ?? false) : detail.action === 'fail' ? (speech?.fail('synthesis-failed') ?? false) : null;
      reply({ installed: speech !== null, finished, log: speech?.log ?? [] });
      return;
    }
    // Translation tests (e2e/translate.scenarios.ts) choose an engine and its loopback endpoint
    // the way the options page stores them.
    // Word mode's tests (e2e/words.scenarios.ts) read back what Save stored.
    if (detail.type === 'test:storage' && (detail.area === 'sync' || detail.area === 'local') && Array.isArray((detail as { get?: unknown }).get)) {
      void browser.storage[detail.area].get((detail as unknown as { get: string[] }).get).then(reply);
      return;
    }
    if (detail.type === 'test:storage' && (detail.area === 'sync' || detail.area === 'local') && typeof detail.items === 'object' && detail.items) {
      void browser.storage[detail.area]
        .set(detail.items as Record<string, unknown>)
        .then(() => reply({ stored: true }));
      return;
    }
    // On-device translation tests (e2e/bergamot.*.e2e.ts): the engine's status and the model
    // list through the background, and one request on a translate port as the panel opens it
    // (optionally closing the port after some progress, as a removed panel does).
    if (detail.type === 'test:bergamot') {
      browser.runtime.sendMessage(detail).then(reply, (error: Error) => reply({ error: error.message }));
      return;
    }
    if (detail.type === 'test:port') {
      const { message, disconnectAfterProgress } = detail as { message?: unknown; disconnectAfterProgress?: unknown };
      const port = browser.runtime.connect({ name: TRANSLATE_PORT });
      const replies: TranslateReply[] = [];
      let settled = false;
      const finish = (how: 'answered' | 'disconnected' | 'lost') => {
        if (settled) return;
        settled = true;
        if (how !== 'lost') port.disconnect();
        reply({ replies, how });
      };
      port.onMessage.addListener((raw: unknown) => {
        const parsed = parseTranslateReply(raw);
        if (!parsed) return;
        replies.push(parsed);
        const progress = replies.filter((r) => r.type === 'translate:progress').length;
        if (['translate:availability', 'translate:prepared', 'translate:prepare-failed', 'translate:done'].includes(parsed.type)) finish('answered');
        else if (typeof disconnectAfterProgress === 'number' && progress >= disconnectAfterProgress) finish('disconnected');
      });
      port.onDisconnect.addListener(() => finish('lost'));
      port.postMessage(message);
      return;
    }
    const message = parseTabMessage(detail);
    if (!message) return;
    void answer(message).then(reply);
  });
  document.documentElement.setAttribute('data-hanyeong-test-ready', '');
}
