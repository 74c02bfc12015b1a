import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { parse } from '../syntax/parser';
import { CypherEngine } from '../engine';
import { fromJs } from '../convert';
import { planStreaming } from './eagerness';

/** per clause: '|' a barrier before it, 'g(node keys/rel keys)' a guard, '.' streams */
function plan(query: string): string {
  return planStreaming(parse(query).parts[0].clauses)
    .map((p) => (p.barrier ? '|' : p.guard ? `g(${[...p.guard.node].sort().join(',')}/${[...p.guard.rel].sort().join(',')})` : '.'))
    .join(' ');
}

describe('cypher eagerness: where updating queries stream', () => {
  const cases: [string, string][] = [
    // the batched import shapes stream (with a guard where a SET replaces what MERGE matched on)
    ['UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name', '. . .'],
    ['UNWIND $rows AS row MERGE (n:L {id: row.id}) SET n = row.props SET n:X', '. . g(id/) .'],
    ['UNWIND $rows AS row MATCH (a:S {id: row.from}) MATCH (b:E {id: row.to}) MERGE (a)-[r:T {id: row.id}]->(b) SET r = row.props', '. . . . g(/from,id,to)'],
    ['UNWIND $xs AS x CREATE (:N {x: x})', '. .'],
    // a read of what an earlier clause creates or sets waits for every row
    ['UNWIND $xs AS x CREATE (:N) WITH x MATCH (n:N) RETURN x, count(n)', '. . . | .'],
    ['MATCH (n:N) SET n.x = 1 RETURN n.x', '. . |'],
    ['MATCH (n:N) SET n.x = 1 RETURN n.y', '. . .'],
    // an earlier scan must not meet what a later clause creates
    ['MATCH (n:N) CREATE (:N)', '. |'],
    ['MATCH (n:N) CREATE (:M)', '. .'],
    ['MATCH (n) CREATE (:M)', '. |'],
    ['MATCH (a)-[:T]->(b) CREATE (a)-[:U]->(b)', '. .'],
    ['MATCH (a)-->(b) CREATE (a)-[:U]->(b)', '. |'],
    // a later write of a property an earlier clause reads: guarded, or a barrier when not guardable
    ['MATCH (n:N) WHERE n.x = 1 SET n.x = 2', '. g(x/)'],
    ['MATCH (n:N) WHERE n.x = 1 SET n:M', '. .'],
    ['MATCH (n:N) WHERE n:M SET n:M', '. |'],
    ['MATCH (n:N) WITH n, properties(n) AS p SET n.x = 1', '. . |'],
    ['MATCH (n:N) MERGE (m:M {k: n.k}) ON MATCH SET n.k = 2', '. .'],
    ['MATCH (n:N) WHERE n.k = 1 MERGE (m:M {k: 1}) ON MATCH SET n.k = 2', '. |'],
    // LIMIT after a write, DELETE and procedures
    ['UNWIND $xs AS x CREATE (n:L) WITH n LIMIT 1 RETURN n', '. . | .'],
    ['MATCH (n) DETACH DELETE n RETURN count(*)', '. | .'],
    ['MATCH (n) DETACH DELETE n RETURN n.x', '. | |'],
    ['MATCH (n:N) CALL db.labels() YIELD label SET n.x = label', '. . |'],
    // aggregation and ORDER BY drain their input: the next segment starts fresh
    ['MATCH (n:N) WITH count(n) AS c CREATE (:N {c: c})', '. . .'],
    ['MATCH (n:N) WITH [x IN collect(n) | 1] AS c CREATE (:N {c: c})', '. . .'],
    ['MATCH (n:N) WITH n ORDER BY n.x CREATE (:N)', '. . .'],
    ['MATCH (n:N) WITH n SKIP 1 CREATE (:N)', '. . |'],
  ];
  for (const [q, want] of cases) {
    it(q, () => expect(plan(q)).to.equal(want));
  }

  const fresh = () => new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
  const run = (e: CypherEngine, q: string, params: Record<string, unknown> = {}) => {
    const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fromJs(v)]));
    return e.run(q, p).rows;
  };

  it('gives clause-at-a-time answers where a streaming run would not', () => {
    const table: [string, string, unknown[][]][] = [
      ['CREATE (:N)', 'UNWIND [1, 2, 3] AS x MATCH (n:N) CREATE (:N) RETURN count(*) AS c', [[3n]]],
      ['', 'UNWIND [1, 2, 3] AS x CREATE (:N) WITH x MATCH (n:N) RETURN x, count(n) AS c ORDER BY x', [[1n, 3n], [2n, 3n], [3n, 3n]]],
      ['', 'UNWIND range(1, 5) AS x CREATE (n:L) WITH n LIMIT 1 MATCH (m:L) RETURN count(m) AS c', [[5n]]],
      // the guard: SET changes the id the next row's MERGE looks for, so the statement runs again eagerly
      ['', 'UNWIND [1, 2] AS x MERGE (p:P {id: 1}) SET p.id = 2 WITH 1 AS one MATCH (p:P) RETURN count(p) AS c, collect(p.id) AS ids', [[2n, [2n, 2n]]]],
      ['CREATE (:A), (:B)', 'MATCH (a:A), (b:B) UNWIND [1, 1] AS x MERGE (a)-[r:T {k: x}]->(b) SET r.k = 5 WITH 1 AS one MATCH ()-[r:T]->() RETURN count(r) AS c', [[2n]]],
    ];
    for (const [setup, q, want] of table) {
      const e = fresh();
      if (setup) e.run(setup);
      expect(run(e, q), q).to.deep.equal(want);
    }
  });

  it('streams a batched MERGE with its duplicates and reports the same statistics', () => {
    const e = fresh();
    e.run("CREATE (:Person {id: 'a', name: 'old'})");
    const rows = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'b', name: 'B2' }, { id: 'c', name: 'C' }];
    const r = e.run('UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name', { rows: fromJs(rows) });
    expect(r.stats).to.include({ nodesCreated: 2, propertiesSet: 5 });
    expect(run(e, 'MATCH (p:Person) RETURN p.id, p.name ORDER BY p.id')).to.deep.equal([['a', 'A'], ['b', 'B2'], ['c', 'C']]);
  });

  it('undoes a streamed statement that fails part-way', () => {
    const e = fresh();
    e.run("CREATE (:Person {id: 'a', name: 'old'})");
    const rows = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 1 }];
    expect(() => e.run('UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name + 1 / (r.name - 1)', { rows: fromJs(rows) })).to.throw();
    expect(run(e, 'MATCH (p:Person) RETURN p.id, p.name')).to.deep.equal([['a', 'old']]);
  });
});
