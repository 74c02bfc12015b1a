/**
 * Every command of the CLI, in help order. To add one: write src/cli/commands/<name>.ts exporting a
 * CommandSpec and list it here; multi-word names (`export graphml`) nest under their first word.
 */
import type { CommandSpec } from './commandSpec';
import { build } from './commands/build';
import { conflicts } from './commands/conflicts';
import { exportGraphml } from './commands/exportGraphml';
import { importGraphml } from './commands/importGraphml';
import { query } from './commands/query';
import { shell } from './commands/shell';
import { serve } from './commands/serve';
import { exportNeo4j } from './commands/exportNeo4j';
import { exportCypher } from './commands/exportCypher';
import { exportCsv } from './commands/exportCsv';
import { importCsv } from './commands/importCsv';
import { evaluate } from './commands/eval';

export const COMMANDS: CommandSpec[] = [
  build,
  query,
  shell,
  serve,
  conflicts,
  exportGraphml,
  exportNeo4j,
  exportCypher,
  exportCsv,
  importGraphml,
  importCsv,
  evaluate,
];

/** Descriptions of the group words (`newsgraph export --help`). */
export const GROUPS: Record<string, string> = {
  export: 'write the graph in another format',
  import: 'read a graph from another format',
};
