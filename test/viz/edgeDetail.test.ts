import { expect } from 'chai';
import { drawHairlines, flaggedRange, HAIRLINES_FROM, parseEdgeDetail, type EdgeDetail } from '../../viz/src/state/edgeDetail';

describe('viz/state/edgeDetail', () => {
  const parsed: Array<[string | null, EdgeDetail]> = [
    ['auto', 'auto'],
    ['full', 'full'],
    ['hairline', 'hairline'],
    [null, 'auto'],
    ['', 'auto'],
    ['Hairline', 'auto'],
    ['lines', 'auto'],
  ];
  for (const [value, detail] of parsed) it(`?edges=${JSON.stringify(value)} is ${detail}`, () => expect(parseEdgeDetail(value)).to.equal(detail));

  const cases: Array<[EdgeDetail, boolean, number, boolean]> = [
    ['auto', true, 20000, true],
    ['auto', true, HAIRLINES_FROM + 1, true],
    ['auto', true, HAIRLINES_FROM, false],
    ['auto', true, 2000, false],
    ['auto', true, 0, false],
    ['auto', false, 20000, false],
    ['full', true, 20000, false],
    ['full', false, 20000, false],
    ['hairline', true, 10, true],
    ['hairline', false, 10, true],
  ];
  for (const [detail, software, visible, hairlines] of cases)
    it(`${detail}, ${software ? 'CPU' : 'GPU'} renderer, ${visible} visible: ${hairlines ? 'hairlines' : 'rectangles'}`, () =>
      expect(drawHairlines(detail, software, visible)).to.equal(hairlines));

  const ranges: Array<[number[], { first: number; count: number } | null]> = [
    [[], null],
    [[0, 0, 0], null],
    [[0, 0, 1], { first: 2, count: 1 }],
    [[0, 1, 1, 1], { first: 1, count: 3 }],
    [[1, 0, 0, 1, 0], { first: 0, count: 4 }],
    [[1], { first: 0, count: 1 }],
  ];
  for (const [flags, range] of ranges)
    it(`emphasised slots [${flags.join(',')}]: drawn ${range ? `from ${range.first}, ${range.count}` : 'none'}`, () =>
      expect(flaggedRange(Uint8Array.from(flags))).to.deep.equal(range));
});
