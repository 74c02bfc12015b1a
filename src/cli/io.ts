/**
 * What a command may touch of the outside world, injected so commands run in-process in tests
 * (changesets style): the working directory, two output streams, the environment.
 */
import * as path from 'node:path';
import type { BuildEnvironment } from '../pipeline';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** stand-in pipeline stages (tests, benchmarks); the real ones by default */
  pipeline?: BuildEnvironment;
}

export function processIo(): CliIo {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/**
 * A path from the command line as the command should use it: absolute paths as given; relative ones
 * as given when `cwd` is the process's (so Article paths stay relative, as typed), else joined to `cwd`.
 */
export function inputPath(io: CliIo, p: string): string {
  if (path.isAbsolute(p) || path.resolve(io.cwd) === process.cwd()) return p;
  return path.join(io.cwd, p);
}

/** A file the command writes: always absolute, resolved against `cwd`. */
export function outputPath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/** The one-line form every expected failure and warning takes on stderr. */
export function line(message: string): string {
  return `newsgraph: ${message}\n`;
}
