/**
 * Helpers for the function tests: a FunctionContext over a FakeGraph, calls by name through the
 * registry (so the tests also cover registration), and an assertion on CypherError class and detail.
 */
import { expect } from 'chai';
import { FakeGraph } from '../values/testGraph';
import { CypherError, type CypherValue } from '../values/types';
import { getAggregate, getFunction } from './registry';
import type { FunctionContext } from './types';

export function testContext(graph = new FakeGraph()): FunctionContext {
  const now = new Date('2024-05-01T12:00:00Z');
  return { access: graph, statementTime: now, transactionTime: now };
}

export function callFn(name: string, args: CypherValue[], ctx = testContext()): CypherValue {
  const def = getFunction(name);
  if (!def) throw new Error(`no function ${name}`);
  expect(args.length, `${name} arity`).to.be.within(def.minArgs, def.maxArgs);
  return def.call(args, ctx);
}

/** runs an aggregate over rows of arguments */
export function aggregate(name: string, rows: CypherValue[][], distinct = false, ctx = testContext()): CypherValue {
  const def = getAggregate(name);
  if (!def) throw new Error(`no aggregate ${name}`);
  const acc = def.create(distinct, ctx);
  for (const row of rows) acc.add(row);
  return acc.result();
}

export function expectCypherError(f: () => unknown, cypherClass: string, detail: string): void {
  try {
    f();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(CypherError);
    expect((e as CypherError).cypherClass).to.equal(cypherClass);
    expect((e as CypherError).detail).to.equal(detail);
    expect((e as CypherError).phase).to.equal('runtime');
    return;
  }
  expect.fail(`expected ${cypherClass} ${detail}`);
}

/** deep equality that tells INTEGER from FLOAT and NaN from everything but NaN */
export function expectValue(actual: CypherValue, expected: CypherValue): void {
  if (typeof expected === 'number' && Number.isNaN(expected)) {
    expect(actual).to.be.NaN;
    return;
  }
  expect(typeof actual).to.equal(typeof expected);
  expect(actual).to.deep.equal(expected);
}
