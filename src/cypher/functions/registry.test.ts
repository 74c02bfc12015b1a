import { expect } from 'chai';
import { getAggregate, getFunction, isAggregate, registerFunction } from './registry';

describe('functions/registry', () => {
  it('looks names up case-insensitively', () => {
    expect(getFunction('TOUPPER')?.name).to.equal('toUpper');
    expect(getFunction('tointeger')?.name).to.equal('toInteger');
    expect(getAggregate('COLLECT')?.name).to.equal('collect');
    expect(getAggregate('percentiledisc')?.name).to.equal('percentileDisc');
  });
  it('tells aggregates from functions', () => {
    for (const name of ['count', 'SUM', 'avg', 'min', 'max', 'collect', 'stDev', 'stDevP', 'percentileCont', 'percentileDisc']) {
      expect(isAggregate(name), name).to.equal(true);
    }
    expect(isAggregate('size')).to.equal(false);
    expect(getFunction('count')).to.equal(undefined);
  });
  it('has every TCK function outside temporal', () => {
    const names = ['size', 'reverse', 'labels', 'keys', 'toString', 'type', 'range', 'toInteger', 'properties', 'nodes',
      'toFloat', 'relationships', 'tail', 'length', 'coalesce', 'toBoolean', 'head', 'abs', 'sqrt', 'split', 'substring',
      'sign', 'toLower', 'startNode', 'last', 'endNode', 'ceil', 'rand', 'timestamp', 'randomUUID', 'elementId', 'id'];
    for (const name of names) expect(getFunction(name), name).to.not.equal(undefined);
  });
  it('marks clock and random functions non-deterministic', () => {
    expect(getFunction('rand')?.deterministic).to.equal(false);
    expect(getFunction('timestamp')?.deterministic).to.equal(false);
    expect(getFunction('abs')?.deterministic).to.equal(true);
  });
  it('accepts registrations (namespaced names kept)', () => {
    registerFunction({ name: 'test.Twice', minArgs: 1, maxArgs: 1, call: ([x]) => (typeof x === 'bigint' ? x * 2n : null) });
    const def = getFunction('TEST.twice');
    expect(def?.name).to.equal('test.Twice');
    expect(def?.call([21n], undefined as never)).to.equal(42n);
  });
  it('declares arities', () => {
    expect(getFunction('coalesce')?.maxArgs).to.equal(Infinity);
    expect(getFunction('substring')).to.include({ minArgs: 2, maxArgs: 3 });
    expect(getFunction('round')).to.include({ minArgs: 1, maxArgs: 3 });
    expect(getAggregate('count')).to.include({ minArgs: 0, maxArgs: 1 });
  });
});
