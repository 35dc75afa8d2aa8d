/**
 * Loopback stand-ins for the translation services, speaking each one's wire format
 * (lib/translate/<engine>.ts says where each format is documented). Each test starts its own server on
 * 127.0.0.1 with an ephemeral port, tells it how to answer, reads back exactly what was sent, and
 * closes it. Nothing here talks to any other address.
 *
 *   const server = await startEngineServer('deepl', [{ reply: 'status', status: 429, headers: { 'Retry-After': '2' } }, { reply: 'translate' }]);
 *   createDeepLEngine({ key, endpoint: server.url }) …
 *   server.requests[0].headers.authorization …
 *   await server.close();
 *
 * Over 300 lines because it holds one loopback server with a handler per engine's wire format; the
 * handlers share the request log and the scripted answers.
 */
import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type WireEngine = 'deepl' | 'google' | 'papago' | 'microsoft' | 'libretranslate' | 'openai' | 'google-web' | 'microsoft-edge';

/** microsoft-edge's token path; its requests are answered by the `auth` plan, apart from the translations'. */
export const EDGE_AUTH_PATH = '/translate/auth';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. "/translate?api-version=3.0&from=ko&to=en". */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Header names and values exactly as received, alternating. */
  rawHeaders: string[];
  body: string;
  /** The body parsed as JSON, or undefined if it was not JSON. */
  json: unknown;
  /** The texts to translate, read out of the engine's request format. */
  texts: string[];
  /** True if the client went away before an answer was sent (timeout, cancel). */
  aborted: boolean;
}

export type Behaviour =
  /** A correct answer translating every text with `translate` (default: fakeTranslation), after `delayMs` (default 0). */
  | { reply: 'translate'; translate?: (text: string) => string; delayMs?: number }
  /** An answer with one translation too few (or, for openai, two paragraphs merged under one id). */
  | { reply: 'wrong-count'; mode?: 'drop-last' | 'merge-first-two' | 'extra' }
  /** Any status with a JSON body (default: the engine's usual error body) and headers. */
  | { reply: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Bytes as given, for malformed answers. */
  | { reply: 'raw'; status?: number; body: string; contentType?: string }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | { reply: 'hang' }
  /** A redirect (307 keeps method and body) to `location`. */
  | { reply: 'redirect'; location: string; status?: number }
  /** microsoft-edge's token endpoint: a JWT expiring at `exp` (seconds since the epoch; default in 10 minutes). */
  | { reply: 'token'; exp?: number | null };

/** One behaviour for every request; a list used in order (the last one repeats); or a function of the request. */
export type BehaviourPlan = Behaviour | Behaviour[] | ((request: RecordedRequest, n: number) => Behaviour);

export interface EngineServer {
  /** Base URL to pass as the engine's `endpoint`, e.g. "http://127.0.0.1:53124". */
  url: string;
  requests: RecordedRequest[];
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  /** microsoft-edge: every token handed out, in order. */
  tokens: string[];
  close(): Promise<void>;
}

/** The fake "translation" every server returns by default: recognisable and tied to its source. */
export function fakeTranslation(text: string): string {
  return `T(${text})`;
}

export interface EngineServerOptions {
  /** microsoft-edge: how the token path answers (default: a fresh token, valid 10 minutes); counted apart from `plan`. */
  auth?: BehaviourPlan;
}

/** A JWT-shaped token (unsigned: the stand-in and the engine only read its payload). */
export function makeJwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

export async function startEngineServer(engine: WireEngine, plan: BehaviourPlan = { reply: 'translate' }, options: EngineServerOptions = {}): Promise<EngineServer> {
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const tokens: string[] = [];
  let translateCount = 0;
  let authCount = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = req.url ?? '/';
      const parsedUrl = new URL(url, 'http://127.0.0.1');
      const json = parseJson(body);
      const record: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: parsedUrl.pathname,
        query: parsedUrl.searchParams,
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        json,
        texts: readTexts(engine, json, body),
        aborted: false,
      };
      res.on('close', () => {
        if (!res.writableEnded) record.aborted = true;
      });
      requests.push(record);
      for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const isAuth = engine === 'microsoft-edge' && record.path === EDGE_AUTH_PATH;
      const chosen = isAuth ? (options.auth ?? { reply: 'token' }) : plan;
      const n = isAuth ? authCount++ : translateCount++;
      const behaviour = typeof chosen === 'function' ? chosen(record, n) : Array.isArray(chosen) ? chosen[Math.min(n, chosen.length - 1)] : chosen;
      if (isAuth && (behaviour.reply === 'token' || behaviour.reply === 'translate')) {
        const exp = behaviour.reply === 'token' && behaviour.exp !== undefined ? behaviour.exp : Math.floor(Date.now() / 1000) + 600;
        const token = makeJwt({ ...(exp === null ? {} : { exp }), jti: `token-${tokens.length + 1}` });
        tokens.push(token);
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end(token);
        return;
      }
      respond(engine, behaviour, record, res);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tokens,
    waitForRequests(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** The whole request as one string, to check that a secret appears exactly where it should and nowhere else. */
export function requestText(request: RecordedRequest): string {
  const headers: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) headers.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
  return [`${request.method} ${request.url}`, ...headers, '', request.body].join('\n');
}

export function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function readTexts(engine: WireEngine, json: unknown, raw: string): string[] {
  const body = (json ?? {}) as Record<string, unknown>;
  switch (engine) {
    case 'google-web':
      return new URLSearchParams(raw).getAll('q');
    case 'deepl':
      return asStrings(body.text);
    case 'google':
    case 'libretranslate':
      return asStrings(body.q);
    case 'papago':
      return asStrings(body.text);
    case 'microsoft':
    case 'microsoft-edge':
      return Array.isArray(json) ? json.map((item) => String((item as { Text?: unknown }).Text)) : [];
    case 'openai': {
      const messages = Array.isArray(body.messages) ? (body.messages as Array<{ role?: string; content?: string }>) : [];
      const user = messages.find((m) => m.role === 'user')?.content ?? '';
      return [...user.matchAll(/^\[\[(\d+)\]\] (.*)$/gm)].map((m) => m[2]);
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function respond(engine: WireEngine, behaviour: Behaviour, request: RecordedRequest, res: ServerResponse): void {
  switch (behaviour.reply) {
    case 'hang':
      return;
    case 'redirect':
      res.writeHead(behaviour.status ?? 307, { Location: behaviour.location });
      res.end();
      return;
    case 'token':
      send(res, 500, { error: 'a token behaviour answers the token path only' });
      return;
    case 'raw':
      res.writeHead(behaviour.status ?? 200, { 'Content-Type': behaviour.contentType ?? 'application/json' });
      res.end(behaviour.body);
      return;
    case 'status':
      send(res, behaviour.status, behaviour.body ?? errorBody(engine, behaviour.status), behaviour.headers);
      return;
    case 'translate': {
      const translate = behaviour.translate ?? fakeTranslation;
      const answer = () => {
        if (!res.destroyed) send(res, 200, successBody(engine, request, request.texts.map(translate)));
      };
      if (behaviour.delayMs) setTimeout(answer, behaviour.delayMs);
      else answer();
      return;
    }
    case 'wrong-count': {
      const out = request.texts.map(fakeTranslation);
      const mode = behaviour.mode ?? (engine === 'openai' ? 'merge-first-two' : 'drop-last');
      if (mode === 'extra') out.push('T(extra)');
      else if (mode === 'merge-first-two' && out.length >= 2) {
        // Keep the ids of the others: the second paragraph's id is simply missing.
        if (engine === 'openai') {
          const lines = out.map((text, i) => `[[${i + 1}]] ${text}`);
          lines.splice(0, 2, `[[1]] ${out[0]} ${out[1]}`);
          send(res, 200, chatCompletion(lines.join('\n')));
          return;
        }
        out.splice(0, 2, `${out[0]} ${out[1]}`);
      } else out.pop();
      send(res, 200, successBody(engine, request, out));
      return;
    }
  }
}

function chatCompletion(content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  };
}

/** A 200 answer carrying `out` in the engine's format. */
function successBody(engine: WireEngine, request: RecordedRequest, out: string[]): unknown {
  const json = (request.json ?? {}) as Record<string, unknown>;
  switch (engine) {
    case 'deepl':
      return { translations: out.map((text) => ({ detected_source_language: String(json.source_lang ?? 'KO'), text })) };
    case 'google':
      return { data: { translations: out.map((translatedText) => ({ translatedText })) } };
    case 'papago':
      return { message: { '@type': 'response', result: { srcLangType: json.source, tarLangType: json.target, translatedText: out[0] ?? '' } } };
    case 'microsoft':
    case 'microsoft-edge':
      return out.map((text) => ({ translations: [{ text, to: request.query.get('to') }] }));
    case 'google-web':
      // [[[translated, source, null, null, 10], …], null, "ko"]; the source sentence is not read back.
      return [out.flatMap((text) => sentencesOf(text).map((piece) => [piece, request.texts[0] ?? '', null, null, 10])), null, request.query.get('sl')];
    case 'libretranslate':
      return { translatedText: typeof json.q === 'string' && out.length === 1 ? out[0] : out };
    case 'openai':
      return chatCompletion(out.map((text, i) => `[[${i + 1}]] ${text}`).join('\n'));
  }
}

/** The error body each service sends, close enough for the engines' parsers. */
function errorBody(engine: WireEngine, status: number): unknown {
  const message = `test error ${status}`;
  switch (engine) {
    case 'deepl':
      return { message };
    case 'google':
      return { error: { code: status, message, errors: [{ message, domain: 'global', reason: 'backendError' }] } };
    case 'papago':
      return { error: { errorCode: 'N2MT99', message } };
    case 'microsoft':
    case 'microsoft-edge':
      return { error: { code: status * 1000, message } };
    case 'google-web':
      return { error: { code: status, message } };
    case 'libretranslate':
      return { error: message };
    case 'openai':
      return { error: { message, type: 'test_error', param: null, code: null } };
  }
}

/**
 * google-web's answer cuts a translation into sentence segments, each keeping its trailing space:
 * joined back they give the whole text ("T(가. 나.)" → ["T(가. ", "나.)"]).
 */
export function sentencesOf(text: string): string[] {
  return text.match(/[^.]+(?:\.+\s*|$)|\.+\s*/g) ?? [text];
}
