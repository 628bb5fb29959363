/** The list view's rows: pure filtering and sorting over the loaded graph, kept apart from the DOM for testing. */
import type { EntityKind, GraphData, RelationType } from '../../graph/types.js';

export interface EntityRow {
  id: string;
  label: string;
  kind: EntityKind;
  categories: string;
  degree: number;
}

export interface RelationRow {
  id: string;
  source: string;
  sourceLabel: string;
  type: RelationType;
  target: string;
  targetLabel: string;
  evidence: number;
}

export type SortKey<T> = keyof T & string;
export interface Sort<T> {
  key: SortKey<T>;
  descending: boolean;
}

export interface RowFilters {
  text: string;
  hiddenKinds: readonly EntityKind[];
  hiddenTypes: readonly RelationType[];
}

export function entityRows(data: GraphData, filters: RowFilters): EntityRow[] {
  const degree = new Map<string, number>();
  for (const edge of data.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const text = filters.text.trim().toLowerCase();
  return data.nodes
    .filter((node) => !filters.hiddenKinds.includes(node.kind))
    .filter(
      (node) =>
        text === '' ||
        [node.label, node.kind, ...node.aliases, ...node.categories].some((value) =>
          value.toLowerCase().includes(text),
        ),
    )
    .map((node) => ({
      id: node.id,
      label: node.label,
      kind: node.kind,
      categories: node.categories.join(', '),
      degree: degree.get(node.id) ?? 0,
    }));
}

export function relationRows(data: GraphData, filters: RowFilters): RelationRow[] {
  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  const text = filters.text.trim().toLowerCase();
  const rows: RelationRow[] = [];
  for (const edge of data.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target || filters.hiddenTypes.includes(edge.type)) continue;
    if (filters.hiddenKinds.includes(source.kind) || filters.hiddenKinds.includes(target.kind)) continue;
    const row = {
      id: edge.id,
      source: source.id,
      sourceLabel: source.label,
      type: edge.type,
      target: target.id,
      targetLabel: target.label,
      evidence: edge.evidence.length,
    };
    if (text === '' || [row.sourceLabel, row.type, row.targetLabel].some((value) => value.toLowerCase().includes(text)))
      rows.push(row);
  }
  return rows;
}

/** Sorted copy; ties keep a stable order by id so the table never jumps. */
export function sortRows<T extends { id: string }>(rows: T[], sort: Sort<T>): T[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const left = a[sort.key];
    const right = b[sort.key];
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right), 'en', { sensitivity: 'base' });
    return order * direction || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
