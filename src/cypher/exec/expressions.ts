/**
 * Expression compiler: AST -> closures `(row, ctx) => value`. Compiling resolves every variable
 * against the scope, so undefined variables, unknown functions and misplaced aggregates are found
 * before anything runs (compile-time errors).
 */
import type * as A from '../syntax/ast';
import { positionedError } from '../syntax/syntaxError';
import { add, subtract, multiply, divide, modulo, power, negate } from '../values/arithmetic';
import { compareOp } from '../values/compare';
import { equals, inList } from '../values/equality';
import { typeName } from '../values/typeName';
import { getFunction, isAggregate } from '../functions/registry';
import { operandTypeError } from '../values/errors';
import {
  CypherError,
  NodeValue,
  PathValue,
  RelationshipValue,
  TemporalValue,
  type CypherMap,
  type CypherValue,
} from '../values/types';
import type { ExecContext, Fn, Row, Scope, VarType } from './context';
import { isRawRow, rawField } from './rawRows';
import { paramValue } from '../convert';
import { extendRow, tick } from './context';

export interface ExprHooks {
  /** (a)-->(b) as a predicate: true when at least one match exists */
  patternExists(pattern: A.PatternPart[], where: A.Expr | null, scope: Scope, strict: boolean): (row: Row, ctx: ExecContext) => boolean;
  /** [ (a)-->(b) WHERE .. | expr ] */
  patternComprehension(e: A.PatternComprehension, scope: Scope): Fn;
  /** EXISTS { MATCH ... } */
  existsQuery(q: A.Query, scope: Scope): (row: Row, ctx: ExecContext) => boolean;
}

/** what can be known about an expression's type before running it ('any' when unknown) */
export function staticType(e: A.Expr, scope: Scope): VarType {
  switch (e.kind) {
    case 'Literal': {
      const v = e.value;
      if (v === null) return 'null';
      if (typeof v === 'bigint') return 'int';
      if (typeof v === 'number') return 'float';
      if (typeof v === 'string') return 'string';
      if (typeof v === 'boolean') return 'bool';
      return 'any';
    }
    case 'List': case 'ListComprehension': case 'PatternComprehension': return 'list';
    case 'Map': case 'MapProjection': return 'map';
    case 'Variable': return scope.get(e.name) ?? 'any';
    case 'Comparison': case 'IsNull': case 'HasLabels': case 'Quantifier': case 'PatternPredicate': case 'Exists': return 'bool';
    case 'Unary': return e.op === 'NOT' ? 'bool' : 'any';
    case 'Binary':
      if (e.op === 'AND' || e.op === 'OR' || e.op === 'XOR' || e.op === 'STARTS WITH' || e.op === 'ENDS WITH' || e.op === 'CONTAINS' || e.op === '=~' || e.op === 'IN') return 'bool';
      return 'any';
    default: return 'any';
  }
}

/** statically known argument types of graph functions (a mismatch is a compile-time error) */
const ARGUMENT_TYPES: Record<string, VarType[]> = {
  labels: ['node'],
  type: ['rel'],
  properties: ['node', 'rel', 'map'],
  length: ['path', 'string', 'list'],
  size: ['list', 'string', 'relList'],
  nodes: ['path'],
  relationships: ['path'],
  startnode: ['rel'],
  endnode: ['rel'],
};

const NON_BOOLEAN = new Set<VarType>(['int', 'float', 'string', 'list', 'map', 'node', 'rel', 'path', 'relList']);
const NO_PROPERTIES = new Set<VarType>(['int', 'float', 'string', 'bool', 'list', 'path', 'relList']);

/** the common static type of a list literal's elements ('any' when unknown or mixed) */
export function elementType(e: A.Expr, scope: Scope): VarType {
  if (e.kind !== 'List' || e.items.length === 0) return 'any';
  const types = new Set(e.items.map((i) => staticType(i, scope)));
  return types.size === 1 ? [...types][0] : 'any';
}

const NON_ARITHMETIC = new Set<VarType>(['string', 'bool', 'map', 'node', 'rel', 'path', 'list', 'relList']);

export class ExprCompiler {
  /** parameters the statement uses (checked before it runs) */
  readonly params = new Set<string>();
  /** when compiling a projection with aggregates: aggregate call -> row slot */
  aggSlots: Map<A.Expr, string> | null = null;
  hooks!: ExprHooks;

  constructor(readonly src: string) {}

  err(cls: CypherError['cypherClass'], detail: string, message: string, node: { loc: A.Loc }): CypherError {
    return positionedError(cls, detail, message, this.src, node.loc.start);
  }

  compile(e: A.Expr, scope: Scope): Fn {
    switch (e.kind) {
      case 'Literal': {
        const v = e.value;
        return () => v;
      }
      case 'Parameter': {
        const name = e.name;
        this.params.add(name);
        return (_r, ctx) => {
          const v = paramValue(ctx.params, name);
          return v === undefined ? null : v;
        };
      }
      case 'Variable': {
        if (!scope.has(e.name)) throw this.err('SyntaxError', 'UndefinedVariable', `variable \`${e.name}\` not defined`, e);
        const name = e.name;
        return (row) => {
          const v = row[name];
          return v === undefined ? null : v;
        };
      }
      case 'Property': {
        const ot = staticType(e.object, scope);
        if (NO_PROPERTIES.has(ot)) {
          throw this.err(ot === 'path' || ot === 'relList' ? 'SyntaxError' : 'TypeError', 'InvalidArgumentType', `cannot read property ${e.key} of a ${ot}`, e);
        }
        const obj = this.compile(e.object, scope);
        const key = e.key;
        if (ot === 'rawRow') {
          return (row, ctx) => {
            const o = obj(row, ctx);
            return isRawRow(o) ? rawField(o, key) : propertyOf(o, key, ctx);
          };
        }
        return (row, ctx) => propertyOf(obj(row, ctx), key, ctx);
      }
      case 'Index': {
        const obj = this.compile(e.object, scope);
        const idx = this.compile(e.index, scope);
        return (row, ctx) => indexOf(obj(row, ctx), idx(row, ctx), ctx);
      }
      case 'Slice': {
        const obj = this.compile(e.object, scope);
        const from = e.from ? this.compile(e.from, scope) : null;
        const to = e.to ? this.compile(e.to, scope) : null;
        return (row, ctx) => sliceOf(obj(row, ctx), from ? from(row, ctx) : undefined, to ? to(row, ctx) : undefined);
      }
      case 'Binary':
        return this.compileBinary(e, scope);
      case 'Comparison':
        return this.compileComparison(e, scope);
      case 'Unary': {
        if (e.op === 'NOT') this.checkBoolean(e.operand, scope);
        const op = this.compile(e.operand, scope);
        if (e.op === 'NOT') return (row, ctx) => not(op(row, ctx));
        if (e.op === '-') return (row, ctx) => negate(op(row, ctx));
        return (row, ctx) => {
          const v = op(row, ctx);
          if (v === null || typeof v === 'bigint' || typeof v === 'number') return v;
          throw operandTypeError(`cannot apply unary + to ${typeName(v)}`);
        };
      }
      case 'IsNull': {
        const op = this.compile(e.operand, scope);
        return e.negated ? (row, ctx) => op(row, ctx) !== null : (row, ctx) => op(row, ctx) === null;
      }
      case 'HasLabels': {
        const op = this.compile(e.operand, scope);
        const labels = e.labels;
        return (row, ctx) => {
          const v = op(row, ctx);
          if (v === null) return null;
          if (!(v instanceof NodeValue)) throw operandTypeError(`cannot test labels of ${typeName(v)}`);
          const have = ctx.store.nodeAttrs(v.key).labels;
          return labels.every((l) => have.includes(l));
        };
      }
      case 'FunctionCall':
        return this.compileCall(e, scope);
      case 'CountStar': {
        const slot = this.aggSlots?.get(e);
        if (slot === undefined) throw this.err('SyntaxError', 'InvalidAggregation', 'count(*) is not allowed here', e);
        return (row) => row[slot];
      }
      case 'List': {
        const items = e.items.map((i) => this.compile(i, scope));
        return (row, ctx) => items.map((f) => f(row, ctx));
      }
      case 'Map': {
        const entries = e.entries.map(({ key, value }) => [key, this.compile(value, scope)] as const);
        return (row, ctx) => {
          const m: CypherMap = new Map();
          for (const [k, f] of entries) m.set(k, f(row, ctx));
          return m;
        };
      }
      case 'MapProjection':
        return this.compileMapProjection(e, scope);
      case 'Case':
        return this.compileCase(e, scope);
      case 'ListComprehension': {
        const list = this.compile(e.list, scope);
        const inner = new Map(scope).set(e.variable, 'any');
        const where = e.where ? this.compile(e.where, inner) : null;
        const map = e.map ? this.compile(e.map, inner) : null;
        const v = e.variable;
        return (row, ctx) => {
          const l = list(row, ctx);
          if (l === null) return null;
          if (!Array.isArray(l)) throw operandTypeError(`list comprehension over ${typeName(l)}`);
          const out: CypherValue[] = [];
          for (const item of l) {
            const r = extendRow(row, v, item);
            if (where && where(r, ctx) !== true) continue;
            out.push(map ? map(r, ctx) : item);
          }
          return out;
        };
      }
      case 'Quantifier':
        return this.compileQuantifier(e, scope);
      case 'Reduce': {
        const init = this.compile(e.init, scope);
        const list = this.compile(e.list, scope);
        const inner = new Map(scope).set(e.accumulator, 'any').set(e.variable, 'any');
        const body = this.compile(e.expr, inner);
        const acc = e.accumulator;
        const v = e.variable;
        return (row, ctx) => {
          let a = init(row, ctx);
          const l = list(row, ctx);
          if (l === null) return null;
          if (!Array.isArray(l)) throw operandTypeError(`reduce over ${typeName(l)}`);
          for (const item of l) a = body(extendRow(extendRow(row, acc, a), v, item), ctx);
          return a;
        };
      }
      case 'PatternPredicate': {
        const f = this.hooks.patternExists([e.pattern], null, scope, true);
        return (row, ctx) => f(row, ctx);
      }
      case 'PatternComprehension':
        return this.hooks.patternComprehension(e, scope);
      case 'Exists': {
        if (e.query) {
          const f = this.hooks.existsQuery(e.query, scope);
          return (row, ctx) => f(row, ctx);
        }
        const f = this.hooks.patternExists(e.patterns ?? [], e.where, scope, false);
        return (row, ctx) => f(row, ctx);
      }
    }
  }

  checkBoolean(e: A.Expr, scope: Scope): void {
    const t = staticType(e, scope);
    if (NON_BOOLEAN.has(t)) throw this.err('SyntaxError', 'InvalidArgumentType', `expected a boolean expression, got ${t}`, e);
  }

  private compileBinary(e: A.Binary, scope: Scope): Fn {
    if (e.op === '-' || e.op === '*' || e.op === '/' || e.op === '%' || e.op === '^') {
      for (const side of [e.left, e.right]) {
        const t = staticType(side, scope);
        if (NON_ARITHMETIC.has(t)) throw this.err('SyntaxError', 'InvalidArgumentType', `cannot apply ${e.op} to a ${t}`, side);
      }
    }
    if (e.op === 'AND' || e.op === 'OR' || e.op === 'XOR') {
      this.checkBoolean(e.left, scope);
      this.checkBoolean(e.right, scope);
    }
    const l = this.compile(e.left, scope);
    const r = this.compile(e.right, scope);
    switch (e.op) {
      case '+': return (row, ctx) => add(l(row, ctx), r(row, ctx));
      case '-': return (row, ctx) => subtract(l(row, ctx), r(row, ctx));
      case '*': return (row, ctx) => multiply(l(row, ctx), r(row, ctx));
      case '/': return (row, ctx) => divide(l(row, ctx), r(row, ctx));
      case '%': return (row, ctx) => modulo(l(row, ctx), r(row, ctx));
      case '^': return (row, ctx) => power(l(row, ctx), r(row, ctx));
      case 'AND':
        return (row, ctx) => {
          const a = bool(l(row, ctx));
          if (a === false) return false;
          const b = bool(r(row, ctx));
          if (b === false) return false;
          return a === null || b === null ? null : true;
        };
      case 'OR':
        return (row, ctx) => {
          const a = bool(l(row, ctx));
          if (a === true) return true;
          const b = bool(r(row, ctx));
          if (b === true) return true;
          return a === null || b === null ? null : false;
        };
      case 'XOR':
        return (row, ctx) => {
          const a = bool(l(row, ctx));
          const b = bool(r(row, ctx));
          return a === null || b === null ? null : a !== b;
        };
      case 'IN':
        if (['bool', 'int', 'float', 'string', 'map', 'node', 'rel', 'path'].includes(staticType(e.right, scope))) {
          throw this.err('SyntaxError', 'InvalidArgumentType', `IN expects a list, got ${staticType(e.right, scope)}`, e.right);
        }
        return (row, ctx) => {
          const x = l(row, ctx);
          const list = r(row, ctx);
          if (list !== null && !Array.isArray(list)) throw operandTypeError(`IN expects a list, got ${typeName(list)}`);
          return inList(x, list);
        };
      case 'STARTS WITH':
        return (row, ctx) => strOp(l(row, ctx), r(row, ctx), STARTS_WITH);
      case 'ENDS WITH':
        return (row, ctx) => strOp(l(row, ctx), r(row, ctx), ENDS_WITH);
      case 'CONTAINS':
        return (row, ctx) => strOp(l(row, ctx), r(row, ctx), CONTAINS);
      case '=~':
        return (row, ctx) => {
          const a = l(row, ctx);
          const b = r(row, ctx);
          if (typeof a !== 'string' || typeof b !== 'string') return null;
          return regex(b).test(a);
        };
    }
  }

  private compileComparison(e: A.Comparison, scope: Scope): Fn {
    const operands = e.operands.map((o) => this.compile(o, scope));
    const ops = e.ops;
    const one = (op: A.CompareOp, a: CypherValue, b: CypherValue): boolean | null => {
      switch (op) {
        case '=': return equals(a, b);
        case '<>': {
          const q = equals(a, b);
          return q === null ? null : !q;
        }
        default: return compareOp(op, a, b);
      }
    };
    if (ops.length === 1) {
      const [fa, fb] = operands;
      const op = ops[0];
      return (row, ctx) => one(op, fa(row, ctx), fb(row, ctx));
    }
    return (row, ctx) => {
      let result: boolean | null = true;
      let prev = operands[0](row, ctx);
      for (let i = 0; i < ops.length; i++) {
        const next = operands[i + 1](row, ctx);
        const r = one(ops[i], prev, next);
        if (r === false) return false;
        if (r === null) result = null;
        prev = next;
      }
      return result;
    };
  }

  private compileCall(e: A.FunctionCall, scope: Scope): Fn {
    const slot = this.aggSlots?.get(e);
    if (slot !== undefined) return (row) => row[slot];
    if (isAggregate(e.name)) throw this.err('SyntaxError', 'InvalidAggregation', `aggregation ${e.name}() is not allowed here`, e);
    const lname = e.name.toLowerCase();
    if (lname === 'exists' && e.args.length === 1 && e.args[0].kind === 'Property') {
      const prop = e.args[0];
      const obj = this.compile(prop.object, scope);
      return (row, ctx) => {
        const o = obj(row, ctx);
        if (o === null) return null;
        return propertyOf(o, prop.key, ctx) !== null;
      };
    }
    if (lname === 'exists' && e.args.length === 1 && e.args[0].kind === 'PatternPredicate') {
      return this.compile(e.args[0], scope);
    }
    if (lname !== 'exists' && e.args.some((a) => a.kind === 'PatternPredicate')) {
      throw this.err('SyntaxError', 'UnexpectedSyntax', `a pattern predicate is not a valid argument of ${e.name}()`, e);
    }
    const allowed = ARGUMENT_TYPES[lname];
    if (allowed && e.args.length === 1) {
      const t = staticType(e.args[0], scope);
      if (t !== 'any' && t !== 'null' && !allowed.includes(t)) {
        throw this.err('SyntaxError', 'InvalidArgumentType', `${e.name}() does not accept a ${t}`, e.args[0]);
      }
    }
    const def = getFunction(e.name);
    if (!def) throw this.err('SyntaxError', 'UnknownFunction', `unknown function '${e.name}'`, e);
    if (e.args.length < def.minArgs || e.args.length > def.maxArgs) {
      throw this.err('SyntaxError', 'InvalidNumberOfArguments', `${def.name}() takes ${def.minArgs}..${def.maxArgs} arguments, got ${e.args.length}`, e);
    }
    const args = e.args.map((a) => this.compile(a, scope));
    return (row, ctx) => def.call(args.map((a) => a(row, ctx)), ctx.fn);
  }

  private compileMapProjection(e: A.MapProjection, scope: Scope): Fn {
    if (!scope.has(e.variable)) throw this.err('SyntaxError', 'UndefinedVariable', `variable \`${e.variable}\` not defined`, e);
    const items = e.items.map((it) => {
      if (it.type === 'variable' && !scope.has(it.name)) throw this.err('SyntaxError', 'UndefinedVariable', `variable \`${it.name}\` not defined`, e);
      return it.type === 'literal' ? { ...it, fn: this.compile(it.value, scope) } : { ...it, fn: null };
    });
    const name = e.variable;
    return (row, ctx) => {
      const base = row[name];
      if (base === null || base === undefined) return null;
      const m: CypherMap = new Map();
      for (const it of items) {
        switch (it.type) {
          case 'all':
            for (const [k, v] of allProperties(base, ctx)) m.set(k, v);
            break;
          case 'property':
            m.set(it.key, propertyOf(base, it.key, ctx));
            break;
          case 'literal':
            m.set(it.key, it.fn!(row, ctx));
            break;
          case 'variable':
            m.set(it.name, row[it.name] ?? null);
            break;
        }
      }
      return m;
    };
  }

  private compileCase(e: A.CaseExpr, scope: Scope): Fn {
    const test = e.test ? this.compile(e.test, scope) : null;
    const whens = e.whens.map((w) => ({ when: this.compile(w.when, scope), then: this.compile(w.then, scope) }));
    const otherwise = e.else ? this.compile(e.else, scope) : null;
    return (row, ctx) => {
      if (test) {
        const t = test(row, ctx);
        for (const w of whens) if (equals(t, w.when(row, ctx)) === true) return w.then(row, ctx);
      } else {
        for (const w of whens) if (w.when(row, ctx) === true) return w.then(row, ctx);
      }
      return otherwise ? otherwise(row, ctx) : null;
    };
  }

  private compileQuantifier(e: A.Quantifier, scope: Scope): Fn {
    const list = this.compile(e.list, scope);
    const inner = new Map(scope).set(e.variable, elementType(e.list, scope));
    const where = e.where ? this.compile(e.where, inner) : null;
    const v = e.variable;
    const q = e.quantifier;
    return (row, ctx) => {
      const l = list(row, ctx);
      if (l === null) return null;
      if (!Array.isArray(l)) throw operandTypeError(`${q}() over ${typeName(l)}`);
      let trues = 0;
      let nulls = 0;
      for (const item of l) {
        tick(ctx);
        const p = where ? where(extendRow(row, v, item), ctx) : item;
        if (p === true) trues++;
        else if (p === null) nulls++;
        else if (p !== false) throw operandTypeError(`${q}() predicate gave ${typeName(p)}`);
        if (q === 'any' && trues > 0) return true;
        if (q === 'none' && trues > 0) return false;
        if (q === 'single' && trues > 1) return false;
        if (q === 'all' && p === false) return false;
      }
      switch (q) {
        case 'all': return nulls > 0 ? null : true;
        case 'any': return nulls > 0 ? null : false;
        case 'none': return nulls > 0 ? null : true;
        case 'single': return nulls > 0 ? null : trues === 1;
      }
    };
  }
}

// ------------------------------------------------------------------ runtime helpers
function bool(v: CypherValue): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw operandTypeError(`expected a boolean, got ${typeName(v)}`);
}
function not(v: CypherValue): boolean | null {
  const b = bool(v);
  return b === null ? null : !b;
}
// one function per string operator (not a closure per evaluation)
const STARTS_WITH = (a: string, b: string): boolean => a.startsWith(b);
const ENDS_WITH = (a: string, b: string): boolean => a.endsWith(b);
const CONTAINS = (a: string, b: string): boolean => a.includes(b);

function strOp(a: CypherValue, b: CypherValue, f: (a: string, b: string) => boolean): boolean | null {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  return f(a, b);
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let r = regexCache.get(pattern);
  if (!r) {
    try {
      let flags = 's';
      let p = pattern;
      const inline = /^\(\?([imsux]+)\)/.exec(p);
      if (inline) {
        p = p.slice(inline[0].length);
        if (inline[1].includes('i')) flags += 'i';
        if (inline[1].includes('m')) flags += 'm';
      }
      r = new RegExp(`^(?:${p})$`, flags + 'u');
    } catch {
      try {
        r = new RegExp(`^(?:${pattern})$`, 's');
      } catch {
        throw new CypherError('ArgumentError', 'InvalidArgumentValue', `cypher.eval: invalid regular expression ${pattern}`, 'runtime');
      }
    }
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, r);
  }
  return r;
}

export function propertyOf(o: CypherValue, key: string, ctx: ExecContext): CypherValue {
  if (o === null) return null;
  if (o instanceof NodeValue) {
    if (ctx.store.deletedNodes.size > 0 && ctx.store.deletedNodes.has(o.key)) throw deletedAccess();
    return ctx.store.propertyOfNode(o, key);
  }
  if (o instanceof RelationshipValue) {
    if (ctx.store.deletedEdges.has(o.key)) throw deletedAccess();
    return ctx.store.edgeProperty(o.key, key);
  }
  if (o instanceof Map) {
    const v = o.get(key);
    return v === undefined ? null : v;
  }
  if (o instanceof TemporalValue) {
    const v = o.get(key);
    if (v === undefined) throw operandTypeError(`${o.temporalType} has no component ${key}`);
    return v;
  }
  throw operandTypeError(`cannot read property ${key} of ${typeName(o)}`);
}

function deletedAccess(): CypherError {
  return new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher.eval: the entity was deleted by this query', 'runtime');
}

export function allProperties(o: CypherValue, ctx: ExecContext): CypherMap {
  if (o instanceof NodeValue) return ctx.store.nodeProperties(o);
  if (o instanceof RelationshipValue) return ctx.store.relationshipProperties(o);
  if (o instanceof Map) return o;
  throw operandTypeError(`cannot project properties of ${typeName(o)}`);
}

function indexOf(o: CypherValue, i: CypherValue, ctx: ExecContext): CypherValue {
  if (o === null || i === null) return null;
  if (Array.isArray(o)) {
    if (typeof i !== 'bigint') throw operandTypeError(`list index must be an INTEGER, got ${typeName(i)}`);
    let n = Number(i);
    if (n < 0) n += o.length;
    return n >= 0 && n < o.length ? o[n] : null;
  }
  if (o instanceof Map || o instanceof NodeValue || o instanceof RelationshipValue) {
    if (typeof i !== 'string') {
      throw new CypherError('TypeError', 'MapElementAccessByNonString', `cypher.eval: map key must be a STRING, got ${typeName(i)}`, 'runtime');
    }
    return propertyOf(o, i, ctx);
  }
  throw operandTypeError(`cannot index ${typeName(o)}`);
}

function sliceOf(o: CypherValue, from: CypherValue | undefined, to: CypherValue | undefined): CypherValue {
  if (o === null || from === null || to === null) return null;
  if (!Array.isArray(o)) throw operandTypeError(`cannot slice ${typeName(o)}`);
  const len = o.length;
  const norm = (v: CypherValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'bigint') throw operandTypeError(`slice bound must be an INTEGER, got ${typeName(v)}`);
    let n = Number(v);
    if (n < 0) n += len;
    return Math.max(0, Math.min(len, n));
  };
  const a = norm(from, 0);
  const b = norm(to, len);
  return a < b ? o.slice(a, b) : [];
}

export function pathOf(nodes: string[], rels: string[]): PathValue {
  return new PathValue(nodes.map((k) => new NodeValue(k)), rels.map((k) => new RelationshipValue(k)));
}
