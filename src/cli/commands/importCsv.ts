import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { readNeo4jCsv } from '../../export/neo4j/neo4jCsv';
import { formatError, inputError } from '../../model/errors';
import { createGraph, saveGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, outputPath, type CliIo } from '../io';

export interface ImportCsvOptions {
  out: string;
}

/** newsgraph import csv: files written by `export csv` back into a store. */
export async function importCsvCommand(dir: string, o: ImportCsvOptions, io: CliIo): Promise<{ exitCode: number }> {
  const where = inputPath(io, dir);
  let names: string[];
  try {
    names = fs.readdirSync(where).filter((f) => /^(nodes|rels)_.*\.csv$/.test(f)).sort();
  } catch (e) {
    throw inputError(`import csv: ${dir}`, `cannot read the directory (${(e as NodeJS.ErrnoException).code})`);
  }
  if (!names.length) throw inputError(`import csv: ${dir}`, 'no nodes_*.csv or rels_*.csv files');
  const data = readNeo4jCsv(names.map((name) => ({ name, content: fs.readFileSync(path.join(where, name), 'utf8') })));
  const graph = createGraph();
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) throw formatError(`import csv: ${dir}`, `node id '${n.id}' appears twice`);
    graph.addNode(n.id, { labels: n.labels, properties: n.properties as never });
  }
  for (const r of data.relationships) {
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to)) throw formatError(`import csv: ${dir}`, `relationship '${r.id}' joins a missing node`);
    graph.addEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: r.properties as never });
  }
  saveGraph(outputPath(io, o.out), graph);
  io.stdout.write(`wrote ${o.out}: ${graph.order} nodes, ${graph.size} relationships\n`);
  return { exitCode: EXIT_OK };
}

export const importCsv: CommandSpec = {
  name: ['import', 'csv'],
  summary: 'read the CSV files of `export csv` back into a store',
  configure(command: Command) {
    command.argument('<dir>', 'the directory with nodes_*.csv and rels_*.csv').option('-o, --out <file>', 'the store file to write', 'data/graph.json');
  },
  async run(args, options, io) {
    return (await importCsvCommand(args[0], options as unknown as ImportCsvOptions, io)).exitCode;
  },
};
