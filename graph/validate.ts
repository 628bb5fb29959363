/**
 * Is a parsed JSON value a graph this version of infragraph can use? The JSON Schema checks the shape; the
 * rest checks what a schema cannot: unique ids and edges that name existing nodes.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { validate } from './shape-validator.generated.js';
import { GRAPH_FORMAT_VERSION } from './types.js';
import type { GraphData } from './types.js';

/** graph.schema.json compiled ahead of time (see shape-validator-source.ts), typed as ajv types what it compiles. */
const validateShape = validate as unknown as ((value: unknown) => value is GraphData) & {
  errors?: ErrorObject[] | null;
};

/** The problems with a value, each one short line ("/nodes/3/kind must be one of ..."); empty when valid. */
export function graphProblems(value: unknown): string[] {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== GRAPH_FORMAT_VERSION) {
    return [`graph format version ${version}; this infragraph reads version ${GRAPH_FORMAT_VERSION}`];
  }
  if (!validateShape(value)) return (validateShape.errors ?? []).map(describeSchemaError);
  return referenceProblems(value);
}

export function isGraphData(value: unknown): value is GraphData {
  return graphProblems(value).length === 0;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const suffix = allowed ? ` (${allowed.join(', ')})` : '';
  return `${where} ${error.message ?? 'is invalid'}${suffix}`;
}

function referenceProblems(graph: GraphData): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<string>();
  graph.nodes.forEach((node, index) => {
    if (nodeIds.has(node.id)) problems.push(`/nodes/${index}/id "${node.id}" is used by an earlier node`);
    nodeIds.add(node.id);
  });
  const edgeIds = new Set<string>();
  graph.edges.forEach((edge, index) => {
    if (edgeIds.has(edge.id)) problems.push(`/edges/${index}/id "${edge.id}" is used by an earlier edge`);
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) problems.push(`/edges/${index}/${end} "${edge[end]}" is no node id`);
    }
  });
  return problems;
}
