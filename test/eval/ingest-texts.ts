import type { GraphData } from '../../graph/types.js';
import { ingestDocuments } from '../../ingest/pipeline.js';

/** Runs the ingest pipeline on texts in memory (the eval's way in). */
export function ingestTexts(docs: { file: string; text: string }[]): GraphData {
  return ingestDocuments(docs).graph;
}
