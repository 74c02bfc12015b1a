/**
 * `newsgraph export neo4j`: the plan (exportPlan.ts) run through the real neo4j-driver: constraints
 * first, then node batches, then relationship batches, each batch in a managed write transaction (so
 * the driver retries transient failures), values only as parameters.
 *
 * Up to `concurrency` batches are in flight at once, each in its own session (so its own connection
 * and transaction): while the server writes one batch, the next one's rows are built, encoded and
 * sent. Every node batch commits before the first relationship batch starts, so a relationship's
 * MATCH always finds its ends. The first failure stops new batches from starting; the batches already
 * in flight finish (or fail) and the first error is the one reported.
 */
import type { Driver } from 'neo4j-driver';
import { neo4jDriver } from './neo4jDriver';
import { NewsgraphError, inputError, ioError } from '../../model/errors';
import type { NewsGraph } from '../../store/types';
import { propsToDriver } from './driverValue';
import { planExport, type Batch, type ExportPlan, type NodeRow, type RelRow } from './exportPlan';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** default: the server's default database */
  database?: string;
}

export interface Neo4jExportOptions {
  batchSize: number;
  /**
   * batches in flight at once, each in its own transaction. 1 writes strictly one after another; more
   * overlaps client work with server work, but on Neo4j parallel relationship batches may lock the
   * same nodes (deadlocks are detected there and retried by the driver).
   */
  concurrency: number;
  /** plan only: count what would be written, connect to nothing */
  dryRun: boolean;
  /** called after every batch with the number of rows written so far and the total */
  onProgress?: (done: number, total: number) => void;
}

export const NEO4J_EXPORT_DEFAULTS: Neo4jExportOptions = { batchSize: 1000, concurrency: 2, dryRun: false };

export interface Neo4jExportSummary {
  constraints: number;
  nodes: number;
  relationships: number;
  batches: number;
  dryRun: boolean;
}

/** Turns the driver's errors into one clear line each. */
export function explainNeo4jError(e: unknown, target: Neo4jTarget): NewsgraphError {
  const code = (e as { code?: string }).code ?? '';
  const where = `export neo4j: ${target.uri}`;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return inputError(where, `authentication failed for user '${target.user}'`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return ioError(where, 'cannot reach the server (is it running, and is the URI right?)');
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return inputError(where, `database '${target.database}' does not exist`);
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return ioError(where, code ? `${code}: ${msg}` : msg);
}

export async function exportToNeo4j(
  graph: NewsGraph,
  target: Neo4jTarget,
  options: Partial<Neo4jExportOptions> = {},
): Promise<Neo4jExportSummary> {
  const opts = { ...NEO4J_EXPORT_DEFAULTS, ...options };
  if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) {
    throw inputError('export neo4j', `--concurrency must be a positive integer (got ${opts.concurrency})`);
  }
  const plan = planExport(graph, { batchSize: opts.batchSize });
  const batches = plan.nodes.length + plan.relationships.length;
  const summary = {
    constraints: plan.constraints.length,
    nodes: plan.counts.nodes,
    relationships: plan.counts.relationships,
    batches,
    dryRun: opts.dryRun,
  };
  if (opts.dryRun) return summary;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(target.uri)) {
    throw inputError('export neo4j', `--uri must start with bolt:// or neo4j:// (got '${target.uri}')`);
  }
  let driver: Driver | undefined;
  try {
    driver = neo4jDriver().driver(target.uri, neo4jDriver().auth.basic(target.user, target.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
    });
    await driver.verifyConnectivity({ database: target.database });
    await runPlan(driver, plan, target.database, opts.concurrency, opts.onProgress);
    return summary;
  } catch (e) {
    if (e instanceof NewsgraphError) throw e;
    throw explainNeo4jError(e, target);
  } finally {
    await driver?.close();
  }
}

async function runPlan(
  driver: Driver,
  plan: ExportPlan,
  database: string | undefined,
  concurrency: number,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4jDriver().session.WRITE });
  try {
    for (const statement of plan.constraints) await session.executeWrite((tx) => tx.run(statement));
  } finally {
    await session.close();
  }
  const total = plan.counts.nodes + plan.counts.relationships;
  let done = 0;
  const progress = (rows: number) => onProgress?.((done += rows), total);
  await runBatches(driver, database, concurrency, plan.nodes, nodeRow, progress);
  await runBatches(driver, database, concurrency, plan.relationships, relRow, progress);
}

function nodeRow(r: NodeRow): Record<string, unknown> {
  return { id: r.id, props: propsToDriver(r.props) };
}

function relRow(r: RelRow): Record<string, unknown> {
  return { id: r.id, from: r.from, to: r.to, props: propsToDriver(r.props) };
}

/**
 * Runs the batches in order with up to `concurrency` of them in flight, each worker in its own
 * session; resolves when all have committed, rejects with the first error once the batches in
 * flight have settled.
 */
async function runBatches<Row>(
  driver: Driver,
  database: string | undefined,
  concurrency: number,
  batches: Batch<Row>[],
  toRow: (r: Row) => Record<string, unknown>,
  progress: (rows: number) => void,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    const session = driver.session({ database, defaultAccessMode: neo4jDriver().session.WRITE });
    try {
      while (!failure && next < batches.length) {
        const batch = batches[next++];
        const rows = batch.rows.map(toRow);
        await session.executeWrite((tx) => tx.run(batch.query, { rows }));
        progress(rows.length);
      }
    } catch (e) {
      failure ??= { error: e };
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  const workers = Math.min(concurrency, batches.length);
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}
