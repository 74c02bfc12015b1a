/**
 * WITH / RETURN projections: naming, aggregation (grouping keys + accumulators), DISTINCT, ORDER BY,
 * SKIP and LIMIT, with their compile-time checks.
 */
import type * as A from '../syntax/ast';
import { getAggregate, getFunction, isAggregate } from '../functions/registry';
import type { Accumulator } from '../functions/types';
import { orderCompare } from '../values/compare';
import { groupKey } from '../values/equality';
import { CypherError, type CypherValue } from '../values/types';
import { typeName } from '../values/typeName';
import type { ExecContext, Fn, Row, Scope } from './context';
import { tick } from './context';
import { staticType, type ExprCompiler } from './expressions';
import { topK } from './topK';

/** largest SKIP + LIMIT served by top-k selection rather than a full sort */
const TOP_K_MAX = 256;

export type RowOp = (input: Iterable<Row>, ctx: ExecContext) => Iterable<Row>;

export interface CompiledProjection {
  columns: string[];
  scope: Scope;
  op: RowOp;
  /** DISTINCT, ORDER BY, SKIP and LIMIT over projected rows (null: none); for operators that project themselves */
  after: RowOp | null;
  /** rows carry their input row under a hidden key (see stripInput in query.ts) */
  keepsInput: boolean;
  /**
   * A projection without aggregation, DISTINCT or ORDER BY as one row's values in column order, for a
   * RETURN whose rows go straight to the result (no Row object per result row); SKIP and LIMIT are
   * the caller's (below)
   */
  values: ((row: Row, ctx: ExecContext) => CypherValue[]) | null;
  /** the compiled item expressions behind `values`, in column order (null when `values` is) */
  valueFns: Fn[] | null;
  /** SKIP and LIMIT of a projection with `values` (null: none) */
  skip: ((ctx: ExecContext) => number) | null;
  limit: ((ctx: ExecContext) => number) | null;
}

/** every aggregate call in `e` (not looking into nested aggregates' arguments) */
export function findAggregates(e: A.Expr, ec: ExprCompiler, out: A.Expr[] = [], inside = false): A.Expr[] {
  const visit = (x: A.Expr | null | undefined, inAgg: boolean) => x && findAggregates(x, ec, out, inAgg);
  if (e.kind === 'CountStar' || (e.kind === 'FunctionCall' && isAggregate(e.name))) {
    if (inside) throw ec.err('SyntaxError', 'NestedAggregation', 'aggregations cannot be nested', e);
    out.push(e);
    if (e.kind === 'FunctionCall') {
      const volatile = (x: A.Expr): boolean => {
        if (x.kind === 'FunctionCall' && getFunction(x.name)?.deterministic === false) return true;
        let found = false;
        forEachChild(x, (c) => {
          found = found || volatile(c);
        });
        return found;
      };
      if (e.args.some(volatile)) throw ec.err('SyntaxError', 'NonConstantExpression', 'aggregation arguments cannot use non-deterministic functions', e);
    }
    if (e.kind === 'FunctionCall') for (const a of e.args) visit(a, true);
    return out;
  }
  if (e.kind === 'ListComprehension' || e.kind === 'Quantifier' || e.kind === 'Reduce') {
    const local: A.Expr[] = [];
    const inner = e.kind === 'Reduce' ? [e.expr] : [e.where, e.kind === 'ListComprehension' ? e.map : null];
    for (const x of inner) if (x) findAggregates(x, ec, local, inside);
    if (local.length > 0) throw ec.err('SyntaxError', 'InvalidAggregation', 'aggregations cannot be used inside list comprehensions or quantifiers', local[0]);
    visit(e.list, inside);
    if (e.kind === 'Reduce') visit(e.init, inside);
    return out;
  }
  forEachChild(e, (c) => visit(c, inside));
  return out;
}

/** direct sub-expressions (not those of nested patterns or subqueries) */
export function forEachChild(e: A.Expr, f: (c: A.Expr) => void): void {
  switch (e.kind) {
    case 'Property': f(e.object); break;
    case 'Index': f(e.object); f(e.index); break;
    case 'Slice': f(e.object); if (e.from) f(e.from); if (e.to) f(e.to); break;
    case 'Binary': f(e.left); f(e.right); break;
    case 'Comparison': e.operands.forEach(f); break;
    case 'Unary': case 'IsNull': case 'HasLabels': f(e.operand); break;
    case 'FunctionCall': e.args.forEach(f); break;
    case 'List': e.items.forEach(f); break;
    case 'Map': e.entries.forEach((x) => f(x.value)); break;
    case 'MapProjection': e.items.forEach((i) => { if (i.type === 'literal') f(i.value); }); break;
    case 'Case': if (e.test) f(e.test); e.whens.forEach((w) => { f(w.when); f(w.then); }); if (e.else) f(e.else); break;
    case 'ListComprehension': f(e.list); if (e.where) f(e.where); if (e.map) f(e.map); break;
    case 'Quantifier': f(e.list); if (e.where) f(e.where); break;
    case 'Reduce': f(e.init); f(e.list); f(e.expr); break;
    default: break;
  }
}

/** replace sub-expressions written like a projected item by a reference to its column */
function substitute(e: A.Expr, byText: Map<string, string>, ec: ExprCompiler): A.Expr {
  const name = byText.get(exprText(ec, e));
  if (name !== undefined) return { kind: 'Variable', name, loc: e.loc };
  const copy = { ...e } as Record<string, unknown>;
  for (const [k, v] of Object.entries(e)) {
    if (k === 'loc') continue;
    if (v && typeof v === 'object' && 'kind' in (v as object) && typeof (v as A.Expr).kind === 'string' && (v as A.Expr).loc) copy[k] = substitute(v as A.Expr, byText, ec);
    else if (Array.isArray(v)) copy[k] = v.map((x) => (x && typeof x === 'object' && 'kind' in x && x.loc ? substitute(x as A.Expr, byText, ec) : x));
  }
  if (e.kind === 'Case') {
    (copy as unknown as A.CaseExpr).whens = e.whens.map((w) => ({ when: substitute(w.when, byText, ec), then: substitute(w.then, byText, ec) }));
  }
  return copy as unknown as A.Expr;
}

function exprText(ec: ExprCompiler, e: A.Expr): string {
  return ec.src.slice(e.loc.start, e.loc.end).replace(/\s+/g, '');
}

/**
 * `needInput`: the caller reads the input row beside the projected one (WITH ... WHERE); projected
 * rows then carry it under a hidden key until stripInput() removes it.
 */
export function compileProjection(p: A.Projection, scope: Scope, ec: ExprCompiler, clause: 'WITH' | 'RETURN', at: { loc: A.Loc }, needInput = false): CompiledProjection {
  const items: { name: string; expr: A.Expr }[] = [];
  let pendingAliasError: CypherError | null = null;
  if (p.star) {
    const names = [...scope.keys()].filter((n) => !n.startsWith('\u0000')).sort();
    if (names.length === 0 && p.items.length === 0 && clause === 'RETURN') {
      throw ec.err('SyntaxError', 'NoVariablesInScope', `${clause} * is not allowed when there are no variables in scope`, at);
    }
    for (const n of names) items.push({ name: n, expr: { kind: 'Variable', name: n, loc: at.loc } });
  }
  for (const it of p.items) {
    if (it.expr.kind === 'PatternPredicate') throw ec.err('SyntaxError', 'UnexpectedSyntax', `a pattern cannot be projected by ${clause}; use a pattern comprehension`, it.expr);
    let name = it.alias;
    if (name === null) {
      if (it.expr.kind === 'Variable') name = it.expr.name;
      else {
        // WITH needs an alias; report it after the checks of the whole projection
        if (clause === 'WITH') pendingAliasError ??= ec.err('SyntaxError', 'NoExpressionAlias', 'expressions in WITH must be aliased (use AS)', it.expr);
        name = it.text;
      }
    }
    if (items.some((x) => x.name === name)) throw ec.err('SyntaxError', 'ColumnNameConflict', `multiple result columns with the same name ${name}`, it.expr);
    items.push({ name, expr: it.expr });
  }
  const aggsPerItem = items.map((it) => findAggregates(it.expr, ec));
  const aggregating = aggsPerItem.some((a) => a.length > 0);
  const outScope: Scope = new Map();
  for (const it of items) {
    outScope.set(it.name, staticType(it.expr, scope));
  }
  const columns = items.map((i) => i.name);

  // ORDER BY: projected names, plus the input scope when neither aggregating nor distinct;
  // after aggregation or DISTINCT, sub-expressions equal to a projected item read its column
  const sortScope: Scope = new Map(aggregating || p.distinct ? [] : scope);
  for (const [k, v] of outScope) sortScope.set(k, v);
  const itemByText = new Map(items.map((it) => [exprText(ec, it.expr), it.name]));
  const hidden: { name: string; expr: A.Expr }[] = [];
  const sortItems = (p.orderBy ?? []).map((s, i) => {
    const sortAggs = aggregating ? findAggregates(s.expr, ec) : [];
    if (sortAggs.length > 0) {
      const projected = new Set(aggsPerItem.flat().map((a) => exprText(ec, a)));
      for (const a of sortAggs) {
        if (!projected.has(exprText(ec, a))) throw ec.err('SyntaxError', 'UndefinedVariable', 'ORDER BY can only use aggregations that are also projected', a);
      }
      const name = `\u0000sort${i}`;
      hidden.push({ name, expr: s.expr });
      return { fn: ((row: Row) => row[name]) as Fn, descending: s.descending };
    }
    const expr = aggregating || p.distinct ? substitute(s.expr, itemByText, ec) : s.expr;
    try {
      return { fn: ec.compile(expr, sortScope), descending: s.descending };
    } catch (err) {
      if (err instanceof CypherError && err.detail === 'UndefinedVariable' && aggregating) {
        throw ec.err('SyntaxError', 'UndefinedVariable', 'ORDER BY after an aggregation can only use projected columns', s.expr);
      }
      throw err;
    }
  });
  const skip = p.skip ? compileCount(p.skip, ec, 'SKIP') : null;
  const limit = p.limit ? compileCount(p.limit, ec, 'LIMIT') : null;

  const keepInput = needInput || sortItems.length > 0;
  let project: RowOp;
  let values: CompiledProjection['values'] = null;
  let valueFns: Fn[] | null = null;
  if (!aggregating) {
    const fns = items.map((it) => ({ name: it.name, fn: ec.compile(it.expr, scope) }));
    const one = (row: Row, ctx: ExecContext): Row => {
      tick(ctx);
      const out: Row = {};
      for (let i = 0; i < fns.length; i++) out[fns[i].name] = fns[i].fn(row, ctx);
      if (keepInput) out['\u0000in'] = row as unknown as CypherValue;
      return out;
    };
    if (!p.distinct && sortItems.length === 0) {
      valueFns = fns.map((f) => f.fn);
      values = (row, ctx) => {
        tick(ctx);
        const out: CypherValue[] = new Array(fns.length);
        for (let i = 0; i < fns.length; i++) out[i] = fns[i].fn(row, ctx);
        return out;
      };
    }
    const lazy = function* (input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
      for (const row of input) yield one(row, ctx);
    };
    // an input already in memory (the seed row of a query without MATCH, a pushed-down aggregate's
    // groups) is projected at once: no generator. Only for a RETURN consumed whole (no DISTINCT,
    // ORDER BY, SKIP or LIMIT after it); a WITH stays lazy, as a later LIMIT may stop before its rows
    const eager = clause === 'RETURN' && !p.distinct && sortItems.length === 0 && !skip && !limit;
    project = (input, ctx) => {
      if (eager && Array.isArray(input)) {
        const out: Row[] = new Array(input.length);
        for (let i = 0; i < input.length; i++) out[i] = one(input[i], ctx);
        return out;
      }
      return lazy(input, ctx);
    };
  } else {
    const hiddenAggs = hidden.map((h) => findAggregates(h.expr, ec));
    project = compileAggregation([...items, ...hidden], [...aggsPerItem, ...hiddenAggs], scope, ec, items.length, outScope);
  }

  if (pendingAliasError) throw pendingAliasError;
  const after: RowOp = function* (projected, ctx) {
    let rows: Iterable<Row> = projected;
    if (p.distinct) rows = distinct(rows, columns);
    let toSkip = skip ? skip(ctx) : 0;
    let left = limit ? limit(ctx) : Infinity;
    if (sortItems.length > 0) {
      const arr = [...rows];
      const keyed = arr.map((r) => {
        const inRow = r['\u0000in'] as unknown as Row | undefined;
        const merged = inRow ? { ...inRow, ...r } : r;
        return { r, keys: sortItems.map((s) => s.fn(merged, ctx)) };
      });
      const cmp = (a: { keys: CypherValue[] }, b: { keys: CypherValue[] }): number => {
        for (let i = 0; i < sortItems.length; i++) {
          const c = orderCompare(a.keys[i], b.keys[i]);
          if (c !== 0) return sortItems[i].descending ? -c : c;
        }
        return 0;
      };
      // ORDER BY ... LIMIT k over many rows: select the first k instead of sorting everything
      const k = toSkip + left;
      rows = (k <= TOP_K_MAX && k * 4 < keyed.length ? topK(keyed, k, cmp) : keyed.sort(cmp)).map((x) => x.r);
    }
    if (left <= 0) return;
    for (const r of rows) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      yield r;
      if (--left <= 0) return;
    }
  };
  void typeName;
  // nothing but the projection itself: skip the wrapper generator
  const plain = !p.distinct && sortItems.length === 0 && !skip && !limit;
  const op: RowOp = plain ? project : (input, ctx) => after(project(input, ctx), ctx);
  return { columns, scope: outScope, op, after: plain ? null : after, keepsInput: keepInput, values, valueFns, skip, limit };
}

/** SKIP/LIMIT: a constant non-negative INTEGER */
function compileCount(e: A.Expr, ec: ExprCompiler, what: string): (ctx: ExecContext) => number {
  const vars: string[] = [];
  const collect = (x: A.Expr) => {
    if (x.kind === 'Variable') vars.push(x.name);
    if (x.kind === 'PatternPredicate' || x.kind === 'PatternComprehension' || x.kind === 'Exists') vars.push('<pattern>');
    forEachChild(x, collect);
  };
  collect(e);
  if (vars.length > 0) throw ec.err('SyntaxError', 'NonConstantExpression', `${what} must be a constant expression`, e);
  const check = (v: CypherValue, phase: 'compile time' | 'runtime'): number => {
    if (typeof v === 'bigint') {
      if (v < 0n) throw new CypherError('SyntaxError', 'NegativeIntegerArgument', `cypher: ${what} must not be negative, got ${v}`, phase);
      return Number(v);
    }
    throw new CypherError('SyntaxError', 'InvalidArgumentType', `cypher: ${what} must be an INTEGER, got ${typeName(v)}`, phase);
  };
  if (e.kind === 'Literal' || (e.kind === 'Unary' && e.operand.kind === 'Literal')) {
    const fn = ec.compile(e, new Map());
    const v = fn({}, null as unknown as ExecContext);
    const n = check(v, 'compile time');
    return () => n;
  }
  const fn = ec.compile(e, new Map());
  return (ctx) => check(fn({}, ctx), 'runtime');
}

function* distinct(rows: Iterable<Row>, columns: string[]): Generator<Row> {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = columns.length === 1 ? groupKey(r[columns[0]]) : columns.map((c) => groupKey(r[c])).join('\u0001');
    if (seen.has(k)) continue;
    seen.add(k);
    yield r;
  }
}

/**
 * Beside an aggregate, an expression may only use grouping keys that are variables or property
 * reads (or, in ORDER BY, projected aliases); local variables of comprehensions are fine.
 */
function checkAmbiguous(e: A.Expr, keyTexts: Set<string>, ec: ExprCompiler, aliases: Set<string> | null, locals: Set<string> = new Set()): void {
  if (keyTexts.has(exprText(ec, e))) {
    if (e.kind === 'Variable' || e.kind === 'Property') return;
    throw ec.err('SyntaxError', 'AmbiguousAggregationExpression', 'a complex grouping expression cannot be used beside an aggregation', e);
  }
  if (e.kind === 'CountStar' || (e.kind === 'FunctionCall' && isAggregate(e.name))) return;
  if (e.kind === 'Variable') {
    if (locals.has(e.name) || aliases?.has(e.name)) return;
    if (aliases) throw ec.err('SyntaxError', 'UndefinedVariable', `variable ${e.name} is not projected`, e);
    throw ec.err('SyntaxError', 'AmbiguousAggregationExpression', `variable ${e.name} is used beside an aggregation without being a grouping key`, e);
  }
  if (e.kind === 'ListComprehension' || e.kind === 'Quantifier') {
    checkAmbiguous(e.list, keyTexts, ec, aliases, locals);
    const inner = new Set(locals).add(e.variable);
    if (e.where) checkAmbiguous(e.where, keyTexts, ec, aliases, inner);
    if (e.kind === 'ListComprehension' && e.map) checkAmbiguous(e.map, keyTexts, ec, aliases, inner);
    return;
  }
  if (e.kind === 'Reduce') {
    checkAmbiguous(e.init, keyTexts, ec, aliases, locals);
    checkAmbiguous(e.list, keyTexts, ec, aliases, locals);
    checkAmbiguous(e.expr, keyTexts, ec, aliases, new Set(locals).add(e.variable).add(e.accumulator));
    return;
  }
  forEachChild(e, (c) => checkAmbiguous(c, keyTexts, ec, aliases, locals));
}

function compileAggregation(items: { name: string; expr: A.Expr }[], aggsPerItem: A.Expr[][], scope: Scope, ec: ExprCompiler, visible: number, outScope: Scope): RowOp {
  const keys = items.filter((_, i) => aggsPerItem[i].length === 0).map((it) => ({ name: it.name, fn: ec.compile(it.expr, scope) }));
  const keyTexts = new Set(items.filter((_, i) => aggsPerItem[i].length === 0).map((it) => exprText(ec, it.expr)));
  const keyScope: Scope = new Map(scope);
  const aliases = new Set(items.slice(0, visible).map((it) => it.name));
  for (const a of aliases) if (!keyScope.has(a)) keyScope.set(a, outScope.get(a) ?? 'any');
  const aggs: { slot: string; distinct: boolean; args: Fn[]; name: string; node: A.Expr }[] = [];
  const slots = new Map<A.Expr, string>();
  items.forEach((it, i) => {
    if (aggsPerItem[i].length === 0) return;
    checkAmbiguous(it.expr, keyTexts, ec, i >= visible ? aliases : null);
    for (const a of aggsPerItem[i]) {
      const slot = `\u0000agg${aggs.length}`;
      slots.set(a, slot);
      if (a.kind === 'CountStar') aggs.push({ slot, distinct: false, args: [], name: 'count', node: a });
      else if (a.kind === 'FunctionCall') {
        const def = getAggregate(a.name)!;
        if (a.args.length < def.minArgs || a.args.length > def.maxArgs) {
          throw ec.err('SyntaxError', 'InvalidNumberOfArguments', `${def.name}() takes ${def.minArgs}..${def.maxArgs} arguments`, a);
        }
        aggs.push({ slot, distinct: a.distinct, args: a.args.map((x) => ec.compile(x, scope)), name: a.name, node: a });
      }
    }
  });
  // aggregate items: evaluated on the group's first row plus the slots
  const prevSlots = ec.aggSlots;
  ec.aggSlots = slots;
  const aggItems = items
    .map((it, i) => ({ name: it.name, i, fn: aggsPerItem[i].length > 0 ? ec.compile(it.expr, keyScope) : null }))
    .filter((x) => x.fn !== null);
  ec.aggSlots = prevSlots;
  // plain count(*) / count(x) aggregates are kept as numbers, without accumulator objects
  const plainCounts = aggs.every((a) => a.name.toLowerCase() === 'count' && !a.distinct && a.args.length <= 1);
  return function* (input, ctx) {
    interface Group { keyVals: Row; first: Row; accs: Accumulator[]; counts: number[] }
    // single string keys are used as they are; everything else through groupKey
    const byString = new Map<string, Group>();
    const groups = new Map<string, Group>();
    const all: Group[] = [];
    const newGroup = (row: Row, keyVals: Row): Group => {
      const g: Group = {
        keyVals,
        first: row,
        accs: plainCounts ? [] : aggs.map((a) => getAggregate(a.name)!.create(a.distinct, ctx.fn)),
        counts: plainCounts ? new Array<number>(aggs.length).fill(0) : [],
      };
      all.push(g);
      return g;
    };
    const vals: CypherValue[] = new Array(keys.length);
    const single = keys.length === 1;
    for (const row of input) {
      tick(ctx);
      let g: Group | undefined;
      let gk = '';
      if (single) {
        const v = keys[0].fn(row, ctx);
        vals[0] = v;
        if (typeof v === 'string') g = byString.get(v);
        else g = groups.get((gk = groupKey(v)));
      } else {
        for (let i = 0; i < keys.length; i++) {
          const v = keys[i].fn(row, ctx);
          vals[i] = v;
          gk = i === 0 ? groupKey(v) : gk + '\u0001' + groupKey(v);
        }
        g = groups.get(gk);
      }
      if (!g) {
        const keyVals: Row = {};
        for (let i = 0; i < keys.length; i++) keyVals[keys[i].name] = vals[i];
        g = newGroup(row, keyVals);
        if (single && typeof vals[0] === 'string') byString.set(vals[0], g);
        else groups.set(gk, g);
      }
      if (plainCounts) {
        for (let i = 0; i < aggs.length; i++) {
          const args = aggs[i].args;
          if (args.length === 0 || args[0](row, ctx) !== null) g.counts[i]++;
        }
      } else for (let i = 0; i < aggs.length; i++) g.accs[i].add(aggs[i].args.map((f) => f(row, ctx)));
    }
    if (all.length === 0 && keys.length === 0) newGroup({}, {});
    for (const g of all) {
      const base: Row = { ...g.first, ...g.keyVals };
      for (let i = 0; i < aggs.length; i++) base[aggs[i].slot] = plainCounts ? BigInt(g.counts[i]) : g.accs[i].result();
      const out: Row = {};
      for (const it of items) {
        if (it.name in g.keyVals) out[it.name] = g.keyVals[it.name];
      }
      for (const a of aggItems) out[a.name] = a.fn!(base, ctx);
      // keep RETURN column order (hidden ORDER BY columns last)
      const ordered: Row = {};
      for (const it of items) ordered[it.name] = out[it.name];
      yield ordered;
    }
  };
}
