import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, fromJs, toJs } from '../index';
import { CypherError } from '../values/types';
import type { StoreGraph } from './graphStore';

// a lone RETURN that cannot loop runs as one row without a pipeline (Plan.oneRow in query.ts)
const engine = (): CypherEngine => new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);

describe('one-row statements (lone RETURN that cannot loop)', () => {
  const cases: [string, Record<string, unknown>, unknown[], boolean][] = [
    // query, parameters, the row, whether it takes the one-row path
    ['RETURN 1', {}, [1], true],
    ["RETURN 1 AS a, 'x' AS b, null AS c, true AS d, 2.5 AS e", {}, [1, 'x', null, true, 2.5], true],
    ['RETURN $x + 1 AS y', { x: 41 }, [42], true],
    ['RETURN $m.k, $l[1], $l[0..1], -$x, $x IS NULL', { m: { k: 'v' }, l: [1, 2], x: 3 }, ['v', 2, [1], -3, false], true],
    ["RETURN CASE WHEN $x > 1 THEN 'big' ELSE 'small' END, [1, $x], {a: $x}", { x: 3 }, ['big', [1, 3], { a: 3 }], true],
    ['RETURN 1 = 1.0 AND 2 < 3 < 4, 10 / 4, 7 % 3', {}, [true, 2, 1], true],
    // functions, comprehensions, quantifiers and patterns may loop or read the store: the general path
    ['RETURN range(1, 3)', {}, [[1, 2, 3]], false],
    ['RETURN [x IN [1, 2] | x * 2]', {}, [[2, 4]], false],
    ['RETURN any(x IN [1, 2] WHERE x > 1)', {}, [true], false],
    ['RETURN reduce(s = 0, x IN [1, 2] | s + x)', {}, [3], false],
    ['RETURN 1 LIMIT 1', {}, [1], false],
  ];
  for (const [q, params, row, lone] of cases) {
    it(q, () => {
      const e = engine();
      const p: Record<string, ReturnType<typeof fromJs>> = {};
      for (const k of Object.keys(params)) p[k] = fromJs(params[k]);
      expect(e.plan(q).oneRow !== null).to.equal(lone);
      for (let run = 0; run < 2; run++) {
        const r = e.run(q, p);
        expect(r.rows.length).to.equal(1);
        expect(r.rows[0].map((v) => toJs(v, e.store))).to.deep.equal(row);
        expect(r.stats.nodesCreated).to.equal(0);
      }
    });
  }

  it('gives every run its own result arrays', () => {
    const e = engine();
    const a = e.run('RETURN 1, 2');
    a.rows[0][0] = 'changed';
    a.rows.push([3n]);
    const b = e.run('RETURN 1, 2');
    expect(b.rows).to.deep.equal([[1n, 2n]]);
  });

  it('checks parameters on every run, and does not keep the last ones', () => {
    const e = engine();
    expect(e.run('RETURN $x', { x: 5n }).rows).to.deep.equal([[5n]]);
    expect(() => e.run('RETURN $x')).to.throw(CypherError).with.property('detail', 'MissingParameter');
    expect(() => e.run('RETURN $x', {})).to.throw(CypherError).with.property('detail', 'MissingParameter');
  });

  it('raises runtime errors and runs inside a transaction', () => {
    const e = engine();
    expect(() => e.run('RETURN 1 / 0')).to.throw(CypherError);
    const tx = e.begin();
    tx.run('CREATE (:A)');
    expect(tx.run('RETURN $x * 2', { x: 4n }).rows).to.deep.equal([[8n]]);
    tx.rollback();
    expect(e.run('MATCH (n) RETURN count(n)').rows).to.deep.equal([[0n]]);
  });
});
