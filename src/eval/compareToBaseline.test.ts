import { expect } from 'chai';
import { compareToBaseline } from './compareToBaseline';

describe('eval/compareToBaseline', () => {
  const baseline = { 'entities.f1': 0.9, 'events.f1': 0.7, 'furniture.count': 0, 'duplicates.count': 2 };
  const table: [string, Record<string, number>, number | undefined, string[]][] = [
    ['same figures', { ...baseline }, undefined, []],
    ['a drop within the tolerance', { ...baseline, 'entities.f1': 0.881 }, undefined, []],
    ['a drop of exactly the tolerance', { ...baseline, 'entities.f1': 0.88 }, undefined, []],
    ['a drop beyond the tolerance', { ...baseline, 'entities.f1': 0.87 }, undefined, ['entities.f1']],
    ['a tighter tolerance', { ...baseline, 'events.f1': 0.69 }, 0.005, ['events.f1']],
    ['an improvement', { ...baseline, 'events.f1': 0.95, 'duplicates.count': 0 }, undefined, []],
    ['one more furniture node', { ...baseline, 'furniture.count': 1 }, undefined, ['furniture.count']],
    ['a metric that disappeared', { 'entities.f1': 0.9, 'furniture.count': 0, 'duplicates.count': 2 }, undefined, ['events.f1']],
    ['a new metric', { ...baseline, 'relationships.f1': 0.1 }, undefined, []],
  ];
  for (const [name, actual, tolerance, regressed] of table) {
    it(name, () => {
      expect(compareToBaseline(actual, baseline, tolerance).map((r) => r.metric)).to.deep.equal(regressed);
    });
  }
  it('reports the baseline and actual figures', () => {
    expect(compareToBaseline({ ...baseline, 'entities.f1': 0.5 }, baseline)).to.deep.equal([{ metric: 'entities.f1', baseline: 0.9, actual: 0.5 }]);
  });
});
