// @vitest-environment jsdom
/**
 * The panel as rendered (components/ReaderPanel.tsx and its parts in components/panel/), inside its
 * provider, with fake services: keyboard navigation among the pairs, the counterpart's focus, the
 * toolbar's controls and what they announce, copy, export and read aloud through the services.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderPanel } from '../components/ReaderPanel';
import { createPanelStore, initialPanelState } from '../components/panel-state';
import type { PanelServices, SavedFile } from '../components/panel/context';
import type { PanelSpeech } from '../components/panel/read-aloud';
import type { PanelStrings } from '../components/strings';
import type { ReaderView } from '../lib/reader';
import type { ReaderRow } from '../lib/rows';
import { barTier } from '../components/panel/Toolbar';

/** Strings that say which string they are. */
const strings = new Proxy({ language: 'en' } as PanelStrings, {
  get: (target, key: string) => (key in target ? (target as unknown as Record<string, unknown>)[key] : key.endsWith('Names') ? new Proxy({}, { get: (_t, name: string) => `[${name}]` }) : /Now$|^(noVoice|readAloudFailed|pairPosition|leadingLanguage|limitCut|limitShown|showMoreRows)$/.test(key) ? (...args: unknown[]) => `[${key} ${args.join(' ')}]` : `[${key}]`),
});

const row = (ko: string, en: string, kind: ReaderRow['kind'] = 'body'): ReaderRow => ({ kind, ko: [{ text: ko, paragraph: null }], en: [{ text: en, paragraph: null }], confidence: null });
const rows = [row('제목', 'Headline', 'headline'), row('첫 문단이다.', 'The first paragraph.'), row('둘째 문단이다.', 'The second paragraph.'), row('셋째 문단이다.', 'The third paragraph.')];
const view: ReaderView = {
  document: {
    isArticle: true,
    language: 'ko',
    site: 'test',
    url: 'http://news.example/1',
    headline: { ko: '제목', en: 'Headline' },
    subheadline: { ko: null, en: null },
    byline: { ko: null, en: null, authors: [], published: null, updated: null },
    englishSource: 'page',
    ko: { paragraphs: ['첫 문단이다.', '둘째 문단이다.', '셋째 문단이다.'], captions: [] },
    en: { paragraphs: ['The first paragraph.', 'The second paragraph.', 'The third paragraph.'] },
    alignment: [],
  },
  rows,
  marker: null,
};

beforeAll(() => {
  // jsdom has no layout: nothing to observe, nothing to scroll.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView = function () {};
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = null;
});

function mount(options: { speech?: PanelSpeech; copyFails?: boolean } = {}) {
  const store = createPanelStore(initialPanelState(rows.length, 'ko'));
  const copied: string[] = [];
  const saved: SavedFile[] = [];
  const closed: number[] = [];
  const services: PanelServices = {
    copyText: (text) => (options.copyFails ? Promise.reject(new Error('denied')) : (copied.push(text), Promise.resolve())),
    saveFile: (file) => void saved.push(file),
    speech: options.speech,
    version: '9.9.9',
  };
  root = document.body.appendChild(document.createElement('div'));
  act(() => render(<ReaderPanel view={view} notice={null} store={store} strings={strings} onClose={() => closed.push(1)} services={services} />, root!));
  const $ = <E extends Element = HTMLElement>(selector: string) => root!.querySelector<E>(selector);
  const key = (target: Element, k: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
  const click = (selector: string) => act(() => $(selector)!.click());
  const announced = () => $('[data-announce]')!.textContent;
  return { store, copied, saved, closed, $, key, click, announced };
}

describe('ReaderPanel', () => {
  it('renders a row per pair with both sides, the close button focused', () => {
    const { $ } = mount();
    expect(root!.querySelectorAll('.row')).toHaveLength(4);
    expect($('[data-pair="1"][lang="ko"]')!.textContent).toBe('첫 문단이다.');
    expect($('[data-pair="1"][lang="en"]')!.textContent).toBe('The first paragraph.');
    expect(document.activeElement).toBe($('[data-action="close"]'));
  });

  it('moves the active pair with j/k and the arrows, focusing its paragraph and saying where it is', () => {
    const { store, $, key, announced } = mount();
    const first = $('[data-pair="0"][lang="ko"]')!;
    key(first, 'j');
    expect(store.get().active).toBe(0);
    key(first, 'j');
    expect(store.get().active).toBe(1);
    expect(document.activeElement).toBe($('[data-pair="1"][lang="ko"]'));
    expect(announced()).toBe('[pairPosition 2 4]');
    key(document.activeElement!, 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    expect(store.get().active).toBe(3);
    key(document.activeElement!, 'k');
    expect(store.get().active).toBe(2);
    // Focus stays on the side it was on.
    key($('[data-pair="2"][lang="en"]')!, 'ArrowUp');
    expect(document.activeElement).toBe($('[data-pair="1"][lang="en"]'));
  });

  it('moves the focus to the counterpart with Enter, switches language with l, closes with Escape', () => {
    const { store, $, key, closed } = mount();
    const korean = $('[data-pair="2"][lang="ko"]')!;
    korean.focus();
    key(korean, 'Enter');
    expect(document.activeElement).toBe($('[data-pair="2"][lang="en"]'));
    key(document.activeElement!, 'l');
    expect(store.get().primary).toBe('en');
    key($('[data-pair="2"][lang="en"]')!, 'Escape');
    expect(closed).toEqual([1]);
  });

  it('leaves keys typed into a control alone, except Escape', () => {
    const { store, $, key, closed } = mount();
    const theme = $('[data-action="theme"]')!;
    key(theme, 'j');
    key(theme, 'l');
    expect(store.get().active).toBeNull();
    expect(store.get().primary).toBe('ko');
    key(theme, 'Escape');
    expect(closed).toEqual([1]);
  });

  it('lights the counterpart of the pair the pointer is over', () => {
    const { $ } = mount();
    act(() => void $('[data-pair="2"][lang="ko"]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect($('[data-pair="2"][lang="en"]')!.hasAttribute('data-active')).toBe(true);
    expect($('[data-pair="1"][lang="en"]')!.hasAttribute('data-active')).toBe(false);
  });

  it('changes text size and line spacing from the toolbar and announces the new value', () => {
    const { store, click, announced, $ } = mount();
    const before = store.get().fontSize;
    click('[data-action="text-larger"]');
    expect(store.get().fontSize).toBe(before + 1);
    expect(announced()).toBe(`[textSizeNow ${before + 1}]`);
    expect($<HTMLElement>('.panel')!.style.fontSize).toBe(`${before + 1}px`);
    click('[data-action="line-looser"]');
    expect(announced()).toBe(`[lineSpacingNow ${store.get().lineHeight.toFixed(1)}]`);
    click('[data-action="switch-language"]');
    expect(store.get().primary).toBe('en');
  });

  it('copies the active pair in the order shown, and says when the page refused', async () => {
    const ok = mount();
    ok.key(ok.$('[data-pair="1"][lang="ko"]')!, 'j');
    ok.key(document.activeElement!, 'j');
    ok.click('[data-action="copy-pair"]');
    await act(async () => {});
    expect(ok.copied).toEqual(['첫 문단이다.\n\nThe first paragraph.']);
    expect(ok.$('[data-action="copy-pair"]')!.textContent).toBe('[copied]');
    act(() => render(null, root!));
    const refused = mount({ copyFails: true });
    refused.key(refused.$('[data-pair="0"][lang="ko"]')!, 'j');
    refused.click('[data-action="copy-pair"]');
    await act(async () => {});
    expect(refused.$('[data-action="copy-pair"]')!.textContent).toBe('[copyFailed]');
  });

  it('saves an export through the services, named by the headline', () => {
    const { click, saved } = mount();
    click('[data-action="export-markdown"]');
    click('[data-action="export-text"]');
    expect(saved.map((file) => [file.name, file.type])).toEqual([
      ['제목.md', 'text/markdown;charset=utf-8'],
      ['제목.txt', 'text/plain;charset=utf-8'],
    ]);
    expect(saved[0].text).toContain('# 제목');
    expect(saved[1].text).toContain('The second paragraph.');
  });

  it('reads the active pair aloud, marks the sentence, and offers pause and stop while reading', () => {
    const said: { text: string; done: (error: string | null) => void }[] = [];
    const speech: PanelSpeech = { speak: (text, _lang, done) => void said.push({ text, done }), hasVoice: () => true, pause() {}, resume() {}, cancel() {} };
    const { click, $, key } = mount({ speech });
    key($('[data-pair="0"][lang="ko"]')!, 'j');
    key(document.activeElement!, 'j');
    click('[data-action="read-pair"]');
    expect(said.map((s) => s.text)).toEqual(['첫 문단이다.']);
    expect($('[data-speaking]')!.textContent).toBe('첫 문단이다.');
    expect($('[data-action="read-pair"]')).toBeNull();
    click('[data-action="read-pause"]');
    expect($('[data-action="read-pause"]')!.getAttribute('aria-pressed')).toBe('true');
    click('[data-action="read-stop"]');
    expect($('[data-speaking]')).toBeNull();
    expect($('[data-action="read-pair"]')).not.toBeNull();
  });

  it('has no read-aloud controls where the browser has no speech, and says when a voice is missing', () => {
    const without = mount();
    expect(without.$('[data-action="read-pair"]')).toBeNull();
    act(() => render(null, root!));
    const speech: PanelSpeech = { speak() {}, hasVoice: () => false, pause() {}, resume() {}, cancel() {} };
    const missing = mount({ speech });
    missing.click('[data-action="read-pair"]');
    expect(missing.$('[data-speech-problem]')!.textContent).toBe('[noVoice 한국어]');
  });
  it('keeps what the bar has no room for in the "More" menu: each control once, Escape closing the menu, not the panel', () => {
    const { $, key, click, closed } = mount();
    const more = $('[data-action="more"]')!;
    const menu = $('[data-more-menu]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(menu.hidden).toBe(true);
    // In the DOM while closed (the automation contract), each data-action in one place only.
    for (const action of ['export-markdown', 'export-text', 'report-page']) expect(root!.querySelectorAll(`[data-action="${action}"]`)).toHaveLength(1);
    expect(menu.querySelector('[data-action="report-page"]')).not.toBeNull();
    click('[data-action="more"]');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(menu.hidden).toBe(false);
    key(menu.querySelector('[data-action="export-text"]')!, 'Escape');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(closed).toEqual([]);
    // A one-shot action closes the menu behind it.
    click('[data-action="more"]');
    click('[data-action="export-markdown"]');
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('sizes the bar by the panel width: compact under 600 px, wide from 1100 px (and before it is measured)', () => {
    expect([0, 390, 599, 600, 760, 1099, 1100, 1180].map(barTier)).toEqual(['wide', 'compact', 'compact', 'medium', 'medium', 'medium', 'wide', 'wide']);
  });
});
