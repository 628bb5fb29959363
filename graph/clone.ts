/**
 * Copies of nodes and edges, so neither the caller of `load()` nor the receiver of an answer shares mutable arrays
 * with a store. Copies keep only the contract's fields.
 */
import type { CurationRecord, DocumentInfo, GraphEdge, GraphNode } from './types.js';

export function cloneNode(node: GraphNode): GraphNode {
  const copy: GraphNode = {
    id: node.id,
    label: node.label,
    kind: node.kind,
    aliases: [...node.aliases],
    categories: [...node.categories],
    description: node.description,
    urls: [...node.urls],
    sources: node.sources.map(({ file, line }) => ({ file, line })),
  };
  if (node.x !== undefined) copy.x = node.x;
  if (node.y !== undefined) copy.y = node.y;
  return copy;
}

export function cloneEdge(edge: GraphEdge): GraphEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    confidence: edge.confidence,
    evidence: edge.evidence.map(({ file, line, text }) => ({ file, line, text })),
  };
}

export function cloneDocument(document: DocumentInfo): DocumentInfo {
  return {
    file: document.file,
    sections: document.sections.map(({ title, depth, line }) => ({ title, depth, line })),
  };
}

export function cloneCuration(curation: CurationRecord): CurationRecord {
  return {
    file: curation.file,
    actions: curation.actions.map(({ action, line, names }) => ({ action, line, names: [...names] })),
  };
}
