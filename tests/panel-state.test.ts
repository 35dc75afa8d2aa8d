import { describe, expect, it, vi } from 'vitest';
import { createPanelStore, initialPanelState, panelReducer } from '../components/panel-state';

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
