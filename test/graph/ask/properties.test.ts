/** Whatever is typed, `ask` answers or refuses with an AskError: never another exception, never a hang. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, AskError, QUESTION_TEMPLATES } from '../../../graph/ask/index.js';
import type { MemoryStore } from '../../../graph/memory-store.js';
import { askStore } from './fixture-store.js';

let store: MemoryStore;
beforeAll(async () => {
  store = await askStore();
});

const words = ['what', 'which', 'is', 'does', 'the', 'a', 'implement', 'uses', 'Shipyard', 'PNI', 'box', 'runtimes'];
const wordSoup = fc.array(fc.constantFrom(...words, '?', 'and', 'of', 'by', 'compare', 'how', 'related', 'to'), {
  maxLength: 10,
});

async function answersOrRefuses(question: string): Promise<void> {
  try {
    const result = await ask(store, question);
    expect(result.question).toBe(question);
  } catch (error) {
    expect(error).toBeInstanceOf(AskError);
  }
}

describe('ask on any input', () => {
  it('arbitrary strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 80 }), answersOrRefuses), { numRuns: 300 });
  });

  it('question-shaped word soup', async () => {
    await fc.assert(
      fc.asyncProperty(wordSoup, (soup) => answersOrRefuses(soup.join(' '))),
      { numRuns: 300 },
    );
  });

  it('every template example with any entity phrase', async () => {
    const examples = QUESTION_TEMPLATES.map((template) => template.example);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...examples), fc.string({ minLength: 1, maxLength: 30 }), (example, phrase) =>
        answersOrRefuses(example.replace(/\S+$/, phrase)),
      ),
      { numRuns: 300 },
    );
  });

  it('answers stay within the relation asked about, with an edge and evidence for each', async () => {
    for (const question of ['what does Shipyard support', 'what uses Keystore', 'what integrates with Shipyard']) {
      const result = await ask(store, question);
      const subject = await store.entity(result.interpretation.entities[0]!.id);
      const edgeIds = new Set(
        subject!.relations.filter((r) => r.type === result.interpretation.relation).map((r) => r.edgeId),
      );
      for (const answer of result.answers) {
        expect(answer.edges.length).toBeGreaterThan(0);
        expect(answer.evidence.length).toBeGreaterThan(0);
        for (const edge of answer.edges) expect(edgeIds.has(edge)).toBe(true);
      }
    }
  });
});
