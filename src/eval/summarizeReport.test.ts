import { expect } from 'chai';
import type { GraphBatch } from '../model/types';
import { compareToBaseline, formatRegressions } from './compareToBaseline';
import { parseGold } from './parseGold';
import { scoreGraph } from './scoreGraph';
import { summarizeReport } from './summarizeReport';

const gold = parseGold(
  {
    articles: [{ file: 'a.txt' }],
    entities: [
      { label: 'Person', name: 'Alpha Conde', aliases: ['Conde'] },
      { label: 'Country', name: 'Guinea', aliases: [] },
    ],
    facts: [{ type: 'LEADER_OF', from: 'Conde', to: 'Guinea' }],
    events: [{ type: 'Election', agents: ['Conde'], locations: ['Guinea'] }],
    forbidden: ['Live Chat'],
  },
  'g.json',
);

const batch: GraphBatch = {
  nodes: [
    { id: 'p', label: 'Person', properties: { id: 'p', name: 'Alpha Conde' } },
    { id: 'c', label: 'Country', properties: { id: 'c', name: 'Guinea' } },
    { id: 'x', label: 'Organization', properties: { id: 'x', name: 'Live Chat' } },
  ],
  edges: [{ id: 'r', type: 'LEADER_OF', from: 'p', to: 'c', properties: {} }],
};

describe('eval/summarizeReport', () => {
  it('flattens the headline figures under stable names', () => {
    const m = summarizeReport(scoreGraph(batch, gold));
    expect(m).to.include({
      'entities.recall': 1,
      'entities.precision': 0.6667,
      'entities.Person.f1': 1,
      'entities.Organization.f1': 0,
      'relationships.f1': 1,
      'relationships.LEADER_OF.f1': 1,
      'events.recall': 0,
      'events.Election.f1': 0,
      'conflicts.recall': 1,
      'provenance.rate': 0,
      'furniture.count': 1,
      'duplicates.count': 0,
    });
  });

  it('compareToBaseline accepts a report and formats its regressions', () => {
    const report = scoreGraph(batch, gold);
    const regressions = compareToBaseline(report, { 'entities.f1': 0.95, 'furniture.count': 0, 'relationships.f1': 1 });
    expect(regressions.map((r) => r.metric)).to.deep.equal(['entities.f1', 'furniture.count']);
    expect(formatRegressions(regressions).split('\n')).to.deep.equal([
      'entities.f1: 0.800 < baseline 0.950 (tolerance 0.02)',
      'furniture.count: 1 > baseline 0',
    ]);
  });
});
