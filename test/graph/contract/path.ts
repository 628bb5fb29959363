/** GraphStore.path: shortest, direction ignored, type filters, and the documented tie-breaks. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphPath, PathOptions } from '../../../graph/store.js';
import { ids, smallGraph, smallNode } from './fixture.js';
import type { CurrentStore } from './fixture.js';

/** `edges[i]` must join `nodes[i]` and `nodes[i + 1]`, in either direction. */
function expectChained(path: GraphPath): void {
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  path.edges.forEach((edge, index) => {
    const ends = [path.nodes[index].id, path.nodes[index + 1].id].sort();
    expect([edge.source, edge.target].sort()).toEqual(ends);
  });
}

export function pathContract(current: CurrentStore): void {
  describe('path', () => {
    beforeAll(async () => {
      await current().load(smallGraph());
    });

    it.each([
      ['no-such-entity', 'corvid'],
      ['corvid', 'no-such-entity'],
      ['corvid', 'island-monitor'],
    ])('gives null from %s to %s', async (from, to) => {
      expect(await current().path(from, to)).toBeNull();
    });

    it('gives a one-node path from an entity to itself', async () => {
      expect(await current().path('corvid', 'corvid')).toEqual({ nodes: [smallNode('corvid')], edges: [] });
    });

    it.each<[string, string, PathOptions, string[], string[]]>([
      ['lattice-store', 'zephyr-lite', {}, ['lattice-store', 'zephyr-lite'], ['zephyr-lite--uses--lattice-store']],
      [
        'quill-runtime',
        'lattice-store',
        {},
        ['quill-runtime', 'zephyr-orchestrator', 'lattice-store'],
        ['zephyr-orchestrator--manages--quill-runtime', 'zephyr-orchestrator--uses--lattice-store'],
      ],
      [
        'packet-exchange-protocol',
        'gale-foundation',
        {},
        [
          'packet-exchange-protocol',
          'heron-proxy',
          'marlin-mesh',
          'zephyr-orchestrator',
          'quill-runtime',
          'gale-foundation',
        ],
        [
          'heron-proxy--supports--packet-exchange-protocol',
          'heron-proxy--part-of--marlin-mesh',
          'marlin-mesh--integrates-with--zephyr-orchestrator',
          'zephyr-orchestrator--manages--quill-runtime',
          'quill-runtime--developed-by--gale-foundation',
        ],
      ],
      // Two shortest paths (through the interface or through Quill Runtime): the smaller id sequence wins.
      [
        'ember-runtime',
        'zephyr-orchestrator',
        {},
        ['ember-runtime', 'open-sandbox-interface', 'zephyr-orchestrator'],
        ['ember-runtime--implements--open-sandbox-interface', 'zephyr-orchestrator--uses--open-sandbox-interface'],
      ],
      [
        'zephyr-orchestrator',
        'ember-runtime',
        {},
        ['zephyr-orchestrator', 'open-sandbox-interface', 'ember-runtime'],
        ['zephyr-orchestrator--uses--open-sandbox-interface', 'ember-runtime--implements--open-sandbox-interface'],
      ],
      // Two parallel edges: the smaller edge id wins, unless the type filter leaves only the other.
      ['heron-proxy', 'marlin-mesh', {}, ['heron-proxy', 'marlin-mesh'], ['heron-proxy--part-of--marlin-mesh']],
      [
        'heron-proxy',
        'marlin-mesh',
        { types: ['BUILT_ON'] },
        ['heron-proxy', 'marlin-mesh'],
        ['marlin-mesh--built-on--heron-proxy'],
      ],
      // The type filter forces a longer way round.
      [
        'quill-runtime',
        'lattice-store',
        { types: ['USES', 'IMPLEMENTS'] },
        ['quill-runtime', 'open-sandbox-interface', 'zephyr-orchestrator', 'lattice-store'],
        [
          'quill-runtime--implements--open-sandbox-interface',
          'zephyr-orchestrator--uses--open-sandbox-interface',
          'zephyr-orchestrator--uses--lattice-store',
        ],
      ],
      [
        'ember-runtime',
        'zephyr-orchestrator',
        { types: [] },
        ['ember-runtime', 'open-sandbox-interface', 'zephyr-orchestrator'],
        ['ember-runtime--implements--open-sandbox-interface', 'zephyr-orchestrator--uses--open-sandbox-interface'],
      ],
    ])('goes from %s to %s with %j', async (from, to, options, nodeIds, edgeIds) => {
      const path = await current().path(from, to, options);
      expect(path).not.toBeNull();
      if (!path) return;
      expect(ids(path.nodes)).toEqual(nodeIds);
      expect(ids(path.edges)).toEqual(edgeIds);
      expectChained(path);
      const fixture = smallGraph();
      expect(path.edges).toEqual(edgeIds.map((id) => fixture.edges.find((edge) => edge.id === id)));
      expect(path.nodes).toEqual(nodeIds.map(smallNode));
    });

    it('gives null when the type filter cuts every way', async () => {
      expect(await current().path('quill-runtime', 'lattice-store', { types: ['WRITTEN_IN'] })).toBeNull();
    });
  });
}
