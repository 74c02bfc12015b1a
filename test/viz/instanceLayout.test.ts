import { expect } from 'chai';
import { spreadItem, withoutInstancing, type Definition } from '../../viz/src/state/instanceLayout';

const FLOAT = 5126;
const UNSIGNED_BYTE = 5121;

describe('viz/state/instanceLayout', () => {
  // the shape of sigma's EdgeClampedProgram: item attributes, then per-corner constants
  const clamped: Definition & { METHOD: number } = {
    VERTICES: 3,
    METHOD: 4,
    ATTRIBUTES: [
      { name: 'a_position', size: 2, type: FLOAT },
      { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
    ],
    CONSTANT_ATTRIBUTES: [
      { name: 'a_positionCoef', size: 1, type: FLOAT },
      { name: 'a_normalCoef', size: 1, type: FLOAT },
    ],
    CONSTANT_DATA: [
      [0, 1],
      [0, -1],
      [1, 1],
    ],
  };

  it('withoutInstancing appends the constant attributes and drops the instancing keys', () => {
    const flat = withoutInstancing(clamped);
    expect(flat.ATTRIBUTES.map((a) => a.name)).to.deep.equal(['a_position', 'a_color', 'a_positionCoef', 'a_normalCoef']);
    expect(flat).not.to.have.property('CONSTANT_ATTRIBUTES');
    expect(flat).not.to.have.property('CONSTANT_DATA');
    expect([flat.VERTICES, flat.METHOD]).to.deep.equal([3, 4]);
    // the input definition is left as it was
    expect(clamped.ATTRIBUTES).to.have.length(2);
  });

  it('withoutInstancing leaves a program without instancing as it is', () => {
    const plain: Definition = { VERTICES: 6, ATTRIBUTES: [{ name: 'a_x', size: 1, type: FLOAT }] };
    expect(withoutInstancing(plain)).to.deep.equal(plain);
  });

  it('withoutInstancing refuses constants that do not match the corners', () => {
    expect(() => withoutInstancing({ ...clamped, VERTICES: 6 })).to.throw(/3 constant rows for 6 vertices/);
  });

  const cases: Array<{ name: string; item: number[]; constants: number[][]; start: number; expected: number[] }> = [
    { name: 'three corners, two constants each', item: [7, 8, 9], constants: clamped.CONSTANT_DATA!, start: 0, expected: [7, 8, 9, 0, 1, 7, 8, 9, 0, -1, 7, 8, 9, 1, 1] },
    { name: 'written at an offset (the second item)', item: [1, 2], constants: [[10], [20]], start: 6, expected: [0, 0, 0, 0, 0, 0, 1, 2, 10, 1, 2, 20] },
    { name: 'one corner', item: [5], constants: [[3, 4]], start: 0, expected: [5, 3, 4] },
  ];
  for (const c of cases)
    it(`spreadItem: ${c.name}`, () => {
      const out = new Float32Array(c.expected.length);
      const end = spreadItem(Float32Array.from(c.item), c.item.length, c.constants, out, c.start);
      expect([...out]).to.deep.equal(c.expected);
      expect(end).to.equal(c.expected.length);
    });

  it('spreadItem reads only the item floats it is told (the scratch array may be longer)', () => {
    const out = new Float32Array(6);
    spreadItem(Float32Array.from([1, 2, 99]), 2, [[0], [1]], out, 0);
    expect([...out]).to.deep.equal([1, 2, 0, 1, 2, 1]);
  });
});
