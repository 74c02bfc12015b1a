import { expect } from 'chai';
import fc from 'fast-check';
import type { CypherValue } from '../values/types';
import { roundDecimal } from './rounding';
import { callFn, expectCypherError, expectValue } from './testContext';

describe('functions/math', () => {
  const cases: Array<[string, CypherValue[], CypherValue]> = [
    ['abs', [-1n], 1n],
    ['abs', [-1.5], 1.5],
    ['abs', [null], null],
    ['ceil', [0.1], 1.0],
    ['ceil', [2n], 2.0],
    ['floor', [0.9], 0.0],
    ['floor', [-0.5], -1.0],
    ['round', [3.5], 4.0],
    ['round', [-1.5], -1.0], // ties toward positive infinity
    ['round', [2n], 2.0],
    ['round', [3.141592, 3n], 3.142],
    ['round', [-1.5, 0n], -1.0], // precision 0 without a mode agrees with round(x)
    ['round', [-1.55, 1n], -1.6], // HALF_UP: ties away from zero
    ['round', [1.005, 2n], 1.01], // decimal, not binary, rounding
    ['round', [1234.5, -2n], 1200.0],
    ['round', [1.25, 1n, 'HALF_EVEN'], 1.2],
    ['round', [1.35, 1n, 'half_even'], 1.4],
    ['round', [1.25, 1n, 'HALF_DOWN'], 1.2],
    ['round', [1.21, 1n, 'UP'], 1.3],
    ['round', [-1.21, 1n, 'UP'], -1.3],
    ['round', [1.29, 1n, 'DOWN'], 1.2],
    ['round', [-1.21, 1n, 'CEILING'], -1.2],
    ['round', [-1.21, 1n, 'FLOOR'], -1.3],
    ['round', [-1.5, 0n, 'HALF_UP'], -2.0],
    ['round', [null, 1n], null],
    ['sign', [-5n], -1n],
    ['sign', [0.0], 0n],
    ['sign', [2.5], 1n],
    ['sqrt', [12.96], 3.6],
    ['sqrt', [-1n], NaN],
    ['exp', [0n], 1.0],
    ['log', [1n], 0.0],
    ['log10', [1000n], 3.0],
    ['log', [0n], -Infinity],
    ['e', [], Math.E],
    ['pi', [], Math.PI],
    ['sin', [0n], 0.0],
    ['cos', [0n], 1.0],
    ['tan', [0n], 0.0],
    ['cot', [Math.PI / 4], 1.0000000000000002],
    ['asin', [1n], Math.PI / 2],
    ['acos', [1n], 0.0],
    ['atan', [0n], 0.0],
    ['atan2', [1n, 1n], Math.PI / 4],
    ['atan2', [null, 1n], null],
    ['degrees', [Math.PI], 180.0],
    ['radians', [180n], Math.PI],
    ['haversin', [0n], 0.0],
    ['isNaN', [NaN], true],
    ['isNaN', [1n], false],
    ['isNaN', [1.0], false],
    ['isNaN', [null], null],
  ];
  for (const [fn, args, expected] of cases) {
    it(`${fn}(${args.map(String).join(', ')}) = ${String(expected)}`, () => expectValue(callFn(fn, args), expected));
  }

  it('rand() is a FLOAT in [0, 1) and not deterministic', () => {
    const x = callFn('rand', []) as number;
    expect(x).to.be.a('number').within(0, 1);
    expect(x).to.be.lessThan(1);
  });

  const errors: Array<[string, CypherValue[], string, string]> = [
    ['abs', [-(2n ** 63n)], 'ArithmeticError', 'IntegerOverflow'],
    ['abs', ['1'], 'TypeError', 'InvalidArgumentValue'],
    ['sqrt', [true], 'TypeError', 'InvalidArgumentValue'],
    ['round', [1.5, 1n, 'SIDEWAYS'], 'ArgumentError', 'InvalidArgumentValue'],
    ['round', [1.5, 'x'], 'TypeError', 'InvalidArgumentValue'],
  ];
  for (const [fn, args, cls, detail] of errors) {
    it(`${fn}(${args.map(String).join(', ')}) fails with ${cls} ${detail}`, () =>
      expectCypherError(() => callFn(fn, args), cls, detail));
  }

  it('roundDecimal keeps values already at the precision, and gives no negative zero', () => {
    expect(roundDecimal(1.5, 3, 'HALF_UP')).to.equal(1.5);
    expect(Object.is(roundDecimal(-0.04, 1, 'HALF_UP'), 0)).to.equal(true);
    expect(Object.is(callFn('round', [-0.4]), 0)).to.equal(true);
    expect(roundDecimal(0.05, 1, 'HALF_UP')).to.equal(0.1);
    expect(roundDecimal(0.004, 1, 'UP')).to.equal(0.1);
    expect(roundDecimal(Infinity, 1, 'UP')).to.equal(Infinity);
  });

  it('property: roundDecimal stays within half a unit and respects the mode direction', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, p) => {
        const unit = 10 ** -p;
        const tolerance = unit * 1e-9 + Math.abs(x) * 1e-15;
        expect(Math.abs(roundDecimal(x, p, 'HALF_UP') - x)).to.be.at.most(unit / 2 + tolerance);
        expect(Math.abs(roundDecimal(x, p, 'DOWN'))).to.be.at.most(Math.abs(x) + tolerance);
        expect(Math.abs(roundDecimal(x, p, 'UP'))).to.be.at.least(Math.abs(x) - tolerance);
        expect(roundDecimal(x, p, 'FLOOR')).to.be.at.most(x + tolerance);
        expect(roundDecimal(x, p, 'CEILING')).to.be.at.least(x - tolerance);
      }),
      { numRuns: 2000 },
    );
  });
});
