/**
 * How nodes, edges and documents are stored as Neo4j properties, and read back. Neo4j properties hold only
 * primitives and lists of them, so nested values (sources, evidence, sections) travel as JSON strings. Search
 * helpers (name keys, joined aliases and categories) are stored next to the contract's fields and never read back.
 */
import { exactNameKey } from '../search-rank.js';
import type { DocumentInfo, EntityKind, Evidence, GraphEdge, GraphNode, SectionInfo, SourceRef } from '../types.js';

/** The properties of an `:Entity` node. */
export interface EntityRow {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
  categories: string[];
  description: string;
  urls: string[];
  sources: string;
  x: number | null;
  y: number | null;
  /** The exact-match keys of the label and aliases, space separated, for the whitespace-analysed name index. */
  nameKeys: string;
  aliasText: string;
  categoryText: string;
}

/** An edge to create: the type is not a property but the relationship type, chosen from the allow-list. */
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  confidence: number;
  evidence: string;
}

export interface DocumentRow {
  file: string;
  sections: string;
}

/** What a query returns for an edge: its properties plus its ends and type. */
export interface StoredEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence: number;
  evidence: string;
}

export function entityRow(node: GraphNode): EntityRow {
  const keys = [node.label, ...node.aliases].map(exactNameKey).filter((key) => key !== '');
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    aliases: [...node.aliases],
    categories: [...node.categories],
    description: node.description,
    urls: [...node.urls],
    sources: JSON.stringify(node.sources.map(({ file, line }) => ({ file, line }))),
    // null leaves the property unset (SET n = row skips nulls), so an absent position stays absent.
    x: node.x ?? null,
    y: node.y ?? null,
    nameKeys: [...new Set(keys)].join(' '),
    aliasText: node.aliases.join(' \n '),
    categoryText: node.categories.join(' \n '),
  };
}

export function relationRow(edge: GraphEdge): RelationRow {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    confidence: edge.confidence,
    evidence: JSON.stringify(edge.evidence.map(({ file, line, text }) => ({ file, line, text }))),
  };
}

export function documentRow(document: DocumentInfo): DocumentRow {
  return {
    file: document.file,
    sections: JSON.stringify(document.sections.map(({ title, depth, line }) => ({ title, depth, line }))),
  };
}

/** A node as stored (the properties map of an `:Entity`) back to the contract's shape. */
export function nodeFromProperties(properties: Record<string, unknown>): GraphNode {
  const node: GraphNode = {
    id: String(properties.id),
    label: String(properties.label),
    kind: String(properties.kind) as EntityKind,
    aliases: stringList(properties.aliases),
    categories: stringList(properties.categories),
    description: String(properties.description ?? ''),
    urls: stringList(properties.urls),
    sources: parseJson<SourceRef[]>(properties.sources, []),
  };
  if (typeof properties.x === 'number') node.x = properties.x;
  if (typeof properties.y === 'number') node.y = properties.y;
  return node;
}

export function edgeFromStored(stored: StoredEdge): GraphEdge {
  return {
    id: stored.id,
    source: stored.source,
    target: stored.target,
    type: stored.type as GraphEdge['type'],
    confidence: stored.confidence,
    evidence: parseJson<Evidence[]>(stored.evidence, []),
  };
}

export function documentFromProperties(properties: Record<string, unknown>): DocumentInfo {
  return { file: String(properties.file), sections: parseJson<SectionInfo[]>(properties.sections, []) };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

// The store wrote these strings itself; a value it cannot read means the database was changed behind its back.
function parseJson<T>(value: unknown, empty: T): T {
  if (typeof value !== 'string' || value === '') return empty;
  return JSON.parse(value) as T;
}
