import type { Command } from 'commander';
import { graphmlChunks, writeGraphml } from '../../export/graphml';
import { writeFileAtomic } from '../../files';
import { loadGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, outputPath, type CliIo } from '../io';

export interface ExportGraphmlOptions {
  graph: string;
  out: string;
  /** false: leave graph attributes (stored extractions) out of the file */
  extractions?: boolean;
}

/** newsgraph export graphml: the store as GraphML, written atomically to --out, or streamed to stdout with `-`. */
export async function exportGraphmlCommand(o: ExportGraphmlOptions, io: CliIo): Promise<{ exitCode: number; nodes: number; relationships: number }> {
  const graph = loadGraph(inputPath(io, o.graph), o.graph);
  const options = { graphAttributes: o.extractions !== false };
  if (o.out === '-') {
    await writeGraphml(graph, io.stdout as NodeJS.WritableStream as never, options);
  } else {
    writeFileAtomic(outputPath(io, o.out), graphmlChunks(graph, options), 'export.graphml');
    io.stdout.write(`wrote ${o.out}: ${graph.order} nodes, ${graph.size} relationships\n`);
  }
  return { exitCode: EXIT_OK, nodes: graph.order, relationships: graph.size };
}

export const exportGraphml: CommandSpec = {
  name: ['export', 'graphml'],
  summary: 'write the graph as GraphML (Gephi, yEd, networkx, Neo4j APOC)',
  configure(command: Command) {
    command
      .option('-g, --graph <file>', 'the store file to read', 'data/graph.json')
      .requiredOption('-o, --out <file>', 'the GraphML file to write ("-" for stdout)')
      .option('--no-extractions', 'leave the stored extractions (graph-level data) out');
  },
  async run(_args, options, io) {
    return (await exportGraphmlCommand(options as unknown as ExportGraphmlOptions, io)).exitCode;
  },
};
