/**
 * Graph → JSON text, deterministically: documents by file, nodes and edges by id, keys in a fixed order (the order
 * the contract's copies in clone.ts build them in), 2-space indent, a trailing newline and nothing time-dependent,
 * so the same input gives byte-identical files.
 */
import { cloneCuration, cloneDocument, cloneEdge, cloneNode } from './clone.js';
import type { GraphData } from './types.js';

export function serializeGraph(graph: GraphData): string {
  const canonical: GraphData = {
    version: graph.version,
    documents: [...graph.documents].sort((a, b) => compare(a.file, b.file)).map(cloneDocument),
    nodes: [...graph.nodes].sort((a, b) => compare(a.id, b.id)).map(cloneNode),
    edges: [...graph.edges].sort((a, b) => compare(a.id, b.id)).map(cloneEdge),
  };
  // Curation actions keep the order they were applied in: it is part of what they mean.
  if (graph.curation) canonical.curation = cloneCuration(graph.curation);
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
