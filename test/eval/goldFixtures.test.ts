/**
 * Checks the committed gold files against their articles, so the gold cannot drift from the texts: every
 * article file exists, every entity name and alias and every forbidden name occurs in some article text
 * (whole words, through normalizeName), and each gold file validates. Canonical names may be absent.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { normalizeName } from '../../src/eval/normalizeName';
import { readGoldFile } from '../../src/eval/readGoldFile';
import type { Gold } from '../../src/eval/goldTypes';
import { goldIndexOf } from '../../src/eval/matchEntities';
import { scoreGraph } from '../../src/eval/scoreGraph';
import type { EdgeRecord, GraphBatch, NodeRecord, Properties } from '../../src/model/types';
import { GOLD_DIR, GOLD_SETS } from './goldSets';

/** the fewest articles each set must list (the issue asks for at least 8 beyond the seeds) */
const MIN_ARTICLES: Record<string, number> = { seeds: 4, dev: 12 };
const SETS = GOLD_SETS.map(([name, articles]) => ({ name: `${name}.json`, gold: join(GOLD_DIR, `${name}.json`), articles, minArticles: MIN_ARTICLES[name] ?? 10 }));

for (const set of SETS) {
  describe(`gold fixture ${set.name}`, () => {
    let gold: Gold;
    let texts: string[];
    before(() => {
      gold = readGoldFile(set.gold);
      texts = gold.articles.map((a) => {
        const p = join(set.articles, a.file);
        return existsSync(p) ? ` ${normalizeName(readFileSync(p, 'utf8'))} ` : '';
      });
    });
    const occurs = (name: string) => texts.some((t) => t.includes(` ${normalizeName(name)} `));

    it(`lists at least ${set.minArticles} articles, each present, with distinct files`, () => {
      expect(gold.articles.length).to.be.at.least(set.minArticles);
      expect(new Set(gold.articles.map((a) => a.file)).size).to.equal(gold.articles.length);
      expect(gold.articles.filter((a, i) => texts[i] === '').map((a) => a.file)).to.deep.equal([]);
    });

    it('gives every entity aliases that occur in the texts, and a name that does unless it is only a canonical form', () => {
      // a canonical name may be absent from the texts ("Belarus" when they only say "Belarusian"); an alias may not
      const absent = gold.entities.flatMap((e) => e.aliases.filter((f) => !occurs(f)).map((f) => `${e.name}: ${f}`));
      const unseen = gold.entities.filter((e) => ![e.name, ...e.aliases].some(occurs)).map((e) => e.name);
      expect(absent).to.deep.equal([]);
      expect(unseen).to.deep.equal([]);
    });

    it('forbids only names that occur in the texts', () => {
      // furniture is often glued to its neighbours ("Người Đưa TinNgười Đưa Tin04/09/2024"): plain substring
      expect(gold.forbidden.filter((f) => !texts.some((t) => t.includes(normalizeName(f))))).to.deep.equal([]);
    });

    it('gives every event a participant or a date', () => {
      const bare = gold.events.filter((e) => !e.date && e.agents.length + e.targets.length + e.locations.length === 0);
      expect(bare).to.deep.equal([]);
    });
  });
}

/** The batch a perfect extractor would build from a gold: one node per entity, one edge per fact, one Event per event. */
function batchFromGold(gold: Gold): GraphBatch {
  const idOf = (name: string) => `n${goldIndexOf(gold, name)}`;
  const nodes: NodeRecord[] = gold.entities.map((e, i) => ({ id: `n${i}`, label: e.label, properties: { id: `n${i}`, name: e.name, aliases: e.aliases } }));
  const edges: EdgeRecord[] = gold.facts.map((f, i) => ({ id: `f${i}`, type: f.type, from: idOf(f.from), to: idOf(f.to), properties: { ...f.properties } }));
  gold.events.forEach((e, i) => {
    const props: Properties = { id: `e${i}`, name: e.description ?? e.type, type: e.type };
    if (e.date) props.date = e.date;
    nodes.push({ id: `e${i}`, label: 'Event', properties: props });
    const roles: [EdgeRecord['type'], string[]][] = [['AGENT', e.agents], ['TARGET', e.targets], ['LOCATION', e.locations]];
    for (const [type, names] of roles) names.forEach((n, j) => edges.push({ id: `e${i}${type}${j}`, type, from: `e${i}`, to: idOf(n), properties: {} }));
  });
  for (const c of gold.conflicts) {
    const edge = edges.find((e) => e.type === c.relation?.type && e.from === idOf(c.subject) && e.to === idOf(c.relation.to));
    const holder = edge ?? nodes.find((n) => n.id === idOf(c.subject))!;
    Object.assign(holder.properties, { [`${c.property}_values`]: c.values, conflicts: [c.property] });
  }
  return { nodes, edges };
}

describe('gold fixtures scored against themselves', () => {
  for (const set of SETS) {
    it(`${set.name}: a perfect batch scores 1.0 with no duplicates or furniture`, () => {
      const gold = readGoldFile(set.gold);
      const report = scoreGraph(batchFromGold(gold), gold);
      expect(report.entities.overall.f1).to.equal(1);
      expect(report.relationships.overall.f1).to.equal(1);
      expect(report.events.overall.f1).to.equal(1);
      expect(report.conflicts.found).to.equal(gold.conflicts.length);
      expect(report.duplicates.count).to.equal(0);
      expect(report.furniture.count).to.equal(0);
      expect(report.relationships.propertyMismatches).to.deep.equal([]);
    });
  }
});
