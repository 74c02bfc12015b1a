/**
 * ISO 8601 text -> temporal values, in every form Cypher accepts: calendar (2015-07-21, 20150721,
 * 2015-07, 2015), week (2015-W30-2, 2015W302, 2015-W30) and ordinal (2015-202, 2015202) dates; times
 * with optional minutes, seconds and a fraction (21:40:32.142, 214032.142, 21); offsets (Z, +01:00,
 * +0100, -02) and [Region/Id] zones; durations (P14DT16H12M, P5M1.5D, P2.5W, PT-1.999S, and the
 * alternative form P2012-02-02T14:37:21.545).
 */
import { daysInMonth, epochDayOf, weekYearStart } from './calendar';
import { DurationValue } from './duration';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue, type PointValue } from './point';
import * as R from './rational';
import { UTC, invalidTemporal, parseOffset, parseZone, type Zone } from './zone';

const YEAR = '(\\d{4}|[+-]\\d{1,9})';
const DATE_FORMS: [RegExp, (m: RegExpExecArray) => number][] = [
  [new RegExp(`^${YEAR}$`), (m) => calendar(m[1], '1', '1')],
  [new RegExp(`^${YEAR}-?W(\\d{2})(?:-?(\\d))?$`), (m) => week(m[1], m[2], m[3] ?? '1')],
  [new RegExp(`^${YEAR}-?(\\d{3})$`), (m) => ordinal(m[1], m[2])],
  [new RegExp(`^${YEAR}-(\\d{2})(?:-(\\d{2}))?$`), (m) => calendar(m[1], m[2], m[3] ?? '1')],
  [new RegExp(`^${YEAR}(\\d{2})(\\d{2})?$`), (m) => calendar(m[1], m[2], m[3] ?? '1')],
];

const TIME_RE = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?$/;
const ZONE_SUFFIX_RE = /(Z|z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[([^\]]+)\])?$/;

function checkRange(what: string, v: number, lo: number, hi: number): number {
  if (!Number.isInteger(v) || v < lo || v > hi) throw invalidTemporal(`${what} out of range: ${v}`);
  return v;
}

export function calendar(y: string | number, m: string | number, d: string | number): number {
  const year = checkRange('year', Number(y), -999_999_999, 999_999_999);
  const month = checkRange('month', Number(m), 1, 12);
  const day = checkRange('day', Number(d), 1, daysInMonth(year, month));
  return epochDayOf(year, month, day);
}

export function week(y: string | number, w: string | number, dow: string | number): number {
  const year = checkRange('year', Number(y), -999_999_999, 999_999_999);
  const start = weekYearStart(year);
  const weeks = (weekYearStart(year + 1) - start) / 7;
  return start + (checkRange('week', Number(w), 1, weeks) - 1) * 7 + checkRange('dayOfWeek', Number(dow), 1, 7) - 1;
}

export function ordinal(y: string | number, d: string | number): number {
  const year = checkRange('year', Number(y), -999_999_999, 999_999_999);
  const start = epochDayOf(year, 1, 1);
  const len = epochDayOf(year + 1, 1, 1) - start;
  return start + checkRange('ordinalDay', Number(d), 1, len) - 1;
}

export function parseDateText(s: string): number {
  for (const [re, f] of DATE_FORMS) {
    const m = re.exec(s);
    if (m) return f(m);
  }
  throw invalidTemporal(`cannot parse date: ${s}`);
}

export function parseTimeText(s: string): number {
  const m = TIME_RE.exec(s);
  if (!m) throw invalidTemporal(`cannot parse time: ${s}`);
  const h = checkRange('hour', Number(m[1]), 0, 23);
  const mi = checkRange('minute', Number(m[2] ?? 0), 0, 59);
  const sec = checkRange('second', Number(m[3] ?? 0), 0, 59);
  const frac = m[4] ? Number(m[4].padEnd(9, '0')) : 0;
  return ((h * 60 + mi) * 60 + sec) * 1e9 + frac;
}

/** splits 'text+01:00[Europe/Stockholm]' into the text and its zone (undefined when none is given) */
function splitZone(s: string, allowRegion: boolean): { body: string; zone: Zone | undefined; offset: number | undefined } {
  const m = ZONE_SUFFIX_RE.exec(s);
  if (!m || m[0] === '') return { body: s, zone: undefined, offset: undefined };
  // a trailing '-02' in a date-less time body like '2140-02' is an offset; inside a date it is not
  const body = s.slice(0, m.index);
  const offset = m[1] !== undefined ? parseOffset(m[1]) : undefined;
  if (m[2] !== undefined) {
    if (!allowRegion) throw invalidTemporal(`a time cannot have a region zone: ${s}`);
    return { body, zone: parseZone(m[2]), offset };
  }
  return { body, zone: offset !== undefined ? { id: null, fixed: offset } : undefined, offset };
}

function splitDateTime(s: string): [string, string | undefined] {
  const i = s.indexOf('T');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

export function parseDate(s: string): DateValue {
  return new DateValue(parseDateText(splitDateTime(s)[0]));
}

export function parseLocalTime(s: string): LocalTimeValue {
  return new LocalTimeValue(parseTimeText(splitZone(s, false).body));
}

export function parseTime(s: string, defaultZone: Zone = UTC): TimeValue {
  const { body, offset } = splitZone(s, false);
  return new TimeValue(parseTimeText(body), offset ?? (defaultZone.id === null ? defaultZone.fixed : 0));
}

export function parseLocalDateTime(s: string): LocalDateTimeValue {
  const [d, t] = splitDateTime(s);
  return new LocalDateTimeValue(parseDateText(d), t === undefined ? 0 : parseTimeText(splitZone(t, true).body));
}

export function parseDateTime(s: string, defaultZone: Zone = UTC): DateTimeValue {
  const [d, t] = splitDateTime(s);
  const day = parseDateText(d);
  if (t === undefined) return DateTimeValue.ofLocal(day, 0, defaultZone);
  const { body, zone, offset } = splitZone(t, true);
  const nano = parseTimeText(body);
  if (zone === undefined) return DateTimeValue.ofLocal(day, nano, defaultZone);
  if (zone.id !== null && offset !== undefined) {
    // an explicit offset with a region: the instant it names, shown in the region
    return DateTimeValue.ofEpochNanos(new DateTimeValue(day, nano, offset, { id: null, fixed: offset }).epochNanos, zone);
  }
  return DateTimeValue.ofLocal(day, nano, zone);
}

export function parsePoint(type: PointValue['temporalType'], s: string): PointValue {
  switch (type) {
    case 'Date':
      return parseDate(s);
    case 'LocalTime':
      return parseLocalTime(s);
    case 'Time':
      return parseTime(s);
    case 'LocalDateTime':
      return parseLocalDateTime(s);
    default:
      return parseDateTime(s);
  }
}

const NUM = '([-+]?\\d+(?:[.,]\\d+)?)';
const DURATION_RE = new RegExp(`^([-+]?)P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`, 'i');
const ALT_DURATION_RE = /^([-+]?)P(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2}(?:[.,]\d{1,9})?))?$/i;

export function parseDuration(s: string): DurationValue {
  const r = (x: string | undefined) => (x === undefined ? R.ZERO : R.fromDecimal(x));
  let m = DURATION_RE.exec(s);
  if (m && s !== 'P' && !/T$/i.test(s)) {
    const sign = m[1] === '-' ? -1n : 1n;
    const months = R.add(R.scale(r(m[2]), 12n), r(m[3]));
    const days = R.add(R.scale(r(m[4]), 7n), r(m[5]));
    const seconds = R.add(R.add(R.scale(r(m[6]), 3600n), R.scale(r(m[7]), 60n)), r(m[8]));
    return DurationValue.approximate(R.scale(months, sign), R.scale(days, sign), R.scale(seconds, sign), R.ZERO);
  }
  m = ALT_DURATION_RE.exec(s);
  if (m) {
    const sign = m[1] === '-' ? -1n : 1n;
    const months = R.rat(BigInt(m[2]) * 12n + BigInt(m[3]));
    const days = R.rat(BigInt(m[4]));
    const seconds = R.add(R.rat(BigInt(m[5] ?? 0) * 3600n + BigInt(m[6] ?? 0) * 60n), r(m[7]));
    return DurationValue.approximate(R.scale(months, sign), R.scale(days, sign), R.scale(seconds, sign), R.ZERO);
  }
  throw invalidTemporal(`cannot parse duration: ${s}`);
}
