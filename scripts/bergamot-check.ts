/**
 * The maintainer's check of the real on-device engine (`npm run bergamot:check`), for a machine
 * with internet access (the development machines have none, so CI cannot run it): downloads
 * Mozilla's real ko→en model with the extension's own code (lib/translate/bergamot: the model list,
 * progress, gunzip, SHA-256), translates the seed article's Korean with the real WASM engine in
 * Node (scripts/bergamot-node.ts) and prints both sides and the speed in words per second.
 *
 *   npm run bergamot:check [-- --dir out/bergamot-models] [--registry <models.json url>]
 *
 * The model files are also written to --dir under Mozilla's names (gunzipped), so the CLI can use
 * them: `npm run reader -- extract page.html --translate bergamot --model-dir out/bergamot-models`.
 * Offline, it stops at the model list with a message saying so (exit 2).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { BergamotError, createMemoryModelStore, createModelManager, hostOf, MOZILLA_MODELS_URL } from '../lib/translate/bergamot';
import { createBergamotEngine } from '../lib/translate/bergamot';
import { translateParagraphs } from '../lib/translate';
import { loadSeedArticle, sharedFolder } from '../testing/align-corpus';
import { createNodeBergamotHost } from './bergamot-node';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const words = (texts: string[]) => texts.reduce((sum, text) => sum + (text.trim() ? text.trim().split(/\s+/).length : 0), 0);

async function main(): Promise<number> {
  const dir = resolve(ROOT, option('--dir') ?? 'out/bergamot-models');
  const registryUrl = option('--registry') ?? MOZILLA_MODELS_URL;
  const seed = loadSeedArticle(sharedFolder(ROOT));
  if (!seed) {
    console.error(`bergamot:check: the seed article is missing (${sharedFolder(ROOT)}/seed/…); it is the text translated`);
    return 1;
  }

  const manager = createModelManager({ store: createMemoryModelStore(), registryUrl: () => registryUrl });
  console.error(`Model list: ${registryUrl}`);
  const offer = await manager.availability('ko', 'en');
  if (offer.state === 'unavailable') {
    const offline = /could not reach/.test(offer.reason);
    console.error(
      offline
        ? `bergamot:check needs the internet: ${offer.reason}. Run it on a machine that can reach ${hostOf(registryUrl)}.`
        : `bergamot:check: no ko→en model to download: ${offer.reason}`,
    );
    return offline ? 2 : 1;
  }
  if (offer.state === 'downloadable') console.error(`Downloading ${(offer.bytes / 1e6).toFixed(1)} MB from ${offer.source}…`);
  let shown = -1;
  const installed = await manager.prepare('ko', 'en', {
    onProgress: ({ loaded, total }) => {
      const percent = total ? Math.floor((loaded / total) * 100) : 0;
      if (percent >= shown + 10) console.error(`  ${percent}% (${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB)`), (shown = percent);
    },
  });
  console.error(`Installed ${installed.pair} (${installed.architecture}, ${(installed.bytes / 1e6).toFixed(1)} MB gunzipped; SHA-256 of the model checked against the list)`);

  const buffers = await manager.load('ko', 'en');
  await mkdir(dir, { recursive: true });
  const byRole = new Map(installed.files.map((file) => [file.role, basename(file.path).replace(/\.gz$/, '')]));
  await writeFile(join(dir, byRole.get('model')!), new Uint8Array(buffers.model.slice(0)));
  await writeFile(join(dir, byRole.get('lex')!), new Uint8Array(buffers.shortlist.slice(0)));
  const vocabRoles = byRole.has('vocab') ? ['vocab'] : ['srcvocab', 'trgvocab'];
  await Promise.all(vocabRoles.map((role, i) => writeFile(join(dir, byRole.get(role as never)!), new Uint8Array(buffers.vocabs[i]!.slice(0)))));
  console.error(`Model files written to ${dir} (for --model-dir)`);

  const host = createNodeBergamotHost(() => manager.load('ko', 'en'));
  const engine = createBergamotEngine({ engine: 'bergamot' }, { backend: { translate: (texts, from, to, signal) => host.translate(texts, from, to, signal) } });
  const out: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await translateParagraphs({
    engine,
    paragraphs: seed.ko,
    from: 'ko',
    to: 'en',
    timeoutMs: 120_000,
    onResult: (index, text) => (out[index] = text),
    onError: (index, error) => failures.push(`paragraph ${index}: ${error.message}`),
  });
  const seconds = (performance.now() - started) / 1000;
  host.close();

  seed.ko.forEach((ko, index) => console.log(`KO ${index + 1}: ${ko}\nEN ${index + 1}: ${out[index] ?? '(failed)'}\n`));
  console.log(`${seed.ko.length} paragraphs, ${words(seed.ko)} Korean words → ${words(out.filter(Boolean))} English words in ${seconds.toFixed(2)} s (model load included): ${(words(seed.ko) / seconds).toFixed(1)} source words/s`);
  if (failures.length) {
    console.error(failures.join('\n'));
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bergamot:check: ${error instanceof BergamotError ? `${error.kind}: ` : ''}${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
