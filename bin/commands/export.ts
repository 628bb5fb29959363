/**
 * `infragraph export --format F --out PATH [--graph data/graph.json]`: a graph file in another tool's format. The
 * conversion is pure (graph/export/); this only reads, writes (atomically) and reports.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeTextFileAtomic } from '../../graph/atomic-write.js';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../../graph/export/index.js';
import type { ExportFormat, ExportOutput } from '../../graph/export/index.js';
import { CsvExportError } from '../../graph/export/neo4j-csv.js';
import { GraphFileError } from '../../graph/io.js';
import type { GraphData } from '../../graph/types.js';
import { readGraphArgument } from '../read-graph.js';
import type { Terminal } from '../terminal.js';

export const EXPORT_HELP = `Usage: infragraph export --format <format> --out <path> [--graph data/graph.json]

Writes a graph JSON in another tool's format:
  json      the graph schema (graph/graph.schema.json), canonical
  gexf      GEXF 1.3 for Gephi and Gephi Lite: kind, categories, aliases, description, urls, positions;
            edges labelled with their relation type, confidence as weight, evidence as a JSON string
  graphml   GraphML (yEd, Cytoscape, NetworkX); lists and evidence as JSON strings
  csv       a folder with nodes.csv and relationships.csv for
              neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
            (add --multiline-fields=true when descriptions span lines)
  cypher    an idempotent MERGE script: cypher-shell -f graph.cypher (running it again changes nothing)

Options:
  -f, --format <format>  one of ${EXPORT_FORMATS.join(', ')}
  -o, --out <path>       the file to write (a folder for csv), replaced atomically
  --graph <file>         the graph to export (default: data/graph.json)
  -h, --help             show this help
`;

export async function exportCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      graph: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    terminal.out(EXPORT_HELP);
    return 0;
  }
  const format = values.format;
  if (format === undefined || !isExportFormat(format)) {
    const problem = format === undefined ? 'no --format given' : `unknown format '${format}'`;
    terminal.err(`infragraph export: ${problem}: use one of ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  const out = values.out;
  if (out === undefined || out.trim() === '') {
    terminal.err('infragraph export: no --out given (see infragraph export --help)\n');
    return 2;
  }
  const graph = await readGraphArgument(terminal, values.graph ?? 'data/graph.json');
  const output = convert(graph, format, terminal);
  if (output === null) return 1;
  // Each file is replaced atomically; a csv folder's two files together are not, so an error names its file.
  const files: [string, string][] =
    output.kind === 'file'
      ? [[out, output.text]]
      : Object.entries(output.files).map(([name, text]) => [path.join(out, name), text]);
  for (const [file, text] of files) await writeAs(terminal, file, text);
  terminal.out(`Exported ${graph.nodes.length} entities and ${graph.edges.length} relations as ${format} to ${out}\n`);
  return 0;
}

/** The converted graph, or null once a value the format cannot hold has been reported. */
function convert(graph: GraphData, format: ExportFormat, terminal: Terminal): ExportOutput | null {
  try {
    return exportGraph(graph, format);
  } catch (error) {
    if (!(error instanceof CsvExportError)) throw error;
    terminal.err(`infragraph export: ${error.message}\n`);
    return null;
  }
}

/** Writes `file` (as the user typed it, relative to the terminal's folder); errors name it that way. */
async function writeAs(terminal: Terminal, file: string, text: string): Promise<void> {
  try {
    await writeTextFileAtomic(path.resolve(terminal.cwd, file), text);
  } catch (error) {
    if (error instanceof GraphFileError) throw new GraphFileError(file, error.reason, error.line);
    throw error;
  }
}
