/**
 * The response schemas of the OpenAPI document. The graph's own shapes (node, edge, evidence, the whole graph)
 * are taken from graph/graph.schema.json rather than restated, so the API cannot drift from the ingest contract.
 */
import graphSchema from '../../graph/graph.schema.json' with { type: 'json' };
import { ERROR_CODES } from '../errors.js';

export type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const closedObject = (properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  required,
  additionalProperties: false,
  properties,
});

// graph.schema.json points at its own "#/$defs/x"; in the OpenAPI document they live under components.
function relocate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relocate);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/$defs/', '#/components/schemas/')
        : relocate(inner),
    ]),
  );
}

const graphDefs = relocate(graphSchema.$defs) as Record<string, JsonSchema>;
const { $defs: _defs, $schema: _schema, $id: _id, ...graphTop } = graphSchema;
const nodeDef = graphDefs.node as { properties: Record<string, JsonSchema>; required: string[] };

const entityRef = closedObject({ id: { type: 'string' }, label: { type: 'string' }, kind: ref('entityKind') });

export const SCHEMAS: Record<string, JsonSchema> = {
  ...graphDefs,
  GraphData: relocate(graphTop) as JsonSchema,
  ErrorDetail: closedObject(
    {
      code: { enum: [...ERROR_CODES] },
      message: { type: 'string', minLength: 1 },
      suggestions: { ...arrayOf({ type: 'string' }), description: 'What might have been meant, when known.' },
    },
    ['code', 'message'],
  ),
  Error: closedObject({ error: ref('ErrorDetail') }),
  Health: closedObject({
    status: { const: 'ok' },
    store: { type: 'string' },
    nodes: { type: 'integer', minimum: 0 },
    edges: { type: 'integer', minimum: 0 },
  }),
  HealthDown: closedObject({
    status: { const: 'unavailable' },
    store: { type: 'string' },
    error: ref('ErrorDetail'),
  }),
  SearchResults: closedObject({
    results: arrayOf(
      closedObject({
        id: { type: 'string' },
        label: { type: 'string' },
        kind: ref('entityKind'),
        categories: arrayOf({ type: 'string' }),
        score: { type: 'number' },
      }),
    ),
  }),
  EntityRelation: closedObject({
    type: ref('relationType'),
    direction: { enum: ['out', 'in'], description: '"out" when the entity is the source of the edge.' },
    edgeId: { type: 'string' },
    other: entityRef,
    confidence: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    evidence: arrayOf(ref('evidence')),
  }),
  Entity: {
    type: 'object',
    description: 'A node of the graph with every relation it takes part in.',
    required: [...nodeDef.required, 'relations'],
    additionalProperties: false,
    properties: { ...nodeDef.properties, relations: arrayOf(ref('EntityRelation')) },
  },
  Subgraph: closedObject({ nodes: arrayOf(ref('node')), edges: arrayOf(ref('edge')) }),
  Path: closedObject({
    path: { ...arrayOf(ref('node')), minItems: 1, description: 'From the first entity to the second.' },
    edges: { ...arrayOf(ref('edge')), description: 'edges[i] joins path[i] and path[i + 1], in either direction.' },
    explanation: { ...arrayOf({ type: 'string' }), description: 'One sentence per edge, read in its direction.' },
  }),
  Comparison: closedObject({
    entities: arrayOf(ref('node')),
    shared: {
      type: 'object',
      description: 'Keyed by "TYPE:direction": the neighbour ids every compared entity has.',
      additionalProperties: arrayOf({ type: 'string' }),
    },
    distinct: {
      type: 'object',
      description: 'Keyed by entity id, then "TYPE:direction": the neighbour ids only that entity has.',
      additionalProperties: { type: 'object', additionalProperties: arrayOf({ type: 'string' }) },
    },
    edges: { ...arrayOf(ref('edge')), description: 'The edges behind every neighbour listed, with evidence.' },
  }),
  Categories: closedObject({
    categories: arrayOf(closedObject({ category: { type: 'string' }, count: { type: 'integer', minimum: 0 } })),
  }),
  SourceExcerpt: closedObject({
    file: ref('file'),
    line: ref('line'),
    lines: arrayOf(closedObject({ number: ref('line'), text: { type: 'string' } })),
  }),
  AskResult: {
    type: 'object',
    required: ['question', 'interpretation', 'answers'],
    additionalProperties: false,
    properties: {
      question: { type: 'string' },
      interpretation: ref('Interpretation'),
      answers: arrayOf(
        closedObject({
          id: { type: 'string' },
          label: { type: 'string' },
          kind: ref('entityKind'),
          edges: { ...arrayOf({ type: 'string' }), description: 'Ids of the edges that make it an answer.' },
          evidence: arrayOf(ref('evidence')),
        }),
      ),
      explanation: { ...arrayOf({ type: 'string' }), description: '"how is X related to Y": one sentence per step.' },
      comparison: ref('Comparison'),
      labels: {
        type: 'object',
        description: '"compare X and Y": the label of every entity id the comparison lists.',
        additionalProperties: { type: 'string' },
      },
      description: closedObject({
        id: { type: 'string' },
        label: { type: 'string' },
        kind: ref('entityKind'),
        categories: arrayOf({ type: 'string' }),
        description: { type: 'string' },
      }),
    },
  },
  Interpretation: {
    type: 'object',
    description: 'How the question was read: the template that matched and what its words resolved to.',
    required: ['template', 'relation', 'direction', 'entities'],
    additionalProperties: false,
    properties: {
      template: { type: 'string' },
      relation: { anyOf: [ref('relationType'), { type: 'null' }] },
      direction: { enum: ['in', 'out', 'both', null] },
      entities: arrayOf(
        closedObject({ phrase: { type: 'string' }, id: { type: 'string' }, label: { type: 'string' } }),
      ),
      category: { type: 'string' },
      kind: ref('entityKind'),
    },
  },
  LiveHello: {
    ...closedObject(
      {
        version: { type: 'integer', minimum: 0, description: 'The served graph: changes with every graph swapped in.' },
        watching: { type: 'boolean', description: 'false: the stream ends here, the graph will not change.' },
        error: { type: 'string', description: 'Why the last re-ingest failed; the previous graph is still served.' },
      },
      ['version', 'watching'],
    ),
    description: 'Data of the `hello` event that starts every stream.',
  },
  LiveGraph: {
    ...closedObject({
      version: { type: 'integer', minimum: 1 },
      nodes: { type: 'integer', minimum: 0 },
      edges: { type: 'integer', minimum: 0 },
    }),
    description: 'Data of a `graph` event: a new graph is served (fetch /api/graph).',
  },
  LiveIngestError: {
    ...closedObject({ message: { type: 'string', minLength: 1 } }),
    description: 'Data of an `ingest-error` event: a re-ingest failed and the previous graph is still served.',
  },
  OpenApiDocument: {
    type: 'object',
    required: ['openapi', 'info', 'paths'],
    properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
  },
};
