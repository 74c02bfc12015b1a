/**
 * Engine fuzz: random expressions from a small grammar, run inside queries over a small graph.
 * Any query must give a result or a CypherError, never another JS exception.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from './engine';
import { CypherError } from './values/types';
import type { StoreGraph } from './exec/graphStore';

const leaf = fc.constantFrom('1', '-2', '0.5', "'a'", 'true', 'null', 'n', 'm', 'r', 'n.x', 'm.name', 'r.w', '[1, 2]', "{k: 'v'}", 'p', '$x', 'xs');
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '^', '=', '<>', '<', '>=', 'AND', 'OR', 'XOR', 'IN', 'STARTS WITH', 'CONTAINS', '=~'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('e').map((a) => `NOT ${a}`),
    tie('e').map((a) => `${a} IS NULL`),
    fc.tuple(fc.constantFrom('size', 'toUpper', 'labels', 'coalesce', 'toString', 'head', 'keys', 'type', 'length', 'abs', 'toInteger', 'nodes', 'id'), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `[${a}, ${b}]`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a}[${b}]`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `CASE WHEN ${a} THEN ${b} END`),
    tie('e').map((a) => `[y IN xs WHERE ${a} | y]`),
    tie('e').map((a) => `any(y IN xs WHERE ${a})`),
    tie('e').map((a) => `count(${a})`),
    tie('e').map((a) => `collect(DISTINCT ${a})`),
    tie('e').map((a) => `{a: ${a}}.a`),
  ),
})).e;

const templates = [
  (e: string) => `MATCH (n:A) OPTIONAL MATCH p = (n)-[r]->(m) WITH n, m, r, p, [1, 2, 3] AS xs RETURN ${e} AS v`,
  (e: string) => `MATCH p = (n)-[r:T]->(m) WITH *, [n.x, m.x] AS xs WHERE ${e} RETURN n.x ORDER BY n.x`,
  (e: string) => `MATCH (n)-[r]-(m) WITH n, m, r, null AS p, [] AS xs RETURN DISTINCT ${e} AS v ORDER BY v LIMIT 3`,
  (e: string) => `MATCH (n), (m) WITH n, m, null AS r, null AS p, [n] AS xs MERGE (n)-[:M {w: 1}]->(m) SET n.y = ${e} RETURN count(*)`,
];

describe('cypher engine fuzz', () => {
  it('random expressions in queries: a result or a CypherError', () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph, { limits: { timeoutMs: 2000 } });
    e.run("CREATE (a:A {x: 1, name: 'a'})-[:T {w: 2}]->(b:B {x: 2.5, name: 'b'}), (a)-[:T]->(a), (b)-[:S]->(:A {x: -1})");
    const fails: string[] = [];
    let ran = 0;
    let total = 0;
    fc.assert(
      fc.property(expr, fc.constantFrom(...templates), (ex, t) => {
        const q = t(ex);
        total++;
        try {
          e.run(q, { x: 3n });
          ran++;
        } catch (err) {
          if (!(err instanceof CypherError)) fails.push(`${q}\n  ${String((err as Error).stack).split('\n').slice(0, 3).join('\n  ')}`);
        }
      }),
      { numRuns: 1500 },
    );
    expect(fails.slice(0, 5)).to.deep.equal([]);
    // the grammar must reach the executor, not just the compile-time checks
    expect(ran / total).to.be.greaterThan(0.2);
  });
});
