/**
 * The sigma canvas: created once over the viewer graph, restyled through reducers whenever the store changes,
 * camera moved to the selection. `kill()` removes every listener and frees WebGL.
 */
import Sigma from 'sigma';
import { changed } from '../state.js';
import type { State, Store } from '../state.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './model.js';
import { edgeReducer, nodeReducer } from './reducers.js';
import { computeView } from './view.js';
import type { CanvasView } from './view.js';
import { assignCommunities } from './communities.js';

/** Above this many nodes, hovering repaints only the hovered neighbourhood instead of dimming everything. */
const DIM_ON_HOVER_LIMIT = 5000;

export interface Renderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Frames the whole graph. */
  resetCamera(): void;
  /** The graph changed in place (a live update): recompute what is shown, keeping the camera. */
  graphChanged(): void;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: ViewerGraph, store: Store): Renderer {
  const options = { dimOnHover: graph.order <= DIM_ON_HOVER_LIMIT };
  let view: CanvasView = computeView(graph, store.get(), options);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    zIndex: true,
    hideEdgesOnMove: graph.size > 20_000,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    nodeReducer: (node, data) => nodeReducer(view)(node, data),
    edgeReducer: (edge, data) => edgeReducer(view, graph)(edge, data),
  });
  container.dataset.ready = 'true';

  const onEnter = ({ node }: { node: string }) => store.set({ hovered: node }, 'none');
  const onLeave = () => store.set({ hovered: null }, 'none');
  const onClick = ({ node }: { node: string }) => store.set({ node, panel: 'details' }, 'push');
  sigma.on('enterNode', onEnter);
  sigma.on('leaveNode', onLeave);
  sigma.on('clickNode', onClick);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.colorBy === 'community' && previous.colorBy !== 'community') assignCommunities(graph);
    const hoverOnly = !changed(state, previous, [
      'node',
      'focus',
      'hiddenTypes',
      'hiddenKinds',
      'highlight',
      'colorBy',
    ]);
    if (hoverOnly && !changed(state, previous, ['hovered'])) return;
    const before = view;
    view = computeView(graph, state, options);
    const selectionOnly =
      state.focus === 0 && !changed(state, previous, ['focus', 'hiddenTypes', 'hiddenKinds', 'highlight', 'colorBy']);
    // Hover and selection never hide anything, so sigma's indexes stay valid: restyle only, and where nothing is
    // dimmed, only the few nodes and edges whose look changes.
    if (selectionOnly && !hoverOnly && view.emphasis === null && before.emphasis === null) {
      sigma.refresh({ partialGraph: around(graph, [state.node, previous.node]), skipIndexation: true });
    } else if (hoverOnly && !options.dimOnHover) {
      sigma.refresh({ partialGraph: hoverPartial(graph, before, view, state, previous), skipIndexation: true });
    } else {
      sigma.refresh(hoverOnly ? { skipIndexation: true } : undefined);
    }
    if (state.node !== previous.node && state.node !== null) moveTo(state.node);
    else if (state.highlight !== previous.highlight && state.highlight !== null) frame([...state.highlight.nodes]);
  });

  /** Moves the camera so that these nodes fill most of the view (a path, the answers to a question). */
  function frame(nodes: string[]): void {
    const points = nodes.flatMap((node) => {
      const display = sigma.getNodeDisplayData(node);
      return display ? [display] : [];
    });
    if (points.length === 0) return;
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.6));
    void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  function moveTo(node: string): void {
    const display = sigma.getNodeDisplayData(node);
    if (!display) return;
    const ratio = Math.min(sigma.getCamera().ratio, 0.6);
    void sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 400 });
  }

  const initial = store.get().node;
  if (initial !== null && graph.hasNode(initial)) moveTo(initial);

  return {
    sigma,
    resetCamera: () => void sigma.getCamera().animatedReset({ duration: 300 }),
    graphChanged() {
      options.dimOnHover = graph.order <= DIM_ON_HOVER_LIMIT;
      if (store.get().colorBy === 'community') assignCommunities(graph);
      view = computeView(graph, store.get(), options);
      sigma.refresh();
    },
    kill() {
      unsubscribe();
      sigma.removeListener('enterNode', onEnter);
      sigma.removeListener('leaveNode', onLeave);
      sigma.removeListener('clickNode', onClick);
      sigma.kill();
      delete container.dataset.ready;
    },
  };
}

/** Some nodes with their incident edges. */
function around(graph: ViewerGraph, nodes: (string | null)[]) {
  const present = nodes.filter((node): node is string => node !== null && graph.hasNode(node));
  const edges = new Set<string>();
  for (const node of present) graph.forEachEdge(node, (edge) => void edges.add(edge));
  return { nodes: present, edges: [...edges] };
}

/** The nodes and edges whose look changes when the hover moves and nothing is dimmed. */
function hoverPartial(graph: ViewerGraph, before: CanvasView, after: CanvasView, state: State, previous: State) {
  const nodes = new Set([...before.hoverGroup, ...after.hoverGroup]);
  const edges = new Set<string>();
  for (const hovered of [state.hovered, previous.hovered]) {
    if (hovered !== null && graph.hasNode(hovered)) graph.forEachEdge(hovered, (edge) => void edges.add(edge));
  }
  return { nodes: [...nodes], edges: [...edges] };
}
