/**
 * `reader extract --translate`: the CLI fills the other side with a network engine, against
 * loopback servers speaking each engine's wire format (testing/engine-servers.ts).
 * The CLI runs as a child process asynchronously: a synchronous spawn would block the server it talks to.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fakeTranslation, startEngineServer, type EngineServer } from '../testing/engine-servers';

const ROOT = resolve(import.meta.dirname, '..');
const NAVER = resolve(ROOT, 'tests/fixtures/naver-current/source.html');
const NAVER_URL = 'https://n.news.naver.com/mnews/article/001/0014700001';

function reader(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/reader-cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, HANYEONG_TRANSLATE_KEY: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let server: EngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('reader extract --translate', () => {
  it('fills English for a Korean article with no English: engine id as source, one row per paragraph, headline too', async () => {
    server = await startEngineServer('deepl');
    const { code, stdout, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'deepl', '--endpoint', server.url, '--key', 'cliKey:fx']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.englishSource).toBe('deepl');
    expect(out.ko.paragraphs).toHaveLength(4);
    expect(out.en.paragraphs).toEqual(out.ko.paragraphs.map(fakeTranslation));
    expect(out.headline).toEqual({ ko: '동네 도서관, 밤 10시까지 문 연다', en: fakeTranslation('동네 도서관, 밤 10시까지 문 연다') });
    expect(out.alignment).toEqual([0, 1, 2, 3].map((i) => ({ ko: [i], en: [i], confidence: 1 })));
    // The key went to DeepL's header, and only there.
    expect(server.requests.every((r) => r.headers.authorization === 'DeepL-Auth-Key cliKey:fx')).toBe(true);
    expect(server.requests.flatMap((r) => r.texts)).toHaveLength(5);
  });

  it('fills every English paragraph in order, one to one, with the keyless google-web engine (no key)', async () => {
    server = await startEngineServer('google-web');
    const { code, stdout, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'google-web', '--endpoint', server.url]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.englishSource).toBe('google-web');
    expect(out.ko.paragraphs).toHaveLength(4);
    expect(out.en.paragraphs).toEqual(out.ko.paragraphs.map(fakeTranslation));
    expect(out.headline.en).toBe(fakeTranslation(out.headline.ko));
    expect(out.alignment).toEqual([0, 1, 2, 3].map((i) => ({ ko: [i], en: [i], confidence: 1 })));
    // One request per paragraph, in reading order (the headline first), no credentials.
    expect(server.requests.map((r) => r.texts[0])).toEqual([out.headline.ko, ...out.ko.paragraphs]);
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('fills English with the keyless microsoft-edge engine: one token, then the translations with it', async () => {
    server = await startEngineServer('microsoft-edge');
    const { code, stdout, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'microsoft-edge', '--endpoint', server.url]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.englishSource).toBe('microsoft-edge');
    expect(out.en.paragraphs).toEqual(out.ko.paragraphs.map(fakeTranslation));
    expect(server.tokens).toHaveLength(1);
    expect(server.requests[0].path).toBe('/translate/auth');
  });

  it('names google-web and the status in one line when it is rate-limited for longer than the CLI waits', async () => {
    server = await startEngineServer('google-web', { reply: 'status', status: 429, headers: { 'Retry-After': '120' } });
    const { code, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'google-web', '--endpoint', server.url]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^reader: google-web: rate-limit \(HTTP 429, retry after 120000 ms\): too many requests$/m);
    // Nothing more was sent after the service asked for two minutes' pause.
    expect(server.requests).toHaveLength(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('keeps every paragraph in its place when a batch answer drops one (resent one by one)', async () => {
    server = await startEngineServer('deepl', [{ reply: 'wrong-count', mode: 'drop-last' }, { reply: 'translate' }]);
    const { code, stdout } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'deepl', '--endpoint', server.url, '--key', 'k']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.en.paragraphs).toEqual(out.ko.paragraphs.map(fakeTranslation));
  });

  it('reads the key from HANYEONG_TRANSLATE_KEY and speaks LibreTranslate', async () => {
    server = await startEngineServer('libretranslate');
    const { code, stdout } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate=libretranslate', `--endpoint=${server.url}`], { HANYEONG_TRANSLATE_KEY: 'envKey' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).englishSource).toBe('libretranslate');
    expect((server.requests[0].json as { api_key?: string }).api_key).toBe('envKey');
  });

  it('fails with one line naming the engine and the HTTP status when the engine keeps failing', async () => {
    server = await startEngineServer('deepl', { reply: 'status', status: 403 });
    const { code, stdout, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, '--translate', 'deepl', '--endpoint', server.url, '--key', 'bad']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^reader: deepl: auth \(HTTP 403\)/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--translate', 'chrome-builtin'], /unknown engine "chrome-builtin"/],
    [['--translate', 'deepl'], /--translate deepl needs --key/],
    [['--endpoint', 'http://127.0.0.1:9'], /--endpoint needs --translate/],
  ])('%j is a command-line error (exit 2, one line)', async (flags, message) => {
    const { code, stderr } = await reader(['extract', NAVER, '--url', NAVER_URL, ...flags]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
