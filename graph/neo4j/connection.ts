/**
 * The one place that talks to the driver: a Neo4j connection that runs parameterised queries with
 * `driver.executeQuery` (READ routing for reads) and turns "the server cannot be reached" into
 * StoreUnavailableError, so callers (the API's 503, the CLI's one-line error) need not know the driver's errors.
 */
import neo4j from 'neo4j-driver';
import type { Driver, QueryConfig } from 'neo4j-driver';
import { StoreUnavailableError } from '../store.js';

export interface Neo4jConnectOptions {
  /** `bolt://host:7687`, `neo4j://…`, or `neo4j+s://…` for Aura. */
  uri: string;
  /** Absent: connect without authentication (a server with auth disabled). */
  user?: string;
  password?: string;
  /** The server's default database when absent. */
  database?: string;
  /**
   * How long a query keeps retrying transient failures (a restarting server, a cluster changing leader) before
   * it gives up with a StoreUnavailableError. The driver's default of 30 s would hold API requests far too long.
   */
  retryMs?: number;
}

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

const DEFAULT_RETRY_MS = 5_000;
const CONNECTION_TIMEOUT_MS = 5_000;

/** Driver error codes meaning the server is not there (as opposed to a query the server refused). */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

export class Neo4jConnection {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    /** For messages: the address without credentials. */
    readonly address: string,
  ) {}

  /** Connects and checks the server answers; throws StoreUnavailableError (with the address) when it does not. */
  static async open(options: Neo4jConnectOptions): Promise<Neo4jConnection> {
    const address = describeAddress(options.uri);
    let driver: Driver;
    try {
      const auth = options.user === undefined ? undefined : neo4j.auth.basic(options.user, options.password ?? '');
      driver = neo4j.driver(options.uri, auth, {
        disableLosslessIntegers: true,
        maxTransactionRetryTime: options.retryMs ?? DEFAULT_RETRY_MS,
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        connectionAcquisitionTimeout: CONNECTION_TIMEOUT_MS * 2,
      });
    } catch (error) {
      throw new StoreUnavailableError(`${address}: ${messageOf(error)}`);
    }
    const connection = new Neo4jConnection(driver, options.database, address);
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (error) {
      await driver.close();
      throw new StoreUnavailableError(`cannot reach Neo4j at ${address}: ${messageOf(error)}`);
    }
    return connection;
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.run(query, params, neo4j.routing.READ);
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.run(query, params, neo4j.routing.WRITE);
  }

  async healthy(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false; // the answer to "is it up?" is the value, not an error
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(query: string, params: Params, routing: QueryConfig['routing']): Promise<Row[]> {
    try {
      const { records } = await this.driver.executeQuery(query, params, { routing, database: this.database });
      return records.map((record) => record.toObject() as Row);
    } catch (error) {
      if (isUnavailable(error)) throw new StoreUnavailableError(`Neo4j at ${this.address}: ${messageOf(error)}`);
      throw error;
    }
  }
}

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** The URI without user info, so credentials never end up in a message or a log. */
function describeAddress(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}`;
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//');
  }
}
