/**
 * The viewer's only door to the server: typed GETs under /api that resolve to values, never throw. Failures carry
 * what a person needs to read: the HTTP status (0 when the API cannot be reached) and the API's own message.
 */
import type { GraphData, GraphEdge, GraphNode, Evidence, EntityKind } from '../graph/types.js';
import type { Comparison, EntityWithRelations, SearchHit, Subgraph } from '../graph/store.js';

export interface ApiFailure {
  ok: false;
  /** 0 when the API could not be reached at all. */
  status: number;
  code: string;
  message: string;
  body?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export interface EntityRef {
  id: string;
  label: string;
  kind: EntityKind;
}

export interface PathResult {
  path: (GraphNode | EntityRef)[];
  edges: GraphEdge[];
  explanation: string[];
}

export interface AskAnswer extends EntityRef {
  /** Ids of the edges that make it an answer. */
  edges?: string[];
  evidence?: Evidence[];
}

export interface AskResult {
  question: string;
  /** How the question was read: template, relation, direction, entities ({phrase, id, label}), category, kind. */
  interpretation: Record<string, unknown>;
  answers: AskAnswer[];
  /** "how is X related to Y": one sentence per step. */
  explanation?: string[];
  /** "compare X and Y". */
  comparison?: Comparison;
  /** "what is X". */
  description?: { id: string; label: string; kind: EntityKind; categories: string[]; description: string };
}

/** The lines of a source file around one line; shapes differ between API versions, so every field is optional. */
export interface SourceResult {
  file?: string;
  line?: number;
  start?: number;
  lines?: (string | { line?: number; number?: number; text: string })[];
  text?: string;
}

export interface ErrorDetails {
  suggestions?: (string | EntityRef)[];
}

export class Api {
  constructor(private readonly base = 'api') {}

  graph(): Promise<ApiResult<GraphData>> {
    return this.get('graph');
  }

  search(q: string, limit = 8): Promise<ApiResult<{ results: SearchHit[] }>> {
    return this.get('search', { q, limit: String(limit) });
  }

  entity(id: string): Promise<ApiResult<EntityWithRelations>> {
    return this.get(`entities/${encodeURIComponent(id)}`);
  }

  neighbours(id: string, depth: number): Promise<ApiResult<Subgraph>> {
    return this.get(`entities/${encodeURIComponent(id)}/neighbors`, { depth: String(depth) });
  }

  path(from: string, to: string, types: string[]): Promise<ApiResult<PathResult>> {
    return this.get('path', { from, to, ...(types.length > 0 ? { types: types.join(',') } : {}) });
  }

  compare(ids: string[]): Promise<ApiResult<Comparison>> {
    return this.get('compare', { ids: ids.join(',') });
  }

  ask(q: string): Promise<ApiResult<AskResult & ErrorDetails>> {
    return this.get('ask', { q });
  }

  source(file: string, line: number, context = 3): Promise<ApiResult<SourceResult>> {
    return this.get('source', { file, line: String(line), context: String(context) });
  }

  private async get<T>(route: string, query: Record<string, string> = {}): Promise<ApiResult<T>> {
    const search = new URLSearchParams(query).toString();
    const url = `${this.base}/${route}${search ? `?${search}` : ''}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' } });
    } catch (error) {
      return { ok: false, status: 0, code: 'unreachable', message: `cannot reach the API (${describe(error)})` };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(response.status, 'bad_response', `the API answered ${response.status} without JSON`);
    }
    if (response.ok) return { ok: true, value: body as T };
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    return failure(
      response.status,
      error?.code ?? 'error',
      error?.message ?? `the API answered ${response.status}`,
      body,
    );
  }
}

function failure(status: number, code: string, message: string, body?: unknown): ApiFailure {
  return { ok: false, status, code, message, ...(body ? { body } : {}) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The suggestions an API error may carry (422 from ask, unknown names in path), as display strings. */
export function suggestionsOf(result: ApiFailure): string[] {
  const body = result.body as { error?: ErrorDetails; suggestions?: ErrorDetails['suggestions'] } | undefined;
  const list = body?.error?.suggestions ?? body?.suggestions ?? [];
  return list.map((item) => (typeof item === 'string' ? item : item.label));
}
