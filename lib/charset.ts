/**
 * Decode a saved HTML page's bytes the way a browser does (WHATWG Encoding and the HTML parser's
 * prescan): BOM first, then the charset the page declares, else UTF-8. The declaration wins even
 * where the bytes look like another encoding: a page declared EUC-KR but saved as UTF-8 is shown
 * garbled by Chromium and Firefox alike, and the CLI must read what the panel reads (the parity
 * e2e). A declared UTF-16 means UTF-8 (the bytes got this far as ASCII), and x-user-defined
 * means windows-1252, as in the HTML standard's "get an encoding" for a <meta>.
 */
export interface DecodedPage {
  text: string;
  /** The encoding actually used (WHATWG label, lower case). */
  charset: string;
  /** What the page declared, if anything. */
  declared: string | null;
}

const SNIFF_BYTES = 4096;

function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

/** The encoding a <meta> label names, as the HTML standard's prescan resolves it. */
function metaEncoding(label: string): string {
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return 'utf-8'; // unknown label: browsers fall back too
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
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
  const charset = declared ? metaEncoding(declared) : 'utf-8';
  return { text: new TextDecoder(charset).decode(bytes), charset, declared };
}
