/** GraphStore.load, categories, stats, export and health: the whole-graph operations. */
import { describe, expect, it } from 'vitest';
import { emptyGraph, exportOrder, smallGraph, widgetGraph } from './fixture.js';
import type { CurrentStore } from './fixture.js';

export function wholeGraphContract(current: CurrentStore): void {
  describe('whole graph', () => {
    it('exports what was loaded, documents by file, nodes and edges by id', async () => {
      await current().load(smallGraph());
      const exported = await current().export();
      expect(exported).toEqual(exportOrder(smallGraph()));
      expect(exported.nodes.find((node) => node.id === 'quill-runtime')).toMatchObject({ x: -3.25, y: 2 });
      expect(exported.nodes.find((node) => node.id === 'corvid')).not.toHaveProperty('x');
    });

    it('round-trips its own export', async () => {
      await current().load(await current().export());
      expect(await current().export()).toEqual(exportOrder(smallGraph()));
    });

    it('keeps its own copy of what it loaded', async () => {
      const graph = smallGraph();
      await current().load(graph);
      graph.nodes[0].label = 'Changed';
      graph.nodes[0].aliases.push('changed');
      graph.edges.pop();
      expect(await current().export()).toEqual(exportOrder(smallGraph()));
    });

    it('counts categories from lists and category nodes, by count then name', async () => {
      await current().load(smallGraph());
      expect(await current().categories()).toEqual([
        { category: 'Sandbox runtime', count: 2 },
        // Listed as "Workload orchestrator" and "workload orchestrator": one category, spelled as its node.
        { category: 'Workload orchestrator', count: 2 },
        { category: 'Key-value store', count: 1 },
        { category: 'Observability', count: 1 },
        { category: 'Traffic mesh', count: 1 },
        { category: 'build tool', count: 1 },
        { category: 'proxy', count: 1 },
        { category: 'Service catalogue', count: 0 },
      ]);
    });

    it('counts entities by kind and relations by type', async () => {
      await current().load(smallGraph());
      expect(await current().stats()).toEqual({
        nodes: 21,
        edges: 26,
        nodesByKind: { technology: 9, category: 4, standard: 2, organisation: 2, language: 3, concept: 1 },
        edgesByType: {
          IS_A: 5,
          PART_OF: 1,
          USES: 4,
          BUILT_ON: 1,
          IMPLEMENTS: 2,
          DISTRIBUTION_OF: 1,
          DEVELOPED_BY: 2,
          MANAGES: 1,
          SUPPORTS: 1,
          ALTERNATIVE_TO: 1,
          WRITTEN_IN: 5,
          INTEGRATES_WITH: 2,
        },
      });
    });

    it('replaces the previous graph on load', async () => {
      await current().load(smallGraph());
      await current().load(widgetGraph(3));
      expect(await current().entity('quill-runtime')).toBeNull();
      expect(await current().search('quill')).toEqual([]);
      expect(await current().path('quill-runtime', 'corvid')).toBeNull();
      expect(await current().categories()).toEqual([{ category: 'Gadget', count: 3 }]);
      expect(await current().stats()).toEqual({
        nodes: 3,
        edges: 2,
        nodesByKind: { technology: 3 },
        edgesByType: { USES: 2 },
      });
      expect(await current().export()).toEqual(exportOrder(widgetGraph(3)));
      expect((await current().search('widget 002'))[0]).toMatchObject({ id: 'widget-002', score: 3 });
    });

    it('answers an empty graph', async () => {
      await current().load(emptyGraph());
      expect(await current().stats()).toEqual({ nodes: 0, edges: 0, nodesByKind: {}, edgesByType: {} });
      expect(await current().categories()).toEqual([]);
      expect(await current().search('anything')).toEqual([]);
      expect(await current().entity('corvid')).toBeNull();
      expect(await current().neighbours('corvid')).toBeNull();
      expect(await current().export()).toEqual(emptyGraph());
    });

    it('is healthy', async () => {
      expect(await current().health()).toBe(true);
    });
  });
}
