/** Canvas tools: focus depth, colouring, re-layout (ForceAtlas2 in a worker) and camera reset. */
import { h, listen, Teardown } from '../dom.js';
import type { State, Store } from '../state.js';
import { announce } from '../status.js';
import type { ViewerGraph } from './model.js';
import { relayout } from './relayout.js';
import type { Renderer } from './renderer.js';

export function mountToolbar(container: HTMLElement, graph: ViewerGraph, renderer: Renderer, store: Store): () => void {
  const teardown = new Teardown();
  const focus = h(
    'select',
    { 'aria-label': 'Focus' },
    h('option', { value: '0' }, 'Whole graph'),
    h('option', { value: '1' }, 'Neighbours of selection'),
    h('option', { value: '2' }, 'Two steps from selection'),
  );
  const colour = h(
    'select',
    { 'aria-label': 'Colour by' },
    h('option', { value: 'kind' }, 'Colour by kind'),
    h('option', { value: 'community' }, 'Colour by community'),
  );
  const layout = h('button', { type: 'button' }, 'Re-layout');
  const reset = h('button', { type: 'button' }, 'Reset view');
  container.append(focus, colour, layout, reset);
  let stopLayout: (() => void) | null = null;

  const sync = () => {
    const state = store.get();
    focus.value = String(state.focus);
    focus.disabled = state.node === null;
    colour.value = state.colorBy;
  };
  sync();
  teardown.add(
    store.subscribe(sync),
    listen(focus, 'change', () => store.set({ focus: Number(focus.value) as State['focus'] }, 'push')),
    listen(colour, 'change', () => store.set({ colorBy: colour.value === 'community' ? 'community' : 'kind' }, 'push')),
    listen(reset, 'click', () => renderer.resetCamera()),
    listen(layout, 'click', () => {
      if (stopLayout) {
        stopLayout();
        return;
      }
      layout.textContent = 'Stop layout';
      layout.setAttribute('aria-pressed', 'true');
      announce('Layout running…');
      stopLayout = relayout(graph, () => {
        stopLayout = null;
        layout.textContent = 'Re-layout';
        layout.setAttribute('aria-pressed', 'false');
        announce('Layout done');
      });
    }),
    () => stopLayout?.(),
    () => container.replaceChildren(),
  );
  return () => teardown.run();
}
