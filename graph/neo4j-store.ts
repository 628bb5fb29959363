/**
 * The GraphStore on a Neo4j server (a local one, a cluster or Aura): the graph lives in the database, so several
 * API processes can share it. Queries are parameterised; the only identifiers written into Cypher are relation
 * types from the closed vocabulary (graph/neo4j/vocabulary.ts). Answers follow the same contract as MemoryStore,
 * checked by the same suite.
 */
import { countCategories } from './categories.js';
import { compareEntities, comparedIds } from './compare.js';
import { Neo4jConnection } from './neo4j/connection.js';
import type { Neo4jConnectOptions, Row } from './neo4j/connection.js';
import { entitiesWithRelations } from './neo4j/entities.js';
import { shortestEntityPath } from './neo4j/path.js';
import { documentFromProperties, edgeFromStored, nodeFromProperties } from './neo4j/properties.js';
import type { StoredEdge } from './neo4j/properties.js';
import { EDGE_FIELDS } from './neo4j/queries.js';
import { searchEntities } from './neo4j/search.js';
import { graphStats } from './neo4j/stats.js';
import { typePattern } from './neo4j/vocabulary.js';
import { replaceGraph } from './neo4j/write.js';
import { byId, compareCodeUnits } from './order.js';
import { neighbourDepth, searchLimit, typeFilter } from './query-options.js';
import { InvalidQueryError, StoreUnavailableError, UnknownEntityError } from './store.js';
import type {
  CategoryCount,
  Comparison,
  EntityWithRelations,
  GraphPath,
  GraphStats,
  GraphStore,
  NeighbourOptions,
  PathOptions,
  SearchHit,
  SearchOptions,
  Subgraph,
} from './store.js';
import { GRAPH_FORMAT_VERSION } from './types.js';
import type { EntityKind, GraphData, GraphEdge, GraphNode } from './types.js';
import { graphProblems } from './validate.js';

export type { Neo4jConnectOptions } from './neo4j/connection.js';

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  private closed = false;

  private constructor(private readonly connection: Neo4jConnection) {}

  /** Connects and verifies the server answers; a StoreUnavailableError names the address when it does not. */
  static async connect(options: Neo4jConnectOptions): Promise<Neo4jStore> {
    return new Neo4jStore(await Neo4jConnection.open(options));
  }

  /** The server's address without credentials, for messages. */
  get address(): string {
    return this.connection.address;
  }

  async load(graph: GraphData): Promise<void> {
    const connection = this.current();
    const problems = graphProblems(graph);
    if (problems.length > 0) {
      const rest = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
      throw new InvalidQueryError(`cannot load the graph: ${problems[0]}${rest}`);
    }
    await replaceGraph(connection, graph);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return searchEntities(this.current(), query, searchLimit(options.limit), options.kind);
  }

  async entity(id: string): Promise<EntityWithRelations | null> {
    return (await entitiesWithRelations(this.current(), [id])).get(id) ?? null;
  }

  async neighbours(id: string, options: NeighbourOptions = {}): Promise<Subgraph | null> {
    const connection = this.current();
    const [start] = await connection.read('MATCH (s:Entity {id: $id}) RETURN s {.*} AS node', { id });
    if (!start) return null;
    const nodes = new Map<string, GraphNode>([[id, nodeFromProperties(start.node as Row)]]);
    const types = typePattern(typeFilter(options.types));
    if (types === null) return { nodes: [...nodes.values()], edges: [] };
    // The depth is a clamped integer, not input text; Cypher takes no parameter for a variable length's bounds.
    const reached = await connection.read(
      `MATCH (s:Entity {id: $id})-[${types}*1..${neighbourDepth(options.depth)}]-(n:Entity)
       RETURN DISTINCT n`,
      { id },
    );
    for (const row of reached) {
      const node = nodeFromProperties((row.n as { properties: Row }).properties);
      nodes.set(node.id, node);
    }
    const out = await connection.read(
      `UNWIND $ids AS source
       MATCH (:Entity {id: source})-[r${types}]->(:Entity)
       RETURN ${EDGE_FIELDS} AS edge`,
      { ids: [...nodes.keys()] },
    );
    const edges = out
      .map((row) => edgeFromStored(row.edge as StoredEdge))
      .filter((edge) => nodes.has(edge.target))
      .sort(byId);
    return { nodes: [...nodes.values()].sort(byId), edges };
  }

  async path(from: string, to: string, options: PathOptions = {}): Promise<GraphPath | null> {
    const connection = this.current();
    const types = typePattern(typeFilter(options.types));
    if (types === null) {
      // No edge can be followed; only the trivial path remains.
      if (from !== to) return null;
      return shortestEntityPath(connection, from, to, '');
    }
    return shortestEntityPath(connection, from, to, types);
  }

  async compare(ids: string[]): Promise<Comparison> {
    const wanted = comparedIds(ids);
    const found = await entitiesWithRelations(this.current(), wanted);
    const entities = wanted.map((id) => {
      const entity = found.get(id);
      if (!entity) throw new UnknownEntityError(id);
      return entity;
    });
    return compareEntities(entities);
  }

  async categories(): Promise<CategoryCount[]> {
    const connection = this.current();
    const nodeRows = await connection.read(
      'MATCH (n:Entity) RETURN n.id AS id, n.label AS label, n.kind AS kind, n.categories AS categories',
    );
    const isARows = await connection.read(
      `MATCH (a:Entity)-[:IS_A]->(b:Entity {kind: 'category'}) RETURN a.id AS source, b.id AS target`,
    );
    // countCategories reads only ids, labels, kinds, categories and IS_A ends; the other fields stay empty.
    const nodes = nodeRows.map((row): GraphNode => ({
      id: String(row.id),
      label: String(row.label),
      kind: row.kind as EntityKind,
      aliases: [],
      categories: (row.categories as string[]).map(String),
      description: '',
      urls: [],
      sources: [],
    }));
    const edges = isARows.map((row): GraphEdge => ({
      id: '',
      source: String(row.source),
      target: String(row.target),
      type: 'IS_A',
      confidence: 1,
      evidence: [],
    }));
    return countCategories(nodes, edges);
  }

  async stats(): Promise<GraphStats> {
    return graphStats(this.current());
  }

  async export(): Promise<GraphData> {
    const connection = this.current();
    const documents = await connection.read('MATCH (d:Document) RETURN d {.*} AS document');
    const nodes = await connection.read('MATCH (n:Entity) RETURN n {.*} AS node');
    const edges = await connection.read(`MATCH (:Entity)-[r]->(:Entity) RETURN ${EDGE_FIELDS} AS edge`);
    return {
      version: GRAPH_FORMAT_VERSION,
      documents: documents
        .map((row) => documentFromProperties(row.document as Row))
        .sort((a, b) => compareCodeUnits(a.file, b.file)),
      nodes: nodes.map((row) => nodeFromProperties(row.node as Row)).sort(byId),
      edges: edges.map((row) => edgeFromStored(row.edge as StoredEdge)).sort(byId),
    };
  }

  async health(): Promise<boolean> {
    if (this.closed) return false;
    return this.connection.healthy();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }

  private current(): Neo4jConnection {
    if (this.closed) throw new StoreUnavailableError('the Neo4j store is closed');
    return this.connection;
  }
}
