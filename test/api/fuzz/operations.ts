/**
 * The operations an OpenAPI document declares, read from the document itself (as served at /api/openapi.json), so
 * a route added to the document is fuzzed without anyone listing it here.
 */

export const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The parts of a parameter's JSON Schema the generators understand. */
export interface ParameterSchema {
  type?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  default?: unknown;
}

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: ParameterSchema;
}

export interface Operation {
  /** The path template, e.g. `/api/entities/{id}`. */
  template: string;
  method: HttpMethod;
  parameters: ParameterSpec[];
  /** The statuses the operation declares explicitly (not `default`). */
  statuses: string[];
}

interface DocumentShape {
  paths?: Record<string, Record<string, { parameters?: ParameterSpec[]; responses?: Record<string, unknown> }>>;
}

/** Every operation of every path; throws when the document has none, so an empty spec cannot pass vacuously. */
export function operationsOf(document: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries((document as DocumentShape).paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      for (const parameter of parameters) {
        if (parameter.in !== 'query' && parameter.in !== 'path') {
          throw new Error(`${template}: parameter '${parameter.name}' is in ${parameter.in}, which is not fuzzed`);
        }
      }
      const statuses = Object.keys(operation.responses ?? {}).filter((status) => status !== 'default');
      operations.push({ template, method, parameters, statuses });
    }
  }
  if (operations.length === 0) throw new Error('the OpenAPI document declares no operation');
  return operations;
}

/** The methods a path does not declare: each must be refused cleanly. */
export function undeclaredMethods(document: unknown, template: string): HttpMethod[] {
  const item = (document as DocumentShape).paths?.[template] ?? {};
  // HEAD is answered wherever GET is (HTTP semantics), so it counts as declared with it.
  return HTTP_METHODS.filter((method) => !(method in item) && !(method === 'head' && 'get' in item));
}
