import { expect } from 'chai';
import { firstInOrder } from './orderProperties';

describe('firstInOrder: the first key of a map in a given order, by one pass', () => {
  // most votes first, then the shorter key, then alphabetical
  const order = (a: string, x: number, b: string, y: number) => y - x || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const table: [string, [string, number][], string | undefined][] = [
    ['empty', [], undefined],
    ['one', [['a', 1]], 'a'],
    ['most votes wins wherever it is', [['a', 1], ['b', 3], ['c', 2]], 'b'],
    ['tie: shorter', [['long', 2], ['sh', 2]], 'sh'],
    ['tie: alphabetical, not insertion order', [['zz', 2], ['aa', 2]], 'aa'],
  ];
  for (const [name, entries, expected] of table) {
    it(name, () => {
      const m = new Map(entries);
      expect(firstInOrder(m, order)).to.equal(expected);
      expect(firstInOrder(m, order)).to.equal([...m].sort(([a, x], [b, y]) => order(a, x, b, y))[0]?.[0]);
    });
  }
});
