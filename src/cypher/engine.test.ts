import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, fromJs, toJs, toStoreValue, fromStoreValue } from './index';
import { CypherError, type CypherValue } from './values/types';
import type { StoreGraph } from './exec/graphStore';

function engine(): CypherEngine {
  return new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
}
function rows(e: CypherEngine, q: string, params: Record<string, unknown> = {}): unknown[][] {
  const p: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(params)) p[k] = fromJs(v);
  return e.run(q, p).rows.map((r) => r.map((v) => toJs(v, e.store)));
}

describe('CypherEngine', () => {
  const seed = `CREATE (a:Person {name: 'Ann', age: 40}), (b:Person {name: 'Bob', age: 30}), (c:Country {name: 'Mongolia'}),
                (a)-[:LEADER_OF {since: 2021}]->(c), (b)-[:KNOWS]->(a)`;
  const cases: [string, unknown[][]][] = [
    ["MATCH (p:Person) RETURN p.name ORDER BY p.name", [['Ann'], ['Bob']]],
    ['MATCH (p:Person)-[:LEADER_OF]->(c) RETURN p.name, c.name', [['Ann', 'Mongolia']]],
    ['MATCH (b)-[:KNOWS]->()-[r:LEADER_OF]->(c) RETURN b.name, r.since', [['Bob', 2021]]],
    ['MATCH (p:Person) RETURN count(*) AS n, avg(p.age) AS a', [[2, 35]]],
    ['MATCH (a {name: $n})-[*1..2]->(x) RETURN x.name ORDER BY x.name', [['Ann'], ['Mongolia']]],
    ['UNWIND [3, 1, 2] AS x WITH x WHERE x > 1 RETURN collect(x) AS xs', [[[3, 2]]]],
    ['MATCH (p:Person) WHERE EXISTS { (p)-[:LEADER_OF]->(:Country) } RETURN p.name', [['Ann']]],
    ['MATCH (p:Person) RETURN p.name AS n, [(p)-->(x) | x.name] AS out ORDER BY n', [['Ann', ['Mongolia']], ['Bob', ['Ann']]]],
    ['CALL db.labels() YIELD label RETURN label ORDER BY label', [['Country'], ['Person']]],
    ['RETURN 1 AS x UNION RETURN 1 AS x', [[1]]],
    // names that are members of every JavaScript object are properties like any other: absent here
    ["MATCH (p:Person {name: 'Ann'}) RETURN p.constructor, p.toString, p.__proto__, p.hasOwnProperty", [[null, null, null, null]]],
    ["MATCH (p:Person {name: 'Ann'})-[r:LEADER_OF]->() RETURN r.constructor, p['valueOf'] IS NULL", [[null, true]]],
    ['MATCH (p:Person) WHERE p.constructor IS NOT NULL RETURN p.name', []],
  ];
  for (const [q, expected] of cases) {
    it(q, () => {
      const e = engine();
      e.run(seed);
      expect(rows(e, q, { n: 'Bob' })).to.deep.equal(expected);
    });
  }

  it('reports write statistics', () => {
    const e = engine();
    const s = e.run(seed).stats;
    expect(s).to.include({ nodesCreated: 3, relationshipsCreated: 2, propertiesSet: 6, labelsAdded: 2 });
    const d = e.run("MATCH (p:Person {name: 'Bob'}) DETACH DELETE p").stats;
    expect(d).to.include({ nodesDeleted: 1, relationshipsDeleted: 1, propertiesRemoved: 2 });
  });

  it('undoes every write of a statement that fails part-way', () => {
    const e = engine();
    e.run(seed);
    const before = JSON.stringify(e.graph.export());
    expect(() => e.run("MATCH (p:Person) SET p.age = p.age + 1 CREATE (:X) WITH p RETURN p.age / 0")).to.throw(CypherError);
    expect(JSON.stringify(e.graph.export())).to.equal(before);
  });

  it('keeps transaction writes private until commit', () => {
    const e = engine();
    e.run(seed);
    const tx = e.begin();
    tx.run("CREATE (:Person {name: 'Cy'})");
    // nobody outside the transaction can observe it: statements outside are refused until it ends
    expect(() => e.run('MATCH (p:Person) RETURN count(p)')).to.throw(CypherError, /transaction is open/);
    expect(tx.run('MATCH (p:Person) RETURN count(p)').rows).to.deep.equal([[3n]]);
    tx.commit();
    expect(rows(e, 'MATCH (p:Person) RETURN count(p)')).to.deep.equal([[3]]);
    const tx2 = e.begin();
    tx2.run('MATCH (p:Person) DETACH DELETE p');
    tx2.rollback();
    expect(rows(e, 'MATCH (p:Person) RETURN count(p)')).to.deep.equal([[3]]);
  });

  it('raises compile-time errors before running', () => {
    const e = engine();
    const cases: [string, string][] = [
      ['MATCH (n) RETURN m', 'UndefinedVariable'],
      ['CREATE (a)-[:A|B]->(b)', 'NoSingleRelationshipType'],
      ['CREATE (a)-[:A]-(b)', 'RequiresDirectedRelationship'],
      ['RETURN foo(1)', 'UnknownFunction'],
      ['MATCH (n) RETURN n LIMIT -1', 'NegativeIntegerArgument'],
      ['WITH 1 + 1 RETURN 1', 'NoExpressionAlias'],
      ['RETURN count(count(*))', 'NestedAggregation'],
    ];
    for (const [q, detail] of cases) {
      try {
        e.run(q);
        expect.fail(`${q} should fail`);
      } catch (err) {
        expect(err, q).to.be.instanceOf(CypherError);
        expect((err as CypherError).detail, q).to.equal(detail);
        expect((err as CypherError).phase, q).to.equal('compile time');
      }
    }
  });

  it('stops at the row cap and the time limit', () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph, { limits: { maxRows: 5, timeoutMs: 200 } });
    expect(() => e.run('UNWIND range(1, 10) AS x RETURN x')).to.throw(/more than 5 rows/);
    expect(() => e.run('UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH count(*) AS c RETURN c')).to.throw(/time limit/);
  });

  it('keeps INTEGER and FLOAT apart through the store encoding', () => {
    const vals: CypherValue[] = [1n, 1.0, 0.5, -0, NaN, 2n ** 60n, ['a', 'b'], [1n, 2.5]];
    for (const v of vals) expect(fromStoreValue(JSON.parse(JSON.stringify(toStoreValue(v))))).to.deep.equal(v);
    const e = engine();
    e.run('CREATE (:N {i: 1, f: 1.0})');
    expect(e.run('MATCH (n:N) RETURN n.i, n.f').rows).to.deep.equal([[1n, 1]]);
  });
});

describe('CypherEngine shortest paths', () => {
  // a -> b -> c -> d and a shortcut a -> x -> d, plus a second two-hop route a -> y -> d
  const setup = `CREATE (a:N {n: 'a'}), (b:N {n: 'b'}), (c:N {n: 'c'}), (d:N {n: 'd'}), (x:N {n: 'x'}), (y:N {n: 'y'}),
                 (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(d), (a)-[:R]->(x), (x)-[:R]->(d), (a)-[:R]->(y), (y)-[:R]->(d)`;
  it('shortestPath finds one path of minimal length', () => {
    const e = engine();
    e.run(setup);
    const r = rows(e, "MATCH (a:N {n: 'a'}), (d:N {n: 'd'}) MATCH p = shortestPath((a)-[:R*]->(d)) RETURN length(p) AS len, [n IN nodes(p) | n.n][1] AS via");
    expect(r.length).to.equal(1);
    expect(r[0][0]).to.equal(2);
    expect(['x', 'y']).to.include(r[0][1]);
  });
  it('allShortestPaths finds every path of minimal length', () => {
    const e = engine();
    e.run(setup);
    const r = rows(e, "MATCH (a:N {n: 'a'}), (d:N {n: 'd'}) MATCH p = allShortestPaths((a)-[:R*..5]->(d)) RETURN [n IN nodes(p) | n.n][1] AS via ORDER BY via");
    expect(r).to.deep.equal([['x'], ['y']]);
  });
});

describe('CypherEngine count pushdown', () => {
  // a small multigraph with parallel edges, self-loops and both directions
  const setup = `UNWIND range(0, 11) AS i CREATE (:V {i: i})
    WITH 1 AS one
    MATCH (a:V), (b:V) WHERE (a.i * 7 + b.i * 3) % 5 = 0 OR a.i = b.i AND a.i % 4 = 0
    CREATE (a)-[:E]->(b)
    WITH 1 AS one LIMIT 1
    MATCH (a:V {i: 1}), (b:V {i: 2}) CREATE (a)-[:E]->(b), (a)-[:F]->(b)`;
  const patterns = [
    '(a:V {i: 1})-->()-->(c)',
    '(a:V {i: 0})<--()-->(c)',
    '(a:V {i: 4})--()--(c)',
    '(a)-->(b)-->(c)',
    '(a:V)-[:E]->(b)<--(c)',
    '(a)--(b)',
    '(a)-->(a2)-->(b)-->(c)',
  ];
  for (const p of patterns) {
    it(`counts ${p} like the row-by-row plan`, () => {
      const e = engine();
      e.run(setup);
      const pushed = e.run(`MATCH ${p} RETURN count(*) AS n`).rows[0][0];
      const plain = e.run(`MATCH ${p} WITH * RETURN count(*) AS n`).rows[0][0];
      expect(pushed).to.equal(plain);
      expect(plain).to.not.equal(0n);
    });
  }
});
