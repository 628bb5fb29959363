/** The scale table of bench:api: it loads the synthetic graph it says and times every query it lists. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printScaleTable } from '../../bench/store-scale.js';

afterEach(() => vi.restoreAllMocks());

describe('printScaleTable', () => {
  it('prints the load, the heap and one timed row per kind of query', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(...String(line).split('\n')));
    await printScaleTable(300, 1500, 7);
    const text = lines.join('\n');
    expect(text).toContain('a synthetic graph of 300 nodes and 1500 edges in a MemoryStore');
    expect(text).toMatch(/load \(graph \+ search index\): \d+\.\d\d s wall, \d+\.\d\d s CPU/);
    expect(text).toMatch(/heap taken by the store \(after GC\): \d+ MiB/);
    const rows = lines.filter((line) => /^\S.*\s+7\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\d$/.test(line));
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual([
      'search, a label (prefix)',
      'search, misspelt (fuzzy)',
      'entity with relations',
      'neighbours, depth 1',
      'neighbours, depth 2',
      'path between two nodes',
    ]);
  });
});
