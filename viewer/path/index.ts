/**
 * Path: from/to pickers and a relation-type filter; shows the shortest path as sentences and highlights it.
 */
import { RELATION_TYPES } from '../../graph/types.js';
import type { RelationType } from '../../graph/types.js';
import type { Api, PathResult } from '../api.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';
import { delegateLinks, entityLink } from '../links.js';
import { createCombobox } from '../search/combobox.js';
import { changed } from '../state.js';
import type { Store } from '../state.js';
import type { GraphLookup } from '../lookup.js';

export function mountPath(section: HTMLElement, api: Api, store: Store, lookup: GraphLookup): () => void {
  const teardown = new Teardown();
  const from = createCombobox({
    label: 'Path from',
    api,
    aliasesOf: lookup.aliasesOf,
    onPick: (hit) => store.set({ pathFrom: hit.id }, 'push'),
  });
  const to = createCombobox({
    label: 'Path to',
    api,
    aliasesOf: lookup.aliasesOf,
    onPick: (hit) => store.set({ pathTo: hit.id }, 'push'),
  });
  const types = lookup.relationTypes();
  const checkboxes = types.map((type) => h('input', { type: 'checkbox', value: type, checked: true }));
  const filter = h(
    'fieldset',
    { class: 'type-filter' },
    h('legend', {}, 'Relation types'),
    checkboxes.map((box, index) => h('label', {}, box, ` ${types[index]!.toLowerCase().replace(/_/g, ' ')}`)),
  );
  const swap = h('button', { type: 'button' }, 'Swap');
  const output = h('div', { class: 'path-output', 'aria-live': 'polite' });
  replaceChildren(
    section,
    h('h2', {}, 'Path'),
    h('div', { class: 'pickers' }, from.element, swap, to.element),
    filter,
    output,
  );
  let lastHighlight: { nodes: Set<string>; edges: Set<string> } | null = null;
  let sequence = 0;

  async function run(): Promise<void> {
    const { pathFrom, pathTo, pathTypes } = store.get();
    from.setText(pathFrom ? lookup.labelOf(pathFrom) : '');
    to.setText(pathTo ? lookup.labelOf(pathTo) : '');
    for (const box of checkboxes) box.checked = pathTypes.length === 0 || pathTypes.includes(box.value as RelationType);
    const mine = ++sequence;
    lastHighlight = null;
    if (!pathFrom || !pathTo) {
      replaceChildren(output, h('p', { class: 'muted' }, 'Pick two entities to see how they are connected.'));
      return applyHighlight();
    }
    replaceChildren(output, h('p', { class: 'muted' }, 'Searching…'));
    const result = await api.path(pathFrom, pathTo, pathTypes);
    if (mine !== sequence) return;
    if (!result.ok) {
      const names = `${lookup.labelOf(pathFrom)} and ${lookup.labelOf(pathTo)}`;
      const message =
        result.status === 404
          ? `No path between ${names}${pathTypes.length > 0 ? ' with these relation types' : ''}.`
          : `Cannot find a path: ${result.message}`;
      replaceChildren(output, h('p', { class: result.status === 404 ? 'empty' : 'error', role: 'alert' }, message));
      return applyHighlight();
    }
    lastHighlight = {
      nodes: new Set(result.value.path.map((node) => node.id)),
      edges: new Set(result.value.edges.map((edge) => edge.id)),
    };
    render(result.value);
    applyHighlight();
  }

  function render(result: PathResult): void {
    replaceChildren(
      output,
      h(
        'p',
        {},
        `${result.path.length - 1} step${result.path.length === 2 ? '' : 's'}: `,
        result.path.flatMap((node, index) => [
          index > 0 ? ' → ' : '',
          entityLink(node.id, node.label ?? lookup.labelOf(node.id)),
        ]),
      ),
      h(
        'ol',
        { class: 'explanation' },
        result.explanation.map((sentence) => h('li', {}, sentence)),
      ),
    );
  }

  function applyHighlight(): void {
    if (store.get().panel === 'path') store.set({ highlight: lastHighlight }, 'none');
  }

  teardown.add(
    from.teardown,
    to.teardown,
    delegateLinks(output, store, api),
    listen(swap, 'click', () => store.set({ pathFrom: store.get().pathTo, pathTo: store.get().pathFrom }, 'push')),
    listen(filter, 'change', () => {
      const allowed = checkboxes.filter((box) => box.checked).map((box) => box.value as RelationType);
      store.set(
        {
          pathTypes:
            allowed.length === checkboxes.length ? [] : allowed.filter((type) => RELATION_TYPES.includes(type)),
        },
        'push',
      );
    }),
    store.subscribe((state, previous) => {
      if (changed(state, previous, ['pathFrom', 'pathTo', 'pathTypes'])) void run();
      else if (state.panel === 'path' && previous.panel !== 'path') applyHighlight();
    }),
    () => section.replaceChildren(),
  );
  void run();
  return () => {
    sequence++;
    teardown.run();
  };
}
