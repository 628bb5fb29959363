/**
 * Entity links and evidence, shared by every panel. Links are real `?node=<id>` hrefs (open in a new tab works);
 * a plain click is handled in place through one delegated listener per panel, as are the `file:line` buttons that
 * open the source view.
 */
import type { Evidence } from '../graph/types.js';
import type { Api } from './api.js';
import { showSource } from './details/source-view.js';
import { h, listen } from './dom.js';
import type { Store } from './state.js';

export function entityLink(id: string, label: string): HTMLAnchorElement {
  return h('a', { href: `?node=${encodeURIComponent(id)}`, 'data-node': id, class: 'entity-link' }, label);
}

export function evidenceList(evidence: readonly Evidence[], summary = `Evidence (${evidence.length})`): HTMLElement {
  if (evidence.length === 0) return h('span', { class: 'muted' }, 'no evidence recorded');
  return h(
    'details',
    { class: 'evidence' },
    h('summary', {}, summary),
    h(
      'ul',
      {},
      evidence.map((item) =>
        h(
          'li',
          {},
          h('q', {}, item.text),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'source-ref',
              'data-file': item.file,
              'data-line': String(item.line),
              'aria-expanded': 'false',
            },
            `${item.file}:${item.line}`,
          ),
          h('div', { class: 'source-slot' }),
        ),
      ),
    ),
  );
}

/** Handles entity links and source buttons inside `root`; returns the teardown. */
export function delegateLinks(root: HTMLElement, store: Store, api: Api): () => void {
  return listen(root, 'click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a[data-node]');
    if (link && root.contains(link)) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      store.set({ node: link.dataset.node!, panel: 'details', hovered: null, highlight: null }, 'push');
      return;
    }
    const button = event.target.closest<HTMLButtonElement>('button.source-ref');
    if (button && root.contains(button)) {
      const slot = button.nextElementSibling;
      if (!(slot instanceof HTMLElement)) return;
      const open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      if (open) slot.replaceChildren();
      else void showSource(slot, api, button.dataset.file!, Number(button.dataset.line));
    }
  });
}
