/**
 * What the canvas shows for a state, computed once per change so the sigma reducers stay cheap lookups: which nodes
 * are hidden (kind filters, focus), which relation types are hidden, and which nodes and edges stand out while the
 * rest is dimmed (the hover neighbourhood, else a path or the answers to a question).
 */
import type { RelationType } from '../../graph/types.js';
import type { State } from '../state.js';
import type { ViewerGraph } from './model.js';

export interface CanvasView {
  hiddenNodes: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<RelationType>;
  /** null: nothing is dimmed. */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** The hovered node and its neighbours, drawn highlighted when dimming is off for this graph size. */
  hoverGroup: ReadonlySet<string>;
  selected: string | null;
  colorBy: State['colorBy'];
}

export interface ViewOptions {
  /** Dimming on hover repaints every node; above some size only the hovered neighbourhood is repainted. */
  dimOnHover: boolean;
}

export function computeView(graph: ViewerGraph, state: State, options: ViewOptions): CanvasView {
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenKinds = new Set(state.hiddenKinds);
  const hiddenNodes = new Set<string>();
  if (hiddenKinds.size > 0)
    graph.forEachNode((node, data) => void (hiddenKinds.has(data.kind) && hiddenNodes.add(node)));
  const selected = state.node !== null && graph.hasNode(state.node) ? state.node : null;
  if (selected !== null && state.focus > 0) {
    const near = neighbourhood(graph, selected, state.focus, hiddenNodes, hiddenTypes);
    graph.forEachNode((node) => void (near.has(node) || hiddenNodes.add(node)));
  }
  const visible = (edge: string) => edgeVisible(graph, edge, hiddenNodes, hiddenTypes);
  const hovered =
    state.hovered !== null && graph.hasNode(state.hovered) && !hiddenNodes.has(state.hovered) ? state.hovered : null;
  const hoverGroup = new Set<string>();
  const hoverEdges = new Set<string>();
  if (hovered !== null) {
    hoverGroup.add(hovered);
    graph.forEachEdge(hovered, (edge, _attributes, source, target) => {
      if (!visible(edge)) return;
      hoverEdges.add(edge);
      hoverGroup.add(source === hovered ? target : source);
    });
  }
  let emphasis: CanvasView['emphasis'] = null;
  if (hovered !== null && options.dimOnHover) emphasis = { nodes: hoverGroup, edges: hoverEdges };
  else if (state.highlight) emphasis = state.highlight;
  return { hiddenNodes, hiddenTypes, emphasis, hoverGroup, selected, colorBy: state.colorBy };
}

export function edgeVisible(
  graph: ViewerGraph,
  edge: string,
  hiddenNodes: ReadonlySet<string>,
  hiddenTypes: ReadonlySet<RelationType>,
): boolean {
  if (hiddenTypes.has(graph.getEdgeAttribute(edge, 'relation'))) return false;
  return !hiddenNodes.has(graph.source(edge)) && !hiddenNodes.has(graph.target(edge));
}

/** Nodes within `depth` steps of `start`, either direction, through visible nodes and edges only. */
export function neighbourhood(
  graph: ViewerGraph,
  start: string,
  depth: number,
  hiddenNodes: ReadonlySet<string>,
  hiddenTypes: ReadonlySet<RelationType>,
): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (seen.has(other) || hiddenNodes.has(other) || hiddenTypes.has(attributes.relation)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}
