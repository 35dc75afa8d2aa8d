/**
 * The reader's command line: the same pipeline the extension runs, on files.
 *
 *   npm run --silent reader -- extract <page.html> [--url <page url>]
 *   npm run --silent reader -- align <ko.txt> <en.txt>
 *
 * Prints one JSON object on stdout. Bad input gives one line on stderr and a non-zero exit, never a
 * stack trace (exit 1: the input; exit 2: the command line).
 */
import { readFileSync, statSync } from 'node:fs';
import { loadPageBytes } from './load-page';
import { readArticle } from '../lib/reader';
import { alignParagraphs } from '../lib/align';

const USAGE = 'usage: reader extract <page.html> [--url <page url>] | reader align <ko.txt> <en.txt>';

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

function extractCommand(args: string[]): unknown {
  const url = takeOption(args, '--url');
  if (args.length !== 1) throw new CliError(USAGE, 2);
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) throw new CliError(`--url must be an http(s) URL, got "${url}"`, 2);
  const [path] = args;
  const bytes = readInput(path);
  const page = loadPageBytes(bytes, url);
  assertHtml(path, bytes, page.html);
  return readArticle(page.document, { url }).document;
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

function main(argv: string[]): number {
  const [command, ...args] = argv;
  try {
    let result: unknown;
    if (command === 'extract') result = extractCommand(args);
    else if (command === 'align') result = alignCommand(args);
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

process.exitCode = main(process.argv.slice(2));
