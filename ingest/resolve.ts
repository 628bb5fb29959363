/**
 * Mentions + relation candidates → graph nodes and edges. Mentions whose texts share a name key (they differ only in
 * case, spaces, hyphens, dots or underscores) name one entity; everything is ordered so the same input gives the
 * same graph.
 */
import { ENTITY_KINDS, SYMMETRIC_RELATIONS } from '../graph/types.js';
import type { EntityKind, Evidence, GraphEdge, GraphNode, SourceRef } from '../graph/types.js';
import { nameKey, slug } from './extract/names.js';
import { compareCodePoints } from './order.js';
import type { IngestWarning, Mention, RelationCandidate } from './types.js';

/** When mentions of one entity suggest different kinds, the most specific wins. */
const KIND_PRIORITY: readonly EntityKind[] = [
  'organisation',
  'standard',
  'language',
  'technology',
  'category',
  'concept',
];

export interface ResolveResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  warnings: IngestWarning[];
}

export function resolveEntities(mentions: readonly Mention[], candidates: readonly RelationCandidate[]): ResolveResult {
  const groups = groupMentions(mentions);
  const idByKey = assignIds(groups);
  const nodes = [...groups].map(([key, group]) => buildNode(idByKey.get(key)!, group));
  nodes.sort((a, b) => compareCodePoints(a.id, b.id));
  const { edges, warnings } = buildEdges(candidates, idByKey);
  return { nodes, edges, warnings };
}

function compareMentions(a: Mention, b: Mention): number {
  return compareCodePoints(a.file, b.file) || a.line - b.line || compareCodePoints(a.text, b.text);
}

function groupMentions(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const mention of [...mentions].sort(compareMentions)) {
    const key = nameKey(mention.text);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return groups;
}

/** Slugs of different keys can collide ("C++" and "C plus plus" do); later keys in code-point order get -2, -3, .... */
function assignIds(groups: Map<string, Mention[]>): Map<string, string> {
  const idByKey = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of [...groups.keys()].sort(compareCodePoints)) {
    const base = slug(canonicalLabel(groups.get(key)!));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    idByKey.set(key, id);
  }
  return idByKey;
}

/** The most frequent surface form; on a tie, the one written first. */
function canonicalLabel(group: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of group) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  let best = group[0]!.text;
  for (const [text, count] of counts) if (count > counts.get(best)!) best = text;
  return best;
}

function buildNode(id: string, group: readonly Mention[]): GraphNode {
  const label = canonicalLabel(group);
  const hints = new Set(group.map((mention) => mention.kindHint));
  const kind = KIND_PRIORITY.find((candidate) => hints.has(candidate)) ?? ENTITY_KINDS[0];
  const aliases = unique(group.map((mention) => mention.text).filter((text) => text !== label)).sort(compareCodePoints);
  const urls = unique(group.flatMap((mention) => (mention.url === undefined ? [] : [mention.url])));
  const sources = uniqueBy(
    group.map(({ file, line }): SourceRef => ({ file, line })),
    (source) => `${source.file}:${source.line}`,
  );
  return { id, label, kind, aliases, categories: [], description: '', urls, sources };
}

function buildEdges(candidates: readonly RelationCandidate[], idByKey: Map<string, string>) {
  const warnings: IngestWarning[] = [];
  const merged = new Map<string, { edge: GraphEdge; confidences: number[] }>();
  for (const candidate of candidates) {
    let source = idByKey.get(nameKey(candidate.source));
    let target = idByKey.get(nameKey(candidate.target));
    const { file, line } = candidate.evidence;
    if (source === undefined || target === undefined) {
      const missing = source === undefined ? candidate.source : candidate.target;
      warnings.push({ file, line, message: `relation ${candidate.type} names "${missing}", which is no known entity` });
      continue;
    }
    if (source === target) continue;
    // A symmetric relation is stored once, from the smaller id, whichever way the text stated it.
    if (SYMMETRIC_RELATIONS.has(candidate.type) && compareCodePoints(target, source) < 0)
      [source, target] = [target, source];
    const id = `${source}--${candidate.type.toLowerCase().replace(/_/g, '-')}--${target}`;
    const entry = merged.get(id) ?? {
      edge: { id, source, target, type: candidate.type, confidence: 0, evidence: [] },
      confidences: [],
    };
    entry.edge.evidence.push(candidate.evidence);
    entry.confidences.push(candidate.confidence);
    merged.set(id, entry);
  }
  const edges = [...merged.values()].map(({ edge, confidences }) => ({
    ...edge,
    confidence: combineConfidence(confidences),
    evidence: uniqueBy(edge.evidence, (e) => `${e.file}:${e.line}:${e.text}`).sort(compareEvidence),
  }));
  edges.sort((a, b) => compareCodePoints(a.id, b.id));
  return { edges, warnings };
}

/** Independent pieces of evidence: the edge is wrong only if every one of them is. Kept in (0, 1]. */
export function combineConfidence(confidences: readonly number[]): number {
  const wrong = confidences.reduce((product, confidence) => product * (1 - confidence), 1);
  return Math.min(1, Math.max(0.001, Math.round((1 - wrong) * 1000) / 1000));
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return compareCodePoints(a.file, b.file) || a.line - b.line || compareCodePoints(a.text, b.text);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], keyOf: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(keyOf(value)) && seen.add(keyOf(value)) !== undefined);
}
