/**
 * Validates API responses against the OpenAPI document's own schemas: for a route template and a status, the
 * response it declares (or its `default`), compiled once with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { OPENAPI_DOCUMENT } from '../../api/openapi.js';

const DOCUMENT_ID = 'https://infragraph.example/openapi.json';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

// The document is not a schema itself, so unknown keywords (openapi, paths...) must be tolerated.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ ...OPENAPI_DOCUMENT, $id: DOCUMENT_ID });
const compiled = new Map<string, ValidateFunction>();

export type Route = keyof typeof OPENAPI_DOCUMENT.paths;

/** Problems with `body` as the response of GET `route` with `status`; empty when it conforms. */
export function responseProblems(route: Route, status: number, body: unknown): string[] {
  const key = `${route} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const operation = (OPENAPI_DOCUMENT.paths[route] as { get: Operation }).get;
    const declared = operation.responses[String(status)] ? String(status) : 'default';
    if (!operation.responses[declared]?.content?.['application/json']) {
      return [`${route} declares no JSON response for ${status}`];
    }
    const pointer = ['paths', route, 'get', 'responses', declared, 'content', 'application/json', 'schema']
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
    compiled.set(key, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? 'invalid'}`);
}

/** Whether the document declares `status` explicitly for the route (not through `default`). */
export function declaresStatus(route: Route, status: number): boolean {
  return String(status) in (OPENAPI_DOCUMENT.paths[route] as { get: Operation }).get.responses;
}
