import type { Command } from 'commander';
import type { Conflict } from '../../model';
import { listConflicts } from '../../resolve';
import { graphToBatch, loadGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, type CliIo } from '../io';

export interface ConflictsOptions {
  graph: string;
  json?: boolean;
}

/** newsgraph conflicts: every property the articles disagree on, each value with the articles claiming it. */
export async function conflictsCommand(o: ConflictsOptions, io: CliIo): Promise<{ exitCode: number; conflicts: Conflict[] }> {
  const graph = loadGraph(inputPath(io, o.graph), o.graph);
  const conflicts = listConflicts(graphToBatch(graph));
  if (o.json) {
    io.stdout.write(JSON.stringify(conflicts, null, 2) + '\n');
    return { exitCode: EXIT_OK, conflicts };
  }
  const articleName = (id: string) => {
    if (!graph.hasNode(id)) return id;
    const p = graph.getNodeAttribute(id, 'properties');
    const where = p.path ?? p.url ?? p.title;
    return where === undefined ? id : `${id} (${String(where)})`;
  };
  for (const c of conflicts) {
    io.stdout.write(`${c.description}: ${c.property}\n`);
    for (const claim of c.claims) io.stdout.write(`  ${JSON.stringify(claim.value)}  ${claim.sources.map(articleName).join(', ')}\n`);
  }
  io.stdout.write(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}\n`);
  return { exitCode: EXIT_OK, conflicts };
}

export const conflicts: CommandSpec = {
  name: ['conflicts'],
  summary: 'list where the articles disagree (each value with the articles that claim it)',
  configure(command: Command) {
    command.option('-g, --graph <file>', 'the store file to read', 'data/graph.json').option('--json', 'print the conflicts as JSON');
  },
  async run(_args, options, io) {
    return (await conflictsCommand(options as unknown as ConflictsOptions, io)).exitCode;
  },
};
