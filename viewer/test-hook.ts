/**
 * A small read-only window into the rendered canvas for end-to-end tests and the benchmark (WebGL pixels are
 * costly to read): what sigma drew, not the app's internals.
 */
import type { ViewerSigma } from './canvas/model.js';
import type { Store } from './state.js';
import { afterPaint } from './perf.js';

export interface InfragraphProbe {
  /** Nodes sigma drew (not hidden by reducers). */
  renderedNodes(): number;
  renderedEdges(): number;
  displayedLabels(): string[];
  /** Screen position of a node, to hover or click it. */
  nodePosition(id: string): { x: number; y: number } | null;
  nodeColor(id: string): string | null;
  state(): { node: string | null; hovered: string | null; highlighted: number };
  /** Hovers a node (or none) as the mouse would; resolves with the ms until the result is painted. */
  hover(id: string | null): Promise<number>;
}

declare global {
  interface Window {
    infragraph?: InfragraphProbe;
  }
}

export function exposeForTests(sigma: ViewerSigma, store: Store): () => void {
  const graph = sigma.getGraph();
  window.infragraph = {
    renderedNodes: () => graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false).length,
    renderedEdges: () => graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === false).length,
    displayedLabels: () => [...sigma.getNodeDisplayedLabels()].sort(),
    nodePosition: (id) => {
      const display = sigma.getNodeDisplayData(id);
      if (!display) return null;
      const point = sigma.framedGraphToViewport(display);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    nodeColor: (id) => sigma.getNodeDisplayData(id)?.color ?? null,
    hover: async (id) => {
      const start = performance.now();
      store.set({ hovered: id }, 'none');
      return (await afterPaint()) - start;
    },
    state: () => {
      const state = store.get();
      return { node: state.node, hovered: state.hovered, highlighted: state.highlight?.nodes.size ?? 0 };
    },
  };
  return () => {
    delete window.infragraph;
  };
}
