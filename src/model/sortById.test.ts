import { expect } from 'chai';
import fc from 'fast-check';
import { compareStrings } from './compareStrings';
import { relationId } from './ids';
import { sortById } from './sortById';

const byComparison = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => compareStrings(a.id, b.id));

describe('model/sortById', () => {
  const table: [string, string[]][] = [
    ['types whose names share a head ("A:" before "AB:")', ['AB:000000000001', 'A:ffffffffffff', 'A:000000000000', 'AB:000000000000']],
    ['digits decide within a type, wherever they differ', ['T:0000000000f0', 'T:00000000000f', 'T:f00000000000', 'T:0f0000000000', 'T:000000000000']],
    ['a type with an underscore after one with a capital (code units)', ['LEADER_OF:00000000000a', 'LEADER:00000000000a', 'LEADERS:000000000000']],
    ['ids of another shape: the comparison sort', ['person:putin', 'T:000000000001', 'event:summit', 'T:000000000000']],
    ['hex digits in capitals are another shape', ['T:00000000000A', 'T:000000000009']],
    ['one record', ['T:000000000000']],
    ['none', []],
  ];
  for (const [what, ids] of table) {
    it(what, () => {
      const records = ids.map((id) => ({ id }));
      expect(sortById([...records]).map((r) => r.id)).to.deep.equal(byComparison(records).map((r) => r.id));
    });
  }

  it('keeps records with the same id in their order (stable), as the comparison sort does', () => {
    const records = ['T:000000000002', 'T:000000000001', 'T:000000000002', 'T:000000000001'].map((id, n) => ({ id, n }));
    expect(sortById([...records]).map((r) => r.n)).to.deep.equal([1, 3, 0, 2]);
  });

  it('sorts in place and returns the same array', () => {
    const records = [{ id: 'T:000000000001' }, { id: 'T:000000000000' }];
    expect(sortById(records)).to.equal(records);
    expect(records[0].id).to.equal('T:000000000000');
  });

  it('gives the comparison sort order on relationship ids of any types and ends', () => {
    const type = fc.constantFrom('AGENT', 'TARGET', 'MENTIONS', 'LEADER_OF', 'LEADER', 'A', 'AB', 'MEMBER_OF');
    fc.assert(
      fc.property(fc.array(fc.tuple(type, fc.string(), fc.string()), { maxLength: 300 }), (rows) => {
        const records = rows.map(([t, from, to], n) => ({ id: relationId(t, from, to), n }));
        expect(sortById([...records])).to.deep.equal(byComparison(records));
      }),
    );
  });
});
