import { expect } from 'chai';
import { lookupTable } from './lookupTable';

describe('model/lookupTable', () => {
  const table = lookupTable({ court: 'court', 'the hague': 'The Hague' });

  it('finds its entries', () => {
    expect(table.court).to.equal('court');
    expect(table['the hague']).to.equal('The Hague');
    expect(Object.keys(table)).to.deep.equal(['court', 'the hague']);
  });

  for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
    it(`finds nothing for "${word}", a member of every plain object`, () => {
      expect(table[word]).to.equal(undefined);
      expect(word in table).to.equal(false);
      expect(({} as Record<string, unknown>)[word]).to.not.equal(undefined); // what a plain object would have answered
    });
  }

  it('copies its entries (the argument is not the table)', () => {
    const entries = { a: 1 };
    const t = lookupTable(entries);
    entries.a = 2;
    expect(t.a).to.equal(1);
  });
});
