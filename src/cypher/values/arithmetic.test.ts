import { expect } from 'chai';
import { add, divide, modulo, multiply, negate, power, subtract } from './arithmetic';
import { FakeTemporal } from './testGraph';
import { CypherError, type CypherValue } from './types';

const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);

type Op = (a: CypherValue, b: CypherValue) => CypherValue;
const OPS: Record<string, Op> = { '+': add, '-': subtract, '*': multiply, '/': divide, '%': modulo, '^': power };

function expectCypherError(f: () => unknown, cypherClass: string, detail: string): void {
  try {
    f();
  } catch (e) {
    expect(e).to.be.instanceOf(CypherError);
    expect((e as CypherError).cypherClass).to.equal(cypherClass);
    expect((e as CypherError).detail).to.equal(detail);
    expect((e as CypherError).phase).to.equal('runtime');
    return;
  }
  expect.fail('expected a CypherError');
}

describe('values/arithmetic', () => {
  const results: Array<[CypherValue, string, CypherValue, CypherValue]> = [
    [1n, '+', 2n, 3n],
    [1n, '+', 2.5, 3.5],
    [0.5, '+', 1n, 1.5],
    [1n, '+', null, null],
    [null, '-', 1n, null],
    ['a', '+', 'b', 'ab'],
    ['a', '+', 1n, 'a1'],
    [1n, '+', 'a', '1a'],
    ['x', '+', 2.0, 'x2.0'],
    ['a', '+', true, 'atrue'],
    [false, '+', 'b', 'falseb'],
    ['a', '+', [1n], ['a', 1n]],
    [[1n, 10n, 100n], '+', [4n, 5n], [1n, 10n, 100n, 4n, 5n]],
    [[false, true], '+', false, [false, true, false]],
    [0n, '+', [1n], [0n, 1n]],
    [[[1n]], '+', [[2n]], [[1n], [2n]]],
    [5n, '-', 7n, -2n],
    [5n, '-', 0.5, 4.5],
    [6n, '*', 7n, 42n],
    [2n, '*', 1.5, 3.0],
    [12n, '/', 4n, 3n],
    [7n, '/', 2n, 3n],
    [-7n, '/', 2n, -3n], // truncates toward zero
    [7n, '/', 2.0, 3.5],
    [1.0, '/', 0n, Infinity],
    [-1n, '/', 0.0, -Infinity],
    [7n, '%', 3n, 1n],
    [-7n, '%', 3n, -1n], // sign of the dividend
    [7n, '%', -3n, 1n],
    [7.5, '%', 2n, 1.5],
    [2n, '^', 3n, 8.0],
    [4n, '^', 0.5, 2.0],
    [MAX, '+', 0n, MAX],
    [MIN, '+', 0.0, -(2 ** 63)],
  ];
  for (const [a, op, b, expected] of results) {
    it(`${String(a)} ${op} ${String(b)}`, () => {
      const r = OPS[op](a, b);
      expect(typeof r).to.equal(typeof expected);
      expect(r).to.deep.equal(expected);
    });
  }

  it('0.0 / 0.0 is NaN', () => expect(divide(0.0, 0.0)).to.be.NaN);
  it('integer modulo float zero is NaN', () => expect(modulo(1n, 0.0)).to.be.NaN);

  const errors: Array<[string, () => unknown, string, string]> = [
    ['MAX + 1', () => add(MAX, 1n), 'ArithmeticError', 'IntegerOverflow'],
    ['MIN - 1', () => subtract(MIN, 1n), 'ArithmeticError', 'IntegerOverflow'],
    ['MAX * 2', () => multiply(MAX, 2n), 'ArithmeticError', 'IntegerOverflow'],
    ['MIN / -1', () => divide(MIN, -1n), 'ArithmeticError', 'IntegerOverflow'],
    ['-MIN', () => negate(MIN), 'ArithmeticError', 'IntegerOverflow'],
    ['1 / 0', () => divide(1n, 0n), 'ArithmeticError', 'DivisionByZero'],
    ['1 % 0', () => modulo(1n, 0n), 'ArithmeticError', 'DivisionByZero'],
    ["'a' - 1", () => subtract('a', 1n), 'TypeError', 'InvalidArgumentType'],
    ['true + 1', () => add(true, 1n), 'TypeError', 'InvalidArgumentType'],
    ["'a' + {}", () => add('a', new Map()), 'TypeError', 'InvalidArgumentType'],
    ['{} + 1', () => add(new Map(), 1n), 'TypeError', 'InvalidArgumentType'],
    ["'a' * 2", () => multiply('a', 2n), 'TypeError', 'InvalidArgumentType'],
    ['[1] ^ 2', () => power([1n], 2n), 'TypeError', 'InvalidArgumentType'],
    ["-'a'", () => negate('a'), 'TypeError', 'InvalidArgumentType'],
    ['date + 1', () => add(new FakeTemporal('Date', 1), 1n), 'TypeError', 'InvalidArgumentType'],
    ['date * 2', () => multiply(new FakeTemporal('Date', 1), 2n), 'TypeError', 'InvalidArgumentType'],
  ];
  for (const [name, f, cls, detail] of errors) {
    it(`${name} is a ${cls} ${detail}`, () => expectCypherError(f, cls, detail));
  }

  describe('negate', () => {
    it('integers, floats, null', () => {
      expect(negate(5n)).to.equal(-5n);
      expect(Object.is(negate(0.0), -0)).to.equal(true);
      expect(negate(null)).to.equal(null);
    });
  });

  describe('temporal delegation', () => {
    const date = new FakeTemporal('Date', 10);
    const week = new FakeTemporal('Duration', 7);
    it('date + duration and duration + date', () => {
      expect(String(add(date, week))).to.equal('D17');
      expect(String(add(week, date))).to.equal('D17');
    });
    it('string + temporal concatenates the ISO form', () => expect(add('on ', date)).to.equal('on D10'));
    it('date - duration', () => expect(String(subtract(date, week))).to.equal('D3'));
    it('duration * n and n * duration', () => {
      expect(String(multiply(week, 2n))).to.equal('P14D');
      expect(String(multiply(2n, week))).to.equal('P14D');
    });
    it('duration / n and -duration', () => {
      expect(String(divide(week, 7n))).to.equal('P1D');
      expect(String(negate(week))).to.equal('P-7D');
    });
  });
});
