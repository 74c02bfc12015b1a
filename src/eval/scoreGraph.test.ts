import { expect } from 'chai';
import type { EdgeRecord, GraphBatch, NodeRecord, Properties } from '../model/types';
import type { Gold } from './goldTypes';
import { parseGold } from './parseGold';
import { scoreGraph } from './scoreGraph';
import type { Report } from './scoreGraph';
import { formatReport } from './formatReport';

const TEXT =
  'President Vladimir Putin visited Mongolia on September 3, 2024. Kremlin spokesman Dmitry Peskov said the visit was prepared. Mongolia borders Russia.';

const gold: Gold = parseGold(
  {
    articles: [{ file: 'a.txt', url: 'https://example.org/a' }],
    entities: [
      { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin', 'Mr Putin'] },
      { label: 'Person', name: 'Dmitry Peskov', aliases: ['Peskov'] },
      { label: 'Country', name: 'Russia', aliases: ['Russian'], iso3: 'RUS' },
      { label: 'Country', name: 'Mongolia', aliases: [], iso3: 'MNG' },
      { label: 'Organization', name: 'Kremlin', aliases: [], kind: 'government' },
    ],
    facts: [
      { type: 'LEADER_OF', from: 'Vladimir Putin', to: 'Russia', properties: { role: 'President' } },
      { type: 'SPOKESPERSON_FOR', from: 'Peskov', to: 'Kremlin' },
      { type: 'BORDERS', from: 'Mongolia', to: 'Russia' },
    ],
    events: [{ type: 'Visit', date: '2024-09-03', agents: ['Putin'], targets: ['Mongolia'], locations: [] }],
    conflicts: [{ subject: 'Mongolia', relation: { type: 'BORDERS', to: 'Russia' }, property: 'since', values: ['1921', '1924'] }],
    forbidden: ['Live Chat', 'David Wyatt'],
  },
  'test-gold.json',
);

const ART = 'article:a';
const ev = (sentence: string): Properties => ({ sources: [ART], evidence: [sentence], confidence: 0.9 });
const S1 = 'President Vladimir Putin visited Mongolia on September 3, 2024.';
const S2 = 'Kremlin spokesman Dmitry Peskov said the visit was prepared.';
const S3 = 'Mongolia borders Russia.';

const node = (id: string, label: NodeRecord['label'], name: string, extra: Properties = {}): NodeRecord => ({
  id,
  label,
  properties: { id, name, ...extra },
});
const edge = (id: string, type: EdgeRecord['type'], from: string, to: string, extra: Properties): EdgeRecord => ({ id, type, from, to, properties: extra });

/** The batch a perfect extractor would produce for TEXT. */
function perfect(): GraphBatch {
  return {
    nodes: [
      node(ART, 'Article', 'a', { title: 'a', path: 'fixtures/a.txt', text: TEXT }),
      node('person:putin', 'Person', 'Vladimir Putin', { aliases: ['Putin', 'President Vladimir Putin'] }),
      node('person:peskov', 'Person', 'Dmitry Peskov', { aliases: ['Peskov'] }),
      node('country:rus', 'Country', 'Russia'),
      node('country:mng', 'Country', 'Mongolia'),
      node('org:kremlin', 'Organization', 'Kremlin'),
      node('event:visit', 'Event', 'Vladimir Putin visit to Mongolia', { type: 'Visit', date: '2024-09-03', ...ev(S1) }),
    ],
    edges: [
      edge('r1', 'LEADER_OF', 'person:putin', 'country:rus', { role: 'President', ...ev(S1) }),
      edge('r2', 'SPOKESPERSON_FOR', 'person:peskov', 'org:kremlin', ev(S2)),
      edge('r3', 'BORDERS', 'country:mng', 'country:rus', {
        since: '1921',
        since_values: ['1921', '1924'],
        since_sources: [ART, ART],
        conflicts: ['since'],
        ...ev(S3),
      }),
      edge('r4', 'AGENT', 'event:visit', 'person:putin', ev(S1)),
      edge('r5', 'TARGET', 'event:visit', 'country:mng', ev(S1)),
      edge('m1', 'MENTIONS', ART, 'person:putin', { count: 1 }),
    ],
  };
}

type Mutation = (b: GraphBatch) => void;
const drop = (id: string): Mutation => (b) => {
  b.nodes = b.nodes.filter((n) => n.id !== id);
  b.edges = b.edges.filter((e) => e.id !== id && e.from !== id && e.to !== id);
};
const setProps = (id: string, props: Properties): Mutation => (b) => {
  const rec = b.nodes.find((n) => n.id === id) ?? b.edges.find((e) => e.id === id);
  Object.assign(rec!.properties, props);
};
const addNode = (n: NodeRecord): Mutation => (b) => {
  b.nodes.push(n);
};
const addEdge = (e: EdgeRecord): Mutation => (b) => {
  b.edges.push(e);
};

interface Case {
  name: string;
  mutate: Mutation[];
  expect: (r: Report) => void;
}

const cases: Case[] = [
  {
    name: 'a perfect batch scores 1.0 everywhere',
    mutate: [],
    expect: (r) => {
      expect(r.entities.overall).to.include({ precision: 1, recall: 1, f1: 1 });
      expect(r.relationships.overall).to.include({ precision: 1, recall: 1, f1: 1 });
      expect(r.events.overall).to.include({ precision: 1, recall: 1, f1: 1 });
      expect(r.conflicts).to.deep.equal({ expected: 1, found: 1, missing: [] });
      expect(r.provenance).to.include({ checked: 6, verbatim: 6, rate: 1 });
      expect(r.furniture.count).to.equal(0);
      expect(r.duplicates.count).to.equal(0);
      expect(r.articles).to.deep.equal({ expected: 1, found: 1, missing: [] });
      expect(r.relationships.propertyMismatches).to.deep.equal([]);
    },
  },
  {
    name: 'a missing entity lowers recall of its label only',
    mutate: [drop('org:kremlin')],
    expect: (r) => {
      expect(r.entities.byLabel.Organization).to.include({ tp: 0, fn: 1, recall: 0 });
      expect(r.entities.byLabel.Person).to.include({ recall: 1, precision: 1 });
      expect(r.entities.overall.recall).to.equal(4 / 5);
      expect(r.entities.overall.precision).to.equal(1);
      expect(r.entities.missed).to.deep.equal([{ label: 'Organization', name: 'Kremlin' }]);
      expect(r.relationships.byType.SPOKESPERSON_FOR).to.include({ tp: 0, fn: 1 });
    },
  },
  {
    name: 'an extra entity lowers precision',
    mutate: [addNode(node('location:ulaanbaatar', 'Location', 'Ulaanbaatar'))],
    expect: (r) => {
      expect(r.entities.byLabel.Location).to.include({ tp: 0, fp: 1, precision: 0 });
      expect(r.entities.overall.precision).to.equal(5 / 6);
      expect(r.entities.overall.recall).to.equal(1);
      expect(r.entities.extra.map((e) => e.id)).to.deep.equal(['location:ulaanbaatar']);
    },
  },
  {
    name: 'aliases match across case and diacritics',
    mutate: [setProps('person:putin', { name: 'PUTÍN', aliases: ['mr. putin'] })],
    expect: (r) => {
      expect(r.entities.overall.f1).to.equal(1);
      expect(r.relationships.overall.f1).to.equal(1);
    },
  },
  {
    name: 'two nodes for one gold entity are a duplicate and cost precision',
    mutate: [addNode(node('person:mr-putin', 'Person', 'Mr Putin'))],
    expect: (r) => {
      expect(r.duplicates.count).to.equal(1);
      expect(r.duplicates.groups[0].gold).to.equal('Vladimir Putin');
      expect(r.duplicates.groups[0].nodes.map((n) => n.id)).to.deep.equal(['person:putin', 'person:mr-putin']);
      expect(r.entities.byLabel.Person).to.include({ tp: 2, fp: 1, fn: 0 });
    },
  },
  {
    name: 'a forbidden name as a node is furniture, also inside a longer name',
    mutate: [addNode(node('person:david-wyatt', 'Person', 'David Wyatt')), addNode(node('org:chat', 'Organization', 'Live Chat Support'))],
    expect: (r) => {
      expect(r.furniture.count).to.equal(2);
      expect(r.furniture.hits.map((h) => h.forbidden)).to.deep.equal(['David Wyatt', 'Live Chat']);
    },
  },
  {
    name: 'evidence that is not verbatim in its article is detected',
    mutate: [setProps('r2', { evidence: ['Kremlin spokesman Dmitry Peskov said that the visit was prepared.'] })],
    expect: (r) => {
      expect(r.provenance.verbatim).to.equal(5);
      expect(r.provenance.problems).to.deep.equal([
        { id: 'r2', problem: 'not-verbatim', evidence: 'Kremlin spokesman Dmitry Peskov said that the visit was prepared.' },
      ]);
    },
  },
  {
    name: 'a fact without evidence, and one whose source has no text, fail provenance',
    mutate: [setProps('r1', { evidence: [] }), setProps('r3', { sources: ['article:unknown'] })],
    expect: (r) => {
      expect(r.provenance.problems.map((p) => `${p.id}:${p.problem}`)).to.deep.equal(['r1:no-evidence', 'r3:no-source-text']);
      expect(r.provenance.rate).to.equal(4 / 6);
    },
  },
  {
    name: 'a relationship between the right entities but of the wrong type is one miss and one extra',
    mutate: [drop('r2'), addEdge(edge('r9', 'WORKS_FOR', 'person:peskov', 'org:kremlin', ev(S2)))],
    expect: (r) => {
      expect(r.relationships.byType.SPOKESPERSON_FOR).to.include({ tp: 0, fn: 1 });
      expect(r.relationships.byType.WORKS_FOR).to.include({ tp: 0, fp: 1 });
      expect(r.relationships.missed).to.deep.equal(['Peskov -SPOKESPERSON_FOR-> Kremlin']);
      expect(r.relationships.extra).to.deep.equal(['Dmitry Peskov -WORKS_FOR-> Kremlin']);
    },
  },
  {
    name: 'BORDERS is symmetric; parallel edges count once',
    mutate: [
      drop('r3'),
      addEdge(edge('r3b', 'BORDERS', 'country:rus', 'country:mng', ev(S3))),
      addEdge(edge('r3c', 'BORDERS', 'country:mng', 'country:rus', ev(S3))),
    ],
    expect: (r) => {
      expect(r.relationships.byType.BORDERS).to.include({ tp: 1, fp: 0, fn: 0 });
    },
  },
  {
    name: 'a wrong role is reported without changing F1',
    mutate: [setProps('r1', { role: 'Prime Minister' })],
    expect: (r) => {
      expect(r.relationships.overall.f1).to.equal(1);
      expect(r.relationships.propertyMismatches).to.deep.equal([
        { fact: 'Vladimir Putin -LEADER_OF-> Russia', property: 'role', expected: 'President', actual: ['Prime Minister'] },
      ]);
    },
  },
  {
    name: 'an event with a less precise date still matches; a different day does not',
    mutate: [setProps('event:visit', { date: '2024-09' })],
    expect: (r) => expect(r.events.overall.f1).to.equal(1),
  },
  {
    name: 'an event on the wrong day is one miss and one extra',
    mutate: [setProps('event:visit', { date: '2024-09-04' })],
    expect: (r) => {
      expect(r.events.overall).to.include({ tp: 0, fp: 1, fn: 1 });
      expect(r.events.missed[0]).to.match(/^Visit 2024-09-03/);
    },
  },
  {
    name: 'an event whose sources disagree on the date fits through any claimed date',
    mutate: [setProps('event:visit', { date: '2024-09-04', date_values: ['2024-09-04', '2024-09-03'] })],
    expect: (r) => expect(r.events.overall.f1).to.equal(1),
  },
  {
    name: 'an event without the gold participants does not match',
    mutate: [drop('r4'), drop('r5')],
    expect: (r) => expect(r.events.overall).to.include({ tp: 0, fp: 1, fn: 1 }),
  },
  {
    name: 'an event of the wrong type does not match',
    mutate: [setProps('event:visit', { type: 'Meeting' })],
    expect: (r) => {
      expect(r.events.byType.Visit).to.include({ fn: 1 });
      expect(r.events.byType.Meeting).to.include({ fp: 1 });
    },
  },
  {
    name: 'a conflict kept as a single value is reported missing',
    mutate: [setProps('r3', { since_values: ['1921'], conflicts: [] })],
    expect: (r) => {
      expect(r.conflicts.found).to.equal(0);
      expect(r.conflicts.missing).to.deep.equal([{ conflict: 'Mongolia -BORDERS-> Russia.since: 1921 vs 1924', reason: 'not marked as a conflict' }]);
    },
  },
  {
    name: 'an entity under the wrong label is a miss, an extra, and a label mismatch',
    mutate: [setProps('org:kremlin', {}), (b) => (b.nodes.find((n) => n.id === 'org:kremlin')!.label = 'Location')],
    expect: (r) => {
      expect(r.entities.byLabel.Organization).to.include({ fn: 1 });
      expect(r.entities.byLabel.Location).to.include({ fp: 1 });
      expect(r.entities.labelMismatches.map((m) => m.gold)).to.deep.equal(['Kremlin']);
    },
  },
  {
    name: 'an article missing from the batch is listed',
    mutate: [setProps(ART, { path: 'elsewhere/b.txt' })],
    expect: (r) => expect(r.articles.missing).to.deep.equal(['a.txt']),
  },
];

describe('eval/scoreGraph', () => {
  for (const c of cases) {
    it(c.name, () => {
      const batch = perfect();
      for (const m of c.mutate) m(batch);
      c.expect(scoreGraph(batch, gold));
    });
  }

  it('takes article texts from options when the Article nodes have none', () => {
    const batch = perfect();
    delete batch.nodes[0].properties.text;
    expect(scoreGraph(batch, gold).provenance.problems).to.have.length(6);
    expect(scoreGraph(batch, gold, { texts: { [ART]: TEXT } }).provenance.rate).to.equal(1);
  });

  it('leaves out predicted events of unscored types', () => {
    const batch = perfect();
    batch.nodes.push(node('event:said', 'Event', 'Peskov statement', { type: 'Statement', ...ev(S2) }));
    expect(scoreGraph(batch, gold).events.overall.fp).to.equal(1);
    expect(scoreGraph(batch, { ...gold, unscoredEventTypes: ['Statement'] }).events.overall.fp).to.equal(0);
  });

  it('formats an aligned table with every section', () => {
    const batch = perfect();
    addNode(node('person:mr-putin', 'Person', 'Mr Putin'))(batch);
    const text = formatReport(scoreGraph(batch, gold));
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('section'))!;
    const personRow = lines.find((l) => l.startsWith('entities') && l.includes('Person'))!;
    expect(personRow.length).to.equal(header.length);
    expect(header.indexOf('f1') + 2).to.equal(header.length);
    expect(personRow.endsWith('0.800')).to.equal(true); // P 2/3, R 1
    expect(text).to.include('duplicates (1):');
    expect(text).to.include('Person Vladimir Putin: person:putin, person:mr-putin');
    expect(lines.some((l) => /^relationships\s+ALL/.test(l))).to.equal(true);
    expect(lines.some((l) => /^events\s+Visit/.test(l))).to.equal(true);
    expect(formatReport(scoreGraph(batch, gold), { maxDetails: 0 })).not.to.include('duplicates (1):');
  });
});
