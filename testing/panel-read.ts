/**
 * Reading the open panel back through the automation contract (README): rows from `data-pair`,
 * `data-kind` and `lang`, with the panel's own tags left out; and opening a served page. Shared by
 * the parity e2e (e2e/parity.scenarios.ts) and `npm run bench:real` (scripts/bench-real.ts).
 */
import { waitFor, type ReaderDriver } from './driver';

export interface PanelRow {
  kind: string | null;
  ko: string[];
  en: string[];
}

/** The panel's rows; translated cells (data-state, the engine's text, not the page's) are left out. Runs in the page. */
export function panelRows(root: ShadowRoot | null): PanelRow[] | null {
  if (!root) return null;
  const rows: PanelRow[] = [];
  for (const el of Array.from(root.querySelectorAll('[data-pair]'))) {
    if (el.hasAttribute('data-state')) continue;
    const index = Number(el.getAttribute('data-pair'));
    const row = (rows[index] ??= { kind: el.getAttribute('data-kind'), ko: [], en: [] });
    const clone = el.cloneNode(true) as Element;
    clone.querySelectorAll('.tag').forEach((t) => t.remove());
    row[el.getAttribute('lang') as 'ko' | 'en'].push((clone.textContent ?? '').trim());
  }
  return Array.from(rows, (row) => row ?? { kind: null, ko: [], en: [] });
}

/** Whether the panel shows its notice ("No Korean article was found") instead of rows. Runs in the page. */
export function panelNotice(root: ShadowRoot | null): boolean {
  return Boolean(root?.querySelector('.notice'));
}

/** Some saved pages never fire `load` once their other hosts are refused: the DOM is complete at DOMContentLoaded. */
const LOAD_GRACE_MS = 9000;

/**
 * Open `address` and wait for its document. Firefox's BiDi navigate can fail with "Address rejected"
 * when one of the page's own subresources is refused (the Dong-A pages), though the page itself
 * loaded: what counts is that the tab shows the page's document, parsed.
 */
export async function openPage(driver: ReaderDriver, address: string): Promise<void> {
  const navigation = driver.goto(address).then(
    () => null,
    (error: unknown) => error,
  );
  const failed = await Promise.race([navigation, new Promise((done) => setTimeout(() => done(null), LOAD_GRACE_MS))]);
  const loaded = () => driver.inPage(() => [location.href, document.readyState] as const).then(([href, state]) => href === address && state !== 'loading');
  await waitFor(loaded, `${address} to load`).catch(() => {
    throw failed ?? new Error(`${address} did not load`);
  });
}
