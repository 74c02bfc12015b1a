/**
 * The Bolt backend of the embedded store: Bolt transactions over CypherEngine.
 *
 * Isolation: a readers-writer lock. Read transactions (mode 'r', and auto-commit reads) share it and
 * see committed data; a write transaction holds it alone from BEGIN to COMMIT/ROLLBACK, so its
 * uncommitted writes are never seen by anyone else, and vanish on ROLLBACK. A write statement in a
 * read transaction is refused (Neo.ClientError.Statement.AccessMode), as Neo4j does. A lock waited on
 * for longer than `lockTimeoutMs` fails with a transient error, so a forgotten transaction cannot hang
 * the server. After every committed write, `onCommit` runs (the server persists the store there).
 */
import type { CypherEngine, QueryResult } from '../../cypher';
import { CypherError, type CypherValue, type GraphAccess } from '../../cypher/values/types';
import type { BoltBackend, BoltResult, BoltTransaction } from './backend';

/** A Bolt result that also keeps the engine's own counters (the HTTP API reports those, all of them). */
export interface EngineResult extends BoltResult {
  engineStats: QueryResult['stats'];
}
export interface EngineTransaction extends BoltTransaction {
  run(query: string, params: Record<string, CypherValue>): EngineResult;
}
export interface EngineBackend extends BoltBackend {
  begin(options: { mode: 'r' | 'w'; db?: string }): Promise<EngineTransaction>;
}

export interface EngineBackendOptions {
  database: string;
  lockTimeoutMs: number;
  /** refuse every statement that writes (Neo.ClientError.Statement.AccessMode), whatever the mode */
  readOnly?: boolean;
  /** called after a transaction that wrote something commits */
  onCommit?: () => void | Promise<void>;
}

export const ENGINE_BACKEND_DEFAULTS: EngineBackendOptions = { database: 'neo4j', lockTimeoutMs: 30_000 };

/** A fair readers-writer lock with a timeout. */
export class RwLock {
  private readers = 0;
  private writer = false;
  private queue: { write: boolean; grant: () => void }[] = [];

  acquire(write: boolean, timeoutMs: number): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (write) this.writer = false;
        else this.readers--;
        this.pump();
      };
      const entry = {
        write,
        grant: () => {
          clearTimeout(timer);
          if (write) this.writer = true;
          else this.readers++;
          resolve(release);
        },
      };
      const timer = setTimeout(() => {
        const i = this.queue.indexOf(entry);
        if (i >= 0) this.queue.splice(i, 1);
        reject(Object.assign(new Error('bolt: timed out waiting for another transaction to finish'), {
          boltCode: 'Neo.TransientError.Transaction.LockClientStopped',
        }));
      }, timeoutMs);
      this.queue.push(entry);
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const head = this.queue[0];
      if (this.writer || (head.write && this.readers > 0)) return;
      this.queue.shift();
      head.grant();
      if (head.write) return;
    }
  }
}

const STAT_NAMES: Record<string, string> = {
  nodesCreated: 'nodes-created',
  nodesDeleted: 'nodes-deleted',
  relationshipsCreated: 'relationships-created',
  relationshipsDeleted: 'relationships-deleted',
  propertiesSet: 'properties-set',
  labelsAdded: 'labels-added',
  labelsRemoved: 'labels-removed',
};

function toBoltResult(access: GraphAccess, r: QueryResult, updating: boolean): EngineResult {
  const stats: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.stats ?? {})) {
    if (typeof v === 'number' && v > 0 && STAT_NAMES[k]) stats[STAT_NAMES[k]] = v;
  }
  return { columns: r.columns, rows: r.rows, access, stats, type: updating ? 'rw' : 'r', engineStats: r.stats };
}

export function engineBackend(engine: CypherEngine, options: Partial<EngineBackendOptions> = {}): EngineBackend {
  const opts = { ...ENGINE_BACKEND_DEFAULTS, ...options };
  const lock = new RwLock();
  return {
    database: opts.database,
    async begin({ mode }): Promise<EngineTransaction> {
      const write = mode !== 'r' && !opts.readOnly;
      const release = await lock.acquire(write, opts.lockTimeoutMs);
      const tx = write ? engine.begin() : null;
      let wrote = false;
      let done = false;
      const finish = () => {
        done = true;
        release();
      };
      return {
        run(query: string, params: Record<string, CypherValue>): EngineResult {
          if (done) throw new CypherError('SemanticError', 'TransactionClosed', 'bolt: the transaction is closed', 'runtime');
          const updating = engine.isUpdating(query);
          if (!write && updating) {
            throw Object.assign(new Error('Writing in read access mode not allowed.'), {
              boltCode: 'Neo.ClientError.Statement.AccessMode',
            });
          }
          const result = tx ? tx.run(query, params) : engine.run(query, params);
          wrote ||= updating;
          return toBoltResult(tx ? tx.access : engine.store, result, updating);
        },
        async commit(): Promise<void> {
          if (done) return;
          try {
            tx?.commit();
          } finally {
            finish();
          }
          if (wrote && opts.onCommit) await opts.onCommit();
        },
        rollback(): void {
          if (done) return;
          try {
            tx?.rollback();
          } finally {
            finish();
          }
        },
      };
    },
  };
}
