/**
 * The panel's left edge: drag it (or focus it and press ←/→) to change the panel's width, saved as
 * the reader's setting when the drag ends.
 */
import { useState } from 'preact/hooks';
import { PANEL_WIDTH_MIN, type PanelStore } from '../panel-state';
import { usePanel } from './context';

/** Keyboard step of the edge, px. */
const KEY_STEP = 40;

/**
 * The width while the edge is dragged (null when it is not) and the edge itself. The panel is pinned
 * to the right edge of the viewport, so its width is the distance from the pointer to that edge: the
 * panel's own right side, not window.innerWidth, which also counts the page's scroll bar (the drag
 * jumped by its width in Firefox, e2e/reader-ux.scenarios.ts).
 */
export function useResizeEdge(store: PanelStore, panel: { current: HTMLElement | null }): { dragWidth: number | null; edgeHandlers: Record<string, (event: never) => void> } {
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const rightEdge = () => panel.current?.getBoundingClientRect().right ?? document.documentElement.clientWidth;
  const widthAt = (clientX: number) => {
    const right = rightEdge();
    return Math.max(PANEL_WIDTH_MIN, Math.min(right, Math.round(right - clientX)));
  };
  const edgeHandlers = {
    onPointerDown: (event: PointerEvent) => {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      setDragWidth(widthAt(event.clientX));
    },
    onPointerMove: (event: PointerEvent) => {
      if ((event.currentTarget as Element).hasPointerCapture(event.pointerId)) setDragWidth(widthAt(event.clientX));
    },
    onPointerUp: (event: PointerEvent) => {
      store.dispatch({ type: 'set-width', width: widthAt(event.clientX) });
      setDragWidth(null);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      const now = panel.current?.getBoundingClientRect().width ?? PANEL_WIDTH_MIN;
      store.dispatch({ type: 'set-width', width: Math.min(rightEdge(), now + (event.key === 'ArrowLeft' ? KEY_STEP : -KEY_STEP)) });
    },
  };
  return { dragWidth, edgeHandlers };
}

export function ResizeEdge({ width, handlers }: { width: number; handlers: Record<string, (event: never) => void> }) {
  const { strings } = usePanel();
  return (
    <div
      class="resize-edge"
      role="separator"
      aria-orientation="vertical"
      aria-label={strings.resizePanel}
      aria-valuemin={PANEL_WIDTH_MIN}
      aria-valuenow={Math.round(width)}
      tabIndex={0}
      data-action="resize"
      {...handlers}
    />
  );
}
