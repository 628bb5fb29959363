import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode, RelationType } from '../../graph/types.js';
import type { DocumentLabels } from './labels.js';
import { evaluate, matchKey } from './metrics.js';

const file = 'notes.rst';
const node = (id: string, label: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label,
  kind: 'technology',
  aliases: [],
  categories: [],
  description: '',
  urls: [],
  sources: [{ file, line: 1 }],
  ...extra,
});
const edge = (source: string, type: RelationType, target: string, line: number): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  confidence: 0.9,
  evidence: [{ file, line, text: '...' }],
});

const labels: DocumentLabels = {
  document: file,
  entities: [
    { label: 'Mesh One', aliases: ['M1'], kind: 'technology', categories: ['service mesh'], line: 1 },
    { label: 'Proxy Two', aliases: [], kind: 'technology', categories: [], line: 2 },
    { label: 'Net Interface', aliases: ['NI'], kind: 'standard', categories: [], line: 3 },
    { label: 'Plugin Three', aliases: [], kind: 'technology', categories: ['network plugin'], line: 4 },
    // the same entity labelled again in another part of the document
    { label: 'M1', aliases: [], kind: 'technology', categories: [], line: 9 },
  ],
  relations: [
    { source: 'Mesh One', type: 'USES', target: 'Proxy Two', line: 10, alt: ['BUILT_ON'] },
    { source: 'Plugin Three', type: 'IMPLEMENTS', target: 'NI', line: 20 },
    { source: 'Proxy Two', type: 'ALTERNATIVE_TO', target: 'Plugin Three', line: 30 },
  ],
};

describe('matchKey', () => {
  it.each([
    ['Hyper-V', 'hyperv'],
    ['Type-1 Hypervisors', 'type1hypervisor'],
    ['C++', 'c++'],
    ['Istio', 'istio'],
    ['Express', 'express'],
    ['service meshes', 'servicemesh'],
    ['proxies', 'proxy'],
  ])('%s -> %s', (name, key) => expect(matchKey(name)).toBe(key));
});

describe('evaluate', () => {
  it('scores recall, precision, evidence lines, categories and duplicates', () => {
    const graph: GraphData = {
      version: 1,
      documents: [],
      nodes: [
        node('mesh-one', 'Mesh One', { categories: ['Service Meshes'] }),
        node('m1', 'M1'), // a duplicate of Mesh One
        node('proxy-two', 'Proxy Two'),
        node('ni', 'Net Interface', { kind: 'standard' }),
        node('noise', 'Benefits'),
      ],
      edges: [
        edge('mesh-one', 'BUILT_ON', 'proxy-two', 12), // typed hit through alt, evidence within 3 lines
        edge('mesh-one', 'USES', 'ni', 40), // false: no label for this pair
        edge('proxy-two', 'USES', 'noise', 41), // unjudged: noise is not labelled
      ],
    };
    const report = evaluate(graph, labels, file);
    expect(report.figures).toMatchObject({
      entities: 4,
      entityRecall: 3 / 4,
      relations: 3,
      pairRecall: 1 / 3,
      typedRecall: 1 / 3,
      evidenceAccuracy: 1,
      judgedEdges: 2,
      typedPrecision: 1 / 2,
      duplicateNodes: 1,
      categories: 2,
      categoryRecall: 1 / 2,
    });
    expect(report.missedEntities).toEqual(['Plugin Three']);
    expect(report.falseEdges.map((f) => f.edge.id)).toEqual(['mesh-one-USES-ni']);
    expect(report.unjudgedEdges.map((e) => e.id)).toEqual(['proxy-two-USES-noise']);
    expect(report.missedCategories).toEqual(['Plugin Three: network plugin']);
  });

  it('accepts symmetric relations in either direction but not directed ones reversed', () => {
    const graph: GraphData = {
      version: 1,
      documents: [],
      nodes: [node('a', 'Proxy Two'), node('b', 'Plugin Three'), node('c', 'Mesh One')],
      edges: [edge('b', 'ALTERNATIVE_TO', 'a', 30), edge('a', 'USES', 'c', 10)],
    };
    const report = evaluate(graph, labels, file);
    expect(report.figures.typedRecall).toBe(1 / 3);
    expect(report.figures.typedPrecision).toBe(1 / 2);
    expect(report.missedRelations.map((m) => m.found)).toContain('USES <-');
  });

  it('counts an evidence line more than 3 lines away as wrong', () => {
    const graph: GraphData = {
      version: 1,
      documents: [],
      nodes: [node('a', 'Mesh One'), node('b', 'Proxy Two')],
      edges: [edge('a', 'USES', 'b', 14)],
    };
    expect(evaluate(graph, labels, file).figures.evidenceAccuracy).toBe(0);
  });
});
