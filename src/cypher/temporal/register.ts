/**
 * The temporal functions, as FunctionDefs for the registry (src/cypher/functions/registry.ts adds
 * TEMPORAL_FUNCTIONS), and the store decoder hook. Importing this module registers the decoder.
 */
import { setTemporalDecoder } from '../exec/storeValue';
import type { FunctionContext, FunctionDef } from '../functions/types';
import { argumentTypeError } from '../values/errors';
import { typeName } from '../values/typeName';
import { isMap, type CypherValue } from '../values/types';
import { between, type BetweenUnit } from './between';
import { durationFromMap, fromEpochSeconds, fromMap, now, select, type PointType } from './construct';
import { DurationValue } from './duration';
import { parseDuration, parsePoint } from './parse';
import { PointValue } from './point';
import { decodeTemporal } from './store';
import { truncate } from './truncate';
import { parseZone } from './zone';

setTemporalDecoder(decodeTemporal);

const CONSTRUCTORS: [string, PointType][] = [
  ['date', 'Date'],
  ['localtime', 'LocalTime'],
  ['time', 'Time'],
  ['localdatetime', 'LocalDateTime'],
  ['datetime', 'DateTime'],
];

function construct(name: string, type: PointType, arg: CypherValue | undefined, ctx: FunctionContext): CypherValue {
  if (arg === undefined) return now(type, ctx.statementTime);
  if (arg === null) return null;
  if (typeof arg === 'string') return parsePoint(type, arg);
  if (isMap(arg)) return fromMap(type, arg, ctx.statementTime);
  if (arg instanceof PointValue) return select(type, arg);
  throw argumentTypeError(name, `expected a STRING, MAP or temporal value but got ${typeName(arg)}`);
}

function clockFunction(name: string, type: PointType, clock: (ctx: FunctionContext) => Date): FunctionDef {
  return {
    name,
    minArgs: 0,
    maxArgs: 1,
    deterministic: false,
    call(args, ctx) {
      if (args.length === 0) return now(type, clock(ctx));
      const tz = args[0];
      if (tz === null) return null;
      if (typeof tz === 'string') return now(type, clock(ctx), parseZone(tz));
      if (isMap(tz)) return fromMap(type, tz, clock(ctx));
      throw argumentTypeError(name, `expected a time zone STRING but got ${typeName(tz)}`);
    },
  };
}

function temporalArg(fn: string, v: CypherValue): PointValue {
  if (v instanceof PointValue) return v;
  throw argumentTypeError(fn, `expected a temporal instant but got ${typeName(v)}`);
}

function intArg(fn: string, v: CypherValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw argumentTypeError(fn, `expected an INTEGER but got ${typeName(v)}`);
}

function build(): FunctionDef[] {
  const defs: FunctionDef[] = [];
  for (const [name, type] of CONSTRUCTORS) {
    defs.push({ name, minArgs: 0, maxArgs: 1, deterministic: false, call: (args, ctx) => construct(name, type, args[0], ctx) });
    defs.push(clockFunction(`${name}.statement`, type, (ctx) => ctx.statementTime));
    defs.push(clockFunction(`${name}.transaction`, type, (ctx) => ctx.transactionTime));
    defs.push(clockFunction(`${name}.realtime`, type, () => new Date()));
    defs.push({
      name: `${name}.truncate`,
      minArgs: 2,
      maxArgs: 3,
      call(args) {
        const [unit, value, map] = args;
        if (unit === null || value === null) return null;
        if (typeof unit !== 'string') throw argumentTypeError(`${name}.truncate`, 'the unit must be a STRING');
        if (map !== undefined && map !== null && !isMap(map)) throw argumentTypeError(`${name}.truncate`, 'the third argument must be a MAP');
        return truncate(type, unit, temporalArg(`${name}.truncate`, value), map ?? null);
      },
    });
  }
  defs.push({
    name: 'datetime.fromepoch',
    minArgs: 2,
    maxArgs: 2,
    call: ([s, ns]) => (s === null || ns === null ? null : fromEpochSeconds(intArg('datetime.fromepoch', s), intArg('datetime.fromepoch', ns))),
  });
  defs.push({
    name: 'datetime.fromepochmillis',
    minArgs: 1,
    maxArgs: 1,
    call: ([ms]) => (ms === null ? null : fromEpochSeconds(0n, intArg('datetime.fromepochmillis', ms) * 1_000_000n)),
  });
  defs.push({
    name: 'duration',
    minArgs: 1,
    maxArgs: 1,
    call([v]) {
      if (v === null) return null;
      if (typeof v === 'string') return parseDuration(v);
      if (isMap(v)) return durationFromMap(v);
      if (v instanceof DurationValue) return v;
      throw argumentTypeError('duration', `expected a STRING or MAP but got ${typeName(v)}`);
    },
  });
  const units: [string, BetweenUnit][] = [
    ['duration.between', 'between'],
    ['duration.inMonths', 'months'],
    ['duration.inDays', 'days'],
    ['duration.inSeconds', 'seconds'],
  ];
  for (const [name, unit] of units) {
    defs.push({
      name,
      minArgs: 2,
      maxArgs: 2,
      call: ([a, b]) => (a === null || b === null ? null : between(unit, temporalArg(name, a), temporalArg(name, b))),
    });
  }
  return defs;
}

export const TEMPORAL_FUNCTIONS: readonly FunctionDef[] = build();
