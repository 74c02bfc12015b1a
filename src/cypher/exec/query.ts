/**
 * Query compiler: a parsed query -> a plan (columns + a lazy row pipeline). Clauses compile in order,
 * threading the variable scope; semantic errors surface here, before anything runs.
 */
import type * as A from '../syntax/ast';
import { groupKey } from '../values/equality';
import { CypherError, type CypherValue } from '../values/types';
import { typeName } from '../values/typeName';
import { fitsType, procedureNotFound } from '../procedures';
import type { ProcedureRegistry } from '../procedures';
import type { ExecContext, Row, Scope } from './context';
import { extendRow, tick, withPush, type PushOp, type Sink } from './context';
import { ExprCompiler } from './expressions';
import { compilePattern } from './patterns';
import { compileNodeFinder, lookupRows } from './nodeLookup';
import { fromJs, paramValue, RAW_LISTS } from '../convert';
import { rawBinding, readsOnlyProperties } from './rawRows';
import { compileProjection, forEachChild, type CompiledProjection, type RowOp } from './projection';
import { groupPushdown } from './groupPushdown';
import { labelGroupPushdown } from './labelGroupPushdown';
import { compileCreate, compileDelete, compileMerge, compileRemove, compileSet } from './writes';
import { planStreaming, withBarrier } from './eagerness';

export interface Plan {
  columns: string[];
  /** rows for one run; `seed` is the outer row of a subquery */
  run(ctx: ExecContext, seed?: Row): Iterable<Row>;
  updating: boolean;
  /** no write clause and no procedure call: the statement cannot change the store */
  readOnly: boolean;
  params: Set<string>;
  /** the same, as an array (checked on every run) */
  paramList: string[];
  /**
   * When the last clause is a plain RETURN: the result rows as values in column order, without a
   * Row object per result row (the statement runner's fast path; `run` gives the same rows)
   */
  runValues?: (ctx: ExecContext) => Iterable<CypherValue[]>;
  /**
   * A lone RETURN (no clause before it, no SKIP/LIMIT) whose items cannot loop or reach the store or
   * a function (see `cannotLoop`): its single result row, computed without a pipeline. The statement
   * runner then needs no clock, no undo log and no per-run context (null: another shape)
   */
  oneRow: ((ctx: ExecContext) => CypherValue[]) | null;
}

const EMPTY_SEED: Row = Object.freeze({}) as Row;

const WRITE_CLAUSES = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete']);

export function compileQuery(q: A.Query, src: string, procedures: ProcedureRegistry): Plan {
  const ec = new ExprCompiler(src);
  // a procedure may write: note whether the query calls any (subqueries included)
  let calls = false;
  const watched = Object.create(procedures) as ProcedureRegistry;
  watched.get = (name: string) => {
    calls = true;
    return procedures.get(name);
  };
  installHooks(ec, watched);
  const plan = compileUnion(q, ec, new Map(), watched, false);
  return { ...plan, readOnly: !plan.updating && !calls, params: ec.params, paramList: [...ec.params] };
}

function installHooks(ec: ExprCompiler, procedures: ProcedureRegistry): void {
  ec.hooks = {
    patternExists(patterns, where, scope, strict) {
      if (strict) {
        for (const part of patterns) {
          for (const v of [part.variable, ...part.nodes.map((n) => n.variable), ...part.rels.map((r) => r.variable)]) {
            if (v && !scope.has(v)) throw ec.err('SyntaxError', 'UndefinedVariable', `variable \`${v}\` not defined (patterns used as predicates cannot introduce variables)`, part);
          }
        }
      }
      const inner = new Map(scope);
      const { matcher } = compilePattern(patterns, inner, ec);
      const w = where ? ec.compile(where, inner) : null;
      return (row, ctx) => {
        for (const r of matcher(row, ctx)) if (!w || w(r, ctx) === true) return true;
        return false;
      };
    },
    patternComprehension(e, scope) {
      const inner = new Map(scope);
      const { matcher } = compilePattern([e.pattern], inner, ec);
      const w = e.where ? ec.compile(e.where, inner) : null;
      const map = ec.compile(e.map, inner);
      return (row, ctx) => {
        const out: CypherValue[] = [];
        for (const r of matcher(row, ctx)) if (!w || w(r, ctx) === true) out.push(map(r, ctx));
        return out;
      };
    },
    existsQuery(q, scope) {
      const plan = compileUnion(q, ec, scope, procedures, true);
      return (row, ctx) => {
        for (const _r of plan.run(ctx, row)) return true;
        return false;
      };
    },
  };
}

function compileUnion(q: A.Query, ec: ExprCompiler, outer: Scope, procedures: ProcedureRegistry, subquery: boolean): Omit<Plan, 'params' | 'paramList' | 'readOnly'> {
  const parts = q.parts.map((p) => compileSingle(p, ec, new Map(outer), procedures, subquery));
  if (parts.length === 1) return parts[0];
  if (new Set(q.unionAll).size > 1) throw ec.err('SyntaxError', 'InvalidClauseComposition', 'UNION and UNION ALL cannot be mixed', q);
  const columns = parts[0].columns;
  for (const p of parts) {
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i])) {
      throw ec.err('SyntaxError', 'DifferentColumnsInUnion', 'all parts of a UNION must return the same columns', q);
    }
  }
  const all = q.unionAll[0];
  return {
    columns,
    updating: parts.some((p) => p.updating),
    oneRow: null,
    *run(ctx, seed) {
      const seen = new Set<string>();
      for (const p of parts) {
        for (const r of p.run(ctx, seed)) {
          if (!all) {
            const k = columns.map((c) => groupKey(r[c])).join('\u0001');
            if (seen.has(k)) continue;
            seen.add(k);
          }
          yield r;
        }
      }
    },
  };
}

function compileSingle(q: A.SingleQuery, ec: ExprCompiler, scope: Scope, procedures: ProcedureRegistry, subquery: boolean): Omit<Plan, 'params' | 'paramList' | 'readOnly'> {
  const ops: RowOp[] = [];
  let columns: string[] = [];
  let updating = false;
  let ret: CompiledProjection | null = null;
  const clauses = q.clauses;
  // updating queries stream where clause-at-a-time semantics allow it, behind barriers elsewhere
  const streams = !subquery && clauses.some((c) => WRITE_CLAUSES.has(c.kind)) ? planStreaming(clauses) : null;
  clauses.forEach((c, i) => {
    const stream = streams?.[i] ?? null;
    const opCount = ops.length;
    const last = i === clauses.length - 1;
    if (c.kind === 'Return' && !last) throw ec.err('SyntaxError', 'InvalidClauseComposition', 'RETURN must be the last clause', clauses[i + 1]);
    if (WRITE_CLAUSES.has(c.kind)) {
      updating = true;
      if (subquery) throw ec.err('SyntaxError', 'InvalidClauseComposition', 'an EXISTS subquery cannot update the graph', c);
    }
    if (c.kind === 'Match' && i > 0) {
      const prev = clauses[i - 1];
      if (!c.optional && prev.kind === 'Match' && prev.optional) {
        // allowed by openCypher: MATCH after OPTIONAL MATCH
      }
    }
    switch (c.kind) {
      case 'Match': ops.push(compileMatch(c, scope, ec)); break;
      case 'Unwind': ops.push(compileUnwind(c, scope, ec, clauses.slice(i + 1))); break;
      case 'With': {
        const p = compileProjection(c.projection, scope, ec, 'WITH', c, !!c.where);
        const where = c.where ? ec.compile(c.where, new Map([...scope, ...p.scope])) : null;
        scope.clear();
        for (const [k, v] of p.scope) scope.set(k, v);
        ops.push(where || p.keepsInput ? (input, ctx) => stripInput(filter(p.op(input, ctx), where, ctx)) : p.op);
        break;
      }
      case 'Return': {
        const p = compileProjection(c.projection, scope, ec, 'RETURN', c);
        ret = p;
        columns = p.columns;
        ops.push(p.keepsInput ? (input, ctx) => stripInput(p.op(input, ctx)) : p.op);
        break;
      }
      case 'Create': ops.push(compileCreate(c, scope, ec)); break;
      case 'Merge': ops.push(compileMerge(c, scope, ec)); break;
      case 'Set': ops.push(compileSet(c, scope, ec, stream?.guard ?? null)); break;
      case 'Remove': ops.push(compileRemove(c, scope, ec, stream?.guard ?? null)); break;
      case 'Delete': ops.push(compileDelete(c, scope, ec)); break;
      case 'Call': {
        const standalone = clauses.length === 1;
        const r = compileCall(c, scope, ec, procedures, standalone);
        if (standalone) columns = r.columns;
        ops.push(r.op);
        break;
      }
    }
    if (stream && ops.length === opCount + 1) ops[opCount] = withBarrier(ops[opCount], stream);
  });
  let pushedDown = false;
  if (!subquery) {
    const generic = ops.slice();
    const runGeneric: RowOp = (input, ctx) => generic.reduce((rows, op) => op(rows, ctx), input);
    const pushed = countPushdown(clauses, ec) ??
      (ret && (groupPushdown(clauses, ec, ret, runGeneric) ?? labelGroupPushdown(clauses, ec, ret, runGeneric)));
    if (pushed) {
      ops.splice(0, ops.length, pushed);
      pushedDown = true;
    }
  }
  const lastClause = clauses[clauses.length - 1];
  if (!subquery && lastClause.kind !== 'Return' && !WRITE_CLAUSES.has(lastClause.kind) && lastClause.kind !== 'Call') {
    throw ec.err('SyntaxError', 'InvalidClauseComposition', `a query cannot end with ${lastClause.kind.toUpperCase()}`, lastClause);
  }
  const hasReturn = lastClause.kind === 'Return' || (lastClause.kind === 'Call' && clauses.length === 1);
  // the value-array path runs RETURN itself: not when RETURN must sit behind a write barrier
  const lastPlan = streams?.[clauses.length - 1];
  const behindBarrier = !!lastPlan && (lastPlan.barrier || lastPlan.eagerBarrier);
  const final = !subquery && !pushedDown && !behindBarrier && lastClause.kind === 'Return' ? (ret as CompiledProjection | null) : null;
  const tail = final?.values ?? null;
  const before = tail ? ops.slice(0, -1) : [];
  const skipOf = final?.skip ?? null;
  const limitOf = final?.limit ?? null;
  // an updating query without RETURN whose clauses all stream without barriers and have a push
  // form (UNWIND, CREATE, MERGE, SET): one chain of sinks instead of a generator per clause
  const pushes = ops.map((op) => (op as RowOp & { push?: PushOp }).push);
  const fused = !subquery && !hasReturn && !pushedDown && WRITE_CLAUSES.has(lastClause.kind) && pushes.every((p) => p !== undefined)
    ? pushes.reduceRight<Sink>((next, p) => p!(next), (_row, ctx) => tick(ctx))
    : null;
  const lone = tail && before.length === 0 && !skipOf && !limitOf && lastClause.kind === 'Return' && lastClause.projection.items.every((it) => cannotLoop(it.expr)) ? final!.valueFns : null;
  return {
    columns,
    updating,
    oneRow: lone ? oneRowOf(lone, (lastClause as A.Return).projection.items) : null,
    runValues: tail
      ? (ctx) => {
          const skip = skipOf ? skipOf(ctx) : 0;
          const limit = limitOf ? limitOf(ctx) : Infinity;
          // no clause before RETURN: one row from the empty seed, which nothing can change
          if (before.length === 0 && !skipOf && !limitOf) return [tail(EMPTY_SEED, ctx)];
          let rows: Iterable<Row> = [{}];
          for (const op of before) rows = op(rows, ctx);
          if (skipOf || limitOf) return windowRows(rows, tail, ctx, skip, limit);
          if (Array.isArray(rows)) {
            const out: CypherValue[][] = new Array(rows.length);
            for (let i = 0; i < rows.length; i++) out[i] = tail(rows[i], ctx);
            return out;
          }
          return mapRows(rows, tail, ctx);
        }
      : undefined,
    run(ctx, seed) {
      // the eager rerun after a stream conflict needs the barriers, which only the row operators have
      if (fused !== null && !seed && !ctx.eagerWrites) {
        fused({}, ctx);
        return [];
      }
      let rows: Iterable<Row> = [seed ? { ...seed } : {}];
      for (const op of ops) rows = op(rows, ctx);
      if (!hasReturn && !subquery) {
        // consume for the side effects; no result rows
        for (const _r of rows) tick(ctx);
        return [];
      }
      return rows;
    },
  };
}

/** a row of the item functions' values over the empty seed row (one function: no loop) */
function oneRowOf(fns: ((row: Row, ctx: ExecContext) => CypherValue)[], items: A.ReturnItem[]): (ctx: ExecContext) => CypherValue[] {
  // scalar literals: the row is known at compile time (a fresh array per run: results are the caller's)
  if (items.every((it) => it.expr.kind === 'Literal' && (it.expr.value === null || typeof it.expr.value !== 'object'))) {
    const known = items.map((it) => (it.expr as A.Literal).value);
    if (known.length === 1) {
      const v = known[0];
      return () => [v];
    }
    return () => known.slice();
  }
  if (fns.length === 1) {
    const f = fns[0];
    return (ctx) => [f(EMPTY_SEED, ctx)];
  }
  return (ctx) => {
    const out: CypherValue[] = new Array(fns.length);
    for (let i = 0; i < fns.length; i++) out[i] = fns[i](EMPTY_SEED, ctx);
    return out;
  };
}

/**
 * Whether an expression finishes in time bounded by its operands' sizes without the statement clock:
 * literals, parameters, operators, property and index access, CASE. Function calls (range(), the
 * clock, procedures), comprehensions, quantifiers, reduce and patterns may loop or read the store,
 * so they are not.
 */
function cannotLoop(e: A.Expr): boolean {
  if (!NO_LOOP_KINDS.has(e.kind)) return false;
  let ok = true;
  forEachChild(e, (c) => {
    ok = ok && cannotLoop(c);
  });
  return ok;
}
const NO_LOOP_KINDS = new Set<A.Expr['kind']>(['Literal', 'Parameter', 'Variable', 'Property', 'Index', 'Slice', 'Binary', 'Comparison', 'Unary', 'IsNull', 'List', 'Map', 'Case']);

/** SKIP then LIMIT over projected rows (skipped rows are projected too, as the row pipeline does) */
function* windowRows(rows: Iterable<Row>, f: (row: Row, ctx: ExecContext) => CypherValue[], ctx: ExecContext, skip: number, limit: number): Generator<CypherValue[]> {
  if (limit <= 0) return;
  for (const r of rows) {
    const v = f(r, ctx);
    if (skip > 0) {
      skip--;
      continue;
    }
    yield v;
    if (--limit <= 0) return;
  }
}

function* mapRows(rows: Iterable<Row>, f: (row: Row, ctx: ExecContext) => CypherValue[], ctx: ExecContext): Generator<CypherValue[]> {
  for (const r of rows) yield f(r, ctx);
}

function* filter(rows: Iterable<Row>, where: ((r: Row, ctx: ExecContext) => CypherValue) | null, ctx: ExecContext): Generator<Row> {
  if (!where) {
    yield* rows;
    return;
  }
  for (const r of rows) {
    const inRow = r['\u0000in'] as unknown as Row | undefined;
    if (where(inRow ? { ...inRow, ...r } : r, ctx) === true) yield r;
  }
}

/** drop the projection's link to its input row */
function* stripInput(rows: Iterable<Row>): Generator<Row> {
  for (const r of rows) {
    if (r['\u0000in'] !== undefined) delete r['\u0000in'];
    yield r;
  }
}

/**
 * `MATCH pattern RETURN count(*)` (or count(v) of a pattern variable, never null there): count the
 * matches without binding rows. Returns null when the query has another shape.
 */
function countPushdown(clauses: A.Clause[], ec: ExprCompiler): RowOp | null {
  if (clauses.length !== 2) return null;
  const [m, r] = clauses;
  if (m.kind !== 'Match' || m.optional || m.where || r.kind !== 'Return') return null;
  const p = r.projection;
  if (p.distinct || p.star || p.orderBy || p.skip || p.limit || p.items.length !== 1) return null;
  const e = p.items[0].expr;
  const vars = new Set<string>();
  for (const part of m.patterns) {
    if (part.variable) vars.add(part.variable);
    for (const n of part.nodes) if (n.variable) vars.add(n.variable);
    for (const x of part.rels) if (x.variable) vars.add(x.variable);
  }
  const ok = e.kind === 'CountStar' || (e.kind === 'FunctionCall' && e.name.toLowerCase() === 'count' && !e.distinct && e.args.length === 1 && e.args[0].kind === 'Variable' && vars.has(e.args[0].name));
  if (!ok) return null;
  const name = p.items[0].alias ?? p.items[0].text;
  const { count } = compilePattern(m.patterns, new Map(), ec);
  return function* (input, ctx) {
    let n = 0;
    for (const row of input) n += count(row, ctx);
    yield { [name]: BigInt(n) };
  };
}

function compileMatch(c: A.Match, scope: Scope, ec: ExprCompiler): RowOp {
  const before = new Set(scope.keys());
  const beforeScope = new Map(scope);
  const { matcher: general } = compilePattern(c.patterns, scope, ec);
  // a lone labelled node with a literal map: index lookup without the general matcher's machinery
  const finder = c.patterns.length === 1 ? compileNodeFinder(c.patterns[0], beforeScope, ec) : null;
  const lookup = finder && lookupRows(finder);
  const matcher = lookup ? (row: Row, ctx: ExecContext): Iterable<Row> => lookup(row, ctx) ?? general(row, ctx) : general;
  if (c.where) ec.checkBoolean(c.where, scope);
  const where = c.where ? ec.compile(c.where, scope) : null;
  const newVars = [...scope.keys()].filter((k) => !before.has(k));
  if (!c.optional) {
    const lazy = function* (input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
      for (const row of input) {
        for (const r of matcher(row, ctx)) {
          if (!where || where(r, ctx) === true) yield r;
        }
      }
    };
    // push form (updating queries' fused chains): each input row's matches go on as they are found;
    // an index lookup binds its node in the row it was lent (see Sink)
    const push: PushOp = (next) => (row, ctx) => {
      if (finder) {
        const found = finder.find(row, ctx);
        if (found === null) return;
        const v = finder.variable;
        if (!Array.isArray(found)) {
          if (v) row[v] = found;
          if (!where || where(row, ctx) === true) next(row, ctx);
          return;
        }
        for (let i = 0; i < found.length; i++) {
          if (v) row[v] = found[i];
          if (!where || where(row, ctx) === true) next(row, ctx);
        }
        return;
      }
      for (const r of general(row, ctx)) if (!where || where(r, ctx) === true) next(r, ctx);
    };
    if (!lookup || where) return withPush(lazy, push);
    // an index lookup lists its matches at once: for one input row, hand them on as they are
    return withPush((input: Iterable<Row>, ctx: ExecContext) => {
      if (Array.isArray(input) && input.length === 1) {
        const found = lookup(input[0], ctx);
        if (found) return found;
      }
      return lazy(input, ctx);
    }, push);
  }
  return function* (input, ctx) {
    for (const row of input) {
      let any = false;
      for (const r of matcher(row, ctx)) {
        if (!where || where(r, ctx) === true) {
          any = true;
          yield r;
        }
      }
      if (!any) {
        const r: Row = { ...row };
        for (const v of newVars) r[v] = null;
        yield r;
      }
    }
  };
}

function compileUnwind(c: A.Unwind, scope: Scope, ec: ExprCompiler, rest: readonly A.Clause[]): RowOp {
  const expr = ec.compile(c.expr, scope);
  if (scope.has(c.variable)) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${c.variable} is already declared`, c);
  const v = c.variable;
  // `UNWIND $list` over a list parameter still in JS form (fromJsParams): one element converted per
  // row, or, when the rest of the query only reads the variable's properties, bound as it is
  const param = c.expr.kind === 'Parameter' ? c.expr.name : null;
  const rawRows = param !== null && readsOnlyProperties(rest, v);
  const convert = rawRows ? rawBinding : fromJs;
  scope.set(v, rawRows ? 'rawRow' : 'any');
  const rawList = (ctx: ExecContext): readonly unknown[] | undefined =>
    param !== null && ctx.params[param] === undefined ? ctx.params[RAW_LISTS]?.[param] : undefined;
  const op: RowOp = function* (input, ctx) {
    for (const row of input) {
      // the row's list (or lone value, or null); `raw`: its elements are still JS values
      const raw = rawList(ctx);
      const l = raw !== undefined ? raw : expr(row, ctx);
      if (l === null) continue;
      if (!Array.isArray(l)) {
        yield extendRow(row, v, l as CypherValue);
        continue;
      }
      // an index loop: for-of would allocate an iterator result per item where the loop body is not inlined
      for (let i = 0; i < l.length; i++) {
        tick(ctx);
        yield extendRow(row, v, raw !== undefined ? convert(l[i]) : (l[i] as CypherValue));
      }
    }
  };
  return withPush(op, (next) => (row, ctx) => {
    const raw = rawList(ctx);
    const l = raw !== undefined ? raw : expr(row, ctx);
    if (l === null) return;
    if (!Array.isArray(l)) {
      next(extendRow(row, v, l as CypherValue), ctx);
      return;
    }
    // sinks do not keep the rows they are given (see Sink): one row object serves every item
    const out = extendRow(row, v, null);
    for (let i = 0; i < l.length; i++) {
      tick(ctx);
      out[v] = raw !== undefined ? convert(l[i]) : (l[i] as CypherValue);
      next(out, ctx);
    }
  });
}

function compileCall(c: A.Call, scope: Scope, ec: ExprCompiler, procedures: ProcedureRegistry, standalone: boolean): { columns: string[]; op: RowOp } {
  const proc = procedures.get(c.procedure);
  if (!proc) throw procedureNotFound(c.procedure);
  let argFns: ((row: Row, ctx: ExecContext) => CypherValue)[];
  if (c.args === null) {
    if (!standalone) throw ec.err('SyntaxError', 'InvalidArgumentPassingMode', 'in-query CALL needs explicit arguments', c);
    argFns = proc.inputs.map((i) => {
      ec.params.add(i.name);
      return (_row, ctx) => paramValue(ctx.params, i.name) ?? null;
    });
  } else {
    if (c.args.length !== proc.inputs.length) {
      throw ec.err('SyntaxError', 'InvalidNumberOfArguments', `${proc.name} takes ${proc.inputs.length} arguments, got ${c.args.length}`, c);
    }
    c.args.forEach((a, i) => {
      if (a.kind === 'Literal' && !fitsType(a.value, proc.inputs[i].type)) {
        throw ec.err('SyntaxError', 'InvalidArgumentType', `${proc.name}: argument ${proc.inputs[i].name} must be ${proc.inputs[i].type}`, a);
      }
    });
    argFns = c.args.map((a) => ec.compile(a, scope));
  }
  if (c.yieldStar && !standalone) throw ec.err('SyntaxError', 'UnexpectedSyntax', 'YIELD * is only allowed in a standalone CALL', c);
  let yields: { field: string; name: string }[];
  if (c.yields) {
    yields = c.yields.map((y) => {
      if (!proc.outputs.some((o) => o.name === y.field)) throw ec.err('SyntaxError', 'UndefinedVariable', `${proc.name} has no output ${y.field}`, y);
      const name = y.alias ?? y.field;
      if (scope.has(name) || c.yields!.filter((o) => (o.alias ?? o.field) === name).length > 1) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${name} is already declared`, y);
      return { field: y.field, name };
    });
  } else {
    if (!standalone && !c.yieldStar && proc.outputs.length > 0) {
      throw ec.err('SyntaxError', 'UndefinedVariable', `in-query CALL of ${proc.name} needs YIELD`, c);
    }
    yields = proc.outputs.map((o) => ({ field: o.name, name: o.name }));
  }
  for (const y of yields) scope.set(y.name, 'any');
  const where = c.where ? ec.compile(c.where, scope) : null;
  const op: RowOp = function* (input, ctx) {
    for (const row of input) {
      const args = argFns.map((f) => f(row, ctx));
      args.forEach((a, i) => {
        if (!fitsType(a, proc.inputs[i].type)) {
          throw new CypherError('ProcedureError', 'InvalidArgumentType', `cypher: ${proc.name}: argument ${proc.inputs[i].name} must be ${proc.inputs[i].type}, got ${typeName(a)}`, 'runtime');
        }
      });
      const out = proc.call(args, ctx.store);
      if (proc.outputs.length === 0) {
        if (!standalone) yield row;
        continue;
      }
      for (const r of out) {
        const next: Row = { ...row };
        for (const y of yields) next[y.name] = r[y.field] ?? null;
        if (where && where(next, ctx) !== true) continue;
        yield next;
      }
    }
  };
  return { columns: yields.map((y) => y.name), op };
}
