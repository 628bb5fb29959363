/** What `ask` returns: the answers, the edges and evidence behind them, and how the question was read. */
import type { Comparison } from '../store.js';
import type { EntityKind, Evidence, RelationType } from '../types.js';

/** Answers relative to the entity named: `in` = sources of edges into it, `out` = targets of its edges. */
export type AskDirection = 'in' | 'out' | 'both';

export interface ResolvedEntity {
  /** The words of the question that named it. */
  phrase: string;
  id: string;
  label: string;
}

export interface Interpretation {
  /** A template id from templates.ts. */
  template: string;
  relation: RelationType | null;
  direction: AskDirection | null;
  entities: ResolvedEntity[];
  /** The category the answers were filtered by, spelled as the graph spells it. */
  category?: string;
  /** The kind the answers were filtered by ("which languages…" → 'language'). */
  kind?: EntityKind;
}

export interface Answer {
  id: string;
  label: string;
  kind: EntityKind;
  /** The edges that make it an answer. */
  edges: string[];
  evidence: Evidence[];
}

/** "what is X": the entity itself. */
export interface Description {
  id: string;
  label: string;
  kind: EntityKind;
  categories: string[];
  description: string;
}

export interface AskResult {
  question: string;
  interpretation: Interpretation;
  answers: Answer[];
  /** "how is X related to Y": one sentence per step of the path (empty answers and explanation: no path). */
  explanation?: string[];
  /** "compare X and Y": the full comparison; `answers` are the neighbours they share. */
  comparison?: Comparison;
  /** "compare X and Y": the label of every entity id in `comparison`, which lists ids only. */
  labels?: Record<string, string>;
  /** "what is X". */
  description?: Description;
}
