// `npm run test:neo4j`: only the suites that need a real Neo4j (test/neo4j/ and the Neo4jStore contract run), each
// file in its own forked process so the JVM it spawns is killed with it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/neo4j/**/*.test.ts', 'test/graph/neo4j-store.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    // The first start resolves ~200 MB of Maven dependencies before the JVM boots.
    hookTimeout: 900_000,
  },
});
