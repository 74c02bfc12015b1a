/**
 * The command line: builds commander from the command table, runs one command, maps the outcome to an
 * exit code. `run` is what tests call (in-process, with injected io); `main` is what bin/newsgraph.js
 * calls, and the only place that touches the process's exit status.
 *
 * Exit codes: 0 success; 1 failure (an expected one prints one line `newsgraph: <message>`; a bug
 * prints its stack); 2 usage error (unknown command or option, missing or invalid argument).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { isNewsgraphError } from '../model';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CommandSpec } from './commandSpec';
import { COMMANDS, GROUPS } from './commandTable';
import { line, processIo, type CliIo } from './io';

export async function run(argv: readonly string[], io: CliIo = processIo(), commands: readonly CommandSpec[] = COMMANDS): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('newsgraph')
    .description('Turn news articles into a knowledge graph: build it, query it, export it.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(line(s.replace(/^error: /, '').trimEnd())),
    })
    .showHelpAfterError('(add --help for usage)');

  for (const spec of commands) {
    let parent = program;
    for (const word of spec.name.slice(0, -1)) {
      parent = parent.commands.find((c) => c.name() === word) ?? parent.command(word).description(GROUPS[word] ?? '');
    }
    const command = parent.command(spec.name[spec.name.length - 1]).description(spec.summary);
    spec.configure(command);
    command.action(async () => {
      const args = command.processedArgs.flat().filter((a) => a !== undefined).map(String);
      exitCode = await spec.run(args, command.opts(), io);
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'node' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (isNewsgraphError(e)) {
      io.stderr.write(line(e.message.split('\n')[0]));
      return EXIT_FAILURE;
    }
    io.stderr.write(line(`internal error (a bug, please report it):\n${e instanceof Error ? e.stack : String(e)}`));
    return EXIT_FAILURE;
  }
  return exitCode;
}

/** Entry point for bin/newsgraph.js. */
export function main(argv: readonly string[] = process.argv): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e; // `newsgraph ... | head` closed the pipe: not an error
  });
  return run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(line(`internal error (a bug, please report it):\n${e instanceof Error ? e.stack : String(e)}`));
      process.exitCode = EXIT_FAILURE;
    },
  );
}

function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}
