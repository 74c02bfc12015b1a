/**
 * DURATION: months, days, seconds and nanoseconds kept apart (as Neo4j does), because a month and a
 * day have no fixed length until they are added to an instant. nanos is normalized to [0, 10^9).
 */
import { argumentError, divisionByZero } from '../values/errors';
import { TemporalValue, type CypherValue } from '../values/types';
import * as R from './rational';

const NANOS = 1_000_000_000n;
/** java.time's average month: 365.2425 / 12 days */
const AVG_SECONDS_PER_MONTH = 2_629_746n;
const SECONDS_PER_DAY = 86_400n;

function finite(op: string, k: bigint | number): R.Rational {
  if (typeof k === 'number' && !Number.isFinite(k)) throw argumentError(`duration ${op}`, 'InvalidArgumentValue', `cannot scale a duration by ${k}`);
  return R.fromNumber(k);
}

export class DurationValue extends TemporalValue {
  readonly temporalType = 'Duration' as const;
  readonly months: bigint;
  readonly days: bigint;
  readonly seconds: bigint;
  readonly nanos: bigint;

  constructor(months: bigint, days: bigint, seconds: bigint, nanos: bigint) {
    super();
    const total = seconds * NANOS + nanos;
    let s = total / NANOS;
    let n = total % NANOS;
    if (n < 0n) {
      n += NANOS;
      s -= 1n;
    }
    this.months = months;
    this.days = days;
    this.seconds = s;
    this.nanos = n;
  }

  /**
   * A duration from possibly fractional amounts: the fraction of a month becomes days (and the rest
   * seconds) at the average month length, a fraction of a day becomes seconds, a fraction of a second
   * nanoseconds; what is left below a nanosecond is dropped (Neo4j's DurationValue.approximate).
   */
  static approximate(months: R.Rational, days: R.Rational, seconds: R.Rational, nanos: R.Rational): DurationValue {
    const m = R.trunc(months);
    const monthRest = R.sub(months, R.rat(m));
    const d2 = R.add(days, R.div(R.scale(monthRest, AVG_SECONDS_PER_MONTH), R.rat(SECONDS_PER_DAY)));
    const d = R.trunc(d2);
    const s2 = R.add(seconds, R.scale(R.sub(d2, R.rat(d)), SECONDS_PER_DAY));
    const s = R.trunc(s2);
    const n2 = R.add(nanos, R.scale(R.sub(s2, R.rat(s)), NANOS));
    return new DurationValue(m, d, s, R.trunc(n2));
  }

  /** total nanoseconds of the time part (seconds + nanos) */
  get timeNanos(): bigint {
    return this.seconds * NANOS + this.nanos;
  }

  negate(): DurationValue {
    return new DurationValue(-this.months, -this.days, -this.seconds, -this.nanos);
  }

  toString(): string {
    const { months, days } = this;
    const total = this.timeNanos;
    if (months === 0n && days === 0n && total === 0n) return 'PT0S';
    let out = 'P';
    if (months / 12n !== 0n) out += `${months / 12n}Y`;
    if (months % 12n !== 0n) out += `${months % 12n}M`;
    if (days !== 0n) out += `${days}D`;
    if (total !== 0n) {
      out += 'T';
      const neg = total < 0n;
      const abs = neg ? -total : total;
      const sign = neg ? '-' : '';
      const secs = abs / NANOS;
      const frac = abs % NANOS;
      const h = secs / 3600n;
      const m = (secs % 3600n) / 60n;
      const s = secs % 60n;
      if (h !== 0n) out += `${sign}${h}H`;
      if (m !== 0n) out += `${sign}${m}M`;
      if (s !== 0n || frac !== 0n) {
        out += `${sign}${s}`;
        if (frac !== 0n) out += '.' + frac.toString().padStart(9, '0').replace(/0+$/, '');
        out += 'S';
      }
    }
    return out;
  }

  equals(other: TemporalValue): boolean {
    return (
      other instanceof DurationValue &&
      other.months === this.months &&
      other.days === this.days &&
      other.seconds === this.seconds &&
      other.nanos === this.nanos
    );
  }

  compareTo(_other: TemporalValue): number | null {
    return null;
  }

  get(component: string): CypherValue | undefined {
    const { months, days, seconds, nanos } = this;
    switch (component) {
      case 'years':
        return months / 12n;
      case 'quarters':
        return months / 3n;
      case 'months':
        return months;
      case 'weeks':
        return days / 7n;
      case 'days':
        return days;
      case 'hours':
        return seconds / 3600n;
      case 'minutes':
        return seconds / 60n;
      case 'seconds':
        return seconds;
      case 'milliseconds':
        return seconds * 1000n + nanos / 1_000_000n;
      case 'microseconds':
        return seconds * 1_000_000n + nanos / 1000n;
      case 'nanoseconds':
        return seconds * NANOS + nanos;
      case 'quartersOfYear':
        return (months / 3n) % 4n;
      case 'monthsOfQuarter':
        return months % 3n;
      case 'monthsOfYear':
        return months % 12n;
      case 'daysOfWeek':
        return days % 7n;
      case 'minutesOfHour':
        return (seconds / 60n) % 60n;
      case 'secondsOfMinute':
        return seconds % 60n;
      case 'millisecondsOfSecond':
        return nanos / 1_000_000n;
      case 'microsecondsOfSecond':
        return nanos / 1000n;
      case 'nanosecondsOfSecond':
        return nanos;
    }
    return undefined;
  }

  add(other: CypherValue): CypherValue | undefined {
    if (other instanceof DurationValue) {
      return new DurationValue(this.months + other.months, this.days + other.days, this.seconds + other.seconds, this.nanos + other.nanos);
    }
    if (other instanceof TemporalValue) return other.add(this);
    return undefined;
  }

  subtract(other: CypherValue): CypherValue | undefined {
    if (other instanceof DurationValue) return this.add(other.negate());
    return undefined;
  }

  multiply(other: CypherValue): CypherValue | undefined {
    if (typeof other !== 'bigint' && typeof other !== 'number') return undefined;
    if (typeof other === 'bigint') return new DurationValue(this.months * other, this.days * other, this.seconds * other, this.nanos * other);
    const k = finite('*', other);
    return DurationValue.approximate(R.mul(R.rat(this.months), k), R.mul(R.rat(this.days), k), R.mul(R.rat(this.seconds), k), R.mul(R.rat(this.nanos), k));
  }

  divide(other: CypherValue): CypherValue | undefined {
    if (typeof other !== 'bigint' && typeof other !== 'number') return undefined;
    if (other === 0n || other === 0) throw divisionByZero(`${this.toString()} / 0`);
    const k = finite('/', other);
    return DurationValue.approximate(R.div(R.rat(this.months), k), R.div(R.rat(this.days), k), R.div(R.rat(this.seconds), k), R.div(R.rat(this.nanos), k));
  }
}
