import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../engine';
import { fromJsParams } from '../convert';

/**
 * Property writes to nodes that existed before the statement go to the node in place, with the value
 * before logged per (node, property) (propertyLog.ts) until a label write, a map SET or a delete
 * needs the whole node's state before: statistics count each changed property once, and undo (a
 * failing statement, a rolled-back transaction) gives back the graph as it was.
 */
describe('cypher store: property writes to existing nodes', () => {
  const engine = () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    g.addNode('a', { labels: ['P'], properties: { id: 'a', x: 1, keep: 'k' } });
    g.addNode('b', { labels: ['P'], properties: { id: 'b', x: 2 } });
    g.addDirectedEdgeWithKey('ab', 'a', 'b', { type: 'R', properties: {} });
    const e = new CypherEngine(g as never);
    e.run('CREATE INDEX FOR (p:P) ON (p.id)');
    return e;
  };
  /** the graph, nodes in key order (undoing a deletion adds the node back at the end) */
  const dump = (e: CypherEngine) => {
    const g = e.graph.export();
    g.nodes.sort((x, y) => (x.key < y.key ? -1 : 1));
    return JSON.stringify(g);
  };
  const cases: [string, Record<string, number>][] = [
    ["MATCH (p:P) SET p.x = p.x + 1", { propertiesSet: 2, propertiesRemoved: 2 }],
    ["MATCH (p:P) SET p.x = p.x", {}],
    ["MATCH (p:P) SET p.x = 5, p.x = p.x + 1, p.y = 'new'", { propertiesSet: 4, propertiesRemoved: 2 }],
    ["MATCH (p:P {id: 'a'}) SET p.x = 9 SET p.x = 1", {}],
    ["MATCH (p:P {id: 'a'}) SET p.x = null, p.keep = 'k2'", { propertiesSet: 1, propertiesRemoved: 2 }],
    ["MATCH (p:P {id: 'a'}) SET p.x = 7 SET p = {id: 'a', z: 1}", { propertiesSet: 1, propertiesRemoved: 2 }],
    ["MATCH (p:P {id: 'a'}) SET p.x = 7 SET p += {w: 1}", { propertiesSet: 2, propertiesRemoved: 1 }],
    ["MATCH (p:P {id: 'a'}) SET p.x = 7 SET p:Q", { propertiesSet: 1, propertiesRemoved: 1, labelsAdded: 1 }],
    ["MATCH (p:P {id: 'a'}) SET p.x = 7 DETACH DELETE p", { nodesDeleted: 1, relationshipsDeleted: 1, propertiesRemoved: 3 }],
    ["MATCH (p:P {id: 'a'}) SET p.id = 'c' WITH p MATCH (q:P {id: 'c'}) SET q.found = true", { propertiesSet: 2, propertiesRemoved: 1 }],
    ["UNWIND $rows AS r MERGE (p:P {id: r.id}) SET p.x = r.x", { nodesCreated: 1, propertiesSet: 3, propertiesRemoved: 1 }],
  ];
  const params = () => fromJsParams({ rows: [{ id: 'a', x: 10 }, { id: 'b', x: 2 }, { id: 'n', x: 3 }] });
  for (const [q, stats] of cases) {
    it(`${q}: statistics, and undo gives the graph back`, () => {
      const e = engine();
      const before = dump(e);
      const r = e.run(q, params());
      expect(Object.fromEntries(Object.entries(r.stats).filter(([, v]) => v !== 0))).to.deep.equal(stats);

      const t = engine();
      const tx = t.begin();
      tx.run(q, params());
      tx.run("MATCH (p:P) SET p.x = -1");
      tx.rollback();
      expect(dump(t)).to.equal(before);
      // the index answers as before the rolled-back writes
      expect(t.run("MATCH (p:P {id: 'a'}) RETURN p.x").rows).to.deep.equal([[1n]]);
      expect(t.run("MATCH (p:P {id: 'c'}) RETURN p.x").rows).to.deep.equal([]);
    });
  }
  it('a statement that fails after its writes leaves the graph as it was', () => {
    const e = engine();
    const before = dump(e);
    expect(() => e.run("MATCH (p:P) SET p.x = 100, p.id = p.id + '!' WITH p RETURN 1 / 0")).to.throw(/divi/i);
    expect(dump(e)).to.equal(before);
    expect(e.run("MATCH (p:P {id: 'a'}) RETURN p.x").rows).to.deep.equal([[1n]]);
  });
});
