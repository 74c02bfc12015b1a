import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyBatch, createGraph, serializeBatch, serializeGraph } from '../store';
import { STAGES_MODULE, stages, writeCorpus } from '../../test/fixtures/fakeStages';
import { buildBatch, buildGraph } from '.';

const env = { stages, stagesModule: STAGES_MODULE };
const text = (g: Parameters<typeof serializeGraph>[0]) => [...serializeGraph(g)].join('');

describe('pipeline buildGraph', function () {
  this.timeout(60000);
  let dir: string;
  let files: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pipeline-'));
    files = writeCorpus(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds the corpus: articles, entities, mentions, a summary', async () => {
    const { graph, summary } = await buildGraph({ paths: [dir] }, { workers: 1 }, undefined, env);
    expect(summary).to.include({ articles: 5, added: 5, files: 5, workers: 1 });
    expect(summary.nodesByLabel.Article).to.equal(5);
    expect(summary.nodesByLabel.Country).to.be.greaterThan(0);
    expect(summary.relationshipsByType.MENTIONS).to.be.greaterThan(0);
    expect(summary.sentences).to.equal(14); // titles count as sentences in the stand-in extractor
    expect(Object.keys(graph.getAttribute('extractions'))).to.have.length(5);
  });

  it('gives the same bytes with 2 worker threads as on one thread', async () => {
    const one = await buildGraph({ paths: [dir] }, { workers: 1 }, undefined, env);
    const two = await buildGraph({ paths: [dir] }, { workers: 2 }, undefined, env);
    expect(two.summary.workers).to.equal(2);
    expect(text(two.graph)).to.equal(text(one.graph));
  });

  it('three workers share a larger corpus through one counter: every file once, in file order, same bytes as one thread', async () => {
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `many-${String(i).padStart(2, '0')}.txt`), `${texts[i % texts.length]} Story ${i}.`);
    const one = await buildGraph({ paths: [dir] }, { workers: 1 }, undefined, env);
    const seen: number[] = [];
    const three = await buildGraph({ paths: [dir] }, { workers: 3 }, (phase, done) => phase === 'extract' && seen.push(done), env);
    expect(three.summary).to.include({ articles: 65, files: 65, workers: 3 });
    expect(seen).to.deep.equal(Array.from({ length: 65 }, (_, i) => i + 1));
    expect(text(three.graph)).to.equal(text(one.graph));
  });

  it('fails the build when a worker thread dies before its last result, whatever it had sent', async () => {
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `many-${String(i).padStart(2, '0')}.txt`), `Story ${i} about Mongolia.`);
    fs.writeFileSync(path.join(dir, 'many-10-dies.txt'), 'A story that kills its THREAD_EXIT.');
    let error: unknown;
    await buildGraph({ paths: [dir] }, { workers: 2 }, undefined, env).catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/a worker stopped \(exit code 7\) before finishing its files/);
  });

  it('stops its workers once they are done: a handle a stage left open in one does not keep the process alive', async () => {
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `many-${String(i).padStart(2, '0')}.txt`), `Story ${i} about Mongolia.`);
    fs.writeFileSync(path.join(dir, 'many-10-lingers.txt'), 'A story whose stage leaves THREAD_LINGERS.');
    // in a process of its own, which must end by itself: the lingering thread holds a ten-minute timer
    const script = `require('./src/pipeline').buildGraph({ paths: [${JSON.stringify(dir)}] }, { workers: 2 }, undefined, { stages: require('./test/fixtures/fakeStages').stages, stagesModule: require('./test/fixtures/fakeStages').STAGES_MODULE }).then((r) => console.log(r.summary.files))`;
    const { status, stdout, signal } = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', timeout: 45_000 });
    expect({ status, signal, files: stdout.trim() }).to.deep.equal({ status: 0, signal: null, files: '26' });
  });

  it('skips the same file and the same text seen again, saying which was kept', async () => {
    fs.copyFileSync(files[0], path.join(dir, 'z-copy.txt'));
    fs.writeFileSync(path.join(dir, 'z-syndicated.txt'), `${fs.readFileSync(files[1], 'utf8').toUpperCase()}\n\n`);
    const { summary } = await buildGraph({ paths: [dir] }, { workers: 1 }, undefined, env);
    expect(summary.articles).to.equal(5);
    expect(summary.duplicates).to.deep.equal([
      { path: path.join(dir, 'z-copy.txt'), duplicateOf: files[0], reason: 'same file' },
      { path: path.join(dir, 'z-syndicated.txt'), duplicateOf: files[1], reason: 'same text' },
    ]);
  });

  it('reports each bad input on one line and builds the rest', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([1, 0, 2, 0]));
    const missing = path.join(dir, 'missing');
    const { summary } = await buildGraph({ paths: [dir, missing] }, { workers: 2 }, undefined, env);
    expect(summary.articles).to.equal(5);
    expect(summary.problems).to.deep.equal([
      { path: missing, reason: 'cannot read (ENOENT)' },
      { path: path.join(dir, 'binary.bin'), reason: 'binary file' },
      { path: path.join(dir, 'empty.txt'), reason: 'empty file' },
    ]);
  });

  for (const workers of [1, 2]) {
    it(`reports an extractor bug on one file as that file's problem and builds the rest (${workers} worker(s))`, async () => {
      fs.writeFileSync(path.join(dir, 'crash.txt'), 'Title\n\nThis one makes the extractor CRASH.');
      const { summary } = await buildGraph({ paths: [dir] }, { workers }, undefined, env);
      expect(summary.articles).to.equal(5);
      expect(summary.problems).to.have.length(1);
      expect(summary.problems[0].path).to.equal(path.join(dir, 'crash.txt'));
      expect(summary.problems[0].reason).to.match(/^internal error in extract \(a bug, please report it\): TypeError: cannot read properties of undefined \(at .*fakeStages/);
    });
  }

  it('appending articles one by one gives the bytes of building them together', async () => {
    const together = await buildGraph({ paths: files }, { workers: 1 }, undefined, env);
    let graph;
    for (const file of [...files].reverse()) {
      graph = (await buildGraph({ paths: [file], previous: graph }, { workers: 1 }, undefined, env)).graph;
    }
    expect(text(graph!)).to.equal(text(together.graph));
  });

  it('append skips articles the store already holds', async () => {
    const first = await buildGraph({ paths: files.slice(0, 3) }, { workers: 1 }, undefined, env);
    const second = await buildGraph({ paths: files, previous: first.graph }, { workers: 1 }, undefined, env);
    expect(second.summary).to.include({ articles: 5, added: 2 });
    expect(second.summary.duplicates.map((d) => d.path)).to.deep.equal(files.slice(0, 3));
  });

  it('buildBatch: the summary counts what a graph of the batch holds, and the batch saves as that graph', async () => {
    const { batch, extractions, summary } = await buildBatch({ paths: [dir] }, { workers: 1 }, undefined, env);
    const graph = createGraph();
    applyBatch(graph, structuredClone(batch));
    graph.setAttribute('extractions', extractions);
    const byLabel: Record<string, number> = {};
    graph.forEachNode((_, a) => a.labels.forEach((l) => (byLabel[l] = (byLabel[l] ?? 0) + 1)));
    expect([summary.nodes, summary.relationships, summary.nodesByLabel]).to.deep.equal([graph.order, graph.size, byLabel]);
    expect([...serializeBatch(batch, extractions)].join('')).to.equal(text(graph));
  });

  it('the seeds with the real stages: the saved batch is the saved graph, byte for byte', async () => {
    const { batch, extractions } = await buildBatch({ paths: [path.join(__dirname, '..', '..', 'seeds')] }, { workers: 1 });
    const graph = createGraph();
    applyBatch(graph, structuredClone(batch));
    graph.setAttribute('extractions', extractions);
    expect([...serializeBatch(batch, extractions)].join('')).to.equal(text(graph));
  });

  it('refuses a bad worker count', async () => {
    let code;
    try {
      await buildGraph({ paths: [dir] }, { workers: 0 }, undefined, env);
    } catch (e) {
      code = (e as { code?: string }).code;
    }
    expect(code).to.equal('INPUT');
  });
});
