import { expect } from 'chai';
import { getAggregate, getFunction } from './registry';
import { acceptsArgument, argumentTypes, signedFunctions } from './signatures';

describe('functions/signatures', () => {
  const cases: Array<[string, number, string, boolean]> = [
    ['properties', 0, 'INTEGER', false],
    ['properties', 0, 'STRING', false],
    ['properties', 0, 'LIST', false],
    ['properties', 0, 'MAP', true],
    ['properties', 0, 'NODE', true],
    ['type', 0, 'NODE', false],
    ['type', 0, 'RELATIONSHIP', true],
    ['labels', 0, 'PATH', false],
    ['size', 0, 'PATH', false],
    ['size', 0, 'LIST', true],
    ['length', 0, 'NODE', false],
    ['length', 0, 'RELATIONSHIP', false],
    ['length', 0, 'PATH', true],
    ['sqrt', 0, 'INTEGER', true],
    ['sqrt', 0, 'FLOAT', true],
    ['toString', 0, 'DATE', true],
    ['toString', 0, 'LIST', false],
    ['TOUPPER', 0, 'NULL', true],
    ['toUpper', 0, 'ANY', true],
    ['coalesce', 3, 'NODE', true],
    ['no.such.function', 0, 'INTEGER', true],
  ];
  for (const [fn, i, type, ok] of cases) {
    it(`${fn} argument ${i} ${ok ? 'accepts' : 'rejects'} ${type}`, () => expect(acceptsArgument(fn, i, type)).to.equal(ok));
  }

  it('every signature names a registered function and stays within its arity', () => {
    for (const name of signedFunctions()) {
      const def = getFunction(name) ?? getAggregate(name);
      expect(def, name).to.not.equal(undefined);
      expect(argumentTypes(name, def!.maxArgs), name).to.equal(undefined);
      expect(argumentTypes(name, def!.minArgs - 1 < 0 ? 0 : def!.minArgs - 1), name).to.not.equal(undefined);
    }
  });
});
