/**
 * What changed between two graphs (two ingests): entities and relations added, removed, and changed, by id. Nodes
 * compare label, kind, aliases, categories and description; edges compare confidence and how much evidence backs
 * them. Pure; the output is sorted by id so the same two graphs always give the same diff.
 */
import { byId } from './order.js';
import type { GraphData, GraphEdge, GraphNode } from './types.js';

export type FieldValue = string | number | string[];

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface ChangedItem {
  id: string;
  changes: FieldChange[];
}

export interface EntityDiff {
  added: GraphNode[];
  removed: GraphNode[];
  changed: ChangedItem[];
}

export interface RelationDiff {
  added: GraphEdge[];
  removed: GraphEdge[];
  changed: ChangedItem[];
}

export interface GraphDiff {
  entities: EntityDiff;
  relations: RelationDiff;
}

export function diffGraphs(before: GraphData, after: GraphData): GraphDiff {
  return {
    entities: diffById(before.nodes, after.nodes, nodeFields),
    relations: diffById(before.edges, after.edges, edgeFields),
  };
}

/** True when nothing was added, removed or changed. */
export function isEmptyDiff(diff: GraphDiff): boolean {
  return [diff.entities, diff.relations].every(
    (part) => part.added.length === 0 && part.removed.length === 0 && part.changed.length === 0,
  );
}

function nodeFields(node: GraphNode): [string, FieldValue][] {
  return [
    ['label', node.label],
    ['kind', node.kind],
    ['aliases', node.aliases],
    ['categories', node.categories],
    ['description', node.description],
  ];
}

function edgeFields(edge: GraphEdge): [string, FieldValue][] {
  return [
    ['confidence', edge.confidence],
    ['evidence', edge.evidence.length],
  ];
}

function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  fields: (item: T) => [string, FieldValue][],
): { added: T[]; removed: T[]; changed: ChangedItem[] } {
  const old = new Map(before.map((item) => [item.id, item]));
  const current = new Map(after.map((item) => [item.id, item]));
  const added = after.filter((item) => !old.has(item.id)).sort(byId);
  const removed = before.filter((item) => !current.has(item.id)).sort(byId);
  const changed: ChangedItem[] = [];
  for (const item of [...after].sort(byId)) {
    const previous = old.get(item.id);
    if (previous === undefined) continue;
    const now = fields(item);
    const changes = fields(previous)
      .map(([field, value], index): FieldChange => ({ field, before: value, after: now[index]![1] }))
      .filter((change) => !sameValue(change.before, change.after));
    if (changes.length > 0) changed.push({ id: item.id, changes });
  }
  return { added, removed, changed };
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}
