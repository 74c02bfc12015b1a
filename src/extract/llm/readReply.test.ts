import { expect } from 'chai';
import { isNewsgraphError } from '../../model/errors';
import { readReply } from './readReply';
import { splitSentences } from './splitSentences';
import { GOOD_REPLY, TEXT, testDoc } from './testArticle';

const doc = testDoc();
const sentences = splitSentences(TEXT);
const read = (reply: unknown) => readReply(typeof reply === 'string' ? reply : JSON.stringify(reply), doc, sentences, 0.6);
const withOnly = (over: Partial<typeof GOOD_REPLY>) => ({ ...GOOD_REPLY, ...over });

describe('extract.llm readReply', () => {
  it('splits the test article into its three lines', () => {
    expect(sentences.map((s) => TEXT.slice(s.start, s.end))).to.deep.equal(TEXT.split('\n'));
  });

  it('turns a good reply into mentions, facts and events with exact offsets', () => {
    const { extraction: x, dropped } = read(GOOD_REPLY);
    expect(dropped).to.deep.equal([]);
    expect(x.articleId).to.equal('article:test');
    for (const m of x.mentions) expect(TEXT.slice(m.start, m.end)).to.equal(m.text);
    const ids = x.mentions.map((m) => m.id);
    expect(ids).to.deep.equal(ids.map((_, n) => `m${n}`));
    // "Mongolia" occurs three times: three mentions, the later two pointing at the first
    const mongolia = x.mentions.filter((m) => m.name === 'Mongolia');
    const occurrences: number[] = [];
    for (let at = TEXT.indexOf('Mongolia'); at >= 0; at = TEXT.indexOf('Mongolia', at + 1)) occurrences.push(at);
    expect(occurrences).to.have.length(3);
    expect(mongolia.map((m) => m.start)).to.deep.equal(occurrences);
    expect(mongolia.every((m) => m.label === 'Country' && m.countryCode === 'MNG')).to.equal(true);
    expect(mongolia.slice(1).map((m) => m.refersTo)).to.deep.equal([mongolia[0].id, mongolia[0].id]);
    const putin = x.mentions.find((m) => m.name === 'Vladimir Putin')!;
    expect([putin.start, putin.end, putin.sentence, putin.titles]).to.deep.equal([18, 32, 0, ['President']]);
    expect(x.mentions.find((m) => m.name === 'International Criminal Court')!.kind).to.equal('court');

    const member = x.facts.find((f) => f.type === 'MEMBER_OF')!;
    const line2 = TEXT.split('\n')[1];
    // a quote that is part of a sentence is mapped to the whole sentence, with its offsets
    expect(member.evidence).to.deep.equal({ articleId: 'article:test', sentence: line2, start: TEXT.indexOf(line2), end: TEXT.indexOf(line2) + line2.length });
    expect(member.from).to.equal(mongolia[1].id); // anchored on the mention inside the evidence sentence
    expect(x.mentions.find((m) => m.id === member.to)!.name).to.equal('International Criminal Court');
    expect(x.facts.find((f) => f.type === 'PARTY_TO')!.properties).to.deep.equal({ ratified: '2002' });
    expect(x.facts.every((f) => f.confidence === 0.6)).to.equal(true);

    expect(x.events).to.have.length(1);
    const visit = x.events[0];
    expect([visit.id, visit.type, visit.date, visit.trigger]).to.deep.equal(['e0', 'Visit', '2024-09-03', 'visited']);
    expect(visit.agents).to.deep.equal([putin.id]);
    expect(visit.targets).to.deep.equal([mongolia[0].id]);
    expect(visit.evidence.start).to.equal(0);
    expect(visit.evidence.sentence).to.equal(TEXT.split('\n')[0]);
  });

  it('drops a fact or event whose evidence is not verbatim in the article', () => {
    const { extraction: x, dropped } = read(withOnly({
      facts: [
        { type: 'MEMBER_OF', from: 'Mongolia', to: 'International Criminal Court', evidence: 'Mongolia is a member of the ICC.' },
        { type: 'PARTY_TO', from: 'Mongolia', to: 'Rome Statute', properties: {} as never, evidence: 'Mongolia  ratified the Rome Statute in 2002.' },
      ],
      events: [{ type: 'Visit', date: '2024', agents: ['Vladimir Putin'], targets: [], locations: [], trigger: 'x', evidence: 'Putin visited Mongolia.' }],
    }));
    expect(x.facts).to.deep.equal([]);
    expect(x.events).to.deep.equal([]);
    expect(dropped).to.have.length(3);
    expect(dropped.every((d) => /not quoted verbatim/.test(d))).to.equal(true);
  });

  const outside: [string, Partial<typeof GOOD_REPLY>, (x: ReturnType<typeof read>['extraction']) => unknown, unknown][] = [
    ['an entity label outside the ontology', { entities: [...GOOD_REPLY.entities, { label: 'Weapon', name: 'Rome Statute', quote: 'Rome Statute' }] }, (x) => x.mentions.map((m) => m.label).filter((l) => !['Person', 'Country', 'Organization', 'Treaty'].includes(l)), []],
    ['Event as an entity label', { entities: [{ label: 'Event', name: 'visit', quote: 'visited' }] }, (x) => x.mentions.length, 0],
    ['an entity whose quote is not in the text', { entities: [...GOOD_REPLY.entities, { label: 'Person', name: 'Mallory', quote: 'Mallory' }] }, (x) => x.mentions.some((m) => m.name === 'Mallory'), false],
    ['an entity quote found only inside a word', { entities: [{ label: 'Country', name: 'Russia', quote: 'Russia' }] }, (x) => x.mentions.length, 0],
    ['an entity whose quote is one letter', { entities: [{ label: 'Country', name: 'A', quote: 'a' }] }, (x) => x.mentions.length, 0],
    ['a fact type outside the ontology', { facts: [{ type: 'ENEMY_OF', from: 'Mongolia', to: 'Kremlin', evidence: 'Mongolia ratified the Rome Statute in 2002.' }] }, (x) => x.facts.length, 0],
    ['a fact whose labels do not fit its type', { facts: [{ type: 'PARTY_TO', from: 'Vladimir Putin', to: 'Rome Statute', evidence: 'Mongolia ratified the Rome Statute in 2002.' }] }, (x) => x.facts.length, 0],
    ['a fact naming an entity not in the reply', { facts: [{ type: 'MEMBER_OF', from: 'Mongolia', to: 'NATO', evidence: 'Mongolia ratified the Rome Statute in 2002.' }] }, (x) => x.facts.length, 0],
    ['properties outside the ontology', { facts: [{ type: 'PARTY_TO', from: 'Mongolia', to: 'Rome Statute', properties: { ratified: 'in 2002', role: 'x', secret: 'y' } as never, evidence: 'Mongolia ratified the Rome Statute in 2002.' }] }, (x) => x.facts[0].properties, {}],
    ['an event type outside the ontology', { events: [{ type: 'Party', date: '2024', trigger: '', agents: [], targets: [], locations: [], evidence: 'Mongolia ratified the Rome Statute in 2002.' }] }, (x) => x.events.length, 0],
    ['a participant of the wrong label', { events: [{ type: 'Visit', date: 'September', trigger: 'visited', agents: ['Rome Statute', 'Vladimir Putin'], targets: [], locations: ['Vladimir Putin'], evidence: 'Russian President Vladimir Putin visited Mongolia on 2024-09-03.' }] }, (x) => [x.events[0].agents.length, x.events[0].locations.length, x.events[0].date], [1, 0, undefined]],
  ];
  for (const [what, over, look, expected] of outside) {
    it(`drops ${what}`, () => {
      expect(look(read(withOnly(over)).extraction)).to.deep.equal(expected);
    });
  }

  it('reads a reply inside a ```json fence and ignores unknown top-level fields', () => {
    const x = read('```json\n' + JSON.stringify({ ...GOOD_REPLY, note: 'hi' }) + '\n```').extraction;
    expect(x.facts).to.have.length(3);
  });

  for (const bad of ['{"entities": [', 'Sure! Here is the JSON:', '[1, 2]', '']) {
    it(`throws one FORMAT error for the reply ${JSON.stringify(bad)}`, () => {
      try {
        read(bad);
        expect.fail('no error');
      } catch (e) {
        expect(isNewsgraphError(e) && e.code).to.equal('FORMAT');
        expect((e as Error).message).to.match(/^extract\.llm: /).and.not.match(/\n/);
      }
    });
  }
});
