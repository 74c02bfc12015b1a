import { expect } from 'chai';
import { cameraAfter, cssTransform, IDENTITY, project, similarityFromPairs, transformBetween, type Camera2D, type Projection } from '../../viz/src/state/gestureTransform';

describe('viz/state/gestureTransform', () => {
  const pr: Projection = { cx: 700, cy: 450, k: 820 };
  const points = [
    { x: 0, y: 0 },
    { x: 1, y: 1 },
    { x: 0.3, y: 0.8 },
    { x: -2, y: 5 },
  ];
  // base camera, current camera, what the picture does
  const cases: Array<[string, Camera2D, Camera2D]> = [
    ['no move', { x: 0.5, y: 0.5, ratio: 1 }, { x: 0.5, y: 0.5, ratio: 1 }],
    ['pan right', { x: 0.5, y: 0.5, ratio: 1 }, { x: 0.6, y: 0.5, ratio: 1 }],
    ['pan up, zoomed in', { x: 0.5, y: 0.5, ratio: 0.25 }, { x: 0.5, y: 0.58, ratio: 0.25 }],
    ['zoom in at the centre', { x: 0.5, y: 0.5, ratio: 1 }, { x: 0.5, y: 0.5, ratio: 1 / 1.7 }],
    ['zoom out around a point', { x: 0.4, y: 0.7, ratio: 0.3 }, { x: 0.35, y: 0.75, ratio: 0.51 }],
    ['far zoom and pan', { x: 0.5, y: 0.5, ratio: 8 }, { x: 0.02, y: 0.97, ratio: 0.02 }],
  ];
  for (const [name, base, current] of cases) {
    it(`${name}: the moved picture puts every point where the current camera shows it`, () => {
      const t = transformBetween(base, current, pr);
      for (const p of points) {
        const v0 = project(p, base, pr);
        const v1 = project(p, current, pr);
        expect(t.s * v0.x + t.tx).to.be.closeTo(v1.x, 1e-6);
        expect(t.s * v0.y + t.ty).to.be.closeTo(v1.y, 1e-6);
      }
    });
    it(`${name}: the transform maps back to the current camera`, () => {
      const back = cameraAfter(base, transformBetween(base, current, pr), pr);
      expect(back.x).to.be.closeTo(current.x, 1e-9);
      expect(back.y).to.be.closeTo(current.y, 1e-9);
      expect(back.ratio).to.be.closeTo(current.ratio, 1e-12);
    });
    it(`${name}: two projected points give the same transform`, () => {
      const [a, b] = [points[0]!, points[1]!];
      const t = similarityFromPairs(project(a, base, pr), project(b, base, pr), project(a, current, pr), project(b, current, pr));
      const want = transformBetween(base, current, pr);
      expect(t.s).to.be.closeTo(want.s, 1e-9);
      expect(t.tx).to.be.closeTo(want.tx, 1e-6);
      expect(t.ty).to.be.closeTo(want.ty, 1e-6);
    });
  }

  it('panning right moves the picture left; zooming in scales it up', () => {
    const pan = transformBetween({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.6, y: 0.5, ratio: 1 }, pr);
    expect(pan).to.deep.include({ s: 1, ty: 0 });
    expect(pan.tx).to.be.closeTo(-82, 1e-9);
    const zoom = transformBetween({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.5, y: 0.5, ratio: 0.5 }, pr);
    expect(zoom.s).to.equal(2);
    expect(zoom.tx).to.equal(-700); // the centre stays put: 2 * 700 - 700
  });

  const css: Array<[Parameters<typeof cssTransform>[0], string]> = [
    [IDENTITY, ''],
    [{ s: 1, tx: 1e-9, ty: 0 }, ''],
    [{ s: 2, tx: -700, ty: -450 }, 'translate(-700px, -450px) scale(2)'],
    [{ s: 1, tx: 12.5, ty: -3 }, 'translate(12.5px, -3px) scale(1)'],
  ];
  for (const [t, want] of css) it(`css ${JSON.stringify(t)} -> ${JSON.stringify(want)}`, () => expect(cssTransform(t)).to.equal(want));

  it('two identical points give no scale instead of a division by zero', () => {
    const p = { x: 3, y: 4 };
    expect(similarityFromPairs(p, p, { x: 5, y: 4 }, { x: 5, y: 4 })).to.deep.equal({ s: 1, tx: 2, ty: 0 });
  });
});
