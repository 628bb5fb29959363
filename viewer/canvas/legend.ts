/**
 * The legend, which is also the filter: one toggle button per kind and relation type present in the graph, with its
 * colour and count; pressed means shown.
 */
import { ENTITY_KINDS, RELATION_TYPES } from '../../graph/types.js';
import type { EntityKind, RelationType } from '../../graph/types.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';
import type { Store } from '../state.js';
import { KIND_COLORS, RELATION_COLORS } from './colors.js';
import type { ViewerGraph } from './model.js';

export function mountLegend(container: HTMLElement, graph: ViewerGraph, store: Store): () => void {
  const teardown = new Teardown();
  const kindCounts = new Map<EntityKind, number>();
  graph.forEachNode((_node, data) => kindCounts.set(data.kind, (kindCounts.get(data.kind) ?? 0) + 1));
  const typeCounts = new Map<RelationType, number>();
  graph.forEachEdge((_edge, data) => typeCounts.set(data.relation, (typeCounts.get(data.relation) ?? 0) + 1));

  const kindButtons = ENTITY_KINDS.filter((kind) => kindCounts.has(kind)).map((kind) =>
    toggle(kind, KIND_COLORS[kind], kindCounts.get(kind)!, 'dot', () => {
      const hidden = store.get().hiddenKinds;
      store.set({ hiddenKinds: flip(hidden, kind) }, 'push');
    }),
  );
  const typeButtons = RELATION_TYPES.filter((type) => typeCounts.has(type)).map((type) =>
    toggle(type, RELATION_COLORS[type], typeCounts.get(type)!, 'line', () => {
      const hidden = store.get().hiddenTypes;
      store.set({ hiddenTypes: flip(hidden, type) }, 'push');
    }),
  );

  replaceChildren(
    container,
    h(
      'details',
      { open: true },
      h('summary', {}, 'Legend and filters'),
      h(
        'div',
        { role: 'group', 'aria-label': 'Entity kinds' },
        h('h3', {}, 'Kinds'),
        kindButtons.map((item) => item.button),
      ),
      h(
        'div',
        { role: 'group', 'aria-label': 'Relation types' },
        h('h3', {}, 'Relations'),
        typeButtons.map((item) => item.button),
      ),
    ),
  );
  for (const item of [...kindButtons, ...typeButtons]) teardown.add(item.teardown);

  const sync = () => {
    const { hiddenKinds, hiddenTypes } = store.get();
    for (const item of kindButtons)
      item.button.setAttribute('aria-pressed', String(!hiddenKinds.includes(item.name as EntityKind)));
    for (const item of typeButtons)
      item.button.setAttribute('aria-pressed', String(!hiddenTypes.includes(item.name as RelationType)));
  };
  sync();
  teardown.add(store.subscribe(sync));
  return () => {
    teardown.run();
    container.replaceChildren();
  };
}

function toggle(name: string, color: string, count: number, mark: 'dot' | 'line', onToggle: () => void) {
  const swatch = h('span', { class: `swatch ${mark}`, 'aria-hidden': 'true' });
  swatch.style.background = color;
  const button = h(
    'button',
    { type: 'button', class: 'legend-item', 'aria-pressed': 'true', 'data-name': name },
    swatch,
    h('span', { class: 'legend-name' }, name.toLowerCase().replace(/_/g, ' ')),
    h('span', { class: 'legend-count' }, String(count)),
  );
  return { name, button, teardown: listen(button, 'click', onToggle) };
}

function flip<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}
