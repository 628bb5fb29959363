/**
 * ViewState ⇄ URL query. Parsing is lenient (unknown values are dropped, never thrown) because links are typed by
 * people; writing leaves defaults out so links stay short.
 */
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import type { EntityKind, RelationType } from '../graph/types.js';
import { INITIAL_VIEW, PANELS } from './state.js';
import type { Panel, ViewState } from './state.js';

const MAX_COMPARE = 4;

export function parseViewState(search: string): ViewState {
  const query = new URLSearchParams(search);
  const text = (name: string): string | null => {
    const value = query.get(name)?.trim();
    return value ? value : null;
  };
  const list = (name: string): string[] =>
    (query.get(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  const focus = Number(query.get('focus'));
  const panel = text('panel');
  const compare = [...new Set(list('compare'))].slice(0, MAX_COMPARE);
  const question = text('q') ?? '';
  return {
    node: text('node'),
    focus: focus === 1 || focus === 2 ? focus : 0,
    hiddenTypes: list('hide').filter(isRelationType),
    hiddenKinds: list('hideKinds').filter(isEntityKind),
    pathFrom: text('from'),
    pathTo: text('to'),
    pathTypes: list('types').filter(isRelationType),
    compare,
    question,
    panel: isPanel(panel) ? panel : impliedPanel(text('from') ?? text('to'), compare, question),
    colorBy: query.get('color') === 'community' ? 'community' : 'kind',
  };
}

/** The query string (with its `?`, or '' for the initial view) that reproduces a view. */
export function formatViewState(view: ViewState): string {
  const query = new URLSearchParams();
  if (view.node) query.set('node', view.node);
  if (view.focus !== 0) query.set('focus', String(view.focus));
  if (view.hiddenTypes.length > 0) query.set('hide', view.hiddenTypes.join(','));
  if (view.hiddenKinds.length > 0) query.set('hideKinds', view.hiddenKinds.join(','));
  if (view.pathFrom) query.set('from', view.pathFrom);
  if (view.pathTo) query.set('to', view.pathTo);
  if (view.pathTypes.length > 0) query.set('types', view.pathTypes.join(','));
  if (view.compare.length > 0) query.set('compare', view.compare.join(','));
  if (view.question) query.set('q', view.question);
  if (view.panel !== impliedPanel(view.pathFrom ?? view.pathTo, view.compare, view.question))
    query.set('panel', view.panel);
  if (view.colorBy !== 'kind') query.set('color', view.colorBy);
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export function viewOf(state: ViewState): ViewState {
  const view = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(INITIAL_VIEW) as (keyof ViewState)[]) view[key] = state[key];
  return view as ViewState;
}

/** The panel a link opens when it names none: the feature its parameters belong to. */
function impliedPanel(pathEnd: string | null, compare: string[], question: string): Panel {
  if (question) return 'ask';
  if (compare.length > 0) return 'compare';
  if (pathEnd) return 'path';
  return 'details';
}

function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

function isPanel(value: string | null): value is Panel {
  return value !== null && (PANELS as readonly string[]).includes(value);
}
