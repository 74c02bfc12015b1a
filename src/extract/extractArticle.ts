/**
 * extractArticle: one ArticleDoc in, one Extraction out. Pure and deterministic.
 *
 *   analyse (wink tokens, POS, sentences) -> findMentions (runs + gazetteers + titles)
 *   -> linkMentions (abbreviations, short names, descriptions, pronouns) -> findFacts (patterns)
 *   -> findEvents (triggers, participants, dates, PART_OF) -> ids in text order, evidence, confidence
 */
import { RELATION_SIGNATURES, type NodeLabel } from '../model/ontology';
import type { ArticleDoc, EventCandidate, Evidence, Extraction, FactCandidate, Mention } from '../model/types';
import { analyse } from './tokens';
import { textAnchor } from './dates';
import { root, type Ctx } from './draft';
import { findMentions } from './mentions';
import { linkMentions } from './coreference';
import { findFacts, sentenceIsClaim } from './facts';
import { findEvents } from './events';
import { validateExtractOptions, type ExtractOptions } from './options';

export function extractArticle(doc: ArticleDoc, options: Partial<ExtractOptions> = {}): Extraction {
  const opts = validateExtractOptions(options);
  const an = analyse(doc.text);
  const ctx: Ctx = {
    text: doc.text, an, published: doc.published, anchor: doc.published ? undefined : textAnchor(an.sentences.map((sp) => doc.text.slice(sp.start, sp.end))), author: doc.author, publisher: doc.publisher,
    drafts: [], relations: [], named: [], tokenOwner: new Map(), dates: [], learned: new Map(), commonAcronyms: new Set(),
  };
  findMentions(ctx, opts.guessLocations);
  dropBylines(ctx);
  linkMentions(ctx, opts.pronouns);
  findFacts(ctx);
  const events = findEvents(ctx, { statements: opts.statements, claimPenalty: opts.claimPenalty, isClaim: sentenceIsClaim });

  // mentions, in text order
  // a loop, not drafts.map(...).filter(...): TurboFan's inlined map makes a holey array where the
  // interpreter's makes a packed one, which deoptimised this function once per worker thread
  const kept: number[] = [];
  for (let k = 0; k < ctx.drafts.length; k++) if (!ctx.drafts[k].dropped && !ctx.drafts[k].blocker && ctx.drafts[k].confidence > 0) kept.push(k);
  kept.sort((a, b) => ctx.drafts[a].start - ctx.drafts[b].start || ctx.drafts[b].end - ctx.drafts[a].end || a - b);
  const idOf = new Map<number, string>();
  kept.forEach((k, n) => idOf.set(k, `m${n}`));
  const mentions: Mention[] = kept.map((k) => {
    const d = ctx.drafts[k];
    const m: Mention = { id: idOf.get(k)!, label: d.label, start: d.start, end: d.end, text: d.text, name: d.name, sentence: d.sentence, via: d.via };
    if (d.titles?.length) m.titles = d.titles;
    if (d.label === 'Organization') m.kind = d.kind ?? (d.refersTo !== undefined ? ctx.drafts[root(ctx, d.refersTo)].kind : undefined) ?? 'other';
    if (d.countryCode && d.label === 'Country') m.countryCode = d.countryCode;
    if (d.refersTo !== undefined) {
      const r = root(ctx, d.refersTo);
      if (idOf.has(r) && r !== k) m.refersTo = idOf.get(r);
    }
    return m;
  });
  const evidence = (s: number): Evidence => {
    const sp = an.sentences[s];
    return { articleId: doc.id, sentence: doc.text.slice(sp.start, sp.end), start: sp.start, end: sp.end };
  };
  const sentenceOk = (s: number) => an.sentences[s].end - an.sentences[s].start <= opts.maxSentenceLength;
  const ref = (k: number) => idOf.get(root(ctx, k));
  const labelOf = (k: number) => ctx.drafts[root(ctx, k)].label as NodeLabel;

  // facts; a person removed from office or ousted in the article holds it no more (no LEADER_OF/WORKS_FOR)
  // (by name: the headline and the story name them apart)
  const ended = new Set<string>();
  for (const e of events) if (e.endsOffice !== undefined && e.confidence >= opts.minConfidence) ended.add(ctx.drafts[root(ctx, e.endsOffice)].name);
  const facts: FactCandidate[] = [];
  const seen = new Set<string>();
  for (const r of ctx.relations) {
    if ((r.type === 'LEADER_OF' || r.type === 'WORKS_FOR') && ended.has(ctx.drafts[root(ctx, r.from)].name)) continue;
    const from = ref(r.from);
    const to = ref(r.to);
    if (!from || !to || from === to || !sentenceOk(r.sentence)) continue;
    const sig = RELATION_SIGNATURES[r.type];
    if (!sig.from.includes(labelOf(r.from)) || !sig.to.includes(labelOf(r.to))) continue;
    const claim = sentenceIsClaim(evidence(r.sentence).sentence);
    const confidence = round(r.confidence * (claim ? opts.claimPenalty : 1));
    if (confidence < opts.minConfidence) continue;
    const key = `${r.type}|${from}|${to}|${r.sentence}|${JSON.stringify(r.properties)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ type: r.type, from, to, properties: { ...r.properties }, evidence: evidence(r.sentence), confidence });
  }

  // events
  const keptEvents = events.filter((e) => e.confidence >= opts.minConfidence && sentenceOk(e.sentence));
  const eventId = new Map<number, string>();
  keptEvents.forEach((e, n) => eventId.set(events.indexOf(e), `e${n}`));
  const ids = (ks: number[], labels: readonly NodeLabel[]) => {
    const out: string[] = [];
    for (const k of ks) {
      const id = ref(k);
      if (id && labels.includes(labelOf(k)) && !out.includes(id)) out.push(id);
    }
    return out;
  };
  const candidates: EventCandidate[] = keptEvents.map((e) => {
    const c: EventCandidate = {
      id: eventId.get(events.indexOf(e))!, type: e.type, name: e.name, trigger: e.trigger,
      agents: ids(e.agents, RELATION_SIGNATURES.AGENT.to), targets: ids(e.targets, RELATION_SIGNATURES.TARGET.to),
      locations: ids(e.locations, RELATION_SIGNATURES.LOCATION.to), evidence: evidence(e.sentence), confidence: round(e.confidence),
    };
    if (e.date) c.date = e.date;
    if (e.partOf !== undefined && eventId.has(e.partOf)) c.partOf = eventId.get(e.partOf);
    return c;
  });
  return { articleId: doc.id, sentences: an.sentences.map((s) => ({ start: s.start, end: s.end })), mentions, facts, events: candidates };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/** The author and publisher are Article properties, never entities of the story. */
function dropBylines(ctx: Ctx): void {
  // a loop, not filter(...).map(...), for the reason given at `kept` above
  const names: string[] = [];
  for (const x of [ctx.author, ctx.publisher]) if (x) names.push(x.toLowerCase());
  if (!names.length) return;
  for (const d of ctx.drafts) {
    const n = d.name.toLowerCase();
    const t = d.text.toLowerCase();
    if (names.some((a) => a === n || a === t || (n.length > 3 && a.includes(n) && d.label === 'Person') || (a.length > 3 && n.includes(a)))) d.dropped = true;
  }
}
