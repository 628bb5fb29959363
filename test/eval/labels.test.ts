import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels } from './labels.js';
import { matchKey } from './metrics.js';

const LABELS = new URL('../fixtures/labels', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;
const SEED = 'data/cloud-infrastructure-technologies.rst';

describe('the hand labels of test/fixtures/labels', () => {
  const documents = readLabels(LABELS);

  it('label the seed and at least four unseen documents', () => {
    const names = documents.map((d) => d.document);
    expect(names).toContain(SEED);
    expect(names.filter((name) => name.startsWith('test/fixtures/docs/')).length).toBeGreaterThanOrEqual(4);
  });

  // The eval drops a relation whose end names no labelled entity, so a typo there would silently shrink the labels.
  it.each(documents.map((d) => [d.document, d] as const))(
    '%s: every relation end is a labelled entity',
    (_, labels) => {
      const names = new Set(labels.entities.flatMap((e) => [e.label, ...e.aliases].map(matchKey)));
      const unresolved = labels.relations
        .flatMap((r) => [r.source, r.target].map((end) => ({ end, line: r.line })))
        .filter(({ end }) => !names.has(matchKey(end)));
      expect(unresolved).toEqual([]);
    },
  );

  it.each(documents.map((d) => [d.document, d] as const))('%s: every line is a line of the document', (_, labels) => {
    const lines = readFileSync(join(ROOT, labels.document), 'utf8').split('\n').length;
    const outside = [...labels.entities, ...labels.relations].filter((x) => x.line < 1 || x.line > lines);
    expect(outside).toEqual([]);
  });

  it('have at least 40 relations for each unseen document', () => {
    const small = documents
      .filter((d) => d.document !== SEED && d.relations.length < 40)
      .map((d) => `${d.document}: ${d.relations.length}`);
    expect(small).toEqual([]);
  });
});

describe('readLabels', () => {
  it('refuses a relation type outside the vocabulary, naming the file and line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'labels-'));
    const labels = {
      document: 'x.rst',
      lines: [1, 3],
      entities: [],
      relations: [{ source: 'A', type: 'RUNS', target: 'B', line: 3 }],
    };
    writeFileSync(join(folder, 'x.json'), JSON.stringify(labels));
    expect(() => readLabels(folder)).toThrow(/x\.json: relation at line 3: unknown type RUNS/);
  });
});
