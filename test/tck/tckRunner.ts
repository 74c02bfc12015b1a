/**
 * Where the openCypher TCK runner is: $NEWSGRAPH_TCK when set, else ../shared/tck/run-tck.mjs beside the
 * repository (how the project's machines and CI lay it out).
 */
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

export function tckRunnerPath(): string {
  return process.env.NEWSGRAPH_TCK ?? path.resolve(repoRoot, '../shared/tck/run-tck.mjs');
}
