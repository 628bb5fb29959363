/**
 * The Details region: the selected entity with its kind, categories, aliases, description, http(s) links and its
 * relations grouped by type and direction, each related entity a link and each relation with its evidence.
 */
import type { EntityRelation, EntityWithRelations } from '../../graph/store.js';
import { SYMMETRIC_RELATIONS } from '../../graph/types.js';
import type { Api } from '../api.js';
import { h, isHttpUrl, listen, replaceChildren, Teardown } from '../dom.js';
import { delegateLinks, entityLink, evidenceList } from '../links.js';
import { relationPhrase } from '../relations.js';
import { changed } from '../state.js';
import type { Store } from '../state.js';

export function mountDetails(
  section: HTMLElement,
  api: Api,
  store: Store,
  hasEntity: (id: string) => boolean,
): () => void {
  const teardown = new Teardown();
  let sequence = 0;

  async function show(id: string | null): Promise<void> {
    const mine = ++sequence;
    if (id === null) {
      replaceChildren(
        section,
        h('h2', {}, 'Details'),
        h(
          'p',
          { class: 'muted' },
          'Search for a technology or click a node to see what it uses, implements or competes with.',
        ),
      );
      return;
    }
    if (!hasEntity(id)) {
      replaceChildren(
        section,
        h('h2', {}, 'Details'),
        h('p', { class: 'error', role: 'alert' }, `No entity with id “${id}” in this graph.`),
      );
      return;
    }
    replaceChildren(section, h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Loading…'));
    const result = await api.entity(id);
    if (mine !== sequence) return;
    if (!result.ok) {
      const message = result.status === 404 ? `No entity with id “${id}”.` : `Cannot load “${id}”: ${result.message}`;
      replaceChildren(section, h('h2', {}, 'Details'), h('p', { class: 'error', role: 'alert' }, message));
      return;
    }
    replaceChildren(section, ...render(result.value));
  }

  teardown.add(
    delegateLinks(section, store, api),
    listen(section, 'click', (event) => {
      const button =
        event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
      const node = store.get().node;
      if (!button || node === null) return;
      if (button.dataset.action === 'path-from') store.set({ pathFrom: node, panel: 'path' }, 'push');
      if (button.dataset.action === 'compare') {
        const compare = store.get().compare.includes(node)
          ? store.get().compare
          : [...store.get().compare, node].slice(-4);
        store.set({ compare, panel: 'compare' }, 'push');
      }
    }),
    store.subscribe((state, previous) => {
      if (changed(state, previous, ['node'])) void show(state.node);
    }),
  );
  void show(store.get().node);
  return () => {
    sequence++;
    teardown.run();
    section.replaceChildren();
  };
}

function render(entity: EntityWithRelations): Node[] {
  const links = entity.urls.filter(isHttpUrl);
  const facts: [string, Node | string | null][] = [
    ['Kind', h('span', { class: `kind kind-${entity.kind}` }, entity.kind)],
    ['Categories', entity.categories.length > 0 ? entity.categories.join(', ') : null],
    ['Aliases', entity.aliases.length > 0 ? entity.aliases.join(', ') : null],
    [
      'Links',
      links.length > 0
        ? h(
            'ul',
            { class: 'plain' },
            links.map((url) => h('li', {}, h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url))),
          )
        : null,
    ],
    [
      'Sources',
      entity.sources.length > 0 ? entity.sources.map((source) => `${source.file}:${source.line}`).join(', ') : null,
    ],
  ];
  return [
    h('h2', { class: 'entity-title' }, entity.label),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    h(
      'dl',
      { class: 'facts' },
      facts.filter(([, value]) => value !== null).map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'path-from' }, 'Path from here'),
      h('button', { type: 'button', 'data-action': 'compare' }, 'Add to comparison'),
    ),
    h('h3', {}, `Relations (${entity.relations.length})`),
    entity.relations.length === 0 ? h('p', { class: 'muted' }, 'No relations recorded.') : relationGroups(entity),
  ].filter((node): node is HTMLElement => node !== null);
}

function relationGroups(entity: EntityWithRelations): HTMLElement {
  const groups = new Map<string, EntityRelation[]>();
  for (const relation of entity.relations) {
    // Symmetric relations read the same from both ends: one group, whichever end the edge was stored from.
    const key = SYMMETRIC_RELATIONS.has(relation.type) ? relation.type : `${relation.type}:${relation.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  return h(
    'div',
    { class: 'relations' },
    [...groups.values()].map((relations) => {
      const first = relations[0]!;
      return h(
        'section',
        { class: 'relation-group', 'data-type': first.type, 'data-direction': first.direction },
        h('h4', {}, `${entity.label} ${relationPhrase(first.type, first.direction)}`),
        h(
          'ul',
          {},
          relations.map((relation) =>
            h(
              'li',
              {},
              entityLink(relation.other.id, relation.other.label),
              ' ',
              h('span', { class: `kind kind-${relation.other.kind}` }, relation.other.kind),
              evidenceList(relation.evidence),
            ),
          ),
        ),
      );
    }),
  );
}
