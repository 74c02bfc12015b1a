import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../engine';

/**
 * A statement keeps what it created as plain lists and tells its own keys (`_n…`, `_r…`) from a user's
 * keys of the same form by sequence number (graphStore.ts, isFresh): these cases put user keys where
 * the sequence would go and check that undo and statistics still treat them as existing entities.
 */
describe('cypher store: entities a statement creates', () => {
  const engineWith = (nodes: [string, Record<string, unknown>][]) => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    // each graph its own property objects: the engine writes a node's properties in place
    for (const [key, properties] of nodes) g.addNode(key, { labels: ['U'], properties: { ...properties } });
    return new CypherEngine(g as never);
  };
  const dump = (e: CypherEngine) => JSON.stringify(e.graph.export());

  const cases: { name: string; users: [string, Record<string, unknown>][]; query: string; stats: Record<string, number> }[] = [
    {
      name: "a user's node whose key is the next created node's (the statement skips that key)",
      users: [['_n0', { v: 1 }]],
      query: "CREATE (:N {x: 1}) WITH 1 AS one MATCH (u:U) SET u.v = 2",
      stats: { labelsAdded: 1, nodesCreated: 1, propertiesSet: 2, propertiesRemoved: 1 },
    },
    {
      name: "a user's node whose key number the statement used for a relationship",
      users: [['_n2', { v: 1 }]],
      query: "CREATE (:N)-[:R {w: 1}]->(:N) WITH 1 AS one MATCH (u:U) SET u.v = 2",
      stats: { labelsAdded: 1, nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, propertiesRemoved: 1 },
    },
    {
      name: "a user's node with a created-looking key in another spelling",
      users: [['_n01', { v: 1 }]],
      query: "CREATE (:N), (:N) WITH 1 AS one MATCH (u:U) SET u.v = 2",
      stats: { labelsAdded: 1, nodesCreated: 2, propertiesSet: 1, propertiesRemoved: 1 },
    },
    {
      name: 'a node created and deleted by the same statement',
      users: [],
      query: 'CREATE (n:N {x: 1}) DELETE n',
      stats: {},
    },
    {
      name: 'a created node and relationship written again by later clauses',
      users: [],
      query: 'CREATE (a:N)-[r:R]->(b:N) SET a.x = 1, r.w = 2 SET a.x = 3',
      stats: { labelsAdded: 1, nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2 },
    },
  ];

  for (const c of cases) {
    it(`${c.name}: statistics count it once, and undo restores the graph`, () => {
      const e = engineWith(c.users);
      const before = dump(e);
      const r = e.run(c.query);
      const nonZero = Object.fromEntries(Object.entries(r.stats).filter(([, v]) => v !== 0));
      expect(nonZero).to.deep.equal(c.stats);

      const e2 = engineWith(c.users);
      const tx = e2.begin();
      tx.run(c.query);
      tx.rollback();
      expect(dump(e2)).to.equal(before);
    });
  }

  it('a node created by one statement of a transaction is an existing node to the next one', () => {
    const e = engineWith([]);
    const tx = e.begin();
    tx.run('CREATE (:N {x: 1})');
    const r = tx.run('MATCH (n:N) SET n.x = 2');
    expect(r.stats.propertiesSet).to.equal(1);
    expect(r.stats.nodesCreated).to.equal(0);
    tx.rollback();
    expect(e.run('MATCH (n) RETURN count(n)').rows).to.deep.equal([[0n]]);
  });

  it('a failed statement takes back the nodes and relationships it created, not the user nodes it wrote', () => {
    const e = engineWith([['_n1', { v: 1 }]]);
    const before = dump(e);
    expect(() => e.run('CREATE (:N)-[:R]->(:N) WITH 1 AS one MATCH (u:U) SET u.v = 2 WITH u RETURN 1 / 0')).to.throw();
    expect(dump(e)).to.equal(before);
  });
});
