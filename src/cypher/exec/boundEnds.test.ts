import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, toJs } from '../index';
import type { StoreGraph } from './graphStore';

// A hop whose far end is already bound reads only the edges between the two nodes (patterns.ts, adjacent)
describe('hops between two bound nodes', () => {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run(`CREATE (a:N {id: 'a'}), (b:N {id: 'b'}), (c:N {id: 'c'}),
         (a)-[:T {i: 1}]->(b), (a)-[:T {i: 2}]->(b), (b)-[:T {i: 3}]->(a), (a)-[:T {i: 4}]->(c), (a)-[:T {i: 5}]->(a), (a)-[:U {i: 6}]->(b)`);
  const cases: [string, number[]][] = [
    ["MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) MATCH (a)-[r:T]->(b) RETURN r.i", [1, 2]],
    ["MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) MATCH (a)<-[r]-(b) RETURN r.i", [3]],
    ["MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) MATCH (a)-[r]-(b) RETURN r.i", [1, 2, 3, 6]],
    ["MATCH (a:N {id: 'a'}) MATCH (a)-[r]-(a) RETURN r.i", [5]],
    ["MATCH (a:N {id: 'a'}), (c:N {id: 'c'}) MATCH (c)-[r]->(a) RETURN r.i", []],
    ["MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) MERGE (a)-[r:T {i: 2}]->(b) RETURN r.i", [2]],
    ["MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) MATCH (a)-[:T]->(x)-[r]->(b) RETURN r.i", [1, 2, 6]],
  ];
  for (const [q, want] of cases) {
    it(q, () => {
      const got = e.run(q).rows.map((r) => toJs(r[0], e.store) as number).sort();
      expect(got).to.deep.equal(want);
    });
  }
});

// MERGE (a)-[r:T {...}]->(b) between bound nodes takes the specialised matcher (mergeRel.ts): through
// graphology's pair adjacency, or through the slot index's lists when the node values carry slots
// (the index exists; `hub`: a has more outgoing and b more incoming relationships than the lists are
// scanned for, so the pair adjacency is read again)
for (const [mode, slots, hub] of [['pair adjacency', false, false], ['slot lists', true, false], ['slots, busy ends', true, true]] as const)
describe(`MERGE of a relationship between bound nodes (${mode})`, () => {
  const fresh = () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run(`CREATE (a:N {id: 'a'}), (b:N {id: 'b'}), (a)-[:T {i: 1}]->(b), (a)-[:T {i: 1}]->(b), (b)-[:T {i: 2}]->(a), (a)-[:U {i: 3}]->(b)`);
    if (hub) e.run(`MATCH (a:N {id: 'a'}), (b:N {id: 'b'}) UNWIND range(1, 40) AS i CREATE (a)-[:H]->(:X), (:X)-[:H]->(b)`);
    if (slots) e.store.typeIndex();
    return e;
  };
  const q = (body: string) => `MATCH (a:N {id: 'a'}) MATCH (b:N {id: 'b'}) ${body}`;
  const cases: [string, number, number][] = [
    // query, rows, relationships created
    [q('MERGE (a)-[r:T {i: 1}]->(b) RETURN r'), 2, 0],
    [q('MERGE (a)-[r:T]->(b) RETURN r'), 2, 0],
    [q('MERGE (a)<-[r:T {i: 2}]-(b) RETURN r'), 1, 0],
    [q('MERGE (a)-[r:T {i: 2}]->(b) RETURN r'), 1, 1],
    [q('MERGE (a)-[r:U {i: 1.0}]->(b) RETURN r'), 1, 1],
    [q('MERGE (a)-[r:U {i: 3.0}]->(b) RETURN r'), 1, 0],
    [q('UNWIND [5, 5, 1] AS i MERGE (a)-[r:T {i: i}]->(b) RETURN r'), 4, 1],
    // relationships deleted earlier in the statement (still in the slot lists until it ends)
    [q('MATCH (a)-[d:T {i: 1}]->(b) DELETE d WITH DISTINCT a, b MERGE (a)-[r:T {i: 1}]->(b) RETURN r'), 1, 1],
  ];
  for (const [text, rows, created] of cases) {
    it(text, () => {
      const r = fresh().run(text);
      expect(r.rows.length).to.equal(rows);
      expect(r.stats.relationshipsCreated).to.equal(created);
    });
  }
  it('rejects a null property value', () => {
    expect(() => fresh().run(q('MERGE (a)-[:T {i: null}]->(b)'))).to.throw(/null/);
  });
  it('sets properties with SET r = map after the merge', () => {
    const e = fresh();
    e.run(q("UNWIND [{id: 1, p: {x: 'y'}}] AS row MERGE (a)-[r:V {id: row.id}]->(b) SET r = row.p"));
    expect(e.run("MATCH ()-[r:V]->() RETURN r.x").rows.map((r) => r[0])).to.deep.equal(['y']);
  });
});
