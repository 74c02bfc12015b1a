import { expect } from 'chai';
import fc from 'fast-check';
import { valueArb } from './arbitrary';
import { compare, compareNumbers, compareOp, orderCompare } from './compare';
import { equivalent } from './equality';
import { FakeTemporal, map } from './testGraph';
import { NodeValue, PathValue, RelationshipValue, type CypherValue } from './types';

const sign = (c: number | null) => (c === null ? null : Number.isNaN(c) ? NaN : Math.sign(c));

describe('values/compare', () => {
  describe('compareNumbers', () => {
    const cases: Array<[bigint | number, bigint | number, number]> = [
      [1n, 1.0, 0],
      [1n, 0.5, 1],
      [-1n, -0.5, -1],
      [2n ** 53n + 1n, 2 ** 53, 1], // exact, no rounding of the INTEGER
      [2n ** 63n - 1n, 2 ** 63, -1],
      [-(2n ** 63n), -(2 ** 63), 0],
      [5n, Infinity, -1],
      [5n, -Infinity, 1],
      [-0, 0n, 0],
      [3.5, 3n, 1],
      [-3.5, -3n, -1],
      [-3.5, -4n, 1],
    ];
    for (const [a, b, expected] of cases) {
      it(`${a} vs ${b}`, () => {
        expect(Math.sign(compareNumbers(a, b))).to.equal(expected);
        expect(Math.sign(compareNumbers(b, a))).to.equal(-expected || 0);
      });
    }
    it('NaN is unordered', () => {
      expect(compareNumbers(NaN, 1n)).to.be.NaN;
      expect(compareNumbers(1, NaN)).to.be.NaN;
    });
  });

  describe('compare (< <= > >=)', () => {
    const cases: Array<[string, CypherValue, CypherValue, number | null]> = [
      ['integers', 1n, 2n, -1],
      ['integer and float', 1n, 3.14, -1],
      ['strings by code unit', 'B', 'a', -1],
      ["'a' < 'aa'", 'a', 'aa', -1],
      ['false < true', false, true, -1],
      ['string vs number', '1', 1n, null],
      ['string vs boolean', 'string', true, null],
      ['null', null, null, null],
      ['[1, 0] > [1]', [1n, 0n], [1n], 1],
      ['[1, null] > [1] (decided by length)', [1n, null], [1n], 1],
      ['[1, 2] vs [1, null]', [1n, 2n], [1n, null], null],
      ["[1, 'a'] vs [1, null]", [1n, 'a'], [1n, null], null],
      ['[1, 2] < [3, null] (decided first)', [1n, 2n], [3n, null], -1],
      ['maps are incomparable', map({ a: 1n }), map({ a: 1n }), null],
      ['nodes are incomparable', new NodeValue('a'), new NodeValue('b'), null],
      ['dates via compareTo', new FakeTemporal('Date', 1), new FakeTemporal('Date', 2), -1],
      ['durations are incomparable', new FakeTemporal('Duration', 1), new FakeTemporal('Duration', 2), null],
      ['date vs string', new FakeTemporal('Date', 1), 'D1', null],
    ];
    for (const [name, a, b, expected] of cases) {
      it(name, () => expect(sign(compare(a, b))).to.equal(expected));
    }

    it('every comparison with NaN is false, with a non-number null', () => {
      for (const op of ['<', '<=', '>', '>='] as const) {
        expect(compareOp(op, NaN, 1n), op).to.equal(false);
        expect(compareOp(op, NaN, 1.0), op).to.equal(false);
        expect(compareOp(op, NaN, NaN), op).to.equal(false);
        expect(compareOp(op, NaN, 'a'), op).to.equal(null);
      }
    });

    it('compareOp follows the sign', () => {
      expect(compareOp('<', 1n, 1.0)).to.equal(false);
      expect(compareOp('<=', 1n, 1.0)).to.equal(true);
      expect(compareOp('>=', [1n, null], [1n])).to.equal(true);
      expect(compareOp('>', 'b', 'a')).to.equal(true);
      expect(compareOp('<', '1', 1n)).to.equal(null);
    });
  });

  describe('orderCompare (ORDER BY, min, max)', () => {
    const n = new NodeValue('n');
    const r = new RelationshipValue('r');
    const p = new PathValue([n, new NodeValue('m')], [r]);

    it('orders distinct types globally', () => {
      const ascending: CypherValue[] = [
        map({ a: 'map' }),
        n,
        r,
        ['list'],
        p,
        new FakeTemporal('Date', 0),
        new FakeTemporal('Duration', 0),
        'text',
        false,
        1.5,
        NaN,
        null,
      ];
      const shuffled = [ascending[7], ascending[11], ascending[2], ascending[9], ascending[0], ascending[10], ascending[4], ascending[6], ascending[1], ascending[8], ascending[3], ascending[5]];
      expect(shuffled.sort(orderCompare)).to.deep.equal(ascending);
    });

    it('orders lists elementwise with the global order', () => {
      const ascending: CypherValue[] = [[], ['a'], ['a', 1n], [1n], [1n, 'a'], [1n, null], [null, 1n], [null, 2n]];
      expect([...ascending].reverse().sort(orderCompare)).to.deep.equal(ascending);
    });

    it('orders numbers by value across types, NaN last', () => {
      const sorted = [NaN, 3n, -Infinity, 2.5, Infinity, -1n, 0].sort(orderCompare);
      expect(sorted.map(String)).to.deep.equal(['-Infinity', '-1', '0', '2.5', '3', 'Infinity', 'NaN']);
    });

    it('min and max over mixed values', () => {
      const values: CypherValue[] = [1n, 'a', [1n, 2n], 0.2, 'b'];
      const sorted = [...values].sort(orderCompare);
      expect(sorted[0]).to.deep.equal([1n, 2n]);
      expect(sorted[sorted.length - 1]).to.equal(1n);
    });

    it("strings by UTF-16 code units: 'B' < 'a' < 'b'", () => {
      expect(['b', 'a', 'B', 'abc', 'abc1'].sort(orderCompare)).to.deep.equal(['B', 'a', 'abc', 'abc1', 'b']);
    });

    it('durations get a total order from their components', () => {
      expect(orderCompare(new FakeTemporal('Duration', 1), new FakeTemporal('Duration', 2))).to.be.lessThan(0);
    });

    it('property: antisymmetric, and 0 exactly for equivalent values', () => {
      fc.assert(
        fc.property(valueArb, valueArb, (a, b) => {
          const ab = Math.sign(orderCompare(a, b));
          const ba = Math.sign(orderCompare(b, a));
          expect(ab).to.equal(-ba || 0);
          expect(ab === 0).to.equal(equivalent(a, b));
        }),
        { numRuns: 3000 },
      );
    });

    it('property: transitive', () => {
      fc.assert(
        fc.property(valueArb, valueArb, valueArb, (a, b, c) => {
          const [x, y, z] = [a, b, c].sort(orderCompare);
          expect(orderCompare(x, y)).to.be.at.most(0);
          expect(orderCompare(y, z)).to.be.at.most(0);
          expect(orderCompare(x, z)).to.be.at.most(0);
        }),
        { numRuns: 3000 },
      );
    });

    it('property: agrees with compare wherever compare is defined and ordered', () => {
      fc.assert(
        fc.property(valueArb, valueArb, (a, b) => {
          const c = compare(a, b);
          if (c !== null && !Number.isNaN(c)) expect(Math.sign(orderCompare(a, b))).to.equal(Math.sign(c));
        }),
        { numRuns: 3000 },
      );
    });
  });
});
