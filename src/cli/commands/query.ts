import * as fs from 'node:fs';
import type { Command } from 'commander';
import { hasWrites, openGraph } from '../../api/openGraph';
import { saveGraph } from '../../store';
import { CypherError, formatCypherError, fromJsParams } from '../../cypher';
import { inputError } from '../../model/errors';
import { EXIT_FAILURE, EXIT_OK, type CommandSpec } from '../commandSpec';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../format/resultTable';
import { parseParams } from '../format/parseParams';
import { inputPath, line, type CliIo } from '../io';

export interface QueryOptions {
  graph: string;
  file?: string;
  param?: string[];
  params?: string;
  format?: ResultFormat;
  /** persist writes (CREATE, MERGE, SET, DELETE ...) to the store; without it writes are refused */
  write?: boolean;
  timeout?: number;
  maxRows?: number;
}

/** Reads a query file: the text as is (comments are Cypher comments); a trailing `;` is dropped. */
export function readQueryFile(path: string): string {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw inputError(`query: ${path}`, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text.replace(/;\s*$/, '');
}

/** newsgraph query: one Cypher statement on the store; results as a table, JSON or CSV. */
export async function queryCommand(text: string | undefined, o: QueryOptions, io: CliIo): Promise<{ exitCode: number }> {
  const format = o.format ?? 'table';
  if (!RESULT_FORMATS.includes(format)) throw inputError('query', `--format must be one of ${RESULT_FORMATS.join(', ')}`);
  if ((text === undefined) === (o.file === undefined)) throw inputError('query', 'give either a query or -f FILE');
  const query = o.file ? readQueryFile(inputPath(io, o.file)) : text!;
  const db = await openGraph(inputPath(io, o.graph), {
    readOnly: !o.write,
    limits: { ...(o.timeout ? { timeoutMs: o.timeout } : {}), ...(o.maxRows ? { maxRows: o.maxRows } : {}) },
  });
  const params = fromJsParams(parseParams(o.param, o.params));
  try {
    if (!o.write && db.engine.isUpdating(query)) {
      throw inputError('query', 'this query writes to the graph; add --write to apply it to the store');
    }
    const started = process.hrtime.bigint();
    const r = db.engine.run(query, params);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (o.write && db.path && hasWrites(r.stats)) saveGraph(db.path, db.graph);
    io.stdout.write(formatResult({ columns: r.columns, rows: r.rows, access: db.engine.store }, format));
    if (format === 'table') io.stderr.write(`${r.rows.length} row${r.rows.length === 1 ? '' : 's'} (${ms.toFixed(1)} ms)\n`);
    return { exitCode: EXIT_OK };
  } catch (e) {
    if (e instanceof CypherError) {
      io.stderr.write(line(formatCypherError(e, query)));
      return { exitCode: EXIT_FAILURE };
    }
    throw e;
  }
}

const collect = (v: string, all: string[] = []) => [...all, v];

export const query: CommandSpec = {
  name: ['query'],
  summary: 'run one Cypher query on the store (table, JSON or CSV)',
  configure(command: Command) {
    command
      .argument('[query]', 'the Cypher text (or use -f)')
      .option('-g, --graph <file>', 'the store file', 'data/graph.json')
      .option('-f, --file <file>', 'read the query from a .cypher file')
      .option('-p, --param <name=value>', 'a parameter; the value is JSON if it parses, else a string (repeatable)', collect)
      .option('--params <json>', 'parameters as one JSON object')
      .option('--format <format>', 'table, json or csv', 'table')
      .option('--write', 'allow a query that writes, and save the store atomically afterwards')
      .option('--timeout <ms>', 'stop the query after this many milliseconds', (v) => Number(v))
      .option('--max-rows <n>', 'refuse results larger than this', (v) => Number(v));
  },
  async run(args, options, io) {
    return (await queryCommand(args[0], options as unknown as QueryOptions, io)).exitCode;
  },
};
