/**
 * The one interface everything above the graph uses: the API, `infragraph ask`, the CLI. Two implementations share
 * one contract test suite: MemoryStore (graphology in process, the default) and Neo4jStore.
 */
import type { EntityKind, Evidence, GraphData, GraphEdge, GraphNode, RelationType } from './types.js';

export interface SearchOptions {
  /** Default 10, at most 100. */
  limit?: number;
  kind?: EntityKind;
}

export interface SearchHit {
  id: string;
  label: string;
  kind: EntityKind;
  categories: string[];
  score: number;
}

/** One relation seen from an entity: `out` when the entity is the edge's source. */
export interface EntityRelation {
  type: RelationType;
  direction: 'out' | 'in';
  edgeId: string;
  other: { id: string; label: string; kind: EntityKind };
  confidence: number;
  evidence: Evidence[];
}

export interface EntityWithRelations extends GraphNode {
  relations: EntityRelation[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface NeighbourOptions {
  /** 1 to 3; default 1. */
  depth?: number;
  /** Only edges of these types; all when empty or absent. */
  types?: RelationType[];
}

export interface PathOptions {
  types?: RelationType[];
}

/** A shortest path, ignoring edge direction; `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Per relation type and direction, the neighbours of each compared entity, and which are shared. */
export interface Comparison {
  entities: GraphNode[];
  /** Keyed by `${type}:${direction}`: neighbour ids that every compared entity has. */
  shared: Record<string, string[]>;
  /** Keyed by entity id, then `${type}:${direction}`: the neighbours only that entity has. */
  distinct: Record<string, Record<string, string[]>>;
  /** The edges behind every neighbour listed, for evidence. */
  edges: GraphEdge[];
}

export interface CategoryCount {
  category: string;
  count: number;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByKind: Partial<Record<EntityKind, number>>;
  edgesByType: Partial<Record<RelationType, number>>;
}

export interface GraphStore {
  /** 'memory' or 'neo4j'. */
  readonly name: string;
  /**
   * A number that changes whenever this instance's answers may change (every load, replace or close), so callers
   * may cache answers for as long as it stays the same. Absent when the store cannot tell, such as a database that
   * other processes write to: nothing may cache that store's answers.
   */
  readonly revision?: number;
  /** Replaces the whole graph. */
  load(graph: GraphData): Promise<void>;
  /**
   * Label (boosted), aliases, categories and description, with prefix and fuzzy (0.2) matching; a blank query
   * gives []. Ranking, which every store keeps: a label equal to the query (ignoring case, spaces and hyphens)
   * scores 3, an alias equal to it 2, every other hit in (0, 1] relative to the best of them; hits are sorted by
   * score (descending), then label, then id (UTF-16 code unit order). `limit` is clamped to 1..100.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * null when there is no such entity. Relations are sorted by type, direction, other label, edge id (code unit
   * order); a self-loop appears once, as `out`.
   */
  entity(id: string): Promise<EntityWithRelations | null>;
  /**
   * null when there is no such entity. The entities within `depth` steps (either direction, allowed types only; depth
   * clamped to 1..3), the start included, and every allowed edge between two of them; both sorted by id.
   */
  neighbours(id: string, options?: NeighbourOptions): Promise<Subgraph | null>;
  /**
   * null when there is no path (or either end is unknown); from === to gives that one node. Among the shortest
   * paths, the one whose node id sequence is smallest (code unit order, compared element by element); between two
   * adjacent nodes, the allowed edge with the smallest id.
   */
  path(from: string, to: string, options?: PathOptions): Promise<GraphPath | null>;
  /**
   * 2 to 4 distinct ids, else an InvalidQueryError; unknown ids are reported by throwing an UnknownEntityError.
   * Symmetric relation types always count as `out`; lists are sorted, empty lists and keys left out.
   */
  compare(ids: string[]): Promise<Comparison>;
  /**
   * Each category name (merged ignoring case; spelled as its category-kind node, else its smallest spelling) with
   * the number of entities that list it in `categories` or have an IS_A edge to the category-kind node of that
   * name; category-kind nodes without members count 0. Sorted by count (descending), then name.
   */
  categories(): Promise<CategoryCount[]>;
  /** Kinds and types that occur, with their counts (no zeros). */
  stats(): Promise<GraphStats>;
  /** The whole graph in the ingest schema, as loaded: documents sorted by file, nodes and edges by id. */
  export(): Promise<GraphData>;
  /** Whether the backing store answers (Neo4j may be down). */
  health(): Promise<boolean>;
  close(): Promise<void>;
}

/** A query named an entity that the graph does not hold. */
export class UnknownEntityError extends Error {
  constructor(readonly id: string) {
    super(`unknown entity: ${id}`);
    this.name = 'UnknownEntityError';
  }
}

/** A query that cannot be answered as asked, such as a comparison of one entity. */
export class InvalidQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidQueryError';
  }
}

/** The backing store cannot be reached. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
