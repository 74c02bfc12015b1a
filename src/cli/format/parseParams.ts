/**
 * `--param name=value` on the command line: the value is read as JSON when it is valid JSON (numbers,
 * true/false, null, "quoted strings", [lists], {maps}), and as a plain string otherwise, so
 * `--param n=5` is the integer 5 and `--param from=2024-01-01` the string '2024-01-01'.
 */
import { inputError } from '../../model/errors';

export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw inputError('query', `--param takes name=value, got '${text}'`);
  const name = text.slice(0, eq).trim().replace(/^\$/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw inputError('query', `--param: '${name}' is not a parameter name`);
  const raw = text.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}

export function parseParams(list: readonly string[] = [], json?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw inputError('query', '--params must be a JSON object');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw inputError('query', '--params must be a JSON object');
    Object.assign(out, parsed);
  }
  for (const p of list) {
    const [k, v] = parseParam(p);
    out[k] = v;
  }
  return out;
}
