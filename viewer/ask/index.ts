/**
 * Ask: a question box calling /api/ask; shows how the question was read (the interpretation), the answers as a
 * list with their evidence, and highlights them in the graph. Unreadable questions show the API's suggestions.
 */
import type { Api, AskResult } from '../api.js';
import { suggestionsOf } from '../api.js';
import { h, listen, replaceChildren, Teardown } from '../dom.js';
import { delegateLinks, entityLink, evidenceList } from '../links.js';
import type { GraphLookup } from '../lookup.js';
import { changed } from '../state.js';
import type { Store } from '../state.js';

export function mountAsk(section: HTMLElement, api: Api, store: Store, lookup: GraphLookup): () => void {
  const teardown = new Teardown();
  const input = h('input', {
    type: 'text',
    'aria-label': 'Ask a question',
    placeholder: 'What implements CNI?',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { class: 'ask-form', role: 'search', 'aria-label': 'Ask' },
    input,
    h('button', { type: 'submit' }, 'Ask'),
  );
  const output = h('div', { class: 'ask-output', 'aria-live': 'polite' });
  replaceChildren(section, h('h2', {}, 'Ask'), form, output);
  let lastHighlight: { nodes: Set<string>; edges: Set<string> } | null = null;
  let sequence = 0;

  async function run(): Promise<void> {
    const question = store.get().question;
    input.value = question;
    const mine = ++sequence;
    lastHighlight = null;
    if (!question) {
      replaceChildren(
        output,
        h(
          'p',
          { class: 'muted' },
          'Ask things like “what implements CNI”, “what does Istio use” or “compare Docker and Podman”.',
        ),
      );
      return applyHighlight();
    }
    replaceChildren(output, h('p', { class: 'muted' }, 'Thinking…'));
    const result = await api.ask(question);
    if (mine !== sequence) return;
    if (!result.ok) {
      const suggestions = suggestionsOf(result);
      replaceChildren(
        output,
        h(
          'p',
          { class: result.status === 422 ? 'empty' : 'error', role: 'alert' },
          result.status === 422 ? `Cannot answer this: ${result.message}` : `The question failed: ${result.message}`,
        ),
        suggestions.length > 0 ? h('p', {}, 'Did you mean: ', suggestions.join(', '), '?') : null,
      );
      return applyHighlight();
    }
    const answerIds = result.value.answers.map((answer) => answer.id);
    const edges = result.value.answers.flatMap((answer) => answer.edges ?? []);
    const named = resolvedIds(result.value.interpretation);
    lastHighlight = { nodes: new Set([...answerIds, ...named].filter(lookup.has)), edges: new Set(edges) };
    render(result.value);
    applyHighlight();
  }

  function render(result: AskResult): void {
    replaceChildren(
      output,
      h('h3', {}, 'Interpretation'),
      h(
        'dl',
        { class: 'facts interpretation' },
        Object.entries(result.interpretation ?? {}).map(([key, value]) => [
          h('dt', {}, key),
          h('dd', {}, describe(value)),
        ]),
      ),
      result.description
        ? h(
            'p',
            { class: 'description' },
            entityLink(result.description.id, result.description.label),
            `: ${result.description.description || result.description.categories.join(', ') || result.description.kind}`,
          )
        : null,
      result.explanation && result.explanation.length > 0
        ? h(
            'ol',
            { class: 'explanation' },
            result.explanation.map((sentence) => h('li', {}, sentence)),
          )
        : null,
      result.comparison
        ? h(
            'p',
            {},
            h(
              'a',
              {
                href: `?compare=${result.comparison.entities.map((entity) => encodeURIComponent(entity.id)).join(',')}`,
                'data-compare': result.comparison.entities.map((entity) => entity.id).join(','),
              },
              'Open this comparison side by side',
            ),
          )
        : null,
      h('h3', {}, `Answers (${result.answers.length})`),
      result.answers.length === 0
        ? h('p', { class: 'empty' }, 'No answers in this graph.')
        : h(
            'ol',
            { class: 'answers' },
            result.answers.map((answer) => {
              const evidence = answer.evidence ?? [];
              return h(
                'li',
                {},
                entityLink(answer.id, answer.label),
                ' ',
                h('span', { class: `kind kind-${answer.kind}` }, answer.kind),
                evidenceList(evidence),
              );
            }),
          ),
    );
  }

  function applyHighlight(): void {
    if (store.get().panel === 'ask') store.set({ highlight: lastHighlight }, 'none');
  }

  teardown.add(
    listen(form, 'submit', (event) => {
      event.preventDefault();
      const question = input.value.trim().replace(/\s+/g, ' ');
      const unchanged = question === store.get().question;
      store.set({ question, panel: 'ask' }, 'push');
      if (unchanged) void run();
    }),
    delegateLinks(output, store, api),
    listen(output, 'click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-compare]') : null;
      if (!link) return;
      event.preventDefault();
      store.set({ compare: link.dataset.compare!.split(','), panel: 'compare' }, 'push');
    }),
    store.subscribe((state, previous) => {
      if (changed(state, previous, ['question'])) void run();
      else if (state.panel === 'ask' && previous.panel !== 'ask') applyHighlight();
    }),
    () => section.replaceChildren(),
  );
  void run();
  return () => {
    sequence++;
    teardown.run();
  };
}

/** Ids of the entities the question named, from the interpretation. */
function resolvedIds(interpretation: Record<string, unknown>): string[] {
  const entities = Array.isArray(interpretation.entities) ? (interpretation.entities as unknown[]) : [];
  return entities.flatMap((entity) =>
    typeof (entity as { id?: unknown })?.id === 'string' ? [(entity as { id: string }).id] : [],
  );
}

/** An interpretation value as text: entities by label, lists joined, other objects as compact JSON. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(describe).join(', ') || '—';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.label === 'string') return record.label;
    return JSON.stringify(value);
  }
  return String(value);
}
