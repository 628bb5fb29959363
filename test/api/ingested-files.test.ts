import { describe, expect, it, vi } from 'vitest';
import { ingestedFiles } from '../../api/queries/ingested-files.js';
import type { GraphStore } from '../../graph/store.js';
import type { GraphData } from '../../graph/types.js';

function countingStore(files: () => string[]): { store: GraphStore; exports: () => number } {
  let count = 0;
  const store = {
    export: async (): Promise<GraphData> => {
      count += 1;
      const names = files();
      if (names.includes('fail')) throw new Error('down');
      return { version: 1, documents: names.map((file) => ({ file, sections: [] })), nodes: [], edges: [] };
    },
  } as unknown as GraphStore;
  return { store, exports: () => count };
}

describe('ingestedFiles', () => {
  it('exports once per period, shares concurrent calls, and sees a new graph after it', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      let names = ['a.rst'];
      const { store, exports } = countingStore(() => names);
      const files = ingestedFiles(store, 1000);
      const [first, second] = await Promise.all([files(), files()]);
      expect([...first]).toEqual(['a.rst']);
      expect(second).toBe(first);
      names = ['b.rst'];
      vi.advanceTimersByTime(999);
      expect([...(await files())]).toEqual(['a.rst']);
      vi.advanceTimersByTime(2);
      expect([...(await files())]).toEqual(['b.rst']);
      expect(exports()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not remember a failed export', async () => {
    let names = ['fail'];
    const { store, exports } = countingStore(() => names);
    const files = ingestedFiles(store, 60_000);
    await expect(files()).rejects.toThrow('down');
    names = ['a.rst'];
    expect([...(await files())]).toEqual(['a.rst']);
    expect(exports()).toBe(2);
  });
});
