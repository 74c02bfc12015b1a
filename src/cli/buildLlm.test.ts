import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Extraction } from '../model';
import { loadGraph } from '../store';
import { completion, startStub, type Stub } from '../extract/llm/stubServer';
import { GOOD_REPLY, TEXT } from '../extract/llm/testArticle';
import type { CliIo } from './io';
import { run } from './main';

/** newsgraph build --extractor llm, end to end with the real stages and a local stub LLM server. */
describe('cli build --extractor llm', function () {
  this.timeout(60000);
  let dir: string;
  let stub: Stub;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-llm-cli-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.writeFileSync(path.join(dir, 'articles', 'visit.txt'), TEXT.split('\n').join('\n\n') + '\n');
    stub = await startStub([completion(GOOD_REPLY, 1000)]);
  });
  afterEach(async () => {
    await stub.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function cli(env: Record<string, string>, ...args: string[]) {
    const out = { stdout: '', stderr: '' };
    const io: CliIo = { cwd: dir, stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env };
    const code = await run(['node', 'newsgraph', 'build', 'articles', ...args], io);
    return { code, ...out };
  }
  const extractionOf = (file: string): Extraction => Object.values(loadGraph(path.join(dir, file)).getAttribute('extractions') as Record<string, Extraction>)[0];

  it('merges the LLM extraction into the rules one; a second build is served from the cache', async () => {
    const rules = await cli({}, '--out', 'rules.json');
    expect(rules.code).to.equal(0);
    expect(stub.requests).to.have.length(0); // the default extractor sends nothing

    const llmArgs = ['--extractor', 'llm', '--llm-url', stub.url, '--llm-model', 'stub', '--llm-cache', 'cache'];
    const first = await cli({ NEWSGRAPH_LLM_KEY: 'sk-cli-secret' }, '--out', 'llm.json', ...llmArgs);
    expect(first.code).to.equal(0);
    expect(stub.requests).to.have.length(1);
    expect(stub.requests[0].headers.authorization).to.equal('Bearer sk-cli-secret');
    expect(first.stderr).to.match(/^newsgraph: llm: 1 sent, 0 cached, 0 failed, 0 not sent; about 1,000 tokens$/m);
    expect(first.stdout + first.stderr).to.not.include('sk-cli-secret');
    const base = extractionOf('rules.json');
    const merged = extractionOf('llm.json');
    expect(merged.mentions.slice(0, base.mentions.length)).to.deep.equal(base.mentions);
    expect(merged.facts.length + merged.events.length).to.be.greaterThan(base.facts.length + base.events.length);

    const second = await cli({}, '--out', 'llm2.json', ...llmArgs);
    expect(second.code).to.equal(0);
    expect(stub.requests).to.have.length(1);
    expect(second.stderr).to.match(/^newsgraph: llm: 0 sent, 1 cached/m);
    expect(fs.readFileSync(path.join(dir, 'llm2.json'))).to.deep.equal(fs.readFileSync(path.join(dir, 'llm.json')));
  });

  it('refuses --extractor llm without --llm-model (one line, nothing written)', async () => {
    const r = await cli({}, '--out', 'x.json', '--extractor', 'llm', '--llm-url', stub.url);
    expect(r.code).to.not.equal(0);
    expect(r.stderr.trim().split('\n')).to.have.length(1);
    expect(r.stderr).to.match(/--llm-model/);
    expect(fs.existsSync(path.join(dir, 'x.json'))).to.equal(false);
    expect(stub.requests).to.have.length(0);
  });

  it('keeps the rules extraction when the model replies with malformed JSON, with one line for the article', async () => {
    await stub.close();
    stub = await startStub([completion('{"entities": [')]);
    const r = await cli({}, '--out', 'bad.json', '--extractor', 'llm', '--llm-url', stub.url, '--llm-model', 'stub', '--llm-cache', 'cache');
    expect(r.code).to.equal(0);
    expect(r.stderr).to.match(/visit\.txt: extract\.llm: the model's reply is not valid JSON .*; kept the rules extraction/);
    await cli({}, '--out', 'rules.json');
    expect(extractionOf('bad.json')).to.deep.equal(extractionOf('rules.json'));
  });
});
