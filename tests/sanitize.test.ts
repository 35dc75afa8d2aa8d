/**
 * lib/sanitize.ts: the allowlist keeps emphasis and http(s) links, and every payload of the hostile
 * suite (testing/hostile-pages.ts), alone or inside Korean text, comes out with no element, attribute or
 * URL outside the allowlist, sanitizes to the same markup a second time (no mutation XSS on a
 * re-parse), and runs nothing when put into a live jsdom page that does run scripts.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createInlineSanitizer, INLINE_TAGS } from '../lib/sanitize';
import { PAYLOADS } from '../testing/hostile-pages';

const { window } = new JSDOM('<!doctype html><body></body>');
const sanitizer = createInlineSanitizer(window as unknown as Window);

/** Everything in the sanitized fragment that the allowlist does not name. */
function outsideAllowlist(fragment: DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    if (!(INLINE_TAGS as readonly string[]).includes(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      const allowed = el.localName === 'a' && ['href', 'target', 'rel'].includes(attr.name);
      if (!allowed) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'href' && !/^(https?:\/\/|\/(?!\/)|#)/i.test(attr.value)) found.push(`href=${attr.value}`);
    }
  }
  return found;
}

describe('createInlineSanitizer', () => {
  it('keeps emphasis, line breaks and http(s) links; drops their other attributes', () => {
    expect(sanitizer.toHtml('<b>굵게</b> <i>기울임</i> <em>강조</em> <strong>강하게</strong><br><a href="https://www.hani.co.kr/a/1" onclick="x()" style="color:red" class="c">기사</a>')).toBe(
      '<b>굵게</b> <i>기울임</i> <em>강조</em> <strong>강하게</strong><br><a href="https://www.hani.co.kr/a/1" target="_blank" rel="noopener noreferrer">기사</a>',
    );
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', 'file:///etc/passwd'])(
    'drops the link target %j and keeps the link text',
    (href) => {
      const html = sanitizer.toHtml(`<a href="${href.replace(/"/g, '&quot;')}">링크</a>`);
      expect(html).toBe('<a>링크</a>');
    },
  );

  it('keeps the text of dropped inline elements and drops script, style, SVG and MathML whole', () => {
    expect(sanitizer.toHtml('<span style="color:red">빨간</span> <u>밑줄</u> <font color=red>글자</font>')).toBe('빨간 밑줄 글자');
    expect(sanitizer.toHtml('앞<script>alert(1)</script><style>*{}</style><svg><text>그림</text></svg><math><mi>x</mi></math>뒤')).toBe('앞뒤');
  });

  describe.each(PAYLOADS.map((p) => [p.name, p.markup('sanitize-test')] as const))('payload %s', (_name, markup) => {
    for (const [where, html] of [
      ['alone', markup],
      ['inside text', `<p>서울시는 <b>3일</b> ${markup} 밝혔다.</p>`],
      ['inside a link', `<a href="https://news.example.kr/1">${markup}</a>`],
    ] as const) {
      it(`${where}: nothing outside the allowlist, stable on a second pass`, () => {
        const fragment = sanitizer.toFragment(html);
        expect(outsideAllowlist(fragment)).toEqual([]);
        const once = sanitizer.toHtml(html);
        expect(sanitizer.toHtml(once)).toBe(once);
        expect(once).not.toMatch(/onerror|onload|ontoggle|<script|<svg|<math|<style|<img|<iframe|<object|<link|javascript:/i);
      });
    }
  });

  it('runs nothing in a live page that runs scripts, where a surviving script would run', async () => {
    const live = new JSDOM('<!doctype html><body><div id="panel"></div></body>', { runScripts: 'dangerously' });
    const liveWindow = live.window as unknown as Window & { __pwned?: number };
    const liveSanitizer = createInlineSanitizer(liveWindow);
    const panel = liveWindow.document.getElementById('panel')!;
    for (const p of PAYLOADS) panel.append(liveSanitizer.toFragment(p.markup('live')));
    await new Promise((r) => setTimeout(r, 50));
    expect(liveWindow.__pwned).toBeUndefined();
    // The control: this page does run a script element put into it, so a surviving <script> would have set the canary.
    const script = liveWindow.document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    panel.append(script);
    expect(liveWindow.__pwned).toBe(1);
  });
});
