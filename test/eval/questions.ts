/**
 * Question answering quality: `ask` over a store, scored against questions whose answers the hand labels state
 * (test/fixtures/questions/*.json). Recall and precision per question, then overall: micro (over all expected
 * and all given answers) and macro (the mean of the per-question figures). A refused question (AskError) answers
 * nothing: recall 0, precision undefined.
 */
import { readFileSync } from 'node:fs';
import { ask, AskError } from '../../graph/ask/index.js';
import { MemoryStore } from '../../graph/memory-store.js';
import type { GraphStore } from '../../graph/store.js';
import type { GraphData } from '../../graph/types.js';
import { matchKey } from './metrics.js';

export interface QuestionCase {
  question: string;
  /** Entity labels, as the hand labels spell them. */
  expected: string[];
}

export interface QuestionScore {
  question: string;
  expected: string[];
  /** The labels `ask` answered with. */
  answered: string[];
  missed: string[];
  /** Answers matching no expected label. */
  extra: string[];
  recall: number;
  /** null when nothing was answered. */
  precision: number | null;
  /** `code: message` of a refusal. */
  refused?: string;
}

export interface QuestionsSummary {
  questions: number;
  refused: number;
  recall: number;
  precision: number | null;
  macroRecall: number;
  macroPrecision: number | null;
}

export interface QuestionsReport {
  scores: QuestionScore[];
  overall: QuestionsSummary;
}

export function readQuestions(file: string): QuestionCase[] {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const valid =
    Array.isArray(cases) &&
    cases.every(
      (c: Partial<QuestionCase>) =>
        typeof c.question === 'string' && Array.isArray(c.expected) && c.expected.every((e) => typeof e === 'string'),
    );
  if (!valid) throw new Error(`${file}: expected an array of {question, expected: [labels]}`);
  return cases as QuestionCase[];
}

export async function evaluateQuestions(
  store: GraphStore,
  questions: readonly QuestionCase[],
): Promise<QuestionsReport> {
  const scores: QuestionScore[] = [];
  for (const { question, expected } of questions) scores.push(await scoreQuestion(store, question, expected));
  return { scores, overall: summarize(scores) };
}

/** For `npm run eval`: the questions asked of a graph (an ingest result) held in a fresh MemoryStore. */
export async function evaluateQuestionsOnGraph(
  graph: GraphData,
  questions: readonly QuestionCase[],
): Promise<QuestionsReport> {
  const store = new MemoryStore();
  await store.load(graph);
  try {
    return await evaluateQuestions(store, questions);
  } finally {
    await store.close();
  }
}

async function scoreQuestion(store: GraphStore, question: string, expected: string[]): Promise<QuestionScore> {
  let answers;
  try {
    answers = (await ask(store, question)).answers;
  } catch (error) {
    if (!(error instanceof AskError)) throw error;
    return {
      question,
      expected,
      answered: [],
      missed: [...expected],
      extra: [],
      recall: ratio(0, expected.length),
      precision: null,
      refused: `${error.code}: ${error.message}`,
    };
  }
  // An answer matches an expected label by its own label or any alias (the graph may name it differently).
  const expectedKeys = new Map(expected.map((label) => [matchKey(label), label]));
  const found = new Set<string>();
  const extra: string[] = [];
  for (const answer of answers) {
    const names = [answer.label, ...((await store.entity(answer.id))?.aliases ?? [])];
    const hits = names.map((name) => expectedKeys.get(matchKey(name))).filter((label) => label !== undefined);
    if (hits.length === 0) extra.push(answer.label);
    for (const label of hits) found.add(label);
  }
  return {
    question,
    expected,
    answered: answers.map((answer) => answer.label),
    missed: expected.filter((label) => !found.has(label)),
    extra,
    recall: ratio(found.size, expected.length),
    precision: answers.length === 0 ? null : (answers.length - extra.length) / answers.length,
  };
}

function summarize(scores: readonly QuestionScore[]): QuestionsSummary {
  const expected = sum(scores.map((s) => s.expected.length));
  const hits = sum(scores.map((s) => s.expected.length - s.missed.length));
  const answered = sum(scores.map((s) => s.answered.length));
  const correct = sum(scores.map((s) => s.answered.length - s.extra.length));
  const precisions = scores.map((s) => s.precision).filter((p): p is number => p !== null);
  return {
    questions: scores.length,
    refused: scores.filter((s) => s.refused !== undefined).length,
    recall: ratio(hits, expected),
    precision: answered === 0 ? null : correct / answered,
    macroRecall: scores.length === 0 ? 0 : sum(scores.map((s) => s.recall)) / scores.length,
    macroPrecision: precisions.length === 0 ? null : sum(precisions) / precisions.length,
  };
}

/** A few lines for `npm run eval`: the overall figures, then the questions that fell short. */
export function formatQuestionsReport(report: QuestionsReport, listed = 12): string {
  const { overall: o } = report;
  const figure = (value: number | null) => (value === null ? '-' : value.toFixed(3));
  const lines = [
    `  questions ${o.questions}, refused ${o.refused}`,
    `  recall    ${figure(o.recall)} (macro ${figure(o.macroRecall)})`,
    `  precision ${figure(o.precision)} (macro ${figure(o.macroPrecision)})`,
  ];
  const short = report.scores.filter((s) => s.recall < 1 || (s.precision ?? 1) < 1);
  for (const s of short.slice(0, listed)) {
    const detail = s.refused ?? `missed ${s.missed.join(', ') || '-'}; extra ${s.extra.join(', ') || '-'}`;
    lines.push(`     ${s.question}: recall ${figure(s.recall)}, precision ${figure(s.precision)}; ${detail}`);
  }
  return `${lines.join('\n')}\n`;
}

/** 1 when nothing was expected: a question with no expected answer cannot be missed. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
