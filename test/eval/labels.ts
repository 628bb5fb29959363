import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../graph/types.js';

/** A hand-labelled entity of one document. */
export interface LabelledEntity {
  label: string;
  aliases: string[];
  kind: EntityKind;
  categories: string[];
  line: number;
}

/** A hand-labelled relation; `alt` lists other types a fair reader would also accept. */
export interface LabelledRelation {
  source: string;
  type: RelationType;
  target: string;
  line: number;
  alt?: RelationType[];
  text?: string;
}

export interface DocumentLabels {
  document: string;
  entities: LabelledEntity[];
  relations: LabelledRelation[];
}

interface LabelFile extends DocumentLabels {
  lines: [number, number];
}

/** Reads every `*.json` label file of a folder, merging the files that label parts of one document. */
export function readLabels(folder: string): DocumentLabels[] {
  const byDocument = new Map<string, DocumentLabels>();
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(folder, name);
    const labels = JSON.parse(readFileSync(file, 'utf8')) as LabelFile;
    checkLabels(labels, file);
    for (const entity of labels.entities) {
      entity.aliases ??= [];
      entity.categories ??= [];
    }
    const merged = byDocument.get(labels.document) ?? { document: labels.document, entities: [], relations: [] };
    merged.entities.push(...labels.entities);
    merged.relations.push(...labels.relations);
    byDocument.set(labels.document, merged);
  }
  return [...byDocument.values()];
}

function checkLabels(labels: LabelFile, file: string): void {
  const fail = (message: string) => {
    throw new Error(`${file}: ${message}`);
  };
  if (typeof labels.document !== 'string') fail('missing "document"');
  for (const entity of labels.entities) {
    if (!ENTITY_KINDS.includes(entity.kind)) fail(`entity ${entity.label}: unknown kind ${entity.kind}`);
  }
  for (const relation of labels.relations) {
    for (const type of [relation.type, ...(relation.alt ?? [])]) {
      if (!RELATION_TYPES.includes(type)) fail(`relation at line ${relation.line}: unknown type ${type}`);
    }
  }
}
