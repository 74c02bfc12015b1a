import { expect } from 'chai';
import fc from 'fast-check';
import { topK } from './topK';

describe('topK', () => {
  it('equals a stable sort cut to k', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat())), fc.nat({ max: 12 }), (xs, k) => {
      const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0];
      expect(topK(xs, k, cmp)).to.deep.equal(xs.slice().sort(cmp).slice(0, k));
    }));
  });
  const cases: [number[], number, number[]][] = [
    [[], 3, []],
    [[3, 1, 2], 0, []],
    [[3, 1, 2], 5, [1, 2, 3]],
    [[5, 4, 3, 2, 1], 2, [1, 2]],
  ];
  for (const [xs, k, want] of cases) {
    it(`${JSON.stringify(xs)} k=${k}`, () => expect(topK(xs, k, (a, b) => a - b)).to.deep.equal(want));
  }
});
