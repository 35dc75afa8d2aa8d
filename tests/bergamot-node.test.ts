/**
 * The real Bergamot engine (@browsermt/bergamot-translator 0.4.9's WASM) in Node, as the CLI and
 * the maintainer's check run it (scripts/bergamot-node.ts): it instantiates, and given files that
 * are not a model it fails with a message instead of hanging. No real model can be had on these
 * machines, so translation itself is checked by scripts/bergamot-check.ts where there is internet.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createModelDirEngine, createNodeBergamotHost, loadModelDir } from '../scripts/bergamot-node';

const dir = mkdtempSync(join(tmpdir(), 'hanyeong-bergamot-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Bergamot in Node', () => {
  it('instantiates the WASM engine', async () => {
    const host = createNodeBergamotHost(async () => {
      throw new Error('not used');
    });
    try {
      expect(await host.engineStatus()).toMatchObject({ ready: true });
    } finally {
      host.close();
    }
  });

  it('reads a model folder by Mozilla\'s file names, gzipped or not, and says what is missing', async () => {
    writeFileSync(join(dir, 'model.koen.intgemm.alphas.bin.gz'), gzipSync(Buffer.from('model bytes')));
    writeFileSync(join(dir, 'lex.50.50.koen.s2t.bin'), Buffer.from('lex bytes'));
    writeFileSync(join(dir, 'vocab.koen.spm'), Buffer.from('vocab bytes'));
    const buffers = await loadModelDir(dir, 'ko', 'en');
    expect(Buffer.from(buffers.model).toString()).toBe('model bytes');
    expect(buffers.vocabs.map((v) => Buffer.from(v).toString())).toEqual(['vocab bytes']);
    await expect(loadModelDir(dir, 'en', 'ko')).rejects.toThrow(/has no complete en→ko model/);
  });

  it('fails with a message, not a hang, when the files are not a model', async () => {
    const engine = createModelDirEngine(dir);
    try {
      const error = await engine.translate({ texts: ['안녕하세요.'], from: 'ko', to: 'en' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ engine: 'bergamot' });
      // Marian gets as far as the vocabulary (SentencePiece refuses "vocab bytes") and aborts.
      expect((error as Error).message).toMatch(/^bergamot: unavailable: the translation engine failed: Aborted\(\)/);
      // The dead instance was ended: the next call starts a new engine and fails the same way, not with a stale one.
      const again = await engine.translate({ texts: ['안녕하세요.'], from: 'ko', to: 'en' }).catch((e: unknown) => e);
      expect((again as Error).message).toMatch(/Aborted\(\)/);
    } finally {
      engine.close();
    }
  }, 60_000);
});
