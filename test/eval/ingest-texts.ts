import type { GraphData } from '../../graph/types.js';
import { assembleGraph } from '../../ingest/extract/assemble.js';
import { extractDocument } from '../../ingest/extract/index.js';
import { parseRst } from '../../ingest/rst/index.js';

/** Parses and extracts texts in memory (the eval's way into the pipeline). */
export function ingestTexts(docs: { file: string; text: string }[]): GraphData {
  const extractions = docs.map((doc) => extractDocument(parseRst(doc.text, { file: doc.file }).document, doc.file));
  const { nodes, edges } = assembleGraph(extractions);
  return { version: 1, documents: [], nodes, edges };
}
