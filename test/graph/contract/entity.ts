/** GraphStore.entity and GraphStore.neighbours: relations with evidence, depth bounds and type filters. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourOptions } from '../../../graph/store.js';
import { ids, smallEdge, smallGraph, smallNode } from './fixture.js';
import type { CurrentStore } from './fixture.js';

/** The fixture's edges of the allowed types joining two of `nodeIds`, as neighbours() must list them. */
function edgesAmong(nodeIds: string[], types?: string[]): string[] {
  const inside = new Set(nodeIds);
  return smallGraph()
    .edges.filter((edge) => inside.has(edge.source) && inside.has(edge.target))
    .filter((edge) => !types || types.length === 0 || types.includes(edge.type))
    .map((edge) => edge.id)
    .sort();
}

export function entityContract(current: CurrentStore): void {
  describe('entity', () => {
    beforeAll(async () => {
      await current().load(smallGraph());
    });

    it('gives null for an unknown id', async () => {
      expect(await current().entity('no-such-entity')).toBeNull();
    });

    it('gives the node and its relations both ways, with confidence and evidence', async () => {
      const marlinMesh = { id: 'marlin-mesh', label: 'Marlin Mesh', kind: 'technology' };
      const relation = (edgeId: string, direction: 'in' | 'out', other: object) => {
        const edge = smallEdge(edgeId);
        const { type, confidence, evidence } = edge;
        return { type, direction, edgeId, other, confidence, evidence };
      };
      expect(await current().entity('heron-proxy')).toEqual({
        ...smallNode('heron-proxy'),
        relations: [
          relation('marlin-mesh--built-on--heron-proxy', 'in', marlinMesh),
          relation('heron-proxy--part-of--marlin-mesh', 'out', marlinMesh),
          relation('heron-proxy--supports--packet-exchange-protocol', 'out', {
            id: 'packet-exchange-protocol',
            label: 'Packet Exchange Protocol',
            kind: 'standard',
          }),
        ],
      });
    });

    it('orders relations by type, direction, other label and edge id', async () => {
      const entity = await current().entity('zephyr-orchestrator');
      expect(entity?.relations.map((r) => `${r.type} ${r.direction} ${r.other.id}`)).toEqual([
        'DEVELOPED_BY out northwind-labs',
        'DISTRIBUTION_OF in zephyr-lite',
        'INTEGRATES_WITH in marlin-mesh',
        'IS_A out workload-orchestrator',
        'MANAGES out quill-runtime',
        'USES out declarative-scheduling',
        'USES out lattice-store',
        'USES out open-sandbox-interface',
        'WRITTEN_IN out corvid',
      ]);
      expect({ ...entity, relations: undefined }).toEqual({
        ...smallNode('zephyr-orchestrator'),
        relations: undefined,
      });
    });

    it('gives an entity without edges no relations', async () => {
      expect(await current().entity('island-monitor')).toEqual({ ...smallNode('island-monitor'), relations: [] });
    });

    it('hands out copies that cannot change the store', async () => {
      const entity = await current().entity('corvid');
      entity?.aliases.push('changed');
      entity?.relations.splice(0);
      expect(await current().entity('corvid')).toMatchObject({ aliases: ['CorvidLang'] });
      expect((await current().entity('corvid'))?.relations).toHaveLength(2);
    });
  });

  describe('neighbours', () => {
    beforeAll(async () => {
      await current().load(smallGraph());
    });

    const depthTwo = [
      'heron-proxy',
      'marlin',
      'marlin-mesh',
      'packet-exchange-protocol',
      'traffic-mesh',
      'zephyr-lite',
      'zephyr-orchestrator',
    ];
    const depthThree = [
      ...depthTwo,
      'corvid',
      'declarative-scheduling',
      'lattice-store',
      'northwind-labs',
      'open-sandbox-interface',
      'quill-runtime',
      'workload-orchestrator',
    ].sort();

    it('gives null for an unknown id', async () => {
      expect(await current().neighbours('no-such-entity')).toBeNull();
    });

    it('gives the direct neighbours both ways by default, with full nodes and edges sorted by id', async () => {
      const subgraph = await current().neighbours('heron-proxy');
      expect(subgraph).toEqual({
        nodes: ['heron-proxy', 'marlin-mesh', 'packet-exchange-protocol'].map(smallNode),
        edges: [
          'heron-proxy--part-of--marlin-mesh',
          'heron-proxy--supports--packet-exchange-protocol',
          'marlin-mesh--built-on--heron-proxy',
        ].map(smallEdge),
      });
    });

    it.each<[NeighbourOptions, string[]]>([
      [{ depth: 1 }, ['heron-proxy', 'marlin-mesh', 'packet-exchange-protocol']],
      [{ depth: 2 }, depthTwo],
      [{ depth: 3 }, depthThree],
      [{ depth: 0 }, ['heron-proxy', 'marlin-mesh', 'packet-exchange-protocol']],
      [{ depth: -1 }, ['heron-proxy', 'marlin-mesh', 'packet-exchange-protocol']],
      [{ depth: 4 }, depthThree],
      [{ depth: 99 }, depthThree],
    ])('walks %j (clamped to 1..3)', async (options, expected) => {
      const subgraph = await current().neighbours('heron-proxy', options);
      expect(ids(subgraph?.nodes ?? [])).toEqual(expected);
      expect(ids(subgraph?.edges ?? [])).toEqual(edgesAmong(expected));
    });

    it.each<[NeighbourOptions, string[]]>([
      [{ depth: 2, types: ['BUILT_ON', 'IS_A'] }, ['heron-proxy', 'marlin-mesh', 'traffic-mesh']],
      [{ depth: 1, types: ['SUPPORTS'] }, ['heron-proxy', 'packet-exchange-protocol']],
      [{ depth: 3, types: ['DEVELOPED_BY'] }, ['heron-proxy']],
      [{ depth: 2, types: [] }, depthTwo],
    ])('follows only the allowed types %j', async (options, expected) => {
      const subgraph = await current().neighbours('heron-proxy', options);
      expect(ids(subgraph?.nodes ?? [])).toEqual(expected);
      expect(ids(subgraph?.edges ?? [])).toEqual(edgesAmong(expected, options.types));
    });

    it('gives an entity without edges just itself', async () => {
      expect(await current().neighbours('island-monitor', { depth: 3 })).toEqual({
        nodes: [smallNode('island-monitor')],
        edges: [],
      });
    });
  });
}
