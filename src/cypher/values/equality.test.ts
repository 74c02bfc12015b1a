import { expect } from 'chai';
import fc from 'fast-check';
import { valueArb } from './arbitrary';
import { equals, equivalent, groupKey, inList } from './equality';
import { FakeTemporal, map } from './testGraph';
import { NodeValue, PathValue, RelationshipValue, type CypherValue } from './types';

const n1 = new NodeValue('n1');
const n2 = new NodeValue('n2');
const r1 = new RelationshipValue('r1');
const loop = new PathValue([n1, n1], [r1]);

describe('values/equality', () => {
  describe('equals (Cypher =)', () => {
    const cases: Array<[string, CypherValue, CypherValue, boolean | null]> = [
      ['null = null is unknown', null, null, null],
      ['1 = null is unknown', 1n, null, null],
      ['INTEGER 1 = FLOAT 1.0', 1n, 1.0, true],
      ['1 = 1.5', 1n, 1.5, false],
      ['large integers compare exactly', 4611686018427387905n, 4611686018427387900n, false],
      ['2^53 + 1 is not the float 2^53', 2n ** 53n + 1n, 2 ** 53, false],
      ['NaN = NaN is false', NaN, NaN, false],
      ['NaN = 1 is false', NaN, 1n, false],
      ['-0.0 = 0.0', -0, 0, true],
      ["'1' = 1 across types is false", '1', 1n, false],
      ["'1.0' = 1.0", '1.0', 1.0, false],
      ['list vs string', [1n, 2n], 'foo', false],
      ['lists of different length despite nulls', [1n], [1n, null], false],
      ['a definite difference beats a null', [1n, 2n], [null, 'foo'], false],
      ['only a null left undecided', [1n, 2n], [null, 2n], null],
      ['nested: different length', [[1n]], [[1n], [null]], false],
      ['nested: null undecided', [[1n, 2n], ['foo', 'bar']], [[1n, 2n], [null, 'bar']], null],
      ['[null] = [1]', [null], [1n], null],
      ["['a'] = [1]", ['a'], [1n], false],
      ['{} = {}', map({}), map({}), true],
      ['{k: 1.0} = {k: 1}', map({ k: 1.0 }), map({ k: 1n }), true],
      ['{} = {k: null}: key sets differ', map({}), map({ k: null }), false],
      ['{k: null} = {k: null, l: null}', map({ k: null }), map({ k: null, l: null }), false],
      ['{k: null} = {k: null}', map({ k: null }), map({ k: null }), null],
      ['{k: 1, l: null} = {k: null, l: 1}', map({ k: 1n, l: null }), map({ k: null, l: 1n }), null],
      ['same node', n1, new NodeValue('n1'), true],
      ['different nodes', n1, n2, false],
      ['node vs relationship with the same key', new NodeValue('x'), new RelationshipValue('x'), false],
      ['same path (direction does not matter)', loop, new PathValue([n1, n1], [r1]), true],
      ['temporal delegation', new FakeTemporal('Date', 3), new FakeTemporal('Date', 3), true],
      ['temporal of other type', new FakeTemporal('Date', 3), new FakeTemporal('Duration', 3), false],
      ['temporal vs string', new FakeTemporal('Date', 3), 'D3', false],
    ];
    for (const [name, a, b, expected] of cases) {
      it(name, () => {
        expect(equals(a, b)).to.equal(expected);
        expect(equals(b, a)).to.equal(expected);
      });
    }
  });

  describe('equivalent (DISTINCT, grouping)', () => {
    const cases: Array<[string, CypherValue, CypherValue, boolean]> = [
      ['null ~ null', null, null, true],
      ['null !~ 0', null, 0n, false],
      ['NaN ~ NaN', NaN, NaN, true],
      ['NaN !~ null', NaN, null, false],
      ['1 ~ 1.0', 1n, 1.0, true],
      ['-0.0 ~ 0', -0, 0n, true],
      ['[null] ~ [null]', [null], [null], true],
      ['{k: null} ~ {k: null}', map({ k: null }), map({ k: null }), true],
      ['{k: null} !~ {}', map({ k: null }), map({}), false],
      ['[1, NaN] ~ [1.0, NaN]', [1n, NaN], [1.0, NaN], true],
      ["'a' !~ 'b'", 'a', 'b', false],
    ];
    for (const [name, a, b, expected] of cases) {
      it(name, () => {
        expect(equivalent(a, b)).to.equal(expected);
        expect(groupKey(a) === groupKey(b)).to.equal(expected);
      });
    }

    it('keys keep strings apart from look-alike composites', () => {
      const values: CypherValue[] = ['[1]', [1n], ['1'], 's1', '1', 1n, 'n1', '_', null, 'T', true, n1, 'N"n1"'];
      const keys = new Set(values.map(groupKey));
      expect(keys.size).to.equal(values.length);
    });

    it('property: equivalent values share a group key', () => {
      fc.assert(
        fc.property(valueArb, valueArb, (a, b) => {
          if (equivalent(a, b)) expect(groupKey(a)).to.equal(groupKey(b));
          else expect(groupKey(a)).to.not.equal(groupKey(b));
        }),
        { numRuns: 2000 },
      );
    });

    it('property: equivalence is reflexive and agrees with a true equality', () => {
      fc.assert(
        fc.property(valueArb, valueArb, (a, b) => {
          expect(equivalent(a, a)).to.equal(true);
          if (equals(a, b) === true) expect(equivalent(a, b)).to.equal(true);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('inList (IN)', () => {
    const cases: Array<[string, CypherValue, CypherValue[] | null, boolean | null]> = [
      ['found despite nulls', 3n, [1n, null, 3n], true],
      ['not found with a null', 4n, [1n, null, 3n], null],
      ['number vs string', 1n, ['1', 2n], false],
      ['list element', [1n, 2n], [1n, [1n, 2n]], true],
      ['order matters', [1n, 2n], [1n, [2n, 1n]], false],
      ['nested null decides nothing when lengths differ', [1n], [[1n, null]], false],
      ['nested null undecided', [1n, 2n], [[null, 2n], [1n, 3n]], null],
      ['null in [null]', null, [null], null],
      ['null in []', null, [], false],
      ['[] in []', [], [], false],
      ['[] in [[]]', [], [[]], true],
      ['null list', 1n, null, null],
      ['1 in [1.0]', 1n, [1.0], true],
    ];
    for (const [name, x, list, expected] of cases) {
      it(name, () => expect(inList(x, list)).to.equal(expected));
    }
  });
});
