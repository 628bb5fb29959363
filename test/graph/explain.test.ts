import { describe, expect, it } from 'vitest';
import { explainPath, explainRelation, RELATION_PHRASES } from '../../graph/explain.js';
import type { GraphEdge, GraphNode, RelationType } from '../../graph/types.js';
import { RELATION_TYPES } from '../../graph/types.js';

const node = (id: string, label: string): GraphNode => ({
  id,
  label,
  kind: 'technology',
  aliases: [],
  categories: [],
  description: '',
  urls: [],
  sources: [],
});
const edge = (source: string, type: RelationType, target: string): GraphEdge => ({
  id: `${source}--${type}--${target}`,
  source,
  target,
  type,
  confidence: 1,
  evidence: [],
});

const a = node('a', 'Alpha');
const b = node('b', 'Beta');
const c = node('c', 'Gamma');

describe('explainRelation', () => {
  it('has a phrase for every relation type', () => {
    expect(Object.keys(RELATION_PHRASES).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it.each([
    ['IS_A', 'Alpha is a Beta'],
    ['BUILT_ON', 'Alpha is built on Beta'],
    ['DEVELOPED_BY', 'Alpha is developed by Beta'],
    ['DISTRIBUTION_OF', 'Alpha is a distribution of Beta'],
    ['WRITTEN_IN', 'Alpha is written in Beta'],
    ['USES', 'Alpha uses Beta'],
  ] as const)('%s', (type, sentence) => {
    expect(explainRelation(type, 'Alpha', 'Beta')).toBe(sentence);
  });
});

describe('explainPath', () => {
  it.each([
    [
      'forward edges read in path order',
      [a, b, c],
      [edge('a', 'USES', 'b'), edge('b', 'BUILT_ON', 'c')],
      ['Alpha uses Beta', 'Beta is built on Gamma'],
    ],
    [
      'a backward edge keeps its own direction',
      [a, b],
      [edge('b', 'DEVELOPED_BY', 'a')],
      ['Beta is developed by Alpha'],
    ],
    [
      'a symmetric edge walked backwards reads in path order',
      [a, b],
      [edge('b', 'ALTERNATIVE_TO', 'a')],
      ['Alpha is an alternative to Beta'],
    ],
    ['a one-node path has nothing to explain', [a], [], []],
  ] as const)('%s', (_name, nodes, edges, sentences) => {
    expect(explainPath([...nodes], [...edges])).toEqual(sentences);
  });
});
