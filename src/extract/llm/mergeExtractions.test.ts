import { expect } from 'chai';
import type { Extraction } from '../../model/types';
import { extractArticle } from '../extractArticle';
import { mergeExtractions } from './mergeExtractions';
import { readReply } from './readReply';
import { GOOD_REPLY, testDoc } from './testArticle';

describe('extract.llm mergeExtractions', () => {
  const doc = testDoc();
  const rules = extractArticle(doc);
  const llm = readReply(JSON.stringify(GOOD_REPLY), doc, rules.sentences, 0.6).extraction;
  const merged = mergeExtractions(rules, llm);

  function checkIntegrity(x: Extraction) {
    const ids = new Set(x.mentions.map((m) => m.id));
    expect(ids.size).to.equal(x.mentions.length);
    for (const m of x.mentions) {
      expect(doc.text.slice(m.start, m.end)).to.equal(m.text);
      const s = x.sentences[m.sentence];
      expect(m.start >= s.start && m.end <= s.end, `${m.id} inside its sentence`).to.equal(true);
      if (m.refersTo !== undefined) expect(ids.has(m.refersTo)).to.equal(true);
    }
    for (const f of x.facts) expect(ids.has(f.from) && ids.has(f.to)).to.equal(true);
    const eventIds = new Set(x.events.map((e) => e.id));
    expect(eventIds.size).to.equal(x.events.length);
    for (const e of x.events) {
      for (const p of [...e.agents, ...e.targets, ...e.locations]) expect(ids.has(p)).to.equal(true);
      if (e.partOf !== undefined) expect(eventIds.has(e.partOf)).to.equal(true);
      expect(doc.text.slice(e.evidence.start, e.evidence.end)).to.equal(e.evidence.sentence);
    }
  }

  it('keeps the rules extraction as its prefix, ids and all', () => {
    expect(merged.mentions.slice(0, rules.mentions.length)).to.deep.equal(rules.mentions);
    expect(merged.facts.slice(0, rules.facts.length)).to.deep.equal(rules.facts);
    expect(merged.events.slice(0, rules.events.length)).to.deep.equal(rules.events);
    expect(merged.sentences).to.deep.equal(rules.sentences);
  });

  it('gives a well-formed Extraction (unique ids, references resolve, offsets exact)', () => {
    checkIntegrity(merged);
  });

  it('maps LLM mentions on a rules mention span to the rules id, so identical facts appear once', () => {
    const keys = merged.facts.map((f) => `${f.type}|${f.from}|${f.to}|${f.evidence.start}|${JSON.stringify(f.properties)}`);
    expect(new Set(keys).size).to.equal(keys.length);
    const spans = merged.mentions.map((m) => `${m.label}|${m.start}|${m.end}`);
    expect(new Set(spans).size).to.equal(spans.length);
  });

  it('adds no LLM mention that overlaps a rules mention of the same label', () => {
    for (const m of merged.mentions.slice(rules.mentions.length)) {
      const clash = rules.mentions.find((r) => r.label === m.label && Math.min(r.end, m.end) > Math.max(r.start, m.start));
      expect(clash, `${m.id} ${m.text}`).to.equal(undefined);
    }
  });

  it('keeps every LLM fact, by type, entity names and evidence, once', () => {
    const name = (x: Extraction, id: string) => x.mentions.find((m) => m.id === id)!.name;
    const described = (x: Extraction) => x.facts.map((f) => `${f.type}|${name(x, f.from)}|${name(x, f.to)}|${f.evidence.start}`);
    const all = described(merged);
    for (const d of described(llm)) expect(all.filter((a) => a === d).length, d).to.be.greaterThan(0);
  });

  it('drops an LLM fact identical to a rules fact (hand-built)', () => {
    const sentence = rules.sentences[2];
    const ev = { articleId: doc.id, sentence: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
    const at = (w: string, from = 0) => doc.text.indexOf(w, from);
    const mention = (id: string, label: 'Country' | 'Treaty', w: string, from: number) => ({ id, label, start: at(w, from), end: at(w, from) + w.length, text: w, name: w, sentence: 2, via: 'name' as const });
    const fact = { type: 'PARTY_TO' as const, from: 'm0', to: 'm1', properties: { ratified: '2002' }, evidence: ev, confidence: 0.6 };
    const a: Extraction = { articleId: doc.id, sentences: rules.sentences, mentions: [mention('m0', 'Country', 'Mongolia', sentence.start), mention('m1', 'Treaty', 'Rome Statute', 0)], facts: [fact], events: [] };
    const b: Extraction = { ...a, mentions: [{ ...a.mentions[1], id: 'm0' }, { ...a.mentions[0], id: 'm1' }], facts: [{ ...fact, from: 'm1', to: 'm0', confidence: 0.6 }] };
    const m = mergeExtractions(a, b);
    expect(m.mentions).to.have.length(2);
    expect(m.facts).to.deep.equal([fact]);
    const other = mergeExtractions(a, { ...b, facts: [{ ...fact, from: 'm1', to: 'm0', properties: { ratified: '2003' } }] });
    expect(other.facts.map((f) => f.properties.ratified)).to.deep.equal(['2002', '2003']);
  });

  it('is idempotent for the LLM side: merging the same LLM extraction twice adds nothing', () => {
    expect(mergeExtractions(merged, llm)).to.deep.equal(merged);
  });

  it('adds what only the LLM found, renumbered after the rules ids', () => {
    const empty: Extraction = { articleId: doc.id, sentences: rules.sentences, mentions: [], facts: [], events: [] };
    const only = mergeExtractions(empty, llm);
    expect(only.mentions.map((m) => m.id)).to.deep.equal(llm.mentions.map((_, n) => `m${n}`));
    expect(only.facts).to.have.length(llm.facts.length);
    const withRules = mergeExtractions(rules, llm);
    const added = withRules.mentions.slice(rules.mentions.length).map((m) => Number(m.id.slice(1)));
    expect(added.every((n) => n >= rules.mentions.length)).to.equal(true);
    checkIntegrity(only);
  });

  it('refuses to merge extractions of different articles', () => {
    expect(() => mergeExtractions(rules, { ...llm, articleId: 'article:other' })).to.throw(/cannot merge/);
  });
});
