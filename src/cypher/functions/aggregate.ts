/**
 * Aggregating functions: count, sum, avg, min, max, collect, stDev, stDevP, percentileCont,
 * percentileDisc. Every aggregate skips null values; with DISTINCT it also skips values equivalent to
 * one already seen (equivalence: null ~ null, NaN ~ NaN, 1 ~ 1.0; see values/equality.ts). count(*)
 * is count called with no arguments: it counts rows.
 */
import { add as addValues, checkInt64 } from '../values/arithmetic';
import { compareNumbers, orderCompare } from '../values/compare';
import { groupKey } from '../values/equality';
import { argumentError, argumentTypeError } from '../values/errors';
import { typeName } from '../values/typeName';
import { TemporalValue, type CypherValue } from '../values/types';
import type { Accumulator, AggregateDef, FunctionContext } from './types';

/** the per-row part shared by all aggregates: null skipping and DISTINCT */
abstract class ValueAccumulator implements Accumulator {
  private readonly seen: Set<string> | undefined;
  constructor(distinct: boolean) {
    this.seen = distinct ? new Set() : undefined;
  }
  add(args: CypherValue[]): void {
    const v = args[0];
    if (v === null || v === undefined) return;
    if (this.seen) {
      const k = groupKey(v);
      if (this.seen.has(k)) return;
      this.seen.add(k);
    }
    this.accept(v, args);
  }
  protected abstract accept(v: Exclude<CypherValue, null>, args: CypherValue[]): void;
  abstract result(): CypherValue;
}

/** count(x) counts non-null values; count(*) (called with no arguments) counts rows */
class Count extends ValueAccumulator {
  private n = 0n;
  override add(args: CypherValue[]): void {
    if (args.length === 0) this.n++;
    else super.add(args);
  }
  protected accept(): void {
    this.n++;
  }
  result(): CypherValue {
    return this.n;
  }
}

function notNumeric(fn: string, v: CypherValue): never {
  throw argumentTypeError(fn, `expected a number or a DURATION but got ${typeName(v)}`);
}

/** exact INTEGER sum until a FLOAT shows up, then FLOAT; DURATIONs sum to a DURATION */
class Sum extends ValueAccumulator {
  protected count = 0;
  private int = 0n;
  private float = 0;
  private floating = false;
  private duration: CypherValue = null;
  constructor(
    distinct: boolean,
    protected readonly fn = 'sum',
  ) {
    super(distinct);
  }
  protected accept(v: Exclude<CypherValue, null>): void {
    if (typeof v === 'bigint' || typeof v === 'number') {
      if (this.duration !== null) notNumeric(this.fn, v);
      if (typeof v === 'number' && !this.floating) {
        this.floating = true;
        this.float = Number(this.int);
      }
      if (this.floating) this.float += Number(v);
      // sum() is 64-bit like any INTEGER arithmetic; avg() only divides the exact total
      else this.int = this.fn === 'sum' ? checkInt64(this.int + (v as bigint), 'sum()') : this.int + (v as bigint);
    } else if (v instanceof TemporalValue && v.temporalType === 'Duration') {
      if (this.count > 0 && this.duration === null) notNumeric(this.fn, v);
      this.duration = this.duration === null ? v : addValues(this.duration, v);
    } else notNumeric(this.fn, v);
    this.count++;
  }
  protected total(): CypherValue {
    if (this.duration !== null) return this.duration;
    return this.floating ? this.float : this.int;
  }
  result(): CypherValue {
    return this.total();
  }
}

/** the mean as a FLOAT (a DURATION for durations); null when there were no values */
class Avg extends Sum {
  constructor(distinct: boolean) {
    super(distinct, 'avg');
  }
  override result(): CypherValue {
    if (this.count === 0) return null;
    const t = this.total();
    if (t instanceof TemporalValue) return t.divide(BigInt(this.count)) ?? null;
    return Number(t) / this.count;
  }
}

class Extreme extends ValueAccumulator {
  private best: CypherValue = null;
  constructor(
    distinct: boolean,
    private readonly sign: 1 | -1,
  ) {
    super(distinct);
  }
  protected accept(v: Exclude<CypherValue, null>): void {
    if (this.best === null || this.sign * orderCompare(v, this.best) > 0) this.best = v;
  }
  result(): CypherValue {
    return this.best;
  }
}

class Collect extends ValueAccumulator {
  private readonly items: CypherValue[] = [];
  protected accept(v: Exclude<CypherValue, null>): void {
    this.items.push(v);
  }
  result(): CypherValue {
    return this.items;
  }
}

/** Welford's running mean and variance */
class StDev extends ValueAccumulator {
  private n = 0;
  private mean = 0;
  private m2 = 0;
  constructor(
    distinct: boolean,
    private readonly population: boolean,
  ) {
    super(distinct);
  }
  protected accept(v: Exclude<CypherValue, null>): void {
    if (typeof v !== 'bigint' && typeof v !== 'number') {
      throw argumentTypeError(this.population ? 'stDevP' : 'stDev', `expected a number but got ${typeName(v)}`);
    }
    const x = Number(v);
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  result(): CypherValue {
    const div = this.population ? this.n : this.n - 1;
    return div <= 0 ? 0 : Math.sqrt(this.m2 / div);
  }
}

class Percentile extends ValueAccumulator {
  private readonly values: Array<bigint | number> = [];
  private p = 0;
  constructor(
    distinct: boolean,
    private readonly continuous: boolean,
  ) {
    super(distinct);
  }
  private get fn(): string {
    return this.continuous ? 'percentileCont' : 'percentileDisc';
  }
  protected accept(v: Exclude<CypherValue, null>, args: CypherValue[]): void {
    if (typeof v !== 'bigint' && typeof v !== 'number') {
      throw argumentTypeError(this.fn, `expected a number but got ${typeName(v)}`);
    }
    const p = args[1];
    if (typeof p !== 'bigint' && typeof p !== 'number') {
      throw argumentTypeError(this.fn, `the percentile must be a number but got ${typeName(p ?? null)}`);
    }
    const pf = Number(p);
    if (!(pf >= 0 && pf <= 1)) {
      throw argumentError(this.fn, 'NumberOutOfRange', `the percentile must be between 0.0 and 1.0 but got ${pf}`);
    }
    this.p = pf;
    this.values.push(v);
  }
  result(): CypherValue {
    const n = this.values.length;
    if (n === 0) return null;
    const sorted = [...this.values].sort(compareNumbers);
    if (!this.continuous) {
      const x = this.p * n;
      const i = Math.floor(x);
      const idx = x !== i || i === 0 ? i : i - 1; // ceil(p * n) - 1, at least 0
      return sorted[Math.min(idx, n - 1)];
    }
    const x = this.p * (n - 1);
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    if (lo === hi || lo === n - 1) return Number(sorted[lo]);
    return Number(sorted[lo]) * (hi - x) + Number(sorted[hi]) * (x - lo);
  }
}

function aggregate(
  name: string,
  minArgs: number,
  maxArgs: number,
  create: (distinct: boolean, ctx: FunctionContext) => Accumulator,
): AggregateDef {
  return { name, minArgs, maxArgs, create };
}

export const AGGREGATES: AggregateDef[] = [
  aggregate('count', 0, 1, (d) => new Count(d)),
  aggregate('sum', 1, 1, (d) => new Sum(d)),
  aggregate('avg', 1, 1, (d) => new Avg(d)),
  aggregate('min', 1, 1, (d) => new Extreme(d, -1)),
  aggregate('max', 1, 1, (d) => new Extreme(d, 1)),
  aggregate('collect', 1, 1, (d) => new Collect(d)),
  aggregate('stDev', 1, 1, (d) => new StDev(d, false)),
  aggregate('stDevP', 1, 1, (d) => new StDev(d, true)),
  aggregate('percentileCont', 2, 2, (d) => new Percentile(d, true)),
  aggregate('percentileDisc', 2, 2, (d) => new Percentile(d, false)),
];
