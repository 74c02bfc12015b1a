/**
 * neo4j-driver temporal objects (what a Bolt client receives) back into our temporal values, to print
 * them in Cypher's own string forms for the TCK (the driver's toString() differs, e.g. for durations).
 */
import neo4j from 'neo4j-driver';
import { epochDayOf } from '../../src/cypher/temporal/calendar';
import { DurationValue } from '../../src/cypher/temporal/duration';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from '../../src/cypher/temporal/point';
import { parseZone } from '../../src/cypher/temporal/zone';
import type { TemporalValue } from '../../src/cypher/values/types';

const n = (x: unknown) => Number(x as number);
const nanoOfDay = (t: { hour: unknown; minute: unknown; second: unknown; nanosecond: unknown }) =>
  ((n(t.hour) * 60 + n(t.minute)) * 60 + n(t.second)) * 1e9 + n(t.nanosecond);

function fixed(offset: number): string {
  const a = Math.abs(offset);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${p(Math.floor(a / 3600))}:${p(Math.floor((a % 3600) / 60))}${a % 60 ? `:${p(a % 60)}` : ''}`;
}

/** Our value for a driver temporal, or null when `v` is not one. */
export function temporalFromDriver(v: unknown): TemporalValue | null {
  const t = neo4j.types;
  if (v instanceof t.Duration) return new DurationValue(BigInt(String(v.months)), BigInt(String(v.days)), BigInt(String(v.seconds)), BigInt(String(v.nanoseconds)));
  if (v instanceof t.Date) return new DateValue(epochDayOf(n(v.year), n(v.month), n(v.day)));
  if (v instanceof t.LocalTime) return new LocalTimeValue(nanoOfDay(v));
  if (v instanceof t.Time) return new TimeValue(nanoOfDay(v), n(v.timeZoneOffsetSeconds));
  if (v instanceof t.LocalDateTime) return new LocalDateTimeValue(epochDayOf(n(v.year), n(v.month), n(v.day)), nanoOfDay(v));
  if (v instanceof t.DateTime) {
    const offset = n(v.timeZoneOffsetSeconds);
    const zone = parseZone(v.timeZoneId ?? fixed(offset));
    return new DateTimeValue(epochDayOf(n(v.year), n(v.month), n(v.day)), nanoOfDay(v), offset, zone);
  }
  return null;
}
