import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { extractArticle } from '../extract';
import { parseArticle } from '../ingest';
import type { ArticleDoc, Extraction } from '../model';
import { canonicalJson } from '../store';
import { compactExtraction, StringPool, stripEvidence } from './compactExtraction';

const clone = <T>(x: T): T => deserialize(serialize(x)) as T;
/** the value without its undefined-valued keys (compactExtraction keeps every key of a type, absent ones undefined) */
const defined = (x: unknown): unknown =>
  Array.isArray(x) ? x.map(defined) : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined).map(([k, v]) => [k, defined(v)])) : x;
const seeds = path.join(__dirname, '..', '..', 'seeds');

describe('pipeline compactExtraction', function () {
  this.timeout(60000);
  const docs: ArticleDoc[] = fs.readdirSync(seeds).sort().map((f) => parseArticle(path.join(seeds, f), fs.readFileSync(path.join(seeds, f))));
  const extractions: Extraction[] = docs.map((d) => extractArticle(d));

  it('the seeds give evidence to strip (the test is not vacuous)', () => {
    expect(extractions.reduce((n, x) => n + x.facts.length + x.events.length, 0)).to.be.greaterThan(10);
  });

  it('strip, structured clone, compact gives back a deep-equal extraction', () => {
    const pool = new StringPool();
    docs.forEach((doc, i) => {
      const sent = clone({ doc, extraction: stripEvidence(doc, clone(extractions[i])) });
      for (const e of [...sent.extraction.facts, ...sent.extraction.events]) expect(e.evidence.sentence).to.equal('');
      expect(defined(compactExtraction(sent.doc, sent.extraction, pool))).to.deep.equal(extractions[i]);
    });
  });

  it('gives objects in store key order: plain JSON.stringify writes the canonical JSON', () => {
    const pool = new StringPool();
    docs.forEach((doc, i) => {
      const back = compactExtraction(doc, clone(extractions[i]), pool);
      expect(JSON.stringify(back)).to.equal(canonicalJson(extractions[i]));
    });
    expect(JSON.stringify(extractions[0])).to.not.equal(canonicalJson(extractions[0])); // the extractor's own order is not the store's
  });

  it('gives every mention, fact and event of a build one shape (the same keys in the same order)', () => {
    const pool = new StringPool();
    const back = docs.map((doc, i) => compactExtraction(doc, clone(extractions[i]), pool));
    for (const list of ['mentions', 'facts', 'events'] as const) {
      const shapes = new Set(back.flatMap((x) => x[list].map((o) => Object.keys(o).join(','))));
      expect(shapes.size, list).to.equal(1);
    }
    // the seeds have mentions with and without the optional keys, so one shape is not a given
    expect(new Set(extractions.flatMap((x) => x.mentions.map((m) => Object.keys(m).join(',')))).size).to.be.greaterThan(1);
  });

  it('keeps a key it does not know, through the generic copy in sorted order', () => {
    const x = clone(extractions[0]);
    (x.mentions[0] as unknown as Record<string, unknown>).zeta = { b: 1, a: 2 };
    const back = compactExtraction(docs[0], x, new StringPool());
    expect(JSON.stringify(back.mentions[0])).to.equal(canonicalJson(x.mentions[0]));
    expect(JSON.stringify(back.mentions[0])).to.contain('"zeta":{"a":2,"b":1}');
  });

  it('keeps an evidence sentence that is not its span of the text', () => {
    const doc = docs[0];
    const x = clone(extractions[0]);
    const e = [...x.facts, ...x.events][0].evidence;
    e.sentence = `${e.sentence} (edited)`;
    const kept = e.sentence;
    const sent = clone({ doc, extraction: stripEvidence(doc, x) });
    const back = compactExtraction(sent.doc, sent.extraction, new StringPool());
    expect([...back.facts, ...back.events][0].evidence.sentence).to.equal(kept);
  });

  it('compacting many articles through one pool changes no value (identity of strings is not observable: memory is measured by bench:build)', () => {
    const pool = new StringPool();
    const twice = [...extractions, ...extractions].map((x, i) => compactExtraction(docs[i % docs.length], clone(x), pool));
    expect(defined(twice)).to.deep.equal([...extractions, ...extractions]);
    expect(pool.intern('x'.repeat(100))).to.equal('x'.repeat(100));
  });
});
