import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from './engine';
import { CypherError } from './values/types';

describe('cypher transactions (in place, with a way back per statement)', () => {
  const fresh = () => new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
  const count = (e: CypherEngine) => e.run('MATCH (n) RETURN count(n) AS n').rows[0][0];
  const dump = (e: CypherEngine) => JSON.stringify(e.graph.export());

  it('rollback takes back every statement of the transaction, writes of all kinds', () => {
    const e = fresh();
    e.run("CREATE (:A {x: 1})-[:R {w: 2}]->(:B {y: 'b'})");
    const before = dump(e);
    const tx = e.begin();
    tx.run("CREATE (:C {z: 3})");
    tx.run('MATCH (a:A) SET a.x = 10, a:Extra REMOVE a.missing');
    tx.run('MATCH (a:A) SET a.x = 11, a.k = [1, 2]');
    tx.run('MATCH (:A)-[r:R]->() SET r.w = 5, r += {v: 1}');
    tx.run('MATCH (b:B) SET b = {y: 1} DETACH DELETE b');
    expect(tx.run('MATCH (n) RETURN count(n) AS n').rows[0][0]).to.equal(2n);
    tx.rollback();
    expect(dump(e)).to.equal(before);
    expect(e.run('MATCH (a:A)-[r:R]->(b:B) RETURN a.x, r.w, b.y, labels(a)').rows).to.deep.equal([[1n, 2n, 'b', ['A']]]);
  });

  it('commit keeps the writes; a failed statement inside is undone alone', () => {
    const e = fresh();
    const tx = e.begin();
    tx.run('CREATE (:T {i: 1})');
    expect(() => tx.run('MATCH (t:T) SET t.i = 5 CREATE (:T {i: 2}) WITH 1 AS one RETURN 1 / 0')).to.throw();
    tx.run('CREATE (:T {i: 3})');
    tx.commit();
    expect(e.run('MATCH (t:T) RETURN t.i ORDER BY t.i').rows).to.deep.equal([[1n], [3n]]);
  });

  it('allows one at a time and refuses statements outside it until it ends', () => {
    const e = fresh();
    const tx = e.begin();
    expect(() => e.begin()).to.throw(CypherError, /transaction is open/);
    expect(() => e.run('RETURN 1')).to.throw(CypherError, /transaction is open/);
    tx.commit();
    expect(() => tx.run('RETURN 1')).to.throw(CypherError, /closed/);
    expect(count(e)).to.equal(0n);
    const tx2 = e.begin();
    tx2.rollback();
    tx2.rollback(); // a second rollback is a no-op
    expect(count(e)).to.equal(0n);
  });

  it('keeps the property index right through in-place writes and their undo', () => {
    const e = fresh();
    e.run("CREATE (:P {id: 'a'}), (:P {id: 'b'})");
    const find = (id: string) => e.run('MATCH (p:P {id: $id}) RETURN count(p) AS n', { id }).rows[0][0];
    expect(find('a')).to.equal(1n); // builds the (P, id) index
    const tx = e.begin();
    tx.run("MATCH (p:P {id: 'a'}) SET p.id = 'c'");
    expect(tx.run("MATCH (p:P {id: 'c'}) RETURN count(p) AS n").rows[0][0]).to.equal(1n);
    tx.run("MATCH (p:P {id: 'b'}) SET p = {id: 'd'}");
    tx.rollback();
    expect([find('a'), find('b'), find('c'), find('d')]).to.deep.equal([1n, 1n, 0n, 0n]);
    expect(() => e.run("MATCH (p:P {id: 'a'}) SET p.id = 'e' WITH p RETURN 1 / 0")).to.throw(CypherError);
    expect([find('a'), find('e')]).to.deep.equal([1n, 0n]);
  });

  it('counts each property once per statement, against its value before the statement', () => {
    const e = fresh();
    const cases: [string, Record<string, number>][] = [
      ["CREATE (n:N {a: 1}) SET n.b = 2, n.b = 3", { nodesCreated: 1, propertiesSet: 2, labelsAdded: 1 }],
      ['MATCH (n:N) SET n.a = 1', {}],
      ['MATCH (n:N) SET n.a = 2, n.a = 3, n.c = 4', { propertiesSet: 2, propertiesRemoved: 1 }],
      ['MATCH (n:N) REMOVE n.c SET n.c = 4', {}],
      ['MATCH (n:N) SET n = {}', { propertiesRemoved: 3 }],
      ["MATCH (n:N) CREATE (n)-[r:R {w: 1}]->(m) SET r.w = 2, r.v = 1", { nodesCreated: 1, relationshipsCreated: 1, propertiesSet: 2 }],
      ['MATCH ()-[r:R]->() SET r.w = 3 DELETE r', { relationshipsDeleted: 1, propertiesRemoved: 2 }],
    ];
    for (const [q, want] of cases) {
      const stats = e.run(q).stats as unknown as Record<string, number>;
      const got = Object.fromEntries(Object.entries(stats).filter(([, v]) => v !== 0));
      expect(got, q).to.deep.equal(want);
    }
  });

  it('reads a node value through property writes, and not after the node is deleted', () => {
    const e = fresh();
    const r = e.run("CREATE (n:N {a: 1}) SET n.a = 2 RETURN n.a AS a, n AS n");
    expect(r.rows[0][0]).to.equal(2n);
    const n = r.rows[0][1];
    e.run('MATCH (n:N) SET n.a = 3');
    expect(e.run('RETURN $n.a AS a', { n }).rows).to.deep.equal([[3n]]);
    e.run('MATCH (n:N) DELETE n');
    expect(() => e.run('RETURN $n.a AS a', { n }).rows).to.throw(CypherError);
  });
});
