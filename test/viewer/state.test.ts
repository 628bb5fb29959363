import { describe, expect, it } from 'vitest';
import { Store } from '../../viewer/state.js';
import type { HistoryMode, State } from '../../viewer/state.js';

describe('Store', () => {
  it('tells listeners about real changes only, with the history mode', () => {
    const store = new Store();
    const seen: [string | null, HistoryMode][] = [];
    const unsubscribe = store.subscribe((state: State, _previous: State, mode: HistoryMode) =>
      seen.push([state.node, mode]),
    );
    store.set({ node: 'istio' }, 'push');
    store.set({ node: 'istio' }, 'push');
    store.set({ hiddenTypes: [] });
    store.set({ node: 'envoy' });
    unsubscribe();
    store.set({ node: 'linkerd' }, 'push');
    expect(seen).toEqual([
      ['istio', 'push'],
      ['envoy', 'replace'],
    ]);
    expect(store.get().node).toBe('linkerd');
  });

  it('compares lists by content', () => {
    const store = new Store({ hiddenTypes: ['USES'] });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ hiddenTypes: ['USES'] });
    store.set({ hiddenTypes: ['USES', 'IS_A'] });
    expect(calls).toBe(1);
  });
});
