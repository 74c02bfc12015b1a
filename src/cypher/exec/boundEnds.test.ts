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
