/**
 * What the Bolt server needs from a database: transactions that run Cypher and give back rows of
 * engine values, and a GraphAccess to turn nodes and relationships into Bolt structures. The
 * embedded store implements it over CypherEngine (engineBackend.ts); tests may use any other.
 */
import type { CypherValue, GraphAccess } from '../../cypher/values/types';

export interface BoltResult {
  columns: string[];
  rows: CypherValue[][];
  /** to read labels/properties of the nodes and relationships in `rows` */
  access: GraphAccess;
  /** Neo4j-style counters, e.g. { 'nodes-created': 1 } (only non-zero ones) */
  stats?: Record<string, number>;
  /** 'r' read, 'w' write, 'rw' read-write */
  type?: 'r' | 'w' | 'rw';
}

export interface BoltTransaction {
  run(query: string, params: Record<string, CypherValue>): BoltResult | Promise<BoltResult>;
  commit(): void | Promise<void>;
  rollback(): void | Promise<void>;
}

export interface BoltBackend {
  /** the database name reported to clients (and accepted in `db`) */
  readonly database: string;
  begin(options: { mode: 'r' | 'w'; db?: string }): BoltTransaction | Promise<BoltTransaction>;
}
