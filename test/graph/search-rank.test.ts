import { describe, expect, it } from 'vitest';
import { exactNameKey, exactTier, rankSearchHits } from '../../graph/search-rank.js';
import type { SearchCandidate } from '../../graph/search-rank.js';

const candidate = (id: string, label: string, tier: SearchCandidate['tier'], relevance = 0): SearchCandidate => ({
  id,
  label,
  kind: 'technology',
  categories: [],
  tier,
  relevance,
});

describe('exactNameKey', () => {
  it.each([
    ['K8s', 'k8s'],
    ['Open vSwitch', 'openvswitch'],
    ['open-v-switch', 'openvswitch'],
    [' a \t b-c ', 'abc'],
    ['C++', 'c++'],
    ['--', ''],
  ])('%j → %j', (name, key) => {
    expect(exactNameKey(name)).toBe(key);
  });
});

describe('exactTier', () => {
  it.each([
    ['alpha beta', 'Alpha-Beta', [], 'label'],
    ['ab', 'Alpha Beta', ['AB'], 'alias'],
    ['alpha beta', 'Alpha Beta', ['alpha beta'], 'label'],
    ['alpha', 'Alpha Beta', ['AB'], null],
    ['  ', '  ', [], null],
  ])('%j against %j %j → %j', (query, label, aliases, tier) => {
    expect(exactTier(query, label, aliases)).toBe(tier);
  });
});

describe('rankSearchHits', () => {
  it('scores exact tiers 3 and 2, text relative to the best text hit, and keeps each node once at its best tier', () => {
    const hits = rankSearchHits(
      [
        candidate('b', 'Beta', 'text', 4),
        candidate('a', 'Alpha', 'alias'),
        candidate('c', 'Gamma', 'text', 8),
        candidate('a', 'Alpha', 'text', 20),
        candidate('d', 'Delta', 'label'),
        candidate('b', 'Beta', 'text', 2),
      ],
      10,
    );
    expect(hits.map((hit) => [hit.id, hit.score])).toEqual([
      ['d', 3],
      ['a', 2],
      ['c', 1],
      ['b', 0.5],
    ]);
  });

  it('orders equal scores by label, then id, and cuts at the limit', () => {
    const hits = rankSearchHits(
      [candidate('z', 'Same', 'alias'), candidate('y', 'Other', 'alias'), candidate('x', 'Same', 'alias')],
      2,
    );
    expect(hits.map((hit) => hit.id)).toEqual(['y', 'x']);
  });

  it('gives a text hit without relevance a score above 0', () => {
    const [hit] = rankSearchHits([candidate('a', 'Alpha', 'text', 0)], 10);
    expect(hit.score).toBeGreaterThan(0);
  });
});
