/**
 * Checks the committed gold files against their articles, so the gold cannot drift from the texts: every
 * article file exists, every entity name and alias and every forbidden name occurs in some article text
 * (whole words, through normalizeName), and each gold file validates.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { normalizeName } from '../../src/eval/normalizeName';
import { readGoldFile } from '../../src/eval/readGoldFile';
import type { Gold } from '../../src/eval/goldTypes';

const ROOT = join(__dirname, '..', '..');
const SETS: { gold: string; articles: string; minArticles: number }[] = [
  { gold: 'test/fixtures/gold/seeds.json', articles: 'seeds', minArticles: 4 },
  { gold: 'test/fixtures/gold/dev.json', articles: 'test/fixtures/articles', minArticles: 12 },
];

for (const set of SETS) {
  describe(`gold fixture ${set.gold}`, () => {
    let gold: Gold;
    let texts: string[];
    before(() => {
      gold = readGoldFile(join(ROOT, set.gold));
      texts = gold.articles.map((a) => {
        const p = join(ROOT, set.articles, a.file);
        return existsSync(p) ? ` ${normalizeName(readFileSync(p, 'utf8'))} ` : '';
      });
    });
    const occurs = (name: string) => texts.some((t) => t.includes(` ${normalizeName(name)} `));

    it(`lists at least ${set.minArticles} articles, each present, with distinct files`, () => {
      expect(gold.articles.length).to.be.at.least(set.minArticles);
      expect(new Set(gold.articles.map((a) => a.file)).size).to.equal(gold.articles.length);
      expect(gold.articles.filter((a, i) => texts[i] === '').map((a) => a.file)).to.deep.equal([]);
    });

    it('names every entity by forms that occur in the texts', () => {
      const absent = gold.entities.flatMap((e) => [e.name, ...e.aliases].filter((f) => !occurs(f)).map((f) => `${e.name}: ${f}`));
      expect(absent).to.deep.equal([]);
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
