/**
 * Decimal rounding for round(x, precision, mode): rounds the shortest decimal form of a FLOAT (what
 * Java's BigDecimal.valueOf sees), so round(1.005, 2) is 1.01 and not the binary artefact 1.0.
 */

export const ROUNDING_MODES = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** `x` rounded to `precision` digits after the decimal point (negative: before it) with `mode` */
export function roundDecimal(x: number, precision: number, mode: RoundingMode): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const negative = x < 0;
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let pointPos = Number(expText) + 1; // digits before the decimal point
  let keep = pointPos + precision;
  if (keep >= digits.length) return x; // already representable at this precision
  if (keep < 0) {
    digits = '0'.repeat(-keep) + digits;
    pointPos -= keep;
    keep = 0;
  }
  const kept = keep === 0 ? 0n : BigInt(digits.slice(0, keep));
  const rest = digits.slice(keep);
  const restZero = /^0*$/.test(rest);
  const first = rest.charCodeAt(0) - 48;
  const beyondHalf = first > 5 || (first === 5 && !/^0*$/.test(rest.slice(1)));
  const exactlyHalf = first === 5 && /^0*$/.test(rest.slice(1));
  let up: boolean;
  switch (mode) {
    case 'UP':
      up = !restZero;
      break;
    case 'DOWN':
      up = false;
      break;
    case 'CEILING':
      up = !restZero && !negative;
      break;
    case 'FLOOR':
      up = !restZero && negative;
      break;
    case 'HALF_UP':
      up = beyondHalf || exactlyHalf;
      break;
    case 'HALF_DOWN':
      up = beyondHalf;
      break;
    case 'HALF_EVEN':
      up = beyondHalf || (exactlyHalf && kept % 2n === 1n);
      break;
  }
  const magnitude = up ? kept + 1n : kept;
  if (magnitude === 0n) return 0; // a decimal has no negative zero
  return Number(`${negative ? '-' : ''}${magnitude}e${-precision}`);
}
