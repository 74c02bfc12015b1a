// `npm run eval:baseline`: writes test/fixtures/gold/<set>.metrics.json from the current extractor.
// Run it when the extractor got better, and commit the files with the change that improved it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readGoldFile, scoreGraph, summarizeReport } from '../../src/eval';
import { buildGraph } from '../../src/pipeline';
import { graphToBatch } from '../../src/store';

const GOLD = path.join(__dirname, '..', 'fixtures', 'gold');
const SETS: [string, string][] = [
  ['seeds', path.join(__dirname, '..', '..', 'seeds')],
  ['dev', path.join(__dirname, '..', 'fixtures', 'articles')],
  ['heldout', path.join(__dirname, '..', 'fixtures', 'heldout')],
  ['heldout2', path.join(__dirname, '..', 'fixtures', 'heldout2')],
];

(async () => {
  for (const [name, dir] of SETS) {
    const gold = readGoldFile(path.join(GOLD, `${name}.json`));
    const { graph } = await buildGraph({ paths: gold.articles.map((a) => path.join(dir, a.file)) }, { workers: 1 });
    const metrics = summarizeReport(scoreGraph(graphToBatch(graph), gold));
    const file = path.join(GOLD, `${name}.metrics.json`);
    fs.writeFileSync(file, JSON.stringify(metrics, null, 2) + '\n');
    process.stdout.write(`${path.relative(process.cwd(), file)}: entities F1 ${metrics['entities.f1']}, relationships F1 ${metrics['relationships.f1']}, events F1 ${metrics['events.f1']}\n`);
  }
})();
