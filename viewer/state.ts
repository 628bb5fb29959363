/**
 * The viewer's one store. `ViewState` is what a link can share (it round-trips through the URL, see url.ts);
 * `Transient` is what lives only on this page (hover, highlights computed from API answers).
 */
import type { EntityKind, RelationType } from '../graph/types.js';

export const PANELS = ['details', 'path', 'compare', 'ask', 'list'] as const;
export type Panel = (typeof PANELS)[number];

export interface ViewState {
  /** The selected entity. */
  node: string | null;
  /** 0: the whole graph; 1 or 2: only the selection's neighbourhood at that depth. */
  focus: 0 | 1 | 2;
  hiddenTypes: RelationType[];
  hiddenKinds: EntityKind[];
  pathFrom: string | null;
  pathTo: string | null;
  pathTypes: RelationType[];
  compare: string[];
  question: string;
  panel: Panel;
  colorBy: 'kind' | 'community';
}

export interface Transient {
  hovered: string | null;
  /** Nodes and edges to emphasise (a path, the answers to a question), with everything else dimmed; null: none. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export type State = ViewState & Transient;

/** How a change enters the browser history: a new entry, a replaced one, or none (it came from the history). */
export type HistoryMode = 'push' | 'replace' | 'none';

export const INITIAL_VIEW: ViewState = {
  node: null,
  focus: 0,
  hiddenTypes: [],
  hiddenKinds: [],
  pathFrom: null,
  pathTo: null,
  pathTypes: [],
  compare: [],
  question: '',
  panel: 'details',
  colorBy: 'kind',
};

type Listener = (state: State, previous: State, mode: HistoryMode) => void;

export class Store {
  private state: State;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<State> = {}) {
    this.state = { ...INITIAL_VIEW, hovered: null, highlight: null, ...initial };
  }

  get(): State {
    return this.state;
  }

  /** Applies a change and tells every listener, unless nothing changed. */
  set(patch: Partial<State>, mode: HistoryMode = 'replace'): void {
    const previous = this.state;
    const next = { ...previous, ...patch };
    if (Object.keys(patch).every((key) => sameValue(previous[key as keyof State], next[key as keyof State]))) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener(next, previous, mode);
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Whether any of the named keys differ between two states. */
export function changed(state: State, previous: State, keys: (keyof State)[]): boolean {
  return keys.some((key) => !sameValue(state[key], previous[key]));
}
