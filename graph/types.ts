/**
 * The graph contract: the single source of truth shared by ingest, the stores, the API and the viewer.
 * `graph/graph.schema.json` describes the same shape for tools outside TypeScript.
 */

export const GRAPH_FORMAT_VERSION = 1;

/** What an entity is. */
export const ENTITY_KINDS = [
  'technology', // a product, project or tool
  'standard', // an interface, specification or protocol (a networking interface, an image format, ...)
  'organisation',
  'language', // a programming language
  'category', // a kind of thing: "container runtime", "service mesh"
  'concept', // an idea a section is about
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * The closed, directed relation vocabulary. An edge reads "source TYPE target".
 * - IS_A: source is a kind of the category target.
 * - PART_OF: source is a component of target.
 * - USES: source uses target.
 * - BUILT_ON: source is built on / based on / runs on top of target.
 * - IMPLEMENTS: source implements the interface or standard target.
 * - DISTRIBUTION_OF: source is a distribution (packaging) of target.
 * - DEVELOPED_BY: source is developed, maintained or created by the organisation target.
 * - MANAGES: source manages, orchestrates or provisions target.
 * - SUPPORTS: source supports target as a provider, backend, plugin or target platform.
 * - ALTERNATIVE_TO: source and target serve the same purpose (symmetric).
 * - WRITTEN_IN: source is written in the programming language target.
 * - INTEGRATES_WITH: source and target work together (symmetric).
 */
export const RELATION_TYPES = [
  'IS_A',
  'PART_OF',
  'USES',
  'BUILT_ON',
  'IMPLEMENTS',
  'DISTRIBUTION_OF',
  'DEVELOPED_BY',
  'MANAGES',
  'SUPPORTS',
  'ALTERNATIVE_TO',
  'WRITTEN_IN',
  'INTEGRATES_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose direction carries no meaning. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['ALTERNATIVE_TO', 'INTEGRATES_WITH']);

/** A place in an ingested file; `file` is relative to the ingest root, `line` is 1-based. */
export interface SourceRef {
  file: string;
  line: number;
}

/** The sentence that supports an edge, trimmed, and where it stands. */
export interface Evidence extends SourceRef {
  text: string;
}

/** One section title of a document; `depth` is 1 for the document's top section. */
export interface SectionInfo {
  title: string;
  depth: number;
  line: number;
}

export interface DocumentInfo {
  file: string;
  sections: SectionInfo[];
}

export interface GraphNode {
  /** Stable readable id: the kebab slug of the canonical name. */
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  categories: string[];
  description: string;
  urls: string[];
  sources: SourceRef[];
  /** Layout position, when one has been computed. */
  x?: number;
  y?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** In (0, 1]. */
  confidence: number;
  evidence: Evidence[];
}

/** What a hand correction does (`infragraph ingest --curation FILE`). */
export const CURATION_ACTIONS = ['merge', 'rename', 'suppress', 'alias'] as const;
export type CurationActionName = (typeof CURATION_ACTIONS)[number];

/**
 * One correction as written in the curation file, at `line` of it. `names`: merge → the kept entity then the
 * merged ones; rename → the entity then its new label; suppress → the entity or edge; alias → the entity then its
 * new aliases.
 */
export interface CurationAction {
  action: CurationActionName;
  line: number;
  names: string[];
}

/** The curation applied to a graph after extraction, so a reader knows which facts were set by hand. */
export interface CurationRecord {
  file: string;
  actions: CurationAction[];
}

export interface GraphData {
  version: typeof GRAPH_FORMAT_VERSION;
  documents: DocumentInfo[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Present when a curation file was applied. */
  curation?: CurationRecord;
}
