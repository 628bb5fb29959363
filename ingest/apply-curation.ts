/**
 * Applies a curation (see ./curation.ts) to a graph: a new graph, the input untouched, the same output for the same
 * input. Edges follow their entities through merges and renames; edges that become one (same ends and type,
 * symmetric relations in either direction) keep all their evidence, and a merge's edges between the merged entities
 * disappear rather than loop.
 */
import type { CurationAction, GraphData, GraphEdge, GraphNode } from '../graph/types.js';
import type { Curation } from './curation.js';
import { InputError } from './errors.js';
import { nameKey, slug } from './extract/names.js';
import { compareCodePoints } from './order.js';
import { edgeEnds } from './resolve.js';

export function applyCuration(graph: GraphData, curation: Curation): GraphData {
  const state: State = {
    nodes: new Map(graph.nodes.map((node) => [node.id, copyNode(node)])),
    edges: graph.edges.map(copyEdge),
  };
  for (const action of curation.actions) {
    const problem = (reason: string) => new InputError(curation.file, reason, action.line);
    APPLY[action.action](state, action, problem);
  }
  const byId = (a: { id: string }, b: { id: string }) => compareCodePoints(a.id, b.id);
  return {
    version: graph.version,
    documents: graph.documents.map((d) => ({ file: d.file, sections: d.sections.map((s) => ({ ...s })) })),
    nodes: [...state.nodes.values()].sort(byId),
    edges: [...state.edges].sort(byId),
    curation: {
      file: curation.file,
      actions: curation.actions.map(({ action, line, names }) => ({ action, line, names: [...names] })),
    },
  };
}

interface State {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
}
type Problem = (reason: string) => InputError;

const APPLY: Record<CurationAction['action'], (state: State, action: CurationAction, problem: Problem) => void> = {
  merge(state, { names }, problem) {
    const kept = entityNamed(state, names[0], problem);
    const merged = names
      .slice(1)
      .map((name) => entityNamed(state, name, problem))
      .filter((node, index, all) => node !== kept && all.indexOf(node) === index); // already one: nothing to do
    for (const other of merged) {
      kept.aliases = [...kept.aliases, other.label, ...other.aliases];
      kept.categories = [...kept.categories, ...other.categories];
      kept.urls = [...kept.urls, ...other.urls];
      kept.sources = [...kept.sources, ...other.sources];
      if (kept.description === '') kept.description = other.description;
      if (other.kind === 'category') renameCategory(state, other, kept.label);
      state.nodes.delete(other.id);
    }
    tidy(kept);
    rewire(state, new Map(merged.map((other) => [other.id, kept.id])));
  },

  rename(state, { names: [name, label] }, problem) {
    const node = entityNamed(state, name, problem);
    const id = slug(label);
    const holder = state.nodes.get(id);
    if (holder && holder !== node) {
      throw problem(`renaming '${name}' to '${label}' gives the id '${id}' of '${holder.label}': merge them instead`);
    }
    if (node.kind === 'category') renameCategory(state, node, label);
    state.nodes.delete(node.id);
    const oldId = node.id;
    node.aliases = [...node.aliases, node.label];
    Object.assign(node, { id, label });
    tidy(node);
    state.nodes.set(id, node);
    rewire(state, new Map([[oldId, id]]));
  },

  suppress(state, { names: [name] }, problem) {
    const edgeCount = state.edges.length;
    state.edges = state.edges.filter((edge) => edge.id !== name);
    if (state.edges.length < edgeCount) return;
    const node = findEntity(state, name, problem);
    if (!node) throw problem(`'${name}' names no entity (by id or label) and no edge (by id)`);
    if (node.kind === 'category') renameCategory(state, node, null);
    state.nodes.delete(node.id);
    state.edges = state.edges.filter((edge) => edge.source !== node.id && edge.target !== node.id);
  },

  alias(state, { names: [name, ...aliases] }, problem) {
    const node = entityNamed(state, name, problem);
    node.aliases = [...node.aliases, ...aliases];
    tidy(node);
  },
};

function entityNamed(state: State, name: string, problem: Problem): GraphNode {
  const node = findEntity(state, name, problem);
  if (!node) throw problem(`'${name}' names no entity (by id or label)`);
  return node;
}

/** By id, else by label ignoring case; a label several entities share must be given as an id. */
function findEntity(state: State, name: string, problem: Problem): GraphNode | undefined {
  const byId = state.nodes.get(name);
  if (byId) return byId;
  const lower = name.toLowerCase();
  const labelled = [...state.nodes.values()].filter((node) => node.label.toLowerCase() === lower);
  if (labelled.length > 1) {
    const ids = labelled.map((node) => node.id).sort(compareCodePoints);
    throw problem(`'${name}' is the label of ${ids.join(', ')}: name one by id`);
  }
  return labelled[0];
}

/** A category's name, as nodes list it in `categories`, changes (or goes, for null) with the category. */
function renameCategory(state: State, category: GraphNode, label: string | null): void {
  const keys = new Set([category.label, ...category.aliases].map(nameKey));
  for (const node of state.nodes.values()) {
    if (!node.categories.some((name) => keys.has(nameKey(name)))) continue;
    const others = node.categories.filter((name) => !keys.has(nameKey(name)));
    node.categories = label === null ? others : [...others, label];
    tidy(node);
  }
}

/** Sorted, without repeats, and no entity its own alias or category. */
function tidy(node: GraphNode): void {
  const unique = (values: string[]) => [...new Set(values)].sort(compareCodePoints);
  node.aliases = unique(node.aliases).filter((alias) => alias !== node.label);
  node.categories = unique(node.categories).filter((name) => nameKey(name) !== nameKey(node.label));
  node.urls = unique(node.urls);
  const sources = new Map(node.sources.map((s) => [`${s.file}:${s.line}`, s]));
  node.sources = [...sources.values()].sort((x, y) => compareCodePoints(x.file, y.file) || x.line - y.line);
}

/** Moves edges to renamed or merged ends; edges that become one are merged, edges that would loop go. */
function rewire(state: State, moved: ReadonlyMap<string, string>): void {
  if (moved.size === 0) return;
  const edges = new Map<string, GraphEdge>();
  for (const edge of state.edges) {
    const [from, to] = [moved.get(edge.source) ?? edge.source, moved.get(edge.target) ?? edge.target];
    if (from === to) continue;
    const ends = edgeEnds(from, edge.type, to);
    const same = edges.get(ends.id);
    edges.set(ends.id, same ? mergeEdges(same, edge) : { ...edge, ...ends });
  }
  state.edges = [...edges.values()];
}

/** As resolve combines the relations behind an edge: each one independently could be right. */
function mergeEdges(edge: GraphEdge, other: GraphEdge): GraphEdge {
  const evidence = new Map([...edge.evidence, ...other.evidence].map((e) => [`${e.file}:${e.line}`, e]));
  return {
    ...edge,
    confidence: Math.round((1 - (1 - edge.confidence) * (1 - other.confidence)) * 1000) / 1000,
    evidence: [...evidence.values()].sort((x, y) => compareCodePoints(x.file, y.file) || x.line - y.line),
  };
}

function copyNode(node: GraphNode): GraphNode {
  return {
    ...node,
    aliases: [...node.aliases],
    categories: [...node.categories],
    urls: [...node.urls],
    sources: node.sources.map((s) => ({ ...s })),
  };
}

function copyEdge(edge: GraphEdge): GraphEdge {
  return { ...edge, evidence: edge.evidence.map((e) => ({ ...e })) };
}
