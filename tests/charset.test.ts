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

  it('trusts strict UTF-8 bytes over a stale EUC-KR declaration', () => {
    const page = decodeHtmlBytes(Buffer.from('<meta charset="euc-kr"><p>가나다</p>'));
    expect(page.declared).toBe('euc-kr');
    expect(page.charset).toBe('utf-8');
    expect(page.text).toContain('가나다');
  });

  it('defaults to UTF-8 and strips a BOM', () => {
    expect(decodeHtmlBytes(Buffer.from('\uFEFF<p>한국</p>')).text).toBe('<p>한국</p>');
    expect(decodeHtmlBytes(Buffer.from('<meta charset="x-unknown"><p>한국</p>')).charset).toBe('utf-8');
  });
});
