/**
 * `ask(store, question)`: natural questions answered from the graph with deterministic templates (templates.ts).
 * parse → resolve the entity phrases (and category) → run the query (answer.ts). Throws AskError for a question it
 * cannot read or that names something unknown; every other error is the store's.
 */
import type { GraphStore } from '../store.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { RelationType } from '../types.js';
import { categoryMembers, compareAnswers, describeAnswers, pathAnswers, relationAnswers } from './answer.js';
import { categoryNamed, resolveCategory } from './category.js';
import { AskError } from './errors.js';
import { parseQuestion } from './parse.js';
import { resolveEntity } from './resolve-entity.js';
import type { EntityPreference } from './resolve-entity.js';
import type { AskDirection, AskResult, Interpretation, ResolvedEntity } from './result.js';

export { AskError } from './errors.js';
export type { AskErrorCode } from './errors.js';
export type { Answer, AskDirection, AskResult, Description, Interpretation, ResolvedEntity } from './result.js';
export { QUESTION_TEMPLATES } from './templates.js';
export type { QuestionTemplate } from './templates.js';

export async function ask(store: GraphStore, question: string): Promise<AskResult> {
  const parsed = parseQuestion(question);
  const { template } = parsed;
  const entities: ResolvedEntity[] = [];
  const prefer = template.kind === 'relation' ? hasRelation(store, template.relation!, template.direction!) : undefined;
  for (const phrase of parsed.phrases) {
    try {
      entities.push(await resolveEntity(store, phrase, prefer));
    } catch (error) {
      const members =
        template.kind === 'describe' && error instanceof AskError ? await categoryOnly(store, phrase) : null;
      if (!members) throw error;
      return { question, ...members };
    }
  }
  const filter = parsed.category === undefined ? null : await resolveCategory(store, parsed.category);
  const interpretation: Interpretation = {
    template: template.id,
    relation: template.relation ?? null,
    direction: template.direction ?? null,
    entities,
  };
  if (filter?.category !== undefined) interpretation.category = filter.category;
  if (filter?.kind !== undefined) interpretation.kind = filter.kind;
  const [first, second] = entities as [ResolvedEntity, ResolvedEntity];
  switch (template.kind) {
    case 'relation': {
      const answers = await relationAnswers(store, first, template.relation!, template.direction!, filter);
      return { question, interpretation, answers };
    }
    case 'describe': {
      const { direction, ...rest } = await describeAnswers(store, first);
      return { question, interpretation: { ...interpretation, direction: direction ?? null }, ...rest };
    }
    case 'path':
      return { question, interpretation, ...(await pathAnswers(store, first, second)) };
    case 'compare':
      return { question, interpretation, ...(await compareAnswers(store, first, second)) };
  }
}

/**
 * "what are service meshes" when no entity bears that name but entities list it among their `categories`: its
 * members. Null when no category has that name either.
 */
async function categoryOnly(store: GraphStore, phrase: string): Promise<Omit<AskResult, 'question'> | null> {
  const category = await categoryNamed(store, phrase);
  if (category === undefined) return null;
  const interpretation: Interpretation = {
    template: 'describe',
    relation: 'IS_A',
    direction: 'in',
    entities: [],
    category,
  };
  return { interpretation, answers: await categoryMembers(store, category) };
}

/** Of two entities with one name, "what is written in Tern" means the one with WRITTEN_IN edges coming in. */
function hasRelation(store: GraphStore, type: RelationType, direction: AskDirection): EntityPreference {
  return async (id) =>
    ((await store.entity(id))?.relations ?? []).some(
      (r) => r.type === type && (direction === 'both' || SYMMETRIC_RELATIONS.has(type) || r.direction === direction),
    );
}
