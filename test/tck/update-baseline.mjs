// Regenerate test/tck/baseline.json (sorted ids of passing scenarios) from a run-tck --json report.
// Usage: npm run tck -- --json /tmp/tck.json && node test/tck/update-baseline.mjs /tmp/tck.json
// The baseline only grows: ids that passed before and fail now are reported and the file is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [reportPath, ...rest] = process.argv.slice(2);
if (!reportPath) {
  console.error('usage: node test/tck/update-baseline.mjs REPORT.json [--allow-shrink]');
  process.exit(2);
}
const baselinePath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'baseline.json');
function passingIds(report) {
  const list = report.scenarios ?? report.results ?? [];
  return list.filter((s) => s.status === 'passed').map((s) => s.id).sort();
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
const passing = passingIds(report);
const old = fs.existsSync(baselinePath) ? JSON.parse(fs.readFileSync(baselinePath, 'utf8')) : [];
const now = new Set(passing);
const lost = old.filter((id) => !now.has(id));
if (lost.length > 0 && !rest.includes('--allow-shrink')) {
  console.error(`${lost.length} baseline scenarios no longer pass, baseline not updated:\n${lost.join('\n')}`);
  process.exit(1);
}
fs.writeFileSync(baselinePath, '[\n' + passing.map((id) => JSON.stringify(id)).join(',\n') + '\n]\n');
console.log(`baseline: ${passing.length} passing scenarios (was ${old.length})`);
