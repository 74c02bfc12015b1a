/**
 * The TCK through Bolt: every scenario runs over neo4j-driver against our Bolt endpoint
 * (test/tck/bolt-adapter.mjs). Of the scenarios in test/tck/baseline.json (those that pass in-process),
 * at most 1% may fail over Bolt. Takes about a minute and a half; SKIP_TCK=1 skips it locally.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, tckRunnerPath } from './tckRunner';

const root = repoRoot;
const runner = tckRunnerPath();

describe('openCypher TCK over Bolt', function () {
  this.timeout(20 * 60 * 1000);

  it('passes the baseline over neo4j-driver, less at most 1%', function () {
    if (process.env.SKIP_TCK) this.skip();
    expect(fs.existsSync(runner), `the TCK runner is expected at ${runner} (../shared beside the repo, or set NEWSGRAPH_TCK)`).to.equal(true);
    const report = path.join(os.tmpdir(), `newsgraph-tck-bolt-${process.pid}.json`);
    execFileSync(process.execPath, [runner, '--adapter', path.join(root, 'test/tck/bolt-adapter.mjs'), '--json', report], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 19 * 60 * 1000,
    });
    const scenarios: { id: string; status: string }[] = JSON.parse(fs.readFileSync(report, 'utf8')).scenarios;
    fs.rmSync(report, { force: true });
    const baseline: string[] = JSON.parse(fs.readFileSync(path.join(root, 'test/tck/baseline.json'), 'utf8'));
    const passed = new Set(scenarios.filter((s) => s.status === 'passed').map((s) => s.id));
    const lost = baseline.filter((id) => !passed.has(id));
    expect(lost.length, `baseline scenarios failing over Bolt: ${lost.slice(0, 20).join(', ')}`).to.be.at.most(Math.floor(baseline.length * 0.01));
  });
});
