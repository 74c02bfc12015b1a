import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { civilOf, dayOfWeek, epochDayOf, isoWeek, monthsBetween, ordinalDayOf, plusMonths, weekYearStart } from './calendar';

describe('temporal/calendar', () => {
  it('epoch days agree with Temporal.PlainDate over its whole range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        const p = Temporal.PlainDate.from('1970-01-01').add({ days: day });
        const c = civilOf(day);
        expect([c.year, c.month, c.day]).to.deep.equal([p.year, p.month, p.day]);
        expect(epochDayOf(p.year, p.month, p.day)).to.equal(day);
        expect(dayOfWeek(day)).to.equal(p.dayOfWeek);
        expect(ordinalDayOf(day)).to.equal(p.dayOfYear);
        expect(isoWeek(day)).to.deep.equal({ weekYear: p.yearOfWeek, week: p.weekOfYear });
      }),
      { numRuns: 2000 },
    );
  });

  it('civilOf inverts epochDayOf beyond Temporal, up to years ±999,999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(civilOf(epochDayOf(y, m, d))).to.deep.equal({ year: y, month: m, day: d });
      }),
    );
  });

  const weekStarts: [number, string][] = [
    [1816, '1816-01-01'],
    [1817, '1816-12-30'],
    [1818, '1817-12-29'],
    [1819, '1819-01-04'],
    [1984, '1984-01-02'],
  ];
  for (const [wy, iso] of weekStarts) {
    it(`week year ${wy} starts on ${iso}`, () => {
      const [y, m, d] = iso.split('-').map(Number);
      expect(weekYearStart(wy)).to.equal(epochDayOf(y, m, d));
    });
  }

  const months: [string, number, string][] = [
    ['1984-01-31', 1, '1984-02-29'],
    ['1985-01-31', 1, '1985-02-28'],
    ['1984-10-11', 149, '1997-03-11'],
    ['1984-10-11', -155, '1971-11-11'],
    ['2000-03-31', -1, '2000-02-29'],
  ];
  for (const [from, n, to] of months) {
    it(`plusMonths(${from}, ${n}) = ${to} (clamped to the month's end)`, () => {
      const day = (s: string) => epochDayOf(...(s.split('-').map(Number) as [number, number, number]));
      expect(plusMonths(day(from), n)).to.equal(day(to));
    });
  }

  it('monthsBetween counts whole months as java.time does', () => {
    const day = (s: string) => epochDayOf(...(s.split('-').map(Number) as [number, number, number]));
    expect(monthsBetween(day('1984-10-11'), day('2015-06-24'))).to.equal(368);
    expect(monthsBetween(day('2018-03-11'), day('2016-06-24'))).to.equal(-20);
    expect(monthsBetween(day('2015-01-31'), day('2015-02-28'))).to.equal(0);
  });
});
