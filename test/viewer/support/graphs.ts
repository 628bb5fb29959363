/**
 * Graphs for the viewer's end-to-end tests and benchmark: the hand-labelled seed (test/fixtures/labels, so tests do
 * not depend on the extraction stage of the day) and synthetic graphs of a chosen size.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { layoutGraph, mulberry32 } from '../../../graph/layout.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../graph/types.js';
import type { EntityKind, GraphData, GraphEdge, GraphNode, RelationType } from '../../../graph/types.js';

interface LabelEntity {
  label: string;
  aliases: string[];
  kind: EntityKind;
  categories: string[];
  line: number;
}
interface LabelRelation {
  source: string;
  target: string;
  type: RelationType;
  line: number;
  text: string;
}
interface LabelFile {
  entities: LabelEntity[];
  relations: LabelRelation[];
}

const SEED_FILE = 'cloud-infrastructure-technologies.rst';

export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The seed's labels as a graph in the ingest schema (evidence points into data/), laid out. */
export function labelledSeedGraph(): GraphData {
  const files = ['seed-part1.json', 'seed-part2.json'].map(
    (name) =>
      JSON.parse(
        readFileSync(fileURLToPath(new URL(`../../fixtures/labels/${name}`, import.meta.url)), 'utf8'),
      ) as LabelFile,
  );
  const nodes = new Map<string, GraphNode>();
  const byName = new Map<string, string>();
  for (const entity of files.flatMap((file) => file.entities)) {
    const id = slug(entity.label);
    if (nodes.has(id)) continue;
    nodes.set(id, {
      id,
      label: entity.label,
      kind: entity.kind,
      aliases: entity.aliases,
      categories: entity.categories,
      description: '',
      urls: [],
      sources: [{ file: SEED_FILE, line: entity.line }],
    });
    for (const name of [entity.label, ...entity.aliases])
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), id);
  }
  const edges = new Map<string, GraphEdge>();
  for (const relation of files.flatMap((file) => file.relations)) {
    const source = byName.get(relation.source.toLowerCase());
    const target = byName.get(relation.target.toLowerCase());
    if (!source || !target) continue;
    const id = `${source}--${relation.type.toLowerCase().replace(/_/g, '-')}--${target}`;
    const edge = edges.get(id) ?? { id, source, target, type: relation.type, confidence: 0.9, evidence: [] };
    if (!edge.evidence.some((evidence) => evidence.line === relation.line))
      edge.evidence.push({ file: SEED_FILE, line: relation.line, text: relation.text });
    edges.set(id, edge);
  }
  const sortById = <T extends { id: string }>(items: T[]) => items.sort((a, b) => (a.id < b.id ? -1 : 1));
  return layoutGraph({
    version: 1,
    documents: [{ file: SEED_FILE, sections: [] }],
    nodes: sortById([...nodes.values()]),
    edges: sortById([...edges.values()]),
  });
}

/** A random graph with `nodeCount` nodes and about `edgeCount` edges, preferential so it has hubs; seeded. */
export function syntheticGraph(nodeCount: number, edgeCount: number, withLayout = true, seed = 7): GraphData {
  const random = mulberry32(seed);
  const nodes: GraphNode[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const id = `tech-${index}`;
    nodes.push({
      id,
      label: `Tech ${index}`,
      kind: ENTITY_KINDS[index % ENTITY_KINDS.length]!,
      aliases: [`t${index}`],
      categories: [`group ${index % 17}`],
      description: `Synthetic technology number ${index}.`,
      urls: [],
      sources: [{ file: 'synthetic.rst', line: index + 1 }],
    });
  }
  const edges = new Map<string, GraphEdge>();
  const ends: number[] = [];
  for (let attempt = 0; edges.size < edgeCount && attempt < edgeCount * 3; attempt++) {
    const source = Math.floor(random() * nodeCount);
    const target =
      ends.length > 0 && random() < 0.5 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * nodeCount);
    if (source === target) continue;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const id = `e-${source}-${type}-${target}`;
    if (edges.has(id)) continue;
    ends.push(source, target);
    edges.set(id, {
      id,
      source: `tech-${source}`,
      target: `tech-${target}`,
      type,
      confidence: 0.5,
      evidence: [{ file: 'synthetic.rst', line: source + 1, text: `Tech ${source} relates to Tech ${target}.` }],
    });
  }
  const data: GraphData = {
    version: 1,
    documents: [{ file: 'synthetic.rst', sections: [] }],
    nodes,
    edges: [...edges.values()],
  };
  return withLayout ? withRandomPositions(data, seed) : data;
}

/** Cheap seeded positions for big synthetic graphs (a real layout of 20k nodes takes longer than the benchmark). */
function withRandomPositions(data: GraphData, seed: number): GraphData {
  const random = mulberry32(seed + 1);
  const spread = Math.sqrt(data.nodes.length) * 20;
  return { ...data, nodes: data.nodes.map((node) => ({ ...node, x: random() * spread, y: random() * spread })) };
}
