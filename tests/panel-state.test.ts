import { describe, expect, it, vi } from 'vitest';
import { createPanelStore, FONT_SIZE_MAX, FONT_SIZE_MIN, LINE_HEIGHT_MAX, LINE_HEIGHT_MIN, initialPanelState, panelReducer, shownLayout } from '../components/panel-state';

describe('panelReducer', () => {
  it('switches the leading language back and forth', () => {
    const s1 = panelReducer(initialPanelState(3), { type: 'switch-language' });
    expect(s1.primary).toBe('en');
    expect(panelReducer(s1, { type: 'switch-language' }).primary).toBe('ko');
  });

  it('activates only rows that exist', () => {
    const s = initialPanelState(3);
    expect(panelReducer(s, { type: 'activate', row: 2 }).active).toBe(2);
    expect(panelReducer(s, { type: 'activate', row: 3 }).active).toBeNull();
    expect(panelReducer({ ...s, active: 1 }, { type: 'activate', row: null }).active).toBeNull();
  });

  it('steps through rows and stops at the ends', () => {
    let s = initialPanelState(2);
    s = panelReducer(s, { type: 'step', by: 1 });
    expect(s.active).toBe(0);
    s = panelReducer(panelReducer(s, { type: 'step', by: 1 }), { type: 'step', by: 1 });
    expect(s.active).toBe(1);
    expect(panelReducer(initialPanelState(2), { type: 'step', by: -1 }).active).toBe(1);
  });

  it('toggles the one-language layout', () => {
    expect(panelReducer(initialPanelState(1), { type: 'set-layout', layout: 'single' }).layout).toBe('single');
  });
});

describe('panel appearance', () => {
  it('starts from the reader\'s settings', () => {
    const s = initialPanelState(4, 'en', { theme: 'sepia', fontSize: 20, layout: 'interleaved' });
    expect(s).toMatchObject({ primary: 'en', theme: 'sepia', fontSize: 20, layout: 'interleaved', lineHeight: 1.7, panelWidth: null, active: null });
  });

  it('sets the theme', () => {
    expect(panelReducer(initialPanelState(1), { type: 'set-theme', theme: 'dark' }).theme).toBe('dark');
  });

  it('steps the text size by one px within the settings bounds', () => {
    expect(panelReducer(initialPanelState(1, 'ko', { fontSize: 17 }), { type: 'text-size', by: 1 }).fontSize).toBe(18);
    expect(panelReducer(initialPanelState(1, 'ko', { fontSize: 17 }), { type: 'text-size', by: -1 }).fontSize).toBe(16);
    const largest = initialPanelState(1, 'ko', { fontSize: FONT_SIZE_MAX });
    expect(panelReducer(largest, { type: 'text-size', by: 1 })).toBe(largest);
    const smallest = initialPanelState(1, 'ko', { fontSize: FONT_SIZE_MIN });
    expect(panelReducer(smallest, { type: 'text-size', by: -1 })).toBe(smallest);
  });

  it('steps the line height by 0.1 within the settings bounds, without floating-point drift', () => {
    let state = initialPanelState(1, 'ko', { lineHeight: 1.7 });
    state = panelReducer(state, { type: 'line-height', by: 1 });
    expect(state.lineHeight).toBe(1.8);
    for (let i = 0; i < 20; i++) state = panelReducer(state, { type: 'line-height', by: 1 });
    expect(state.lineHeight).toBe(LINE_HEIGHT_MAX);
    expect(panelReducer(state, { type: 'line-height', by: 1 })).toBe(state);
    for (let i = 0; i < 30; i++) state = panelReducer(state, { type: 'line-height', by: -1 });
    expect(state.lineHeight).toBe(LINE_HEIGHT_MIN);
    expect(panelReducer(state, { type: 'line-height', by: -1 })).toBe(state);
  });

  it('keeps a dragged width at 360 px or more, and null for the default', () => {
    expect(panelReducer(initialPanelState(1), { type: 'set-width', width: 812.6 }).panelWidth).toBe(813);
    expect(panelReducer(initialPanelState(1), { type: 'set-width', width: 100 }).panelWidth).toBe(360);
    expect(panelReducer(initialPanelState(1, 'ko', { panelWidth: 900 }), { type: 'set-width', width: null }).panelWidth).toBeNull();
  });

  it('stacks pairs in the automatic layout below 700 px of panel width only', () => {
    expect(shownLayout('auto', 699)).toBe('interleaved');
    expect(shownLayout('auto', 700)).toBe('side-by-side');
    expect(shownLayout('auto', 0)).toBe('side-by-side');
    expect(shownLayout('single', 400)).toBe('single');
    expect(shownLayout('side-by-side', 400)).toBe('side-by-side');
  });
});

describe('createPanelStore', () => {
  it('notifies subscribers of changes only', () => {
    const store = createPanelStore(initialPanelState(2));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch({ type: 'activate', row: 5 });
    expect(listener).not.toHaveBeenCalled();
    store.dispatch({ type: 'switch-language' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.dispatch({ type: 'switch-language' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().primary).toBe('ko');
  });
});
