/**
 * Entity comparison, computed from each entity's relations alone so that every store answers it the same way:
 * fetch the entities (`GraphStore.entity`), then call `compareEntities`.
 */
import { InvalidQueryError } from './store.js';
import type { Comparison, EntityRelation, EntityWithRelations } from './store.js';
import type { GraphEdge } from './types.js';
import { SYMMETRIC_RELATIONS } from './types.js';
import { cloneNode } from './clone.js';
import { byId, compareCodeUnits } from './order.js';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The distinct ids to compare, in the order given; throws InvalidQueryError unless there are 2 to 4. */
export function comparedIds(ids: readonly string[]): string[] {
  const distinct = [...new Set(ids)];
  if (distinct.length < MIN_COMPARED || distinct.length > MAX_COMPARED) {
    throw new InvalidQueryError(
      `compare needs ${MIN_COMPARED} to ${MAX_COMPARED} different entities, got ${distinct.length}`,
    );
  }
  return distinct;
}

/** `${type}:${direction}`, where a symmetric type always reads `out`: "A ALTERNATIVE_TO B" says the same as "B … A". */
export function comparisonKey(relation: EntityRelation): string {
  return `${relation.type}:${SYMMETRIC_RELATIONS.has(relation.type) ? 'out' : relation.direction}`;
}

type Neighbourhood = Map<string, Map<string, EntityRelation[]>>;

export function compareEntities(entities: readonly EntityWithRelations[]): Comparison {
  const byEntity = new Map(entities.map((entity) => [entity.id, neighbourhoodOf(entity)]));
  const keys = [...new Set([...byEntity.values()].flatMap((neighbourhood) => [...neighbourhood.keys()]))].sort(
    compareCodeUnits,
  );
  const shared: Record<string, string[]> = {};
  const distinct: Record<string, Record<string, string[]>> = {};
  const edges = new Map<string, GraphEdge>();
  for (const entity of entities) distinct[entity.id] = {};
  for (const key of keys) {
    const sets = entities.map((entity) => byEntity.get(entity.id)?.get(key) ?? new Map<string, EntityRelation[]>());
    const common = [...sets[0].keys()].filter((id) => sets.every((set) => set.has(id))).sort(compareCodeUnits);
    if (common.length > 0) shared[key] = common;
    entities.forEach((entity, index) => {
      const own = [...sets[index].keys()].filter((id) => sets.every((set, other) => other === index || !set.has(id)));
      if (own.length > 0) distinct[entity.id][key] = own.sort(compareCodeUnits);
      for (const id of [...common, ...own]) {
        for (const relation of sets[index].get(id) ?? []) edges.set(relation.edgeId, edgeOf(entity.id, relation));
      }
    });
  }
  return {
    entities: entities.map(cloneNode),
    shared,
    distinct,
    edges: [...edges.values()].sort(byId),
  };
}

function neighbourhoodOf(entity: EntityWithRelations): Neighbourhood {
  const neighbourhood: Neighbourhood = new Map();
  for (const relation of entity.relations) {
    const key = comparisonKey(relation);
    let neighbours = neighbourhood.get(key);
    if (!neighbours) neighbourhood.set(key, (neighbours = new Map()));
    const relations = neighbours.get(relation.other.id);
    if (relations) relations.push(relation);
    else neighbours.set(relation.other.id, [relation]);
  }
  return neighbourhood;
}

function edgeOf(entityId: string, relation: EntityRelation): GraphEdge {
  const out = relation.direction === 'out';
  return {
    id: relation.edgeId,
    source: out ? entityId : relation.other.id,
    target: out ? relation.other.id : entityId,
    type: relation.type,
    confidence: relation.confidence,
    evidence: relation.evidence.map(({ file, line, text }) => ({ file, line, text })),
  };
}
