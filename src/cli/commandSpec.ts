import type { Command } from 'commander';
import type { CliIo } from './io';

/**
 * One row of the command table: the words that name it (`['export', 'graphml']`), how to declare its
 * arguments and options on commander, and how to run it. `run` returns the exit code; it never calls
 * process.exit (only main.ts does).
 */
export interface CommandSpec {
  name: readonly string[];
  summary: string;
  configure(command: Command): void;
  run(args: string[], options: Record<string, unknown>, io: CliIo): Promise<number>;
}

/** Exit codes (src/cli/README.md). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
