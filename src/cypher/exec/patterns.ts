/**
 * Pattern matching. A MATCH pattern compiles to a function that, for one input row, lazily yields
 * every way to bind the pattern's new variables. Each pattern part starts at its most selective node
 * (bound variable > property index > label index > all nodes; or a relationship-type scan for a
 * single typed hop when that is smaller) and expands along the chain in both directions.
 * Relationships are unique within one MATCH (trail semantics), var-length steps included.
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import { NodeValue, RelationshipValue, type CypherMap, type CypherValue } from '../values/types';
import { typeName } from '../values/typeName';
import { CypherError } from '../values/types';
import type { ExecContext, Fn, Row, Scope, VarType } from './context';
import { copyRow, tick } from './context';
import type { ExprCompiler } from './expressions';
import { pathOf } from './expressions';
import type { EdgeAttrs, GraphStore, NodeAttrs } from './graphStore';
import { fromStoreValue } from './storeValue';

interface NodeSpec {
  variable: string | null;
  bound: boolean;
  labels: string[];
  props: Fn | null;
}
interface RelSpec {
  variable: string | null;
  bound: boolean;
  types: string[];
  props: Fn | null;
  direction: 'out' | 'in' | 'both';
  range: { min: number; max: number } | null;
}
export interface PartSpec {
  pathVar: string | null;
  nodes: NodeSpec[];
  rels: RelSpec[];
  shortest: A.PatternPart['shortest'];
  /** no later part of the same MATCH needs this part's relationships marked as used */
  lastPart: boolean;
}

/** evaluated property constraints of one part for one input row */
interface Bound {
  nodeProps: (CypherMap | null)[];
  relProps: (CypherMap | null)[];
}

export type Matcher = (row: Row, ctx: ExecContext) => Generator<Row>;

/** Declare the variables a pattern introduces (with type checks) and compile its matcher. */
export function compilePattern(parts: A.PatternPart[], scope: Scope, ec: ExprCompiler, mode: 'match' | 'create' | 'merge' = 'match'): { matcher: Matcher; specs: PartSpec[]; count: (row: Row, ctx: ExecContext) => number } {
  const before = new Map(scope);
  const specs: PartSpec[] = [];
  const seenRels = new Set<string>();
  const seenNodes = new Set<string>();
  for (const part of parts) {
    const nodes: NodeSpec[] = part.nodes.map((n) => {
      if (n.variable) declare(scope, n.variable, 'node', ec, n);
      if (n.properties && n.properties.kind === 'Parameter' && mode !== 'create') {
        throw ec.err('SyntaxError', 'InvalidParameterUse', `parameter maps cannot be used in ${mode.toUpperCase()} patterns`, n.properties);
      }
      // bound before the pattern, or by an earlier part of it (parts are matched in order)
      const bound = !!n.variable && (before.has(n.variable) || seenNodes.has(n.variable));
      return { variable: n.variable, bound, labels: n.labels, props: n.properties ? ec.compile(n.properties, before) : null };
    });
    for (const n of part.nodes) if (n.variable) seenNodes.add(n.variable);
    const rels: RelSpec[] = part.rels.map((r) => {
      if (r.variable) {
        if (seenRels.has(r.variable) && mode === 'match') {
          throw ec.err('SyntaxError', 'RelationshipUniquenessViolation', `relationship variable ${r.variable} is used twice in one pattern`, r);
        }
        seenRels.add(r.variable);
        declare(scope, r.variable, r.range ? 'relList' : 'rel', ec, r);
      }
      if (r.properties && r.properties.kind === 'Parameter' && mode !== 'create') {
        throw ec.err('SyntaxError', 'InvalidParameterUse', `parameter maps cannot be used in ${mode.toUpperCase()} patterns`, r.properties);
      }
      const range = r.range ? { min: r.range.min ?? 1, max: r.range.max ?? Infinity } : null;
      return { variable: r.variable, bound: !!r.variable && before.has(r.variable), types: [...new Set(r.types)], props: r.properties ? ec.compile(r.properties, before) : null, direction: r.direction, range };
    });
    if (part.variable) declare(scope, part.variable, 'path', ec, part);
    specs.push({ pathVar: part.variable, nodes, rels, shortest: part.shortest, lastPart: false });
  }
  if (specs.length > 0) specs[specs.length - 1].lastPart = true;
  // properties may refer to variables bound earlier in the same pattern: recompile against the full scope
  for (let p = 0; p < parts.length; p++) {
    parts[p].nodes.forEach((n, i) => {
      if (n.properties) specs[p].nodes[i].props = ec.compile(n.properties, scope);
    });
    parts[p].rels.forEach((r, i) => {
      if (r.properties) specs[p].rels[i].props = ec.compile(r.properties, scope);
    });
  }
  const matcher: Matcher =
    specs.length === 1
      ? (row, ctx) => matchPart(specs[0], row, new Set(), ctx)
      : (row, ctx) => matchParts(specs, 0, row, new Set(), ctx);
  // counting without binding is exact when no node variable repeats inside the part
  const names = parts.length === 1 ? parts[0].nodes.map((n) => n.variable).filter((v): v is string => !!v) : [];
  const countable = parts.length === 1 && new Set(names).size === names.length;
  const count = (row: Row, ctx: ExecContext): number => {
    if (!countable) {
      let n = 0;
      for (const _r of matcher(row, ctx)) n++;
      return n;
    }
    const c = { n: 0 };
    for (const _r of matchPart(specs[0], row, new Set(), ctx, c)) c.n++;
    return c.n;
  };
  return { matcher, specs, count };
}

function declare(scope: Scope, name: string, type: VarType, ec: ExprCompiler, at: { loc: A.Loc }): void {
  const prev = scope.get(name);
  if (type === 'path' && prev !== undefined) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable \`${name}\` is already declared`, at);
  if (prev === undefined || prev === 'any' || prev === 'null' || prev === type || (prev === 'list' && type === 'relList')) {
    if (prev === undefined || prev === 'any' || prev === 'null') scope.set(name, type);
    return;
  }
  throw ec.err('SyntaxError', 'VariableTypeConflict', `variable \`${name}\` is a ${prev}, not a ${type}`, at);
}

function* matchParts(specs: PartSpec[], i: number, row: Row, used: Set<string>, ctx: ExecContext): Generator<Row> {
  if (i === specs.length) {
    yield row;
    return;
  }
  for (const r of matchPart(specs[i], row, used, ctx)) yield* matchParts(specs, i + 1, r, used, ctx);
}

function evalProps(fn: Fn | null, row: Row, ctx: ExecContext): CypherMap | null {
  if (!fn) return null;
  const v = fn(row, ctx);
  if (v === null) return new Map();
  if (!(v instanceof Map)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: pattern properties must be a map, got ${typeName(v)}`, 'runtime');
  return v;
}

function nodeOk(store: GraphStore, key: string, attrs: NodeAttrs, spec: NodeSpec, props: CypherMap | null, row: Row): boolean {
  if (spec.bound) {
    const b = row[spec.variable!];
    if (!(b instanceof NodeValue) || b.key !== key) return false;
  }
  for (const l of spec.labels) if (!attrs.labels.includes(l)) return false;
  if (props) {
    for (const [k, v] of props) {
      const sv = attrs.properties[k];
      if (sv === undefined) return false;
      if (typeof sv === 'string' && typeof v === 'string') {
        if (sv !== v) return false;
      } else if (equals(fromStoreValue(sv), v) !== true) return false;
    }
  }
  void store;
  return true;
}

function relOk(attrs: EdgeAttrs, spec: RelSpec, props: CypherMap | null): boolean {
  if (spec.types.length > 0 && !spec.types.includes(attrs.type)) return false;
  if (props) {
    for (const [k, v] of props) {
      const sv = attrs.properties[k];
      if (sv === undefined || equals(fromStoreValue(sv), v) !== true) return false;
    }
  }
  return true;
}

/**
 * edges leaving `node` in `dir`: [edge, other end, attributes]; with `to`, only those whose other end
 * is `to` (graphology reads them from the pair's own adjacency entry: O(edges between), not O(degree));
 * otherwise from the slot index's adjacency lists
 */
function adjacent(store: GraphStore, node: string, dir: 'out' | 'in' | 'both', to: string | null = null, types: string[] = NO_TYPES): Adjacent[] {
  const g = store.graph;
  const out: Adjacent[] = [];
  if (to !== null) {
    if (!g.hasNode(to)) return out;
    if (dir !== 'in') g.forEachOutEdge(node, to, (e, a, _s, t, _sa, ta) => void out.push([e, t, a, ta]));
    if (dir !== 'out') {
      g.forEachInEdge(node, to, (e, a, s, t, sa) => {
        if (dir === 'both' && s === t) return;
        out.push([e, s, a, sa]);
      });
    }
    return out;
  }
  const idx = store.typeIndex();
  const slot = idx.slotOf.get(node);
  if (slot === undefined) return out;
  const src = idx.edgeSrc;
  // one wanted type (the usual case) is tested on the type column, before anything is read
  const only = types.length === 1 ? idx.typeId(types[0]) : -1;
  const kind = idx.edgeType;
  if (dir !== 'in') {
    const list = idx.outEdges[slot];
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (src[e] < 0 || (only >= 0 && kind[e] !== only)) continue;
      const t = idx.edgeDst[e];
      out.push([idx.edgeKeys[e]!, idx.nodeKeys[t]!, idx.edgeAttrs[e]!, idx.nodeAttrs[t]!]);
    }
  }
  if (dir !== 'out') {
    const list = idx.inEdges[slot];
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const s = src[e];
      if (s < 0 || (dir === 'both' && s === slot)) continue; // a self-loop is one undirected match
      if (only >= 0 && kind[e] !== only) continue;
      out.push([idx.edgeKeys[e]!, idx.nodeKeys[s]!, idx.edgeAttrs[e]!, idx.nodeAttrs[s]!]);
    }
  }
  return out;
}

/** one relationship at hand: its key, the node at its other end, its attributes, that node's attributes */
type Adjacent = [string, string, EdgeAttrs, NodeAttrs];

interface Start {
  cost: number;
  /** null: all nodes */
  keys: Iterable<string> | null;
  /** label map when the candidates come from the label index (attributes at hand) */
  labelMap: Map<string, NodeAttrs> | null;
}

/** the candidates for node `idx` of a part and how many there are */
function startOf(spec: PartSpec, idx: number, b: Bound, row: Row, ctx: ExecContext): Start {
  const n = spec.nodes[idx];
  const store = ctx.store;
  if (n.bound) {
    const v = row[n.variable!];
    if (v === null || v === undefined) return { cost: 0, keys: [], labelMap: null };
    if (!(v instanceof NodeValue)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: ${n.variable} is not a node`, 'runtime');
    return { cost: 1, keys: store.graph.hasNode(v.key) ? [v.key] : [], labelMap: null };
  }
  const props = b.nodeProps[idx];
  if (n.labels.length > 0 && props && props.size > 0) {
    const [k, v] = props.entries().next().value as [string, CypherValue];
    if (v === null) return { cost: 0, keys: [], labelMap: null };
    const found = store.nodesByProperty(n.labels[0], k, v);
    return { cost: found.length, keys: found, labelMap: null };
  }
  if (n.labels.length > 0) {
    let best = store.nodesWithLabel(n.labels[0]);
    for (let i = 1; i < n.labels.length; i++) {
      const m = store.nodesWithLabel(n.labels[i]);
      if (m.size < best.size) best = m;
    }
    return { cost: best.size, keys: null, labelMap: best };
  }
  return { cost: store.graph.order + 1, keys: null, labelMap: null };
}

interface Step {
  ri: number;
  from: number;
  to: number;
  reversed: boolean;
}
interface Frame {
  list: Adjacent[] | null;
  i: number;
  trails: Generator<[string[], string]> | null;
  /** relationships this frame currently holds in `used` */
  held: string[] | null;
}

/**
 * Match one part. With `counter`, matches are counted instead of bound where that is possible
 * (the caller counts whatever is still yielded).
 */
function* matchPart(spec: PartSpec, row: Row, used: Set<string>, ctx: ExecContext, counter: { n: number } | null = null): Generator<Row> {
  const b: Bound = {
    nodeProps: spec.nodes.map((n) => evalProps(n.props, row, ctx)),
    relProps: spec.rels.map((r) => evalProps(r.props, row, ctx)),
  };
  const store = ctx.store;
  const g = store.graph;
  if (spec.shortest) {
    yield* shortestPaths(spec, b, row, ctx);
    return;
  }
  const { best, start } = bestStart(spec, b, row, ctx);
  if (spec.nodes.length === 1 && !spec.pathVar) {
    // a lone node: no expansion, attributes at hand from the label index
    const startSpec = spec.nodes[0];
    const startProps = b.nodeProps[0];
    const v = startSpec.variable;
    const emit = (key: string, attrs: NodeAttrs): Row | null => {
      if (!nodeOk(store, key, attrs, startSpec, startProps, row)) return null;
      if (counter) {
        counter.n++;
        return null;
      }
      const out: Row = copyRow(row);
      if (v && !startSpec.bound) out[v] = store.nodeValue(key, attrs);
      return out;
    };
    if (start.labelMap) {
      for (const [key, attrs] of start.labelMap) {
        tick(ctx);
        const out = emit(key, attrs);
        if (out) yield out;
      }
    } else {
      for (const key of start.keys ?? g.nodes()) {
        tick(ctx);
        if (!g.hasNode(key)) continue;
        const out = emit(key, g.getNodeAttributes(key));
        if (out) yield out;
      }
    }
    return;
  }
  const nodeKeys: string[] = new Array(spec.nodes.length);
  // the attribute objects of nodeKeys where known (null: look them up)
  const nodeAttrs: (NodeAttrs | null)[] = new Array(spec.nodes.length).fill(null);
  const relKeys: (string | string[])[] = new Array(spec.rels.length);
  if (typeScanPays(spec, start!, store)) {
    yield* scanByType(spec, b, row, used, ctx, nodeKeys, relKeys);
    return;
  }
  const steps: Step[] = [];
  for (let i = best; i < spec.nodes.length - 1; i++) steps.push({ ri: i, from: i, to: i + 1, reversed: false });
  for (let i = best; i > 0; i--) steps.push({ ri: i - 1, from: i, to: i - 1, reversed: true });
  const startSpec = spec.nodes[best];
  const startProps = b.nodeProps[best];
  const frames: Frame[] = new Array(steps.length);

  const open = (d: number): Frame => {
    const st = steps[d];
    const r = spec.rels[st.ri];
    const dir = r.direction === 'both' ? 'both' : st.reversed ? (r.direction === 'out' ? 'in' : 'out') : r.direction;
    if (!r.range) {
      // the far end is already bound: only the edges between the two nodes can match
      const toSpec = spec.nodes[st.to];
      const bound = toSpec.bound ? row[toSpec.variable!] : null;
      const to = bound instanceof NodeValue ? bound.key : null;
      return { list: adjacent(store, nodeKeys[st.from], dir, to, r.types), i: 0, trails: null, held: null };
    }
    return { list: null, i: 0, trails: trails(store, nodeKeys[st.from], dir, r, b.relProps[st.ri], used, ctx), held: null };
  };
  /** choose the frame's next candidate; false when exhausted */
  const advance = (d: number): boolean => {
    const f = frames[d];
    const st = steps[d];
    const r = spec.rels[st.ri];
    const toSpec = spec.nodes[st.to];
    const toProps = b.nodeProps[st.to];
    if (f.held) {
      for (const e of f.held) used.delete(e);
      f.held = null;
    }
    if (f.list) {
      const boundRel = r.bound ? row[r.variable!] : null;
      const trivialTo = !toSpec.bound && toSpec.labels.length === 0 && !toProps;
      const relProps = b.relProps[st.ri];
      const trivialRel = r.types.length === 0 && !relProps;
      while (f.i < f.list.length) {
        const [e, other, attrs, otherAttrs] = f.list[f.i++];
        tick(ctx);
        if (used.has(e)) continue;
        if (r.bound && !(boundRel instanceof RelationshipValue && boundRel.key === e)) continue;
        if (!trivialRel && !relOk(attrs, r, relProps)) continue;
        if (!trivialTo && !nodeOk(store, other, otherAttrs, toSpec, toProps, row)) continue;
        nodeKeys[st.to] = other;
        nodeAttrs[st.to] = otherAttrs;
        relKeys[st.ri] = e;
        if (d !== steps.length - 1 || !spec.lastPart) {
          used.add(e);
          f.held = [e];
        }
        return true;
      }
      return false;
    }
    const boundList = r.bound ? row[r.variable!] : null;
    const trivialTo = !toSpec.bound && toSpec.labels.length === 0 && !toProps;
    // the trail itself is only needed when something reads it or a later step must avoid its edges
    const lastHop = d === steps.length - 1 && spec.lastPart;
    const keepTrail = !!r.variable || !!spec.pathVar || !lastHop;
    for (;;) {
      const n = f.trails!.next();
      if (n.done) return false;
      const [trail, end] = n.value;
      if (!trivialTo && !nodeOk(store, end, g.getNodeAttributes(end), toSpec, toProps, row)) continue;
      if (!keepTrail) {
        nodeKeys[st.to] = end;
        nodeAttrs[st.to] = null;
        relKeys[st.ri] = EMPTY_TRAIL;
        return true;
      }
      const ordered = st.reversed ? trail.slice().reverse() : trail.slice();
      if (r.bound) {
        if (!Array.isArray(boundList) || boundList.length !== ordered.length) continue;
        if (!ordered.every((e, i) => (boundList[i] as RelationshipValue)?.key === e)) continue;
      }
      nodeKeys[st.to] = end;
      nodeAttrs[st.to] = null;
      relKeys[st.ri] = ordered;
      if (!lastHop) {
        for (const e of trail) used.add(e);
        f.held = trail.slice();
      }
      return true;
    }
  };

  // a last hop with no constraint on its relationship or end node can be counted from degrees
  const lastStep = steps[steps.length - 1];
  const lastRel = lastStep ? spec.rels[lastStep.ri] : null;
  const lastTo = lastStep ? spec.nodes[lastStep.to] : null;
  const lastCountable = !!counter && !!lastStep && !lastRel!.range && !lastRel!.bound && lastRel!.types.length === 0 && !b.relProps[lastStep.ri] &&
    !lastTo!.bound && lastTo!.labels.length === 0 && !b.nodeProps[lastStep.to];
  const countLast = (from: string, held: number): number => {
    const r = lastRel!;
    const dir = r.direction === 'both' ? 'both' : lastStep.reversed ? (r.direction === 'out' ? 'in' : 'out') : r.direction;
    let n: number;
    const idx = store.typeIndex();
    const slot = dir !== 'both' && idx.settled ? idx.slotOf.get(from) : undefined;
    // between statements the adjacency lists hold live relationships only: their lengths are degrees
    if (slot !== undefined) n = dir === 'out' ? idx.outEdges[slot].length : idx.inEdges[slot].length;
    else n = dir === 'out' ? g.outDegree(from) : dir === 'in' ? g.inDegree(from) : g.outDegree(from) + g.inDegreeWithoutSelfLoops(from);
    const uses = (e: string): boolean => {
      const s0 = g.source(e);
      const t0 = g.target(e);
      return dir === 'out' ? s0 === from : dir === 'in' ? t0 === from : s0 === from || t0 === from;
    };
    if (simpleUsed) {
      // `used` holds just the edges of the open frames 0..held-1, whose ends are known: only one
      // touching `from` can be one of its edges (no graph lookups for the others)
      for (let k = 0; k < held; k++) {
        const st = steps[k];
        const a = nodeKeys[st.from];
        const z = nodeKeys[st.to];
        if (a !== from && z !== from) continue;
        const sr = spec.rels[st.ri];
        if (sr.direction === 'both') {
          if (uses(relKeys[st.ri] as string)) n--;
          continue;
        }
        // the step's direction gives the edge's source and target
        const forward = (sr.direction === 'out') !== st.reversed;
        const s0 = forward ? a : z;
        const t0 = forward ? z : a;
        if (dir === 'out' ? s0 === from : dir === 'in' ? t0 === from : s0 === from || t0 === from) n--;
      }
      return n;
    }
    for (const e of used) if (uses(e)) n--;
    return n;
  };
  // nothing in `used` but this part's single-hop edges (see countLast)
  const simpleUsed = used.size === 0 && steps.every((st) => !spec.rels[st.ri].range);
  const visit = (key: string, attrs: NodeAttrs): boolean => nodeOk(store, key, attrs, startSpec, startProps, row);
  const iterate = function* (): Generator<string> {
    if (start.labelMap) {
      for (const [key, attrs] of start.labelMap) {
        if (!visit(key, attrs)) continue;
        nodeAttrs[best] = attrs;
        yield key;
      }
    } else {
      for (const key of start.keys ?? g.nodes()) {
        if (!g.hasNode(key)) continue;
        const attrs = g.getNodeAttributes(key);
        if (!visit(key, attrs)) continue;
        nodeAttrs[best] = attrs;
        yield key;
      }
    }
  };
  // the store cannot change between two matches of this loop without bumping its version
  const cache: ValueCache = { keys: new Array(spec.nodes.length).fill(null), values: new Array(spec.nodes.length) };
  let version = store.version;
  for (const key of iterate()) {
    tick(ctx);
    nodeKeys[best] = key;
    if (steps.length === 0) {
      if (counter) {
        counter.n++;
        continue;
      }
      const out = bind(spec, row, nodeKeys, relKeys, store);
      if (out) yield out;
      continue;
    }
    if (counter && lastCountable && steps.length === 1) {
      counter.n += countLast(nodeKeys[steps[0].from], 0);
      continue;
    }
    let d = 0;
    frames[0] = open(0);
    while (d >= 0) {
      if (!advance(d)) {
        d--;
        continue;
      }
      if (counter && lastCountable && d === steps.length - 2) {
        // the last hop is unconstrained: count it from the degree instead of walking it
        counter.n += countLast(nodeKeys[steps[d + 1].from], d + 1);
        continue;
      }
      if (d === steps.length - 1) {
        if (counter) {
          counter.n++;
          continue;
        }
        if (store.version !== version) {
          cache.keys.fill(null);
          version = store.version;
        }
        const out = bind(spec, row, nodeKeys, relKeys, store, cache, nodeAttrs);
        if (out) yield out;
        continue;
      }
      d++;
      frames[d] = open(d);
    }
  }
}

/**
 * shortestPath / allShortestPaths over one relationship pattern: breadth-first from each start
 * candidate; the first layer holding an acceptable end node gives the path(s) to it.
 */
function* shortestPaths(spec: PartSpec, b: Bound, row: Row, ctx: ExecContext): Generator<Row> {
  if (spec.rels.length !== 1) {
    throw new CypherError('SyntaxError', 'InvalidArgumentType', 'cypher: shortestPath needs a single relationship pattern', 'runtime');
  }
  const store = ctx.store;
  const g = store.graph;
  const r = spec.rels[0];
  const min = r.range ? r.range.min : 1;
  const max = r.range ? r.range.max : 1;
  const all = spec.shortest === 'allShortestPaths';
  const startInfo = startOf(spec, 0, b, row, ctx);
  const starts = startInfo.labelMap ? [...startInfo.labelMap.keys()] : [...(startInfo.keys ?? g.nodes())];
  const endSpec = spec.nodes[1];
  for (const s of starts) {
    if (!g.hasNode(s) || !nodeOk(store, s, g.getNodeAttributes(s), spec.nodes[0], b.nodeProps[0], row)) continue;
    // parents: node -> [edge, previous node][] discovered at the node's first depth
    const depth = new Map<string, number>([[s, 0]]);
    const parents = new Map<string, [string, string][]>();
    let frontier = [s];
    const found: string[] = [];
    for (let d = 1; d <= max && frontier.length > 0 && found.length === 0; d++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const [e, other, attrs] of adjacent(store, node, r.direction)) {
          tick(ctx);
          if (!relOk(attrs, r, b.relProps[0])) continue;
          const seen = depth.get(other);
          if (seen !== undefined && seen < d) continue;
          if (seen === undefined) {
            depth.set(other, d);
            next.push(other);
            parents.set(other, []);
          }
          parents.get(other)!.push([e, node]);
        }
      }
      if (d >= min) {
        for (const node of next) {
          if (nodeOk(store, node, g.getNodeAttributes(node), endSpec, b.nodeProps[1], row)) found.push(node);
        }
      }
      frontier = next;
    }
    for (const end of found) {
      // walk back through the parents: every way for allShortestPaths, the first one otherwise
      const paths: string[][] = [];
      const walk = (node: string, acc: string[]): void => {
        if (node === s) {
          paths.push(acc.slice().reverse());
          return;
        }
        for (const [e, prev] of parents.get(node) ?? []) {
          if (acc.includes(e)) continue;
          acc.push(e);
          walk(prev, acc);
          acc.pop();
          if (!all && paths.length > 0) return;
        }
      };
      walk(end, []);
      for (const trail of paths) {
        const nodeKeys = [s, end];
        const relKeys: (string | string[])[] = [r.range ? trail : trail[0]];
        const out = bind(spec, row, nodeKeys, relKeys, store);
        if (out) yield out;
      }
      if (!all && paths.length > 0 && endSpec.bound) break;
    }
  }
}

/**
 * trails of min..max hops from `from` (each with its end node), relationships not in `used`.
 * Depth-first over the slot index's adjacency lists with an explicit stack (no generator per level,
 * no list materialised per node: LIMIT stops the walk early). Each node's lists are read up to the
 * length they had when the walk reached it. The yielded pair and its trail array are reused: read
 * them before asking for the next one.
 */
function* trails(
  store: GraphStore, from: string, dir: 'out' | 'in' | 'both', r: RelSpec, relProps: CypherMap | null, used: Set<string>, ctx: ExecContext,
): Generator<[string[], string]> {
  const { min, max } = r.range!;
  const trail: string[] = [];
  const inTrail = new Set<string>();
  const result: [string[], string] = [trail, from];
  if (min === 0) yield result;
  if (max < 1) return;
  const idx = store.typeIndex();
  const start = idx.slotOf.get(from);
  if (start === undefined) return;
  const useOut = dir !== 'in';
  const useIn = dir !== 'out';
  // per depth: the node, the next position in its out-then-in lists, and those lists' lengths
  const nodes: number[] = [];
  const cursor: number[] = [];
  const outLen: number[] = [];
  const inLen: number[] = [];
  const enter = (slot: number): void => {
    nodes.push(slot);
    cursor.push(0);
    outLen.push(useOut ? idx.outEdges[slot].length : 0);
    inLen.push(useIn ? idx.inEdges[slot].length : 0);
  };
  enter(start);
  while (nodes.length > 0) {
    const d = nodes.length - 1;
    const slot = nodes[d];
    const c = cursor[d]++;
    if (c >= outLen[d] + inLen[d]) {
      nodes.pop();
      cursor.pop();
      outLen.pop();
      inLen.pop();
      if (trail.length > 0) inTrail.delete(trail.pop()!);
      continue;
    }
    let e: number;
    let other: number;
    if (c < outLen[d]) {
      e = idx.outEdges[slot][c];
      if (idx.edgeSrc[e] < 0) continue;
      other = idx.edgeDst[e];
    } else {
      e = idx.inEdges[slot][c - outLen[d]];
      other = idx.edgeSrc[e];
      // dead, or a self-loop already met in the out list
      if (other < 0 || (useOut && other === slot)) continue;
    }
    tick(ctx);
    const key = idx.edgeKeys[e]!;
    if (used.has(key) || inTrail.has(key)) continue;
    if (!relOk(idx.edgeAttrs[e]!, r, relProps)) continue;
    trail.push(key);
    inTrail.add(key);
    if (trail.length >= min) {
      result[1] = idx.nodeKeys[other]!;
      yield result;
    }
    if (trail.length < max) enter(other);
    else inTrail.delete(trail.pop()!);
  }
}

/** the cheapest start node of a part for one row: its index and candidates */
function bestStart(spec: PartSpec, b: Bound, row: Row, ctx: ExecContext): { best: number; start: Start } {
  let best = 0;
  let start: Start | null = null;
  for (let i = 0; i < spec.nodes.length; i++) {
    const c = startOf(spec, i, b, row, ctx);
    if (!start || c.cost < start.cost) {
      start = c;
      best = i;
    }
    if (c.cost <= 1) break;
  }
  return { best, start: start! };
}

/** a single typed hop between unbound ends: scanning the relationship-type index is cheaper than expanding from `start` */
function typeScanPays(spec: PartSpec, start: Start, store: GraphStore): boolean {
  if (spec.rels.length !== 1 || spec.rels[0].range || spec.rels[0].types.length === 0 || spec.rels[0].bound || start.cost <= 1) return false;
  const r = spec.rels[0];
  const g = store.graph;
  const avgDegree = g.size / (g.order || 1);
  let typeCount = 0;
  for (const t of r.types) typeCount += store.typeCount(t);
  return typeCount < start.cost * Math.max(1, avgDegree) * (r.direction === 'both' ? 2 : 1);
}

/**
 * For aggregation pushdown: when the planner would scan the relationship-type index for this
 * single-hop part, count the matches per node slot of end `side` (0: the part's first node, 1: its
 * last) without building rows, and return the counts (indexed by TypeIndex slot); return null (having
 * done nothing) when the part is planned another way, so the caller runs the row pipeline.
 */
export function countTypedHops(spec: PartSpec, row: Row, ctx: ExecContext, side: 0 | 1): Int32Array | null {
  if (spec.shortest || spec.pathVar || spec.nodes.length !== 2) return null;
  const [left, right] = spec.nodes;
  if (left.bound || right.bound || (left.variable !== null && left.variable === right.variable)) return null;
  const b: Bound = {
    nodeProps: spec.nodes.map((n) => evalProps(n.props, row, ctx)),
    relProps: spec.rels.map((r) => evalProps(r.props, row, ctx)),
  };
  const store = ctx.store;
  if (!typeScanPays(spec, bestStart(spec, b, row, ctx).start, store)) return null;
  const r = spec.rels[0];
  const [lp, rp] = b.nodeProps;
  const relProps = b.relProps[0];
  const idx = store.typeIndex();
  const counts = new Int32Array(idx.slotCount);
  // labels alone are tested on the index's label columns; anything else once per node, when first
  // met (known: 0 not yet, 1 fits, 2 does not)
  const labelsOf = (n: NodeSpec, props: CypherMap | null): Uint8Array | null => {
    if (n.labels.length === 0 || props) return null;
    if (n.labels.length === 1) return idx.labelColumn(n.labels[0]);
    const all = new Uint8Array(idx.slotCount);
    const cols = n.labels.map((l) => idx.labelColumn(l));
    for (let slot = 0; slot < all.length; slot++) all[slot] = cols.every((c) => c[slot] === 1) ? 1 : 0;
    return all;
  };
  const knownOf = (n: NodeSpec, props: CypherMap | null): Uint8Array | null => (props ? new Uint8Array(idx.slotCount) : null);
  const ll = labelsOf(left, lp);
  const rl = labelsOf(right, rp);
  const fl = knownOf(left, lp);
  const fr = knownOf(right, rp);
  const fits = (lab: Uint8Array | null, k: Uint8Array | null, slot: number, n: NodeSpec, props: CypherMap | null): boolean => {
    if (lab !== null) return lab[slot] === 1;
    if (k === null) return true;
    let f = k[slot];
    if (f === 0) k[slot] = f = nodeOk(store, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, n, props, row) ? 1 : 2;
    return f === 1;
  };
  const forward = r.direction !== 'in';
  const backward = r.direction !== 'out';
  for (const t of r.types) {
    const l = idx.list(t);
    if (!l) continue;
    const { slots, n } = l;
    const src = idx.edgeSrc;
    const dst = idx.edgeDst;
    for (let i = 0; i < n; i++) {
      tick(ctx);
      const e = slots[i];
      const s = src[e];
      if (s < 0) continue;
      const d = dst[e];
      if (relProps && !relOk(idx.edgeAttrs[e]!, r, relProps)) continue;
      if (forward && fits(ll, fl, s, left, lp) && fits(rl, fr, d, right, rp)) counts[side === 0 ? s : d]++;
      if (!backward || (forward && s === d)) continue;
      if (fits(ll, fl, d, left, lp) && fits(rl, fr, s, right, rp)) counts[side === 0 ? d : s]++;
    }
  }
  return counts;
}

function* scanByType(spec: PartSpec, b: Bound, row: Row, used: Set<string>, ctx: ExecContext, nodeKeys: string[], relKeys: (string | string[])[]): Generator<Row> {
  const store = ctx.store;
  const idx = store.typeIndex();
  const r = spec.rels[0];
  const [left, right] = spec.nodes;
  const [lp, rp] = b.nodeProps;
  // rows are built here from the index's slot arrays (no graph lookups)
  const direct = !spec.pathVar && !(left.variable && left.variable === right.variable);
  const lv = left.bound ? null : left.variable;
  const rv = right.bound ? null : right.variable;
  const keys = idx.nodeKeys;
  const attrsOf = idx.nodeAttrs;
  const emit = (key: string, as: number, zs: number): Row | null => {
    const a = keys[as]!;
    const z = keys[zs]!;
    const aAttrs = attrsOf[as]!;
    const zAttrs = attrsOf[zs]!;
    if (!nodeOk(store, a, aAttrs, left, lp, row) || !nodeOk(store, z, zAttrs, right, rp, row)) return null;
    if (!direct) {
      nodeKeys[0] = a;
      nodeKeys[1] = z;
      relKeys[0] = key;
      return bind(spec, row, nodeKeys, relKeys, store);
    }
    const out: Row = copyRow(row);
    if (lv) out[lv] = store.nodeValue(a, aAttrs);
    if (rv) out[rv] = store.nodeValue(z, zAttrs);
    if (r.variable && !r.bound) out[r.variable] = new RelationshipValue(key);
    return out;
  };
  for (const t of r.types) {
    const l = idx.list(t);
    if (!l) continue;
    // entries appended while this scan yields are not part of it; holes made meanwhile are skipped
    const n = l.n;
    for (let i = 0; i < n; i++) {
      const e = l.slots[i];
      const s = idx.edgeSrc[e];
      if (s < 0) continue;
      tick(ctx);
      const d = idx.edgeDst[e];
      const key = idx.edgeKeys[e]!;
      if (used.has(key)) continue;
      if (!relOk(idx.edgeAttrs[e]!, r, b.relProps[0])) continue;
      if (r.direction !== 'in') {
        const out = emit(key, s, d);
        if (out) yield out;
      }
      if (r.direction === 'out' || (r.direction === 'both' && s === d)) continue;
      const out = emit(key, d, s);
      if (out) yield out;
    }
  }
}

const EMPTY_TRAIL: string[] = [];
const NO_TYPES: string[] = [];

/** node values already made for a part's positions (the start node stays while its matches are listed) */
interface ValueCache {
  keys: (string | null)[];
  values: NodeValue[];
}

function bind(spec: PartSpec, row: Row, nodeKeys: string[], relKeys: (string | string[])[], store: GraphStore, cache: ValueCache | null = null, attrs: (NodeAttrs | null)[] | null = null): Row | null {
  const out: Row = copyRow(row);
  for (let i = 0; i < spec.nodes.length; i++) {
    const v = spec.nodes[i].variable;
    if (!v || spec.nodes[i].bound) continue;
    const prev = out[v];
    if (prev !== undefined && !(v in row)) {
      // the same variable twice in one part: both places must be the same node
      if ((prev as NodeValue).key !== nodeKeys[i]) return null;
      continue;
    }
    if (cache) {
      if (cache.keys[i] !== nodeKeys[i]) {
        cache.keys[i] = nodeKeys[i];
        cache.values[i] = store.nodeValue(nodeKeys[i], attrs?.[i] ?? store.graph.getNodeAttributes(nodeKeys[i]));
      }
      out[v] = cache.values[i];
    } else out[v] = store.nodeValue(nodeKeys[i], store.graph.getNodeAttributes(nodeKeys[i]));
  }
  for (let i = 0; i < spec.rels.length; i++) {
    const v = spec.rels[i].variable;
    if (!v || spec.rels[i].bound) continue;
    const k = relKeys[i];
    out[v] = Array.isArray(k) ? k.map((x) => new RelationshipValue(x)) : new RelationshipValue(k);
  }
  if (spec.pathVar) {
    const nodes: string[] = [nodeKeys[0]];
    const rels: string[] = [];
    for (let i = 0; i < spec.rels.length; i++) {
      const k = relKeys[i];
      if (Array.isArray(k)) {
        // intermediate nodes of a var-length step: walk the trail
        let cur = nodes[nodes.length - 1];
        for (const e of k) {
          rels.push(e);
          const g = store.graph;
          cur = g.source(e) === cur ? g.target(e) : g.source(e);
          nodes.push(cur);
        }
      } else {
        rels.push(k);
        nodes.push(nodeKeys[i + 1]);
      }
    }
    out[spec.pathVar] = pathOf(nodes, rels);
  }
  return out;
}

