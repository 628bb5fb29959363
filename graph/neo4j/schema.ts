/**
 * Constraints and indexes, created (if missing) before every load. Entity ids and document files are unique; a
 * full-text index serves text search (label, aliases, categories, description) and a whitespace-analysed one the
 * exact-name lookup, whose keys contain no whitespace (see `exactNameKey`). The full-text indexes are eventually
 * consistent, which made writing nodes several times faster in our measurements; a load ends by waiting for them.
 */
export const TEXT_INDEX = 'infragraph_entity_text';
export const NAME_INDEX = 'infragraph_entity_names';

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT infragraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT infragraph_document_file IF NOT EXISTS FOR (d:Document) REQUIRE d.file IS UNIQUE',
  'CREATE INDEX infragraph_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  `CREATE FULLTEXT INDEX ${TEXT_INDEX} IF NOT EXISTS FOR (n:Entity)
     ON EACH [n.label, n.aliasText, n.categoryText, n.description]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false}}`,
  `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false}}`,
];

/** Wait until the indexes are online and the full-text ones have caught up, so a search sees the whole load. */
export const AWAIT_INDEXES: readonly string[] = [
  'CALL db.awaitIndexes(300)',
  'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
];
