/** GraphStore.compare: shared and distinct neighbours per `${type}:${direction}`, evidence edges, bad requests. */
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidQueryError, UnknownEntityError } from '../../../graph/store.js';
import type { Comparison } from '../../../graph/store.js';
import { ids, smallEdge, smallGraph, smallNode } from './fixture.js';
import type { CurrentStore } from './fixture.js';

type Expected = Omit<Comparison, 'entities' | 'edges'> & { edges: string[] };

const cases: [string[], Expected][] = [
  [
    ['quill-runtime', 'ember-runtime'],
    {
      shared: { 'IMPLEMENTS:out': ['open-sandbox-interface'], 'IS_A:out': ['sandbox-runtime'] },
      distinct: {
        'quill-runtime': {
          // ALTERNATIVE_TO is symmetric, so each side reads it as `out`.
          'ALTERNATIVE_TO:out': ['ember-runtime'],
          'DEVELOPED_BY:out': ['gale-foundation'],
          'MANAGES:in': ['zephyr-orchestrator'],
          'WRITTEN_IN:out': ['corvid'],
        },
        'ember-runtime': { 'ALTERNATIVE_TO:out': ['quill-runtime'], 'WRITTEN_IN:out': ['tern'] },
      },
      edges: [
        'ember-runtime--implements--open-sandbox-interface',
        'ember-runtime--is-a--sandbox-runtime',
        'ember-runtime--written-in--tern',
        'quill-runtime--alternative-to--ember-runtime',
        'quill-runtime--developed-by--gale-foundation',
        'quill-runtime--implements--open-sandbox-interface',
        'quill-runtime--is-a--sandbox-runtime',
        'quill-runtime--written-in--corvid',
        'zephyr-orchestrator--manages--quill-runtime',
      ],
    },
  ],
  [
    // Marlin Mesh integrates with one, the other integrates with it: shared, since the type is symmetric.
    ['zephyr-orchestrator', 'zephyr-lite'],
    {
      shared: {
        'INTEGRATES_WITH:out': ['marlin-mesh'],
        'IS_A:out': ['workload-orchestrator'],
        'USES:out': ['lattice-store'],
      },
      distinct: {
        'zephyr-orchestrator': {
          'DEVELOPED_BY:out': ['northwind-labs'],
          'DISTRIBUTION_OF:in': ['zephyr-lite'],
          'MANAGES:out': ['quill-runtime'],
          'USES:out': ['declarative-scheduling', 'open-sandbox-interface'],
          'WRITTEN_IN:out': ['corvid'],
        },
        'zephyr-lite': { 'DISTRIBUTION_OF:out': ['zephyr-orchestrator'] },
      },
      edges: [
        'marlin-mesh--integrates-with--zephyr-orchestrator',
        'zephyr-lite--distribution-of--zephyr-orchestrator',
        'zephyr-lite--integrates-with--marlin-mesh',
        'zephyr-lite--is-a--workload-orchestrator',
        'zephyr-lite--uses--lattice-store',
        'zephyr-orchestrator--developed-by--northwind-labs',
        'zephyr-orchestrator--is-a--workload-orchestrator',
        'zephyr-orchestrator--manages--quill-runtime',
        'zephyr-orchestrator--uses--declarative-scheduling',
        'zephyr-orchestrator--uses--lattice-store',
        'zephyr-orchestrator--uses--open-sandbox-interface',
        'zephyr-orchestrator--written-in--corvid',
      ],
    },
  ],
  [
    // Corvid is had by two of three: neither shared by all nor distinct to one, so not listed.
    ['quill-runtime', 'ember-runtime', 'zephyr-orchestrator'],
    {
      shared: {},
      distinct: {
        'quill-runtime': {
          'ALTERNATIVE_TO:out': ['ember-runtime'],
          'DEVELOPED_BY:out': ['gale-foundation'],
          'MANAGES:in': ['zephyr-orchestrator'],
        },
        'ember-runtime': { 'ALTERNATIVE_TO:out': ['quill-runtime'], 'WRITTEN_IN:out': ['tern'] },
        'zephyr-orchestrator': {
          'DEVELOPED_BY:out': ['northwind-labs'],
          'DISTRIBUTION_OF:in': ['zephyr-lite'],
          'INTEGRATES_WITH:out': ['marlin-mesh'],
          'IS_A:out': ['workload-orchestrator'],
          'MANAGES:out': ['quill-runtime'],
          'USES:out': ['declarative-scheduling', 'lattice-store', 'open-sandbox-interface'],
        },
      },
      edges: [
        'ember-runtime--written-in--tern',
        'marlin-mesh--integrates-with--zephyr-orchestrator',
        'quill-runtime--alternative-to--ember-runtime',
        'quill-runtime--developed-by--gale-foundation',
        'zephyr-lite--distribution-of--zephyr-orchestrator',
        'zephyr-orchestrator--developed-by--northwind-labs',
        'zephyr-orchestrator--is-a--workload-orchestrator',
        'zephyr-orchestrator--manages--quill-runtime',
        'zephyr-orchestrator--uses--declarative-scheduling',
        'zephyr-orchestrator--uses--lattice-store',
        'zephyr-orchestrator--uses--open-sandbox-interface',
      ],
    },
  ],
  [
    ['island-monitor', 'lattice-store'],
    {
      shared: {},
      distinct: { 'island-monitor': {}, 'lattice-store': { 'USES:in': ['zephyr-lite', 'zephyr-orchestrator'] } },
      edges: ['zephyr-lite--uses--lattice-store', 'zephyr-orchestrator--uses--lattice-store'],
    },
  ],
];

export function compareContract(current: CurrentStore): void {
  describe('compare', () => {
    beforeAll(async () => {
      await current().load(smallGraph());
    });

    it.each(cases)('compares %j', async (compared, expected) => {
      const comparison = await current().compare(compared);
      expect(comparison).toEqual({
        entities: compared.map(smallNode),
        shared: expected.shared,
        distinct: expected.distinct,
        edges: expected.edges.map(smallEdge),
      });
      expect(ids(comparison.edges)).toEqual([...ids(comparison.edges)].sort());
    });

    it('ignores repeated ids', async () => {
      const twice = await current().compare(['quill-runtime', 'ember-runtime', 'quill-runtime']);
      expect(twice).toEqual(await current().compare(['quill-runtime', 'ember-runtime']));
    });

    it.each([
      [['no-such-entity', 'corvid'], 'no-such-entity'],
      [['corvid', 'tern', 'nothing-here'], 'nothing-here'],
    ])('refuses unknown ids in %j with an UnknownEntityError', async (compared, unknown) => {
      const error = await current()
        .compare(compared)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnknownEntityError);
      expect((error as UnknownEntityError).id).toBe(unknown);
    });

    it.each([
      [[]],
      [['corvid']],
      [['corvid', 'corvid']],
      [['corvid', 'tern', 'marlin', 'quill-runtime', 'ember-runtime']],
    ])('refuses %j with an InvalidQueryError (2 to 4 different ids)', async (compared) => {
      await expect(current().compare(compared)).rejects.toBeInstanceOf(InvalidQueryError);
    });

    it('accepts four ids', async () => {
      const comparison = await current().compare(['corvid', 'tern', 'marlin', 'quill-runtime']);
      expect(ids(comparison.entities)).toEqual(['corvid', 'tern', 'marlin', 'quill-runtime']);
    });
  });
}
