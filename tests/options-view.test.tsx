// @vitest-environment jsdom
/**
 * The options page's "On-device models" section as rendered (components/options/OnDeviceModels.tsx)
 * with a fake background: the models listed by direction, a removal that says it worked or failed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OnDeviceModels, type ModelsApi, type ModelsStrings } from '../components/options/OnDeviceModels';
import type { InstalledModel } from '../lib/translate/bergamot';

const strings: ModelsStrings = {
  heading: 'Models',
  hint: 'hint',
  none: 'No models',
  koEn: 'Korean → English',
  enKo: 'English → Korean',
  details: (mb, date) => `${mb} MB, ${date.toISOString().slice(0, 10)}`,
  remove: 'Remove',
  removed: 'Removed',
  failed: 'Failed',
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

/** Lets the section's promises (list, remove, list again) settle and render. */
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))));

async function mount(api: ModelsApi) {
  root = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<OnDeviceModels api={api} strings={strings} />, root!));
  await settle();
  return root;
}

const model = (pair: string, bytes: number): InstalledModel => ({ pair, bytes, installedAt: Date.parse('2026-11-30T10:00:00Z') }) as InstalledModel;

describe('OnDeviceModels', () => {
  it('lists the installed models by direction, and removes one', async () => {
    let installed = [model('ko-en', 20_400_000), model('en-ko', 18_000_000)];
    const el = await mount({ list: async () => installed, remove: async (pair) => void (installed = installed.filter((m) => m.pair !== pair)) });
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['English → Korean 18.0 MB, 2026-11-30 Remove', 'Korean → English 20.4 MB, 2026-11-30 Remove']);
    expect(el.querySelector('[data-model="ko-en"] button')!.getAttribute('aria-label')).toBe('Remove: Korean → English');
    await act(async () => (el.querySelector('[data-model="ko-en"] button') as HTMLButtonElement).click());
    await settle();
    expect([...el.querySelectorAll('li')].map((li) => li.getAttribute('data-model'))).toEqual(['en-ko']);
    expect(el.querySelector('[role=status]')!.textContent).toBe('Removed');
  });

  it('says when there are none, and when the background failed', async () => {
    const empty = await mount({ list: async () => [], remove: async () => {} });
    expect(empty.querySelector('[data-models-empty]')!.textContent).toBe('No models');
    render(null, empty);
    const failing = await mount({ list: async () => Promise.reject(new Error('no background')), remove: async () => {} });
    expect(failing.querySelector('[role=status]')!.textContent).toBe('Failed');
  });
});
