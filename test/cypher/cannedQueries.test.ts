/**
 * Every query in cypher/ runs on the seed graph and answers its question: the checks are facts a
 * careful reader takes from the four seed articles, asserted loosely enough that a better extractor
 * (more facts) keeps passing and strictly enough that a wrong one fails.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NewsgraphDb, type QueryOutput } from '../../src/api/openGraph';
import { buildGraph } from '../../src/pipeline';

const DIR = path.join(__dirname, '..', '..', 'cypher');
type Row = QueryOutput['rows'][number];

const has = (rows: Row[], want: Row) =>
  rows.some((r) => Object.entries(want).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v)));

const CASES: { file: string; params?: Record<string, unknown>; check(rows: Row[]): void }[] = [
  {
    file: 'leaders.cypher',
    check: (rows) => {
      expect(has(rows, { leader: 'Vladimir Putin', leads: 'Russia', kind: 'Country' })).to.equal(true);
      expect(has(rows, { leader: 'Ukhnaagiin Khurelsukh', leads: 'Mongolia' })).to.equal(true);
    },
  },
  {
    file: 'spokespeople.cypher',
    check: (rows) => {
      expect(rows.some((r) => r.spokesperson === 'Dmitry Peskov')).to.equal(true);
      expect(has(rows, { spokesperson: 'Fadi el-Abdallah', speaksFor: 'International Criminal Court' })).to.equal(true);
    },
  },
  {
    file: 'treaty-parties.cypher',
    check: (rows) => {
      const mongolia = rows.find((r) => r.country === 'Mongolia' && r.treaty === 'Rome Statute');
      expect(mongolia, 'Mongolia party to the Rome Statute').to.not.equal(undefined);
      expect(mongolia!.signed).to.equal('2000');
      expect([...(mongolia!.ratifiedClaims as string[])].sort()).to.deep.equal(['2002', '2003']);
    },
  },
  {
    file: 'timeline.cypher',
    params: { from: null, to: null },
    check: (rows) => {
      const dated = rows.map((r) => r.date).filter((d): d is string => typeof d === 'string');
      expect(dated).to.deep.equal([...dated].sort());
      expect(has(rows, { type: 'ArrestWarrant', date: '2023-03' })).to.equal(true);
      expect(rows.some((r) => r.type === 'Visit' && r.date === '2024-09-03')).to.equal(true);
    },
  },
  {
    file: 'timeline.cypher',
    params: { from: '2024-01-01', to: null },
    check: (rows) => expect(rows.every((r) => typeof r.date === 'string' && r.date >= '2024-01-01')).to.equal(true),
  },
  {
    file: 'actor-profile.cypher',
    params: { name: 'Putin' },
    check: (rows) => {
      expect(rows.every((r) => r.actor === 'Vladimir Putin')).to.equal(true);
      expect(has(rows, { relation: 'LEADER_OF', outgoing: true, other: 'Russia' })).to.equal(true);
    },
  },
  {
    file: 'shortest-path.cypher',
    params: { from: 'Dmitry Peskov', to: 'Rome Statute' },
    check: (rows) => {
      expect(rows).to.have.length(1);
      const p = rows[0].path as string[];
      expect([p[0], p[p.length - 1]]).to.deep.equal(['Dmitry Peskov', 'Rome Statute']);
      expect(rows[0].hops).to.be.within(1, 4);
    },
  },
  {
    file: 'fact-sources.cypher',
    params: { from: 'Vladimir Putin', type: 'LEADER_OF', to: 'Russia' },
    check: (rows) => {
      expect(rows.length).to.be.at.least(2);
      for (const r of rows) expect((r.evidence as string[]).some((s) => /Putin/.test(s))).to.equal(true);
    },
  },
  {
    file: 'conflicts.cypher',
    check: (rows) => {
      const ratified = rows.filter((r) => r.property === 'ratified').map((r) => r.value);
      expect(ratified.sort()).to.deep.equal(['2002', '2003']);
    },
  },
  {
    file: 'co-mentions.cypher',
    check: (rows) => {
      expect(rows.length).to.be.greaterThan(0);
      const counts = rows.map((r) => r.articles as number);
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      expect(has(rows, { first: 'Mongolia', second: 'Russia', articles: 4 }) || has(rows, { first: 'Russia', second: 'Mongolia', articles: 4 })).to.equal(true);
    },
  },
  {
    file: 'events-by-place.cypher',
    check: (rows) => expect(rows.map((r) => r.place)).to.include('Ulaanbaatar'),
  },
  {
    file: 'memberships.cypher',
    check: (rows) => {
      const icc = rows.find((r) => r.organization === 'International Criminal Court');
      expect(icc!.members).to.include.members(['Mongolia', 'Armenia']);
    },
  },
  {
    file: 'relations-between-countries.cypher',
    check: (rows) => {
      expect(has(rows, { country: 'Russia', relation: 'ALLY_OF', other: 'Armenia' })).to.equal(true);
      expect(rows.some((r) => r.relation === 'BORDERS' && [r.country, r.other].includes('Mongolia') && [r.country, r.other].includes('China'))).to.equal(true);
    },
  },
  {
    file: 'articles.cypher',
    check: (rows) => {
      expect(rows).to.have.length(4);
      expect(has(rows, { publisher: 'Buna Times', author: 'David Wyatt' })).to.equal(true);
    },
  },
  {
    file: 'events-of-actor.cypher',
    params: { name: 'Vladimir Putin' },
    check: (rows) => {
      expect(rows.some((r) => r.type === 'Visit' && r.role === 'AGENT' && r.date === '2019')).to.equal(true);
      expect(rows.some((r) => r.type === 'Visit' && r.role === 'AGENT' && r.date === '2024-09-03')).to.equal(true);
      expect(rows.some((r) => r.type === 'ArrestWarrant' && r.role === 'TARGET')).to.equal(true);
    },
  },
  {
    file: 'events-in-window.cypher',
    params: { from: '2024-09-01', to: '2024-09-30' },
    check: (rows) => {
      expect(rows.some((r) => r.type === 'Visit')).to.equal(true);
      expect(rows.every((r) => typeof r.date === 'string' && r.date.startsWith('2024-09'))).to.equal(true);
    },
  },
  {
    file: 'time-between-events.cypher',
    params: { first: 'International Criminal Court arrest warrant for Vladimir Putin', second: 'Vladimir Putin visit to Mongolia' },
    check: (rows) => {
      // warrant (2023-03) to the visit (2024-09-03): from 2023-03-01 that is 552 days
      expect(has(rows, { secondDate: '2024-09-03', between: 'P1Y6M2D', days: 552 })).to.equal(true);
    },
  },
  {
    file: 'events-per-month.cypher',
    check: (rows) => {
      const sept = rows.find((r) => r.year === 2024 && r.month === 9);
      expect(sept!.events as number).to.be.at.least(1);
      expect(sept!.types).to.include('Visit');
    },
  },
];

describe('cypher/ canned queries on the seed graph', function () {
  this.timeout(120_000);
  let db: NewsgraphDb;
  before(async () => {
    const { graph } = await buildGraph({ paths: [path.join(__dirname, '..', '..', 'seeds')] }, { workers: 1 });
    db = new NewsgraphDb(graph, null, { readOnly: true, create: false });
  });

  it('every file has a header (question, parameters) and at least 12 exist', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.cypher'));
    expect(files.length).to.be.at.least(12);
    for (const f of files) {
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      expect(text, f).to.match(/^\/\/ Question: .+/m);
      expect(text, f).to.match(/^\/\/ Parameters?: .+/m);
    }
  });

  it('every file is covered by a case below', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.cypher')).sort();
    expect([...new Set(CASES.map((c) => c.file))].sort()).to.deep.equal(files);
  });

  for (const c of CASES) {
    it(`${c.file}${c.params ? ` ${JSON.stringify(c.params)}` : ''}`, async () => {
      const text = fs.readFileSync(path.join(DIR, c.file), 'utf8');
      const r = await db.run(text, c.params ?? {});
      c.check(r.rows);
    });
  }
});
