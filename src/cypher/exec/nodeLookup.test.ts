import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, toJs } from '../index';
import { CypherError } from '../values/types';
import type { StoreGraph } from './graphStore';

// one labelled node with a literal property map takes the specialised matcher (nodeLookup.ts)
function engine(): CypherEngine {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run("CREATE (:A:B {id: 1, k: 'x'}), (:A {id: 1, k: 'y'}), (:A {id: 2.0}), (:A:B {id: 1, k: 'x'})");
  return e;
}
const count = (e: CypherEngine, q: string) => toJs(e.run(q).rows[0][0], e.store);

describe('MERGE of a single node (specialised matcher)', () => {
  const cases: [string, number, number][] = [
    // query, rows returned, nodes created
    ["MERGE (n:A {id: 1, k: 'x'}) RETURN n", 2, 0],
    ['MERGE (n:A:B {id: 1}) RETURN n', 2, 0],
    ['MERGE (n:B:A {id: 1}) RETURN n', 2, 0],
    ['MERGE (n:A {id: 2}) RETURN n', 1, 0],
    ['MERGE (n:A {id: 1.0}) RETURN n', 3, 0],
    ["MERGE (n:A {id: 1, k: 'z'}) RETURN n", 1, 1],
    ['MERGE (n:C {id: 1}) RETURN n', 1, 1],
    ['UNWIND [3, 3, 4] AS i MERGE (n:A {id: i}) RETURN n', 3, 2],
    ['UNWIND [1, 2] AS i MERGE (:A {id: i}) RETURN i', 4, 0],
  ];
  for (const [q, rows, created] of cases) {
    it(q, () => {
      const e = engine();
      const r = e.run(q);
      expect(r.rows.length).to.equal(rows);
      expect(r.stats.nodesCreated).to.equal(created);
    });
  }
  it('runs ON MATCH / ON CREATE once per row', () => {
    const e = engine();
    e.run("UNWIND [1, 5] AS i MERGE (n:A {id: i}) ON MATCH SET n.seen = true ON CREATE SET n.made = true");
    expect(count(e, 'MATCH (n:A {seen: true}) RETURN count(n)')).to.equal(3);
    expect(count(e, 'MATCH (n:A {made: true}) RETURN n.id')).to.equal(5);
  });
  const matches: [string, number][] = [
    ["MATCH (n:A {id: 1, k: 'x'}) RETURN n", 2],
    ['MATCH (n:B {id: 1.0}) RETURN n', 2],
    ['MATCH (n:A {id: null}) RETURN n', 0],
    ["UNWIND [1, 2, 3] AS i MATCH (n:A {id: i}) RETURN n", 4],
    ["UNWIND [1, 2, 3] AS i OPTIONAL MATCH (n:A {id: i}) RETURN n", 5],
    ["MATCH (n:A {id: 1}) WHERE n.k = 'y' RETURN n", 1],
    ["MATCH (m:A {id: 2}) MATCH (n:A {id: m.id}) RETURN n", 1],
  ];
  for (const [q, rows] of matches) {
    it(q, () => expect(engine().run(q).rows.length).to.equal(rows));
  }
  it('rejects a null property value', () => {
    expect(() => engine().run('MERGE (n:A {id: null})')).to.throw(CypherError, /null/);
  });
});
