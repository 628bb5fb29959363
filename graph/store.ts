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
  /** Replaces the whole graph. */
  load(graph: GraphData): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** null when there is no such entity. */
  entity(id: string): Promise<EntityWithRelations | null>;
  /** null when there is no such entity. */
  neighbours(id: string, options?: NeighbourOptions): Promise<Subgraph | null>;
  /** null when there is no path (or either end is unknown). */
  path(from: string, to: string, options?: PathOptions): Promise<GraphPath | null>;
  /** Unknown ids are reported by throwing an UnknownEntityError. */
  compare(ids: string[]): Promise<Comparison>;
  categories(): Promise<CategoryCount[]>;
  stats(): Promise<GraphStats>;
  /** The whole graph in the ingest schema. */
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

/** The backing store cannot be reached. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
