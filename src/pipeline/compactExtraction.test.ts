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
      expect(compactExtraction(sent.doc, sent.extraction, pool)).to.deep.equal(extractions[i]);
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
    expect(twice).to.deep.equal([...extractions, ...extractions]);
    expect(pool.intern('x'.repeat(100))).to.equal('x'.repeat(100));
  });
});
