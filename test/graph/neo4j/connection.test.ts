// Connecting where no Neo4j listens: no server needed, so this runs with the fast tests.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Neo4jConnection } from '../../../graph/neo4j/connection.js';
import { StoreUnavailableError } from '../../../graph/store.js';

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('Neo4jConnection.open', () => {
  it.each([
    ['bolt://127.0.0.1:PORT', 'bolt://127.0.0.1:PORT'],
    ['bolt://neo4j:hunter2@127.0.0.1:PORT', 'bolt://127.0.0.1:PORT'],
    ['neo4j://127.0.0.1:PORT', 'neo4j://127.0.0.1:PORT'],
  ])('refuses %s with a StoreUnavailableError naming %s and no credentials', async (template, shown) => {
    const port = String(await closedPort());
    const error = await Neo4jConnection.open({ uri: template.replace('PORT', port), user: 'neo4j', password: 'pw9' })
      .then(() => null)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^cannot reach Neo4j at ${shown.replace('PORT', port)}: `));
    expect(message).not.toMatch(/hunter2|pw9/);
    expect(message).not.toContain('\n');
  });

  it('refuses a URI the driver cannot use, in one line', async () => {
    const error = await Neo4jConnection.open({ uri: 'http://127.0.0.1:7474' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:7474: /);
    expect((error as Error).message).not.toContain('\n');
  });
});
