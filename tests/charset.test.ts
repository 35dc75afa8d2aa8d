import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../lib/charset';

const euckr = (html: string) => {
  // "가나다" in EUC-KR, spliced into an ASCII page.
  const [head, tail] = html.split('가나다');
  return new Uint8Array([...Buffer.from(head), 0xb0, 0xa1, 0xb3, 0xaa, 0xb4, 0xd9, ...Buffer.from(tail)]);
};

describe('decodeHtmlBytes', () => {
  it('decodes a page that declares EUC-KR', () => {
    const page = decodeHtmlBytes(euckr('<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>가나다</body></html>'));
    expect(page.charset).toBe('euc-kr');
    expect(page.text).toContain('<body>가나다</body>');
  });

  it('keeps the declaration over bytes that look like UTF-8, as browsers do', () => {
    // "가나다" saved as UTF-8 under an EUC-KR declaration: Chromium and Firefox show it garbled, so
    // the CLI reads the same garbled text the panel would (one path, one answer).
    const page = decodeHtmlBytes(Buffer.from('<meta charset="euc-kr"><p>가나다</p>'));
    expect(page.declared).toBe('euc-kr');
    expect(page.charset).toBe('euc-kr');
    expect(page.text).not.toContain('가나다');
    expect(page.text).toBe(new TextDecoder('euc-kr').decode(Buffer.from('<meta charset="euc-kr"><p>가나다</p>')));
  });

  it('reads a declared UTF-16 as UTF-8 and x-user-defined as windows-1252 (the HTML prescan)', () => {
    expect(decodeHtmlBytes(Buffer.from('<meta charset="utf-16"><p>한국</p>'))).toMatchObject({ charset: 'utf-8', text: '<meta charset="utf-16"><p>한국</p>' });
    expect(decodeHtmlBytes(Buffer.from('<meta charset="x-user-defined"><p>x</p>')).charset).toBe('windows-1252');
  });

  it('defaults to UTF-8 and strips a BOM', () => {
    expect(decodeHtmlBytes(Buffer.from('\uFEFF<p>한국</p>')).text).toBe('<p>한국</p>');
    expect(decodeHtmlBytes(Buffer.from('<meta charset="x-unknown"><p>한국</p>')).charset).toBe('utf-8');
  });
});
