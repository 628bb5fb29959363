/**
 * Runs a parsed, resolved question as graph queries, through the GraphStore interface only (entity, path, compare,
 * search), so the same answers come from the memory store and from Neo4j. Answers are sorted by label, then id.
 */
import { explainPath } from '../explain.js';
import { compareCodeUnits } from '../order.js';
import type { EntityRelation, EntityWithRelations, GraphStore } from '../store.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { Evidence, RelationType } from '../types.js';
import type { CategoryFilter } from './category.js';
import { inCategory, namesCategory } from './category.js';
import { AskError } from './errors.js';
import type { Answer, AskDirection, AskResult, ResolvedEntity } from './result.js';

/** Members of a category found through its name in `categories` lists: search returns at most this many. */
const MEMBER_SEARCH_LIMIT = 100;

type Answered = Omit<AskResult, 'question' | 'interpretation'> & { direction?: AskDirection };

/** The neighbours of `entity` over `relation` in `direction` (both, for symmetric types), grouped per neighbour. */
export async function relationAnswers(
  store: GraphStore,
  entity: ResolvedEntity,
  relation: RelationType,
  direction: AskDirection,
  filter: CategoryFilter | null,
): Promise<Answer[]> {
  const subject = await entityOrThrow(store, entity);
  const matching = subject.relations.filter(
    (r) =>
      r.type === relation && (direction === 'both' || SYMMETRIC_RELATIONS.has(relation) || r.direction === direction),
  );
  const answers = groupByOther(matching);
  if (!filter) return answers;
  const kept: Answer[] = [];
  for (const answer of answers) {
    const other = await store.entity(answer.id);
    if (other && inCategory(other, filter)) kept.push(answer);
  }
  return kept;
}

/**
 * "what is X": its description and what it is a kind of; for a category, its members instead: what IS_A it, and
 * what lists it (or a narrower category ending with its words) in `categories`.
 */
export async function describeAnswers(store: GraphStore, entity: ResolvedEntity): Promise<Answered> {
  const subject = await entityOrThrow(store, entity);
  const description = {
    id: subject.id,
    label: subject.label,
    kind: subject.kind,
    categories: [...subject.categories],
    description: subject.description,
  };
  if (subject.kind !== 'category') {
    const answers = groupByOther(subject.relations.filter((r) => r.type === 'IS_A' && r.direction === 'out'));
    return { answers, description, direction: 'out' };
  }
  const members = groupByOther(subject.relations.filter((r) => r.type === 'IS_A' && r.direction === 'in'));
  return { answers: await withListedMembers(store, subject.label, members, subject.id), description, direction: 'in' };
}

/** "what are service meshes" where only `categories` lists name it: the entities that list it (no edges). */
export async function categoryMembers(store: GraphStore, category: string): Promise<Answer[]> {
  return withListedMembers(store, category, [], undefined);
}

/** Adds the entities that belong through their `categories` list alone (no IS_A edge, so no evidence). */
async function withListedMembers(
  store: GraphStore,
  category: string,
  members: Answer[],
  categoryId: string | undefined,
): Promise<Answer[]> {
  const known = new Set(members.map((answer) => answer.id));
  for (const hit of await store.search(category, { limit: MEMBER_SEARCH_LIMIT })) {
    if (known.has(hit.id) || hit.id === categoryId) continue;
    if (!hit.categories.some((name) => namesCategory(name, category))) continue;
    members.push({ id: hit.id, label: hit.label, kind: hit.kind, edges: [], evidence: [] });
  }
  return members.sort(byLabel);
}

/** "how is X related to Y": the shortest path; each step's node is an answer carrying the edge that reached it. */
export async function pathAnswers(store: GraphStore, from: ResolvedEntity, to: ResolvedEntity): Promise<Answered> {
  const path = await store.path(from.id, to.id);
  if (!path) return { answers: [], explanation: [] };
  const answers = path.edges.map((edge, index): Answer => {
    const node = path.nodes[index + 1]!;
    return { id: node.id, label: node.label, kind: node.kind, edges: [edge.id], evidence: copyEvidence(edge.evidence) };
  });
  return { answers, explanation: explainPath(path.nodes, path.edges) };
}

/** "compare X and Y": the full comparison; the answers are the neighbours both have, with both sides' edges. */
export async function compareAnswers(store: GraphStore, a: ResolvedEntity, b: ResolvedEntity): Promise<Answered> {
  if (a.id === b.id) {
    throw new AskError(
      'unparseable',
      `"${a.phrase}" and "${b.phrase}" both name ${a.label}: compare two different entities`,
      [],
    );
  }
  const comparison = await store.compare([a.id, b.id]);
  const shared = new Set(Object.values(comparison.shared).flat());
  const mentioned = new Set([
    ...shared,
    ...Object.values(comparison.distinct).flatMap((byKey) => Object.values(byKey).flat()),
  ]);
  const labels: Record<string, string> = {};
  for (const entity of comparison.entities) labels[entity.id] = entity.label;
  const answers: Answer[] = [];
  for (const id of mentioned) {
    const node = await store.entity(id);
    labels[id] = node?.label ?? id;
    if (!node || !shared.has(id)) continue;
    const edges = comparison.edges.filter((edge) => edge.source === id || edge.target === id);
    answers.push({
      id,
      label: node.label,
      kind: node.kind,
      edges: edges.map((edge) => edge.id),
      evidence: edges.flatMap((edge) => copyEvidence(edge.evidence)),
    });
  }
  return { answers: answers.sort(byLabel), comparison, labels };
}

async function entityOrThrow(store: GraphStore, entity: ResolvedEntity): Promise<EntityWithRelations> {
  const found = await store.entity(entity.id);
  // Search and entity disagree only if the graph was replaced in between.
  if (!found) throw new AskError('unknown-entity', `the graph has no entity "${entity.label}"`, []);
  return found;
}

function groupByOther(relations: readonly EntityRelation[]): Answer[] {
  const byOther = new Map<string, Answer>();
  for (const relation of relations) {
    const { id, label, kind } = relation.other;
    let answer = byOther.get(id);
    if (!answer) byOther.set(id, (answer = { id, label, kind, edges: [], evidence: [] }));
    if (!answer.edges.includes(relation.edgeId)) {
      answer.edges.push(relation.edgeId);
      answer.evidence.push(...copyEvidence(relation.evidence));
    }
  }
  return [...byOther.values()].sort(byLabel);
}

function copyEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.map(({ file, line, text }) => ({ file, line, text }));
}

function byLabel(a: Answer, b: Answer): number {
  return compareCodeUnits(a.label, b.label) || compareCodeUnits(a.id, b.id);
}
