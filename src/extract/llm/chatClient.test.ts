import { expect } from 'chai';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isNewsgraphError, type NewsgraphError } from '../../model/errors';
import { chatComplete, completionsUrl, shownUrl, type ClientOptions } from './chatClient';
import { completion, startStub, type Stub } from './stubServer';

const KEY = 'sk-secret-test-key-123';
const messages = [{ role: 'user' as const, content: '{"article":"x"}' }];
const opts = (url: string, over: Partial<ClientOptions> = {}): ClientOptions => ({
  url, model: 'm', apiKey: KEY, timeoutMs: 2000, retries: 2, retryDelayMs: 1, maxRetryDelayMs: 5, responseFormat: 'schema', maxReplyTokens: 100, temperature: 0, ...over,
});

async function failure(p: Promise<unknown>): Promise<NewsgraphError> {
  try {
    await p;
  } catch (e) {
    if (isNewsgraphError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('extract.llm chatComplete', () => {
  let stub: Stub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  it('appends /chat/completions to a base URL once', () => {
    expect(completionsUrl('http://h:1/v1/')).to.equal('http://h:1/v1/chat/completions');
    expect(completionsUrl('http://h:1/v1/chat/completions')).to.equal('http://h:1/v1/chat/completions');
  });

  it('posts model, messages, a json_schema response_format and the bearer key', async () => {
    stub = await startStub([completion('{"entities":[]}', 42)]);
    const reply = await chatComplete(messages, opts(stub.url));
    expect(reply).to.deep.equal({ content: '{"entities":[]}', totalTokens: 42 });
    const [req] = stub.requests;
    expect(req.url).to.equal('/v1/chat/completions');
    expect(req.headers.authorization).to.equal(`Bearer ${KEY}`);
    expect(req.body.model).to.equal('m');
    expect(req.body.messages).to.deep.equal(messages);
    expect((req.body.response_format as { type: string }).type).to.equal('json_schema');
  });

  it('shows the endpoint without credentials or query string', () => {
    expect(shownUrl('https://user:sk-x@api.example/v1/chat/completions?key=sk-y')).to.equal('https://api.example/v1/chat/completions');
  });

  it('retries 429 and 5xx with backoff, then succeeds', async () => {
    stub = await startStub([{ status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'slow down' } } }, { status: 503, body: 'busy' }, completion('{}')]);
    const reply = await chatComplete(messages, opts(stub.url));
    expect(reply.content).to.equal('{}');
    expect(stub.requests).to.have.length(3);
  });

  it('gives up after the retries with one LIMIT line for 429', async () => {
    stub = await startStub([{ status: 429, body: { error: { message: 'quota' } } }]);
    const e = await failure(chatComplete(messages, opts(stub.url, { retries: 1 })));
    expect(e.code).to.equal('LIMIT');
    expect(stub.requests).to.have.length(2);
    expect(e.message).to.match(/HTTP 429.*quota/).and.not.match(/\n/);
  });

  it('reports 401 as one INPUT line that names NEWSGRAPH_LLM_KEY and never the key, without retrying', async () => {
    stub = await startStub([{ status: 401, body: { error: { message: 'Incorrect API key provided' } } }]);
    const e = await failure(chatComplete(messages, opts(stub.url)));
    expect(e.code).to.equal('INPUT');
    expect((e.details as { kind: string }).kind).to.equal('unauthorized');
    expect(e.message).to.include('NEWSGRAPH_LLM_KEY').and.not.include(KEY);
    expect(JSON.stringify(e.details)).to.not.include(KEY);
    expect(stub.requests).to.have.length(1);
  });

  it('falls back to the prompt-only format when the server rejects response_format', async () => {
    stub = await startStub([{ status: 400, body: { error: { message: 'unknown field response_format' } } }, completion('{}')]);
    await chatComplete(messages, opts(stub.url));
    expect(stub.requests.map((r) => r.body.response_format === undefined)).to.deep.equal([false, true]);
  });

  it('says the server is unreachable in one IO line', async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const e = await failure(chatComplete(messages, opts(`http://127.0.0.1:${port}/v1`, { retries: 1 })));
    expect(e.code).to.equal('IO');
    expect(e.message).to.match(/^extract\.llm: cannot reach http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions \(ECONNREFUSED\)$/);
  });

  it('times out with one LIMIT line', async () => {
    const server = http.createServer(() => undefined); // never answers
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const e = await failure(chatComplete(messages, opts(`http://127.0.0.1:${port}/v1`, { timeoutMs: 100 })));
      expect([e.code, (e.details as { kind: string }).kind]).to.deep.equal(['LIMIT', 'timeout']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  for (const [what, body] of [['not JSON', '<html>oops</html>'], ['without choices', { object: 'list' }]] as const) {
    it(`reports a response ${what} as one FORMAT line`, async () => {
      stub = await startStub([{ body }]);
      const e = await failure(chatComplete(messages, opts(stub.url)));
      expect(e.code).to.equal('FORMAT');
      expect(e.message).to.not.match(/\n/);
    });
  }
});
