/**
 * The panel on a phone: the bar that slides away while the reader scrolls down the rows
 * and comes back on the way up, a swipe between the languages in one-language layout, a second tap
 * on the lit pair putting its light out, and the visual viewport's scale undone for a page with no
 * mobile viewport (its desktop layout, zoomed out on the phone, drew the panel's text at 7 px).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Scrolled this far (px) in one direction before the bar moves: a finger's jitter does not flicker it. */
const SCROLL_SLACK = 8;

/**
 * Whether the bar is slid away: while `enabled` (a narrow panel), scrolling the rows down past the
 * bar's height hides it, scrolling up (or reaching the top) brings it back. It stays while its
 * "More" menu is open.
 */
export function useBarHiding(rows: { current: HTMLElement | null }, bar: { current: HTMLElement | null }, enabled: boolean): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const el = rows.current;
    if (!enabled || !el) {
      setHidden(false);
      return;
    }
    let last = el.scrollTop;
    const onScroll = () => {
      const top = el.scrollTop;
      const menuOpen = bar.current?.querySelector('[aria-expanded="true"]') != null;
      if (top <= 0 || menuOpen) setHidden(false);
      else if (top - last > SCROLL_SLACK && top > (bar.current?.offsetHeight ?? 0)) setHidden(true);
      else if (last - top > SCROLL_SLACK) setHidden(false);
      else return;
      last = top;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [enabled, rows.current]);
  return enabled && hidden;
}

/** A swipe: this far sideways (px), at least twice as far as up or down. */
const SWIPE_MIN = 60;

/**
 * Touch handlers that call `onSwipe` for a sideways swipe (either way), while `enabled`. Where the
 * touch began is kept across renders (the panel may re-render mid-swipe).
 */
export function useSwipe(enabled: boolean, onSwipe: () => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (event: TouchEvent) => {
      start.current = enabled && event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
    },
    onTouchEnd: (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      const from = start.current;
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) >= 2 * Math.abs(dy)) onSwipe();
    },
  };
}

/**
 * Which pair was lit when a touch went down, so the click that follows can tell a second tap on the
 * lit pair (which puts its light out) from a first. A mouse lights a pair by hovering it, so its
 * click never puts the light out.
 */
export function useTapToggle(active: () => number | null) {
  const down = useRef<{ touch: boolean; active: number | null }>({ touch: false, active: null });
  return {
    onPointerDown: (event: PointerEvent) => {
      down.current = { touch: event.pointerType === 'touch' || event.pointerType === 'pen', active: active() };
    },
    /** True when the click on `row` is a second tap on the lit pair. */
    tappedAgain: (row: number) => down.current.touch && down.current.active === row,
  };
}

/**
 * The panel's box when the page's visual viewport is scaled (a page with no mobile viewport, laid
 * out 980 px wide and shown zoomed out on a phone; or a pinch): the panel covers the visual viewport
 * and is drawn at the screen's own size, scaled back by the inverse of the zoom; null at scale 1.
 * Inline literal values (no custom property: components/panel-theme.ts says why).
 */
export function useVisualViewportFit(): Record<string, string> | null {
  const [fit, setFit] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    const vv = typeof window === 'undefined' ? undefined : window.visualViewport;
    if (!vv) return;
    const update = () => {
      const scale = vv.scale;
      if (!(scale > 0) || Math.abs(scale - 1) < 0.01) {
        setFit(null);
        return;
      }
      setFit({
        top: `${vv.offsetTop}px`,
        left: `${vv.offsetLeft}px`,
        right: 'auto',
        bottom: 'auto',
        width: `${Math.round(vv.width * scale)}px`,
        height: `${Math.round(vv.height * scale)}px`,
        transform: `scale(${1 / scale})`,
        transformOrigin: '0 0',
      });
    };
    update();
    vv.addEventListener('resize', update);
    vv.addEventListener('scroll', update);
    return () => {
      vv.removeEventListener('resize', update);
      vv.removeEventListener('scroll', update);
    };
  }, []);
  return fit;
}
