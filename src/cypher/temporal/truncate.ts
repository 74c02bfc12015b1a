/**
 * date.truncate / localtime.truncate / time.truncate / localdatetime.truncate / datetime.truncate:
 * cut a temporal value down to a unit (millennium ... microsecond), then apply the optional map of
 * components on top ({day: 2}, {dayOfWeek: 2}, {nanosecond: 2}, {timezone: 'Europe/Stockholm'}).
 * A timezone in the map is attached to the truncated wall clock, not converted.
 */
import { argumentTypeError } from '../values/errors';
import type { CypherMap } from '../values/types';
import { civilOf, dayOfWeek, epochDayOf, floorMod, isoWeek, quarterStart, weekYearStart } from './calendar';
import { buildDate, buildTime, canonicalKeys, zoneOf, type PointType } from './construct';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, PointValue, TimeValue } from './point';
import { UTC, invalidTemporal, offsetAt, parseZone } from './zone';

const OVERRIDABLE = new Set(['year', 'month', 'day', 'week', 'dayOfWeek', 'ordinalDay', 'quarter', 'dayOfQuarter', 'hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond', 'timezone']);
const DATE_UNITS = ['millennium', 'century', 'decade', 'year', 'weekYear', 'quarter', 'month', 'week', 'day'];
const TIME_UNITS: Record<string, number> = {
  day: 86_400e9,
  hour: 3_600e9,
  minute: 60e9,
  second: 1e9,
  millisecond: 1e6,
  microsecond: 1e3,
};

function truncateDay(unit: string, day: number): number {
  const { year, month } = civilOf(day);
  switch (unit) {
    case 'millennium':
      return epochDayOf(year - floorMod(year, 1000), 1, 1);
    case 'century':
      return epochDayOf(year - floorMod(year, 100), 1, 1);
    case 'decade':
      return epochDayOf(year - floorMod(year, 10), 1, 1);
    case 'year':
      return epochDayOf(year, 1, 1);
    case 'weekYear':
      return weekYearStart(isoWeek(day).weekYear);
    case 'quarter':
      return quarterStart(year, Math.floor((month - 1) / 3) + 1);
    case 'month':
      return epochDayOf(year, month, 1);
    case 'week':
      return day - (dayOfWeek(day) - 1);
    default:
      return day;
  }
}

export function truncate(type: PointType, unit: string, value: PointValue, map: CypherMap | null): PointValue {
  const wantsDate = type === 'Date' || type === 'LocalDateTime' || type === 'DateTime';
  const wantsTime = type !== 'Date';
  const isDateUnit = DATE_UNITS.includes(unit);
  if (!isDateUnit && TIME_UNITS[unit] === undefined) throw invalidTemporal(`unknown truncation unit: ${unit}`);
  if (!wantsTime && !isDateUnit) throw invalidTemporal(`cannot truncate a date to ${unit}`);
  if (!wantsDate && isDateUnit && unit !== 'day') throw invalidTemporal(`cannot truncate a time to ${unit}`);
  if (wantsDate && !value.hasDate) throw argumentTypeError(`${type.toLowerCase()}.truncate`, `${value.temporalType} has no date`);

  const day = wantsDate ? truncateDay(unit, value.epochDay) : 0;
  let nano = 0;
  if (!isDateUnit || unit === 'day') {
    const step = TIME_UNITS[unit];
    nano = value.hasTime ? Math.floor(value.nanoOfDay / step) * step : 0;
  }
  const overrides = canonicalKeys(map ?? new Map());
  for (const k of overrides.keys()) {
    if (!OVERRIDABLE.has(k)) throw invalidTemporal(`cannot set ${k} when truncating`);
  }
  const tz = overrides.get('timezone');
  overrides.delete('timezone');
  if (tz !== undefined && tz !== null && typeof tz !== 'string') throw argumentTypeError('truncate', 'timezone must be a STRING');
  const base = new LocalDateTimeValue(day, nano);
  const d = wantsDate ? buildDate(overrides, base) : 0;
  const n = wantsTime ? buildTime(overrides, base) : 0;
  const zone = typeof tz === 'string' ? parseZone(tz) : zoneOf(value) ?? UTC;
  switch (type) {
    case 'Date':
      return new DateValue(d);
    case 'LocalTime':
      return new LocalTimeValue(n);
    case 'LocalDateTime':
      return new LocalDateTimeValue(d, n);
    case 'Time': {
      const off = zone.id === null ? zone.fixed : value.temporalType === 'DateTime' && value.zone?.id === zone.id ? value.offset : offsetAt(zone, Math.floor(Date.now() / 1000));
      return new TimeValue(n, off);
    }
    default:
      return DateTimeValue.ofLocal(d, n, zone, value.temporalType === 'DateTime' ? value.offset : undefined);
  }
}
