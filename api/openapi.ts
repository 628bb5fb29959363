/**
 * The OpenAPI 3.1 description of every route, parameter and response; served at /api/openapi.json and used by the
 * tests to validate every response the API gives. Error responses share one schema: `{error: {code, message}}`.
 */
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import { SCHEMAS } from './openapi/schemas.js';
import type { JsonSchema } from './openapi/schemas.js';
import { MAX_FILE_LENGTH, MAX_TEXT_LENGTH } from './params.js';
import { MAX_COMPARED, MAX_IDS_LENGTH, MIN_COMPARED } from './routes/compare.js';
import { MAX_DEPTH } from './routes/entities.js';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './routes/search.js';
import { DEFAULT_CONTEXT, MAX_CONTEXT } from './routes/source.js';

const json = (schema: string, description: string): JsonSchema => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const error = (description: string): JsonSchema => json('Error', description);

const text = (name: string, description: string, required: boolean): JsonSchema => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
});
const integer = (name: string, description: string, minimum: number, maximum: number, fallback?: number) => ({
  name,
  in: 'query',
  required: fallback === undefined,
  description,
  schema: { type: 'integer', minimum, maximum, ...(fallback === undefined ? {} : { default: fallback }) },
});
const relationTypes: JsonSchema = {
  name: 'types',
  in: 'query',
  required: false,
  description: `Comma-separated relation types to follow (any case): ${RELATION_TYPES.join(', ')}. All when absent.`,
  schema: { type: 'string', maxLength: MAX_TEXT_LENGTH },
};
const entityId: JsonSchema = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'An entity id (the kebab slug of its name).',
  schema: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
};

/** Every read answers these besides its own; 400 covers malformed, unknown and repeated parameters. */
const COMMON_ERRORS: JsonSchema = {
  '400': error('Missing, malformed, oversized, unknown or repeated parameters, bad encoding or NUL bytes.'),
  '405': error('Any method other than GET or HEAD (the Allow header lists them).'),
  '414': error('The URL is too long.'),
  '431': error('The request headers are too large (refused before any route runs).'),
  '503': error('The graph store does not answer.'),
  default: error('Any other failure (never a stack trace).'),
};

/** Answers the API keeps (api/response-cache.ts) carry an ETag; sending it back in If-None-Match gets a 304. */
const ETAG_HEADER: JsonSchema = {
  ETag: {
    description: 'A strong validator of the body, on answers kept until the graph changes.',
    schema: { type: 'string' },
  },
};
const NOT_MODIFIED: JsonSchema = {
  '304': { description: 'Not modified: If-None-Match holds the ETag of the current answer (no body).' },
};

function read(summary: string, parameters: JsonSchema[], ok: JsonSchema, more: JsonSchema = {}): JsonSchema {
  const responses = { '200': { ...ok, headers: ETAG_HEADER }, ...NOT_MODIFIED, ...COMMON_ERRORS, ...more };
  return { get: { summary, parameters, responses } };
}

const notFound = (description: string): JsonSchema => ({ '404': error(description) });

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'infragraph API',
    version: '1',
    description:
      'Read-only JSON API over the infragraph knowledge graph of cloud-infrastructure technologies. Parameters ' +
      'are plain strings: each may appear once, unknown ones are refused, and every error is ' +
      '{"error": {"code", "message"}}.',
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  paths: {
    '/api/health': {
      get: {
        summary: 'Whether the store answers, and the size of the graph.',
        parameters: [],
        responses: {
          '200': json('Health', 'The store answers.'),
          ...COMMON_ERRORS,
          '503': json('HealthDown', 'The store does not answer; retry later.'),
        },
      },
    },
    '/api/search': read(
      'Entities matching a name: prefix, fuzzy and alias matches, exact names first.',
      [
        text('q', 'What to look for.', true),
        integer('limit', 'How many results at most.', 1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT),
        {
          name: 'kind',
          in: 'query',
          required: false,
          description: 'Only entities of this kind.',
          schema: { enum: [...ENTITY_KINDS] },
        },
      ],
      json('SearchResults', 'Best first.'),
    ),
    '/api/entities/{id}': read(
      'One entity with every relation it takes part in, and their evidence.',
      [entityId],
      json('Entity', 'The entity.'),
      notFound('No entity has this id.'),
    ),
    '/api/entities/{id}/neighbors': read(
      'The entity and the entities around it, up to a depth.',
      [entityId, integer('depth', 'How many hops.', 1, MAX_DEPTH, 1), relationTypes],
      json('Subgraph', 'Nodes and the edges between them.'),
      notFound('No entity has this id.'),
    ),
    '/api/path': read(
      'The shortest path between two entities (edges walked in either direction), explained.',
      [
        text('from', 'An entity id or name; names resolve through search, exact names first.', true),
        text('to', 'An entity id or name.', true),
        relationTypes,
      ],
      json('Path', 'The path, its edges and one sentence per edge.'),
      notFound('An end matches no entity (unknown_entity) or no path joins them (no_path).'),
    ),
    '/api/compare': read(
      'Compare entities: kind, categories and, per relation type, the neighbours they share or not.',
      [
        {
          name: 'ids',
          in: 'query',
          required: true,
          description: `${MIN_COMPARED} to ${MAX_COMPARED} distinct entity ids, comma-separated.`,
          schema: { type: 'string', minLength: 1, maxLength: MAX_IDS_LENGTH },
        },
      ],
      json('Comparison', 'The comparison.'),
      notFound('An id names no entity.'),
    ),
    '/api/categories': read('Every category with its number of entities.', [], json('Categories', 'Categories.')),
    '/api/graph': read('The whole graph, in the schema ingest writes.', [], json('GraphData', 'The graph.')),
    '/api/source': read(
      'The lines of an ingested RST file around a line, to show evidence in context.',
      [
        {
          name: 'file',
          in: 'query',
          required: true,
          description: 'A file as the graph names it (documents[].file); no other file is served.',
          schema: { type: 'string', minLength: 1, maxLength: MAX_FILE_LENGTH },
        },
        integer('line', '1-based line.', 1, 10_000_000),
        integer('context', 'Lines shown before and after.', 0, MAX_CONTEXT, DEFAULT_CONTEXT),
      ],
      json('SourceExcerpt', 'The lines.'),
      notFound('The file was not ingested, cannot be read, or is shorter than the line.'),
    ),
    '/api/ask': read(
      'Answers a natural question ("what implements CNI") from deterministic templates, with evidence.',
      [text('q', 'The question.', true)],
      json('AskResult', 'Answers with the edges and evidence behind them, and how the question was read.'),
      {
        '422': error(
          'The question cannot be read (unparseable_question) or names no known entity or category ' +
            '(unknown_entity, unknown_category); `suggestions` lists question forms or close names.',
        ),
      },
    ),
    '/api/events': {
      get: {
        summary: 'Live updates as server-sent events (text/event-stream), for `infragraph serve --watch`.',
        description:
          'Every stream starts with a `hello` event (LiveHello). Under `serve --watch` it stays open: a `graph` ' +
          'event (LiveGraph) follows each re-ingested graph swapped in, an `ingest-error` event (LiveIngestError) ' +
          'each failed re-ingest, and a comment line every 25 s keeps it alive. Otherwise the stream ends after ' +
          '`hello`, whose `watching` is false.',
        parameters: [],
        responses: {
          '200': {
            description: 'The event stream.',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...COMMON_ERRORS,
          '503': error('Every event stream slot is taken (too_many_streams); retry later.'),
        },
      },
    },
    '/api/openapi.json': read('This document.', [], json('OpenApiDocument', 'OpenAPI 3.1.')),
  },
  components: { schemas: SCHEMAS },
} as const;
