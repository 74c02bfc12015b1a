import { expect } from 'chai';
import { callFn, expectCypherError, testContext } from '../functions/testContext';
import type { CypherValue } from '../values/types';
import { parseDate, parseDateTime, parseLocalDateTime, parseLocalTime, parseTime } from './parse';

const map = (o: Record<string, CypherValue>) => new Map(Object.entries(o));
const call = (name: string, ...args: CypherValue[]) => String(callFn(name, args));

describe('temporal/functions (through the registry)', () => {
  it('constructs from maps: week, ordinal and quarter dates; sub-second fields add up', () => {
    expect(call('date', map({ year: 1817n, week: 1n }))).to.equal('1816-12-30');
    expect(call('date', map({ year: 1984n, ordinalDay: 202n }))).to.equal('1984-07-20');
    expect(call('date', map({ year: 1984n, quarter: 3n, dayOfQuarter: 45n }))).to.equal('1984-08-14');
    expect(call('localtime', map({ hour: 12n, minute: 31n, second: 14n, nanosecond: 789n, millisecond: 123n, microsecond: 456n }))).to.equal('12:31:14.123456789');
    expect(call('datetime', map({ year: 1984n, ordinalDay: 202n, timezone: 'Europe/Stockholm' }))).to.equal('1984-07-20T00:00+02:00[Europe/Stockholm]');
    expect(call('time', map({ hour: 12n, timezone: '+02:05:59' }))).to.equal('12:00+02:05:59');
  });

  it('selects from other values; a timezone converts a zoned base and is attached to a local one', () => {
    const other = parseDateTime('1984-10-11T12:00[Europe/Stockholm]');
    expect(call('date', map({ date: parseDate('1984-11-11'), week: 1n }))).to.equal('1984-01-08');
    expect(call('date', map({ date: parseDate('1984-11-11'), quarter: 3n }))).to.equal('1984-08-11');
    expect(call('time', map({ time: other, second: 42n, timezone: '+05:00' }))).to.equal('16:00:42+05:00');
    expect(call('datetime', map({ datetime: other, day: 28n, second: 42n, timezone: 'Pacific/Honolulu' }))).to.equal('1984-10-28T01:00:42-10:00[Pacific/Honolulu]');
    expect(call('datetime', map({ date: parseDate('1984-03-28'), time: other }))).to.equal('1984-03-28T12:00+02:00[Europe/Stockholm]');
    expect(call('datetime', map({ datetime: parseLocalDateTime('1984-03-07T12:31'), timezone: '+05:00' }))).to.equal('1984-03-07T12:31+05:00');
    expect(call('localtime', other)).to.equal('12:00');
    expect(call('time', parseLocalTime('12:31'))).to.equal('12:31Z');
  });

  it('reads the statement, transaction and real clocks', () => {
    const ctx = { ...testContext(), transactionTime: new Date('2024-04-30T23:30:00Z') };
    expect(String(callFn('date', [], ctx))).to.equal('2024-05-01');
    expect(String(callFn('datetime.statement', [], ctx))).to.equal('2024-05-01T12:00Z');
    expect(String(callFn('date.transaction', [], ctx))).to.equal('2024-04-30');
    expect(String(callFn('localtime.transaction', ['Asia/Tokyo'], ctx))).to.equal('08:30');
    expect(String(callFn('datetime', [map({ timezone: 'Europe/Stockholm' })], ctx))).to.equal('2024-05-01T14:00+02:00[Europe/Stockholm]');
    const real = callFn('datetime.realtime', [], ctx) as ReturnType<typeof parseDateTime>;
    expect(Math.abs(Number(real.epochNanos / 1_000_000n) - Date.now())).to.be.below(5000);
  });

  it('propagates null', () => {
    for (const f of ['date', 'time', 'localtime', 'localdatetime', 'datetime', 'duration', 'date.statement', 'datetime.realtime']) {
      expect(callFn(f, [null]), f).to.equal(null);
    }
    for (const f of ['duration.between', 'duration.inMonths', 'duration.inDays', 'duration.inSeconds']) {
      expect(callFn(f, [null, parseDate('2020-01-01')]), f).to.equal(null);
    }
  });

  it('truncates and then applies the map', () => {
    const dt = parseDateTime('2017-10-11T12:31:14.645876123+01:00');
    expect(call('date.truncate', 'millennium', dt, map({ day: 2n }))).to.equal('2000-01-02');
    expect(call('date.truncate', 'weekYear', parseDate('1984-01-01'))).to.equal('1983-01-03');
    expect(call('date.truncate', 'week', dt, map({ dayOfWeek: 2n }))).to.equal('2017-10-10');
    expect(call('datetime.truncate', 'century', dt, map({ timezone: 'Europe/Stockholm' }))).to.equal('2000-01-01T00:00+01:00[Europe/Stockholm]');
    expect(call('localtime.truncate', 'millisecond', dt, map({ nanosecond: 2n }))).to.equal('12:31:14.645000002');
    expect(call('time.truncate', 'hour', parseTime('12:31:14-01:00'))).to.equal('12:00-01:00');
    expect(call('localdatetime.truncate', 'day', dt)).to.equal('2017-10-11T00:00');
  });

  it('computes durations between values of any two types', () => {
    const rows: [CypherValue, CypherValue, string, string, string, string][] = [
      [parseDate('1984-10-11'), parseDate('2015-06-24'), 'P30Y8M13D', 'P30Y8M', 'P11213D', 'PT269112H'],
      [parseDateTime('2014-07-21T21:40:36.143+0200'), parseDateTime('2015-07-21T21:40:32.142+0100'), 'P1YT59M55.999S', 'P1Y', 'P365D', 'PT8760H59M55.999S'],
      [parseLocalTime('14:30'), parseTime('16:30+0100'), 'PT2H', 'PT0S', 'PT0S', 'PT2H'],
      [parseTime('14:30'), parseTime('16:30+0100'), 'PT1H', 'PT0S', 'PT0S', 'PT1H'],
      [parseDateTime('2017-10-29T00:00[Europe/Stockholm]'), parseDate('2017-10-30'), 'P1D', 'PT0S', 'P1D', 'PT25H'],
      [parseLocalTime('00:00'), parseDateTime('2017-10-29T04:00[Europe/Stockholm]'), 'PT5H', 'PT0S', 'PT0S', 'PT5H'],
      [parseDate('-999999999-01-01'), parseDate('+999999999-12-31'), 'P1999999998Y11M30D', 'P1999999998Y11M', 'P730484999633D', 'PT17531639991192H'],
    ];
    for (const [a, b, between, months, days, seconds] of rows) {
      const label = `${a} -> ${b}`;
      expect(call('duration.between', a, b), label).to.equal(between);
      expect(call('duration.inMonths', a, b), label).to.equal(months);
      expect(call('duration.inDays', a, b), label).to.equal(days);
      expect(call('duration.inSeconds', a, b), label).to.equal(seconds);
    }
  });

  it('builds date-times from the epoch', () => {
    expect(call('datetime.fromepoch', 416779n, 999999999n)).to.equal('1970-01-05T19:46:19.999999999Z');
    expect(call('datetime.fromepochmillis', 237821673987n)).to.equal('1977-07-15T13:34:33.987Z');
    expect(call('datetime', map({ epochSeconds: 416779n, nanosecond: 1n, timezone: '+01:00' }))).to.equal('1970-01-05T20:46:19.000000001+01:00');
  });

  it('matches component names case-insensitively, with weekDay/quarterDay as aliases', () => {
    expect(call('date', map({ Year: 1984n, MONTH: 10n, day: 11n }))).to.equal('1984-10-11');
    expect(call('date', map({ year: 1984n, week: 10n, weekDay: 3n }))).to.equal('1984-03-07');
    expect(call('duration', map({ Days: 1n, HOURS: 2n }))).to.equal('P1DT2H');
    expectCypherError(() => callFn('date', [map({ year: 1984n, Year: 1985n })]), 'ArgumentError', 'InvalidArgumentValue');
  });

  it('raises Cypher errors for bad input', () => {
    expectCypherError(() => callFn('date.truncate', ['year', parseDate('2020-05-05'), map({ hours: 1n })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date', [parseLocalTime('12:00')]), 'TypeError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date', [1n]), 'TypeError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date', [map({ year: 2020n, hour: 1n })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date', [map({ month: 2n })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date', [map({ year: 2020n, month: 2n, day: 30n })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('datetime', [map({ year: 2020n, timezone: 'Nowhere/Land' })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('date.truncate', ['hour', parseDate('2020-01-01')]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('duration', [map({ fortnights: 1n })]), 'ArgumentError', 'InvalidArgumentValue');
    expectCypherError(() => callFn('duration.between', [1n, parseDate('2020-01-01')]), 'TypeError', 'InvalidArgumentValue');
  });
});
