/** A graph diff as text for a terminal: counts first, then each added, removed and changed item on its own line. */
import type { ChangedItem, FieldValue, GraphDiff } from '../graph/diff.js';

export function formatDiff(diff: GraphDiff, beforeName: string, afterName: string): string {
  const { entities, relations } = diff;
  const lines = [
    `${beforeName} → ${afterName}`,
    `Entities: ${count(entities.added, '+')}, ${count(entities.removed, '-')}, ${count(entities.changed, '~')}`,
    `Relations: ${count(relations.added, '+')}, ${count(relations.removed, '-')}, ${count(relations.changed, '~')}`,
  ];
  const sections: [string, string[]][] = [
    ['Entities added', entities.added.map((node) => `+ ${node.id} (${node.kind}) "${node.label}"`)],
    ['Entities removed', entities.removed.map((node) => `- ${node.id} (${node.kind}) "${node.label}"`)],
    ['Entities changed', entities.changed.flatMap(changedLines)],
    ['Relations added', relations.added.map((edge) => `+ ${edge.source} ${edge.type} ${edge.target}`)],
    ['Relations removed', relations.removed.map((edge) => `- ${edge.source} ${edge.type} ${edge.target}`)],
    ['Relations changed', relations.changed.flatMap(changedLines)],
  ];
  for (const [title, items] of sections) {
    if (items.length > 0) lines.push('', `${title}:`, ...items.map((item) => `  ${item}`));
  }
  return `${lines.join('\n')}\n`;
}

function count(items: readonly unknown[], sign: string): string {
  return `${sign}${items.length}`;
}

function changedLines(item: ChangedItem): string[] {
  return [
    `~ ${item.id}`,
    ...item.changes.map((change) => `    ${change.field}: ${show(change.before)} → ${show(change.after)}`),
  ];
}

function show(value: FieldValue): string {
  if (Array.isArray(value)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
