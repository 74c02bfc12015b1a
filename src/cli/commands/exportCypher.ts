import type { Command } from 'commander';
import { writeCypherScript } from '../../export/neo4j/writeCypherScript';
import { writeFileAtomic } from '../../files';
import { loadGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, outputPath, type CliIo } from '../io';

export interface ExportCypherOptions {
  graph: string;
  out: string;
  batch?: number;
}

/** newsgraph export cypher: a parameter-free script for `cypher-shell -f`. */
export async function exportCypherCommand(o: ExportCypherOptions, io: CliIo): Promise<{ exitCode: number }> {
  const graph = loadGraph(inputPath(io, o.graph), o.graph);
  const chunks: string[] = [];
  const summary = writeCypherScript(graph, (c) => chunks.push(c), { batchSize: o.batch ?? 500 });
  if (o.out === '-') io.stdout.write(chunks.join(''));
  else {
    writeFileAtomic(outputPath(io, o.out), chunks, 'export cypher');
    io.stdout.write(`wrote ${o.out}: ${summary.statements} statements (${summary.nodes} nodes, ${summary.relationships} relationships)\n`);
  }
  return { exitCode: EXIT_OK };
}

export const exportCypher: CommandSpec = {
  name: ['export', 'cypher'],
  summary: 'write a Cypher script (constraints + batched UNWIND/MERGE of literals) for cypher-shell -f',
  configure(command: Command) {
    command
      .option('-g, --graph <file>', 'the store file to read', 'data/graph.json')
      .requiredOption('-o, --out <file>', 'the script to write ("-" for stdout)')
      .option('--batch <n>', 'rows per statement', (v) => Number(v), 500);
  },
  async run(_args, options, io) {
    return (await exportCypherCommand(options as unknown as ExportCypherOptions, io)).exitCode;
  },
};
