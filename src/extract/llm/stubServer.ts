/**
 * Test helper: a local OpenAI-compatible stub on 127.0.0.1 (random port). Each request is recorded
 * (parsed body and headers) and answered by the next scripted reply; when the script runs out, the
 * last reply repeats. A reply may be a function of the request, so a stub can echo what it was sent.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; [k: string]: unknown };
  raw: string;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** a string is sent as is; anything else as JSON */
  body: unknown;
}

export type Script = (StubReply | ((req: StubRequest) => StubReply))[];

export interface Stub {
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/** A chat completion whose assistant content is `content` (a string, or JSON-encoded). */
export function completion(content: unknown, totalTokens?: number): StubReply {
  const body: Record<string, unknown> = { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) } }] };
  if (totalTokens !== undefined) body.usage = { total_tokens: totalTokens };
  return { body };
}

export async function startStub(script: Script): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: StubRequest['body'] = {};
      try {
        body = JSON.parse(raw);
      } catch {
        /* recorded raw */
      }
      const request: StubRequest = { url: req.url ?? '', headers: req.headers, body, raw };
      requests.push(request);
      const step = script[Math.min(requests.length - 1, script.length - 1)];
      const reply = typeof step === 'function' ? step(request) : step;
      const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
