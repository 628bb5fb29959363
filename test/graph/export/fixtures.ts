// Graphs for the export tests: the small fixture from disk, and one whose every text tries to break a format.
import { readFileSync } from 'node:fs';
import type { MultiGraph } from 'graphology';
import type { GraphData } from '../../../graph/types.js';

export function smallFixture(): GraphData {
  const url = new URL('../../fixtures/graphs/small.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as GraphData;
}

export const HOSTILE_TEXT = `It's "quoted", a back\\slash, <tag> & amp;\nsecond line\r\ttab, ünïcødé 🚀, }) DETACH DELETE n //`;

export function hostileGraph(): GraphData {
  return {
    version: 1,
    documents: [{ file: 'a.rst', sections: [] }],
    nodes: [
      {
        id: 'evil',
        label: HOSTILE_TEXT,
        kind: 'technology',
        aliases: [`O'Brien`, 'a,b', '"x"'],
        categories: ['back\\slash'],
        description: HOSTILE_TEXT,
        urls: ['https://example.org/?a=1&b=2'],
        sources: [{ file: 'a.rst', line: 1 }],
        x: 1,
        y: -2.5,
      },
      {
        id: 'plain',
        label: 'Plain',
        kind: 'concept',
        aliases: [],
        categories: [],
        description: '',
        urls: [],
        sources: [{ file: 'a.rst', line: 2 }],
      },
    ],
    edges: [
      {
        id: 'evil--uses--plain',
        source: 'evil',
        target: 'plain',
        type: 'USES',
        confidence: 1,
        evidence: [{ file: 'a.rst', line: 1, text: HOSTILE_TEXT }],
      },
      {
        id: 'evil--alternative-to--plain',
        source: 'evil',
        target: 'plain',
        type: 'ALTERNATIVE_TO',
        confidence: 0.25,
        evidence: [],
      },
    ],
  };
}

/** A graph read back from an export, cut down to what any format must keep: node ids, labels, kinds; edge ends and types. */
export function skeletonOf(graph: MultiGraph): { nodes: NodeSkeleton[]; edges: EdgeSkeleton[] } {
  return {
    nodes: graph.mapNodes((id, attributes) => ({ id, label: attributes.label, kind: attributes.kind })).sort(byId),
    edges: graph
      .mapEdges((id, attributes, source, target) => ({ id, source, target, type: attributes.type }))
      .sort(byId),
  };
}

/** The same skeleton of the exported graph itself. */
export function skeletonOfData(graph: GraphData): { nodes: NodeSkeleton[]; edges: EdgeSkeleton[] } {
  return {
    nodes: graph.nodes.map(({ id, label, kind }) => ({ id, label, kind })).sort(byId),
    edges: graph.edges.map(({ id, source, target, type }) => ({ id, source, target, type })).sort(byId),
  };
}

interface NodeSkeleton {
  id: string;
  label: unknown;
  kind: unknown;
}
interface EdgeSkeleton {
  id: string;
  source: string;
  target: string;
  type: unknown;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
