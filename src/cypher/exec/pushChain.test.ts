import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../engine';
import type { StoreGraph } from './graphStore';

/**
 * An updating query without RETURN runs as one chain of push sinks that lend rows to each other and
 * bind variables in place (context.ts, Sink); with a RETURN the same clauses run as row operators that
 * copy rows. Both must leave the same graph and the same statistics.
 */
describe('fused push chains write what the row operators write', () => {
  const setup = `CREATE (:A {i: 1}), (:A {i: 2}), (:A {i: 2, twin: true}), (:B {k: 'x'})-[:R {w: 1}]->(:B {k: 'y'})`;
  const engine = (slots: boolean) => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run(setup);
    if (slots) e.store.typeIndex();
    return e;
  };
  const queries = [
    'UNWIND [1, 2, 3] AS x MERGE (a:A {i: x}) CREATE (a)-[:R]->(:C {x: x})',
    'UNWIND [1, 2, 3, 3] AS x MERGE (a:A {i: x}) ON MATCH SET a.seen = coalesce(a.seen, 0) + 1 ON CREATE SET a.new = true',
    'UNWIND [[1, 2], [3]] AS xs UNWIND xs AS x MATCH (a:A {i: x}) SET a.tag = size(xs)',
    "UNWIND ['x', 'y', 'z'] AS k MATCH (b:B {k: k}) WHERE k <> 'y' MERGE (b)-[r:R {w: 1}]->(b) SET r.k = k",
    "UNWIND [{f: 'x', t: 'y'}, {f: 'y', t: 'x'}, {f: 'x', t: 'y'}] AS row MATCH (a:B {k: row.f}) MATCH (b:B {k: row.t}) MERGE (a)-[r:R {w: 1}]->(b) SET r.n = coalesce(r.n, 0) + 1",
    'UNWIND range(1, 3) AS x CREATE (n:D {x: x}) MERGE (m:D {x: x + 1}) SET m.y = x',
    'UNWIND [2, 2] AS x MERGE (a:A {i: x}) SET a.i = a.i + 10',
    'UNWIND [2, 5] AS x MERGE (a:A {i: x}) CREATE (a)-[:R]->(:E {x: x})',
    'UNWIND [2, 5] AS x MATCH (a:A {i: 2}) CREATE (a)-[:R]->(:E {x: x})',
    'UNWIND [2, 5] AS x MERGE (a:A {i: x}) SET a.seen = x',
    "UNWIND [2, 1] AS x MATCH (a:A {i: x}) MATCH (b:B {k: 'x'}) MERGE (a)-[r:S]->(b) SET r.x = x",
  ];
  for (const slots of [false, true]) {
    for (const q of queries) {
      it(`${slots ? 'with the slot index: ' : ''}${q}`, () => {
        const fused = engine(slots);
        const rows = engine(slots);
        const s1 = fused.run(q).stats;
        const s2 = rows.run(`${q} RETURN 1 AS done`).stats;
        expect(s1).to.deep.equal(s2);
        expect(JSON.stringify(fused.graph.export())).to.equal(JSON.stringify(rows.graph.export()));
      });
    }
  }
});
