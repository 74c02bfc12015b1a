import { expect } from 'chai';
import { FakeTemporal, map } from '../values/testGraph';
import type { CypherValue } from '../values/types';
import { aggregate, expectCypherError, expectValue } from './testContext';

const col = (...xs: CypherValue[]): CypherValue[][] => xs.map((x) => [x]);

describe('functions/aggregate', () => {
  const cases: Array<[string, string, CypherValue[][], boolean, CypherValue]> = [
    ['count(*) counts rows, nulls included', 'count', [[], [], []], false, 3n],
    ['count(x) skips nulls', 'count', col(33n, null, 42n), false, 2n],
    ['count(DISTINCT x) with 1 and 1.0', 'count', col(1n, 1.0, 2n, null), true, 2n],
    ['count(DISTINCT null)', 'count', col(null, null), true, 0n],
    ['count of nothing', 'count', [], false, 0n],
    ['sum of integers', 'sum', col(33n, null, 42n), false, 75n],
    ['sum of nothing is 0', 'sum', [], false, 0n],
    ['sum mixes to FLOAT', 'sum', col(1n, 0.5, 2n), false, 3.5],
    ['sum DISTINCT', 'sum', col(1n, 1n, 2n), true, 3n],
    ['sum of 3000 large integers', 'sum', col(...Array.from({ length: 3000 }, (_, i) => BigInt(1000000 + i))), false, 3004498500n],
    ['avg is FLOAT', 'avg', col(1n, 2n, null), false, 1.5],
    ['avg of nothing is null', 'avg', col(null), false, null],
    ['avg of huge integers does not overflow', 'avg', col(2n ** 62n, 2n ** 62n, 2n ** 62n), false, 2 ** 62],
    ['max over integers', 'max', col(1n, 2n, 0n, null, -1n), false, 2n],
    ['min over integers', 'min', col(1n, 2n, 0n, null, -1n), false, -1n],
    ['max over mixed numbers keeps the type', 'max', col(1n, 2.0, 5n, null, 3.2, 0.1), false, 5n],
    ['min over mixed numbers', 'min', col(1n, 2.0, 5n, null, 3.2, 0.1), false, 0.1],
    ['max over strings', 'max', col('a', 'b', 'B', null, 'abc', 'abc1'), false, 'b'],
    ['min over strings', 'min', col('a', 'b', 'B', null, 'abc', 'abc1'), false, 'B'],
    ['max over lists', 'max', col([1n], [2n], [2n, 1n]), false, [2n, 1n]],
    ['min over lists', 'min', col([1n], [2n], [2n, 1n]), false, [1n]],
    ['max over mixed values', 'max', col(1n, 'a', null, [1n, 2n], 0.2, 'b'), false, 1n],
    ['min over mixed values', 'min', col(1n, 'a', null, [1n, 2n], 0.2, 'b'), false, [1n, 2n]],
    ['max of nothing', 'max', [], false, null],
    ['collect skips nulls', 'collect', col(null, 1n, null, 'a'), false, [1n, 'a']],
    ['collect DISTINCT', 'collect', col(null, 1n, null, 1n, [1n], [1.0]), true, [1n, [1n]]],
    ['collect DISTINCT of nulls only', 'collect', col(null, null), true, []],
    ['collect DISTINCT maps', 'collect', col(map({ a: 1n }), map({ a: 1n }), map({ a: 2n })), true, [map({ a: 1n }), map({ a: 2n })]],
    ['stDev', 'stDev', col(2n, 4n, 4n, 4n, 5n, 5n, 7n, 9n), false, Math.sqrt(32 / 7)],
    ['stDevP', 'stDevP', col(2n, 4n, 4n, 4n, 5n, 5n, 7n, 9n), false, 2.0],
    ['stDev of one value', 'stDev', col(3n), false, 0.0],
    ['stDev of ages 13, 33, 44', 'stDev', col(13n, 33n, 44n), false, 15.716233645501712],
    ['stDevP of ages 13, 33, 44', 'stDevP', col(13n, 33n, 44n), false, 12.832251036613439],
    ['stDev of nothing', 'stDevP', [], false, 0.0],
  ];
  for (const [name, fn, rows, distinct, expected] of cases) {
    it(name, () => expectValue(aggregate(fn, rows, distinct), expected));
  }

  describe('percentiles', () => {
    const prices = (p: CypherValue) => [10.0, 20.0, 30.0].map((x) => [x, p]);
    const table: Array<[CypherValue, CypherValue, CypherValue]> = [
      // p, percentileDisc, percentileCont
      [0.0, 10.0, 10.0],
      [0.5, 20.0, 20.0],
      [1.0, 30.0, 30.0],
      [0.25, 10.0, 15.0],
      [0.9, 30.0, 28.0],
      [1n, 30.0, 30.0],
    ];
    for (const [p, disc, cont] of table) {
      it(`p = ${String(p)}`, () => {
        expectValue(aggregate('percentileDisc', prices(p)), disc);
        const c = aggregate('percentileCont', prices(p)) as number;
        expect(c).to.be.closeTo(cont as number, 1e-9);
      });
    }
    it('percentileDisc keeps INTEGERs, percentileCont gives FLOAT', () => {
      expectValue(aggregate('percentileDisc', [[1n, 0.5], [2n, 0.5], [3n, 0.5]]), 2n);
      expectValue(aggregate('percentileCont', [[1n, 0.5], [2n, 0.5]]), 1.5);
    });
    it('ages 13, 33, 44: percentileDisc(0.5) = 33, percentileCont(0.4) = 29.0', () => {
      const ages = (p: number) => [13n, 33n, 44n].map((x) => [x, p]);
      expectValue(aggregate('percentileDisc', ages(0.5)), 33n);
      expect(aggregate('percentileCont', ages(0.4))).to.be.closeTo(29.0, 1e-9);
    });
    it('of nothing is null', () => expect(aggregate('percentileCont', [[null, 0.5]])).to.equal(null));
    for (const bad of [1000n, -1n, 1.1]) {
      for (const fn of ['percentileCont', 'percentileDisc']) {
        it(`${fn} with percentile ${bad} is ArgumentError NumberOutOfRange`, () =>
          expectCypherError(() => aggregate(fn, [[10.0, bad]]), 'ArgumentError', 'NumberOutOfRange'));
      }
    }
    it('the percentile is checked on every row (percentileDisc(0.90, deg))', () =>
      expectCypherError(() => aggregate('percentileDisc', [[0.9, 3n], [0.9, 4n]]), 'ArgumentError', 'NumberOutOfRange'));
  });

  describe('durations', () => {
    it('sum and avg of durations delegate to the temporal type', () => {
      const rows = col(new FakeTemporal('Duration', 2), new FakeTemporal('Duration', 4));
      expect(String(aggregate('sum', rows))).to.equal('P6D');
      expect(String(aggregate('avg', rows))).to.equal('P3D');
    });
    it('numbers and durations do not mix', () =>
      expectCypherError(() => aggregate('sum', col(1n, new FakeTemporal('Duration', 2))), 'TypeError', 'InvalidArgumentValue'));
  });

  const errors: Array<[string, CypherValue[][]]> = [
    ['sum', col(1n, 'a')],
    ['avg', col(true)],
    ['stDev', col('x')],
    ['percentileCont', [['x', 0.5]]],
  ];
  for (const [fn, rows] of errors) {
    it(`${fn} over a non-number is a TypeError`, () => expectCypherError(() => aggregate(fn, rows), 'TypeError', 'InvalidArgumentValue'));
  }

  it('sum overflowing 64 bits is an ArithmeticError', () =>
    expectCypherError(() => aggregate('sum', col(2n ** 62n, 2n ** 62n)), 'ArithmeticError', 'IntegerOverflow'));
});
