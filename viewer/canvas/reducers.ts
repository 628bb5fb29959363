/**
 * sigma's nodeReducer and edgeReducer over the current CanvasView: filters hide, emphasis dims the rest, the
 * selection is highlighted. They never touch the graph itself.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { communityColor, DIMMED_EDGE, DIMMED_NODE, HIGHLIGHT_EDGE } from './colors.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './model.js';
import type { CanvasView } from './view.js';

export function nodeReducer(view: CanvasView) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    if (view.hiddenNodes.has(node)) return { ...data, hidden: true };
    const display: Partial<NodeDisplayData> = { ...data };
    if (view.colorBy === 'community' && data.community !== undefined) display.color = communityColor(data.community);
    if (view.emphasis) {
      if (view.emphasis.nodes.has(node)) {
        display.forceLabel = true;
        display.zIndex = 1;
      } else {
        display.color = DIMMED_NODE;
        display.label = '';
        display.zIndex = 0;
      }
    } else if (view.hoverGroup.has(node)) {
      display.highlighted = true;
      display.forceLabel = true;
    }
    if (node === view.selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  };
}

export function edgeReducer(view: CanvasView, graph: ViewerGraph) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (view.hiddenTypes.has(data.relation) || view.hiddenNodes.has(source) || view.hiddenNodes.has(target))
      return { ...data, hidden: true };
    const display: Partial<EdgeDisplayData> = { ...data };
    if (view.emphasis) {
      if (view.emphasis.edges.has(edge)) {
        display.size = 2.5;
        display.zIndex = 1;
      } else {
        display.color = DIMMED_EDGE;
        display.zIndex = 0;
      }
    } else if (view.selected !== null && (source === view.selected || target === view.selected)) {
      display.size = 2;
      display.color = data.color === DIMMED_EDGE ? HIGHLIGHT_EDGE : data.color;
    }
    return display;
  };
}
