/**
 * Decode a saved HTML page's bytes the way a reader expects: BOM first, then the charset the page
 * declares in its first bytes, else UTF-8.
 *
 * Saved Korean pages often say `charset=euc-kr` while the file was re-encoded to UTF-8 on the way
 * (the shared corpus's naver_old_joongang_2020 and naver_home_negative are such files). Real EUC-KR
 * Hangul is never valid UTF-8, so when a non-UTF-8 declaration meets bytes that decode as strict
 * UTF-8 with non-ASCII text, the bytes win.
 */
export interface DecodedPage {
  text: string;
  /** The encoding actually used (WHATWG label, lower case). */
  charset: string;
  /** What the page declared, if anything. */
  declared: string | null;
}

const SNIFF_BYTES = 4096;

export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', declared: null };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), charset: label, declared: null };
  }
  const declared = sniffDeclaredCharset(bytes);
  let charset = 'utf-8';
  if (declared) {
    try {
      charset = new TextDecoder(declared).encoding;
    } catch {
      charset = 'utf-8'; // unknown label: browsers fall back too
    }
  }
  if (charset !== 'utf-8' && hasNonAscii(bytes) && isStrictUtf8(bytes)) charset = 'utf-8';
  return { text: new TextDecoder(charset).decode(bytes), charset, declared };
}
