import { expect } from 'chai';
import { parse } from '../syntax/parser';
import { isRawRow, rawField, readsOnlyProperties } from './rawRows';

describe('rawRows', () => {
  describe('readsOnlyProperties: the clauses after UNWIND $rows AS r', () => {
    const table: [string, boolean][] = [
      ['MERGE (p:P {id: r.id}) SET p.name = r.name', true],
      ['MATCH (a {id: r.a}), (b {id: r.b}) MERGE (a)-[x:T]->(b) SET x = r.props', true],
      ['WITH r.id AS id WHERE id > 1 RETURN id', true],
      ['RETURN [x IN r.list WHERE x > r.min | x] AS l, r.a.b AS ab', true],
      ['MATCH (p) WHERE EXISTS { MATCH (p)-->(q) WHERE q.id = r.id } RETURN p', true],
      ['RETURN r', false],
      ['RETURN r.id, r', false],
      ['WITH r RETURN r.id', false],
      ['WITH r.id AS r RETURN r', false],
      ['RETURN *', false],
      ['RETURN r {.id} AS m', false],
      ['RETURN keys(r)', false],
      ['RETURN r[$k]', false],
      ['SET r.x = 1', false],
      ['RETURN [r IN [1] | r] AS l', false],
      ['RETURN reduce(r = 0, x IN [1] | r + x) AS s', false],
      ['MATCH (r) RETURN 1', false],
      ['RETURN r.id = r AS same', false],
    ];
    for (const [rest, expected] of table) {
      it(`${rest} -> ${expected}`, () => {
        const q = parse(`UNWIND $rows AS r ${rest}`);
        expect(readsOnlyProperties(q.parts[0].clauses.slice(1), 'r')).to.equal(expected);
      });
    }
  });

  it('isRawRow: plain objects only, never a Cypher value', () => {
    const table: [unknown, boolean][] = [
      [{ a: 1 }, true],
      [Object.create(null), true],
      [new Map(), false],
      [[1], false],
      [null, false],
      ['s', false],
      [1n, false],
      [new Date(0), false],
    ];
    table.forEach(([v, expected], i) => expect(isRawRow(v), `case ${i}`).to.equal(expected));
  });

  it('rawField: own enumerable fields, converted; anything else is null', () => {
    const row = Object.defineProperty({ n: 2, f: 1.5, s: 'x', l: [1, null], u: undefined }, 'hidden', { value: 1, enumerable: false }) as Record<string, unknown>;
    const table: [string, unknown][] = [['n', 2n], ['f', 1.5], ['s', 'x'], ['l', [1n, null]], ['u', null], ['hidden', null], ['missing', null], ['toString', null]];
    for (const [k, expected] of table) expect(rawField(row, k), k).to.deep.equal(expected);
  });
});
