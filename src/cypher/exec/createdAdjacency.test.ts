import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../engine';
import type { StoreGraph } from './graphStore';

describe('cypher: relationships between nodes the engine created (dictionary neighbour indexes)', () => {
  // what graphology reports of a node's neighbourhood, in its iteration order
  const around = (g: StoreGraph) =>
    g.nodes().map((n) => [n, g.outNeighbors(n), g.inNeighbors(n), g.outEdges(n), g.inEdges(n)]);

  it('change nothing graphology reports, in the same order, for relationships an engine creates', () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run('UNWIND range(1, 60) AS i CREATE (:N {i: i})');
    e.run('MATCH (a:N), (b:N) WHERE b.i = (a.i * 7) % 60 + 1 OR b.i = (a.i * 11) % 60 + 1 CREATE (a)-[:R]->(b)');
    e.run("UNWIND range(1, 20) AS i MATCH (a:N {i: i}), (b:N {i: 61 - i}) MERGE (a)-[:S {k: 'x'}]->(b) MERGE (b)-[:S {k: 'y'}]->(a)");
    // the same graph built by graphology alone, relationship by relationship in the engine's order
    const plain = new MultiDirectedGraph({ allowSelfLoops: true });
    plain.import(JSON.parse(JSON.stringify(e.graph.export())));
    expect(around(e.graph)).to.deep.equal(around(plain as unknown as StoreGraph));
  });
});
