/**
 * Exact rationals over bigint, for Cypher's duration arithmetic: fractional components cascade
 * down (months -> days -> seconds -> nanoseconds) and must not pick up binary floating-point error
 * (duration({months: 0.75}) is exactly P22DT19H51M49.5S).
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint; // > 0
}

export const ZERO: Rational = { n: 0n, d: 1n };

export function rat(n: bigint, d = 1n): Rational {
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** a decimal literal ('1.5', '-0.75', '2,5', '1e-3') */
export function fromDecimal(text: string): Rational {
  const m = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a number: ${text}`);
  const frac = m[3] ?? '';
  let n = BigInt((m[2] || '0') + frac);
  let d = 10n ** BigInt(frac.length);
  const e = Number(m[4] ?? 0);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  return rat(m[1] === '-' ? -n : n, d);
}

/** an INTEGER or FLOAT value, a FLOAT read as the decimal it prints as */
export function fromNumber(v: bigint | number): Rational {
  if (typeof v === 'bigint') return { n: v, d: 1n };
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return { n: BigInt(v), d: 1n };
  return fromDecimal(String(v));
}

export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
}

export function scale(a: Rational, k: bigint): Rational {
  return { n: a.n * k, d: a.d };
}

/** toward zero */
export function trunc(a: Rational): bigint {
  return a.n / a.d;
}
