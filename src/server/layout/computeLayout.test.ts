import { expect } from 'chai';
import Graph from 'graphology';
import { computeLayout, defaultLayoutIterations } from './computeLayout';
import { seededRandom } from './seededRandom';

function ring(n: number): Graph {
  const g = new Graph({ multi: true });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { labels: ['Person'], properties: {} });
  for (let i = 0; i < n; i++) {
    g.addEdge(`n${i}`, `n${(i + 1) % n}`, { type: 'ALLY_OF' });
    g.addEdge(`n${i}`, `n${(i + 1) % n}`, { type: 'BORDERS' }); // parallel: collapsed for the layout
  }
  return g;
}

describe('server/layout/computeLayout', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const g = ring(30);
    const a = computeLayout(g, { iterations: 50, seed: 7 });
    const b = computeLayout(g, { iterations: 50, seed: 7 });
    const c = computeLayout(g, { iterations: 50, seed: 8 });
    expect([...a.positions]).to.deep.equal([...b.positions]);
    expect([...a.positions]).not.to.deep.equal([...c.positions]);
  });
  it('gives every node finite, distinct positions and leaves the store graph alone', () => {
    const g = ring(40);
    const before = JSON.stringify(g.export());
    const { positions, iterations } = computeLayout(g, { iterations: null, seed: 1 });
    expect(iterations).to.equal(defaultLayoutIterations(g.order, g.size));
    expect(positions.size).to.equal(40);
    const seen = new Set<string>();
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).to.equal(true);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).to.equal(40);
    expect(JSON.stringify(g.export())).to.equal(before);
  });
  it('handles the empty graph and a single node', () => {
    expect(computeLayout(new Graph(), { iterations: 10, seed: 1 }).positions.size).to.equal(0);
    const one = new Graph();
    one.addNode('a');
    const p = computeLayout(one, { iterations: 10, seed: 1 }).positions.get('a')!;
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).to.equal(true);
  });
  it('budgets fewer iterations for bigger graphs, within bounds', () => {
    expect(defaultLayoutIterations(10, 10)).to.equal(300);
    expect(defaultLayoutIterations(10_000, 20_000)).to.be.lessThan(defaultLayoutIterations(1000, 2000));
    expect(defaultLayoutIterations(1e7, 1e7)).to.equal(15);
  });
  it('seededRandom is reproducible and in [0, 1)', () => {
    const a = seededRandom(3), b = seededRandom(3);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).to.equal(b());
      expect(x >= 0 && x < 1).to.equal(true);
    }
  });
});
