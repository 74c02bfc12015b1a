/**
 * duration.between / inMonths / inDays / inSeconds. Both values are first completed from each other:
 * one without a date takes the other's date, one without a zone takes the other's zone, and a DATETIME
 * is seen in the first value's zone. Months and days are counted on the wall clock (java.time's
 * until), the rest on the time line, so a day with a daylight-saving change has 23 or 25 hours.
 */
import { NANOS_PER_DAY, monthsBetween, plusMonths } from './calendar';
import { zoneOf } from './construct';
import { DurationValue } from './duration';
import { DateTimeValue, PointValue } from './point';
import type { Zone } from './zone';

export type BetweenUnit = 'between' | 'months' | 'days' | 'seconds';

interface Completed {
  day: number;
  nano: number;
  zone: Zone | undefined;
}

function nanosOf(p: Completed, zone: Zone | undefined): bigint {
  if (!zone) return BigInt(p.day) * BigInt(NANOS_PER_DAY) + BigInt(p.nano);
  return DateTimeValue.ofLocal(p.day, p.nano, zone).epochNanos;
}

/** whole days from a to b on the wall clock, as LocalDateTime.until(DAYS) */
function daysUntil(a: Completed, b: Completed): number {
  let end = b.day;
  if (end > a.day && b.nano < a.nano) end--;
  else if (end < a.day && b.nano > a.nano) end++;
  return end - a.day;
}

function monthsUntil(a: Completed, b: Completed): number {
  let end = b.day;
  if (end > a.day && b.nano < a.nano) end--;
  else if (end < a.day && b.nano > a.nano) end++;
  return monthsBetween(a.day, end);
}

export function between(unit: BetweenUnit, from: PointValue, to: PointValue): DurationValue {
  const bothDated = from.hasDate && to.hasDate;
  const zoneA = zoneOf(from);
  const zoneB = zoneOf(to);
  const zone = zoneA ?? zoneB;
  let a: Completed = { day: from.epochDay, nano: from.nanoOfDay, zone: zoneA };
  let b: Completed = { day: to.epochDay, nano: to.nanoOfDay, zone: zoneB };
  // a DATETIME seen in the zone of the first value
  if (to.temporalType === 'DateTime' && zoneA && bothDated) {
    const seen = (to as DateTimeValue).withZoneSameInstant(zoneA);
    b = { day: seen.epochDay, nano: seen.nanoOfDay, zone: zoneA };
  }
  if (!from.hasDate) a = { ...a, day: to.hasDate ? b.day : 0 };
  if (!to.hasDate) b = { ...b, day: from.hasDate ? a.day : 0 };

  let months = 0;
  let days = 0;
  let start = a;
  if (bothDated && unit !== 'seconds') {
    if (unit === 'between' || unit === 'months') {
      months = monthsUntil(a, b);
      start = { ...a, day: plusMonths(a.day, months) };
    }
    if (unit === 'between' || unit === 'days') {
      days = daysUntil(start, b);
      start = { ...start, day: start.day + days };
    }
  }
  if (unit === 'months') return new DurationValue(BigInt(months), 0n, 0n, 0n);
  if (unit === 'days') return new DurationValue(0n, BigInt(days), 0n, 0n);
  const nanos = nanosOf(b, b.zone ?? zone) - nanosOf(start, a.zone ?? zone);
  return new DurationValue(BigInt(months), BigInt(days), 0n, nanos);
}
