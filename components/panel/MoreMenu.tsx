/**
 * The bar's "More" menu: the controls the bar has no room for at the panel's width (Toolbar.tsx says
 * which), behind one button. A disclosure, not an ARIA menu: it holds selects and button groups. Its
 * controls are in the panel's DOM while it is closed (hidden), so each `data-action` can always be
 * found; a pointer reaches them once the menu is open (the README's automation contract).
 *
 * It closes on Escape (which then does not close the panel), on a press outside it, and after a
 * one-shot action (read aloud, export, report: `close` given to its children); the settings (theme,
 * text size, line spacing) leave it open, so A+ can be pressed again.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MoreMenuProps {
  label: string;
  /** The button's accessible name ("More reader controls"). */
  name: string;
  children: (close: () => void) => ComponentChildren;
}

let menus = 0;

export function MoreMenu({ label, name, children }: MoreMenuProps) {
  const [open, setOpen] = useState(false);
  const [id] = useState(() => `hanyeong-more-${++menus}`);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);

  // A press anywhere else in the panel (or on the page) closes it. The panel is in a shadow root:
  // composedPath() still holds the menu when the press was inside it.
  useEffect(() => {
    if (!open) return;
    const onPress = (event: Event) => {
      if (box.current && !event.composedPath().includes(box.current)) setOpen(false);
    };
    const root = box.current?.getRootNode() ?? document;
    root.addEventListener('pointerdown', onPress, true);
    return () => root.removeEventListener('pointerdown', onPress, true);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Escape closes the menu, not the panel (components/panel/keyboard.ts closes on Escape).
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div class="more" ref={box} onKeyDown={onKeyDown}>
      <button
        type="button"
        class="btn more-button"
        data-action="more"
        ref={button}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={id}
        aria-label={name}
        onClick={() => setOpen(!open)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div class="more-menu" id={id} role="group" aria-label={name} data-more-menu hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
