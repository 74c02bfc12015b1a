import { expect } from 'chai';
import { map } from '../values/testGraph';
import { NodeValue, type CypherValue } from '../values/types';
import { callFn, expectCypherError, expectValue } from './testContext';

describe('functions/conversion', () => {
  const cases: Array<[string, CypherValue[], CypherValue]> = [
    ['toBoolean', ['true'], true],
    ['toInteger', [82.9], 82n],
    ['toFloat', ['5'], 5.0],
    ['toString', [2.3], '2.3'],
    ['tostring', [42n], '42'],
    ['toBooleanOrNull', [1.0], null],
    ['toIntegerOrNull', [[1n]], null],
    ['toFloatOrNull', [true], null],
    ['toStringOrNull', [map({})], null],
    ['toStringOrNull', [7n], '7'],
    ['toBooleanList', [['true', 'x', null, 0n, 1.5]], [true, null, null, false, null]],
    ['toIntegerList', [['2', '2.9', 'foo', 3.7, [1n]]], [2n, 2n, null, 3n, null]],
    ['toFloatList', [['1', 2n, 'foo', true]], [1.0, 2.0, null, null]],
    ['toStringList', [[1n, 2.5, true, 'a', null, [1n]]], ['1', '2.5', 'true', 'a', null, null]],
    ['toIntegerList', [null], null],
  ];
  for (const [fn, args, expected] of cases) {
    it(`${fn}(${args.map(String).join(', ')})`, () => expectValue(callFn(fn, args), expected));
  }

  const invalid: Array<[string, CypherValue]> = [
    ['toBoolean', []],
    ['toBoolean', 1.0],
    ['toInteger', map({})],
    ['toFloat', true],
    ['toFloat', new NodeValue('n')],
    ['toString', [1n]],
    ['toIntegerList', 'abc'],
  ];
  for (const [fn, arg] of invalid) {
    it(`${fn} rejects ${Array.isArray(arg) ? 'a list' : String(arg)} with TypeError InvalidArgumentValue`, () =>
      expectCypherError(() => callFn(fn, [arg]), 'TypeError', 'InvalidArgumentValue'));
  }

  it('toInteger(1 - 1) is INTEGER 0', () => expect(callFn('toInteger', [0n])).to.equal(0n));
});
