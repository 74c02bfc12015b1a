import { expect } from 'chai';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadGraph } from './loadGraph';

const ROOT = path.resolve(__dirname, '..', '..');

// The child builds a large graph, says "saving", then saves it over the target with saveGraph.
const CHILD = `
const { createGraph, saveGraph } = require(${JSON.stringify(path.join(__dirname, 'index.ts'))});
const graph = createGraph();
const text = 'x'.repeat(1000);
for (let i = 0; i < 40000; i++) graph.addNode('n' + i, { labels: ['Person'], properties: { id: 'n' + i, text } });
process.stdout.write('saving\\n');
saveGraph(process.argv[1], graph);
process.stdout.write('saved\\n');
`;

describe('saveGraph killed with SIGKILL mid-write', function () {
  this.timeout(60000);

  it('leaves the previous store intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-kill-'));
    const target = path.join(dir, 'graph.json');
    const old = '{"attributes":{"format":"newsgraph/1","extractions":{}},"nodes":[],"edges":[]}\n';
    fs.writeFileSync(target, old);
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', CHILD, target], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
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
