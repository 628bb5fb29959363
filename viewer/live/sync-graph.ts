/**
 * Brings the graph sigma draws in line with a newer one, in place: sigma listens to the graph's own events, so the
 * camera, the renderer and every listener stay as they are. Nodes and edges that are gone are dropped, new ones
 * added, the rest take the new attributes (label, kind, position, size, colour).
 */
import type { ViewerGraph } from '../canvas/model.js';

export function syncGraph(target: ViewerGraph, source: ViewerGraph): void {
  target.forEachEdge((edge) => {
    if (source.hasEdge(edge)) return;
    target.dropEdge(edge);
  });
  target.forEachNode((node) => {
    if (source.hasNode(node)) return;
    target.dropNode(node);
  });
  source.forEachNode((node, attributes) => {
    if (target.hasNode(node)) target.replaceNodeAttributes(node, { ...attributes });
    else target.addNode(node, { ...attributes });
  });
  source.forEachEdge((edge, attributes, from, to) => {
    // An edge id whose ends changed is a different edge: drop the old one first.
    if (target.hasEdge(edge) && (target.source(edge) !== from || target.target(edge) !== to)) target.dropEdge(edge);
    if (target.hasEdge(edge)) target.replaceEdgeAttributes(edge, { ...attributes });
    else target.addDirectedEdgeWithKey(edge, from, to, { ...attributes });
  });
}
