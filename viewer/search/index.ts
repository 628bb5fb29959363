/** The main search: "Search technologies" in the top bar; picking selects the entity; `/` focuses it. */
import type { Api } from '../api.js';
import { listen, Teardown } from '../dom.js';
import type { Store } from '../state.js';
import { createCombobox } from './combobox.js';

export function mountSearch(
  container: HTMLElement,
  api: Api,
  store: Store,
  aliasesOf: (id: string) => readonly string[],
): () => void {
  const teardown = new Teardown();
  const combobox = createCombobox({
    label: 'Search technologies',
    placeholder: 'Search technologies (press /)',
    api,
    aliasesOf,
    onPick: (hit) => store.set({ node: hit.id, panel: 'details', hovered: null }, 'push'),
  });
  container.replaceChildren(combobox.element);
  teardown.add(
    combobox.teardown,
    listen(document, 'keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      combobox.input.focus();
    }),
    () => container.replaceChildren(),
  );
  return () => teardown.run();
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
