import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NewsgraphError } from '../model/errors';
import { parseGold } from './parseGold';
import { readGoldFile } from './readGoldFile';

const base = () => ({
  articles: [{ file: 'a.txt', url: 'https://example.org/a' }],
  entities: [
    { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
    { label: 'Country', name: 'Russia', aliases: [], iso3: 'RUS' },
  ],
  facts: [{ type: 'LEADER_OF', from: 'Putin', to: 'Russia', properties: { role: 'President' } }],
  events: [{ type: 'Visit', date: '2024-09-03', agents: ['Putin'] }],
  conflicts: [],
  forbidden: ['Live Chat'],
});

type Json = ReturnType<typeof base> & Record<string, unknown>;

const bad: [string, (g: Json) => void, string][] = [
  ['root not an object', (g) => Object.assign(g, { articles: 5 }), '$.articles: expected an array'],
  ['unknown label', (g) => ((g.entities[0] as Record<string, unknown>).label = 'Human'), '$.entities[0].label: expected one of Person, Organization, Country, Location, Treaty, got "Human"'],
  ['empty name', (g) => (g.entities[1].name = ' '), '$.entities[1].name: expected a non-empty string'],
  ['bad iso3', (g) => (g.entities[1].iso3 = 'ru'), '$.entities[1].iso3: expected three capital letters, got "ru"'],
  ['unknown fact type', (g) => (g.facts[0].type = 'PRESIDENT_OF'), '$.facts[0].type: expected one of LEADER_OF'],
  ['fact to an unknown entity', (g) => (g.facts[0].to = 'Mongolia'), '$.facts[0].to: "Mongolia" is not a gold entity name or alias'],
  ['event participant unknown', (g) => (g.events[0].agents = ['Biden']), '$.events[0].agents[0]: "Biden" is not a gold entity'],
  ['bad event date', (g) => (g.events[0].date = '3 September 2024'), '$.events[0].date: expected an ISO date'],
  ['alias shared by two entities of a label', (g) => g.entities.push({ label: 'Person', name: 'V. Putin', aliases: ['Putin'] }), '$.entities[2].aliases[0]: "Putin" already names "Vladimir Putin"'],
  ['forbidden name that is an entity', (g) => g.forbidden.push('putin'), '$.forbidden[1]: "putin" is also (part of) the gold name or alias "vladimir putin"'],
  ['forbidden name inside an entity name', (g) => g.forbidden.push('Vladimir'), '$.forbidden[1]: "Vladimir" is also (part of) the gold name or alias "vladimir putin"'],
  ['conflict with one value', (g) => g.conflicts.push({ subject: 'Russia', property: 'x', values: ['1'] } as never), '$.conflicts[0].values: a conflict needs at least two values'],
  ['unknown field', (g) => Object.assign(g.entities[0], { alias: [] }), '$.entities[0].alias: unknown field'],
];

describe('eval/parseGold', () => {
  it('accepts a valid gold and fills optional lists', () => {
    const g = parseGold(base(), 'g.json');
    expect(g.entities).to.have.length(2);
    expect(g.events[0]).to.deep.equal({ type: 'Visit', date: '2024-09-03', agents: ['Putin'], targets: [], locations: [] });
    expect(g.unscoredEventTypes).to.deep.equal([]);
    expect(g.file).to.equal('g.json');
  });

  for (const [name, mutate, message] of bad) {
    it(`rejects ${name} with the file and JSON path`, () => {
      const json = base() as Json;
      mutate(json);
      let err: unknown;
      try {
        parseGold(json, 'gold/x.json');
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(NewsgraphError);
      expect((err as NewsgraphError).code).to.equal('FORMAT');
      expect((err as Error).message).to.include(`eval: gold/x.json: ${message}`);
      expect((err as Error).message).not.to.include('\n');
    });
  }

  it('readGoldFile names the file on invalid JSON and on a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "entities": [');
    expect(() => readGoldFile(file)).to.throw(`eval: ${file}: $: not valid JSON`);
    expect(() => readGoldFile(join(dir, 'none.json'))).to.throw(/cannot read gold file \(ENOENT\)/);
  });
});
