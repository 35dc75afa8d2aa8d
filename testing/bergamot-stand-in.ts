/**
 * Test builds only (imported from `__TEST_HOOKS__` branches, so the store build has none of it):
 * where no real Bergamot model can be had (these machines have no internet), a stand-in for the
 * WASM worker that speaks translator-worker.js's protocol and answers each text with a fixed
 * transformation, `EN⟦text⟧` (the target language, upper case, around the source). It refuses to
 * translate before a model's files were handed to it, like the real worker, so a run through the
 * whole path (registry, download, store, load, translate) is what the end-to-end tests check.
 *
 * The configuration comes from `storage.local` (`hanyeong-test-bergamot`), which the tests write
 * through the `test:storage` bridge: it reaches the offscreen document and Firefox's background page alike.
 */
import { browser } from 'wxt/browser';
import type { WorkerLike } from '../lib/translate/bergamot';

export const BERGAMOT_TEST_KEY = 'hanyeong-test-bergamot';

export interface BergamotTestConfig {
  /** The loopback model host's models.json instead of Mozilla's. */
  registryUrl?: string;
  /** The stand-in worker instead of the WASM one. */
  standIn?: boolean;
}

export async function readBergamotTestConfig(): Promise<BergamotTestConfig | null> {
  const stored = (await browser.storage.local.get(BERGAMOT_TEST_KEY))[BERGAMOT_TEST_KEY] as BergamotTestConfig | undefined;
  return stored && typeof stored === 'object' ? stored : null;
}

export const standInTranslation = (text: string, to: string) => `${to.toUpperCase()}⟦${text}⟧`;

export function createStandInBergamotWorker(): WorkerLike {
  const listeners: Array<(event: MessageEvent) => void> = [];
  const models = new Set<string>();
  const answer = (data: unknown) => setTimeout(() => listeners.forEach((listener) => listener({ data } as MessageEvent)), 0);
  const methods: Record<string, (...args: never[]) => unknown> = {
    initialize: () => undefined,
    hasTranslationModel: ({ from, to }: { from: string; to: string }) => models.has(`${from}-${to}`),
    loadTranslationModel: ({ from, to }: { from: string; to: string }, buffers: { model: ArrayBuffer; shortlist: ArrayBuffer; vocabs: ArrayBuffer[] }) => {
      if (!(buffers.model.byteLength > 0 && buffers.shortlist.byteLength > 0 && buffers.vocabs.length > 0)) throw new Error('Stand-in: empty model files');
      models.add(`${from}-${to}`);
    },
    freeTranslationModel: ({ from, to }: { from: string; to: string }) => void models.delete(`${from}-${to}`),
    translate: ({ models: wanted, texts }: { models: Array<{ from: string; to: string }>; texts: Array<{ text: string }> }) => {
      const model = wanted[0]!;
      if (!models.has(`${model.from}-${model.to}`)) throw new Error(`Stand-in: no ${model.from}-${model.to} model loaded`);
      return texts.map(({ text }) => ({ target: { text: standInTranslation(text, model.to) } }));
    },
  };
  return {
    postMessage(message) {
      const { id, name, args } = message as { id: number; name: string; args: never[] };
      try {
        answer({ id, result: methods[name]!(...args) });
      } catch (error) {
        answer({ id, error: { name: 'Error', message: (error as Error).message } });
      }
    },
    addEventListener(type, listener) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent) => void);
    },
    terminate() {},
  };
}
