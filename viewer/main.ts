/**
 * The viewer's entry: load the graph from the API, then mount the canvas and every feature over one store. Each
 * mount returns its teardown; `unmount()` undoes them all (used by hot reload and tests).
 */
import { Api } from './api.js';
import { mountAsk } from './ask/index.js';
import { mountLegend } from './canvas/legend.js';
import { buildGraph } from './canvas/model.js';
import { createRenderer } from './canvas/renderer.js';
import { mountToolbar } from './canvas/toolbar.js';
import { mountCompare } from './compare/index.js';
import { mountDetails } from './details/index.js';
import { Teardown } from './dom.js';
import { mountExport } from './export/index.js';
import { syncHistory } from './history.js';
import { mountList } from './list/index.js';
import { mountLive } from './live/index.js';
import { syncGraph } from './live/sync-graph.js';
import { createLiveLookup } from './lookup.js';
import { mountPanels } from './panels.js';
import { mountPath } from './path/index.js';
import { mountSearch } from './search/index.js';
import { Store } from './state.js';
import { showFatal } from './status.js';
import { parseViewState } from './url.js';
import type { GraphData } from '../graph/types.js';
import { exposeForTests } from './test-hook.js';
import { afterPaint, markFirstFrame } from './perf.js';
import { revealPage } from './boot.js';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html lacks #${id}`);
  return found;
}

async function start(): Promise<() => void> {
  const teardown = new Teardown();
  const api = new Api();
  const store = new Store(parseViewState(location.search));
  const canvas = element('sigma');
  const result = await api.graph();
  if (!result.ok) {
    revealPage();
    const detail =
      result.status === 0
        ? 'The infragraph API does not answer. Is `infragraph serve` running?'
        : `The API answered ${result.status}: ${result.message}`;
    showFatal(canvas, 'Cannot load the graph', detail);
    document.body.dataset.state = 'error';
    return () => teardown.run();
  }
  const data = result.value;
  performance.mark('infragraph:graph-loaded');
  if (data.nodes.length === 0) {
    revealPage();
    showFatal(
      canvas,
      'The graph is empty',
      'No entities were found in the ingested notes. Run `infragraph ingest` on some notes.',
    );
    document.body.dataset.state = 'empty';
    return () => teardown.run();
  }
  const graph = buildGraph(data);
  performance.mark('infragraph:graph-built');
  const { lookup, replace: replaceLookup } = createLiveLookup(data);
  teardown.add(syncHistory(store));
  const renderer = createRenderer(canvas, graph, store);
  performance.mark('infragraph:canvas-created');
  revealPage();
  teardown.add(() => renderer.kill());
  markFirstFrame();
  // The canvas paints first; panels, legend and their requests follow once that frame is on screen.
  await afterPaint();
  const panels = mountPanels(element('tabs'), element('panels'), store);
  const toolbar = element('toolbar');
  // What is built from the graph's data at mount time is mounted again when a live update brings a new graph.
  const mountDataViews = (current: GraphData): (() => void) => {
    const views = new Teardown();
    views.add(
      mountLegend(element('legend'), graph, store),
      mountExport(toolbar, current, graph, renderer.sigma, store),
      mountDetails(panels.sections.details, api, store, lookup.has),
      mountList(panels.sections.list, current, store),
    );
    return () => views.run();
  };
  let unmountDataViews = mountDataViews(data);
  const onNewGraph = (next: GraphData): void => {
    replaceLookup(next);
    syncGraph(graph, buildGraph(next));
    const selected = store.get().node;
    if (selected !== null && !graph.hasNode(selected)) store.set({ node: null }, 'replace');
    renderer.graphChanged();
    unmountDataViews();
    unmountDataViews = mountDataViews(next);
  };
  teardown.add(
    panels.teardown,
    mountToolbar(toolbar, graph, renderer, store),
    () => unmountDataViews(),
    mountSearch(element('search'), api, store, lookup.aliasesOf),
    mountPath(panels.sections.path, api, store, lookup),
    mountCompare(panels.sections.compare, api, store, lookup),
    mountAsk(panels.sections.ask, api, store, lookup),
    store.subscribe((state, previous) => {
      // A highlight belongs to the panel that made it (path, ask); leaving that panel clears it.
      if (state.panel !== previous.panel && state.highlight !== null) store.set({ highlight: null }, 'none');
    }),
    exposeForTests(renderer.sigma, store),
    mountLive(api, onNewGraph),
  );
  document.body.dataset.state = 'ready';
  return () => teardown.run();
}

void start()
  .finally(revealPage)
  .then((unmount) => {
    if (import.meta.hot) import.meta.hot.dispose(unmount);
  });
