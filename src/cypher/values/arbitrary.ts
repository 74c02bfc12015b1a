/**
 * fast-check generators of Cypher values, for property tests. Numbers deliberately collide across
 * INTEGER and FLOAT (1 and 1.0, -0.0, NaN) so that equivalence and ordering edge cases come up often.
 */
import fc from 'fast-check';
import { FakeTemporal } from './testGraph';
import { NodeValue, PathValue, RelationshipValue, type CypherValue } from './types';

const keys = fc.constantFrom('1', '2', '10', 'a', 'b');

export const scalarArb: fc.Arbitrary<CypherValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.bigInt({ min: -3n, max: 3n }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(0, -0, 1, -1, 1.5, 2, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 + 2),
  fc.double(),
  fc.string({ maxLength: 3 }),
  keys.map((k) => new NodeValue(k)),
  keys.map((k) => new RelationshipValue(k)),
  fc.integer({ min: -2, max: 2 }).map((d) => new FakeTemporal('Date', d)),
  fc.integer({ min: -2, max: 2 }).map((d) => new FakeTemporal('Duration', d)),
  fc.array(keys, { minLength: 1, maxLength: 3 }).map(
    (ks) => new PathValue(ks.map((k) => new NodeValue(k)), ks.slice(1).map((k) => new RelationshipValue(k))),
  ),
);

export const valueArb: fc.Arbitrary<CypherValue> = fc.letrec<{ value: CypherValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('value'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.constantFrom('k', 'l', 'm'), tie('value')), { maxLength: 3 })
      .map((entries) => new Map(entries)),
  ),
})).value;
