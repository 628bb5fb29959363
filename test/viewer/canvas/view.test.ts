import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/types.js';
import { DIMMED_NODE } from '../../../viewer/canvas/colors.js';
import { buildGraph } from '../../../viewer/canvas/model.js';
import { edgeReducer, nodeReducer } from '../../../viewer/canvas/reducers.js';
import { computeView } from '../../../viewer/canvas/view.js';
import { Store } from '../../../viewer/state.js';
import type { State } from '../../../viewer/state.js';

// mesh → proxy → lang; mesh -ALTERNATIVE_TO- other; org (organisation) develops mesh.
const data: GraphData = {
  version: 1,
  documents: [],
  nodes: [
    {
      id: 'mesh',
      label: 'Mesh',
      kind: 'technology',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    },
    {
      id: 'proxy',
      label: 'Proxy',
      kind: 'technology',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    },
    {
      id: 'lang',
      label: 'Lang',
      kind: 'language',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    },
    {
      id: 'other',
      label: 'Other',
      kind: 'technology',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    },
    {
      id: 'org',
      label: 'Org',
      kind: 'organisation',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    },
  ],
  edges: [
    { id: 'e1', source: 'mesh', target: 'proxy', type: 'USES', confidence: 1, evidence: [] },
    { id: 'e2', source: 'proxy', target: 'lang', type: 'WRITTEN_IN', confidence: 1, evidence: [] },
    { id: 'e3', source: 'mesh', target: 'other', type: 'ALTERNATIVE_TO', confidence: 1, evidence: [] },
    { id: 'e4', source: 'mesh', target: 'org', type: 'DEVELOPED_BY', confidence: 1, evidence: [] },
  ],
};
const graph = buildGraph(data);
const state = (patch: Partial<State>): State => ({ ...new Store().get(), ...patch });
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('buildGraph', () => {
  it('places every node, sizes by degree and draws symmetric relations without arrows', () => {
    graph.forEachNode((_node, attributes) =>
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true),
    );
    expect(graph.getNodeAttribute('mesh', 'size')).toBeGreaterThan(graph.getNodeAttribute('lang', 'size'));
    expect(graph.getEdgeAttribute('e3', 'type')).toBe('line');
    expect(graph.getEdgeAttribute('e1', 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute('e1', 'relation')).toBe('USES');
  });

  it('lays out the same graph the same way every time', () => {
    const again = buildGraph(structuredClone(data));
    graph.forEachNode((node, attributes) => expect(again.getNodeAttribute(node, 'x')).toBe(attributes.x));
  });

  it('keeps stored positions', () => {
    const placed = buildGraph({ ...data, nodes: data.nodes.map((node, index) => ({ ...node, x: index, y: -index })) });
    expect([placed.getNodeAttribute('lang', 'x'), placed.getNodeAttribute('lang', 'y')]).toEqual([2, -2]);
  });
});

describe('computeView', () => {
  it.each<[string, Partial<State>, string[]]>([
    ['nothing hidden by default', {}, []],
    ['kinds filtered', { hiddenKinds: ['language', 'organisation'] }, ['lang', 'org']],
    ['focus 1 around proxy', { node: 'proxy', focus: 1 }, ['org', 'other']],
    ['focus 2 around proxy', { node: 'proxy', focus: 2 }, []],
    ['focus 1 through allowed types only', { node: 'mesh', focus: 1, hiddenTypes: ['USES'] }, ['lang', 'proxy']],
    ['focus without a selection does nothing', { focus: 2 }, []],
    ['focus on an unknown id does nothing', { node: 'nope', focus: 1 }, []],
  ])('%s', (_name, patch, hidden) => {
    expect(sorted(computeView(graph, state(patch), { dimOnHover: true }).hiddenNodes)).toEqual(hidden);
  });

  it('emphasises the hovered node and its visible neighbours', () => {
    const view = computeView(graph, state({ hovered: 'proxy', hiddenKinds: ['language'] }), { dimOnHover: true });
    expect(sorted(view.emphasis!.nodes)).toEqual(['mesh', 'proxy']);
    expect(sorted(view.emphasis!.edges)).toEqual(['e1']);
  });

  it('does not dim on hover when told not to, but still groups the neighbourhood', () => {
    const view = computeView(graph, state({ hovered: 'proxy' }), { dimOnHover: false });
    expect(view.emphasis).toBeNull();
    expect(sorted(view.hoverGroup)).toEqual(['lang', 'mesh', 'proxy']);
  });

  it('emphasises a highlight (path, answers) when nothing is hovered', () => {
    const highlight = { nodes: new Set(['mesh', 'other']), edges: new Set(['e3']) };
    const view = computeView(graph, state({ highlight }), { dimOnHover: true });
    expect(view.emphasis).toBe(highlight);
  });
});

describe('reducers', () => {
  const attributes = (node: string) => graph.getNodeAttributes(node);

  it('hide filtered nodes and the edges that touch them or have a hidden type', () => {
    const view = computeView(graph, state({ hiddenKinds: ['language'], hiddenTypes: ['ALTERNATIVE_TO'] }), {
      dimOnHover: true,
    });
    expect(nodeReducer(view)('lang', attributes('lang')).hidden).toBe(true);
    expect(nodeReducer(view)('mesh', attributes('mesh')).hidden).toBeUndefined();
    const edges = edgeReducer(view, graph);
    expect(edges('e2', graph.getEdgeAttributes('e2')).hidden).toBe(true);
    expect(edges('e3', graph.getEdgeAttributes('e3')).hidden).toBe(true);
    expect(edges('e1', graph.getEdgeAttributes('e1')).hidden).toBeUndefined();
  });

  it('dim everything outside the emphasis and label what is inside', () => {
    const view = computeView(graph, state({ hovered: 'lang' }), { dimOnHover: true });
    expect(nodeReducer(view)('mesh', attributes('mesh'))).toMatchObject({ color: DIMMED_NODE, label: '' });
    expect(nodeReducer(view)('proxy', attributes('proxy'))).toMatchObject({
      forceLabel: true,
      color: attributes('proxy').color,
    });
  });

  it('highlight the selection', () => {
    const view = computeView(graph, state({ node: 'org' }), { dimOnHover: true });
    expect(nodeReducer(view)('org', attributes('org'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(edgeReducer(view, graph)('e4', graph.getEdgeAttributes('e4')).size).toBe(2);
  });

  it('colour by community when asked and known', () => {
    const view = computeView(graph, state({ colorBy: 'community' }), { dimOnHover: true });
    const colour = nodeReducer(view)('mesh', { ...attributes('mesh'), community: 3 }).color;
    expect(colour).not.toBe(attributes('mesh').color);
  });
});
