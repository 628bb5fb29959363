/**
 * The ingest pipeline: documents in memory → graph, warnings and counts. No disk I/O: the caller reads the
 * inputs (read.ts) and writes the graph (graph/io.ts), so a failed run never touches an existing graph.
 *
 *   decode → parseRst → sectionOutline + declareNames → placeMentions → extractRelations → resolveGraph
 */
import { GRAPH_FORMAT_VERSION } from '../graph/types.js';
import type { DocumentInfo, GraphData } from '../graph/types.js';
import { decodeDocument } from './decode.js';
import { InputError } from './errors.js';
import { declareNames, gazetteerOf, placeMentions, type DeclaredDocument } from './mentions.js';
import { compareCodePoints } from './order.js';
import { extractRelations } from './relations.js';
import { resolveGraph } from './resolve.js';
import { parseRst } from './rst/index.js';
import { sectionOutline } from './rst/outline.js';
import type { IngestProgress, IngestStats, IngestWarning, InputDocument, TextDocument } from './types.js';
import { neutraliseScriptTags } from './unsafe-markup.js';

export interface IngestOptions {
  /** Called after each document is parsed, for progress display on long inputs. */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestResult {
  graph: GraphData;
  warnings: IngestWarning[];
  stats: IngestStats;
}

/** Throws InputError for a document that cannot be used at all (binary, duplicate name); the rest are warnings. */
export function ingestDocuments(inputs: readonly InputDocument[], options: IngestOptions = {}): IngestResult {
  const sorted = [...inputs].sort((a, b) => compareCodePoints(a.file, b.file));
  assertUniqueFiles(sorted);
  const bytesTotal = sorted.reduce((sum, input) => sum + sizeOf(input), 0);
  const warnings: IngestWarning[] = [];
  const declared: DeclaredDocument[] = [];
  const documents: DocumentInfo[] = [];
  let bytesDone = 0;
  for (const input of sorted) {
    const { file, text } = decodeInput(input, warnings);
    const result = parseRst(neutraliseScriptTags(text), { file });
    for (const warning of result.warnings) {
      // docutils reports from level 2 (warning) up by default; its info messages are hints, not problems.
      if (warning.level === 'info') continue;
      // Parser messages follow docutils, some over several lines; a warning is printed as one `file:line: ` line.
      warnings.push({
        file: warning.file || file,
        line: warning.line,
        message: warning.message.split(/\s*[\r\n]\s*/).join(' '),
      });
    }
    documents.push({ file, sections: sectionOutline(result.document) });
    declared.push(declareNames(result.document, file));
    bytesDone += sizeOf(input);
    options.onProgress?.({ done: declared.length, total: sorted.length, file, bytesDone, bytesTotal });
  }
  // Mentions and relations are found once every document is read, so a name linked in one file is known in all.
  const gazetteer = gazetteerOf(declared);
  const extractions = declared.map((document) => {
    const placed = placeMentions(document, gazetteer);
    const { declarations, mentions, commonAcronyms, categorySynonyms } = placed;
    return { declarations, mentions, commonAcronyms, categorySynonyms, ...extractRelations(placed) };
  });
  const resolved = resolveGraph(extractions);
  warnings.sort((a, b) => compareCodePoints(a.file, b.file) || a.line - b.line);
  const graph: GraphData = {
    version: GRAPH_FORMAT_VERSION,
    documents,
    nodes: resolved.nodes,
    edges: resolved.edges,
  };
  const stats: IngestStats = {
    documents: documents.length,
    sections: documents.reduce((sum, document) => sum + document.sections.length, 0),
    bytes: bytesTotal,
    mentions: extractions.reduce((sum, x) => sum + x.mentions.length, 0),
    relationCandidates: extractions.reduce((sum, x) => sum + x.relations.length, 0),
    warnings: warnings.length,
  };
  return { graph, warnings, stats };
}

function decodeInput(input: InputDocument, warnings: IngestWarning[]): TextDocument {
  if ('text' in input) return input;
  const decoded = decodeDocument(input);
  warnings.push(...decoded.warnings);
  return decoded.document;
}

function sizeOf(input: InputDocument): number {
  return 'text' in input ? Buffer.byteLength(input.text) : input.bytes.length;
}

function assertUniqueFiles(inputs: readonly InputDocument[]): void {
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i]!.file === inputs[i - 1]!.file) throw new InputError(inputs[i]!.file, 'given twice');
  }
}
