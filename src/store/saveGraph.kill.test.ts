import { expect } from 'chai';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadGraph } from './loadGraph';

const ROOT = path.resolve(__dirname, '..', '..');

// The child builds a large graph (or batch), says "saving", then saves it over the target.
const childScript = (save: string) => `
const { applyBatch, createGraph, saveBatch, saveGraph } = require(${JSON.stringify(path.join(__dirname, 'index.ts'))});
const text = 'x'.repeat(1000);
const batch = { nodes: [], edges: [] };
for (let i = 0; i < 40000; i++) batch.nodes.push({ id: 'n' + i, label: 'Person', properties: { id: 'n' + i, text } });
const graph = createGraph();
applyBatch(graph, batch);
process.stdout.write('saving\\n');
Promise.resolve(${save}).then(() => process.stdout.write('saved\\n'));
`;

const SAVES: [string, string][] = [
  ['saveGraph', 'saveGraph(process.argv[1], graph)'],
  ['saveBatch', 'saveBatch(process.argv[1], batch, {})'],
];

for (const [name, save] of SAVES) describe(`${name} killed with SIGKILL mid-write`, function () {
  this.timeout(60000);

  it('leaves the previous store intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-kill-'));
    const target = path.join(dir, 'graph.json');
    const old = '{"attributes":{"format":"newsgraph/1","extractions":{}},"nodes":[],"edges":[]}\n';
    fs.writeFileSync(target, old);
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', childScript(save), target], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    const sawTemp = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const temp = fs.readdirSync(dir).some((f) => f.endsWith('.tmp'));
        if (temp) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 1);
      child.on('exit', () => {
        clearInterval(timer);
        resolve(false);
      });
    });
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.on('exit', r));
    expect(sawTemp, 'the child was killed while its temp file existed').to.equal(true);
    expect(output).to.not.include('saved');
    expect(fs.readFileSync(target, 'utf8')).to.equal(old);
    expect(loadGraph(target).order).to.equal(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
