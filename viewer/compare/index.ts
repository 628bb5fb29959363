/**
 * Compare: 2 to 4 entities side by side (kind, categories, per relation type the neighbours each has, shared ones
 * marked), with the evidence of a cell shown on click.
 */
import type { Comparison } from '../../graph/store.js';
import type { GraphEdge, RelationType } from '../../graph/types.js';
import type { Api } from '../api.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';
import { delegateLinks, entityLink, evidenceList } from '../links.js';
import type { GraphLookup } from '../lookup.js';
import { relationPhrase } from '../relations.js';
import { createCombobox } from '../search/combobox.js';
import { changed } from '../state.js';
import type { Store } from '../state.js';

const MAX = 4;

export function mountCompare(section: HTMLElement, api: Api, store: Store, lookup: GraphLookup): () => void {
  const teardown = new Teardown();
  const picker = createCombobox({
    label: 'Add to comparison',
    api,
    aliasesOf: lookup.aliasesOf,
    clearOnPick: true,
    onPick: (hit) => {
      const current = store.get().compare;
      if (!current.includes(hit.id)) store.set({ compare: [...current, hit.id].slice(-MAX), panel: 'compare' }, 'push');
    },
  });
  const chips = h('ul', { class: 'chips', 'aria-label': 'Compared entities' });
  const output = h('div', { class: 'compare-output' });
  const evidence = h('div', { class: 'compare-evidence', 'aria-live': 'polite' });
  replaceChildren(section, h('h2', {}, 'Compare'), picker.element, chips, output, evidence);
  let comparison: Comparison | null = null;
  let sequence = 0;

  async function run(): Promise<void> {
    const ids = store.get().compare;
    replaceChildren(
      chips,
      ids.map((id) =>
        h(
          'li',
          {},
          lookup.labelOf(id),
          h(
            'button',
            { type: 'button', class: 'chip-remove', 'data-remove': id, 'aria-label': `Remove ${lookup.labelOf(id)}` },
            '×',
          ),
        ),
      ),
    );
    evidence.replaceChildren();
    const mine = ++sequence;
    comparison = null;
    const unknown = ids.filter((id) => !lookup.has(id));
    if (unknown.length > 0)
      return message('error', `Unknown entit${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')}.`);
    if (ids.length < 2)
      return message('muted', `Pick ${2 - ids.length} more entit${ids.length === 1 ? 'y' : 'ies'} (2 to ${MAX}).`);
    message('muted', 'Comparing…');
    const result = await api.compare(ids);
    if (mine !== sequence) return;
    if (!result.ok) return message('error', `Cannot compare: ${result.message}`);
    comparison = result.value;
    replaceChildren(output, table(result.value, lookup));
  }

  function message(kind: string, text: string): void {
    replaceChildren(output, h('p', { class: kind, role: kind === 'error' ? 'alert' : null }, text));
  }

  teardown.add(
    picker.teardown,
    delegateLinks(section, store, api),
    listen(section, 'click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const remove = target?.closest<HTMLButtonElement>('button[data-remove]');
      if (remove) store.set({ compare: store.get().compare.filter((id) => id !== remove.dataset.remove) }, 'push');
      const cell = target?.closest<HTMLButtonElement>('button[data-neighbour]');
      if (cell && comparison)
        showEvidence(cell.dataset.entity!, cell.dataset.neighbour!, cell.dataset.type as RelationType);
    }),
    store.subscribe((state, previous) => {
      if (changed(state, previous, ['compare'])) void run();
    }),
    () => section.replaceChildren(),
  );

  function showEvidence(entity: string, neighbour: string, type: RelationType): void {
    const edges = (comparison?.edges ?? []).filter((edge) => edge.type === type && joins(edge, entity, neighbour));
    replaceChildren(
      evidence,
      h('h3', {}, `${lookup.labelOf(entity)} — ${lookup.labelOf(neighbour)}`),
      edges.length === 0
        ? h('p', { class: 'muted' }, 'No evidence recorded.')
        : edges.map((edge) => evidenceList(edge.evidence, `${edge.type} evidence (${edge.evidence.length})`)),
    );
    evidence.querySelector('details')?.setAttribute('open', '');
  }

  void run();
  return () => {
    sequence++;
    teardown.run();
  };
}

function joins(edge: GraphEdge, a: string, b: string): boolean {
  return (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a);
}

function table(comparison: Comparison, lookup: GraphLookup): HTMLElement {
  const entities = comparison.entities;
  const keys = [
    ...new Set([
      ...Object.keys(comparison.shared),
      ...entities.flatMap((entity) => Object.keys(comparison.distinct[entity.id] ?? {})),
    ]),
  ].sort();
  const neighbourCell = (entity: string, key: string) => {
    const [type, direction] = key.split(':') as [RelationType, 'out' | 'in'];
    const shared = comparison.shared[key] ?? [];
    const own = comparison.distinct[entity]?.[key] ?? [];
    const item = (id: string, isShared: boolean) =>
      h(
        'li',
        { class: isShared ? 'shared' : 'unique' },
        h(
          'button',
          {
            type: 'button',
            class: 'neighbour',
            'data-entity': entity,
            'data-neighbour': id,
            'data-type': type,
            title: 'Show the evidence',
          },
          lookup.labelOf(id),
        ),
        isShared ? h('span', { class: 'badge' }, 'shared') : null,
      );
    if (shared.length + own.length === 0) return h('td', { class: 'muted' }, '—');
    return h(
      'td',
      { 'data-direction': direction },
      h(
        'ul',
        { class: 'plain' },
        shared.map((id) => item(id, true)),
        own.map((id) => item(id, false)),
      ),
    );
  };
  const sharedCount = Object.values(comparison.shared).reduce((sum, list) => sum + list.length, 0);
  return h(
    'table',
    { class: 'compare-table' },
    h(
      'caption',
      {},
      `${entities.map((entity) => entity.label).join(' vs ')}: ${sharedCount} shared neighbour${sharedCount === 1 ? '' : 's'}`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        entities.map((entity) => h('th', { scope: 'col' }, entityLink(entity.id, entity.label))),
      ),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Kind'),
        entities.map((entity) => h('td', {}, entity.kind)),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Categories'),
        entities.map((entity) => h('td', {}, entity.categories.join(', ') || '—')),
      ),
      keys.map((key) => {
        const [type, direction] = key.split(':') as [RelationType, 'out' | 'in'];
        return h(
          'tr',
          { 'data-key': key },
          h('th', { scope: 'row' }, relationPhrase(type, direction)),
          entities.map((entity) => neighbourCell(entity.id, key)),
        );
      }),
    ),
  );
}
