/**
 * Building temporal values from maps ({year: 1984, week: 10, dayOfWeek: 3}), from other temporal
 * values (selection, with overriding components: {date: d, time: t, day: 28, timezone: '+05:00'}),
 * and from the clock. A component the map leaves out comes from the base value when there is one,
 * else it takes its smallest value. A timezone given next to a base that has one converts the
 * instant; given next to a local base it is attached.
 */
import { argumentTypeError } from '../values/errors';
import type { CypherMap } from '../values/types';
import { NANOS_PER_DAY, civilOf, dayOfQuarterOf, dayOfWeek, floorMod, isoWeek, quarterStart } from './calendar';
import { DurationValue } from './duration';
import { calendar, ordinal, week } from './parse';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, PointValue, TimeValue } from './point';
import * as R from './rational';
import { UTC, invalidTemporal, offsetAt, parseZone, type Zone } from './zone';

export type PointType = PointValue['temporalType'];

const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayOfWeek', 'ordinalDay', 'quarter', 'dayOfQuarter'];
const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'];
const KNOWN: Record<PointType, Set<string>> = {
  Date: new Set([...DATE_KEYS, 'date', 'timezone']),
  LocalTime: new Set([...TIME_KEYS, 'time', 'timezone']),
  Time: new Set([...TIME_KEYS, 'time', 'timezone']),
  LocalDateTime: new Set([...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime', 'timezone']),
  DateTime: new Set([...DATE_KEYS, ...TIME_KEYS, 'date', 'time', 'datetime', 'timezone', 'epochSeconds', 'epochMillis']),
};

function intField(map: CypherMap, key: string): number | undefined {
  const v = map.get(key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw argumentTypeError('temporal', `${key} must be an INTEGER`);
}

function baseField(map: CypherMap, key: string): PointValue | undefined {
  const v = map.get(key);
  if (v === undefined || v === null) return undefined;
  if (!(v instanceof PointValue)) throw argumentTypeError('temporal', `${key} must be a temporal value`);
  return v;
}

/** the zone a value carries (Time: its offset; DateTime: its zone); undefined for local values */
export function zoneOf(v: PointValue): Zone | undefined {
  if (v.temporalType === 'DateTime') return v.zone as Zone;
  if (v.temporalType === 'Time') return { id: null, fixed: v.offset };
  return undefined;
}

export function buildDate(map: CypherMap, base: PointValue | undefined): number {
  const f = (k: string) => intField(map, k);
  const b = base?.hasDate ? base.epochDay : undefined;
  const year = f('year');
  if (year === undefined && b === undefined) throw invalidTemporal('a date needs a year');
  if (f('week') !== undefined || f('dayOfWeek') !== undefined) {
    const iso = b !== undefined ? isoWeek(b) : undefined;
    return week(year ?? iso!.weekYear, f('week') ?? iso?.week ?? 1, f('dayOfWeek') ?? (b !== undefined ? dayOfWeek(b) : 1));
  }
  const civil = b !== undefined ? civilOf(b) : undefined;
  const y = year ?? civil!.year;
  if (f('ordinalDay') !== undefined) return ordinal(y, f('ordinalDay')!);
  if (f('quarter') !== undefined || f('dayOfQuarter') !== undefined) {
    const q = f('quarter') ?? (civil ? Math.floor((civil.month - 1) / 3) + 1 : 1);
    const dq = f('dayOfQuarter') ?? (b !== undefined ? dayOfQuarterOf(b) : 1);
    if (q < 1 || q > 4) throw invalidTemporal(`quarter out of range: ${q}`);
    const start = quarterStart(y, q);
    if (dq < 1 || dq > quarterStart(y + (q === 4 ? 1 : 0), q === 4 ? 1 : q + 1) - start) throw invalidTemporal(`dayOfQuarter out of range: ${dq}`);
    return start + dq - 1;
  }
  return calendar(y, f('month') ?? civil?.month ?? 1, f('day') ?? civil?.day ?? 1);
}

export function buildTime(map: CypherMap, base: PointValue | undefined): number {
  const f = (k: string) => intField(map, k);
  const bn = base?.hasTime ? base.nanoOfDay : 0;
  const bsec = Math.floor(bn / 1e9);
  const bsub = bn - bsec * 1e9;
  const h = f('hour') ?? Math.floor(bsec / 3600);
  const mi = f('minute') ?? Math.floor((bsec % 3600) / 60);
  const s = f('second') ?? bsec % 60;
  const ms = f('millisecond');
  const us = f('microsecond');
  const ns = f('nanosecond');
  let sub = bsub;
  if (ms !== undefined || us !== undefined || ns !== undefined) {
    sub = (ms ?? Math.floor(bsub / 1e6)) * 1e6 + (us ?? Math.floor(bsub / 1e3) % 1000) * 1e3 + (ns ?? bsub % 1000);
  }
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || sub < 0 || sub >= 1e9) {
    throw invalidTemporal(`time component out of range: ${h}:${mi}:${s}.${sub}`);
  }
  return ((h * 60 + mi) * 60 + s) * 1e9 + sub;
}

/** the current instant of `clock` as the given type, in `zone` (default UTC) */
export function now(type: PointType, clock: Date, zone: Zone = UTC): PointValue {
  return project(type, DateTimeValue.ofEpochNanos(BigInt(clock.getTime()) * 1_000_000n, zone));
}

/** a date-time as another type (drops what the type does not have) */
export function project(type: PointType, dt: DateTimeValue): PointValue {
  switch (type) {
    case 'Date':
      return new DateValue(dt.epochDay);
    case 'LocalTime':
      return new LocalTimeValue(dt.nanoOfDay);
    case 'Time':
      return new TimeValue(dt.nanoOfDay, dt.offset);
    case 'LocalDateTime':
      return new LocalDateTimeValue(dt.epochDay, dt.nanoOfDay);
    default:
      return dt;
  }
}

/** date(other), time(other) ...: the parts of another temporal value the type has */
export function select(type: PointType, other: PointValue): PointValue {
  const m: CypherMap = new Map();
  if (other.hasDate && KNOWN[type].has('date')) m.set('date', other);
  if (other.hasTime && KNOWN[type].has('time')) m.set('time', other);
  const needsDate = type === 'Date' || type === 'LocalDateTime' || type === 'DateTime';
  if (m.size === 0 || (needsDate && !other.hasDate)) throw argumentTypeError(type.toLowerCase(), `cannot make a ${type} from a ${other.temporalType}`);
  return fromMap(type, m, new Date(0));
}

const CANONICAL = new Map(
  [...KNOWN.DateTime, ...KNOWN.Time, 'weekDay', 'quarterDay', ...Object.keys({ years: 0, quarters: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0, milliseconds: 0, microseconds: 0, nanoseconds: 0 })].map((k) => [k.toLowerCase(), k]),
);
const ALIASES: Record<string, string> = { weekDay: 'dayOfWeek', quarterDay: 'dayOfQuarter' };

/** component names are matched case-insensitively (as Neo4j does); weekDay/quarterDay are aliases */
export function canonicalKeys(map: CypherMap): CypherMap {
  const out: CypherMap = new Map();
  for (const [k, v] of map) {
    const c = CANONICAL.get(k.toLowerCase()) ?? k;
    const name = ALIASES[c] ?? c;
    if (out.has(name)) throw invalidTemporal(`component given twice: ${k}`);
    out.set(name, v);
  }
  return out;
}

export function fromMap(type: PointType, input: CypherMap, clock: Date): PointValue {
  const map = canonicalKeys(input);
  for (const k of map.keys()) {
    if (!KNOWN[type].has(k)) throw invalidTemporal(`unknown component for ${type}: ${k}`);
  }
  const tzText = map.get('timezone');
  if (tzText !== undefined && tzText !== null && typeof tzText !== 'string') throw argumentTypeError('temporal', 'timezone must be a STRING');
  const target = typeof tzText === 'string' ? parseZone(tzText) : undefined;
  if ([...map.keys()].every((k) => k === 'timezone')) return now(type, clock, target);

  if (type === 'DateTime' && (map.has('epochSeconds') || map.has('epochMillis'))) return fromEpoch(map, target ?? UTC);

  const dt = baseField(map, 'datetime');
  const dateBase = baseField(map, 'date') ?? dt;
  const timeBase = baseField(map, 'time') ?? dt;
  if (dateBase && !dateBase.hasDate) throw argumentTypeError('temporal', 'date must have a date');
  if (map.has('time') && timeBase && !timeBase.hasTime) throw argumentTypeError('temporal', 'time must have a time');
  const hasDate = type === 'Date' || type === 'LocalDateTime' || type === 'DateTime';
  const hasTime = type !== 'Date';
  const day = hasDate ? buildDate(map, dateBase) : 0;
  const nano = hasTime ? buildTime(map, timeBase) : 0;
  const source = timeBase ? zoneOf(timeBase) : undefined;

  switch (type) {
    case 'Date':
      return new DateValue(day);
    case 'LocalTime':
      return new LocalTimeValue(nano);
    case 'LocalDateTime':
      return new LocalDateTimeValue(day, nano);
    case 'Time': {
      if (!source) return new TimeValue(nano, target ? offsetOf(target, clock) : 0);
      const from = (timeBase as PointValue).offset;
      if (!target) return new TimeValue(nano, from);
      const to = offsetOf(target, clock);
      return new TimeValue(floorMod(nano + (to - from) * 1e9, NANOS_PER_DAY), to);
    }
    default: {
      if (!source) return DateTimeValue.ofLocal(day, nano, target ?? UTC);
      const local = DateTimeValue.ofLocal(day, nano, source, (timeBase as PointValue).offset);
      return target ? local.withZoneSameInstant(target) : local;
    }
  }
}

/** a zone's offset now (a TIME in a region takes the region's current offset) */
function offsetOf(zone: Zone, clock: Date): number {
  return zone.id === null ? zone.fixed : offsetAt(zone, Math.floor(clock.getTime() / 1000));
}

function fromEpoch(map: CypherMap, zone: Zone): DateTimeValue {
  const sec = map.get('epochSeconds');
  const ms = map.get('epochMillis');
  let nanos = 0n;
  if (typeof sec === 'bigint') nanos = sec * 1_000_000_000n;
  else if (typeof ms === 'bigint') nanos = ms * 1_000_000n;
  else throw argumentTypeError('datetime', 'epochSeconds/epochMillis must be an INTEGER');
  const extra = (k: string, unit: bigint) => BigInt(intField(map, k) ?? 0) * unit;
  nanos += extra('millisecond', 1_000_000n) + extra('microsecond', 1000n) + extra('nanosecond', 1n);
  return DateTimeValue.ofEpochNanos(nanos, zone);
}

export function fromEpochSeconds(seconds: bigint, nanos: bigint): DateTimeValue {
  return DateTimeValue.ofEpochNanos(seconds * 1_000_000_000n + nanos, UTC);
}

const DURATION_KEYS: Record<string, [0 | 1 | 2 | 3, bigint]> = {
  years: [0, 12n],
  quarters: [0, 3n],
  months: [0, 1n],
  weeks: [1, 7n],
  days: [1, 1n],
  hours: [2, 3600n],
  minutes: [2, 60n],
  seconds: [2, 1n],
  milliseconds: [3, 1_000_000n],
  microseconds: [3, 1000n],
  nanoseconds: [3, 1n],
};

/** duration({days: 14, hours: 16}); fractional amounts cascade to smaller units */
export function durationFromMap(map: CypherMap): DurationValue {
  const acc: R.Rational[] = [R.ZERO, R.ZERO, R.ZERO, R.ZERO];
  for (const [k, v] of canonicalKeys(map)) {
    const spec = DURATION_KEYS[k];
    if (!spec) throw invalidTemporal(`unknown duration component: ${k}`);
    if (v === null) continue;
    if (typeof v !== 'bigint' && typeof v !== 'number') throw argumentTypeError('duration', `${k} must be a number`);
    if (typeof v === 'number' && !Number.isFinite(v)) throw invalidTemporal(`duration ${k} must be finite, got ${v}`);
    acc[spec[0]] = R.add(acc[spec[0]], R.scale(R.fromNumber(v), spec[1]));
  }
  return DurationValue.approximate(acc[0], acc[1], acc[2], acc[3]);
}
