/**
 * Temporal values as Bolt 5 structures (the "UTC" date-time encoding every 5.x driver uses):
 *   Date 'D' [epochDay]                          LocalTime 't' [nanoOfDay]
 *   Time 'T' [nanoOfDay, offsetSeconds]          LocalDateTime 'd' [localEpochSecond, nano]
 *   DateTime 'I' [utcEpochSecond, nano, offsetSeconds]   DateTimeZoneId 'i' [utcEpochSecond, nano, zoneId]
 *   Duration 'E' [months, days, seconds, nanoseconds]
 */
import { DurationValue } from '../../cypher/temporal/duration';
import {
  DateTimeValue,
  DateValue,
  LocalDateTimeValue,
  LocalTimeValue,
  PointValue,
  TimeValue,
} from '../../cypher/temporal/point';
import { offsetAt, parseZone } from '../../cypher/temporal/zone';
import type { TemporalValue } from '../../cypher/values/types';
import { Structure, type PackValue } from './packstream';

export const TEMPORAL_TAG = {
  DATE: 0x44,
  TIME: 0x54,
  LOCAL_TIME: 0x74,
  LOCAL_DATE_TIME: 0x64,
  DATE_TIME: 0x49,
  DATE_TIME_ZONE_ID: 0x69,
  DURATION: 0x45,
} as const;

const NANOS_PER_SECOND = 1_000_000_000;
const SECONDS_PER_DAY = 86_400;

function splitLocal(p: PointValue): [bigint, bigint] {
  const second = BigInt(p.epochDay) * BigInt(SECONDS_PER_DAY) + BigInt(Math.floor(p.nanoOfDay / NANOS_PER_SECOND));
  return [second, BigInt(p.nanoOfDay % NANOS_PER_SECOND)];
}

export function temporalToStruct(v: TemporalValue): Structure | null {
  if (v instanceof DurationValue) return new Structure(TEMPORAL_TAG.DURATION, [v.months, v.days, v.seconds, v.nanos]);
  if (v instanceof DateValue) return new Structure(TEMPORAL_TAG.DATE, [BigInt(v.epochDay)]);
  if (v instanceof LocalTimeValue) return new Structure(TEMPORAL_TAG.LOCAL_TIME, [BigInt(v.nanoOfDay)]);
  if (v instanceof TimeValue) return new Structure(TEMPORAL_TAG.TIME, [BigInt(v.nanoOfDay), BigInt(v.offset)]);
  if (v instanceof LocalDateTimeValue) return new Structure(TEMPORAL_TAG.LOCAL_DATE_TIME, splitLocal(v));
  if (v instanceof DateTimeValue) {
    const [local, nano] = splitLocal(v);
    const utc = local - BigInt(v.offset);
    if (v.zone && v.zone.id) return new Structure(TEMPORAL_TAG.DATE_TIME_ZONE_ID, [utc, nano, v.zone.id]);
    return new Structure(TEMPORAL_TAG.DATE_TIME, [utc, nano, BigInt(v.offset)]);
  }
  return null;
}

const int = (x: PackValue): number => {
  if (typeof x !== 'bigint') throw new TypeError('bolt: a temporal field must be an integer');
  return Number(x);
};

function localParts(localSecond: number, nano: number): [number, number] {
  const day = Math.floor(localSecond / SECONDS_PER_DAY);
  const secOfDay = localSecond - day * SECONDS_PER_DAY;
  return [day, secOfDay * NANOS_PER_SECOND + nano];
}

/** A temporal structure from a client (a parameter) -> our value; null when the tag is not temporal. */
export function structToTemporal(s: Structure): TemporalValue | null {
  const f = s.fields;
  switch (s.tag) {
    case TEMPORAL_TAG.DATE:
      return new DateValue(int(f[0]));
    case TEMPORAL_TAG.LOCAL_TIME:
      return new LocalTimeValue(int(f[0]));
    case TEMPORAL_TAG.TIME:
      return new TimeValue(int(f[0]), int(f[1]));
    case TEMPORAL_TAG.LOCAL_DATE_TIME: {
      const [day, nod] = localParts(int(f[0]), int(f[1]));
      return new LocalDateTimeValue(day, nod);
    }
    case TEMPORAL_TAG.DATE_TIME: {
      const offset = int(f[2]);
      const [day, nod] = localParts(int(f[0]) + offset, int(f[1]));
      return new DateTimeValue(day, nod, offset, parseZone(formatFixed(offset)));
    }
    case TEMPORAL_TAG.DATE_TIME_ZONE_ID: {
      if (typeof f[2] !== 'string') throw new TypeError('bolt: a zone id must be a string');
      const zone = parseZone(f[2]);
      const utc = int(f[0]);
      const offset = offsetAt(zone, utc);
      const [day, nod] = localParts(utc + offset, int(f[1]));
      return new DateTimeValue(day, nod, offset, zone);
    }
    case TEMPORAL_TAG.DURATION: {
      const big = (x: PackValue) => {
        if (typeof x !== 'bigint') throw new TypeError('bolt: a duration field must be an integer');
        return x;
      };
      return new DurationValue(big(f[0]), big(f[1]), big(f[2]), big(f[3]));
    }
    default:
      return null;
  }
}

function formatFixed(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 3600)).padStart(2, '0');
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  const ss = a % 60;
  return `${sign}${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}
