/**
 * Graph → GraphML (yEd, Cytoscape, NetworkX, graphology-graphml's reader). graphology-graphml only parses, so this is
 * a small serializer of our own. GraphML has no list type: aliases, categories and urls are JSON arrays in strings,
 * as evidence is. Edges are directed except the symmetric relations.
 */
import { byId } from '../order.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { GraphData, GraphEdge, GraphNode } from '../types.js';
import { escapeXml } from './xml-text.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'double';
}

const KEYS: readonly Key[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'categories', for: 'node', type: 'string' },
  { id: 'description', for: 'node', type: 'string' },
  { id: 'urls', for: 'node', type: 'string' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'label', for: 'edge', type: 'string' },
  { id: 'confidence', for: 'edge', type: 'double' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

export function toGraphml(graph: GraphData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    // Node and edge keys share ids (`label`) because readers look keys up per domain; ids are unique per domain.
    ...KEYS.map((key) => `  <key id="${keyId(key)}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>`),
    // Undirected by default and directed="true" on the rest: graphology-graphml's reader ignores directed="false".
    '  <graph id="infragraph" edgedefault="undirected">',
    ...[...graph.nodes].sort(byId).flatMap(nodeLines),
    ...[...graph.edges].sort(byId).flatMap(edgeLines),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function keyId(key: Key): string {
  return `${key.for === 'node' ? 'n' : 'e'}_${key.id}`;
}

function nodeLines(node: GraphNode): string[] {
  const data: [string, string][] = [
    ['n_label', node.label],
    ['n_kind', node.kind],
    ['n_aliases', JSON.stringify(node.aliases)],
    ['n_categories', JSON.stringify(node.categories)],
    ['n_description', node.description],
    ['n_urls', JSON.stringify(node.urls)],
  ];
  if (node.x !== undefined) data.push(['n_x', String(node.x)]);
  if (node.y !== undefined) data.push(['n_y', String(node.y)]);
  return [`    <node id="${escapeXml(node.id)}">`, ...data.map(dataLine), '    </node>'];
}

function edgeLines(edge: GraphEdge): string[] {
  const directed = SYMMETRIC_RELATIONS.has(edge.type) ? '' : ' directed="true"';
  const ends = `source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
  const evidence = edge.evidence.map(({ file, line, text }) => ({ file, line, text }));
  return [
    `    <edge id="${escapeXml(edge.id)}" ${ends}${directed}>`,
    dataLine(['e_type', edge.type]),
    dataLine(['e_label', edge.type]),
    dataLine(['e_confidence', String(edge.confidence)]),
    dataLine(['e_evidence', JSON.stringify(evidence)]),
    '    </edge>',
  ];
}

function dataLine([key, value]: [string, string]): string {
  return `      <data key="${key}">${escapeXml(value)}</data>`;
}
