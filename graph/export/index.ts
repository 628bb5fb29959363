/**
 * Every export format and what it produces: one text file, or (csv) a folder of named files. Pure: the caller
 * writes the result.
 */
import { serializeGraph } from '../serialize.js';
import type { GraphData } from '../types.js';
import { toCypher } from './cypher.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toNeo4jCsv } from './neo4j-csv.js';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOutput = { kind: 'file'; text: string } | { kind: 'folder'; files: Record<string, string> };

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportGraph(graph: GraphData, format: ExportFormat): ExportOutput {
  switch (format) {
    case 'json':
      return { kind: 'file', text: serializeGraph(graph) };
    case 'gexf':
      return { kind: 'file', text: toGexf(graph) };
    case 'graphml':
      return { kind: 'file', text: toGraphml(graph) };
    case 'csv':
      return { kind: 'folder', files: { ...toNeo4jCsv(graph) } };
    case 'cypher':
      return { kind: 'file', text: toCypher(graph) };
  }
}
