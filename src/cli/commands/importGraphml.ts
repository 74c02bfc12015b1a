import type { Command } from 'commander';
import { readGraphmlFile } from '../../export/graphml';
import { saveGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, outputPath, type CliIo } from '../io';

export interface ImportGraphmlOptions {
  file: string;
  out: string;
}

/** newsgraph import graphml: a GraphML file (ours or another tool's) into a store file, replacing it. */
export async function importGraphmlCommand(o: ImportGraphmlOptions, io: CliIo): Promise<{ exitCode: number; nodes: number; relationships: number }> {
  const graph = readGraphmlFile(inputPath(io, o.file), o.file);
  saveGraph(outputPath(io, o.out), graph);
  io.stdout.write(`wrote ${o.out}: ${graph.order} nodes, ${graph.size} relationships\n`);
  return { exitCode: EXIT_OK, nodes: graph.order, relationships: graph.size };
}

export const importGraphml: CommandSpec = {
  name: ['import', 'graphml'],
  summary: 'read a GraphML file into a graph store',
  configure(command: Command) {
    command.argument('<file>', 'the GraphML file to read').option('-o, --out <file>', 'the store file to write', 'data/graph.json');
  },
  async run(args, options, io) {
    return (await importGraphmlCommand({ file: args[0], out: (options as { out: string }).out }, io)).exitCode;
  },
};
