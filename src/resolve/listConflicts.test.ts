import { expect } from 'chai';
import type { GraphBatch } from '../model/types';
import { countConflicts, listConflicts } from './listConflicts';
import { resolveGraph } from './resolveGraph';
import { A, B, seedCorpus } from './testing/seedCorpus';

describe('resolve/listConflicts', () => {
  it('the seeds: ratification year on PARTY_TO and on the Ratification event', () => {
    const { docs, extractions } = seedCorpus();
    expect(listConflicts(resolveGraph(docs, extractions))).to.deep.equal([
      {
        subject: 'PARTY_TO:7eb522616be4',
        description: 'Mongolia -PARTY_TO-> Rome Statute',
        property: 'ratified',
        claims: [
          { value: '2002', sources: [A] },
          { value: '2003', sources: [B] },
        ],
      },
      {
        subject: 'event:ratification-mongolia-rome-statute-2002',
        description: 'Event Mongolia ratifies the Rome Statute',
        property: 'date',
        claims: [
          { value: '2002', sources: [A] },
          { value: '2003', sources: [B] },
        ],
      },
    ]);
  });

  const table: { what: string; batch: GraphBatch; want: [string, string][] }[] = [
    {
      what: 'no claims, no conflicts',
      batch: { nodes: [{ id: 'person:x', label: 'Person', properties: { id: 'person:x', name: 'X' } }], edges: [] },
      want: [],
    },
    {
      what: 'agreeing claims and date refinements are not conflicts',
      batch: {
        nodes: [{ id: 'event:e', label: 'Event', properties: { id: 'event:e', name: 'E', date: '2024-09-03', date_values: ['2024-09', '2024-09-03'], date_sources: ['article:a', 'article:b'] } }],
        edges: [{ id: 'LEADER_OF:1', type: 'LEADER_OF', from: 'person:x', to: 'country:y', properties: { role: 'President', role_values: ['President', 'President'], role_sources: ['article:a', 'article:b'] } }],
      },
      want: [],
    },
    {
      what: 'disagreeing values are found even when `conflicts` was not written (a hand-edited graph)',
      batch: {
        nodes: [],
        edges: [{ id: 'PARTY_TO:1', type: 'PARTY_TO', from: 'country:x', to: 'treaty:y', properties: { signed: '2000', signed_values: ['2000', '2001'], signed_sources: ['article:a', 'article:b'] } }],
      },
      want: [['PARTY_TO:1', 'signed']],
    },
    {
      what: 'different roles are not a conflict: a person can be "President" and "leader" at once',
      batch: {
        nodes: [],
        edges: [{ id: 'LEADER_OF:2', type: 'LEADER_OF', from: 'person:x', to: 'country:y', properties: { role: 'President', role_values: ['President', 'leader'], role_sources: ['article:a', 'article:b'] } }],
      },
      want: [],
    },
    {
      what: 'a property named in `conflicts` is listed',
      batch: {
        nodes: [{ id: 'event:e', label: 'Event', properties: { id: 'event:e', name: 'E', date: '2019', date_values: ['2019', '2024'], date_sources: ['article:a', 'article:b'], conflicts: ['date'] } }],
        edges: [],
      },
      want: [['event:e', 'date']],
    },
    {
      what: 'a property both named in `conflicts` and disagreeing is listed once; others beside it too',
      batch: {
        nodes: [{ id: 'event:e', label: 'Event', properties: { id: 'event:e', name: 'E', date: '2019', date_values: ['2019', '2024'], date_sources: ['article:a', 'article:b'], conflicts: ['date', 'place', 7] as unknown as string[] } }],
        edges: [
          { id: 'PARTY_TO:3', type: 'PARTY_TO', from: 'country:x', to: 'treaty:y', properties: { signed: '2000', signed_values: ['2000', '2001'], signed_sources: ['article:a', 'article:b'], ratified: '2002', ratified_values: ['2002', '2003'], ratified_sources: ['article:a', 'article:b'] } },
          { id: 'PARTY_TO:4', type: 'PARTY_TO', from: 'country:x', to: 'treaty:z', properties: { signed: '2000', signed_values: ['2000', '2001'] } },
        ],
      },
      want: [['PARTY_TO:3', 'ratified'], ['PARTY_TO:3', 'signed'], ['event:e', 'date'], ['event:e', 'place']],
    },
  ];
  for (const c of table) {
    it(c.what, () => expect(listConflicts(c.batch).map((x) => [x.subject, x.property])).to.deep.equal(c.want));
    it(`countConflicts, as many: ${c.what}`, () => expect(countConflicts(c.batch)).to.equal(c.want.length));
  }
  it('countConflicts on the seeds: as many as listConflicts', () => {
    const { docs, extractions } = seedCorpus();
    const batch = resolveGraph(docs, extractions);
    expect(countConflicts(batch)).to.equal(listConflicts(batch).length).and.to.equal(2);
  });
});
