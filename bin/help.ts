/** The help texts: what `--help` prints, globally and per command. */

export const GLOBAL_HELP = `infragraph: a knowledge graph of cloud-infrastructure technologies from reStructuredText notes

Usage:
  infragraph ingest [files or folders...] [--out data/graph.json] [--curation <file>] [--skip-layout]
  infragraph start [--data <folder>] [--port 8080] [--prepare-only] [--watch]
  infragraph serve [--port 8080] [--host 127.0.0.1] [--graph data/graph.json] [--neo4j <uri>] [--watch]
  infragraph ask "<question>" [--graph data/graph.json] [--neo4j <uri>] [--json]
  infragraph load [--neo4j <uri>] [--graph data/graph.json]
  infragraph export --format json|gexf|graphml|csv|cypher --out <path> [--graph data/graph.json]
  infragraph diff <old.json> <new.json> [--json]
  infragraph --help | --version
  infragraph <command> --help

Commands:
  ingest   parse RST notes and write the graph JSON
  start    build the bundled data's graph when it is missing or stale, then serve it with the viewer
  serve    serve the graph over the HTTP API (and the viewer, when built)
  ask      answer a question ("what implements CNI") from the graph, with the evidence behind each answer
  load     replace the graph in a Neo4j database with a graph file
  export   write a graph file for Gephi, GraphML tools, neo4j-admin import or cypher-shell
  diff     list the entities and relations added, removed and changed between two graph files

Options:
  -h, --help      show this help
  -v, --version   print the version
`;

export const INGEST_HELP = `Usage: infragraph ingest [files or folders...] [--out <file>] [--curation <file>] [--skip-layout]

Parses reStructuredText notes and writes the graph as JSON. Folders are walked (hidden entries skipped) for
.rst, .rst.txt and .txt files; a file named explicitly is read whatever its extension. File names in the graph
are relative to the deepest folder holding all inputs. Without inputs, reads data/*.rst.

Options:
  -o, --out <file>   where to write the graph (default: data/graph.json)
  --curation <file>  hand corrections (YAML) applied after extraction and recorded in the graph:
                       merge:    [[kubernetes, k8s]]         the first is kept, the others become its aliases
                       rename:   {vmware-esxi: VMware ESXi}  the id follows the new label
                       suppress: [wikipedia]                 entities (with their edges) or edges, by id
                       alias:    {kubernetes: [K8s, kube]}   more names for an entity
                     entities are named by id or by label (any case); a problem stops the run (file:line)
  --skip-layout      do not compute node positions (x, y); viewers then lay the graph out themselves
  -q, --quiet        no progress and no summary; warnings and errors are still printed
  -h, --help         show this help

Nodes get a stable layout (seeded ForceAtlas2, then noverlap) stored as x, y, so viewers paint at once and the
same graph always looks the same. The graph is written atomically: a failed run leaves an existing graph as it was. The same inputs always give
byte-identical JSON. Exit status: 0 on success (warnings included), 1 for unusable input or output, 2 for a
wrong command line.
`;

export const START_HELP = `Usage: infragraph start [--data <folder>] [--port 8080] [--host 127.0.0.1] [--prepare-only] [--watch]

Ingests <folder>/*.rst into <folder>/graph.json when the graph is missing, unreadable, or older than any of the
notes or than infragraph's ingest code, then serves it with the viewer (as infragraph serve) until interrupted.
A <folder>/curation.yaml, when present, is applied as by infragraph ingest --curation.

Options:
  --data <folder>   the notes to use (default: the data/ folder bundled with infragraph)
  --port <n>        TCP port (default: $PORT, else 8080)
  --host <address>  address to listen on (default: $HOST, else 127.0.0.1)
  --prepare-only    make the graph ready, print its summary and exit without serving
  --watch           re-ingest the notes (and curation.yaml) when they change; open viewers update live
  -h, --help        show this help
`;
