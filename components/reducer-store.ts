/**
 * A reducer held in one place that the content script (shortcuts, toolbar button, translation
 * results) and the Preact views both dispatch to; subscribers hear of changes only.
 * One implementation for the panel's state and the translation's state.
 */
export interface ReducerStore<S, A> {
  get(): S;
  dispatch(action: A): void;
  subscribe(listener: (state: S) => void): () => void;
}

export function createReducerStore<S, A>(reducer: (state: S, action: A) => S, initial: S): ReducerStore<S, A> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
