/**
 * Store property values as Cypher literals, for scripts that must run without parameters
 * (`export cypher`, for `cypher-shell -f`). Strings are escaped so that no text can end the literal;
 * floats always print as floats; temporal tags become constructor calls (`date('2024-09-03')`).
 */
import { formatError } from '../../model/errors';
import { quoteName } from './cypherNames';
import { temporalFunction } from './temporalNames';

export function stringLiteral(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + "'";
}

export function floatLiteral(n: number): string {
  if (Number.isNaN(n)) return '(0.0 / 0.0)';
  if (n === Infinity) return '(1.0 / 0.0)';
  if (n === -Infinity) return '(-1.0 / 0.0)';
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatLiteral(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  const t = v as { $int?: string; $float?: string; $temporal?: string; value?: string };
  if (typeof t.$int === 'string' && /^-?\d+$/.test(t.$int)) return t.$int;
  if (typeof t.$float === 'string') return floatLiteral(Number(t.$float));
  const fn = typeof t.$temporal === 'string' && typeof t.value === 'string' ? temporalFunction(t.$temporal) : undefined;
  if (fn) return `${fn}(${stringLiteral(t.value!)})`;
  if (Object.getPrototypeOf(v) === Object.prototype) {
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${quoteName(k)}: ${cypherLiteral(x)}`);
    return `{${entries.join(', ')}}`;
  }
  throw formatError('export cypher', `cannot write ${JSON.stringify(v)} as a Cypher literal`);
}
