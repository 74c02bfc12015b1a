/**
 * Worker results arrive as structured clones: every string a fresh copy, the same label or mention id
 * stored again in every object, each evidence sentence a copy of a piece of the article text. Over a
 * large build that is most of the main thread's heap. Two passes shrink it without changing a value:
 *
 * - `stripEvidence` (worker side, before posting): an evidence sentence that is exactly its span of
 *   the article text is sent empty;
 * - `compactExtraction` (main side, on receipt): it is restored as a slice of the article text (V8
 *   shares the text's characters), and the short strings (ids, labels, names, types, dates) are
 *   interned through a pool, so each distinct one is held once.
 *
 * compactExtraction also rebuilds every object with its keys in sorted order, the store file's
 * canonical order (mentions, facts, events, evidence and spans each in one shape: storeOrder), so that saving writes it with a plain JSON.stringify instead of a sorting replacer
 * (src/store/canonicalJson.ts): the replacer's copy of every mention, span and event is young garbage
 * that V8 started allocating straight into the old space on 10k builds (pretenuring), growing the
 * heap by 800 MB during the save.
 *
 * stripEvidence mutates in place; compactExtraction(stripEvidence(x)) deep-equals x.
 */
import type { ArticleDoc, EventCandidate, Evidence, Extraction, FactCandidate, Mention, Span } from '../model';

/** Blanks every evidence sentence equal to `doc.text.slice(start, end)`; returns the extraction. */
export function stripEvidence(doc: ArticleDoc, x: Extraction): Extraction {
  const strip = (e: Evidence) => {
    if (e.sentence.length > 0 && e.end - e.start === e.sentence.length && doc.text.startsWith(e.sentence, e.start)) e.sentence = '';
  };
  for (const f of x.facts) strip(f.evidence);
  for (const e of x.events) strip(e.evidence);
  return x;
}

/** Strings no longer than this are interned (names, ids, labels); longer ones are rarely repeated. */
const INTERN_MAX = 64;

export class StringPool {
  private readonly pool = new Map<string, string>();

  intern(s: string): string;
  intern(s: string | undefined): string | undefined;
  intern(s: string | undefined): string | undefined {
    if (s === undefined || s.length > INTERN_MAX) return s;
    const held = this.pool.get(s);
    if (held !== undefined) return held;
    this.pool.set(s, s);
    return s;
  }

  internAll(xs: string[]): void {
    for (let i = 0; i < xs.length; i++) xs[i] = this.intern(xs[i]);
  }
}

/**
 * Restores the evidence sentences stripEvidence blanked (as slices of the article text) and interns
 * the extraction's short strings, in place; returns it rebuilt with sorted keys (a new object: use
 * the returned one).
 */
export function compactExtraction(doc: ArticleDoc, x: Extraction, pool: StringPool): Extraction {
  const evidence = (e: Evidence) => {
    if (e.sentence === '' && e.end > e.start) e.sentence = doc.text.slice(e.start, e.end);
    e.articleId = pool.intern(e.articleId);
  };
  x.articleId = pool.intern(x.articleId);
  for (const m of x.mentions) {
    m.id = pool.intern(m.id);
    m.label = pool.intern(m.label) as typeof m.label;
    m.text = pool.intern(m.text);
    m.name = pool.intern(m.name);
    m.via = pool.intern(m.via) as typeof m.via;
    if (m.titles) pool.internAll(m.titles);
    if (m.kind !== undefined) m.kind = pool.intern(m.kind) as typeof m.kind;
    if (m.countryCode !== undefined) m.countryCode = pool.intern(m.countryCode);
    if (m.refersTo !== undefined) m.refersTo = pool.intern(m.refersTo);
  }
  for (const f of x.facts) {
    f.type = pool.intern(f.type) as typeof f.type;
    f.from = pool.intern(f.from);
    f.to = pool.intern(f.to);
    evidence(f.evidence);
  }
  for (const e of x.events) {
    e.id = pool.intern(e.id);
    e.type = pool.intern(e.type) as typeof e.type;
    e.name = pool.intern(e.name);
    if (e.date !== undefined) e.date = pool.intern(e.date);
    e.trigger = pool.intern(e.trigger);
    pool.internAll(e.agents);
    pool.internAll(e.targets);
    pool.internAll(e.locations);
    if (e.partOf !== undefined) e.partOf = pool.intern(e.partOf);
    evidence(e.evidence);
  }
  return storeOrder(x);
}

/**
 * The extraction rebuilt with its keys in store order. Mentions, facts, events, evidence and spans are
 * built by one literal each, every key of their type present (undefined when absent: JSON.stringify
 * drops it, so the saved text is the same), so resolve's loops over them read objects of one hidden
 * class instead of one per combination of optional keys (megamorphic), and nothing is sorted per
 * object. An object with a key these literals do not know goes through the generic sortedKeys.
 */
function storeOrder(x: Extraction): Extraction {
  if (!onlyKeys(x, EXTRACTION_KEYS)) return sortedKeys(x);
  return {
    articleId: x.articleId,
    events: x.events.map(storeEvent),
    facts: x.facts.map(storeFact),
    mentions: x.mentions.map(storeMention),
    sentences: x.sentences.map(storeSpan),
  };
}

const EXTRACTION_KEYS = new Set(['articleId', 'events', 'facts', 'mentions', 'sentences']);
const MENTION_KEYS = new Set(['countryCode', 'end', 'id', 'kind', 'label', 'name', 'refersTo', 'sentence', 'start', 'text', 'titles', 'via']);
const FACT_KEYS = new Set(['confidence', 'evidence', 'from', 'properties', 'to', 'type']);
const EVENT_KEYS = new Set(['agents', 'confidence', 'date', 'evidence', 'id', 'locations', 'name', 'partOf', 'targets', 'trigger', 'type']);
const EVIDENCE_KEYS = new Set(['articleId', 'end', 'sentence', 'start']);
const SPAN_KEYS = new Set(['end', 'start']);

/** whether every key of `value` (plain data: no inherited keys) is one of `known`; no key array per object */
function onlyKeys(value: object, known: ReadonlySet<string>): boolean {
  for (const k in value) if (!known.has(k)) return false;
  return true;
}

/** string lists (titles, participants) are copied as they are; anything else generically */
function stringList(xs: string[] | undefined): string[] | undefined {
  if (xs === undefined) return undefined;
  for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== 'string') return sortedKeys(xs);
  return xs;
}

function storeMention(m: Mention): Mention {
  if (!onlyKeys(m, MENTION_KEYS)) return sortedKeys(m);
  return {
    countryCode: m.countryCode, end: m.end, id: m.id, kind: m.kind, label: m.label, name: m.name, refersTo: m.refersTo,
    sentence: m.sentence, start: m.start, text: m.text, titles: stringList(m.titles), via: m.via,
  };
}

function storeFact(f: FactCandidate): FactCandidate {
  if (!onlyKeys(f, FACT_KEYS)) return sortedKeys(f);
  return { confidence: f.confidence, evidence: storeEvidence(f.evidence), from: f.from, properties: sortedKeys(f.properties), to: f.to, type: f.type };
}

function storeEvent(e: EventCandidate): EventCandidate {
  if (!onlyKeys(e, EVENT_KEYS)) return sortedKeys(e);
  return {
    agents: stringList(e.agents)!, confidence: e.confidence, date: e.date, evidence: storeEvidence(e.evidence), id: e.id,
    locations: stringList(e.locations)!, name: e.name, partOf: e.partOf, targets: stringList(e.targets)!, trigger: e.trigger, type: e.type,
  };
}

function storeEvidence(e: Evidence): Evidence {
  if (e === null || typeof e !== 'object' || !onlyKeys(e, EVIDENCE_KEYS)) return sortedKeys(e);
  return { articleId: e.articleId, end: e.end, sentence: e.sentence, start: e.start };
}

function storeSpan(s: Span): Span {
  if (!onlyKeys(s, SPAN_KEYS)) return sortedKeys(s);
  return { end: s.end, start: s.start };
}

/** A copy of plain data (objects, arrays, scalars) with every object's keys in sorted order. */
function sortedKeys<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(record).sort()) out[k] = sortedKeys(record[k]);
  return out as T;
}
