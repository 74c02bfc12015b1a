import type { Command } from 'commander';
import { NEO4J_EXPORT_DEFAULTS, exportToNeo4j, type Neo4jExportSummary } from '../../export/neo4j/exportToNeo4j';
import { inputError } from '../../model/errors';
import { loadGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, type CliIo } from '../io';
import { countProgress } from '../countProgress';

export interface ExportNeo4jOptions {
  graph: string;
  uri: string;
  user: string;
  /** the password; or taken from the NEO4J_PASSWORD environment variable */
  password?: string;
  database?: string;
  batch?: number;
  /** batches in flight at once */
  concurrency?: number;
  dryRun?: boolean;
  json?: boolean;
}

/** newsgraph export neo4j: the store into a Neo4j server through neo4j-driver (idempotent MERGE). */
export async function exportNeo4jCommand(o: ExportNeo4jOptions, io: CliIo): Promise<{ exitCode: number; summary: Neo4jExportSummary }> {
  const graph = loadGraph(inputPath(io, o.graph), o.graph);
  const password = o.password ?? io.env.NEO4J_PASSWORD;
  if (!o.dryRun && password === undefined) throw inputError('export neo4j', 'give --password or set NEO4J_PASSWORD');
  const total = graph.order + graph.size;
  const progress = countProgress(io, { total, label: 'export', quiet: !!o.json });
  const summary = await exportToNeo4j(
    graph,
    { uri: o.uri, user: o.user, password: password ?? '', database: o.database },
    { batchSize: o.batch ?? 1000, concurrency: o.concurrency ?? NEO4J_EXPORT_DEFAULTS.concurrency, dryRun: !!o.dryRun, onProgress: (done) => progress.update(done) },
  );
  progress.stop();
  if (o.json) io.stdout.write(JSON.stringify(summary) + '\n');
  else {
    const verb = summary.dryRun ? 'would write' : 'wrote';
    io.stdout.write(
      `${verb} ${summary.nodes} nodes and ${summary.relationships} relationships to ${o.uri}${o.database ? ` (database ${o.database})` : ''} ` +
        `in ${summary.batches} batches, after ${summary.constraints} uniqueness constraints\n`,
    );
  }
  return { exitCode: EXIT_OK, summary };
}

export const exportNeo4j: CommandSpec = {
  name: ['export', 'neo4j'],
  summary: 'copy the graph into Neo4j through neo4j-driver (constraints, then batched MERGE; idempotent)',
  configure(command: Command) {
    command
      .option('-g, --graph <file>', 'the store file to read', 'data/graph.json')
      .option('--uri <uri>', 'bolt:// or neo4j:// URI', 'bolt://127.0.0.1:7687')
      .option('--user <user>', 'user name', 'neo4j')
      .option('--password <password>', 'password (default: $NEO4J_PASSWORD)')
      .option('--database <name>', 'target database (default: the server default)')
      .option('--batch <n>', 'rows per transaction', (v) => Number(v), 1000)
      .option('--concurrency <n>', 'batches in flight at once, each in its own transaction (1: one after another)', (v) => Number(v), NEO4J_EXPORT_DEFAULTS.concurrency)
      .option('--dry-run', 'count what would be written; connect to nothing')
      .option('--json', 'print the summary as JSON');
  },
  async run(_args, options, io) {
    return (await exportNeo4jCommand(options as unknown as ExportNeo4jOptions, io)).exitCode;
  },
};
