import { SYMMETRIC_RELATIONS, type GraphData, type GraphEdge, type RelationType } from '../../graph/types.js';
import type { DocumentLabels, LabelledRelation } from './labels.js';

/** How names are compared: case, punctuation, spacing and a plural "s" do not matter. */
export function matchKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9+#]/g, '');
  if (key.length <= 3) return key;
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(sh|ch|x|ss)es$/.test(key)) return key.slice(0, -2);
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}

export interface EvalFigures {
  entities: number;
  entityRecall: number;
  relations: number;
  pairRecall: number;
  typedRecall: number;
  evidenceAccuracy: number;
  judgedEdges: number;
  typedPrecision: number;
  duplicateNodes: number;
  categories: number;
  categoryRecall: number;
}

export interface EvalReport {
  figures: EvalFigures;
  missedEntities: string[];
  duplicates: string[];
  missedRelations: { relation: LabelledRelation; found: string }[];
  falseEdges: { edge: GraphEdge; labelled: string }[];
  unjudgedEdges: GraphEdge[];
  missedCategories: string[];
}

/** Compares a graph with the labels of one document (only the graph's edges and nodes sourced from that file). */
export function evaluate(graph: GraphData, labels: DocumentLabels, file: string): EvalReport {
  const entityOf = labelledEntityIndex(labels);
  const nodesOf = new Map<number, string[]>(); // labelled entity -> node ids
  const labelledOfNode = new Map<string, number>();
  for (const node of graph.nodes) {
    if (!node.sources.some((source) => source.file === file)) continue;
    const hit = [node.label, ...node.aliases].map((name) => entityOf.get(matchKey(name))).find((e) => e !== undefined);
    if (hit === undefined) continue;
    labelledOfNode.set(node.id, hit);
    nodesOf.set(hit, [...(nodesOf.get(hit) ?? []), node.id]);
  }
  const entityCount = new Set(entityOf.values()).size;
  const entityNames = canonicalNames(labels, entityOf);

  const edges = graph.edges.filter((edge) => edge.evidence.some((evidence) => evidence.file === file));
  const relationKey = (s: number, t: number) => `${s}>${t}`;
  const edgesByPair = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const s = labelledOfNode.get(edge.source);
    const t = labelledOfNode.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const key = relationKey(s, t);
    edgesByPair.set(key, [...(edgesByPair.get(key) ?? []), edge]);
  }

  const accepts = (relation: LabelledRelation, type: RelationType) =>
    relation.type === type || (relation.alt ?? []).includes(type);
  const resolved = labels.relations.flatMap((relation) => {
    const s = entityOf.get(matchKey(relation.source));
    const t = entityOf.get(matchKey(relation.target));
    return s === undefined || t === undefined ? [] : [{ relation, s, t }];
  });

  let pairHits = 0;
  let typedHits = 0;
  let evidenceHits = 0;
  const missedRelations: EvalReport['missedRelations'] = [];
  for (const { relation, s, t } of resolved) {
    const forward = edgesByPair.get(relationKey(s, t)) ?? [];
    const backward = edgesByPair.get(relationKey(t, s)) ?? [];
    const typed = [
      ...forward.filter((edge) => accepts(relation, edge.type)),
      ...backward.filter((edge) => accepts(relation, edge.type) && SYMMETRIC_RELATIONS.has(edge.type)),
    ];
    if (forward.length + backward.length > 0) pairHits++;
    if (typed.length > 0) {
      typedHits++;
      const nearby = typed.some((edge) =>
        edge.evidence.some((evidence) => evidence.file === file && Math.abs(evidence.line - relation.line) <= 3),
      );
      if (nearby) evidenceHits++;
    } else {
      const found = [...forward.map((e) => `${e.type} ->`), ...backward.map((e) => `${e.type} <-`)].join(', ');
      missedRelations.push({ relation, found: found || 'no edge' });
    }
  }

  const falseEdges: EvalReport['falseEdges'] = [];
  const unjudgedEdges: GraphEdge[] = [];
  let judged = 0;
  let correct = 0;
  for (const edge of edges) {
    const s = labelledOfNode.get(edge.source);
    const t = labelledOfNode.get(edge.target);
    if (s === undefined || t === undefined) {
      unjudgedEdges.push(edge);
      continue;
    }
    judged++;
    const supported = resolved.some(
      (r) =>
        accepts(r.relation, edge.type) &&
        ((r.s === s && r.t === t) || (SYMMETRIC_RELATIONS.has(edge.type) && r.s === t && r.t === s)),
    );
    if (supported) correct++;
    else {
      const labelled = resolved
        .filter((r) => (r.s === s && r.t === t) || (r.s === t && r.t === s))
        .map((r) => `${r.relation.source} ${r.relation.type} ${r.relation.target}`)
        .join('; ');
      falseEdges.push({ edge, labelled: labelled || 'no label for this pair' });
    }
  }

  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const categoryPairs = labels.entities.flatMap((entity) =>
    entity.categories.map((category) => ({ entity: entityOf.get(matchKey(entity.label))!, category })),
  );
  const uniqueCategoryPairs = [
    ...new Map(categoryPairs.map((p) => [`${p.entity}|${matchKey(p.category)}`, p])).values(),
  ];
  const missedCategories: string[] = [];
  let categoryHits = 0;
  for (const { entity, category } of uniqueCategoryPairs) {
    const hasIt = (nodesOf.get(entity) ?? []).some((id) => {
      const node = nodeById.get(id)!;
      const viaEdge = edges.some(
        (e) =>
          e.source === id && e.type === 'IS_A' && matchKey(nodeById.get(e.target)?.label ?? '') === matchKey(category),
      );
      return viaEdge || node.categories.some((c) => matchKey(c) === matchKey(category));
    });
    if (hasIt) categoryHits++;
    else missedCategories.push(`${entityNames.get(entity)}: ${category}`);
  }

  const duplicates = [...nodesOf.entries()]
    .filter(([, ids]) => ids.length > 1)
    .map(([entity, ids]) => `${entityNames.get(entity)}: ${ids.join(', ')}`);
  const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);
  return {
    figures: {
      entities: entityCount,
      entityRecall: ratio(nodesOf.size, entityCount),
      relations: resolved.length,
      pairRecall: ratio(pairHits, resolved.length),
      typedRecall: ratio(typedHits, resolved.length),
      evidenceAccuracy: ratio(evidenceHits, typedHits),
      judgedEdges: judged,
      typedPrecision: ratio(correct, judged),
      duplicateNodes: duplicates.length,
      categories: uniqueCategoryPairs.length,
      categoryRecall: ratio(categoryHits, uniqueCategoryPairs.length),
    },
    missedEntities: [...entityNames.entries()].filter(([e]) => !nodesOf.has(e)).map(([, name]) => name),
    duplicates,
    missedRelations,
    falseEdges,
    unjudgedEdges,
    missedCategories,
  };
}

/**
 * Maps every name and alias of the labelled entities to one entity number; entities that share a name
 * (the same thing labelled in two parts of a document) get the same number.
 */
function labelledEntityIndex(labels: DocumentLabels): Map<string, number> {
  const parent: number[] = labels.entities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWithKey = new Map<string, number>();
  labels.entities.forEach((entity, i) => {
    for (const name of [entity.label, ...entity.aliases]) {
      const key = matchKey(name);
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  return new Map([...firstWithKey.entries()].map(([key, i]) => [key, find(i)]));
}

function canonicalNames(labels: DocumentLabels, entityOf: Map<string, number>): Map<number, string> {
  const names = new Map<number, string>();
  for (const entity of labels.entities) {
    const id = entityOf.get(matchKey(entity.label))!;
    if (!names.has(id)) names.set(id, entity.label);
  }
  return names;
}
