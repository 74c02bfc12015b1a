import { expect } from 'chai';
import fc from 'fast-check';
import type { GraphBatch } from '../model/types';
import { RELATION_SIGNATURES } from '../model/ontology';
import { relationId } from '../model/ids';
import { resolveGraph } from './resolveGraph';
import { A, B, C, D, seedCorpus } from './testing/seedCorpus';

function byId(g: GraphBatch) {
  return new Map(g.nodes.map((n) => [n.id, n]));
}
function edge(g: GraphBatch, type: string, from: string, to: string) {
  return g.edges.find((e) => e.type === type && e.from === from && e.to === to);
}

describe('resolve/resolveGraph on the hand-built seed corpus', () => {
  const { docs, extractions } = seedCorpus();
  const g = resolveGraph(docs, extractions);
  const nodes = byId(g);

  it('one node per real-world thing', () => {
    const ids = g.nodes.filter((n) => n.label !== 'Article' && n.label !== 'Event').map((n) => n.id);
    expect(ids).to.deep.equal([
      'country:arm', 'country:chn', 'country:mng', 'country:rus', 'country:ukr',
      'location:ulaanbaatar',
      'organization:bloomberg', 'organization:international-criminal-court', 'organization:kremlin',
      'organization:plekhanov-russian-university-of-economics', 'organization:tass', 'organization:ukrainian-foreign-ministry',
      'person:dmitry-peskov', 'person:fadi-el-abdallah', 'person:georgy-zhukov', 'person:heorhii-tykhii',
      'person:ukhnaagiin-khurelsukh', 'person:vladimir-putin',
      'treaty:rome-statute',
    ]);
  });

  it('aliases carry every surface form', () => {
    expect(nodes.get('person:vladimir-putin')!.properties.aliases).to.include.members(['Putin', 'Mr Putin', 'President Vladimir Putin', 'Russian President Vladimir Putin', 'Vladimir Putin', 'the Russian leader']);
    expect(nodes.get('organization:international-criminal-court')!.properties.aliases).to.include.members(['ICC', 'International Criminal Court', 'The Hague-based court', 'the Court']);
    expect(nodes.get('person:fadi-el-abdallah')!.properties.aliases).to.include.members(['Fadi el-Abdallah', 'Fadi Abdullah']);
    expect(nodes.get('person:ukhnaagiin-khurelsukh')!.properties.aliases).to.include.members(['Khurilesukh', 'Ukhnaagiin Khurelsukh']);
    expect(nodes.get('country:mng')!.properties).to.deep.include({ iso3: 'MNG', iso2: 'MN', name: 'Mongolia' });
    expect(nodes.get('country:mng')!.properties.aliases).to.include('Mongolian');
  });

  it('events: one per real event, with all their sources; distinct visits apart', () => {
    const events = g.nodes.filter((n) => n.label === 'Event').map((n) => [n.id, n.properties.sources]);
    expect(events).to.deep.equal([
      ['event:accession-armenia-international-criminal-court-2024', [A]],
      ['event:arrestwarrant-international-criminal-court-vladimir-putin-2023', [B, A, C].sort()],
      ['event:battle-battle-of-khalkhin-gol', [D, C].sort()],
      ['event:commemoration-vladimir-putin-2024', [D, C].sort()],
      ['event:ratification-mongolia-rome-statute-2002', [B, A].sort()],
      ['event:statement-dmitry-peskov-2024-08-30', [B, C].sort()],
      ['event:statement-dmitry-peskov-2024-09-03', [D]],
      ['event:visit-vladimir-putin-mongolia-2019', [D, C].sort()],
      ['event:visit-vladimir-putin-mongolia-2024', [B, A, D, C].sort()],
    ]);
    expect(nodes.get('event:battle-battle-of-khalkhin-gol')!.properties.aliases).to.deep.equal(['Battle of Khalkhin Gol', 'Battle of the Halkhin River']);
    const partOf = edge(g, 'PART_OF', 'event:commemoration-vladimir-putin-2024', 'event:visit-vladimir-putin-mongolia-2024');
    expect(partOf?.properties.sources).to.deep.equal([D, C].sort());
    expect(edge(g, 'AGENT', 'event:arrestwarrant-international-criminal-court-vladimir-putin-2023', 'organization:international-criminal-court')).to.not.equal(undefined);
    expect(edge(g, 'TARGET', 'event:arrestwarrant-international-criminal-court-vladimir-putin-2023', 'person:vladimir-putin')?.properties.sources).to.deep.equal([A, B, C].sort());
  });

  it('facts merge per (type, from, to) with provenance and claims', () => {
    const party = edge(g, 'PARTY_TO', 'country:mng', 'treaty:rome-statute')!;
    expect(party.id).to.equal(relationId('PARTY_TO', 'country:mng', 'treaty:rome-statute'));
    expect(party.properties).to.deep.include({
      ratified: '2002',
      ratified_values: ['2002', '2003'],
      ratified_sources: [A, B],
      signed: '2000',
      signed_values: ['2000'],
      signed_sources: [B],
      conflicts: ['ratified'],
      sources: [A, B, C, D].sort(),
    });
    expect(party.properties.evidence, 'unique, by article id (B, A, D, C), then offset').to.deep.equal([
      'It should be noted that Mongolia signed the Rome Statute in 2000.',
      'However, the country ratified it in 2003.',
      'Mongolia has been a member of the ICC for more than two decades, having ratified the Rome Statute in 2002.',
      'Mongolia, home to more than 3 million people and bordering Russia and China, is a signatory to the Rome Statute establishing the International Criminal Court (ICC).',
      'Today\'s Russian television website mentioned that Mongolia is a party to the Rome Statute of the International Criminal Court (ICC), and the ICC issued an "arrest warrant" for Putin in March last year.',
    ]);
    expect(party.properties.confidence).to.be.within(0.99, 1);
    const leader = edge(g, 'LEADER_OF', 'person:ukhnaagiin-khurelsukh', 'country:mng')!;
    expect(leader.properties).to.deep.include({ role: 'President', role_values: ['President', 'President'], role_sources: [B, C].sort() });
    expect(leader.properties).to.not.have.property('conflicts');
    expect(edge(g, 'SPOKESPERSON_FOR', 'person:fadi-el-abdallah', 'organization:international-criminal-court')?.properties.sources).to.deep.equal([A, C].sort());
  });

  it('evidence is in source order: by article id, then offset', () => {
    const spk = edge(g, 'SPOKESPERSON_FOR', 'person:dmitry-peskov', 'organization:kremlin')!;
    expect(spk.properties.sources).to.deep.equal([B, D].sort());
    expect(spk.properties.evidence).to.deep.equal([
      'Kremlin Speaker Dmitry Peskov said this at a briefing on Friday, August 30.', // article:0035... (B) sorts first
      'The warm reception that Russian President Vladimir Putin received in Mongolia was not an attempt to "prove" something to the West, Kremlin spokesman Dmitry Peskov said in response to a VGTRK reporter on September 3.',
    ]);
  });

  it('drops self-loops and facts that break RELATION_SIGNATURES', () => {
    expect(edge(g, 'LEADER_OF', 'person:heorhii-tykhii', 'person:heorhii-tykhii')).to.equal(undefined);
    expect(edge(g, 'BORDERS', 'person:heorhii-tykhii', 'organization:ukrainian-foreign-ministry')).to.equal(undefined);
    for (const e of g.edges) {
      const sig = RELATION_SIGNATURES[e.type];
      expect(sig.from, `${e.type} from ${e.from}`).to.include(nodes.get(e.from)!.label);
      expect(sig.to, `${e.type} to ${e.to}`).to.include(nodes.get(e.to)!.label);
    }
  });

  it('every non-MENTIONS edge and every event carries sources, evidence and confidence', () => {
    for (const x of [...g.edges.filter((e) => e.type !== 'MENTIONS'), ...g.nodes.filter((n) => n.label === 'Event')]) {
      const p = x.properties;
      expect((p.sources as string[]).length, x.id).to.be.greaterThan(0);
      expect((p.evidence as string[]).length, x.id).to.be.greaterThan(0);
      expect(p.confidence as number, x.id).to.be.within(0, 1);
    }
  });

  it('Article nodes: metadata and text, no undefined properties; MENTIONS with counts', () => {
    const a = nodes.get(D)!;
    expect(a.label).to.equal('Article');
    expect(Object.keys(a.properties)).to.deep.equal(['id', 'name', 'fingerprint', 'language', 'path', 'published', 'sha256', 'text', 'title', 'url']);
    expect(a.properties.name).to.equal(a.properties.title);
    expect(nodes.get(B)!.properties).to.not.have.property('published');
    expect(edge(g, 'MENTIONS', A, 'person:vladimir-putin')?.properties).to.deep.equal({ count: 6 });
    expect(edge(g, 'MENTIONS', A, 'organization:international-criminal-court')?.properties).to.deep.equal({ count: 6 });
    expect(edge(g, 'MENTIONS', A, 'event:arrestwarrant-international-criminal-court-vladimir-putin-2023')?.properties).to.deep.equal({ count: 2 });
  });

  it('output is sorted by id; node properties start with id and name; no undefined anywhere', () => {
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(g.nodes)).to.deep.equal([...ids(g.nodes)].sort());
    expect(ids(g.edges)).to.deep.equal([...ids(g.edges)].sort());
    for (const n of g.nodes) expect(Object.keys(n.properties).slice(0, 2), n.id).to.deep.equal(['id', 'name']);
    expect(JSON.stringify(g)).to.equal(JSON.stringify(JSON.parse(JSON.stringify(g))));
    for (const x of [...g.nodes, ...g.edges]) for (const v of Object.values(x.properties)) expect(v).to.not.equal(undefined);
  });

  it('order independence: any permutation of docs and extractions gives deep-equal output', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length }), fc.shuffledSubarray(extractions, { minLength: extractions.length }), (ds, xs) => {
        expect(resolveGraph(ds, xs)).to.deep.equal(g);
      }),
      { numRuns: 25 },
    );
  });

  it('order independence holds for every subset too (the store re-resolves what it holds)', () => {
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3], { minLength: 1 }), fc.infiniteStream(fc.nat()), (picked, seeds) => {
        const ds = picked.map((i) => docs[i]);
        const xs = picked.map((i) => extractions[i]);
        const shuffle = <T>(arr: T[]) => arr.map((v) => [seeds.next().value as number, v] as const).sort((p, q) => p[0] - q[0]).map(([, v]) => v);
        expect(resolveGraph(shuffle(ds), shuffle(xs))).to.deep.equal(resolveGraph(ds, xs));
      }),
      { numRuns: 30 },
    );
  });

  it('building the articles together equals resolving the union later; duplicates are ignored', () => {
    const first = resolveGraph(docs.slice(0, 2), extractions.slice(0, 2));
    expect(first.nodes.length).to.be.lessThan(g.nodes.length);
    const union = resolveGraph([...docs.slice(2), ...docs.slice(0, 2)], [...extractions.slice(2), ...extractions.slice(0, 2)]);
    expect(union).to.deep.equal(g);
    expect(resolveGraph([...docs, ...docs], [...extractions, extractions[0]])).to.deep.equal(g);
  });

  it('inputs are not mutated', () => {
    const fresh = seedCorpus();
    const before = JSON.stringify(fresh);
    resolveGraph(fresh.docs, fresh.extractions);
    expect(JSON.stringify(fresh)).to.equal(before);
  });

  it('an extraction without facts or events, or without an ArticleDoc, still resolves', () => {
    const x = { ...extractions[0] } as Partial<(typeof extractions)[0]>;
    delete x.facts;
    delete x.events;
    const out = resolveGraph([], [x as (typeof extractions)[0]]);
    expect(out.nodes.map((n) => n.id)).to.include('person:vladimir-putin');
    expect(out.edges.filter((e) => e.type === 'MENTIONS')).to.deep.equal([]); // no Article node to start from
  });

  it('empty input gives an empty batch', () => {
    expect(resolveGraph([], [])).to.deep.equal({ nodes: [], edges: [] });
  });
});

describe('resolve/resolveGraph: what names no one is no alias', () => {
  it('a pronoun or an age linked to a person ("he", "the 54-year-old") is not among its aliases', () => {
    const text = 'Duma Boko won. Boko said he was glad. The 54-year-old ran in 2014.';
    const at = (s: string) => text.indexOf(s);
    const mention = (id: string, s: string, name: string, via: 'name' | 'coreference', refersTo?: string) =>
      ({ id, label: 'Person' as const, start: at(s), end: at(s) + s.length, text: s, name, sentence: 0, via, ...(refersTo ? { refersTo } : {}) });
    const g = resolveGraph([], [{
      articleId: 'article:x', sentences: [{ start: 0, end: text.length }], facts: [], events: [],
      mentions: [mention('m0', 'Duma Boko', 'Duma Boko', 'name'), mention('m1', 'Boko', 'Boko', 'name', 'm0'), mention('m2', 'he', 'he', 'coreference', 'm0'), mention('m3', 'The 54-year-old', 'The 54-year-old', 'coreference', 'm0')],
    }]);
    const boko = g.nodes.find((n) => n.label === 'Person')!;
    expect(boko.properties.aliases).to.deep.equal(['Boko', 'Duma Boko']);
  });
});
