import * as path from 'node:path';
import type { Command } from 'commander';
import { formatReport, readGoldFile, scoreGraph, summarizeReport, compareToBaseline, formatRegressions } from '../../eval';
import { inputError } from '../../model/errors';
import { buildGraph } from '../../pipeline';
import { graphToBatch } from '../../store';
import { existsSync, readFileSync } from 'node:fs';
import { EXIT_FAILURE, EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, type CliIo } from '../io';

export interface EvalOptions {
  gold: string;
  articles?: string;
  json?: boolean;
  /** a committed metrics file (summarizeReport output): exit 1 when a score falls more than 0.02 below it */
  baseline?: string;
}

/** newsgraph eval: builds the graph of the gold's articles in memory and scores it against the gold. */
export async function evalCommand(o: EvalOptions, io: CliIo): Promise<{ exitCode: number; metrics: Record<string, number> }> {
  const goldPath = inputPath(io, o.gold);
  const gold = readGoldFile(goldPath);
  const dir = o.articles ? inputPath(io, o.articles) : path.dirname(goldPath);
  const files = gold.articles.map((a) => path.join(dir, a.file));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    throw inputError(`eval: ${o.articles ?? path.dirname(o.gold)}`, `${missing.length} of the gold's ${files.length} articles are not there (first: ${path.basename(missing[0])}); pass --articles DIR`);
  }
  const built = await buildGraph({ paths: files }, {}, undefined, io.pipeline ?? {});
  if (built.summary.problems.length) {
    for (const p of built.summary.problems) io.stderr.write(`newsgraph: ${p.path}: ${p.reason}\n`);
  }
  const report = scoreGraph(graphToBatch(built.graph), gold);
  const metrics = summarizeReport(report) as unknown as Record<string, number>;
  io.stdout.write(o.json ? JSON.stringify({ metrics, report }, null, 2) + '\n' : formatReport(report));
  if (o.baseline) {
    let baseline: unknown;
    try {
      baseline = JSON.parse(readFileSync(inputPath(io, o.baseline), 'utf8'));
    } catch (e) {
      throw inputError(`eval: ${o.baseline}`, `cannot read the baseline (${(e as Error).message.split('\n')[0]})`);
    }
    const regressions = compareToBaseline(report, baseline as never);
    if (regressions.length) {
      io.stderr.write(formatRegressions(regressions));
      return { exitCode: EXIT_FAILURE, metrics };
    }
  }
  return { exitCode: EXIT_OK, metrics };
}

export const evaluate: CommandSpec = {
  name: ['eval'],
  summary: 'score the extractor against a gold file: precision, recall, F1 per label and type, provenance',
  configure(command: Command) {
    command
      .requiredOption('--gold <file>', 'the gold file (docs/gold-format.md)')
      .option('--articles <dir>', "where the gold's article files are (default: beside the gold file)")
      .option('--baseline <file>', 'committed metrics: fail when a score falls more than 0.02 below them')
      .option('--json', 'print {metrics, report} as JSON');
  },
  async run(_args, options, io) {
    return (await evalCommand(options as unknown as EvalOptions, io)).exitCode;
  },
};
