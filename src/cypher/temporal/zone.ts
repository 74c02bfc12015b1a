/**
 * Time zones: fixed offsets (+01:00, -02:05:07, Z) and IANA regions (Europe/Stockholm). Region rules
 * come from temporal-polyfill (which reads the platform's tz database through Intl); this module only
 * adds Cypher's parsing and java.time's rules for resolving a local date-time in a region.
 */
import { Temporal } from 'temporal-polyfill';
import { CypherError } from '../values/types';

/** `id` null = a fixed offset (`fixed` seconds east of UTC); otherwise an IANA region id */
export interface Zone {
  readonly id: string | null;
  readonly fixed: number;
}

export const UTC: Zone = { id: null, fixed: 0 };

const OFFSET_RE = /^([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/;

export function invalidTemporal(what: string): CypherError {
  return new CypherError('ArgumentError', 'InvalidArgumentValue', `cypher.temporal: ${what}`, 'runtime');
}

/** offset text -> seconds, or undefined when `s` is not an offset */
export function parseOffset(s: string): number | undefined {
  if (s === 'Z' || s === 'z') return 0;
  const m = OFFSET_RE.exec(s);
  if (!m) return undefined;
  const secs = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  if (secs > 18 * 3600 || Number(m[3] ?? 0) > 59 || Number(m[4] ?? 0) > 59) throw invalidTemporal(`offset out of range: ${s}`);
  return m[1] === '-' ? -secs : secs;
}

const regionCache = new Map<string, string>();

/** 'Europe/Stockholm', '+01:00', 'Z' -> Zone; ArgumentError for an unknown region */
export function parseZone(s: string): Zone {
  const off = parseOffset(s);
  if (off !== undefined) return { id: null, fixed: off };
  let ok = regionCache.get(s);
  if (ok === undefined) {
    try {
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(s);
      ok = s;
    } catch {
      throw invalidTemporal(`unknown time zone: ${s}`);
    }
    regionCache.set(s, ok);
  }
  return { id: ok, fixed: 0 };
}

/** the range of instants temporal-polyfill accepts (±10^8 days), in epoch seconds */
const MAX_EPOCH_SECOND = 8.64e12 - 86400 * 2;

/** [start, end) in epoch seconds during which a region keeps one offset */
interface Interval {
  start: number;
  end: number;
  offset: number;
}

/** per region, the intervals looked up so far (sorted, disjoint): each lookup of the polyfill costs
 *  tens of microseconds, and most values fall in an interval already seen */
const intervals = new Map<string, Interval[]>();
const MAX_INTERVALS = 4096;

function polyfillOffset(id: string, epochSecond: number): number {
  return Math.round(Temporal.Instant.fromEpochMilliseconds(epochSecond * 1000).toZonedDateTimeISO(id).offsetNanoseconds / 1e9);
}

function findInterval(list: Interval[], s: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const iv = list[mid];
    if (s < iv.start) hi = mid - 1;
    else if (s >= iv.end) lo = mid + 1;
    else return mid;
  }
  return -(lo + 1);
}

/** the offset (seconds) a zone has at an instant (epoch seconds) */
export function offsetAt(zone: Zone, epochSecond: number): number {
  if (zone.id === null) return zone.fixed;
  const s = Math.max(-MAX_EPOCH_SECOND, Math.min(MAX_EPOCH_SECOND, Math.floor(epochSecond)));
  let list = intervals.get(zone.id);
  if (!list) intervals.set(zone.id, (list = []));
  const at = findInterval(list, s);
  if (at >= 0) return list[at].offset;
  const zdt = Temporal.Instant.fromEpochMilliseconds(s * 1000).toZonedDateTimeISO(zone.id);
  const offset = Math.round(zdt.offsetNanoseconds / 1e9);
  const prev = zdt.getTimeZoneTransition('previous');
  const next = zdt.getTimeZoneTransition('next');
  let start = prev ? Math.floor(prev.epochMilliseconds / 1000) : -Infinity;
  if (prev && polyfillOffset(zone.id, start) !== offset) start = s;
  const end = next ? Math.floor(next.epochMilliseconds / 1000) : Infinity;
  if (list.length >= MAX_INTERVALS) list.length = 0;
  const pos = findInterval(list, s);
  const i = pos >= 0 ? pos : -pos - 1;
  // keep the list disjoint: clip against the neighbours
  const lo = i > 0 ? Math.max(start, list[i - 1].end) : start;
  const hi = i < list.length ? Math.min(end, list[i].start) : end;
  list.splice(i, 0, { start: lo, end: hi, offset });
  return offset;
}

/**
 * The offset to use for a local date-time (epoch seconds of the local wall clock) in a zone, as
 * java.time's ZonedDateTime.ofLocal: the single valid offset; in an overlap the preferred offset when
 * valid, else the earlier one; in a gap the offset before it (the wall clock then moves forward).
 */
export function offsetForLocal(zone: Zone, localSecond: number, preferred?: number): number {
  if (zone.id === null) return zone.fixed;
  const before = offsetAt(zone, localSecond - SECONDS_PER_TWO_DAYS);
  const after = offsetAt(zone, localSecond + SECONDS_PER_TWO_DAYS);
  if (before === after) {
    const mid = offsetAt(zone, localSecond - before);
    if (mid === before) return before;
    return offsetAt(zone, localSecond - mid) === mid ? mid : before;
  }
  const valid = [before, after].filter((o) => offsetAt(zone, localSecond - o) === o);
  if (valid.length === 0) return before;
  if (valid.length === 1) return valid[0];
  if (preferred !== undefined && valid.includes(preferred)) return preferred;
  return Math.max(before, after);
}

const SECONDS_PER_TWO_DAYS = 2 * 86400;

/** +01:00, -02:05:07, Z (as java.time's ZoneOffset prints) */
export function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const h = Math.floor(a / 3600);
  const m = Math.floor((a % 3600) / 60);
  const s = a % 60;
  return sign + pad2(h) + ':' + pad2(m) + (s ? ':' + pad2(s) : '');
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function zoneName(zone: Zone): string {
  return zone.id ?? formatOffset(zone.fixed);
}
