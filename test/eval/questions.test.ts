import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory-store.js';
import { askStore } from '../graph/ask/fixture-store.js';
import { graphFromLabels } from './label-graph.js';
import { readLabels } from './labels.js';
import { evaluateQuestions, evaluateQuestionsOnGraph, formatQuestionsReport, readQuestions } from './questions.js';

const SEED_QUESTIONS = new URL('../fixtures/questions/seed.json', import.meta.url).pathname;
const LABELS = new URL('../fixtures/labels', import.meta.url).pathname;

let store: MemoryStore;
beforeAll(async () => {
  store = await askStore();
});

describe('evaluateQuestions', () => {
  it('scores each question and the whole set, micro and macro', async () => {
    const report = await evaluateQuestions(store, [
      { question: 'what implements PNI', expected: ['Weaver', 'Knot'] }, // all found
      { question: 'what uses Keystore', expected: ['Lattice', 'Harbour', 'Steward'] }, // 1 of 3, 1 extra
      { question: 'what does Shipyard manage', expected: ['boxd'] }, // case does not matter
      { question: 'what implements Kubernetes', expected: ['Weaver'] }, // refused
    ]);
    expect(report.scores.map((s) => [s.recall, s.precision, s.missed, s.extra])).toEqual([
      [1, 1, [], []],
      [1 / 3, 1 / 2, ['Harbour', 'Steward'], ['Shipyard']],
      [1, 1, [], []],
      [0, null, ['Weaver'], []],
    ]);
    expect(report.scores[3]?.refused).toMatch(/^unknown-entity: /);
    expect(report.overall).toEqual({
      questions: 4,
      refused: 1,
      recall: 4 / 7,
      precision: 4 / 5,
      macroRecall: (1 + 1 / 3 + 1 + 0) / 4,
      macroPrecision: (1 + 1 / 2 + 1) / 3,
    });
  });

  it('scores a graph given as data (an ingest result) the same as the store holding it', async () => {
    const questions = [{ question: 'what uses Keystore', expected: ['Lattice'] }];
    const report = await evaluateQuestionsOnGraph(await store.export(), questions);
    expect(report).toEqual(await evaluateQuestions(store, questions));
  });

  it('matches an expected label through an answer’s aliases', async () => {
    const report = await evaluateQuestions(store, [{ question: 'who develops Shipyard', expected: ['Acme'] }]);
    expect(report.scores[0]?.recall).toBe(1);
  });

  it('formats the overall figures and the questions that fell short', async () => {
    const report = await evaluateQuestions(store, [
      { question: 'what implements PNI', expected: ['Weaver', 'Knot'] },
      { question: 'what uses Keystore', expected: ['Lattice'] },
    ]);
    expect(formatQuestionsReport(report)).toBe(
      [
        '  questions 2, refused 0',
        '  recall    1.000 (macro 1.000)',
        '  precision 0.750 (macro 0.750)',
        '     what uses Keystore: recall 1.000, precision 0.500; missed -; extra Shipyard',
        '',
      ].join('\n'),
    );
  });
});

describe('the seed question set', () => {
  const questions = readQuestions(SEED_QUESTIONS);

  it('has at least 40 questions, each with expected answers', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const { expected } of questions) expect(expected.length).toBeGreaterThan(0);
  });

  it('is answered in full from a graph made of the labels themselves (the oracle)', async () => {
    const labels = readLabels(LABELS).filter((document) =>
      document.document.endsWith('cloud-infrastructure-technologies.rst'),
    );
    const oracle = new MemoryStore();
    await oracle.load(graphFromLabels(labels));
    const report = await evaluateQuestions(oracle, questions);
    expect(report.scores.filter((s) => s.recall < 1 || s.precision !== 1).map((s) => s.question)).toEqual([]);
  });

  it('refuses a file that is not a question list', () => {
    expect(() => readQuestions(new URL('../fixtures/graphs/ask.json', import.meta.url).pathname)).toThrow(
      /ask\.json: expected an array/,
    );
  });
});
