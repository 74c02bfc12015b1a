import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyBatch, createGraph, loadGraph, saveGraph } from '../store';
import { ARTICLE_A, sampleBatch, sampleExtraction } from '../../test/fixtures/sampleBatch';
import { STAGES_MODULE, stages, writeCorpus } from '../../test/fixtures/fakeStages';
import type { CliIo } from './io';
import { run } from './main';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(cwd: string, extra: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    cwd,
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env: {},
    pipeline: { stages, stagesModule: STAGES_MODULE },
    ...extra,
  };
  return { io, out };
}

async function cli(cwd: string, ...args: string[]): Promise<Ran> {
  const { io, out } = capture(cwd);
  const code = await run(['node', 'newsgraph', ...args], io);
  return { code, ...out };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('cli', function () {
  this.timeout(60000);
  let dir: string;
  let files: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
    files = writeCorpus(path.join(dir, 'articles'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('build writes the store and prints a summary', async () => {
    const r = await cli(dir, 'build', 'articles', '--out', 'data/graph.json');
    expect(r.code).to.equal(0);
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.match(/^built data\/graph\.json: 5 articles \(5 new\) from 5 files, 0 skipped as duplicates, 0 problems\n/);
    expect(r.stdout).to.match(/\nnodes: \d+ {2}\(Article 5, Country \d+, Person \d+\)\n/);
    expect(r.stdout).to.match(/\nrelationships: \d+ {2}\(MENTIONS \d+\)\n/);
    expect(r.stdout).to.include('\nconflicts: 0\n');
    expect(loadGraph(path.join(dir, 'data/graph.json')).order).to.be.greaterThan(5);
  });

  it('build twice gives byte-identical stores', async () => {
    await cli(dir, 'build', 'articles', '--out', 'a.json');
    await cli(dir, 'build', 'articles', '--out', 'b.json', '--workers', '2');
    expect(fs.readFileSync(path.join(dir, 'a.json')).equals(fs.readFileSync(path.join(dir, 'b.json')))).to.equal(true);
  });

  it('build --json prints a machine summary', async () => {
    const r = await cli(dir, 'build', 'articles', '--json', '--out', 'g.json');
    expect(r.code).to.equal(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).to.include({ out: 'g.json', wrote: true, articles: 5, added: 5, files: 5, conflicts: 0 });
    expect(summary.nodesByLabel.Article).to.equal(5);
    expect(summary.problems).to.deep.equal([]);
  });

  it('build --append one file at a time gives the bytes of one build', async () => {
    await cli(dir, 'build', 'articles', '--out', 'together.json');
    for (const file of files) {
      const r = await cli(dir, 'build', file, '--append', '--out', 'appended.json');
      expect(r.code).to.equal(0);
    }
    expect(fs.readFileSync(path.join(dir, 'appended.json'), 'utf8')).to.equal(fs.readFileSync(path.join(dir, 'together.json'), 'utf8'));
    const again = await cli(dir, 'build', files[0], '--append', '--out', 'appended.json');
    expect(again.code).to.equal(0);
    expect(again.stdout).to.match(/^unchanged appended\.json: 5 articles \(0 new\)/);
    expect(again.stderr).to.equal(`newsgraph: ${files[0]}: skipped, the same file as ${files[0]}\n`);
  });

  // bad inputs: each gives one line on stderr naming the file, and the build goes on
  const badInputs: [string, (d: string) => string, RegExp][] = [
    ['an empty file', (d) => (fs.writeFileSync(path.join(d, 'empty.txt'), ''), path.join(d, 'empty.txt')), /empty\.txt: empty file$/],
    ['a binary file', (d) => (fs.writeFileSync(path.join(d, 'x.bin'), Buffer.from([0, 1, 2, 0])), path.join(d, 'x.bin')), /x\.bin: binary file$/],
    ['a missing path', (d) => path.join(d, 'nope'), /nope: cannot read \(ENOENT\)$/],
    ['a directory without articles', (d) => (fs.mkdirSync(path.join(d, 'void')), path.join(d, 'void')), /void: no articles here$/],
  ];
  for (const [name, make, reason] of badInputs) {
    it(`build with ${name} reports one line and builds the rest (exit 0)`, async () => {
      const bad = make(dir);
      const r = await cli(dir, 'build', 'articles', bad, '--out', 'g.json');
      expect(r.code).to.equal(0);
      expect(lines(r.stderr)).to.have.length(1);
      expect(lines(r.stderr)[0]).to.match(/^newsgraph: /).and.match(reason);
      expect(r.stdout).to.include('5 articles (5 new)').and.include('1 problem');
    });
    it(`build with only ${name} fails (exit 1) and leaves the old store intact`, async () => {
      const bad = make(dir);
      fs.writeFileSync(path.join(dir, 'g.json'), 'previous');
      const r = await cli(dir, 'build', bad, '--out', 'g.json');
      expect(r.code).to.equal(1);
      expect(lines(r.stderr)).to.have.length(2);
      expect(lines(r.stderr)[1]).to.match(/^newsgraph: build: no article could be ingested from .*; g\.json not written$/);
      expect(fs.readFileSync(path.join(dir, 'g.json'), 'utf8')).to.equal('previous');
    });
  }

  it('export graphml then import graphml gives back the same store, byte for byte', async () => {
    await cli(dir, 'build', 'articles', '--out', 'g.json');
    const ex = await cli(dir, 'export', 'graphml', '--graph', 'g.json', '--out', 'g.graphml');
    expect(ex.code).to.equal(0);
    expect(ex.stdout).to.match(/^wrote g\.graphml: \d+ nodes, \d+ relationships\n$/);
    const im = await cli(dir, 'import', 'graphml', 'g.graphml', '--out', 'back.json');
    expect(im.code).to.equal(0);
    expect(fs.readFileSync(path.join(dir, 'back.json'), 'utf8')).to.equal(fs.readFileSync(path.join(dir, 'g.json'), 'utf8'));
  });

  it('export graphml --out - streams to stdout; --no-extractions leaves graph data out', async () => {
    await cli(dir, 'build', 'articles', '--out', 'g.json');
    const r = await cli(dir, 'export', 'graphml', '--graph', 'g.json', '--out', '-', '--no-extractions');
    expect(r.code).to.equal(0);
    expect(r.stdout).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /).and.match(/<\/graphml>\n$/);
    expect(r.stdout).to.not.include('for="graph"');
  });

  it('conflicts lists each disagreement with the articles that claim each value', async () => {
    const graph = createGraph();
    applyBatch(graph, sampleBatch());
    graph.getAttribute('extractions')[ARTICLE_A] = sampleExtraction(ARTICLE_A);
    saveGraph(path.join(dir, 'g.json'), graph);
    const r = await cli(dir, 'conflicts', '--graph', 'g.json');
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal(
      'Mongolia -PARTY_TO-> Rome Statute: ratified\n' +
        '  "2002"  article:aaaaaaaaaaaaaaaa (seeds/a.txt)\n' +
        '  "2003"  article:bbbbbbbbbbbbbbbb (seeds/b.txt)\n' +
        '1 conflict\n',
    );
    const j = await cli(dir, 'conflicts', '--graph', 'g.json', '--json');
    expect(JSON.parse(j.stdout)).to.deep.equal([
      {
        subject: 'PARTY_TO:000000000003',
        description: 'Mongolia -PARTY_TO-> Rome Statute',
        property: 'ratified',
        claims: [
          { value: '2002', sources: ['article:aaaaaaaaaaaaaaaa'] },
          { value: '2003', sources: ['article:bbbbbbbbbbbbbbbb'] },
        ],
      },
    ]);
  });

  // usage errors exit 2; expected failures exit 1 with one line; help exits 0
  const exits: [string, string[], number, RegExp | null][] = [
    ['no command', [], 2, /Usage: newsgraph/],
    ['an unknown command', ['frobnicate'], 2, /^newsgraph: unknown command 'frobnicate'/],
    ['an unknown option', ['build', 'articles', '--frob'], 2, /^newsgraph: unknown option '--frob'/],
    ['build without paths', ['build'], 2, /^newsgraph: missing required argument 'paths'/],
    ['a bad --workers', ['build', 'articles', '--workers', 'many'], 2, /^newsgraph: option '-w, --workers <n>' argument 'many' is invalid/],
    ['export graphml without --out', ['export', 'graphml'], 2, /^newsgraph: required option '-o, --out <file>' not specified/],
    ['export graphml of a missing store', ['export', 'graphml', '--graph', 'none.json', '--out', 'x.graphml'], 1, /^newsgraph: store: none\.json: no such file\n$/],
    ['conflicts on a file that is not a store', ['conflicts', '--graph', 'articles/a.txt'], 1, /^newsgraph: store: articles\/a\.txt: not a newsgraph store \(not JSON: .*\)\n$/],
    ['import graphml of a non-GraphML file', ['import', 'graphml', 'articles/a.txt', '--out', 'x.json'], 1, /^newsgraph: graphml: articles\/a\.txt: /],
  ];
  for (const [name, args, code, stderr] of exits) {
    it(`${name} exits ${code}`, async () => {
      const r = await cli(dir, ...args);
      expect(r.code).to.equal(code);
      if (stderr) expect(r.stderr).to.match(stderr);
      if (code === 1) expect(lines(r.stderr)).to.have.length(1);
    });
  }

  const helps: string[][] = [['--help'], ['build', '--help'], ['export', 'graphml', '--help'], ['import', 'graphml', '--help'], ['conflicts', '--help'], ['export', '--help']];
  for (const args of helps) {
    it(`${args.join(' ')} prints usage and exits 0`, async () => {
      const r = await cli(dir, ...args);
      expect(r.code).to.equal(0);
      expect(r.stdout).to.match(/^Usage: newsgraph/);
    });
  }

  it('a bug shows its stack and exits 1', async () => {
    const { io, out } = capture(dir);
    const broken = { name: ['boom'], summary: 'fails', configure() {}, run: async () => { throw new TypeError('x is undefined'); } };
    const code = await run(['node', 'newsgraph', 'boom'], io, [broken]);
    expect(code).to.equal(1);
    expect(out.stderr).to.match(/^newsgraph: internal error \(a bug, please report it\):\nTypeError: x is undefined\n\s+at /);
  });
});
