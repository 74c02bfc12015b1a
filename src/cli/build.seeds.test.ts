/**
 * The CLI over the real pipeline (ingest, extract, resolve) on the seed articles: determinism, worker
 * threads, --append, GraphML round trip, conflicts, and every kind of bad input from issue 3.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from './io';
import { run } from './main';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { cwd: process.cwd(), stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env: {} };
  const code = await run(['node', 'newsgraph', ...args], io);
  return { code, ...out };
}

describe('cli on the seeds (real pipeline)', function () {
  this.timeout(180000);
  let dir: string;
  const seeds = fs.readdirSync('seeds').sort().map((f) => path.join('seeds', f));
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-seeds-'));
    const r = await cli('build', 'seeds', '--out', path.join(dir, 'graph.json'));
    expect(r.code, r.stderr).to.equal(0);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds byte-identical stores twice, and with 2 worker threads', async () => {
    await cli('build', 'seeds', '--out', path.join(dir, 'again.json'));
    await cli('build', 'seeds', '--out', path.join(dir, 'workers.json'), '--workers', '2');
    expect(read('again.json')).to.equal(read('graph.json'));
    expect(read('workers.json')).to.equal(read('graph.json'));
  });

  it('appending the seeds one by one gives the store of one build', async () => {
    for (const f of seeds) expect((await cli('build', f, '--append', '--out', path.join(dir, 'appended.json'))).code).to.equal(0);
    expect(read('appended.json')).to.equal(read('graph.json'));
  });

  it('stores the four seed articles with their paths, and lists the Rome Statute conflict', async () => {
    const store = JSON.parse(read('graph.json'));
    const articles = store.nodes.filter((n: { attributes: { labels: string[] } }) => n.attributes.labels[0] === 'Article');
    expect(articles.map((n: { attributes: { properties: { path: string } } }) => n.attributes.properties.path).sort()).to.deep.equal(seeds);
    const r = await cli('conflicts', '--graph', path.join(dir, 'graph.json'), '--json');
    const ratified = JSON.parse(r.stdout).filter((c: { property: string; description: string }) => c.property === 'ratified' && /Mongolia -PARTY_TO-> Rome Statute/.test(c.description));
    expect(ratified).to.have.length(1);
    expect(ratified[0].claims.map((c: { value: string }) => c.value)).to.deep.equal(['2002', '2003']);
  });

  it('export graphml then import graphml gives the same store back', async () => {
    expect((await cli('export', 'graphml', '--graph', path.join(dir, 'graph.json'), '--out', path.join(dir, 'g.graphml'))).code).to.equal(0);
    expect((await cli('import', 'graphml', path.join(dir, 'g.graphml'), '--out', path.join(dir, 'back.json'))).code).to.equal(0);
    expect(read('back.json')).to.equal(read('graph.json'));
  });

  it('reports each bad input on one line naming the file, and builds the rest', async () => {
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(path.join(bad, 'nothing-here'), { recursive: true });
    const files: Record<string, Buffer | string> = {
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'latin1.txt': Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 au Mali. '.repeat(20), 'latin1'),
      'french.txt': "Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter de la guerre en Ukraine et de l'aide européenne. Les deux dirigeants ont annoncé un nouveau plan de soutien financier.\n",
    };
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(bad, name), content);
    const huge = path.join(bad, 'huge.txt');
    const fd = fs.openSync(huge, 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024 + 1);
    fs.closeSync(fd);
    const missing = path.join(dir, 'no-such-dir');
    const r = await cli('build', seeds[0], bad, missing, path.join(bad, 'nothing-here'), '--out', path.join(dir, 'bad.json'));
    expect(r.code).to.equal(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    const expected: [string, RegExp][] = [
      [missing, /cannot read/],
      [path.join(bad, 'nothing-here'), /no article files/],
      [path.join(bad, 'binary.txt'), /binary/],
      [path.join(bad, 'empty.txt'), /empty/],
      [path.join(bad, 'huge.txt'), /too large/],
      [path.join(bad, 'latin1.txt'), /UTF-8/],
      [path.join(bad, 'french.txt'), /language "fr"/],
    ];
    expect(lines).to.have.length(expected.length);
    for (const [file, reason] of expected) {
      const found = lines.filter((l) => l.startsWith(`newsgraph: ${file}: `));
      expect(found, file).to.have.length(1);
      expect(found[0]).to.match(reason);
    }
    const summary = r.stdout.split('\n')[0];
    expect(summary).to.match(/: 2 articles \(2 new\)/).and.match(/6 problems$/);
  });
});
