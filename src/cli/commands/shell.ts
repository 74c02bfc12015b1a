import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Command } from 'commander';
import { hasWrites, openGraph, type NewsgraphDb } from '../../api/openGraph';
import { CypherError, formatCypherError, fromJs } from '../../cypher';
import type { CypherValue } from '../../cypher/values/types';
import { isNewsgraphError } from '../../model/errors';
import { saveGraph } from '../../store';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../format/resultTable';
import { parseParam } from '../format/parseParams';
import { inputPath, type CliIo } from '../io';

export interface ShellOptions {
  graph: string;
  write?: boolean;
  /** the input (default: the process's stdin) */
  input?: NodeJS.ReadableStream;
  /** where history is kept (default ~/.newsgraph_history; none when the input is not a TTY) */
  historyFile?: string;
}

const HELP = `Statements end with ';' (a statement may span lines). Commands:
  :help                 this text
  :params               show the parameters
  :param name=value     set a parameter (value is JSON if it parses, else a string)
  :unparam name         remove a parameter
  :format table|json|csv
  :timing on|off        show how long each statement took
  :quit                 leave (also Ctrl-D)
`;

/** The state of one shell session; `execute` handles one complete statement or command. */
export class ShellSession {
  params: Record<string, CypherValue> = {};
  format: ResultFormat = 'table';
  timing = true;
  done = false;

  constructor(
    private readonly db: NewsgraphDb,
    private readonly io: CliIo,
    private readonly write: boolean,
  ) {}

  execute(input: string): void {
    const text = input.trim();
    if (!text) return;
    if (text.startsWith(':')) return this.command(text);
    const query = text.replace(/;\s*$/, '');
    try {
      if (!this.write && this.db.engine.isUpdating(query)) {
        this.io.stderr.write('this statement writes; start the shell with --write to allow it\n');
        return;
      }
      const t = process.hrtime.bigint();
      const r = this.db.engine.run(query, this.params);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (this.write && hasWrites(r.stats) && this.db.path) {
        saveGraph(this.db.path, this.db.graph);
      }
      this.io.stdout.write(formatResult({ columns: r.columns, rows: r.rows, access: this.db.engine.store }, this.format));
      const changes = Object.entries(r.stats).filter(([, v]) => typeof v === 'number' && v > 0);
      const summary = `${r.rows.length} row${r.rows.length === 1 ? '' : 's'}${changes.length ? `, ${changes.map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`;
      this.io.stdout.write(this.timing ? `${summary} (${ms.toFixed(1)} ms)\n` : `${summary}\n`);
    } catch (e) {
      if (e instanceof CypherError) this.io.stderr.write(`${formatCypherError(e, query)}\n`);
      else if (isNewsgraphError(e)) this.io.stderr.write(`${e.message}\n`);
      else throw e;
    }
  }

  private command(text: string): void {
    const [cmd, ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    const out = this.io.stdout;
    switch (cmd) {
      case ':help':
        out.write(HELP);
        break;
      case ':params':
        out.write(Object.keys(this.params).length ? `${Object.keys(this.params).map((k) => `$${k}`).join(', ')}\n` : 'no parameters\n');
        break;
      case ':param':
        try {
          const [k, v] = parseParam(arg);
          this.params[k] = fromJs(v);
        } catch (e) {
          this.io.stderr.write(`${(e as Error).message}\n`);
        }
        break;
      case ':unparam':
        delete this.params[arg.replace(/^\$/, '')];
        break;
      case ':format':
        if (RESULT_FORMATS.includes(arg as ResultFormat)) this.format = arg as ResultFormat;
        else this.io.stderr.write(`:format takes ${RESULT_FORMATS.join(', ')}\n`);
        break;
      case ':timing':
        this.timing = arg !== 'off';
        break;
      case ':quit':
      case ':exit':
        this.done = true;
        break;
      default:
        this.io.stderr.write(`unknown command ${cmd} (:help lists them)\n`);
    }
  }
}

/** True when `buffer` holds a complete statement (ends with ';' outside quotes) or a :command. */
export function isComplete(buffer: string): boolean {
  const t = buffer.trim();
  if (t.startsWith(':')) return true;
  let quote: string | null = null;
  let last = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && t[i + 1] === '/') {
      const nl = t.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
      continue;
    }
    if (!/\s/.test(ch)) last = ch;
  }
  return !quote && last === ';';
}

/** newsgraph shell: an interactive Cypher prompt on the store (multi-line input, history, :help). */
export async function shellCommand(o: ShellOptions, io: CliIo): Promise<{ exitCode: number }> {
  const db = await openGraph(inputPath(io, o.graph), { readOnly: false });
  const session = new ShellSession(db, io, !!o.write);
  const input = o.input ?? process.stdin;
  const interactive = !!(input as NodeJS.ReadStream).isTTY && !!io.stdout.isTTY;
  const historyFile = o.historyFile ?? path.join(os.homedir(), '.newsgraph_history');
  const history = interactive && fs.existsSync(historyFile) ? fs.readFileSync(historyFile, 'utf8').split('\n').filter(Boolean).reverse() : [];
  const rl = readline.createInterface({
    input,
    output: interactive ? (io.stdout as NodeJS.WritableStream) : undefined,
    terminal: interactive,
    history,
    historySize: 1000,
  });
  if (interactive) {
    io.stdout.write(`newsgraph shell on ${o.graph}: ${db.graph.order} nodes, ${db.graph.size} relationships. :help for help.\n`);
  }
  let buffer = '';
  const prompt = () => interactive && rl.setPrompt(buffer ? '      > ' : 'cypher> ');
  prompt();
  if (interactive) rl.prompt();
  for await (const lineText of rl) {
    buffer = buffer ? `${buffer}\n${lineText}` : lineText;
    if (isComplete(buffer)) {
      const statement = buffer;
      buffer = '';
      if (interactive) fs.appendFileSync(historyFile, statement.replace(/\n/g, ' ') + '\n');
      session.execute(statement);
      if (session.done) break;
    }
    prompt();
    if (interactive) rl.prompt();
  }
  if (buffer.trim()) session.execute(buffer);
  rl.close();
  return { exitCode: EXIT_OK };
}

export const shell: CommandSpec = {
  name: ['shell'],
  summary: 'an interactive Cypher prompt on the store (multi-line, history, :help, :params, timing)',
  configure(command: Command) {
    command
      .option('-g, --graph <file>', 'the store file', 'data/graph.json')
      .option('--write', 'allow statements that write, saving the store after each');
  },
  async run(_args, options, io) {
    return (await shellCommand(options as unknown as ShellOptions, io)).exitCode;
  },
};
