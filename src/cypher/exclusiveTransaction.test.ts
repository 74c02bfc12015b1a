import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from './engine';

describe('cypher exclusive (in-place) transactions', () => {
  const fresh = () => new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
  const count = (e: CypherEngine) => e.run('MATCH (n) RETURN count(n) AS n').rows[0][0];

  it('rollback takes back every statement of the transaction, writes of all kinds', () => {
    const e = fresh();
    e.run("CREATE (:A {x: 1})-[:R {w: 2}]->(:B {y: 'b'})");
    const before = JSON.stringify(e.graph.export());
    const tx = e.beginExclusive();
    tx.run("CREATE (:C {z: 3})");
    tx.run('MATCH (a:A) SET a.x = 10, a:Extra REMOVE a.missing');
    tx.run('MATCH (b:B) DETACH DELETE b');
    expect(count(e)).to.equal(2n);
    tx.rollback();
    expect(JSON.stringify(e.graph.export())).to.equal(before);
    expect(e.run('MATCH (a:A)-[r:R]->(b:B) RETURN a.x, r.w, b.y').rows).to.deep.equal([[1n, 2n, 'b']]);
  });

  it('commit keeps the writes; a failed statement inside is undone alone', () => {
    const e = fresh();
    const tx = e.beginExclusive();
    tx.run('CREATE (:T {i: 1})');
    expect(() => tx.run('CREATE (:T {i: 2}) WITH 1 AS one RETURN 1 / 0')).to.throw();
    tx.run('CREATE (:T {i: 3})');
    tx.commit();
    expect(e.run('MATCH (t:T) RETURN t.i ORDER BY t.i').rows).to.deep.equal([[1n], [3n]]);
  });

  it('allows one at a time', () => {
    const e = fresh();
    const tx = e.beginExclusive();
    expect(() => e.beginExclusive()).to.throw(/another exclusive transaction/);
    tx.commit();
    e.beginExclusive().rollback();
  });
});
