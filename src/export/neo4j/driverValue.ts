/**
 * Store property values (docs/store-format.md: JSON, with `$int`, `$float` and `$temporal` tags) to
 * neo4j-driver values, so every property lands in Neo4j with its exact type: integral numbers as
 * INTEGER, fractional ones as FLOAT, temporal tags as Neo4j temporal types, lists element-wise.
 */
import { neo4jDriver } from './neo4jDriver';
import { formatError } from '../../model/errors';
import { setOwn } from '../../model/ownProperty';

type DriverValue = unknown;

const DATE = /^([+-]?\d{4,9})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const OFFSET = /^(Z|[+-]\d{2}:?\d{2}(?::?\d{2})?)$/;

function nanos(frac: string | undefined): number {
  return frac ? Number(frac.padEnd(9, '0')) : 0;
}

function offsetSeconds(o: string): number {
  if (o === 'Z') return 0;
  const sign = o[0] === '-' ? -1 : 1;
  const digits = o.slice(1).replace(/:/g, '');
  return sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4)) * 60 + Number(digits.slice(4, 6) || 0));
}

/** Parses the ISO forms our temporal values print (the TCK's toString forms). */
export function temporalToDriver(type: string, value: string): DriverValue {
  const bad = () => formatError('store', `cannot read ${type} value '${value}'`);
  if (type === 'Date') {
    const m = DATE.exec(value);
    if (!m) throw bad();
    return new (neo4jDriver().types).Date(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (type === 'Duration') {
    const m = /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+)(?:\.(\d{1,9}))?S)?)?$/.exec(value);
    if (!m) throw bad();
    const n = (s: string | undefined) => Number(s ?? 0);
    const seconds = n(m[5]) * 3600 + n(m[6]) * 60 + n(m[7]);
    const sign = m[7]?.startsWith('-') ? -1 : 1;
    return new (neo4jDriver().types).Duration(n(m[1]) * 12 + n(m[2]), n(m[3]) * 7 + n(m[4]), seconds, sign * nanos(m[8]));
  }
  const [datePart, rest] = type === 'LocalTime' || type === 'Time' ? ['', value] : value.split('T');
  const tm = /^(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(.*)$/.exec(rest ?? '');
  if (!tm) throw bad();
  const t = TIME.exec(tm[1])!;
  const [hh, mm, ss, ns] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0), nanos(t[4])];
  const zonePart = tm[2];
  if (type === 'LocalTime') return new (neo4jDriver().types).LocalTime(hh, mm, ss, ns);
  if (type === 'Time') {
    if (!OFFSET.test(zonePart)) throw bad();
    return new (neo4jDriver().types).Time(hh, mm, ss, ns, offsetSeconds(zonePart));
  }
  const d = DATE.exec(datePart ?? '');
  if (!d) throw bad();
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (type === 'LocalDateTime') return new (neo4jDriver().types).LocalDateTime(y, mo, da, hh, mm, ss, ns);
  if (type === 'DateTime') {
    const z = /^(Z|[+-]\d{2}:?\d{2}(?::?\d{2})?)?(?:\[([^\]]+)\])?$/.exec(zonePart);
    if (!z || (!z[1] && !z[2])) throw bad();
    const zoneId = z[2];
    if (zoneId) return new (neo4jDriver().types).DateTime(y, mo, da, hh, mm, ss, ns, z[1] ? offsetSeconds(z[1]) : undefined, zoneId);
    return new (neo4jDriver().types).DateTime(y, mo, da, hh, mm, ss, ns, offsetSeconds(z[1]!));
  }
  throw bad();
}

export function toDriverValue(v: unknown): DriverValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) ? neo4jDriver().int(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return neo4jDriver().int(v.toString());
  if (Array.isArray(v)) return v.map(toDriverValue);
  const tagged = v as { $int?: string; $float?: string; $temporal?: string; value?: string };
  if (typeof tagged.$int === 'string') return neo4jDriver().int(tagged.$int);
  if (typeof tagged.$float === 'string') return Number(tagged.$float);
  if (typeof tagged.$temporal === 'string' && typeof tagged.value === 'string') {
    return temporalToDriver(tagged.$temporal, tagged.value);
  }
  throw formatError('store', `a property value must be a scalar, a list or a tagged value, got ${JSON.stringify(v)}`);
}

export function propsToDriver(props: Record<string, unknown>): Record<string, DriverValue> {
  const out: Record<string, DriverValue> = {};
  // (own keys, "__proto__" included: a GraphML import may bring one)
  for (const k of Object.keys(props)) setOwn(out, k, toDriverValue(props[k]));
  return out;
}
