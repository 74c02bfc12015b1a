import { expect } from 'chai';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, cacheJson, etagMatches, GZIP_FROM_BYTES } from './cachedJson';
import { withWritableServer } from '../__tests__/writableServer';

describe('server/http/cachedJson', () => {
  const accepts: Array<[string | undefined, boolean]> = [
    [undefined, false],
    ['', false],
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['gzip;q=0', false],
    ['gzip; q=0.0', false],
    ['deflate, br', false],
    ['*', true],
    ['identity', false],
  ];
  for (const [header, expected] of accepts) it(`Accept-Encoding ${JSON.stringify(header)} -> gzip ${expected}`, () => expect(acceptsGzip(header)).to.equal(expected));

  const tag = '"abc"';
  const matches: Array<[string | undefined, boolean]> = [
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"abcd"', false],
    ['*', true],
  ];
  for (const [header, expected] of matches) it(`If-None-Match ${JSON.stringify(header)} -> ${expected}`, () => expect(etagMatches(header, tag)).to.equal(expected));

  it('a big body gets a gzip copy that inflates to the same bytes; a small one none; the ETag follows the content', () => {
    const json = JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ key: `n${i}`, name: `Node ${i}` })) });
    const c = cacheJson(json);
    expect(c.gzip).not.to.equal(null);
    expect(c.gzip!.length).to.be.lessThan(c.body.length / 3);
    expect(gunzipSync(c.gzip!).toString('utf8')).to.equal(json);
    expect(cacheJson('{"a":1}').gzip).to.equal(null);
    expect('{"a":1}'.length).to.be.lessThan(GZIP_FROM_BYTES);
    expect(cacheJson(json).etag).to.equal(c.etag);
    expect(cacheJson(json + ' ').etag).not.to.equal(c.etag);
  });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
const raw = (url: string, headers: Record<string, string>): Promise<Raw> =>
  new Promise((resolve, reject) => {
    request(new URL('/api/graph', url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

describe('GET /api/graph: gzip, ETag, 304', () => {
  it('gzip when accepted, plain otherwise, 304 while the ETag holds, a new ETag after a write', async () => {
    await withWritableServer(async (s) => {
      const plain = await raw(s.url, {});
      expect(plain.status).to.equal(200);
      expect(plain.headers['content-encoding']).to.equal(undefined);
      expect(plain.headers['cache-control']).to.equal('no-cache');
      expect(plain.headers.vary).to.equal('Accept-Encoding');
      expect(plain.headers['content-security-policy']).to.be.a('string');
      const graph = JSON.parse(plain.body.toString('utf8')) as { nodes: unknown[] };
      expect(graph.nodes).to.have.length(31);

      const zipped = await raw(s.url, { 'accept-encoding': 'gzip, deflate' });
      expect(zipped.headers['content-encoding']).to.equal('gzip');
      expect(Number(zipped.headers['content-length'])).to.equal(zipped.body.length).and.lessThan(plain.body.length);
      expect(gunzipSync(zipped.body).equals(plain.body)).to.equal(true);
      const etag = plain.headers.etag as string;
      expect(zipped.headers.etag).to.equal(etag);

      const again = await raw(s.url, { 'if-none-match': etag });
      expect(again.status).to.equal(304);
      expect(again.body.length).to.equal(0);

      const res = await fetch(new URL('/api/query', s.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: "CREATE (:Person {id: 'person:etag', name: 'Etag'})" }) });
      expect(res.status).to.equal(200);
      const after = await raw(s.url, { 'if-none-match': etag });
      expect(after.status).to.equal(200);
      expect(after.headers.etag).not.to.equal(etag);
      expect((JSON.parse(after.body.toString('utf8')) as { nodes: unknown[] }).nodes).to.have.length(32);
    });
  });
});
