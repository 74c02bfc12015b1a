import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, toJs } from '../index';
import type { StoreGraph } from './graphStore';
import * as patterns from './patterns';

// Few AGENT edges among many others, so the planner scans the AGENT type index and the pushdown runs;
// `WHERE true` turns the pushdown off, giving the ordinary pipeline's answer to compare with.
function engine(): CypherEngine {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run(`UNWIND range(0, 19) AS i CREATE (:Event {i: i}), (:Person {i: i, name: ['Ann', 'Bob', 'Cy'][i % 3],
           val: CASE i % 4 WHEN 0 THEN 1 WHEN 1 THEN 1.0 WHEN 2 THEN [1, 2] ELSE null END})`);
  e.run('MATCH (a:Event), (b:Person) WHERE a.i % 4 = b.i % 5 CREATE (a)-[:FILLER]->(b), (b)-[:FILLER]->(a)');
  e.run('MATCH (a:Event), (b:Person) WHERE a.i < 6 AND b.i IN [a.i, a.i + 3, 7] CREATE (a)-[:AGENT]->(b)');
  e.run('MATCH (a:Event {i: 2}), (b:Person {i: 7}) CREATE (a)-[:AGENT]->(b), (b)-[:AGENT]->(a)');
  e.run('MATCH (a:Event {i: 3}) CREATE (a)-[:AGENT]->(a)');
  return e;
}

function rows(e: CypherEngine, q: string): unknown[][] {
  const r = e.run(q);
  return r.rows.map((row) => row.map((v) => toJs(v, e.store)));
}

const sorted = (x: unknown[][]) => x.map((r) => JSON.stringify(r)).sort();

describe('group pushdown (grouped count over one typed hop)', () => {
  const e = engine();
  const queries = [
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.name, count(e) AS c',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.val AS v, count(*) AS c',
    'MATCH (e:Event)-[r:AGENT]->(p:Person) RETURN p.name AS n, p.i AS i, count(r) AS c, count(*) AS d',
    'MATCH (e:Event)-[:AGENT]->(p) RETURN p, count(e) AS c',
    'MATCH (p:Person)<-[:AGENT]-(e:Event) RETURN p.name, count(e) AS c',
    'MATCH (p:Person)-[:AGENT]-(e) RETURN p.name, count(e) AS c',
    'MATCH (e)-[:AGENT]-(x) RETURN x.i, count(*) AS c',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN count(e) AS c, p.name',
  ];
  // count the runs that took the pushdown's row-free path (CommonJS: the module's export can be wrapped)
  let fast = 0;
  const original = patterns.countTypedHops;
  before(() => {
    (patterns as { countTypedHops: typeof original }).countTypedHops = (...args) => {
      const took = original(...args);
      if (took) fast++;
      return took;
    };
  });
  after(() => {
    (patterns as { countTypedHops: typeof original }).countTypedHops = original;
  });
  // FILLER is too common for the type scan: the planner starts at the nodes and the pushdown falls back
  const fallback = 'MATCH (e:Event)-[:AGENT|FILLER]->(p:Person {name: "Bob"}) RETURN p.i, count(e) AS c';
  for (const q of [...queries, fallback]) {
    it(q, () => {
      fast = 0;
      const pushed = rows(e, q);
      expect(fast, 'pushdown used').to.equal(q === fallback ? 0 : 1);
      const generic = rows(e, q.replace(' RETURN', ' WHERE true RETURN'));
      expect(pushed.length).to.be.greaterThan(0);
      expect(sorted(pushed)).to.deep.equal(sorted(generic));
    });
  }
  it('keeps ORDER BY and LIMIT', () => {
    const q = 'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.i AS i, count(e) AS c ORDER BY c DESC, i LIMIT 3';
    const pushed = rows(e, q);
    expect(pushed).to.deep.equal(rows(e, q.replace(' RETURN', ' WHERE true RETURN')));
    expect(pushed).to.have.length(3);
  });
  // ORDER BY the count with LIMIT: rows are built for the first groups only. Ties at the cut may be
  // broken differently from the row pipeline, so compare the counts and the rows above the last count
  const topQueries = [
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.name AS n, count(e) AS c ORDER BY c DESC LIMIT 2',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.i AS i, count(e) AS c ORDER BY c DESC SKIP 1 LIMIT 3',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.i AS i, count(*) AS c ORDER BY c LIMIT 4',
    'MATCH (e:Event)-[:AGENT]->(p) RETURN count(e) AS c, p ORDER BY c DESC LIMIT 1',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.name AS n, count(e) AS c ORDER BY c DESC LIMIT 100',
    'MATCH (e:Event)-[:AGENT]->(p:Person) RETURN p.name AS n, count(e) AS c ORDER BY c DESC LIMIT 0',
  ];
  const canon = (x: unknown[][], countAt: number) => {
    const cs = x.map((r) => r[countAt] as number);
    const last = cs[cs.length - 1];
    return { counts: cs, above: sorted(x.filter((r) => (r[countAt] as number) !== last)) };
  };
  for (const q of topQueries) {
    it(`top groups by count: ${q}`, () => {
      fast = 0;
      const pushed = rows(e, q);
      expect(fast, 'pushdown used').to.equal(1);
      const generic = rows(e, q.replace(' RETURN', ' WHERE true RETURN'));
      const at = q.includes('RETURN count') ? 0 : 1;
      expect(pushed.length).to.equal(generic.length);
      expect(canon(pushed, at)).to.deep.equal(canon(generic, at));
    });
  }
  it('groups 1 and 1.0 together and missing values as null', () => {
    const got = rows(e, 'MATCH (:Event)-[:AGENT]->(p:Person) RETURN p.val AS v, count(*) AS c');
    const keys = got.map((r) => JSON.stringify(r[0]));
    expect(new Set(keys).size).to.equal(keys.length);
    expect(keys).to.include('null');
  });
  it('answers with no matches', () => {
    expect(rows(e, 'MATCH (e:Event)-[:NONE]->(p:Person) RETURN p.name, count(e) AS c')).to.deep.equal([]);
  });
});
