import * as fs from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { llmBuildPass } from '../../extract/llm';
import { inputError } from '../../model';
import { buildBatch, type BuildSummary } from '../../pipeline';
import { loadGraph, saveBatch } from '../../store';
import { EXIT_FAILURE, EXIT_OK, type CommandSpec } from '../commandSpec';
import { formatSummary } from '../formatSummary';
import { inputPath, line, outputPath, type CliIo } from '../io';
import { parseWorkers } from '../parsers';
import { progressBar } from '../progressBar';

export interface BuildCommandOptions {
  paths: string[];
  out: string;
  append?: boolean;
  json?: boolean;
  workers?: number;
  /** 'llm': the rules extractor plus an LLM (src/extract/llm), merged */
  extractor?: 'rules' | 'llm';
  llmUrl?: string;
  llmModel?: string;
  llmCache?: string;
  maxTokens?: number;
  llmTokensPerSecond?: number;
}

export interface BuildCommandResult {
  exitCode: number;
  summary: BuildSummary;
  wrote: boolean;
}

/**
 * newsgraph build: ingest the paths, write the store. Each bad input is one line on stderr and the
 * build goes on. Exit 0 when the store was written (or --append found nothing new); 1 when no article
 * could be ingested at all, in which case the existing store is left untouched.
 */
export async function buildCommand(o: BuildCommandOptions, io: CliIo): Promise<BuildCommandResult> {
  const out = outputPath(io, o.out);
  const pipeline = o.extractor === 'llm' ? { ...io.pipeline, augment: llmPass(o, io) } : io.pipeline;
  const previous = o.append && fs.existsSync(out) ? loadGraph(out, o.out) : undefined;
  const bar = progressBar(io, !!o.json);
  let result;
  try {
    result = await buildBatch(
      { paths: o.paths.map((p) => inputPath(io, p)), previous, previousName: o.out },
      { workers: o.workers },
      bar.progress,
      pipeline,
    );
  } finally {
    bar.stop();
  }
  const { batch, extractions, summary } = result;
  for (const p of [...summary.problems, ...summary.notices]) io.stderr.write(line(`${p.path}: ${p.reason}`));
  for (const d of summary.duplicates) {
    const why = d.reason === 'same file' ? 'the same file as' : 'the same text as';
    io.stderr.write(line(`${d.path}: skipped, ${why} ${d.duplicateOf}`));
  }
  const nothing = summary.articles === 0;
  const unchanged = !!previous && summary.added === 0;
  const wrote = !nothing && !unchanged;
  // straight from the resolved batch: the bytes a graph of it would save, without building the graph
  if (wrote) await saveBatch(out, batch, extractions);
  if (o.json) io.stdout.write(JSON.stringify({ out: o.out, wrote, ...summary }, null, 2) + '\n');
  else if (!nothing) io.stdout.write(formatSummary(summary, o.out, wrote));
  if (nothing) {
    io.stderr.write(line(`build: no article could be ingested from ${o.paths.join(', ')}; ${o.out} not written`));
    return { exitCode: EXIT_FAILURE, summary, wrote };
  }
  return { exitCode: EXIT_OK, summary, wrote };
}

/** --extractor llm: the LLM pass over the new articles (key from NEWSGRAPH_LLM_KEY); its lines go to stderr. */
function llmPass(o: BuildCommandOptions, io: CliIo) {
  if (!o.llmUrl || !o.llmModel) throw inputError('build', '--extractor llm needs --llm-url and --llm-model');
  const options = {
    url: o.llmUrl,
    model: o.llmModel,
    apiKey: io.env.NEWSGRAPH_LLM_KEY || undefined,
    cacheDir: outputPath(io, o.llmCache ?? '.newsgraph-cache/llm'),
    maxTokens: o.maxTokens,
    tokensPerSecond: o.llmTokensPerSecond,
  };
  return llmBuildPass(options, (l) => io.stderr.write(line(l)));
}

function positiveNumber(integer: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (!(n > 0) || (integer && !Number.isInteger(n))) throw new InvalidArgumentError(integer ? 'expected a positive integer.' : 'expected a positive number.');
    return n;
  };
}

export const build: CommandSpec = {
  name: ['build'],
  summary: 'ingest articles (files or directories) into a graph store',
  configure(command: Command) {
    command
      .argument('<paths...>', 'article files (.txt, .md, .html) or directories (searched recursively)')
      .option('-o, --out <file>', 'the store file to write', 'data/graph.json')
      .option('-a, --append', 'add new articles to the existing store instead of replacing it')
      .option('--json', 'print the summary as JSON')
      .addOption(new Option('-w, --workers <n>', 'worker threads for reading and extraction (default: one per 1,000 files, up to all cores)').argParser(parseWorkers))
      .addOption(new Option('--extractor <name>', 'rules (default), or llm: rules plus an LLM, merged').choices(['rules', 'llm']))
      .option('--llm-url <url>', 'OpenAI-compatible API for --extractor llm, e.g. http://127.0.0.1:11434/v1 (key: NEWSGRAPH_LLM_KEY)')
      .option('--llm-model <name>', 'model name for --extractor llm')
      .option('--llm-cache <dir>', 'cache of LLM replies (default .newsgraph-cache/llm)')
      .addOption(new Option('--max-tokens <n>', 'LLM token budget: articles beyond it keep the rules extraction').argParser(positiveNumber(true)))
      .addOption(new Option('--llm-tokens-per-second <n>', 'assumed LLM speed, for the time estimate (default 30)').argParser(positiveNumber(false)));
  },
  async run(args, options, io) {
    const o = options as Omit<BuildCommandOptions, 'paths'>;
    return (await buildCommand({ ...o, paths: args }, io)).exitCode;
  },
};
