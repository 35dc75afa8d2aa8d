/**
 * Mozilla's public list of translation models (`db/models.json` in the translations data bucket),
 * read and checked, and the one record per direction the reader downloads.
 *
 * The shape, from the generator that writes the file (mozilla/translations, db/updater.py,
 * PublicModelsJsonGenerator, 2026-07): `{ generated, baseUrl, models: { "ko-en": [entry, …] } }`,
 * an entry `{ architecture, releaseStatus, sourceLanguage, targetLanguage, files }`, and `files`
 * keyed `model` (`path`, `uncompressedSize`, `uncompressedHash`: the SHA-256 of the gunzipped
 * file), `lexicalShortlist`, and either one shared `vocab` or `srcVocab` + `trgVocab` (each only a
 * `path`). Every path is gzipped and relative to `baseUrl`. docs/bergamot.md has the evidence.
 */
import { hostOfUrl } from '../../download/resumable';
import { BergamotError } from './errors';
import type { Language } from '../../types';

export const MOZILLA_MODELS_URL = 'https://storage.googleapis.com/moz-fx-translations-data--303e-prod-translations-data/db/models.json';

/** What each file is to the engine (the worker's loadTranslationModel buffers). */
export type ModelFileRole = 'model' | 'lex' | 'vocab' | 'srcvocab' | 'trgvocab';

export interface ModelFileRecord {
  role: ModelFileRole;
  /** Path under the registry's baseUrl, e.g. "models/ko-en/…/model.koen.intgemm.alphas.bin.gz". */
  path: string;
  url: string;
  /** Bytes after gunzip, when the registry says. */
  uncompressedSize?: number;
  /** Lower-case hex SHA-256 of the gunzipped file, when the registry says (today: the model file only). */
  sha256?: string;
}

export interface ModelRecord {
  from: Language;
  to: Language;
  /** "base-memory", "base" or "tiny". */
  architecture: string;
  releaseStatus: string | null;
  files: ModelFileRecord[];
}

export interface ModelRegistry {
  baseUrl: string;
  generated: string | null;
  /** Every entry per pair key ("ko-en"), unparsed beyond the top level: one broken pair does not hide the others. */
  entries: ReadonlyMap<string, readonly unknown[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads models.json. Bad JSON or a wrong shape throws a 'registry' BergamotError naming what is wrong. */
export function parseModelRegistry(text: string, registryUrl: string): ModelRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BergamotError('registry', `the model list at ${hostOfUrl(registryUrl)} is not JSON`);
  }
  if (!isRecord(data)) throw new BergamotError('registry', `the model list at ${hostOfUrl(registryUrl)} is not an object`);
  const { baseUrl, models, generated } = data;
  if (typeof baseUrl !== 'string' || !isHttpUrl(baseUrl)) throw new BergamotError('registry', `the model list at ${hostOfUrl(registryUrl)} has no http(s) baseUrl`);
  if (!isRecord(models)) throw new BergamotError('registry', `the model list at ${hostOfUrl(registryUrl)} has no "models" object`);
  const entries = new Map<string, readonly unknown[]>();
  for (const [pair, list] of Object.entries(models)) if (Array.isArray(list)) entries.set(pair, list);
  return { baseUrl: baseUrl.replace(/\/+$/, ''), generated: typeof generated === 'string' ? generated : null, entries };
}

const ARCHITECTURE_RANK: Record<string, number> = { 'base-memory': 0, base: 1, tiny: 2 };
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

function fileRecord(baseUrl: string, role: ModelFileRole, raw: unknown): ModelFileRecord | null {
  if (!isRecord(raw) || typeof raw.path !== 'string' || !raw.path || raw.path.includes('..')) return null;
  const file: ModelFileRecord = { role, path: raw.path, url: `${baseUrl}/${raw.path.replace(/^\/+/, '')}` };
  if (typeof raw.uncompressedSize === 'number' && Number.isInteger(raw.uncompressedSize) && raw.uncompressedSize > 0) file.uncompressedSize = raw.uncompressedSize;
  if (typeof raw.uncompressedHash === 'string' && HEX_SHA256.test(raw.uncompressedHash)) file.sha256 = raw.uncompressedHash.toLowerCase();
  return file;
}

/** One entry as a ModelRecord, or null when it lacks a file the engine needs (model, shortlist, vocabularies). */
function entryRecord(baseUrl: string, from: Language, to: Language, raw: unknown): ModelRecord | null {
  if (!isRecord(raw) || !isRecord(raw.files)) return null;
  if (raw.sourceLanguage !== undefined && raw.sourceLanguage !== from) return null;
  if (raw.targetLanguage !== undefined && raw.targetLanguage !== to) return null;
  const files = raw.files;
  const model = fileRecord(baseUrl, 'model', files.model);
  const lex = fileRecord(baseUrl, 'lex', files.lexicalShortlist);
  const vocab = fileRecord(baseUrl, 'vocab', files.vocab);
  const srcvocab = fileRecord(baseUrl, 'srcvocab', files.srcVocab);
  const trgvocab = fileRecord(baseUrl, 'trgvocab', files.trgVocab);
  if (!model || !lex) return null;
  const vocabs = vocab ? [vocab] : srcvocab && trgvocab ? [srcvocab, trgvocab] : null;
  if (!vocabs) return null;
  return {
    from,
    to,
    architecture: typeof raw.architecture === 'string' ? raw.architecture : 'unknown',
    releaseStatus: typeof raw.releaseStatus === 'string' ? raw.releaseStatus : null,
    files: [model, lex, ...vocabs],
  };
}

/**
 * The model the reader downloads for a direction: a released one ("Release…") before any other,
 * then the smallest good architecture (base-memory, base, tiny), as Firefox ships them. Null when
 * the registry has no usable entry for the pair.
 */
export function pickModel(registry: ModelRegistry, from: Language, to: Language): ModelRecord | null {
  const candidates = (registry.entries.get(`${from}-${to}`) ?? [])
    .map((raw) => entryRecord(registry.baseUrl, from, to, raw))
    .filter((record): record is ModelRecord => record !== null);
  const rank = (record: ModelRecord) =>
    (record.releaseStatus?.startsWith('Release') ? 0 : 10) + (ARCHITECTURE_RANK[record.architecture] ?? 5);
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** "ko-en": the key a model is stored and listed under. */
export type ModelPair = `${Language}-${Language}`;
export const pairOf = (from: Language, to: Language): ModelPair => `${from}-${to}`;

/** Where a download comes from, as the panel names it: "Mozilla (storage.googleapis.com)". */
export function downloadSource(url: string): string {
  return `Mozilla (${hostOfUrl(url)})`;
}

export { hostOfUrl as hostOf };

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
