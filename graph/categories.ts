/**
 * Category counts (see `GraphStore.categories`): names from nodes' `categories` lists and from category-kind
 * nodes, merged ignoring case; an entity counts once per category however it belongs to it.
 */
import type { CategoryCount } from './store.js';
import type { GraphEdge, GraphNode } from './types.js';
import { compareCodeUnits } from './order.js';

interface Category {
  name: string;
  /** Spelled by a category-kind node, which wins over spellings in `categories` lists. */
  fromNode: boolean;
  members: Set<string>;
}

export function countCategories(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): CategoryCount[] {
  const categories = new Map<string, Category>();
  const categoryNodeKey = new Map<string, string>();
  const entry = (name: string, fromNode: boolean): Category => {
    const key = name.toLowerCase();
    const found = categories.get(key);
    if (!found) {
      const created: Category = { name, fromNode, members: new Set() };
      categories.set(key, created);
      return created;
    }
    if (fromNode ? !found.fromNode || compareCodeUnits(name, found.name) < 0 : !found.fromNode && name < found.name) {
      found.name = name;
      found.fromNode = fromNode;
    }
    return found;
  };
  for (const node of nodes) {
    if (node.kind === 'category') {
      entry(node.label, true);
      categoryNodeKey.set(node.id, node.label.toLowerCase());
    }
    for (const name of node.categories) {
      if (name.trim() !== '') entry(name, false).members.add(node.id);
    }
  }
  for (const edge of edges) {
    const key = edge.type === 'IS_A' ? categoryNodeKey.get(edge.target) : undefined;
    if (key !== undefined) categories.get(key)?.members.add(edge.source);
  }
  return [...categories.values()]
    .map(({ name, members }) => ({ category: name, count: members.size }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.category, b.category));
}
