// The gold sets CI scores (qualityRatchet.test.ts) and `npm run eval:baseline` writes figures for
// (update-baselines.ts): name, and the directory of its articles. docs/gold-format.md says what each is.
import * as path from 'node:path';

export const GOLD_DIR = path.join(__dirname, '..', 'fixtures', 'gold');

export const GOLD_SETS: readonly [name: string, articles: string][] = [
  ['seeds', path.join(__dirname, '..', '..', 'seeds')],
  ['dev', path.join(__dirname, '..', 'fixtures', 'articles')],
  ['heldout', path.join(__dirname, '..', 'fixtures', 'heldout')],
  ['heldout2', path.join(__dirname, '..', 'fixtures', 'heldout2')],
  ['heldout3', path.join(__dirname, '..', 'fixtures', 'heldout3')],
  ['heldout4', path.join(__dirname, '..', 'fixtures', 'heldout4')],
  ['heldout5', path.join(__dirname, '..', 'fixtures', 'heldout5')],
  ['heldout6', path.join(__dirname, '..', 'fixtures', 'heldout6')],
  ['heldout7', path.join(__dirname, '..', 'fixtures', 'heldout7')],
  ['heldout8', path.join(__dirname, '..', 'fixtures', 'heldout8')],
  ['heldout9', path.join(__dirname, '..', 'fixtures', 'heldout9')],
  ['heldout10', path.join(__dirname, '..', 'fixtures', 'heldout10')],
  ['heldout11', path.join(__dirname, '..', 'fixtures', 'heldout11')],
  ['heldout12', path.join(__dirname, '..', 'fixtures', 'heldout12')],
  ['heldout13', path.join(__dirname, '..', 'fixtures', 'heldout13')],
  ['heldout14', path.join(__dirname, '..', 'fixtures', 'heldout14')],
  ['heldout15', path.join(__dirname, '..', 'fixtures', 'heldout15')],
];
