import { describe, expect, it } from 'vitest';
import schema from '../../graph/graph.schema.json' with { type: 'json' };
import { MemoryStore } from '../../graph/memory-store.js';
import { serializeGraph } from '../../graph/serialize.js';
import { CURATION_ACTIONS } from '../../graph/types.js';
import type { CurationRecord, GraphData } from '../../graph/types.js';
import { graphProblems } from '../../graph/validate.js';
import { smallGraph } from './fixtures.js';

const curation: CurationRecord = {
  file: 'data/curation.yaml',
  actions: [
    { action: 'suppress', line: 4, names: ['runtime'] },
    { action: 'alias', line: 2, names: ['engine', 'Eng'] },
  ],
};
const curated = (): GraphData => ({ ...smallGraph(), curation: structuredClone(curation) });

describe('the curation record of a graph', () => {
  it('lists in the schema exactly the actions of graph/types.ts', () => {
    expect(schema.$defs.curationAction.properties.action.enum).toEqual([...CURATION_ACTIONS]);
  });

  it('is valid when present and when absent', () => {
    expect(graphProblems(curated())).toEqual([]);
    expect(graphProblems(smallGraph())).toEqual([]);
  });

  const broken: [string, unknown, string][] = [
    [
      'an unknown action',
      { ...curation, actions: [{ action: 'drop', line: 1, names: ['x'] }] },
      '/curation/actions/0/action must be equal to one of the allowed values (merge, rename, suppress, alias)',
    ],
    [
      'no names',
      { ...curation, actions: [{ action: 'merge', line: 1, names: [] }] },
      '/curation/actions/0/names must NOT have fewer than 1 items',
    ],
    ['no file', { actions: [] }, "/curation must have required property 'file'"],
  ];
  it.each(broken)('is refused with %s', (_what, record, problem) => {
    expect(graphProblems({ ...smallGraph(), curation: record })).toContain(problem);
  });

  it('is written last, actions in the order they were applied', () => {
    const json = JSON.parse(serializeGraph(curated())) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'documents', 'nodes', 'edges', 'curation']);
    expect(json.curation).toEqual(curation);
    expect(serializeGraph(smallGraph())).not.toContain('curation');
  });

  it('survives a load and export of the memory store, as a copy', async () => {
    const store = new MemoryStore();
    const graph = curated();
    await store.load(graph);
    graph.curation!.actions[0].names.push('changed');
    expect((await store.export()).curation).toEqual(curation);
    await store.load(smallGraph());
    expect((await store.export()).curation).toBeUndefined();
  });
});
