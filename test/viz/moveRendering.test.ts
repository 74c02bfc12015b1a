import { expect } from 'chai';
import { hideEdgesOnMove, isSoftwareRenderer } from '../../viz/src/state/moveRendering';

describe('viz/state/moveRendering', () => {
  const renderers: Array<[string | null, boolean]> = [
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Google SwiftShader', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['WebKit WebGL', false],
    [null, false],
  ];
  for (const [name, software] of renderers) it(`renderer ${JSON.stringify(name)}: ${software ? 'CPU' : 'GPU or unknown'}`, () => expect(isSoftwareRenderer(name)).to.equal(software));

  const cases: Array<[number, boolean, boolean]> = [
    [105, false, false],
    [105, true, false],
    [3000, false, false],
    [3000, true, true],
    [30000, false, true],
    [30000, true, true],
  ];
  for (const [items, software, hide] of cases)
    it(`${items} items on a ${software ? 'CPU' : 'GPU'} renderer: relationships ${hide ? 'hidden' : 'drawn'} while moving`, () => expect(hideEdgesOnMove(items, software)).to.equal(hide));
});
