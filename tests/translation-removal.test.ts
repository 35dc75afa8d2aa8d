// @vitest-environment jsdom
/**
 * The page removing the panel's host closes the panel, which cancels its translation
 * (entrypoints/reader/removal-watch.ts): the host taken out directly, with its parent, or
 * with <body> replaced; a change elsewhere on the page, or the host moved, is not a removal.
 */
import { describe, expect, it } from 'vitest';
import { watchRemoval } from '../entrypoints/reader/removal-watch';

const settle = () => new Promise((r) => setTimeout(r, 0));

function mount() {
  document.body.replaceChildren();
  const main = document.body.appendChild(document.createElement('main'));
  main.appendChild(document.createElement('article')).appendChild(document.createElement('p')).textContent = '기사';
  main.appendChild(document.createElement('div')).id = 'wrap';
  const host = document.createElement('div');
  host.setAttribute('data-hanyeong-reader', '');
  document.getElementById('wrap')!.append(host);
  let removed = 0;
  const stop = watchRemoval(host, () => removed++);
  return { host, stop, removed: () => removed };
}

describe('removal watch', () => {
  it('fires once when the host is removed, or an ancestor of it', async () => {
    const direct = mount();
    direct.host.remove();
    await settle();
    expect(direct.removed()).toBe(1);

    const parent = mount();
    document.querySelector('main')!.remove();
    await settle();
    expect(parent.removed()).toBe(1);

    const body = mount();
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await settle();
    expect(body.removed()).toBe(1);
  });

  it('ignores the page changing elsewhere and the host being moved; stops when told', async () => {
    const watch = mount();
    document.querySelector('article')!.append(document.createElement('p'));
    document.querySelector('article p')!.remove();
    document.body.append(watch.host);
    await settle();
    expect(watch.removed()).toBe(0);
    // Moved under <body>: removing its old parent is no longer a removal of the host…
    document.getElementById('wrap')!.remove();
    await settle();
    expect(watch.removed()).toBe(0);
    // …but removing it from its new place is.
    watch.host.remove();
    await settle();
    expect(watch.removed()).toBe(1);

    const stopped = mount();
    stopped.stop();
    stopped.host.remove();
    await settle();
    expect(stopped.removed()).toBe(0);
  });
});
