/**
 * The TCK ratchet: runs the whole openCypher TCK through test/tck/adapter.mjs and fails when a
 * scenario listed in test/tck/baseline.json (scenarios that passed when it was last updated) fails now.
 * Takes a few minutes; set SKIP_TCK=1 to skip it locally.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, tckRunnerPath } from './tckRunner';

const root = repoRoot;
const runner = tckRunnerPath();

describe('openCypher TCK ratchet', function () {
  this.timeout(20 * 60 * 1000);

  it('every baseline scenario still passes', function () {
    if (process.env.SKIP_TCK) this.skip();
    expect(fs.existsSync(runner), `the TCK runner is expected at ${runner} (../shared beside the repo, or set NEWSGRAPH_TCK)`).to.equal(true);
    const report = path.join(os.tmpdir(), `newsgraph-tck-${process.pid}.json`);
    execFileSync(process.execPath, [runner, '--adapter', path.join(root, 'test/tck/adapter.mjs'), '--json', report], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 19 * 60 * 1000,
    });
    const scenarios: { id: string; status: string; kind?: string; reason?: string }[] = JSON.parse(fs.readFileSync(report, 'utf8')).scenarios;
    fs.rmSync(report, { force: true });
    const baseline: string[] = JSON.parse(fs.readFileSync(path.join(root, 'test/tck/baseline.json'), 'utf8'));
    const status = new Map(scenarios.map((s) => [s.id, s]));
    const regressed = baseline
      .filter((id) => status.get(id)?.status !== 'passed')
      .map((id) => `${id} ${status.get(id)?.kind ?? 'missing'}: ${status.get(id)?.reason ?? ''}`);
    expect(regressed, 'scenarios of the baseline that fail now').to.deep.equal([]);
    expect(baseline.length).to.be.greaterThan(2600);
  });
});
