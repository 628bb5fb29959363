import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW } from '../../viewer/state.js';
import type { ViewState } from '../../viewer/state.js';
import { formatViewState, parseViewState } from '../../viewer/url.js';

const view = (patch: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...patch });

describe('parseViewState', () => {
  it.each<[string, Partial<ViewState>]>([
    ['', {}],
    ['?node=istio', { node: 'istio' }],
    ['?node=istio&focus=2', { node: 'istio', focus: 2 }],
    ['?node=istio&focus=7', { node: 'istio' }],
    ['?node=%20%20', {}],
    ['?hide=USES,NOPE,IS_A', { hiddenTypes: ['USES', 'IS_A'] }],
    ['?hideKinds=concept,planet', { hiddenKinds: ['concept'] }],
    ['?from=kubecf&to=bosh', { pathFrom: 'kubecf', pathTo: 'bosh', panel: 'path' }],
    [
      '?from=kubecf&to=bosh&types=BUILT_ON',
      { pathFrom: 'kubecf', pathTo: 'bosh', pathTypes: ['BUILT_ON'], panel: 'path' },
    ],
    ['?compare=a,b,a,c,d,e', { compare: ['a', 'b', 'c', 'd'], panel: 'compare' }],
    ['?q=what+implements+CNI', { question: 'what implements CNI', panel: 'ask' }],
    ['?panel=list', { panel: 'list' }],
    ['?panel=nonsense', {}],
    ['?color=community', { colorBy: 'community' }],
    ['?node=istio&panel=details&compare=a,b', { node: 'istio', compare: ['a', 'b'] }],
  ])('%s', (search, expected) => {
    expect(parseViewState(search)).toEqual(view(expected));
  });
});

describe('formatViewState', () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, ''],
    [{ node: 'istio' }, '?node=istio'],
    [{ node: 'a b&c' }, '?node=a+b%26c'],
    [{ node: 'istio', focus: 1 }, '?node=istio&focus=1'],
    [{ hiddenTypes: ['USES', 'IS_A'] }, '?hide=USES,IS_A'],
    [{ compare: ['a', 'b'], panel: 'compare' }, '?compare=a,b'],
    [{ compare: ['a', 'b'], panel: 'details' }, '?compare=a,b&panel=details'],
    [{ question: 'what uses Envoy?', panel: 'ask' }, '?q=what+uses+Envoy%3F'],
    [{ panel: 'list' }, '?panel=list'],
  ])('%j → %s', (patch, expected) => {
    expect(formatViewState(view(patch))).toBe(expected);
  });

  it.each<Partial<ViewState>>([
    { node: 'istio', focus: 2, hiddenKinds: ['concept'], colorBy: 'community' },
    { pathFrom: 'x', pathTo: 'y', pathTypes: ['USES'], panel: 'path' },
    { compare: ['a', 'b', 'c'], panel: 'details', node: 'a' },
    { question: 'compare Docker and Podman', panel: 'ask' },
  ])('round-trips %j', (patch) => {
    expect(parseViewState(formatViewState(view(patch)))).toEqual(view(patch));
  });
});
