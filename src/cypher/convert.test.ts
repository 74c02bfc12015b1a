import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, fromJs, fromJsParams, toJs } from './index';
import type { StoreGraph } from './exec/graphStore';

/**
 * fromJsParams keeps list parameters in JS form until a statement reads them (UNWIND $list converts
 * one element per row): every statement must give what eagerly converted parameters give.
 */
describe('fromJsParams: list parameters converted as they are read', () => {
  const rows = [
    { id: 'a', n: 1, tags: ['x', 'y'], at: { k: 2.5 } },
    { id: 'b', n: 2, tags: [], at: null },
    { id: 'a', n: 3, tags: ['z'], at: { k: 1 } },
  ];
  const params = { rows, ids: ['a', 'c'], k: 2, name: 'n' };
  const cases = [
    'UNWIND $rows AS r MERGE (p:P {id: r.id}) SET p.n = r.n, p.tags = r.tags',
    'UNWIND $rows AS r CREATE (p:P {id: r.id, k: r.at.k}) RETURN p.id, p.k',
    'UNWIND $rows AS r WITH r WHERE r.n > 1 RETURN r.id, r.tags, size($rows) AS total',
    'RETURN $rows AS rows, $k AS k',
    'RETURN size($ids) + $k AS s',
    'UNWIND $ids AS id UNWIND $rows AS r WITH id, r WHERE r.id = id RETURN id, r.n ORDER BY r.n',
    'UNWIND $rows AS r MATCH (p:P {id: r.id}) SET p.seen = true',
    'MATCH (p:P) WHERE p.id IN $ids RETURN p.id ORDER BY p.id',
    'UNWIND $rows AS r RETURN r ORDER BY r.n DESC LIMIT 1',
  ];
  const engine = () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run("CREATE (:P {id: 'a'}), (:P {id: 'c'})");
    return e;
  };
  const eager = () => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fromJs(v)]));
  for (const q of cases) {
    it(q, () => {
      const lazy = engine();
      const ref = engine();
      const a = lazy.run(q, fromJsParams(params));
      const b = ref.run(q, eager());
      expect(a.rows.map((r) => r.map((v) => toJs(v, lazy.store)))).to.deep.equal(b.rows.map((r) => r.map((v) => toJs(v, ref.store))));
      expect(a.stats).to.deep.equal(b.stats);
      expect(JSON.stringify(lazy.graph.export())).to.equal(JSON.stringify(ref.graph.export()));
    });
  }
  it('reports a missing parameter as before, and leaves the caller its objects', () => {
    expect(() => engine().run('UNWIND $missing AS r RETURN r', fromJsParams(params))).to.throw(/expected parameter \$missing/);
    const p = fromJsParams(params);
    engine().run('UNWIND $rows AS r RETURN size($rows)', p);
    expect(rows[0]).to.deep.equal({ id: 'a', n: 1, tags: ['x', 'y'], at: { k: 2.5 } });
  });
});

/**
 * No parameters (an empty object, or one with only inherited keys) give the shared, frozen empty set;
 * statements given it run as with a fresh empty object, and one that needs a parameter still says so.
 */
describe('fromJsParams: the empty parameter set', () => {
  const inheritedOnly = Object.create({ id: 'x' }) as Record<string, unknown>;
  const cases: [string, Record<string, unknown>][] = [['{}', {}], ['inherited keys only', inheritedOnly]];
  const queries = ['RETURN 1 AS one', "CREATE (p:P {id: 'a'}) RETURN p.id", "UNWIND [1, 2] AS x RETURN x * 2 AS y", 'MATCH (p:P) RETURN count(p) AS n'];
  for (const [name, params] of cases) {
    it(`${name}: frozen, no keys, same results as a fresh object`, () => {
      const p = fromJsParams(params);
      expect(Object.isFrozen(p)).to.equal(true);
      expect(Reflect.ownKeys(p)).to.deep.equal([]);
      const a = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
      const b = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
      for (const q of queries) {
        const ra = a.run(q, p);
        const rb = b.run(q, {});
        expect(ra.rows.map((r) => r.map((v) => toJs(v, a.store)))).to.deep.equal(rb.rows.map((r) => r.map((v) => toJs(v, b.store))));
        expect(ra.stats).to.deep.equal(rb.stats);
      }
      expect(() => a.run('RETURN $id', p)).to.throw(/expected parameter \$id/);
    });
  }
  it('statements that change nothing share frozen all-zero statistics; writes get their own', () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    const read = e.run('RETURN 1');
    const none = e.run('MATCH (n:Nothing) RETURN n');
    expect(Object.isFrozen(read.stats)).to.equal(true);
    expect(Object.values(read.stats).every((v) => v === 0)).to.equal(true);
    expect(none.stats).to.equal(read.stats);
    const write = e.run("CREATE (:P {id: 'b'})");
    expect(Object.isFrozen(write.stats)).to.equal(false);
    expect(write.stats.nodesCreated).to.equal(1);
  });
});

/**
 * UNWIND over a JS list whose variable is only read through its properties binds the JS elements as
 * they are (exec/rawRows.ts): odd elements and every kind of use must give what converted maps give.
 */
describe('fromJsParams: raw rows read field by field', () => {
  class Point {
    constructor(readonly x: number) {}
  }
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { id: 'np', n: 7 });
  const rows: unknown[] = [
    { id: 'a', n: 1, nested: { k: [1, { z: 'deep' }] } },
    { id: 'b' },
    { id: 'c', n: null, toString: 'own' },
    nullProto,
    new Map<unknown, unknown>([['id', 'm'], [5, 'five']]),
    new Point(3),
  ];
  const params = { rows, ids: ['a', 'c'] };
  const cases = [
    'UNWIND $rows AS r RETURN r.id, r.n, r.missing, r.toString, r.constructor, r.hasOwnProperty, r.x',
    'UNWIND $rows AS r RETURN r.nested.k, r.nested.k[1].z, r.id + "!" AS s, size(r.nested.k) AS k',
    'UNWIND $rows AS r WITH r.id AS id, r.n AS n WHERE n IS NOT NULL RETURN id, n ORDER BY id',
    'UNWIND $rows AS r RETURN r.id AS id ORDER BY r.n DESC, r.id',
    'UNWIND $rows AS r RETURN [x IN $ids WHERE x = r.id | x + r.id] AS l, CASE WHEN r.n > 0 THEN r.n END AS c',
    'UNWIND $rows AS r RETURN [r IN $ids | r] AS shadowed, r.id AS id',
    'UNWIND $rows AS r MERGE (p:P {id: coalesce(r.id, "none")}) ON CREATE SET p.n = r.n ON MATCH SET p.seen = r.x RETURN p.id, p.n, p.seen',
    'UNWIND $rows AS r MATCH (p:P) WHERE p.id = r.id AND EXISTS { MATCH (q:P) WHERE q.id = r.id } RETURN p.id',
    'UNWIND $rows AS r WITH r RETURN r.id',
    'UNWIND $rows AS r RETURN r {.id, .n} AS m',
    'UNWIND $rows AS r RETURN *',
    'UNWIND $rows AS r RETURN r.id AS id, count(*) AS c, collect(r.n) AS ns ORDER BY id',
  ];
  // reading a property of a string is an error either way
  const failing = ['UNWIND $ids AS r RETURN r.id', 'UNWIND $rows AS r RETURN r.id.x'];
  const engine = () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run("CREATE (:P {id: 'a'}), (:P {id: 'c'})");
    return e;
  };
  const eager = () => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fromJs(v)]));
  const outcome = (e: CypherEngine, q: string, p: Record<string, unknown>) => {
    try {
      const r = e.run(q, p as never);
      return { rows: r.rows.map((row) => row.map((v) => toJs(v, e.store))), stats: r.stats, graph: JSON.stringify(e.graph.export()) };
    } catch (err) {
      return { error: String(err) };
    }
  };
  for (const q of [...cases, ...failing]) {
    it(q, () => {
      const raw = engine();
      const ref = engine();
      const a = outcome(raw, q, fromJsParams(params));
      expect(a).to.deep.equal(outcome(ref, q, eager()));
      if (failing.includes(q)) expect(a.error).to.match(/cannot read property \w+ of STRING/);
      else expect(a.rows).to.be.an('array').that.is.not.empty;
    });
  }
  it('leaves the caller its objects', () => {
    engine().run('UNWIND $rows AS r MERGE (p:P {id: coalesce(r.id, "x")}) SET p.n = r.n', fromJsParams(params));
    expect(rows[0]).to.deep.equal({ id: 'a', n: 1, nested: { k: [1, { z: 'deep' }] } });
  });
});
