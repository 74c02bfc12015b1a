/**
 * String functions: toUpper/upper, toLower/lower, trim, ltrim, rtrim, btrim, replace, substring, left,
 * right, split, reverse (strings and lists), size (strings and lists), char_length/character_length
 * (GQL names for the length of a string). Positions and lengths count
 * Unicode code points, as Neo4j does, so a surrogate pair is never split.
 */
import { argumentError } from '../values/errors';
import type { CypherValue } from '../values/types';
import { def, expectLength, expectString, unary, wrongType } from './args';
import type { FunctionDef } from './types';

const SURROGATE = /[\uD800-\uDFFF]/;

/** the code points of `s`, or `s` itself when it has none outside the BMP (then indexes agree) */
function codePoints(s: string): string | string[] {
  return SURROGATE.test(s) ? Array.from(s) : s;
}

function slice(s: string, start: number, end?: number): string {
  const cp = codePoints(s);
  return typeof cp === 'string' ? cp.slice(start, end) : cp.slice(start, end).join('');
}

function lengthOf(s: string): number {
  const cp = codePoints(s);
  return cp.length;
}

function isTrimChar(c: string, chars: string | undefined): boolean {
  return chars === undefined ? /\s/.test(c) : chars.includes(c);
}

function trimWith(fn: string, args: CypherValue[], left: boolean, right: boolean): CypherValue {
  if (args[0] === null || (args.length > 1 && args[1] === null)) return null;
  const s = expectString(fn, args[0]);
  const chars = args.length > 1 ? expectString(fn, args[1]) : undefined;
  if (chars === undefined) return left && right ? s.trim() : left ? s.trimStart() : s.trimEnd();
  const cp = Array.from(s);
  let from = 0;
  let to = cp.length;
  if (left) while (from < to && isTrimChar(cp[from], chars)) from++;
  if (right) while (to > from && isTrimChar(cp[to - 1], chars)) to--;
  return cp.slice(from, to).join('');
}

export const STRING_FUNCTIONS: FunctionDef[] = [
  unary('toUpper', (v) => expectString('toUpper', v).toUpperCase()),
  unary('upper', (v) => expectString('upper', v).toUpperCase()),
  unary('toLower', (v) => expectString('toLower', v).toLowerCase()),
  unary('lower', (v) => expectString('lower', v).toLowerCase()),
  def('trim', 1, 1, (args) => trimWith('trim', args, true, true)),
  def('btrim', 1, 2, (args) => trimWith('btrim', args, true, true)),
  def('ltrim', 1, 2, (args) => trimWith('ltrim', args, true, false)),
  def('rtrim', 1, 2, (args) => trimWith('rtrim', args, false, true)),

  def('replace', 3, 3, ([s, search, replacement]) => {
    if (s === null || search === null || replacement === null) return null;
    const r = expectString('replace', replacement);
    // a function replacement, so `$&` and friends in user text stay literal
    return expectString('replace', s).replaceAll(expectString('replace', search), () => r);
  }),

  def('substring', 2, 3, ([s, start, length]) => {
    if (s === null) return null;
    const str = expectString('substring', s);
    if (start === null || length === null) throw argumentError('substring', 'InvalidArgumentValue', 'start and length must not be null');
    const from = expectLength('substring', start);
    if (length === undefined) return slice(str, from);
    return slice(str, from, from + expectLength('substring', length));
  }),

  def('left', 2, 2, ([s, n]) => {
    if (s === null) return null;
    const str = expectString('left', s);
    if (n === null) throw argumentError('left', 'InvalidArgumentValue', 'length must not be null');
    return slice(str, 0, expectLength('left', n));
  }),

  def('right', 2, 2, ([s, n]) => {
    if (s === null) return null;
    const str = expectString('right', s);
    if (n === null) throw argumentError('right', 'InvalidArgumentValue', 'length must not be null');
    const len = expectLength('right', n);
    const total = lengthOf(str);
    return slice(str, Math.max(0, total - len));
  }),

  def('split', 2, 2, ([s, delim]) => {
    if (s === null || delim === null) return null;
    const str = expectString('split', s);
    if (Array.isArray(delim)) {
      const seps = delim.map((d) => expectString('split', d));
      return splitMany(str, seps);
    }
    const sep = expectString('split', delim);
    if (sep === '') return Array.from(str);
    return str.split(sep);
  }),

  unary('reverse', (v) => {
    if (typeof v === 'string') return Array.from(v).reverse().join('');
    if (Array.isArray(v)) return [...v].reverse();
    wrongType('reverse', 'STRING or LIST', v);
  }),

  unary('char_length', (v) => BigInt(lengthOf(expectString('char_length', v)))),
  unary('character_length', (v) => BigInt(lengthOf(expectString('character_length', v)))),
  unary('size', (v) => {
    if (typeof v === 'string') return BigInt(lengthOf(v));
    if (Array.isArray(v)) return BigInt(v.length);
    wrongType('size', 'STRING or LIST', v);
  }),
];

/** split on any of several delimiters (Neo4j 5: split(s, [',', ';'])) */
function splitMany(s: string, seps: string[]): string[] {
  const nonEmpty = seps.filter((x) => x !== '');
  if (nonEmpty.length === 0) return Array.from(s);
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const sep = nonEmpty.find((x) => s.startsWith(x, i));
    if (sep !== undefined) {
      out.push(s.slice(from, i));
      i += sep.length;
      from = i;
    } else i++;
  }
  out.push(s.slice(from));
  return out;
}
