/**
 * The reader's open/close controller (entrypoints/reader/controller.ts) over a fake panel: what each
 * tab message does and answers, one panel however many opens arrive while it reads the page, a
 * panel closing itself, a blocked panel saying why, a navigation closing it.
 */
import { describe, expect, it, vi } from 'vitest';
import { createReaderController, type ControllerDeps, type OpenedPanel } from '../entrypoints/reader/controller';
import type { BlockedReason } from '../lib/protocol';
import type { Language } from '../lib/types';

function fakeReader() {
  const panels: { primary: Language; closed: boolean; close: () => void; blocked: (reason: BlockedReason) => void; closedByItself: () => void }[] = [];
  let finishOpen: (() => void) | null = null;
  let holdOpen = false;
  let address = 'http://news.example/article';
  const reported: BlockedReason[] = [];
  const deps: ControllerDeps = {
    open: (closed, blocked) =>
      new Promise<OpenedPanel>((resolve) => {
        const panel = { primary: 'ko' as Language, closed: false, close: () => {}, blocked, closedByItself: closed };
        const opened: OpenedPanel = {
          primary: () => panel.primary,
          switchLanguage: () => (panel.primary = panel.primary === 'ko' ? 'en' : 'ko'),
          close: () => (panel.closed = true),
        };
        panels.push(panel);
        const done = () => resolve(opened);
        if (holdOpen) finishOpen = done;
        else done();
      }),
    reportBlocked: (reason) => void reported.push(reason),
    location: () => address,
  };
  return {
    controller: createReaderController(deps),
    panels,
    reported,
    hold: () => (holdOpen = true),
    release: () => finishOpen?.(),
    navigate: (to: string) => (address = to),
  };
}

describe('reader controller', () => {
  it('toggles a panel open and closed, answering its state each time', async () => {
    const { controller, panels } = fakeReader();
    expect(await controller.handle({ type: 'reader:state' })).toEqual({ open: false });
    expect(await controller.handle({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
    expect(await controller.handle({ type: 'reader:toggle' })).toEqual({ open: false });
    expect(panels.map((p) => p.closed)).toEqual([true]);
    expect(await controller.handle({ type: 'reader:open' })).toEqual({ open: true, primary: 'ko' });
    expect(await controller.handle({ type: 'reader:open' })).toEqual({ open: true, primary: 'ko' });
    expect(panels).toHaveLength(2);
    expect(await controller.handle({ type: 'reader:close' })).toEqual({ open: false });
    expect(await controller.handle({ type: 'reader:close' })).toEqual({ open: false });
  });

  it('opens one panel however many opens and toggles arrive while the page is being read', async () => {
    const { controller, panels, hold, release } = fakeReader();
    hold();
    const answers = [controller.handle({ type: 'reader:open' }), controller.handle({ type: 'reader:toggle' }), controller.handle({ type: 'reader:switch-language' })];
    release();
    expect(await Promise.all(answers)).toEqual([{ open: true, primary: 'ko' }, { open: true, primary: 'ko' }, { open: true, primary: 'ko' }]);
    expect(panels).toHaveLength(1);
  });

  it('switches the leading language of an open panel, and opens one when none is', async () => {
    const { controller, panels } = fakeReader();
    expect(await controller.handle({ type: 'reader:switch-language' })).toEqual({ open: true, primary: 'ko' });
    expect(await controller.handle({ type: 'reader:switch-language' })).toEqual({ open: true, primary: 'en' });
    expect(await controller.handle({ type: 'reader:switch-language' })).toEqual({ open: true, primary: 'ko' });
    expect(panels).toHaveLength(1);
  });

  it('forgets a panel that closed itself, so the next toggle opens a new one', async () => {
    const { controller, panels } = fakeReader();
    await controller.handle({ type: 'reader:open' });
    panels[0].closedByItself();
    expect(panels[0].closed).toBe(true);
    expect(await controller.handle({ type: 'reader:state' })).toEqual({ open: false });
    expect(await controller.handle({ type: 'reader:toggle' })).toEqual({ open: true, primary: 'ko' });
    expect(panels).toHaveLength(2);
  });

  it('says why a panel the page blocked closed, until the next open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { controller, panels, reported } = fakeReader();
    await controller.handle({ type: 'reader:open' });
    panels[0].blocked('covered');
    expect(panels[0].closed).toBe(true);
    expect(reported).toEqual(['covered']);
    expect(await controller.handle({ type: 'reader:state' })).toEqual({ open: false, blocked: 'covered' });
    expect(await controller.handle({ type: 'reader:open' })).toEqual({ open: true, primary: 'ko' });
    expect(await controller.handle({ type: 'reader:close' })).toEqual({ open: false });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('closes on a navigation to a new address only, and on dispose', async () => {
    const { controller, panels, navigate } = fakeReader();
    await controller.handle({ type: 'reader:open' });
    // A download link's click is a navigation with no new address.
    controller.pageChanged();
    expect(panels[0].closed).toBe(false);
    navigate('http://news.example/next');
    controller.pageChanged();
    expect(panels[0].closed).toBe(true);
    await controller.handle({ type: 'reader:open' });
    controller.dispose();
    expect(panels[1].closed).toBe(true);
    expect(await controller.handle({ type: 'reader:state' })).toEqual({ open: false });
  });
});
