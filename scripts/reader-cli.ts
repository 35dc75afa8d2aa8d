/**
 * The reader's command line: the same pipeline the extension runs, on files.
 *
 *   npm run --silent reader -- extract <page.html> [--url <page url>]
 *       [--translate <engine> [--endpoint <base url>] [--key <key>] [--model <m>] [--region <r>]]
 *   (engines: every one in lib/translate/registry.ts with a command-line part, e.g. deepl, google-web, microsoft-edge)
 *   npm run --silent reader -- align <ko.txt> <en.txt>
 *   npm run --silent reader -- words <sentences.txt>
 *   (one Korean sentence per line; prints a JSON array, one {"words": [...]} per line)
 *
 * Prints one JSON object on stdout. Bad input gives one line on stderr and a non-zero exit, never a
 * stack trace (exit 1: the input; exit 2: the command line).
 */
import { readFileSync, statSync } from 'node:fs';
import { loadPageBytes } from '../testing/load-page';
import { readArticle, type ReaderView } from '../lib/reader';
import { translationUnits, withTranslations } from '../lib/translated-view';
import { alignParagraphs } from '../lib/align';
import { createEngine, translateParagraphs, translationDirection, type CreateEngineDeps, type EngineConfig, type EngineId, type TranslationError } from '../lib/translate';
import { CLI_ENGINES, parseTranslateOptions, TRANSLATE_FLAGS, TranslateOptionsError } from './reader-cli-options';

const USAGE = `usage: reader extract <page.html> [--url <page url>] [--translate <${CLI_ENGINES.join('|')}> [--endpoint <url>] [--key <key>]] | reader align <ko.txt> <en.txt> | reader words <sentences.txt>`;

/**
 * What an on-device engine's create() needs that only Node can give, built from its config: the place
 * to register an engine whose backend loads files. Bergamot goes here: its `cli.config` reads
 * --model-dir into the config, and its entry builds deps.bergamot (the WASM engine with that folder's
 * model) for createEngine. Network engines need nothing here: fetch is Node's own.
 */
const NODE_BACKENDS: Partial<Record<EngineId, (config: EngineConfig) => Promise<{ deps: Partial<CreateEngineDeps>; close(): void }>>> = {
  async bergamot(config) {
    const modelDir = config.engine === 'bergamot' ? config.modelDir : undefined;
    if (!modelDir) throw new CliError('bergamot needs --model-dir DIR', 2);
    const { createNodeBergamotHost, loadModelDir } = await import('./bergamot-node');
    const host = createNodeBergamotHost((from, to) => loadModelDir(modelDir, from, to));
    return { deps: { bergamot: { translate: (texts, from, to, signal) => host.translate(texts, from, to, signal) } }, close: host.close };
  },
};

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function readInput(path: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`cannot read ${path}: it is a folder`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

/** A page must look like markup: no NUL bytes (images, archives) and at least one HTML tag. */
function assertHtml(path: string, bytes: Buffer, text: string): void {
  if (bytes.includes(0)) throw new CliError(`${path} is not an HTML page (binary data)`);
  if (!/<(html|head|body|div|p|article|meta|title)\b/i.test(text)) throw new CliError(`${path} is not an HTML page (no HTML tags)`);
}

function takeOption(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value`, 2);
  args.splice(at, 2);
  return value;
}

function readTranslateOptions(args: string[]): EngineConfig | null {
  let config: EngineConfig | null;
  try {
    config = parseTranslateOptions(args, process.env);
  } catch (error) {
    if (error instanceof TranslateOptionsError) throw new CliError(error.message, 2);
    throw error;
  }
  for (let i = args.length - 1; i >= 0; i--) {
    const name = args[i].split('=')[0];
    if (!TRANSLATE_FLAGS.includes(name)) continue;
    args.splice(i, args[i].includes('=') ? 1 : 2);
  }
  return config;
}

/**
 * Fills the other side with `config`'s engine, one row per source paragraph. Any paragraph
 * that still fails after the runner's retries fails the command: half-translated JSON would look whole.
 */
async function translateView(view: ReaderView, config: EngineConfig): Promise<ReaderView> {
  const direction = translationDirection(view.document.language);
  if (!direction) throw new CliError(`${config.engine}: cannot translate an article in language "${view.document.language}" (only Korean and English)`);
  const units = translationUnits(view.rows, direction.from);
  const translations = new Map<number, string>();
  let failure: TranslationError | undefined;
  const backend = await NODE_BACKENDS[config.engine]?.(config);
  try {
    await translateParagraphs({
      engine: createEngine(config, backend?.deps ?? {}),
      paragraphs: units.map((unit) => unit.text),
      ...direction,
      onResult: (index, text) => translations.set(units[index].row, text),
      onError: (_, error) => (failure ??= error),
    });
  } finally {
    backend?.close();
  }
  if (failure) throw new CliError(failure.message);
  return withTranslations(view, config.engine, direction.from, translations);
}

async function extractCommand(args: string[]): Promise<unknown> {
  const translate = readTranslateOptions(args);
  const url = takeOption(args, '--url');
  if (args.length !== 1) throw new CliError(USAGE, 2);
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) throw new CliError(`--url must be an http(s) URL, got "${url}"`, 2);
  const [path] = args;
  const bytes = readInput(path);
  const page = loadPageBytes(bytes, url);
  assertHtml(path, bytes, page.html);
  const view = readArticle(page.document, { url });
  return translate ? (await translateView(view, translate)).document : view.document;
}

function linesOf(path: string): string[] {
  const text = readInput(path).toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.trim());
}

function alignCommand(args: string[]): unknown {
  if (args.length !== 2) throw new CliError(USAGE, 2);
  const ko = linesOf(args[0]);
  const en = linesOf(args[1]);
  // Blank lines take part in no link but keep their line numbers.
  const koKept = ko.map((l, i) => [l, i] as const).filter(([l]) => l);
  const enKept = en.map((l, i) => [l, i] as const).filter(([l]) => l);
  const links = alignParagraphs(
    koKept.map(([l]) => l),
    enKept.map(([l]) => l),
  );
  return {
    alignment: links.map((link) => ({
      ko: link.ko.map((i) => koKept[i][1]),
      en: link.en.map((i) => enKept[i][1]),
      confidence: link.confidence,
    })),
  };
}

/**
 * Every word of every line: text as written, dictionary form, the analyser's tag and the word's
 * offsets in its line. A blank line gives an empty list, so entries stay line by line.
 */
async function wordsCommand(args: string[]): Promise<unknown> {
  if (args.length !== 1) throw new CliError(USAGE, 2);
  const [path] = args;
  const bytes = readInput(path);
  if (bytes.includes(0)) throw new CliError(`${path} is not a text file (binary data)`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (!lines.some((line) => line.trim())) throw new CliError(`${path} has no sentences (it is empty)`);
  const { analyseSentence } = await import('../lib/words');
  return lines.map((line) => ({
    words: analyseSentence(line).map(({ text, lemma, pos, start, end }) => ({ text, lemma, pos, start, end })),
  }));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    let result: unknown;
    if (command === 'extract') result = await extractCommand(args);
    else if (command === 'align') result = alignCommand(args);
    else if (command === 'words') result = await wordsCommand(args);
    else throw new CliError(command ? `unknown command "${command}"; ${USAGE}` : USAGE, 2);
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`reader: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`reader: internal error: ${message.split('\n')[0]}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
