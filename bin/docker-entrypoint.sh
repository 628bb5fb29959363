#!/bin/sh
# The container's start: with NEO4J_URI set, load data/graph.json into Neo4j (idempotent: the same file gives the
# same graph), then serve; without it, serve the graph file from memory. HOST, PORT and NEO4J_* come from the
# environment, as `infragraph serve` and `load` read them.
set -eu
graph="${GRAPH:-data/graph.json}"
if [ -n "${NEO4J_URI:-}" ]; then
  # Neo4j may answer its healthcheck a moment before it accepts bolt logins: a few tries, then give up loudly.
  attempt=1
  until node bin/infragraph.js load --graph "$graph"; do
    if [ "$attempt" -ge "${LOAD_ATTEMPTS:-5}" ]; then
      echo "docker-entrypoint: could not load $graph into $NEO4J_URI after $attempt attempts" >&2
      exit 1
    fi
    attempt=$((attempt + 1))
    sleep 3
  done
fi
exec node bin/infragraph.js serve --graph "$graph" "$@"
