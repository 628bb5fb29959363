import { describe, expect, it } from 'vitest';
import { combineConfidence, resolveEntities } from '../../ingest/resolve.js';
import type { Mention, RelationCandidate } from '../../ingest/types.js';
import type { RelationType } from '../../graph/types.js';

const title = (text: string, line: number, file = 'a.rst'): Mention => ({
  text,
  file,
  line,
  source: 'section-title',
  kindHint: 'concept',
  section: text,
});
const link = (text: string, line: number, url?: string, file = 'a.rst'): Mention => ({
  text,
  file,
  line,
  source: 'link-text',
  kindHint: 'technology',
  section: null,
  ...(url === undefined ? {} : { url }),
});
const relation = (source: string, type: RelationType, target: string, line: number, confidence = 0.5) =>
  ({
    source,
    target,
    type,
    confidence,
    evidence: { file: 'a.rst', line, text: `${source} ${type} ${target}.` },
  }) satisfies RelationCandidate;

describe('resolveEntities: nodes', () => {
  it.each([
    [
      'merges case, hyphen and space variants under the most frequent form',
      [link('Open vSwitch', 3), link('open-vswitch', 9), link('Open vSwitch', 12), title('OPEN VSWITCH', 20)],
      [['open-vswitch', 'Open vSwitch', 'technology', ['OPEN VSWITCH', 'open-vswitch']]],
    ],
    [
      'keeps the first written form on a tie',
      [title('Service mesh', 5), link('Service Mesh', 2)],
      [['service-mesh', 'Service Mesh', 'technology', ['Service mesh']]],
    ],
    ['a title alone is a concept', [title('Virtualization', 1)], [['virtualization', 'Virtualization', 'concept', []]]],
    [
      'gives colliding slugs a numbered suffix, deterministically',
      [link('C++', 1), link('C plus plus', 2)],
      [
        ['c-plus-plus', 'C++', 'technology', []],
        ['c-plus-plus-2', 'C plus plus', 'technology', []],
      ],
    ],
    [
      'orders nodes by id',
      [link('Zeta', 1), link('Alpha', 2), link('Mu', 3)],
      [
        ['alpha', 'Alpha', 'technology', []],
        ['mu', 'Mu', 'technology', []],
        ['zeta', 'Zeta', 'technology', []],
      ],
    ],
  ])('%s', (_name, mentions, expected) => {
    const { nodes } = resolveEntities(mentions, []);
    expect(nodes.map((n) => [n.id, n.label, n.kind, n.aliases])).toEqual(expected);
  });

  it('collects urls in first-seen order and sources without duplicates', () => {
    const mentions = [
      link('Engine', 7, 'https://engine.example/', 'b.rst'),
      link('Engine', 3, 'https://engine.example/docs'),
      link('engine', 3, 'https://engine.example/docs'),
      link('Engine', 4, 'https://engine.example/'),
    ];
    const [node] = resolveEntities(mentions, []).nodes;
    expect(node!.urls).toEqual(['https://engine.example/docs', 'https://engine.example/']);
    expect(node!.sources).toEqual([
      { file: 'a.rst', line: 3 },
      { file: 'a.rst', line: 4 },
      { file: 'b.rst', line: 7 },
    ]);
  });

  it('gives the same nodes whatever order the mentions come in', () => {
    const mentions = [link('B', 2), title('A', 1), link('a', 5), link('b-', 3, 'https://b.example/')];
    const forward = resolveEntities(mentions, []);
    const backward = resolveEntities([...mentions].reverse(), []);
    expect(backward).toEqual(forward);
  });
});

describe('resolveEntities: edges', () => {
  const mentions = [link('Engine', 1), link('Go', 2), link('Other Engine', 3), link('Runtime', 4)];

  it.each([
    [
      'maps surface forms to node ids through the name key',
      [relation('engine', 'WRITTEN_IN', 'GO', 10)],
      [['engine--written-in--go', 'engine', 'go', 'WRITTEN_IN', 0.5, [10]]],
    ],
    [
      'merges repeated evidence and raises confidence',
      [relation('Engine', 'USES', 'Runtime', 12), relation('Engine', 'USES', 'Runtime', 11)],
      [['engine--uses--runtime', 'engine', 'runtime', 'USES', 0.75, [11, 12]]],
    ],
    [
      'stores a symmetric relation once, from the smaller id',
      [
        relation('Other Engine', 'ALTERNATIVE_TO', 'Engine', 5),
        relation('Engine', 'ALTERNATIVE_TO', 'Other Engine', 6),
      ],
      [['engine--alternative-to--other-engine', 'engine', 'other-engine', 'ALTERNATIVE_TO', 0.75, [5, 6]]],
    ],
    [
      'keeps directed relations apart',
      [relation('Runtime', 'USES', 'Engine', 5), relation('Engine', 'USES', 'Runtime', 6)],
      [
        ['engine--uses--runtime', 'engine', 'runtime', 'USES', 0.5, [6]],
        ['runtime--uses--engine', 'runtime', 'engine', 'USES', 0.5, [5]],
      ],
    ],
    ['drops a self-loop', [relation('Engine', 'USES', 'engine', 5)], []],
  ])('%s', (_name, candidates, expected) => {
    const { edges, warnings } = resolveEntities(mentions, candidates);
    expect(warnings).toEqual([]);
    expect(edges.map((e) => [e.id, e.source, e.target, e.type, e.confidence, e.evidence.map((x) => x.line)])).toEqual(
      expected,
    );
  });

  it('warns, naming file:line, about a relation to an unknown name', () => {
    const { edges, warnings } = resolveEntities(mentions, [relation('Engine', 'USES', 'Nowhere', 8)]);
    expect(edges).toEqual([]);
    expect(warnings).toEqual([
      { file: 'a.rst', line: 8, message: 'relation USES names "Nowhere", which is no known entity' },
    ]);
  });
});

describe('combineConfidence', () => {
  it.each([
    [[0.5], 0.5],
    [[0.5, 0.5], 0.75],
    [[0.4, 0.6], 0.76],
    [[1, 0.2], 1],
    [[0], 0.001],
  ])('%j → %d', (confidences, expected) => {
    expect(combineConfidence(confidences)).toBe(expected);
  });
});
