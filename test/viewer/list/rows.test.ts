import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/types.js';
import { entityRows, relationRows, sortRows } from '../../../viewer/list/rows.js';
import type { EntityRow, Sort } from '../../../viewer/list/rows.js';

const node = (
  id: string,
  label: string,
  kind: 'technology' | 'language',
  aliases: string[] = [],
  categories: string[] = [],
) => ({
  id,
  label,
  kind,
  aliases,
  categories,
  description: '',
  urls: [],
  sources: [],
});
const data: GraphData = {
  version: 1,
  documents: [],
  nodes: [
    node('k8s', 'Kubernetes', 'technology', ['k8s'], ['orchestrator']),
    node('go', 'Go', 'language'),
    node('podman', 'Podman', 'technology'),
  ],
  edges: [
    {
      id: 'a',
      source: 'k8s',
      target: 'go',
      type: 'WRITTEN_IN',
      confidence: 1,
      evidence: [{ file: 'f', line: 1, text: 't' }],
    },
    { id: 'b', source: 'podman', target: 'go', type: 'WRITTEN_IN', confidence: 1, evidence: [] },
    { id: 'c', source: 'k8s', target: 'podman', type: 'SUPPORTS', confidence: 1, evidence: [] },
  ],
};
const none = { text: '', hiddenKinds: [], hiddenTypes: [] };

describe('entityRows', () => {
  it.each<[string, Parameters<typeof entityRows>[1], string[]]>([
    ['everything', none, ['k8s', 'go', 'podman']],
    ['by label', { ...none, text: 'pod' }, ['podman']],
    ['by alias', { ...none, text: 'K8S' }, ['k8s']],
    ['by category', { ...none, text: 'orchestr' }, ['k8s']],
    ['by kind', { ...none, text: 'language' }, ['go']],
    ['hidden kinds', { ...none, hiddenKinds: ['language'] }, ['k8s', 'podman']],
  ])('%s', (_name, filters, ids) => {
    expect(entityRows(data, filters).map((row) => row.id)).toEqual(ids);
  });

  it('counts relations per entity', () => {
    expect(Object.fromEntries(entityRows(data, none).map((row) => [row.id, row.degree]))).toEqual({
      k8s: 2,
      go: 2,
      podman: 2,
    });
  });
});

describe('relationRows', () => {
  it.each<[string, Parameters<typeof relationRows>[1], string[]]>([
    ['everything', none, ['a', 'b', 'c']],
    ['by relation', { ...none, text: 'written' }, ['a', 'b']],
    ['by end label', { ...none, text: 'podman' }, ['b', 'c']],
    ['hidden types', { ...none, hiddenTypes: ['WRITTEN_IN'] }, ['c']],
    ['hidden end kinds', { ...none, hiddenKinds: ['language'] }, ['c']],
  ])('%s', (_name, filters, ids) => {
    expect(relationRows(data, filters).map((row) => row.id)).toEqual(ids);
  });
});

describe('sortRows', () => {
  const rows = entityRows(data, none);
  it.each<[Sort<EntityRow>, string[]]>([
    [{ key: 'label', descending: false }, ['go', 'k8s', 'podman']],
    [{ key: 'label', descending: true }, ['podman', 'k8s', 'go']],
    [{ key: 'kind', descending: false }, ['go', 'k8s', 'podman']],
    [{ key: 'degree', descending: true }, ['go', 'k8s', 'podman']],
  ])('%j', (sort, ids) => {
    expect(sortRows(rows, sort).map((row) => row.id)).toEqual(ids);
  });
});
