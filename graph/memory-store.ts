/**
 * The default GraphStore: the whole graph in process, on graphology, with a minisearch index. A load builds the new
 * graph and index completely before swapping them in, so a refused load leaves the previous graph answering.
 */
import { cloneCuration, cloneDocument, cloneEdge, cloneNode } from './clone.js';
import { countCategories } from './categories.js';
import { compareEntities, comparedIds } from './compare.js';
import { relationsOf } from './entity-relations.js';
import { createInfraGraph } from './graph-model.js';
import type { EdgeAttributes, InfraGraph, NodeAttributes } from './graph-model.js';
import { readGraphFile } from './io.js';
import { neighbourhood } from './neighbourhood.js';
import { byId, compareCodeUnits } from './order.js';
import { neighbourDepth, searchLimit, typeFilter } from './query-options.js';
import { SearchIndex } from './search-index.js';
import { shortestPath } from './shortest-path.js';
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
import type { CurationRecord, DocumentInfo, GraphData } from './types.js';
import { graphProblems } from './validate.js';

interface Loaded {
  graph: InfraGraph;
  documents: DocumentInfo[];
  curation?: CurationRecord;
  index: SearchIndex;
  categories?: CategoryCount[];
  stats?: GraphStats;
}

export class MemoryStore implements GraphStore {
  readonly name = 'memory';
  private loaded: Loaded | null = build({ version: GRAPH_FORMAT_VERSION, documents: [], nodes: [], edges: [] });
  private changes = 0;

  /** Increments on every successful load and on close; a refused load changes nothing, so it stays. */
  get revision(): number {
    return this.changes;
  }

  /** A store holding the graph in `file`; the file's problems are GraphFileErrors (`file: what is wrong`). */
  static async fromFile(file: string): Promise<MemoryStore> {
    const store = new MemoryStore();
    store.replace(build(await readGraphFile(file))); // readGraphFile has validated it
    return store;
  }

  async load(graph: GraphData): Promise<void> {
    this.current();
    const problems = graphProblems(graph);
    if (problems.length > 0) {
      const rest = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
      throw new InvalidQueryError(`cannot load the graph: ${problems[0]}${rest}`);
    }
    this.replace(build(graph));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.current().index.search(query, searchLimit(options.limit), options.kind);
  }

  async entity(id: string): Promise<EntityWithRelations | null> {
    const { graph } = this.current();
    if (!graph.hasNode(id)) return null;
    return { ...cloneNode(graph.getNodeAttributes(id)), relations: relationsOf(graph, id) };
  }

  async neighbours(id: string, options: NeighbourOptions = {}): Promise<Subgraph | null> {
    const { graph } = this.current();
    if (!graph.hasNode(id)) return null;
    return neighbourhood(graph, id, neighbourDepth(options.depth), typeFilter(options.types));
  }

  async path(from: string, to: string, options: PathOptions = {}): Promise<GraphPath | null> {
    const { graph } = this.current();
    if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
    return shortestPath(graph, from, to, typeFilter(options.types));
  }

  async compare(ids: string[]): Promise<Comparison> {
    const { graph } = this.current();
    const wanted = comparedIds(ids);
    const unknown = wanted.find((id) => !graph.hasNode(id));
    if (unknown !== undefined) throw new UnknownEntityError(unknown);
    return compareEntities(
      wanted.map((id) => ({ ...cloneNode(graph.getNodeAttributes(id)), relations: relationsOf(graph, id) })),
    );
  }

  async categories(): Promise<CategoryCount[]> {
    const loaded = this.current();
    loaded.categories ??= countCategories(
      loaded.graph.mapNodes((_id, node) => node),
      loaded.graph.mapEdges((_id, edge) => edge),
    );
    return loaded.categories.map(({ category, count }) => ({ category, count }));
  }

  async stats(): Promise<GraphStats> {
    const loaded = this.current();
    loaded.stats ??= statsOf(loaded.graph);
    const { nodes, edges, nodesByKind, edgesByType } = loaded.stats;
    return { nodes, edges, nodesByKind: { ...nodesByKind }, edgesByType: { ...edgesByType } };
  }

  async export(): Promise<GraphData> {
    const { graph, documents, curation } = this.current();
    const exported: GraphData = {
      version: GRAPH_FORMAT_VERSION,
      documents: documents.map(cloneDocument).sort((a, b) => compareCodeUnits(a.file, b.file)),
      nodes: graph.mapNodes((_id, node) => cloneNode(node)).sort(byId),
      edges: graph.mapEdges((_id, edge) => cloneEdge(edge)).sort(byId),
    };
    if (curation) exported.curation = cloneCuration(curation);
    return exported;
  }

  async health(): Promise<boolean> {
    return this.loaded !== null;
  }

  async close(): Promise<void> {
    this.replace(null); // lets the graph and index be collected
  }

  private replace(loaded: Loaded | null): void {
    this.loaded = loaded;
    this.changes++;
  }

  private current(): Loaded {
    if (!this.loaded) throw new StoreUnavailableError('the memory store is closed');
    return this.loaded;
  }
}

// The casts only widen to graphology's index-signature attribute types; the objects are plain GraphNode/GraphEdge.
function build(data: GraphData): Loaded {
  const graph = createInfraGraph();
  for (const node of data.nodes) graph.addNode(node.id, cloneNode(node) as NodeAttributes);
  for (const edge of data.edges)
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, cloneEdge(edge) as EdgeAttributes);
  const index = new SearchIndex(
    graph.mapNodes((_id, node) => node),
    (id) => graph.getNodeAttributes(id),
  );
  const loaded: Loaded = { graph, documents: data.documents.map(cloneDocument), index };
  if (data.curation) loaded.curation = cloneCuration(data.curation);
  return loaded;
}

function statsOf(graph: InfraGraph): GraphStats {
  const nodesByKind: GraphStats['nodesByKind'] = {};
  const edgesByType: GraphStats['edgesByType'] = {};
  graph.forEachNode((_id, node) => {
    nodesByKind[node.kind] = (nodesByKind[node.kind] ?? 0) + 1;
  });
  graph.forEachEdge((_id, edge) => {
    edgesByType[edge.type] = (edgesByType[edge.type] ?? 0) + 1;
  });
  return { nodes: graph.order, edges: graph.size, nodesByKind, edgesByType };
}
