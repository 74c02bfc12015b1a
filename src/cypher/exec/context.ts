/** What compiled plans run against: the store, parameters, function context and limits of one run. */
import type { FunctionContext } from '../functions/types';
import type { CypherValue } from '../values/types';
import type { GraphStore } from './graphStore';
import type { ProcedureRegistry } from '../procedures';
import { limitError } from '../limits';

export type Row = Record<string, CypherValue>;

export interface ExecContext {
  store: GraphStore;
  params: Record<string, CypherValue>;
  fn: FunctionContext;
  procedures: ProcedureRegistry;
  /** Date.now() after which the run fails with a LIMIT error */
  deadline: number;
  /** counts work units between clock reads */
  ticks: number;
}

/** cheap periodic deadline check, called from inner loops */
export function tick(ctx: ExecContext): void {
  if ((++ctx.ticks & 1023) === 0 && Date.now() > ctx.deadline) throw limitError('timeout', 'the query ran past its time limit');
}

export type Fn = (row: Row, ctx: ExecContext) => CypherValue;

/** what the compiler knows about a variable */
export type VarType = 'node' | 'rel' | 'path' | 'relList' | 'any' | 'int' | 'float' | 'string' | 'bool' | 'list' | 'map' | 'null';
export type Scope = Map<string, VarType>;
