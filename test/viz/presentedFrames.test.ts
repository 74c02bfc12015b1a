import { expect } from 'chai';
import { inputToPaint, presentedFrames } from '../../bench/viewer-bench';

// The viewer bench's measure of what the eye sees: frames are animation-frame timestamps, and a render
// is shown by the first frame after it.
describe('bench/viewer-bench: presented frames and input -> paint', () => {
  const raf = [0, 16, 33, 50, 250, 266, 700];
  const cases: Array<[string, number[], number[]]> = [
    ['one render per frame', [5, 20, 40], [16, 33, 50]],
    ['two renders before one frame count once', [5, 10, 20], [16, 33]],
    ['a frame held back by the GPU: the long gap shows', [55, 260], [250, 266]],
    ['a render after the last frame is not shown yet', [10, 800], [16]],
    ['no renders', [], []],
  ];
  for (const [name, renders, expected] of cases) it(name, () => expect(presentedFrames(raf, renders)).to.deep.equal(expected));

  it('input -> paint runs to the first frame after the first render that follows the input', () => {
    expect(inputToPaint([1, 45, 60, 900], [5, 55, 260], raf)).to.deep.equal([15, 250 - 45, 266 - 60]);
  });
});
