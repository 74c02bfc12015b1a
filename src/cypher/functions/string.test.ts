import { expect } from 'chai';
import type { CypherValue } from '../values/types';
import { callFn, expectCypherError, expectValue } from './testContext';

describe('functions/string', () => {
  const cases: Array<[string, CypherValue[], CypherValue]> = [
    ['toUpper', ['abc'], 'ABC'],
    ['upper', ['abc'], 'ABC'],
    ['TOLOWER', ['AbC'], 'abc'],
    ['lower', ['AbC'], 'abc'],
    ['toUpper', [null], null],
    ['trim', ['  a b  '], 'a b'],
    ['ltrim', ['  a  '], 'a  '],
    ['rtrim', ['  a  '], '  a'],
    ['btrim', ['xxaxx', 'x'], 'a'],
    ['ltrim', ['xxaxx', 'x'], 'axx'],
    ['rtrim', ['xxaxx', 'x'], 'xxa'],
    ['trim', ['\t\na\n'], 'a'],
    ['replace', ['hello world', 'o', '0'], 'hell0 w0rld'],
    ['replace', ['abc', '', '-'], '-a-b-c-'],
    ['replace', ['abc', null, '-'], null],
    ['substring', ['0123456789', 1n], '123456789'],
    ['substring', ['0123456789', 1n, 3n], '123'],
    ['substring', ['0123', 10n], ''],
    ['substring', ['0123', 2n, 100n], '23'],
    ['substring', ['a😀b', 1n, 1n], '😀'],
    ['substring', [null, 1n], null],
    ['left', ['hello', 3n], 'hel'],
    ['left', ['hi', 10n], 'hi'],
    ['right', ['hello', 3n], 'llo'],
    ['right', ['hi', 10n], 'hi'],
    ['right', [null, 3n], null],
    ['split', ['one1two', '1'], ['one', 'two']],
    ['split', ['a,b,', ','], ['a', 'b', '']],
    ['split', ['abc', ''], ['a', 'b', 'c']],
    ['split', ['a,b;c', [',', ';']], ['a', 'b', 'c']],
    ['split', [null, ','], null],
    ['reverse', ['raksO'], 'Oskar'],
    ['reverse', ['a😀b'], 'b😀a'],
    ['reverse', [[1n, 2n, 3n]], [3n, 2n, 1n]],
    ['reverse', [null], null],
    ['size', ['hello'], 5n],
    ['size', ['😀'], 1n],
    ['char_length', ['a😀'], 2n],
    ['CHARACTER_LENGTH', [''], 0n],
    ['size', [[1n, 2n, 3n]], 3n],
    ['size', [[]], 0n],
    ['size', [null], null],
  ];
  for (const [fn, args, expected] of cases) {
    it(`${fn}(${args.map((a) => JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).join(', ')})`, () =>
      expectValue(callFn(fn, args), expected));
  }

  const errors: Array<[string, CypherValue[], string, string]> = [
    ['toUpper', [1n], 'TypeError', 'InvalidArgumentValue'],
    ['trim', [[]], 'TypeError', 'InvalidArgumentValue'],
    ['substring', ['abc', -1n], 'ArgumentError', 'NegativeIntegerArgument'],
    ['substring', ['abc', 'x'], 'TypeError', 'InvalidArgumentValue'],
    ['left', ['abc', -1n], 'ArgumentError', 'NegativeIntegerArgument'],
    ['left', ['abc', null], 'ArgumentError', 'InvalidArgumentValue'],
    ['right', ['abc', null], 'ArgumentError', 'InvalidArgumentValue'],
    ['substring', ['abc', null], 'ArgumentError', 'InvalidArgumentValue'],
    ['substring', ['abc', 0n, null], 'ArgumentError', 'InvalidArgumentValue'],
    ['size', [1n], 'TypeError', 'InvalidArgumentValue'],
    ['reverse', [true], 'TypeError', 'InvalidArgumentValue'],
  ];
  for (const [fn, args, cls, detail] of errors) {
    it(`${fn} fails with ${cls} ${detail}`, () => expectCypherError(() => callFn(fn, args), cls, detail));
  }

  it('reverse copies the list', () => {
    const l = [1n, 2n];
    callFn('reverse', [l]);
    expect(l).to.deep.equal([1n, 2n]);
  });
});

describe('functions/string replace', () => {
  it('treats $ patterns in the replacement literally', () => {
    expect(callFn('replace', ['a.b', '.', '$&$&'])).to.equal('a$&$&b');
  });
});
