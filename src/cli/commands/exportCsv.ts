import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { writeNeo4jCsv } from '../../export/neo4j/neo4jCsv';
import { ioError } from '../../model/errors';
import { writeFileAtomic } from '../../files';
import { loadGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, outputPath, type CliIo } from '../io';

export interface ExportCsvOptions {
  graph: string;
  out: string;
}

/** The neo4j-admin command that imports what `export csv` wrote. */
export function importCommandFor(dir: string, files: string[]): string {
  const args = files.map((f) => `${f.startsWith('nodes_') ? '--nodes' : '--relationships'}=${path.join(dir, f)}`);
  return ['neo4j-admin database import full neo4j', '--array-delimiter="\\031"', '--multiline-fields=true', ...args].join(' \\\n  ');
}

/** newsgraph export csv: node and relationship files for `neo4j-admin database import full`. */
export async function exportCsvCommand(o: ExportCsvOptions, io: CliIo): Promise<{ exitCode: number; files: string[] }> {
  const graph = loadGraph(inputPath(io, o.graph), o.graph);
  const dir = outputPath(io, o.out);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw ioError(`export csv: ${o.out}`, `cannot create the directory (${(e as NodeJS.ErrnoException).code})`);
  }
  const files = writeNeo4jCsv(graph);
  for (const f of files) writeFileAtomic(path.join(dir, f.name), [f.content], 'export csv');
  io.stdout.write(`wrote ${files.length} files to ${o.out}; import them with:\n${importCommandFor(o.out, files.map((f) => f.name))}\n`);
  return { exitCode: EXIT_OK, files: files.map((f) => f.name) };
}

export const exportCsv: CommandSpec = {
  name: ['export', 'csv'],
  summary: 'write node and relationship CSV files for neo4j-admin database import',
  configure(command: Command) {
    command.option('-g, --graph <file>', 'the store file to read', 'data/graph.json').requiredOption('-o, --out <dir>', 'the directory to write');
  },
  async run(_args, options, io) {
    return (await exportCsvCommand(options as unknown as ExportCsvOptions, io)).exitCode;
  },
};
