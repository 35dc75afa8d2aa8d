/**
 * Why getting or using an on-device model failed, in terms the panel and the options page act on.
 * `message` is one line, names the file or the host, and never carries a response body.
 */
export type BergamotErrorKind =
  /** models.json could not be read, is not JSON, or has not the shape Mozilla publishes. */
  | 'registry'
  /** No model for this language pair in the registry, or no model installed when one is needed. */
  | 'unavailable'
  /** The connection failed (and kept failing after the bounded retries). */
  | 'network'
  /** The model host answered with an HTTP error. */
  | 'http'
  /** A file's SHA-256, size or gzip stream does not match: it was not stored. */
  | 'integrity'
  /** The browser refused to store more (QuotaExceededError); what this download stored was removed. */
  | 'quota'
  /** Any other storage failure (IndexedDB unavailable, a transaction aborted). */
  | 'storage'
  /** The engine (the WASM worker) failed to start or to translate. */
  | 'engine'
  | 'cancelled';

export class BergamotError extends Error {
  readonly kind: BergamotErrorKind;
  constructor(kind: BergamotErrorKind, message: string, options?: { cause?: unknown }) {
    super(message.replace(/\s+/g, ' ').trim(), options);
    this.name = 'BergamotError';
    this.kind = kind;
  }
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new BergamotError('cancelled', 'the model download was cancelled');
}
