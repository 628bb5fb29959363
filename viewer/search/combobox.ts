/**
 * An accessible entity combobox (ARIA 1.2 pattern: input + listbox, aria-activedescendant): autocomplete from
 * /api/search with aliases and kinds, arrows to move, Enter to pick the active or best match, Esc to clear.
 * Used by the main search and by the path and compare pickers.
 */
import type { SearchHit } from '../../graph/store.js';
import type { Api } from '../api.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';

export interface ComboboxOptions {
  label: string;
  placeholder?: string;
  api: Api;
  /** Aliases to show under a hit, from the loaded graph. */
  aliasesOf: (id: string) => readonly string[];
  onPick: (hit: SearchHit) => void;
  /** Empty the input after a pick (pickers that collect several entities). */
  clearOnPick?: boolean;
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  setText(text: string): void;
  teardown(): void;
}

let counter = 0;
const DEBOUNCE_MS = 120;

export function createCombobox(options: ComboboxOptions): Combobox {
  const id = `combobox-${++counter}`;
  const input = h('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    placeholder: options.placeholder ?? options.label,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const listbox = h('ul', {
    id: `${id}-list`,
    role: 'listbox',
    'aria-label': `${options.label} suggestions`,
    hidden: true,
  });
  const empty = h('div', { class: 'combobox-empty', role: 'status', hidden: true });
  const element = h('div', { class: 'combobox' }, input, listbox, empty);
  const teardown = new Teardown();

  let hits: SearchHit[] = [];
  let hitsFor = '';
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function fetchHits(text: string): Promise<SearchHit[]> {
    const mine = ++sequence;
    const result = await options.api.search(text, 8);
    if (mine !== sequence) return hits;
    hits = result.ok ? result.value.results : [];
    hitsFor = text;
    active = hits.length > 0 ? 0 : -1;
    render(result.ok ? null : `Search failed: ${result.message}`);
    return hits;
  }

  function render(problem: string | null): void {
    const text = input.value.trim();
    replaceChildren(
      listbox,
      hits.map((hit, index) => {
        const aliases = options.aliasesOf(hit.id);
        const option = h(
          'li',
          { id: `${id}-option-${index}`, role: 'option', 'aria-selected': String(index === active), 'data-id': hit.id },
          h('span', { class: 'option-label' }, hit.label),
          h('span', { class: `kind kind-${hit.kind}` }, hit.kind),
          aliases.length > 0 ? h('span', { class: 'option-aliases' }, `also ${aliases.slice(0, 3).join(', ')}`) : null,
        );
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return option;
      }),
    );
    const open = hits.length > 0 && text.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && active >= 0) input.setAttribute('aria-activedescendant', `${id}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    const message =
      problem ?? (text.length > 0 && hits.length === 0 && hitsFor === text ? `No results for “${text}”` : '');
    empty.textContent = message;
    empty.hidden = message === '';
  }

  function close(): void {
    hits = [];
    hitsFor = '';
    active = -1;
    sequence++;
    render(null);
  }

  function pick(hit: SearchHit): void {
    input.value = options.clearOnPick ? '' : hit.label;
    close();
    options.onPick(hit);
  }

  teardown.add(
    listen(input, 'input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text === '') return close();
      timer = setTimeout(() => void fetchHits(text), DEBOUNCE_MS);
    }),
    listen(input, 'keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (hits.length === 0) return;
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
        render(null);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const text = input.value.trim();
        if (text === '') return;
        clearTimeout(timer);
        if (hitsFor === text && active >= 0) return pick(hits[active]!);
        void fetchHits(text).then((fresh) => {
          if (input.value.trim() === text && fresh.length > 0) pick(fresh[0]!);
        });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        input.value = '';
        close();
      }
    }),
    listen(input, 'blur', () => {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }),
    () => clearTimeout(timer),
  );

  return {
    element,
    input,
    setText: (text) => {
      // Never overwrite what someone is typing: a late answer for another field must not clobber this one.
      if (document.activeElement !== input) input.value = text;
    },
    teardown: () => teardown.run(),
  };
}
