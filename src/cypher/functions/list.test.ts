import { expect } from 'chai';
import { map } from '../values/testGraph';
import type { CypherValue } from '../values/types';
import { callFn, expectCypherError, expectValue } from './testContext';

const ints = (...xs: number[]) => xs.map(BigInt);

describe('functions/list', () => {
  const cases: Array<[string, CypherValue[], CypherValue]> = [
    ['head', [[1n, 2n]], 1n],
    ['head', [[]], null],
    ['head', [null], null],
    ['last', [[1n, 2n]], 2n],
    ['last', [[]], null],
    ['tail', [[1n, 2n, 3n]], [2n, 3n]],
    ['tail', [[]], []],
    ['coalesce', [null, null, 'x', 'y'], 'x'],
    ['coalesce', [null], null],
    ['isEmpty', [[]], true],
    ['isEmpty', [['a']], false],
    ['isEmpty', [''], true],
    ['isEmpty', [map({})], true],
    ['isEmpty', [map({ a: null })], false],
    ['isEmpty', [null], null],
    ['range', [0n, 10n], ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)],
    ['range', [-1236n, -1234n], ints(-1236, -1235, -1234)],
    ['range', [0n, -1n], []],
    ['range', [0n, 0n], [0n]],
    ['range', [1381n, -3412n, -1298n], ints(1381, 83, -1215, -2513)],
    ['range', [-3412n, 1381n, 1298n], ints(-3412, -2114, -816, 482)],
    ['range', [0n, 1n, 2n], [0n]],
    ['range', [0n, 1n, -1n], []],
    ['range', [0n, 0n, -1n], [0n]],
    ['range', [null, 1n], null],
  ];
  for (const [fn, args, expected] of cases) {
    it(`${fn}(${args.map(String).join(', ')})`, () => expectValue(callFn(fn, args), expected));
  }

  it('range sign property: empty exactly when the direction disagrees with the step', () => {
    for (const stop of ints(1, 2, 500, 1000, 1500)) {
      for (const step of ints(-1000, -3, -2, -1, 1, 2, 3, 1000)) {
        const l = callFn('range', [0n, stop, step]) as bigint[];
        expect(l.length === 0, `range(0, ${stop}, ${step})`).to.equal(step < 0n);
        for (const x of l) expect(x >= 0n && x <= stop).to.equal(true);
      }
    }
  });

  const errors: Array<[string, CypherValue[], string, string]> = [
    ['range', [2n, 8n, 0n], 'ArgumentError', 'NumberOutOfRange'],
    ['range', [0n, 0n, 0n], 'ArgumentError', 'NumberOutOfRange'],
    ['range', [true, 1n, 1n], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0.0, 1n, 1n], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [-0.0, 1n, 1n], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0n, 1.1, 1n], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0n, 1n, 'xyz'], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0n, [1n], 1n], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0n, 1n, map({ step: 1n })], 'ArgumentError', 'InvalidArgumentType'],
    ['range', [0n, 10n ** 12n], 'ArgumentError', 'NumberOutOfRange'],
    ['head', ['abc'], 'TypeError', 'InvalidArgumentValue'],
    ['tail', [1n], 'TypeError', 'InvalidArgumentValue'],
    ['isEmpty', [1n], 'TypeError', 'InvalidArgumentValue'],
  ];
  for (const [fn, args, cls, detail] of errors) {
    it(`${fn}(${args.map(String).join(', ')}) fails with ${cls} ${detail}`, () =>
      expectCypherError(() => callFn(fn, args), cls, detail));
  }
});
