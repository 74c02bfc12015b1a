/** What compiled plans run against: the store, parameters, function context and limits of one run. */
import type { FunctionContext } from '../functions/types';
import type { CypherValue } from '../values/types';
import type { GraphStore } from './graphStore';
import type { ProcedureRegistry } from '../procedures';
import type { Params } from '../convert';
import { limitError } from '../limits';

export type Row = Record<string, CypherValue>;

/**
 * `row` plus one variable, as a new row. Built key by key on purpose: rows of one shape then share a
 * hidden class, while `{ ...row, [name]: value }` (or a spread copy then an added key) takes V8's
 * slow path, about 20 times the cost and a new hidden class per row.
 */
export function extendRow(row: Row, name: string, value: CypherValue): Row {
  const out: Row = {};
  for (const k in row) out[k] = row[k];
  out[name] = value;
  return out;
}

/** a copy of `row` to add variables to (see extendRow) */
export function copyRow(row: Row): Row {
  const out: Row = {};
  for (const k in row) out[k] = row[k];
  return out;
}

export interface ExecContext {
  store: GraphStore;
  params: Params;
  fn: FunctionContext;
  procedures: ProcedureRegistry;
  /** Date.now() after which the run fails with a LIMIT error */
  deadline: number;
  /** counts work units between clock reads */
  ticks: number;
  /** run updating clauses with every barrier (a streaming run hit a conflict; see eagerness.ts) */
  eagerWrites?: boolean;
}

/** cheap periodic deadline check, called from inner loops */
export function tick(ctx: ExecContext): void {
  if ((++ctx.ticks & 1023) === 0 && Date.now() > ctx.deadline) throw limitError('timeout', 'the query ran past its time limit');
}

export type Fn = (row: Row, ctx: ExecContext) => CypherValue;

/**
 * Where a pushed row goes next (see PushOp). The row is lent for the call only: a sink must not keep
 * it, since its sender may rebind a variable in the same object for the next row; a sink may bind its
 * own clause's variables in it (every clause binds its variables for every row it hands on, so a value
 * left from an earlier row is never read).
 */
export type Sink = (row: Row, ctx: ExecContext) => void;
/**
 * The same clause as a row operator, in push form: given the next clause's sink, a sink that does
 * this clause's work for one row and hands every resulting row on, in the order the operator would
 * yield them. A chain of these runs without a generator, iterator result or resumption per row.
 */
export type PushOp = (next: Sink) => Sink;

/** attach a push form to a row operator (returned as is) */
export function withPush<T extends object>(op: T, push: PushOp): T & { push: PushOp } {
  return Object.assign(op, { push });
}

/** what the compiler knows about a variable */
/** `rawRow`: an UNWIND variable that may hold a raw JS row (see rawRows.ts): only its properties are read */
export type VarType = 'node' | 'rel' | 'path' | 'relList' | 'any' | 'int' | 'float' | 'string' | 'bool' | 'list' | 'map' | 'null' | 'rawRow';
export type Scope = Map<string, VarType>;
