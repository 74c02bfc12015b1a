/**
 * mergeExtractions(rules, llm): one Extraction per article for the resolver, the union of both.
 * The rules extraction is kept as it is (its ids, sentences and order); an LLM mention that overlaps a
 * rules mention of the same label ("Vladimir Putin" in "President Vladimir Putin") becomes that mention, the others are appended with new ids
 * (m<next>…); LLM facts identical to a kept fact (type, endpoints, evidence sentence, properties) are
 * dropped; LLM events identical to a rules event (type, evidence sentence, date, participants) are
 * dropped and the rest renumbered (e<next>…). Sentence indices are remapped by offset.
 */
import type { EventCandidate, Extraction, FactCandidate, Mention, Span } from '../../model/types';
import { factKey } from './readReply';
import { sentenceAt } from './splitSentences';

export function mergeExtractions(rules: Extraction, llm: Extraction): Extraction {
  if (rules.articleId !== llm.articleId) throw new Error(`extract.llm: cannot merge extractions of ${rules.articleId} and ${llm.articleId}`);
  const sentences: Span[] = rules.sentences.length ? [...rules.sentences] : [...llm.sentences];
  const sentenceOf = (m: Mention): number => {
    const s = sentenceAt(sentences, m.start);
    if (s >= 0) return s;
    const sp = llm.sentences[m.sentence];
    sentences.push({ start: sp.start, end: sp.end }); // a span the rules sentences do not cover: added at the end
    return sentences.length - 1;
  };

  const mentions: Mention[] = [...rules.mentions];
  const bySpan = new Map(rules.mentions.map((m) => [`${m.label}|${m.start}|${m.end}`, m.id]));
  const next = (prefix: string, ids: readonly { id: string }[]) => 1 + ids.reduce((n, x) => Math.max(n, Number(x.id.slice(prefix.length)) || 0), -1);
  let nextMention = next('m', rules.mentions);
  const idMap = new Map<string, string>();
  const sameAs = new Set<string>();
  for (const m of llm.mentions) {
    const same = bySpan.get(`${m.label}|${m.start}|${m.end}`) ?? overlapping(rules.mentions, m);
    if (same !== undefined) sameAs.add(m.id);
    idMap.set(m.id, same ?? `m${nextMention++}`);
  }
  for (const m of llm.mentions) {
    const id = idMap.get(m.id)!;
    if (sameAs.has(m.id)) continue;
    const copy: Mention = { ...m, id, sentence: sentenceOf(m) };
    if (m.refersTo !== undefined) copy.refersTo = idMap.get(m.refersTo);
    if (copy.refersTo === undefined || copy.refersTo === id) delete copy.refersTo;
    mentions.push(copy);
  }
  const ref = (id: string) => idMap.get(id) ?? id;

  const facts: FactCandidate[] = [...rules.facts];
  const seenFacts = new Set(facts.map(factKey));
  for (const f of llm.facts) {
    const fact: FactCandidate = { ...f, from: ref(f.from), to: ref(f.to), properties: { ...f.properties } };
    const key = factKey(fact);
    if (seenFacts.has(key)) continue;
    seenFacts.add(key);
    facts.push(fact);
  }

  const events: EventCandidate[] = [...rules.events];
  const seenEvents = new Set(events.map(eventKey));
  let nextEvent = next('e', rules.events);
  const eventIds = new Map<string, string>();
  const kept: EventCandidate[] = [];
  for (const e of llm.events) {
    const ev: EventCandidate = { ...e, agents: e.agents.map(ref), targets: e.targets.map(ref), locations: e.locations.map(ref) };
    const key = eventKey(ev);
    if (seenEvents.has(key)) continue;
    seenEvents.add(key);
    eventIds.set(e.id, `e${nextEvent++}`);
    kept.push(ev);
  }
  for (const ev of kept) {
    const partOf = ev.partOf !== undefined ? eventIds.get(ev.partOf) : undefined;
    const copy: EventCandidate = { ...ev, id: eventIds.get(ev.id)! };
    if (partOf) copy.partOf = partOf;
    else delete copy.partOf;
    events.push(copy);
  }
  return { articleId: rules.articleId, sentences, mentions, facts, events };
}

/** The rules mention of the same label whose span overlaps most ("President Vladimir Putin" for "Vladimir Putin"). */
function overlapping(rules: readonly Mention[], m: Mention): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const r of rules) {
    if (r.label !== m.label) continue;
    const overlap = Math.min(r.end, m.end) - Math.max(r.start, m.start);
    if (overlap > most) {
      most = overlap;
      best = r.id;
    }
  }
  return best;
}

function eventKey(e: EventCandidate): string {
  const set = (ids: string[]) => [...ids].sort().join(',');
  return `${e.type}|${e.evidence.start}|${e.date ?? ''}|${set(e.agents)}|${set(e.targets)}|${set(e.locations)}`;
}
