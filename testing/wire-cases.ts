/**
 * The wire-format cases of every engine that talks to a service: tests/translate-engines.test.ts runs
 * its shared tests (success in order, where credentials go, 429 with Retry-After, 5xx, refused access,
 * malformed answers, cancel, connection refused, redirects) once per entry, against the loopback
 * stand-in of testing/engine-servers.ts. tests/translate-registry.test.ts checks that every
 * network and keyless engine in the registry has an entry here: a new engine is not done without one.
 */
import { expect } from 'vitest';
import type { EngineConfig } from '../lib/translate/index';
import type { RecordedRequest, WireEngine } from './engine-servers';

export interface WireCase {
  config: (endpoint: string) => EngineConfig;
  /** Secrets in the config, each of which must appear exactly once in the request. */
  secrets: string[];
  /** The path translations are requested at (microsoft-edge also GETs its token at /translate/auth). */
  path: string;
  contentType: RegExp;
  /** Checks the secrets (or, keyless, the token) sit where the service expects them. */
  keyPlacement: (request: RecordedRequest) => void;
  /** The status a refused key gives, for engines with a key. */
  unauthorizedStatus?: number;
  /** One request per paragraph (the service takes one text at a time). */
  onePerRequest?: boolean;
}

const JSON_TYPE = /^application\/json/;

export const WIRE_CASES: Record<WireEngine, WireCase> = {
  deepl: {
    config: (endpoint) => ({ engine: 'deepl', key: 'deepl-secret-4f1c:fx', endpoint }),
    secrets: ['deepl-secret-4f1c:fx'],
    path: '/v2/translate',
    contentType: JSON_TYPE,
    keyPlacement: (r) => expect(r.headers.authorization).toBe('DeepL-Auth-Key deepl-secret-4f1c:fx'),
    unauthorizedStatus: 403,
  },
  google: {
    config: (endpoint) => ({ engine: 'google', key: 'AIzaGoogleSecret77', endpoint }),
    secrets: ['AIzaGoogleSecret77'],
    path: '/language/translate/v2',
    contentType: JSON_TYPE,
    keyPlacement: (r) => expect(r.query.get('key')).toBe('AIzaGoogleSecret77'),
    unauthorizedStatus: 403,
  },
  papago: {
    config: (endpoint) => ({ engine: 'papago', keyId: 'papagoClientId9', key: 'papagoClientSecret9', endpoint }),
    secrets: ['papagoClientId9', 'papagoClientSecret9'],
    path: '/nmt/v1/translation',
    contentType: JSON_TYPE,
    keyPlacement: (r) => {
      expect(r.headers['x-ncp-apigw-api-key-id']).toBe('papagoClientId9');
      expect(r.headers['x-ncp-apigw-api-key']).toBe('papagoClientSecret9');
    },
    unauthorizedStatus: 401,
    onePerRequest: true,
  },
  microsoft: {
    config: (endpoint) => ({ engine: 'microsoft', key: 'msSubscriptionSecret3', region: 'koreacentral', endpoint }),
    secrets: ['msSubscriptionSecret3'],
    path: '/translate',
    contentType: JSON_TYPE,
    keyPlacement: (r) => {
      expect(r.headers['ocp-apim-subscription-key']).toBe('msSubscriptionSecret3');
      expect(r.headers['ocp-apim-subscription-region']).toBe('koreacentral');
    },
    unauthorizedStatus: 401,
  },
  libretranslate: {
    config: (endpoint) => ({ engine: 'libretranslate', key: 'libreApiKey5', endpoint }),
    secrets: ['libreApiKey5'],
    path: '/translate',
    contentType: JSON_TYPE,
    keyPlacement: (r) => expect((r.json as { api_key?: string }).api_key).toBe('libreApiKey5'),
    unauthorizedStatus: 403,
  },
  openai: {
    config: (endpoint) => ({ engine: 'openai', key: 'sk-openaiSecret1', model: 'test-model', endpoint }),
    secrets: ['sk-openaiSecret1'],
    path: '/chat/completions',
    contentType: JSON_TYPE,
    keyPlacement: (r) => expect(r.headers.authorization).toBe('Bearer sk-openaiSecret1'),
    unauthorizedStatus: 401,
  },
  'google-web': {
    config: (endpoint) => ({ engine: 'google-web', endpoint }),
    secrets: [],
    path: '/translate_a/single',
    contentType: /^application\/x-www-form-urlencoded/,
    // Keyless: nothing that identifies the user goes with the text.
    keyPlacement: (r) => {
      expect(r.headers).not.toHaveProperty('authorization');
      expect(r.headers).not.toHaveProperty('cookie');
    },
    onePerRequest: true,
  },
  'microsoft-edge': {
    config: (endpoint) => ({ engine: 'microsoft-edge', endpoint }),
    secrets: [],
    path: '/translate',
    contentType: JSON_TYPE,
    // The token from the stand-in's /translate/auth, as a bearer.
    keyPlacement: (r) => expect(r.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]*$/),
  },
};
