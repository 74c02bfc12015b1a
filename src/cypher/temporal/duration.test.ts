import { expect } from 'chai';
import fc from 'fast-check';
import { CypherError } from '../values/types';
import { durationFromMap } from './construct';
import { DurationValue } from './duration';
import { parseDuration } from './parse';

const dur = (o: Record<string, bigint | number>) => durationFromMap(new Map(Object.entries(o)));

describe('temporal/duration', () => {
  const fromMaps: [Record<string, bigint | number>, string][] = [
    [{ days: 14n, hours: 16n, minutes: 12n }, 'P14DT16H12M'],
    [{ months: 5n, days: 1.5 }, 'P5M1DT12H'],
    [{ months: 0.75 }, 'P22DT19H51M49.5S'],
    [{ weeks: 2.5 }, 'P17DT12H'],
    [{ years: 12n, months: 5n, days: 14n, hours: 16n, minutes: 12n, seconds: 70n }, 'P12Y5M14DT16H13M10S'],
    [{ days: 14n, seconds: 70n, nanoseconds: 1n }, 'P14DT1M10.000000001S'],
    [{ minutes: 1.5, seconds: 1n }, 'PT1M31S'],
    [{ years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3n }, 'P12Y11M29DT33H58M13.500000003S'],
    [{ minutes: 12n, seconds: -60n }, 'PT11M'],
    [{ seconds: -2n, milliseconds: 1n }, 'PT-1.999S'],
    [{ seconds: -60n, milliseconds: -1n }, 'PT-1M-0.001S'],
    [{ days: 1n, milliseconds: -1n }, 'P1DT-0.001S'],
    [{ quarters: 5n }, 'P1Y3M'],
    [{ seconds: 0.1 }, 'PT0.1S'],
  ];
  for (const [map, text] of fromMaps) {
    it(`duration(${JSON.stringify(map, (_, v) => (typeof v === 'bigint' ? Number(v) : v))}) = ${text}`, () => {
      expect(dur(map).toString()).to.equal(text);
    });
  }

  it('keeps nanos in [0, 1e9) and seconds floored, as the accessors show', () => {
    const d = parseDuration('PT-23H-59M-59.9S');
    expect(d.get('seconds')).to.equal(-86400n);
    expect(d.get('nanosecondsOfSecond')).to.equal(100000000n);
  });

  it('has every accessor the TCK lists', () => {
    const d = dur({ years: 1n, months: 4n, days: 10n, hours: 1n, minutes: 1n, seconds: 1n, nanoseconds: 111111111n });
    const expected: Record<string, bigint> = {
      years: 1n, quarters: 5n, months: 16n, weeks: 1n, days: 10n, hours: 1n, minutes: 61n, seconds: 3661n,
      milliseconds: 3661111n, microseconds: 3661111111n, nanoseconds: 3661111111111n, quartersOfYear: 1n,
      monthsOfQuarter: 1n, monthsOfYear: 4n, daysOfWeek: 3n, minutesOfHour: 1n, secondsOfMinute: 1n,
      millisecondsOfSecond: 111n, microsecondsOfSecond: 111111n, nanosecondsOfSecond: 111111111n,
    };
    for (const [k, v] of Object.entries(expected)) expect(d.get(k), k).to.equal(v);
    expect(d.get('year')).to.equal(undefined);
  });

  const base = 'P12Y5M14DT16H13M10.000000001S';
  const ops: [string, (d: DurationValue) => unknown, string][] = [
    ['+ itself', (d) => d.add(d), 'P24Y10M28DT32H26M20.000000002S'],
    ['- itself', (d) => d.subtract(d), 'PT0S'],
    ['* 2', (d) => d.multiply(2n), 'P24Y10M28DT32H26M20.000000002S'],
    ['* 0.5', (d) => d.multiply(0.5), 'P6Y2M22DT13H21M8S'],
    ['/ 2', (d) => d.divide(2n), 'P6Y2M22DT13H21M8S'],
    ['/ 0.5', (d) => d.divide(0.5), 'P24Y10M28DT32H26M20.000000002S'],
    ['* -1', (d) => d.multiply(-1n), 'P-12Y-5M-14DT-16H-13M-10.000000001S'],
  ];
  for (const [what, f, text] of ops) {
    it(`${base} ${what} = ${text}`, () => expect(String(f(parseDuration(base)))).to.equal(text));
  }

  it('is undefined for operands that are not durations or numbers, and refuses division by zero', () => {
    const d = parseDuration('P1D');
    expect(d.add('x')).to.equal(undefined);
    expect(d.multiply(d)).to.equal(undefined);
    expect(() => d.divide(0n)).to.throw(CypherError).with.property('cypherClass', 'ArithmeticError');
    expect(() => d.multiply(Number.NaN)).to.throw(CypherError).with.property('cypherClass', 'ArgumentError');
    expect(() => d.divide(Infinity)).to.throw(CypherError).with.property('cypherClass', 'ArgumentError');
    expect(() => dur({ days: Number.NaN })).to.throw(CypherError).with.property('cypherClass', 'ArgumentError');
  });

  it('equals by components (P1Y = P12M) and is not ordered', () => {
    expect(parseDuration('P1Y').equals(parseDuration('P12M'))).to.equal(true);
    expect(parseDuration('PT70S').equals(parseDuration('PT1M10S'))).to.equal(true);
    expect(parseDuration('P1M').equals(parseDuration('P30D'))).to.equal(false);
    expect(parseDuration('P1D').compareTo(parseDuration('P2D'))).to.equal(null);
  });

  it('round-trips through its text', () => {
    const big = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    fc.assert(
      fc.property(big, big, big, fc.bigInt({ min: 0n, max: 999_999_999n }), (m, d, s, n) => {
        const v = new DurationValue(m, d, s, n);
        expect(parseDuration(v.toString()).equals(v), v.toString()).to.equal(true);
      }),
    );
  });
});
