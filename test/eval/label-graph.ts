/**
 * A graph made of the hand labels themselves: the oracle for the question set (asked of a perfect extraction,
 * the questions must be answered in full) and a quick way to try `ask` on realistic names.
 */
import type { GraphData, GraphEdge, GraphNode } from '../../graph/types.js';
import type { DocumentLabels } from './labels.js';
import { matchKey } from './metrics.js';

export function graphFromLabels(documents: readonly DocumentLabels[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const byName = new Map<string, string>();
  const edges = new Map<string, GraphEdge>();
  for (const { document, entities } of documents) {
    for (const entity of entities) {
      const key = matchKey(entity.label);
      let node = nodes.get(key);
      if (!node) {
        node = {
          id: slug(entity.label, nodes),
          label: entity.label,
          kind: entity.kind,
          aliases: [],
          categories: [],
          description: '',
          urls: [],
          sources: [],
        };
        nodes.set(key, node);
      }
      for (const alias of entity.aliases)
        if (!node.aliases.includes(alias) && alias !== node.label) node.aliases.push(alias);
      for (const category of entity.categories) if (!node.categories.includes(category)) node.categories.push(category);
      node.sources.push({ file: document, line: entity.line });
    }
  }
  for (const [key, node] of nodes) byName.set(key, node.id);
  for (const node of nodes.values())
    for (const alias of node.aliases) if (!byName.has(matchKey(alias))) byName.set(matchKey(alias), node.id);
  for (const { document, relations } of documents) {
    for (const relation of relations) {
      const source = byName.get(matchKey(relation.source));
      const target = byName.get(matchKey(relation.target));
      if (source === undefined || target === undefined || source === target) continue;
      const id = `${source}--${relation.type.toLowerCase().replace(/_/g, '-')}--${target}`;
      const evidence = {
        file: document,
        line: relation.line,
        text: relation.text ?? `${relation.source} ${relation.type} ${relation.target}`,
      };
      const edge = edges.get(id);
      if (edge) edge.evidence.push(evidence);
      else edges.set(id, { id, source, target, type: relation.type, confidence: 1, evidence: [evidence] });
    }
  }
  return {
    version: 1,
    documents: documents.map(({ document }) => ({ file: document, sections: [] })),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

function slug(label: string, taken: ReadonlyMap<string, GraphNode>): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity';
  const ids = new Set([...taken.values()].map((node) => node.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}
