/**
 * The list view: accessible tables of entities and relations as an alternative to the canvas. Sortable column
 * headers (aria-sort), a filter box, arrow keys to move between rows, Enter to open a row's entity.
 */
import type { GraphData } from '../../graph/types.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';
import { entityLink } from '../links.js';
import { changed } from '../state.js';
import type { Store } from '../state.js';
import { entityRows, relationRows, sortRows } from './rows.js';
import type { EntityRow, RelationRow, Sort } from './rows.js';

const MAX_ROWS = 300;

type Column<T> = { key: keyof T & string; title: string; numeric?: boolean; cell: (row: T) => Node | string };

const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { key: 'label', title: 'Name', cell: (row) => entityLink(row.id, row.label) },
  { key: 'kind', title: 'Kind', cell: (row) => row.kind },
  { key: 'categories', title: 'Categories', cell: (row) => row.categories },
  { key: 'degree', title: 'Relations', numeric: true, cell: (row) => String(row.degree) },
];

const RELATION_COLUMNS: Column<RelationRow>[] = [
  { key: 'sourceLabel', title: 'Source', cell: (row) => entityLink(row.source, row.sourceLabel) },
  { key: 'type', title: 'Relation', cell: (row) => row.type },
  { key: 'targetLabel', title: 'Target', cell: (row) => entityLink(row.target, row.targetLabel) },
  { key: 'evidence', title: 'Evidence', numeric: true, cell: (row) => String(row.evidence) },
];

export function mountList(section: HTMLElement, data: GraphData, store: Store): () => void {
  const teardown = new Teardown();
  let showing: 'entities' | 'relations' = 'entities';
  let entitySort: Sort<EntityRow> = { key: 'label', descending: false };
  let relationSort: Sort<RelationRow> = { key: 'sourceLabel', descending: false };
  const filter = h('input', {
    type: 'search',
    'aria-label': 'Filter list',
    placeholder: 'Filter by name, kind, category or relation',
  });
  const switcher = h(
    'div',
    { role: 'group', 'aria-label': 'Show', class: 'segmented' },
    h('button', { type: 'button', 'data-show': 'entities', 'aria-pressed': 'true' }, 'Entities'),
    h('button', { type: 'button', 'data-show': 'relations', 'aria-pressed': 'false' }, 'Relations'),
  );
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const tableSlot = h('div', { class: 'table-slot' });
  replaceChildren(section, h('h2', {}, 'List'), switcher, filter, count, tableSlot);

  function render(): void {
    if (store.get().panel !== 'list') return;
    const { hiddenKinds, hiddenTypes } = store.get();
    const filters = { text: filter.value, hiddenKinds, hiddenTypes };
    for (const button of switcher.querySelectorAll<HTMLButtonElement>('button'))
      button.setAttribute('aria-pressed', String(button.dataset.show === showing));
    if (showing === 'entities')
      table(sortRows(entityRows(data, filters), entitySort), ENTITY_COLUMNS, entitySort, 'Entities');
    else table(sortRows(relationRows(data, filters), relationSort), RELATION_COLUMNS, relationSort, 'Relations');
  }

  function table<T extends { id: string }>(rows: T[], columns: Column<T>[], sort: Sort<T>, caption: string): void {
    count.textContent =
      rows.length > MAX_ROWS
        ? `Showing ${MAX_ROWS} of ${rows.length} ${caption.toLowerCase()}; filter to narrow down.`
        : `${rows.length} ${caption.toLowerCase()}`;
    replaceChildren(
      tableSlot,
      h(
        'table',
        { class: 'list-table', 'aria-label': caption },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            columns.map((column) =>
              h(
                'th',
                {
                  scope: 'col',
                  'aria-sort': column.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none',
                },
                h('button', { type: 'button', 'data-sort': column.key }, column.title),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.slice(0, MAX_ROWS).map((row, index) =>
            h(
              'tr',
              { tabindex: index === 0 ? '0' : '-1', 'data-id': row.id },
              columns.map((column) => h('td', { class: column.numeric ? 'numeric' : null }, column.cell(row))),
            ),
          ),
        ),
      ),
    );
  }

  teardown.add(
    listen(filter, 'input', render),
    listen(section, 'click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const show = target?.closest<HTMLButtonElement>('button[data-show]');
      if (show) {
        showing = show.dataset.show === 'relations' ? 'relations' : 'entities';
        return render();
      }
      const sortButton = target?.closest<HTMLButtonElement>('button[data-sort]');
      if (sortButton) {
        const key = sortButton.dataset.sort!;
        if (showing === 'entities')
          entitySort = {
            key: key as keyof EntityRow & string,
            descending: entitySort.key === key ? !entitySort.descending : false,
          };
        else
          relationSort = {
            key: key as keyof RelationRow & string,
            descending: relationSort.key === key ? !relationSort.descending : false,
          };
        render();
        tableSlot.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
        return;
      }
      const link = target?.closest<HTMLAnchorElement>('a[data-node]');
      if (link && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
        event.preventDefault();
        store.set({ node: link.dataset.node!, panel: 'details' }, 'push');
      }
    }),
    listen(tableSlot, 'keydown', (event) => {
      const row = event.target instanceof HTMLTableRowElement ? event.target : null;
      if (!row) return;
      const sibling =
        event.key === 'ArrowDown'
          ? row.nextElementSibling
          : event.key === 'ArrowUp'
            ? row.previousElementSibling
            : null;
      if (sibling instanceof HTMLTableRowElement) {
        event.preventDefault();
        row.tabIndex = -1;
        sibling.tabIndex = 0;
        sibling.focus();
      } else if (event.key === 'Enter') {
        const link = row.querySelector<HTMLAnchorElement>('a[data-node]');
        if (link) store.set({ node: link.dataset.node!, panel: 'details' }, 'push');
      }
    }),
    store.subscribe((state, previous) => {
      if (changed(state, previous, ['panel', 'hiddenKinds', 'hiddenTypes'])) render();
    }),
    () => section.replaceChildren(),
  );
  render();
  return () => teardown.run();
}
