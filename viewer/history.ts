/** Keeps the URL and the store in step: view changes write the URL (push or replace), back/forward write the store. */
import { formatViewState, parseViewState, viewOf } from './url.js';
import { changed, INITIAL_VIEW } from './state.js';
import type { Store, ViewState } from './state.js';
import { listen } from './dom.js';

const VIEW_KEYS = Object.keys(INITIAL_VIEW) as (keyof ViewState)[];

export function syncHistory(store: Store): () => void {
  const unsubscribe = store.subscribe((state, previous, mode) => {
    if (mode === 'none' || !changed(state, previous, VIEW_KEYS)) return;
    const url = `${location.pathname}${formatViewState(viewOf(state))}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  const unlisten = listen(window, 'popstate', () =>
    store.set({ ...parseViewState(location.search), hovered: null }, 'none'),
  );
  return () => {
    unsubscribe();
    unlisten();
  };
}
