import { expect } from 'chai';
import type { EventType } from '../model/ontology';
import { clusterEvents, dayNumber, type EventInput } from './clusterEvents';
import { validateResolveOptions } from './options';

const O = validateResolveOptions();
const names = new Map([
  ['person:vladimir-putin', 'Vladimir Putin'],
  ['country:mng', 'Mongolia'],
  ['country:chn', 'China'],
  ['organization:icc', 'International Criminal Court'],
  ['treaty:rome-statute', 'Rome Statute'],
  ['treaty:kyoto-protocol', 'Kyoto Protocol'],
]);

let n = 0;
function ev(articleId: string, type: EventType, name: string, p: { date?: string; agents?: string[]; targets?: string[]; published?: string } = {}): EventInput {
  const id = `e${n++}`;
  return {
    articleId,
    published: p.published,
    agents: p.agents ?? [],
    targets: p.targets ?? [],
    locations: [],
    event: {
      id,
      type,
      name,
      date: p.date,
      trigger: 'x',
      agents: [],
      targets: [],
      locations: [],
      evidence: { articleId, sentence: `${name}.`, start: 0, end: name.length + 1 },
      confidence: 0.5,
    },
  };
}
const visit = (a: string, date?: string, extra: Partial<{ published: string; targets: string[] }> = {}) =>
  ev(a, 'Visit', 'Putin visit to Mongolia', { date, agents: ['person:vladimir-putin'], targets: ['country:mng'], ...extra });

/** groups as sorted lists of article ids */
const groups = (inputs: EventInput[]) => clusterEvents(inputs, names, O).map((c) => c.members.map((m) => m.articleId).sort().join(','));

describe('resolve/clusterEvents', () => {
  // year * 372 + (month - 1) * 31 + day, the middle of what a partial date leaves open; other text as split('-') reads it
  const days: [string, number][] = [
    ['2024', 2024 * 372 + 5.5 * 31 + 15.5],
    ['2024-09', 2024 * 372 + 8 * 31 + 15.5],
    ['2024-09-03', 2024 * 372 + 8 * 31 + 3],
    ['1999-12-31', 1999 * 372 + 11 * 31 + 31],
    ['2024-09-03T10:00:00Z', NaN],
    ['2024-9', 2024 * 372 + 8 * 31 + 15.5],
  ];
  for (const [date, want] of days) it(`dayNumber(${date}) = ${want}`, () => expect(dayNumber(date)).to.deep.equal(want));

  const naming: [string, string[], string, string[]][] = [
    ['one member: its name, whitespace collapsed', ['  Putin   visit to  Mongolia '], 'Putin visit to Mongolia', ['Putin visit to Mongolia']],
    ['one member without a name: the type', ['  '], 'Visit', []],
    ['two members: the fullest name, both as aliases', ['Putin visit', 'Putin  visit to Mongolia'], 'Putin visit to Mongolia', ['Putin visit', 'Putin visit to Mongolia']],
    ['two members, one without a name', ['', 'Putin visit'], 'Putin visit', ['Putin visit']],
  ];
  for (const [what, eventNames, name, aliases] of naming) {
    it(`names an event: ${what}`, () => {
      const inputs = eventNames.map((n, i) => ev(`a${i}`, 'Visit', n, { date: '2024-09-03', agents: ['person:vladimir-putin'], targets: ['country:mng'] }));
      const [event, ...others] = clusterEvents(inputs, names, O);
      expect(others).to.deep.equal([]);
      expect([event.properties.name, event.properties.aliases]).to.deep.equal([name, aliases]);
    });
  }

  // the properties come in store order (id, name, then the rest sorted), start/end only on dated events
  const shapes: [string, EventInput[], string[], [string, string] | undefined][] = [
    ['undated', [visit('a')], ['id', 'name', 'aliases', 'confidence', 'evidence', 'sources', 'type'], undefined],
    ['dated', [visit('a', '2024-09')], ['id', 'name', 'aliases', 'confidence', 'date', 'date_sources', 'date_values', 'end', 'evidence', 'sources', 'start', 'type'], ['2024-09-01', '2024-09-30']],
    [
      'dates in conflict (singular type)',
      [ev('a', 'Ratification', 'ratification of the Rome Statute', { date: '2002', agents: ['country:mng'], targets: ['treaty:rome-statute'] }), ev('b', 'Ratification', 'ratification of the Rome Statute', { date: '2003', agents: ['country:mng'], targets: ['treaty:rome-statute'] })],
      ['id', 'name', 'aliases', 'confidence', 'conflicts', 'date', 'date_sources', 'date_values', 'end', 'evidence', 'sources', 'start', 'type'],
      ['2002-01-01', '2002-12-31'],
    ],
    ['a date no calendar has: no bounds', [visit('a', '2024-02-30')], ['id', 'name', 'aliases', 'confidence', 'date', 'date_sources', 'date_values', 'evidence', 'sources', 'type'], undefined],
  ];
  for (const [what, inputs, keys, bounds] of shapes) {
    it(`writes an event's properties in store order: ${what}`, () => {
      const [event, ...others] = clusterEvents(inputs, names, O);
      expect(others).to.deep.equal([]);
      expect(Object.keys(event.properties)).to.deep.equal(keys);
      expect(event.properties.id).to.equal(event.id);
      const b = event.properties as { start?: { $temporal: string; value: string }; end?: { value: string } };
      expect(b.start && [b.start.$temporal, b.start.value, b.end!.value]).to.deep.equal(bounds && ['Date', ...bounds]);
    });
  }

  const cases: { what: string; inputs: () => EventInput[]; want: string[] }[] = [
    { what: 'one visit told by three articles, dates at three precisions', inputs: () => [visit('a', '2024-09'), visit('b', '2024-09-03'), visit('c', '2024')], want: ['a,b,c'] },
    { what: 'the 2019 and the 2024 visits stay apart', inputs: () => [visit('a', '2019'), visit('b', '2024-09-03'), visit('c', '2019')], want: ['b', 'a,c'] },
    { what: 'two visits on different days of one month stay apart', inputs: () => [visit('a', '2024-09-03'), visit('b', '2024-09-20'), visit('c', '2024-09-20')], want: ['a', 'b,c'] },
    {
      what: 'an undated mention joins the visit nearest its publication date',
      inputs: () => [visit('a', '2019'), visit('b', '2024-09-03'), visit('c', undefined, { published: '2024-08-30' })],
      want: ['b,c', 'a'],
    },
    {
      what: 'an undated mention in an undated article joins the most reported visit, then the latest',
      inputs: () => [visit('a', '2019'), visit('b', '2024-09-03'), visit('c', '2024-09-03'), visit('d'), visit('e', '2019'), visit('f', '2022'), visit('g')],
      want: ['a,e', 'b,c,d,g', 'f'],
    },
    {
      what: 'different targets are different visits',
      inputs: () => [visit('a', '2024-09-03'), visit('b', '2024-09-03', { targets: ['country:chn'] })],
      want: ['a', 'b'],
    },
    {
      what: 'a ratification is singular: disagreeing dates stay one event',
      inputs: () => [
        ev('a', 'Ratification', 'Mongolia ratified the Rome Statute', { date: '2002', agents: ['country:mng'], targets: ['treaty:rome-statute'] }),
        ev('b', 'Ratification', 'Mongolia ratifies it', { date: '2003', agents: ['country:mng'], targets: ['treaty:rome-statute'] }),
        ev('c', 'Ratification', 'Mongolia ratified Kyoto', { date: '2003', agents: ['country:mng'], targets: ['treaty:kyoto-protocol'] }),
      ],
      want: ['a,b', 'c'],
    },
    {
      what: 'events without participants merge by name (Khalkhin Gol = Halkhin River)',
      inputs: () => [ev('a', 'Battle', 'Battle of Khalkhin Gol'), ev('b', 'Battle', 'Battle of the Halkhin River'), ev('c', 'Battle', 'Battle of Stalingrad')],
      want: ['c', 'a,b'],
    },
    {
      what: 'a generic name ("commemoration") is no evidence of one event',
      inputs: () => [ev('a', 'Commemoration', 'commemoration', { date: '2022-02-24' }), ev('b', 'Commemoration', 'Commemoration', { date: '2022-02-24' })],
      want: ['a', 'b'],
    },
    {
      what: 'undated, different articles, one shared participant: apart; two shared: one event',
      inputs: () => [
        ev('a', 'Agreement', 'Agreement by Donald Trump', { agents: ['person:trump'] }),
        ev('b', 'Agreement', 'Agreement by Donald Trump against Canada', { agents: ['person:trump'], targets: ['country:can'] }),
        ev('c', 'Agreement', 'Trump deal with Canada', { agents: ['person:trump'], targets: ['country:can'] }),
      ],
      want: ['a', 'b,c'],
    },
    {
      what: 'undated, same article, one shared participant: one event',
      inputs: () => [ev('a', 'Agreement', 'Agreement by Donald Trump', { agents: ['person:trump'] }), ev('a', 'Agreement', 'the deal', { agents: ['person:trump'] })],
      want: ['a,a'],
    },
    {
      what: 'one statement about several topics: targets do not keep statements apart, dates do',
      inputs: () => [
        ev('a', 'Statement', 'Peskov on Mongolia', { date: '2024-08-30', agents: ['person:peskov'], targets: ['country:mng'] }),
        ev('a', 'Statement', 'Peskov on the warrant', { agents: ['person:peskov'], targets: ['organization:icc'] }),
        ev('b', 'Statement', 'Peskov on Putin', { date: '2024-08-30', agents: ['person:peskov'], targets: ['person:vladimir-putin'] }),
        ev('c', 'Statement', 'Peskov on the West', { date: '2024-09-03', agents: ['person:peskov'] }),
      ],
      want: ['a,a,b', 'c'],
    },
    {
      what: 'an undated mention does not join an event dated only by another year ("the last election in 2015")',
      inputs: () => [
        ev('a', 'Election', 'election', { agents: ['person:ndayishimiye'] }),
        ev('a', 'Election', 'the last election', { date: '2015', agents: ['person:ndayishimiye', 'person:nkurunziza'] }),
        ev('b', 'Election', 'the vote', { agents: ['person:ndayishimiye'], published: '2015-07-24' }),
      ],
      want: ['a', 'a,b'],
    },
    {
      what: 'two partial mentions of one election both join the fuller one ("Maduro\'s election", "Venezuela\'s elections")',
      inputs: () => [
        ev('a', 'Election', 'Maduro election', { agents: ['person:maduro'] }),
        ev('a', 'Election', 'Venezuela election', { targets: ['country:ven'] }),
        ev('a', 'Election', 'Venezuela election (Maduro)', { agents: ['person:maduro'], targets: ['country:ven'] }),
      ],
      want: ['a,a,a'],
    },
    {
      what: 'same participants, different types stay apart',
      inputs: () => [visit('a', '2024-09-03'), ev('b', 'Meeting', 'Putin talks in Mongolia', { date: '2024-09-03', agents: ['person:vladimir-putin'], targets: ['country:mng'] })],
      want: ['b', 'a'],
    },
    {
      what: 'a mention with an agent joins a cluster without agents through a shared target (names differ); once it has that agent, another agent clashes',
      inputs: () => [
        ev('a', 'Sanction', 'sanctions on China', { date: '2024-09-03', targets: ['country:chn'] }),
        ev('b', 'Sanction', 'export curbs', { date: '2024-09', agents: ['country:mng'], targets: ['country:chn'] }),
        ev('c', 'Sanction', 'chip controls', { date: '2024-09', agents: ['person:vladimir-putin'], targets: ['country:chn'] }),
      ],
      want: ['a,b', 'c'],
    },
    {
      what: 'a cluster without agents is found through a target a later member added',
      inputs: () => [
        ev('a', 'Sanction', 'sanctions on China', { date: '2024-09-03', targets: ['country:chn'] }),
        ev('b', 'Sanction', 'export curbs', { date: '2024-09', targets: ['country:chn', 'country:mng'] }),
        ev('c', 'Sanction', 'chip controls', { date: '2024-09', agents: ['person:vladimir-putin'], targets: ['country:mng'] }),
      ],
      want: ['a,b,c'],
    },
    {
      what: 'a mention without agents joins a cluster with agents through a shared target',
      inputs: () => [
        ev('a', 'Sanction', 'sanctions', { date: '2024-09-03', agents: ['country:mng'], targets: ['country:chn'] }),
        ev('b', 'Sanction', 'export curbs', { date: '2024-09', targets: ['country:chn'] }),
      ],
      want: ['a,b'],
    },
  ];
  for (const c of cases)
    it(c.what, () => {
      const got = groups(c.inputs());
      expect([...got].sort()).to.deep.equal([...c.want].sort());
      // and in reverse order
      expect([...groups(c.inputs().reverse())].sort()).to.deep.equal([...c.want].sort());
    });

  it('ids come from type, top agent and target and the date; the date is claim-encoded', () => {
    const out = clusterEvents(
      [
        ev('article:a', 'Ratification', 'Mongolia ratified the Rome Statute', { date: '2002', agents: ['country:mng'], targets: ['treaty:rome-statute'] }),
        ev('article:b', 'Ratification', 'Mongolia ratifies it', { date: '2003', agents: ['country:mng'], targets: ['treaty:rome-statute'] }),
        visit('article:a', '2024-09'),
        visit('article:b', '2024-09-03'),
      ],
      names,
      O,
    );
    expect(out.map((c) => c.id)).to.deep.equal(['event:ratification-mongolia-rome-statute-2002', 'event:visit-vladimir-putin-mongolia-2024']);
    const [rat, vis] = out.map((c) => c.properties);
    expect(rat).to.deep.include({ date: '2002', date_values: ['2002', '2003'], date_sources: ['article:a', 'article:b'], conflicts: ['date'], type: 'Ratification' });
    expect(rat.name).to.equal('Mongolia ratified the Rome Statute');
    expect(rat.aliases).to.deep.equal(['Mongolia ratified the Rome Statute', 'Mongolia ratifies it']);
    expect(vis).to.deep.include({ date: '2024-09-03', sources: ['article:a', 'article:b'], confidence: 0.75 });
    expect(vis).to.not.have.property('conflicts');
    expect(Object.keys(vis).slice(0, 2)).to.deep.equal(['id', 'name']);
  });

  it('two events in one year: the full date tells their ids apart', () => {
    const out = clusterEvents([visit('article:a', '2024-03'), visit('article:b', '2024-09-03'), visit('article:c', '2019')], names, O);
    expect(out.map((c) => c.id)).to.deep.equal(['event:visit-vladimir-putin-mongolia-2019', 'event:visit-vladimir-putin-mongolia-2024-03', 'event:visit-vladimir-putin-mongolia-2024-09-03']);
  });

  it('two distinct events whose keys collide (slugs are cut at 80 characters) get distinct ids', () => {
    const long = new Map(names);
    long.set('person:x1', `${'Very Long Name '.repeat(6)}One`);
    long.set('person:x2', `${'Very Long Name '.repeat(6)}Two`);
    const out = clusterEvents(
      [ev('article:a', 'Visit', 'visit one', { date: '2024', agents: ['person:x1'] }), ev('article:b', 'Visit', 'visit two', { date: '2024', agents: ['person:x2'] })],
      long,
      O,
    );
    expect(out).to.have.length(2);
    expect(out[0].id).to.not.equal(out[1].id);
    expect(out.every((c) => /^event:visit-very-long-name.*-[0-9a-f]{6}$/.test(c.id))).to.equal(true);
    expect(out.every((c) => c.properties.id === c.id)).to.equal(true);
  });
});
