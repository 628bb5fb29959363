/** Export buttons: PNG of the current view; GEXF and JSON of the visible subgraph. */
import type { GraphData } from '../../graph/types.js';
import type { ViewerGraph, ViewerSigma } from '../canvas/model.js';
import { computeView } from '../canvas/view.js';
import { h, listen, Teardown } from '../dom.js';
import type { Store } from '../state.js';
import { announce } from '../status.js';
import { toGexf } from './gexf.js';
import { capturePng } from './png.js';
import { visibleSubgraph } from './subgraph.js';

export function mountExport(
  container: HTMLElement,
  data: GraphData,
  graph: ViewerGraph,
  sigma: ViewerSigma,
  store: Store,
): () => void {
  const teardown = new Teardown();
  const buttons = {
    png: h('button', { type: 'button' }, 'Export PNG'),
    gexf: h('button', { type: 'button' }, 'Export GEXF'),
    json: h('button', { type: 'button' }, 'Export JSON'),
  };
  const group = h(
    'div',
    { class: 'export', role: 'group', 'aria-label': 'Export' },
    buttons.png,
    buttons.gexf,
    buttons.json,
  );
  container.append(group);
  const visible = () => visibleSubgraph(data, graph, computeView(graph, store.get(), { dimOnHover: false }));
  teardown.add(
    listen(buttons.png, 'click', () => {
      capturePng(sigma).then(
        (blob) => download(blob, 'infragraph.png'),
        (error: unknown) => announce(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }),
    listen(buttons.gexf, 'click', () =>
      download(new Blob([toGexf(visible())], { type: 'application/gexf+xml' }), 'infragraph.gexf'),
    ),
    listen(buttons.json, 'click', () =>
      download(new Blob([`${JSON.stringify(visible(), null, 2)}\n`], { type: 'application/json' }), 'infragraph.json'),
    ),
    () => group.remove(),
  );
  return () => teardown.run();
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { download: name, class: 'hidden-download' });
  link.href = url;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  announce(`Exported ${name}`);
}
