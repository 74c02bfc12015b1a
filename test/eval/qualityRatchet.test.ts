/**
 * Extraction quality in CI: the seed, dev and held-out gold sets are built and scored; the scores are printed, and
 * the test fails when one falls more than 0.02 below the committed figures
 * (test/fixtures/gold/<set>.metrics.json, written by `npm run eval:baseline`), or when a count that must
 * stay down (furniture, duplicates) rises.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareToBaseline, formatRegressions, readGoldFile, scoreGraph, summarizeReport } from '../../src/eval';
import { buildGraph } from '../../src/pipeline';
import { graphToBatch } from '../../src/store';
import { GOLD_DIR, GOLD_SETS } from './goldSets';

describe('extraction quality against the gold sets', function () {
  this.timeout(300_000);
  for (const [name, dir] of GOLD_SETS) {
    it(`${name}: no score more than 0.02 below the committed figures`, async () => {
      const gold = readGoldFile(path.join(GOLD_DIR, `${name}.json`));
      const { graph } = await buildGraph({ paths: gold.articles.map((a) => path.join(dir, a.file)) }, { workers: 1 });
      const report = scoreGraph(graphToBatch(graph), gold);
      const m = summarizeReport(report) as unknown as Record<string, number>;
      const pick = (k: string) => (m[k] === undefined ? '-' : m[k].toFixed(3));
      console.log(
        `\n    quality ${name}: entities F1 ${pick('entities.f1')}, relationships F1 ${pick('relationships.f1')}, events F1 ${pick('events.f1')}, ` +
          `provenance ${pick('provenance.rate')}, furniture ${m['furniture.count']}, duplicates ${m['duplicates.count']}`,
      );
      const baselineFile = path.join(GOLD_DIR, `${name}.metrics.json`);
      expect(fs.existsSync(baselineFile), `${baselineFile} (npm run eval:baseline)`).to.equal(true);
      const regressions = compareToBaseline(report, JSON.parse(fs.readFileSync(baselineFile, 'utf8')));
      expect(regressions, formatRegressions(regressions)).to.deep.equal([]);
      expect(m['provenance.rate']).to.equal(1);
    });
  }
});
