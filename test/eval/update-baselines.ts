// `npm run eval:baseline`: writes test/fixtures/gold/<set>.metrics.json from the current extractor.
// Run it when the extractor got better, and commit the files with the change that improved it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readGoldFile, scoreGraph, summarizeReport } from '../../src/eval';
import { buildGraph } from '../../src/pipeline';
import { graphToBatch } from '../../src/store';
import { GOLD_DIR, GOLD_SETS } from './goldSets';

(async () => {
  for (const [name, dir] of GOLD_SETS) {
    const gold = readGoldFile(path.join(GOLD_DIR, `${name}.json`));
    const { graph } = await buildGraph({ paths: gold.articles.map((a) => path.join(dir, a.file)) }, { workers: 1 });
    const metrics = summarizeReport(scoreGraph(graphToBatch(graph), gold));
    const file = path.join(GOLD_DIR, `${name}.metrics.json`);
    fs.writeFileSync(file, JSON.stringify(metrics, null, 2) + '\n');
    process.stdout.write(`${path.relative(process.cwd(), file)}: entities F1 ${metrics['entities.f1']}, relationships F1 ${metrics['relationships.f1']}, events F1 ${metrics['events.f1']}\n`);
  }
})();
