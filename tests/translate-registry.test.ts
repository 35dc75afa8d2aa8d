/**
 * The engine registry's conventions, checked for every engine in it (as Refined GitHub checks its
 * features): each file in lib/translate/engines/ is registered under its own id; every engine that
 * talks to a service has wire-format cases (testing/wire-cases.ts, run by
 * tests/translate-engines.test.ts); every engine has a name in both locales, and every keyless web
 * engine the notice the options page shows next to it; what is derived from the list matches it;
 * the translation direction.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENGINES, ENGINE_IDS, ENGINE_LABELS, createEngine, engineDefinition, engineLabelKey, engineNoticeKey, translationDirection, type EngineConfig } from '../lib/translate/index';
import { ENGINE_FIELDS } from '../components/options/options-model';
import { WIRE_CASES } from '../testing/wire-cases';

const ROOT = resolve(import.meta.dirname, '..');
/** A flat locale file's top-level `key: value` lines (tests/store-locales.test.ts reads them the same way). */
const locale = (lang: string): Record<string, unknown> =>
  Object.fromEntries([...readFileSync(resolve(ROOT, `locales/${lang}.yml`), 'utf8').matchAll(/^([A-Za-z]\w*): *(.+)$/gm)].map((m) => [m[1], m[2]]));

describe('engine registry', () => {
  it('builds every engine id with its own id and label', () => {
    for (const id of ENGINE_IDS) {
      // Credentials every keyed engine accepts; on-device ones build without their backend (they fail only when asked to translate).
      const engine = createEngine({ engine: id, key: 'k', keyId: 'i' } as EngineConfig);
      expect(engine.id).toBe(id);
      expect(engine.label).toBe(ENGINE_LABELS[id]);
    }
  });

  it('lists every engine file of lib/translate/engines/ once, in ENGINE_IDS order, under its own id', () => {
    const files = readdirSync(resolve(ROOT, 'lib/translate/engines')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect([...files].sort()).toEqual([...ENGINE_IDS].sort());
    expect(ENGINES.map((d) => d.id)).toEqual([...ENGINE_IDS]);
    for (const id of ENGINE_IDS) expect(engineDefinition(id).id).toBe(id);
  });

  it('has wire-format tests for every engine that talks to a service', () => {
    const talking = ENGINES.filter((d) => d.kind !== 'on-device').map((d) => d.id);
    expect(talking.length).toBeGreaterThan(0);
    expect(talking.filter((id) => !(id in WIRE_CASES))).toEqual([]);
    // And no wire case for an engine the registry does not have.
    expect(Object.keys(WIRE_CASES).filter((id) => !talking.includes(id as never))).toEqual([]);
  });

  it.each(['en', 'ko'])('has every engine’s name, and every keyless engine’s notice, in locales/%s.yml', (lang) => {
    const strings = locale(lang);
    for (const definition of ENGINES) {
      expect(strings[engineLabelKey(definition.id)], `${engineLabelKey(definition.id)} in ${lang}`).toEqual(expect.any(String));
      if (definition.kind === 'keyless-web') {
        expect(strings[engineNoticeKey(definition.id)], `${engineNoticeKey(definition.id)} in ${lang}`).toEqual(expect.stringMatching(/\S{10}/));
      }
    }
    expect(strings.optionsEngineAuto).toEqual(expect.any(String));
  });

  it('derives labels and options fields from the list', () => {
    expect(engineLabelKey('google-web')).toBe('engineGoogleWeb');
    expect(engineLabelKey('chrome-builtin')).toBe('engineChromeBuiltin');
    for (const definition of ENGINES) {
      expect(ENGINE_LABELS[definition.id]).toBe(definition.label);
      expect(ENGINE_FIELDS[definition.id]).toBe(definition.fields);
    }
    expect(ENGINE_LABELS.auto).toBe('On-device');
  });

  it('gives on-device engines no key and no service; every other engine at least one origin', () => {
    for (const definition of ENGINES) {
      const config = { engine: definition.id } as never;
      if (definition.kind === 'on-device') {
        expect(definition.needsKey(config)).toBe(false);
        expect(definition.fields).toEqual([]);
      } else {
        expect(definition.origins(config).length, definition.id).toBeGreaterThan(0);
        for (const origin of definition.origins(config)) expect(origin).toMatch(/^https:\/\//);
      }
      if (definition.kind === 'keyless-web') expect(definition.needsKey(config)).toBe(false);
    }
  });
});

describe('translationDirection', () => {
  it('translates Korean articles into English and English ones into Korean', () => {
    expect(translationDirection('ko')).toEqual({ from: 'ko', to: 'en' });
    expect(translationDirection('ko-KR')).toEqual({ from: 'ko', to: 'en' });
    expect(translationDirection('en')).toEqual({ from: 'en', to: 'ko' });
    expect(translationDirection('EN-us')).toEqual({ from: 'en', to: 'ko' });
  });

  it('gives no direction for other or unknown languages', () => {
    expect(translationDirection('und')).toBeNull();
    expect(translationDirection('ja')).toBeNull();
    expect(translationDirection('')).toBeNull();
  });
});
