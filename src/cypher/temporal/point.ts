/**
 * The five instant-like types. One representation for all: a local epoch day (0 when the type has no
 * date), a local nano-of-day (0 when it has no time), and for TIME/DATETIME the offset in seconds
 * (DATETIME also its zone: a fixed offset or an IANA region). The subclasses only say which parts they
 * have; accessors, text, comparison and duration arithmetic are shared.
 */
import { TemporalValue, type CypherValue } from '../values/types';
import {
  NANOS_PER_DAY,
  civilOf,
  dayOfQuarterOf,
  dayOfWeek,
  isoWeek,
  ordinalDayOf,
  plusMonths,
} from './calendar';
import { DurationValue } from './duration';
import { formatDate, formatTime } from './format';
import { formatOffset, offsetAt, offsetForLocal, type Zone } from './zone';

type PointType = 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime';

const HAS_DATE: Record<PointType, boolean> = { Date: true, LocalTime: false, Time: false, LocalDateTime: true, DateTime: true };
const HAS_TIME: Record<PointType, boolean> = { Date: false, LocalTime: true, Time: true, LocalDateTime: true, DateTime: true };

export abstract class PointValue extends TemporalValue {
  abstract override readonly temporalType: PointType;

  constructor(
    /** local epoch day; 0 for LocalTime/Time */
    readonly epochDay: number,
    /** local nanosecond of the day; 0 for Date */
    readonly nanoOfDay: number,
    /** seconds east of UTC; 0 for the local types */
    readonly offset: number,
    /** DateTime's zone (Time's is always its fixed offset); null for the local types */
    readonly zone: Zone | null,
  ) {
    super();
  }

  get hasDate(): boolean {
    return HAS_DATE[this.temporalType];
  }

  get hasTime(): boolean {
    return HAS_TIME[this.temporalType];
  }

  get hasZone(): boolean {
    return this.temporalType === 'Time' || this.temporalType === 'DateTime';
  }

  /** nanoseconds since the epoch (DateTime), exact */
  get epochNanos(): bigint {
    return BigInt(this.epochDay) * BigInt(NANOS_PER_DAY) + BigInt(this.nanoOfDay) - BigInt(this.offset) * 1_000_000_000n;
  }

  toString(): string {
    let out = '';
    if (this.hasDate) out += formatDate(this.epochDay);
    if (this.hasDate && this.hasTime) out += 'T';
    if (this.hasTime) out += formatTime(this.nanoOfDay);
    if (this.hasZone) out += formatOffset(this.offset);
    if (this.zone?.id) out += `[${this.zone.id}]`;
    return out;
  }

  equals(other: TemporalValue): boolean {
    if (!(other instanceof PointValue) || other.temporalType !== this.temporalType) return false;
    // as Neo4j: same wall clock and same zone (the same instant in another zone is not equal, though it
    // compares as neither smaller nor greater); a region equals only itself, an offset only itself
    if (this.epochDay !== other.epochDay || this.nanoOfDay !== other.nanoOfDay || this.offset !== other.offset) return false;
    return (this.zone?.id ?? null) === (other.zone?.id ?? null);
  }

  compareTo(other: TemporalValue): number | null {
    if (!(other instanceof PointValue) || other.temporalType !== this.temporalType) return null;
    switch (this.temporalType) {
      case 'DateTime': {
        const a = this.epochNanos;
        const b = other.epochNanos;
        return a < b ? -1 : a > b ? 1 : 0;
      }
      case 'Time': {
        const d = this.nanoOfDay - this.offset * 1e9 - (other.nanoOfDay - other.offset * 1e9);
        return Math.sign(d) || Math.sign(this.nanoOfDay - other.nanoOfDay);
      }
      default:
        return Math.sign(this.epochDay - other.epochDay) || Math.sign(this.nanoOfDay - other.nanoOfDay);
    }
  }

  get(component: string): CypherValue | undefined {
    if (this.hasDate) {
      const v = dateComponent(this.epochDay, component);
      if (v !== undefined) return BigInt(v);
    }
    if (this.hasTime) {
      const v = timeComponent(this.nanoOfDay, component);
      if (v !== undefined) return BigInt(v);
    }
    if (this.hasZone) {
      switch (component) {
        case 'timezone':
          return this.zone?.id ?? formatOffset(this.offset);
        case 'offset':
          return formatOffset(this.offset);
        case 'offsetMinutes':
          return BigInt(Math.trunc(this.offset / 60));
        case 'offsetSeconds':
          return BigInt(this.offset);
      }
    }
    if (this.temporalType === 'DateTime') {
      const ns = this.epochNanos;
      if (component === 'epochSeconds') return floorBig(ns, 1_000_000_000n);
      if (component === 'epochMillis') return floorBig(ns, 1_000_000n);
    }
    return undefined;
  }

  /** this + sign * duration: months, then days, then the time (java.time's order) */
  plus(d: DurationValue, sign: 1 | -1): PointValue {
    const months = Number(d.months) * sign;
    const days = Number(d.days) * sign;
    const timeNanos = d.timeNanos * BigInt(sign);
    let day = this.epochDay;
    if (this.hasDate) day = plusMonths(day, months) + days;
    if (!this.hasTime) {
      // a DATE takes only the whole days of the time part
      return new DateValue(day + Number(timeNanos / BigInt(NANOS_PER_DAY)));
    }
    const dayNanos = BigInt(NANOS_PER_DAY);
    const carry = floorBig(BigInt(this.nanoOfDay) + timeNanos, dayNanos);
    const nano = Number(BigInt(this.nanoOfDay) + timeNanos - carry * dayNanos);
    switch (this.temporalType) {
      case 'LocalTime':
        return new LocalTimeValue(nano);
      case 'Time':
        return new TimeValue(nano, this.offset);
      case 'LocalDateTime':
        return new LocalDateTimeValue(day + Number(carry), nano);
      default: {
        const zone = this.zone as Zone;
        if (zone.id === null) return new DateTimeValue(day + Number(carry), nano, zone.fixed, zone);
        // months and days move the wall clock; the time part moves the instant
        const moved = DateTimeValue.ofLocal(day, this.nanoOfDay, zone, this.offset);
        if (timeNanos === 0n) return moved;
        return DateTimeValue.ofEpochNanos(moved.epochNanos + timeNanos, zone);
      }
    }
  }

  add(other: CypherValue): CypherValue | undefined {
    return other instanceof DurationValue ? this.plus(other, 1) : undefined;
  }

  subtract(other: CypherValue): CypherValue | undefined {
    return other instanceof DurationValue ? this.plus(other, -1) : undefined;
  }

  multiply(_other: CypherValue): CypherValue | undefined {
    return undefined;
  }

  divide(_other: CypherValue): CypherValue | undefined {
    return undefined;
  }
}

export function floorBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b < 0n ? q - 1n : q;
}

export function dateComponent(epochDay: number, component: string): number | undefined {
  switch (component) {
    case 'year':
      return civilOf(epochDay).year;
    case 'quarter':
      return Math.floor((civilOf(epochDay).month - 1) / 3) + 1;
    case 'month':
      return civilOf(epochDay).month;
    case 'week':
      return isoWeek(epochDay).week;
    case 'weekYear':
      return isoWeek(epochDay).weekYear;
    case 'day':
      return civilOf(epochDay).day;
    case 'ordinalDay':
      return ordinalDayOf(epochDay);
    case 'weekDay':
    case 'dayOfWeek':
      return dayOfWeek(epochDay);
    case 'dayOfQuarter':
    case 'quarterDay':
      return dayOfQuarterOf(epochDay);
  }
  return undefined;
}

export function timeComponent(nanoOfDay: number, component: string): number | undefined {
  const secs = Math.floor(nanoOfDay / 1e9);
  const nano = nanoOfDay - secs * 1e9;
  switch (component) {
    case 'hour':
      return Math.floor(secs / 3600);
    case 'minute':
      return Math.floor((secs % 3600) / 60);
    case 'second':
      return secs % 60;
    case 'millisecond':
      return Math.floor(nano / 1e6);
    case 'microsecond':
      return Math.floor(nano / 1e3);
    case 'nanosecond':
      return nano;
  }
  return undefined;
}

export class DateValue extends PointValue {
  readonly temporalType = 'Date' as const;
  constructor(epochDay: number) {
    super(epochDay, 0, 0, null);
  }
}

export class LocalTimeValue extends PointValue {
  readonly temporalType = 'LocalTime' as const;
  constructor(nanoOfDay: number) {
    super(0, nanoOfDay, 0, null);
  }
}

export class TimeValue extends PointValue {
  readonly temporalType = 'Time' as const;
  constructor(nanoOfDay: number, offset: number) {
    super(0, nanoOfDay, offset, null);
  }
}

export class LocalDateTimeValue extends PointValue {
  readonly temporalType = 'LocalDateTime' as const;
  constructor(epochDay: number, nanoOfDay: number) {
    super(epochDay, nanoOfDay, 0, null);
  }
}

export class DateTimeValue extends PointValue {
  readonly temporalType = 'DateTime' as const;
  constructor(epochDay: number, nanoOfDay: number, offset: number, zone: Zone) {
    super(epochDay, nanoOfDay, offset, zone);
  }

  /** a wall-clock date-time in a zone (gaps move forward, overlaps keep `preferredOffset` if valid) */
  static ofLocal(epochDay: number, nanoOfDay: number, zone: Zone, preferredOffset?: number): DateTimeValue {
    if (zone.id === null) return new DateTimeValue(epochDay, nanoOfDay, zone.fixed, zone);
    const localSecond = epochDay * 86400 + Math.floor(nanoOfDay / 1e9);
    const offset = offsetForLocal(zone, localSecond, preferredOffset);
    if (offsetAt(zone, localSecond - offset) === offset) return new DateTimeValue(epochDay, nanoOfDay, offset, zone);
    // in a gap: keep the instant the earlier offset gives, and read the wall clock after the gap
    const base = new DateTimeValue(epochDay, nanoOfDay, offset, zone);
    return DateTimeValue.ofEpochNanos(base.epochNanos, zone);
  }

  static ofEpochNanos(epochNanos: bigint, zone: Zone): DateTimeValue {
    const sec = Number(floorBig(epochNanos, 1_000_000_000n));
    const offset = zone.id === null ? zone.fixed : offsetAt(zone, sec);
    const local = epochNanos + BigInt(offset) * 1_000_000_000n;
    const dayNanos = BigInt(NANOS_PER_DAY);
    const day = floorBig(local, dayNanos);
    return new DateTimeValue(Number(day), Number(local - day * dayNanos), offset, zone);
  }

  /** the same instant in another zone */
  withZoneSameInstant(zone: Zone): DateTimeValue {
    return DateTimeValue.ofEpochNanos(this.epochNanos, zone);
  }
}

