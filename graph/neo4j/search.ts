/**
 * `GraphStore.search` on Neo4j: the database only finds candidates, through two full-text (Lucene) indexes; the
 * ranking is search-rank.ts, the same as every store's. Exact names come from the name-key index, text hits from
 * a Lucene query with the label and aliases boosted, each term matched as a word, a prefix and a fuzzy term.
 */
import neo4j from 'neo4j-driver';
import { exactNameKey, exactTier, rankSearchHits } from '../search-rank.js';
import type { SearchCandidate } from '../search-rank.js';
import type { SearchHit } from '../store.js';
import type { EntityKind } from '../types.js';
import type { Neo4jConnection, Row } from './connection.js';
import { NAME_INDEX, TEXT_INDEX } from './schema.js';

/** As MemoryStore's index: each field's weight, and fuzzy terms within 20% of the term's length. */
const FIELD_BOOSTS: readonly [field: string, boost: number][] = [
  ['label', 3],
  ['aliasText', 2],
  ['categoryText', 1],
  ['description', 1],
];
const FUZZY = 0.2;
/** Lucene's fuzzy queries go no further than two edits. */
const MAX_EDITS = 2;
const PREFIX_BOOST = 0.4;
const FUZZY_BOOST = 0.5;
/** Longer queries are cut: past this, more terms add cost, not better answers. */
const MAX_TERMS = 24;
/** Lucene's standard tokenizer splits words longer than this, so a longer term could never match whole. */
const MAX_TERM_LENGTH = 255;
/** Prefix and fuzzy automata grow with the term; Lucene refuses them past about a thousand characters. */
const MAX_PATTERN_TERM_LENGTH = 64;

const CANDIDATE_FIELDS = `node.id AS id, node.label AS label, node.kind AS kind, node.categories AS categories,
  node.aliases AS aliases`;

export async function searchEntities(
  connection: Neo4jConnection,
  query: string,
  limit: number,
  kind: EntityKind | undefined,
): Promise<SearchHit[]> {
  try {
    return await findAndRank(connection, query, limit, kind);
  } catch (error) {
    // A database nothing was ever loaded into has no indexes yet, and no entities either.
    if (error instanceof Error && /no such fulltext schema index/i.test(error.message)) return [];
    throw error;
  }
}

async function findAndRank(
  connection: Neo4jConnection,
  query: string,
  limit: number,
  kind: EntityKind | undefined,
): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const candidates: SearchCandidate[] = [];
  const key = exactNameKey(query);
  if (key !== '') {
    const rows = await connection.read(
      `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node
       WHERE $kind IS NULL OR node.kind = $kind
       RETURN ${CANDIDATE_FIELDS}`,
      { index: NAME_INDEX, lucene: `nameKeys:"${escapePhrase(key)}"`, kind: kind ?? null },
    );
    for (const row of rows) {
      const tier = exactTier(query, String(row.label), row.aliases as string[]);
      if (tier) candidates.push(candidate(row, tier, 0));
    }
  }
  const lucene = textQuery(query);
  if (lucene !== null) {
    // Enough text hits to fill `limit` even if every exact match is among them.
    const wanted = neo4j.int(limit + candidates.length);
    const rows = await connection.read(
      `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       WHERE $kind IS NULL OR node.kind = $kind
       RETURN ${CANDIDATE_FIELDS}, score
       ORDER BY score DESC, label, id
       LIMIT $wanted`,
      { index: TEXT_INDEX, lucene, kind: kind ?? null, wanted },
    );
    for (const row of rows) candidates.push(candidate(row, 'text', Number(row.score)));
  }
  return rankSearchHits(candidates, limit);
}

/**
 * The query's terms, lower-cased: split as MiniSearch splits them, and on every other whitespace too (a tab left
 * inside a term would split it in Lucene's syntax, after the prefix and fuzzy marks were placed).
 */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s\p{Z}\p{P}]+/u)
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, MAX_TERM_LENGTH));
}

/** A Lucene query over the text index's fields: each term as a word, a prefix and (if long enough) fuzzily. */
export function textQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const termClauses = terms
    .map((term) => {
      const escaped = escapeTerm(term);
      if (term.length > MAX_PATTERN_TERM_LENGTH) return escaped;
      const edits = Math.min(MAX_EDITS, Math.round(term.length * FUZZY));
      const clauses = [escaped, `${escaped}*^${PREFIX_BOOST}`];
      if (edits > 0) clauses.push(`${escaped}~${edits}^${FUZZY_BOOST}`);
      return clauses.join(' ');
    })
    .join(' ');
  return FIELD_BOOSTS.map(([field, boost]) => `${field}:(${termClauses})^${boost}`).join(' ');
}

/** Backslash before every character Lucene's query syntax gives a meaning to. */
export function escapeTerm(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`);
}

function escapePhrase(text: string): string {
  return text.replace(/["\\]/g, (char) => `\\${char}`);
}

function candidate(row: Row, tier: SearchCandidate['tier'], relevance: number): SearchCandidate {
  return {
    id: String(row.id),
    label: String(row.label),
    kind: row.kind as EntityKind,
    categories: (row.categories as string[]).map(String),
    tier,
    relevance,
  };
}
