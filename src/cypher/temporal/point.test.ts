import { expect } from 'chai';
import fc from 'fast-check';
import { parseDate, parseDateTime, parseDuration, parseLocalDateTime, parseLocalTime, parseTime } from './parse';
import type { PointValue } from './point';

describe('temporal/point', () => {
  it('date accessors, including week years (TCK Temporal5)', () => {
    const d = parseDate('1984-10-11');
    const expected = { year: 1984n, quarter: 4n, month: 10n, week: 41n, weekYear: 1984n, day: 11n, ordinalDay: 285n, weekDay: 4n, dayOfWeek: 4n, dayOfQuarter: 11n };
    for (const [k, v] of Object.entries(expected)) expect(d.get(k), k).to.equal(v);
    const jan1 = parseDate('1984-01-01');
    expect([jan1.get('weekYear'), jan1.get('week'), jan1.get('weekDay')]).to.deep.equal([1983n, 52n, 7n]);
    expect(d.get('hour')).to.equal(undefined);
    expect(d.get('timezone')).to.equal(undefined);
  });

  it('date-time accessors: time, zone and epoch components', () => {
    const d = parseDateTime('1984-11-11T12:31:14.645876123[Europe/Stockholm]');
    const expected: Record<string, unknown> = {
      hour: 12n, minute: 31n, second: 14n, millisecond: 645n, microsecond: 645876n, nanosecond: 645876123n,
      timezone: 'Europe/Stockholm', offset: '+01:00', offsetMinutes: 60n, offsetSeconds: 3600n,
      epochSeconds: 469020674n, epochMillis: 469020674645n,
    };
    for (const [k, v] of Object.entries(expected)) expect(d.get(k), k).to.equal(v);
    expect(parseTime('12:00-02:30').get('timezone')).to.equal('-02:30');
    expect(parseDateTime('1969-12-31T23:59:59.5Z').get('epochSeconds')).to.equal(-1n);
    expect(parseLocalTime('12:00').get('offset')).to.equal(undefined);
  });

  const arithmetic: [() => PointValue, string, string, string][] = [
    [() => parseDate('1984-10-11'), 'P12Y5M14DT16H12M70.000000002S', '1997-03-25', '1972-04-27'],
    [() => parseDate('1984-10-11'), 'P1M-14DT15H49M10S', '1984-10-28', '1984-09-25'],
    [() => parseLocalTime('12:31:14.000000001'), 'P12Y5M14DT16H12M70.000000002S', '04:44:24.000000003', '20:18:03.999999999'],
    [() => parseTime('12:31:14.000000001+01:00'), 'PT16H12M70S', '04:44:24.000000001+01:00', '20:18:04.000000001+01:00'],
    [() => parseLocalDateTime('1984-10-11T12:31:14.000000001'), 'P1M-14DT15H49M10S', '1984-10-29T04:20:24.000000001', '1984-09-24T20:42:04.000000001'],
    [() => parseDateTime('1984-10-11T12:31:14.000000001+01:00'), 'P1M-14DT15H49M10S', '1984-10-29T04:20:24.000000001+01:00', '1984-09-24T20:42:04.000000001+01:00'],
    // a day across the autumn change keeps the wall clock; 24 hours keep the time line
    [() => parseDateTime('2017-10-28T12:00[Europe/Stockholm]'), 'P1D', '2017-10-29T12:00+01:00[Europe/Stockholm]', '2017-10-27T12:00+02:00[Europe/Stockholm]'],
    [() => parseDateTime('2017-10-28T12:00[Europe/Stockholm]'), 'PT24H', '2017-10-29T11:00+01:00[Europe/Stockholm]', '2017-10-27T12:00+02:00[Europe/Stockholm]'],
    [() => parseDate('2000-01-31'), 'P1M', '2000-02-29', '1999-12-31'],
  ];
  for (const [make, d, sum, diff] of arithmetic) {
    it(`${make().toString()} ± ${d} = ${sum} / ${diff}`, () => {
      const dur = parseDuration(d);
      expect(String(make().add(dur))).to.equal(sum);
      expect(String(make().subtract(dur))).to.equal(diff);
    });
  }

  it('only durations can be added, nothing multiplied', () => {
    const d = parseDate('2020-01-01');
    expect(d.add(d)).to.equal(undefined);
    expect(d.add(1n)).to.equal(undefined);
    expect(d.multiply(2n)).to.equal(undefined);
  });

  it('compares within a type; date-times by instant, equal only with the same zone', () => {
    const a = parseDateTime('2018-01-01T00:00+01:00');
    const b = parseDateTime('2017-12-31T23:00Z');
    expect(a.compareTo(b)).to.equal(0);
    expect(a.equals(b)).to.equal(false);
    expect(a.equals(parseDateTime('2018-01-01T00:00+01:00'))).to.equal(true);
    expect(parseTime('10:00+01:00').compareTo(parseTime('09:35Z'))).to.equal(-1);
    expect(parseDate('1980-12-24').compareTo(parseDate('1984-10-11'))).to.equal(-1);
    expect(parseDate('1984-10-11').compareTo(parseLocalDateTime('1984-10-11T00:00'))).to.equal(null);
    expect(parseDate('1984-10-11').equals(parseLocalDateTime('1984-10-11T00:00'))).to.equal(false);
  });

  it('date-time order agrees with epoch nanoseconds', () => {
    const zones = ['Z', '+05:00', '-09:30', '[Europe/Stockholm]', '[America/New_York]'];
    const arb = fc.tuple(fc.integer({ min: 0, max: 60 * 365 }), fc.integer({ min: 0, max: 86399 }), fc.constantFrom(...zones)).map(([day, sec, z]) => {
      const iso = new Date(Date.UTC(1990, 0, 1 + day, 0, 0, sec)).toISOString().slice(0, 19);
      return parseDateTime(iso + z);
    });
    fc.assert(
      fc.property(arb, arb, (x, y) => {
        const byInstant = Math.sign(Number(x.epochNanos - y.epochNanos));
        expect(x.compareTo(y)).to.equal(byInstant);
      }),
    );
  });
});
