import { expect } from 'chai';
import { parseNumber, toBoolean, toFloat, toInteger, toString } from './convert';
import { FakeTemporal, map } from './testGraph';
import { CypherError, NodeValue, PathValue, RelationshipValue, type CypherValue } from './types';

const node = new NodeValue('n');
const rel = new RelationshipValue('r');
const path = new PathValue([node], []);

function expectInvalidValue(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(e).to.be.instanceOf(CypherError);
    expect((e as CypherError).cypherClass).to.equal('TypeError');
    expect((e as CypherError).detail).to.equal('InvalidArgumentValue');
    return;
  }
  expect.fail('expected TypeError InvalidArgumentValue');
}

type Conv = (v: CypherValue, orNull?: boolean) => CypherValue;

function table(name: string, f: Conv, ok: Array<[CypherValue, CypherValue]>, invalid: CypherValue[]): void {
  describe(name, () => {
    for (const [input, expected] of ok) {
      it(`${name}(${String(input)}) = ${String(expected)}`, () => {
        const r = f(input);
        expect(typeof r).to.equal(typeof expected);
        if (typeof expected === 'number' && Number.isNaN(expected)) expect(r).to.be.NaN;
        else expect(r).to.equal(expected);
      });
    }
    for (const input of invalid) {
      const label = Array.isArray(input) ? 'a list' : input instanceof Map ? 'a map' : String(input?.constructor?.name ?? input);
      it(`${name}(${label}) fails, ${name}OrNull gives null`, () => {
        expectInvalidValue(() => f(input));
        expect(f(input, true)).to.equal(null);
      });
    }
  });
}

describe('values/convert', () => {
  table(
    'toBoolean',
    toBoolean,
    [
      [true, true],
      [false, false],
      ['true', true],
      ['false', false],
      ['TRUE', true],
      ['', null],
      [' tru ', null],
      ['f alse', null],
      [null, null],
      [0n, false],
      [7n, true],
    ],
    [[], map({}), 1.0, node, rel, path],
  );
  table(
    'toInteger',
    toInteger,
    [
      [82.9, 82n],
      [-2.9, -2n],
      [2n, 2n],
      ['42', 42n],
      ['2.9', 2n],
      ['1.7', 1n],
      ['foo', null],
      ['', null],
      [' 12 ', 12n],
      ['1e3', 1000n],
      ['9223372036854775807', 9223372036854775807n],
      [NaN, null],
      [1e30, null],
      [true, 1n],
      [null, null],
    ],
    [[], map({}), node, rel, path],
  );
  table(
    'toFloat',
    toFloat,
    [
      [3n, 3.0],
      [3.4, 3.4],
      ['5', 5.0],
      ['foo', null],
      ['', null],
      ['1e-3', 0.001],
      ['.5', 0.5],
      ['NaN', NaN],
      [null, null],
    ],
    [true, [], map({}), node, rel, path],
  );
  table(
    'toString',
    toString,
    [
      [42n, '42'],
      [2.3, '2.3'],
      [2.0, '2.0'],
      [1e20, '1.0E20'],
      [true, 'true'],
      ['apa', 'apa'],
      [null, null],
      [new FakeTemporal('Date', 5), 'D5'],
    ],
    [[], map({}), node, rel, path],
  );

  it('parseNumber keeps INTEGER text as INTEGER and falls back to FLOAT beyond 64 bits', () => {
    expect(parseNumber('-12')).to.equal(-12n);
    expect(parseNumber('1.5')).to.equal(1.5);
    expect(parseNumber('99999999999999999999')).to.equal(1e20);
    expect(parseNumber('0x10')).to.equal(null);
    expect(parseNumber('1,5')).to.equal(null);
  });
});
