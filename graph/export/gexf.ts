/**
 * Graph → GEXF 1.3 for Gephi and Gephi Lite. Written here rather than with graphology-gexf's writer, which leaves
 * list items unquoted (a `,` splits an alias in two, a `\` vanishes on reading); graphology-gexf's reader, the one
 * Gephi Lite uses, reads this file back exactly (see the round-trip tests). Lists are `liststring` in the 1.3
 * bracket form with every item double-quoted; evidence is a JSON string; symmetric relations are undirected edges;
 * the edge weight is the confidence.
 */
import { byId } from '../order.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { GraphData, GraphEdge, GraphNode } from '../types.js';
import { escapeXml } from './xml-text.js';

type AttributeType = 'string' | 'liststring' | 'double';

const NODE_ATTRIBUTES: readonly [string, AttributeType][] = [
  ['kind', 'string'],
  ['categories', 'liststring'],
  ['aliases', 'liststring'],
  ['description', 'string'],
  ['urls', 'liststring'],
];

const EDGE_ATTRIBUTES: readonly [string, AttributeType][] = [
  ['type', 'string'],
  ['confidence', 'double'],
  ['evidence', 'string'],
];

export function toGexf(graph: GraphData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>infragraph</creator>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeLines('node', NODE_ATTRIBUTES),
    ...attributeLines('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    // Sorted, so the same graph always gives the same file whatever order its JSON listed things in.
    ...[...graph.nodes].sort(byId).flatMap(nodeLines),
    '    </nodes>',
    '    <edges>',
    ...[...graph.edges].sort(byId).flatMap(edgeLines),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

function attributeLines(kind: 'node' | 'edge', attributes: readonly [string, AttributeType][]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
}

function nodeLines(node: GraphNode): string[] {
  const values: [string, string][] = [
    ['kind', node.kind],
    ['categories', listValue(node.categories)],
    ['aliases', listValue(node.aliases)],
    ['description', node.description],
    ['urls', listValue(node.urls)],
  ];
  const position =
    node.x !== undefined && node.y !== undefined ? [`        <viz:position x="${node.x}" y="${node.y}" z="0"/>`] : [];
  return [
    `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`,
    ...attvalueLines(values),
    ...position,
    '      </node>',
  ];
}

function edgeLines(edge: GraphEdge): string[] {
  const undirected = SYMMETRIC_RELATIONS.has(edge.type) ? ' type="undirected"' : '';
  const evidence = edge.evidence.map(({ file, line, text }) => ({ file, line, text }));
  const values: [string, string][] = [
    ['type', edge.type],
    ['confidence', String(edge.confidence)],
    ['evidence', JSON.stringify(evidence)],
  ];
  return [
    `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"` +
      `${undirected} label="${edge.type}" weight="${edge.confidence}">`,
    ...attvalueLines(values),
    '      </edge>',
  ];
}

function attvalueLines(values: readonly [string, string][]): string[] {
  return [
    '        <attvalues>',
    ...values.map(([id, value]) => `          <attvalue for="${id}" value="${escapeXml(value)}"/>`),
    '        </attvalues>',
  ];
}

/**
 * `["a", "b"]`: each item double-quoted with `\"`, `\\`, `\n`, `\r`, `\t` escapes, which is what GEXF 1.3 readers
 * unescape. Other control characters cannot be in XML and have no escape in a GEXF list, so they become U+FFFD.
 */
function listValue(items: readonly string[]): string {
  const quoted = items.map((item) => {
    // eslint-disable-next-line no-control-regex
    const escaped = item.replace(/[\\"\n\r\t]/g, (char) => LIST_ESCAPES[char]!).replace(/[\u0000-\u001F]/g, '\uFFFD');
    return `"${escaped}"`;
  });
  return `[${quoted.join(', ')}]`;
}

const LIST_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
