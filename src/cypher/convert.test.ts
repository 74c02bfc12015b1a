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
