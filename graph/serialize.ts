/**
 * Graph → JSON text, deterministically: documents by file, nodes and edges by id, keys in a fixed order, 2-space
 * indent, a trailing newline and nothing time-dependent, so the same input gives byte-identical files.
 */
import type { CurationRecord, DocumentInfo, GraphData, GraphEdge, GraphNode } from './types.js';

export function serializeGraph(graph: GraphData): string {
  const canonical: GraphData = {
    version: graph.version,
    documents: [...graph.documents].sort((a, b) => compare(a.file, b.file)).map(canonicalDocument),
    nodes: [...graph.nodes].sort((a, b) => compare(a.id, b.id)).map(canonicalNode),
    edges: [...graph.edges].sort((a, b) => compare(a.id, b.id)).map(canonicalEdge),
  };
  if (graph.curation) canonical.curation = canonicalCuration(graph.curation);
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonicalDocument(document: DocumentInfo): DocumentInfo {
  return {
    file: document.file,
    sections: document.sections.map(({ title, depth, line }) => ({ title, depth, line })),
  };
}

function canonicalNode(node: GraphNode): GraphNode {
  const canonical: GraphNode = {
    id: node.id,
    label: node.label,
    kind: node.kind,
    aliases: [...node.aliases],
    categories: [...node.categories],
    description: node.description,
    urls: [...node.urls],
    sources: node.sources.map(({ file, line }) => ({ file, line })),
  };
  if (node.x !== undefined) canonical.x = node.x;
  if (node.y !== undefined) canonical.y = node.y;
  return canonical;
}

function canonicalEdge(edge: GraphEdge): GraphEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    confidence: edge.confidence,
    evidence: edge.evidence.map(({ file, line, text }) => ({ file, line, text })),
  };
}

// Actions keep the order they were applied in: it is part of what they mean.
function canonicalCuration(curation: CurationRecord): CurationRecord {
  return {
    file: curation.file,
    actions: curation.actions.map(({ action, line, names }) => ({ action, line, names: [...names] })),
  };
}
