/**
 * The reader's open/close controller: what each tab message does to the one panel of this page.
 *
 * - `reader:open` opens the panel (once: a second open while the first is still reading the page
 *   waits for it); `reader:toggle` closes an open panel or opens one; `reader:switch-language`
 *   swaps the leading language of an open panel, or opens one; `reader:close` closes; `reader:state`
 *   only answers.
 * - Every message is answered with the panel's state: open and its leading language, or closed, and
 *   why when the page would not let it be used (panel-guard.ts).
 * - A navigation to a new address closes the panel (its article is gone); the extension going away
 *   takes it down quietly.
 *
 * How a panel is opened (reading the page, translation, mounting) is `openPanel` in open-panel.tsx;
 * this file holds no extension API and is tested with a fake one (tests/reader-controller.test.ts).
 */
import type { BlockedReason, ReaderStateReply, TabMessage } from '../../lib/protocol';
import type { Language } from '../../lib/types';
import type { ReaderController } from '../../utils/reader-controller';

/** A panel on the page. */
export interface OpenedPanel {
  primary(): Language;
  switchLanguage(): void;
  /** Takes the panel down: unmounts it, cancels its translation, stops its watchers. */
  close(): void;
}

export interface ControllerDeps {
  /**
   * Reads the page and shows a panel. `closed` is called when the panel asks to close (its close
   * button, Escape, the page removing it); `blocked` when the page covers it or makes it inert past
   * recovery.
   */
  open(closed: () => void, blocked: (reason: BlockedReason) => void): Promise<OpenedPanel>;
  /** Tells the background why the panel closed itself (the toolbar button says so). */
  reportBlocked(reason: BlockedReason): void;
  /** The page's address now. */
  location(): string;
}

export function createReaderController(deps: ControllerDeps): ReaderController {
  let panel: (OpenedPanel & { openedAt: string }) | null = null;
  let opening: Promise<void> | null = null;
  /** Why the last panel closed itself, if the page would not let it be used. */
  let blockedBy: BlockedReason | null = null;

  const close = () => {
    const closing = panel;
    panel = null;
    closing?.close();
  };

  const blocked = (reason: BlockedReason) => {
    console.warn(`Hanyeong Reader: the page ${reason === 'inert' ? 'made the reader inert' : 'keeps covering the reader'}; closing it`);
    close();
    blockedBy = reason;
    deps.reportBlocked(reason);
  };

  const open = (): Promise<void> =>
    (opening ??= (async () => {
      if (panel) return;
      blockedBy = null;
      const opened = await deps.open(close, blocked);
      panel = Object.assign(opened, { openedAt: deps.location() });
    })().finally(() => (opening = null)));

  const state = (): ReaderStateReply => (panel ? { open: true, primary: panel.primary() } : blockedBy ? { open: false, blocked: blockedBy } : { open: false });

  return {
    async handle(message: TabMessage): Promise<ReaderStateReply> {
      switch (message.type) {
        case 'reader:toggle':
          if (panel) close();
          else await open();
          break;
        case 'reader:open':
          await open();
          break;
        case 'reader:close':
          close();
          break;
        case 'reader:switch-language':
          if (panel) panel.switchLanguage();
          else await open();
          break;
        case 'reader:state':
          break;
      }
      return state();
    },
    // Called once a navigation has committed a new address (utils/script-lifetime.ts). A download
    // link's click is a `navigate` event too (blob: destination, no URL change): closing then revoked
    // the export's Blob URL and Chromium cancelled the download (e2e/reader-ux.chromium.e2e.ts), so
    // the panel closes only when the page's address really changed.
    pageChanged: () => {
      if (panel && deps.location() !== panel.openedAt) close();
    },
    dispose: close,
  };
}
