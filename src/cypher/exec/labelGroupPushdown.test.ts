import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, toJs } from '../index';
import type { StoreGraph } from './graphStore';

// `WHERE true` turns the pushdown off: the ordinary pipeline's answer to compare with
describe('label group pushdown (grouped count over the nodes of a label)', () => {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run(`UNWIND range(0, 29) AS i CREATE (n:P {i: i, name: ['Ann', 'Bob', 'Al', null][i % 4], v: CASE i % 3 WHEN 0 THEN 1 WHEN 1 THEN 1.0 ELSE 'x' END})`);
  e.run('MATCH (n:P) WHERE n.i < 10 SET n:Q');
  // slots freed and reused, properties changed after the index exists
  e.run("MATCH (n:P) RETURN n.name STARTS WITH 'A' AS a, count(*)");
  e.run('CREATE (:P {i: 100, name: "Zed"}) WITH 1 AS x MATCH (n:P {i: 3}) DETACH DELETE n');
  e.run('MATCH (n:P {i: 5}) SET n.name = "Ada", n.v = 2');
  const rows = (q: string) => e.run(q).rows.map((r) => JSON.stringify(r.map((v) => toJs(v, e.store))));
  const queries = [
    "MATCH (n:P) RETURN n.name STARTS WITH 'A' AS a, count(*)",
    'MATCH (n:P) RETURN n.v AS v, count(n) AS c',
    'MATCH (n:P:Q) RETURN n.name AS name, n.v AS v, count(*) AS c',
    'MATCH (n:Q:P) RETURN count(*) AS c',
    'MATCH (n:P) RETURN n, count(*) AS c',
    'MATCH (n:Nope) RETURN count(*) AS c',
    'MATCH (n:Nope) RETURN n.x AS x, count(*) AS c',
    'MATCH (n:P) RETURN n.i % 4 AS k, count(*) AS c ORDER BY c DESC, k LIMIT 2',
    'MATCH (n:P) RETURN size([(n)-->() | 1]) AS k, count(*) AS c',
    // keys that keep the node (no shared scratch value) beside keys that only read its properties
    'MATCH (n:P) RETURN [n.i % 2, n] AS k, count(*) AS c',
    'MATCH (n:P) RETURN n {.name} AS m, count(*) AS c',
    'MATCH (n:P) RETURN labels(n) AS l, n:Q AS q, count(*) AS c',
    'MATCH (n:P) RETURN [x IN [n.i % 3] | x + n.i % 2] AS k, count(*) AS c',
    'MATCH (n:P) RETURN coalesce(n.name, n.v) AS k, count(*) AS c',
    // one key of mixed types: booleans, strings and null are their own group keys, numbers are not
    "MATCH (n:P) RETURN CASE n.i % 6 WHEN 0 THEN true WHEN 1 THEN 'true' WHEN 2 THEN null WHEN 3 THEN 1 WHEN 4 THEN 1.0 ELSE 'T' END AS k, count(*) AS c",
    "MATCH (n:P) RETURN CASE n.i % 6 WHEN 0 THEN true WHEN 1 THEN 'true' WHEN 2 THEN null WHEN 3 THEN 1 WHEN 4 THEN 1.0 ELSE [1] END AS k, count(*) AS c ORDER BY c DESC, k LIMIT 3",
  ];
  for (const q of queries) {
    it(q, () => {
      const generic = rows(q.replace(' RETURN', ' WHERE true RETURN'));
      const pushed = rows(q);
      expect(q.includes('ORDER BY') ? pushed : pushed.sort()).to.deep.equal(q.includes('ORDER BY') ? generic : generic.sort());
    });
  }
  it('counts nulls in their own group and 1 with 1.0', () => {
    // 30 nodes, i = 3 deleted (v 1), i = 5 set to v 2 (was 'x'), i = 100 created without v
    expect(rows('MATCH (n:P) RETURN n.v AS v, count(*) AS c').sort()).to.deep.equal(['["x",9]', '[1,19]', '[2,1]', '[null,1]']);
  });
});
