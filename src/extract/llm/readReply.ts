/**
 * Strict validation of a model reply into an Extraction. Whatever is outside the ontology is dropped
 * (labels, fact types, event types, relationship signatures, properties); every entity, fact and event
 * must quote the article, and one whose quote is not found verbatim in the text is dropped. Quotes are
 * then mapped to exact offsets: entity quotes (and names) to mentions, evidence quotes to the sentence
 * that contains them. Pure: the same reply and article give the same Extraction.
 */
import { EVENT_TYPES, FACT_TYPES, ORGANIZATION_KINDS, RELATION_SIGNATURES, type NodeLabel } from '../../model/ontology';
import { formatError } from '../../model/errors';
import type { ArticleDoc, EventCandidate, Evidence, Extraction, FactCandidate, Mention, Properties, Span } from '../../model/types';
import { countryGazetteer } from '../gazetteer/countries';
import { cleanName } from '../names';
import { LLM_ENTITY_LABELS } from './prompt';
import { sentenceAt } from './splitSentences';

export interface ReadReplyResult {
  extraction: Extraction;
  /** one short line per dropped item: why */
  dropped: string[];
}

type EntityLabel = (typeof LLM_ENTITY_LABELS)[number];

interface Entity {
  label: EntityLabel;
  name: string;
  surfaces: string[];
  titles: string[];
  kind?: string;
  /** id of the first mention (facts and events point at it) */
  root?: string;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_NAME = 200;

/** Parses the model's reply (a JSON object, possibly inside one ```json fence); throws FORMAT if it is not one. */
export function parseReplyJson(content: string): Record<string, unknown> {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  let json: unknown;
  try {
    json = JSON.parse(fenced ? fenced[1] : content);
  } catch (e) {
    throw formatError('extract.llm', `the model's reply is not valid JSON (${(e as Error).message.split('\n')[0]})`, { kind: 'bad-json' });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw formatError('extract.llm', "the model's reply is not a JSON object", { kind: 'bad-json' });
  return json as Record<string, unknown>;
}

export function readReply(content: string, doc: ArticleDoc, sentences: readonly Span[], confidence: number): ReadReplyResult {
  const reply = parseReplyJson(content);
  const text = doc.text;
  const dropped: string[] = [];
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)) : []);
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

  // ---- entities (deduplicated by label + name)
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const gaz = countryGazetteer();
  for (const e of list(reply.entities)) {
    const label = str(e.label);
    const rawName = str(e.name);
    const quote = str(e.quote);
    if (!label || !(LLM_ENTITY_LABELS as readonly string[]).includes(label)) {
      dropped.push(`entity ${JSON.stringify(rawName ?? quote ?? '')}: label ${JSON.stringify(label ?? '')} is not in the ontology`);
      continue;
    }
    if (!rawName || !quote || rawName.length > MAX_NAME || quote.length < 2 || !/\p{L}/u.test(quote)) {
      dropped.push(`entity ${JSON.stringify(rawName ?? '')}: no name or no quote`);
      continue;
    }
    if (findWord(text, quote) < 0) {
      dropped.push(`entity ${JSON.stringify(rawName)}: quote ${JSON.stringify(quote)} is not in the article`);
      continue;
    }
    let name = cleanName(rawName).name || rawName;
    if (label === 'Country') name = gaz.byName.get(name.toLowerCase())?.name ?? name;
    const key = `${label}|${name.toLowerCase()}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { label: label as EntityLabel, name, surfaces: [], titles: [] };
      byKey.set(key, entity);
      entities.push(entity);
    }
    for (const s of [quote, rawName, name]) if (!entity.surfaces.includes(s)) entity.surfaces.push(s);
    if (Array.isArray(e.titles)) for (const t of e.titles) if (typeof t === 'string' && t.trim() && t.length <= 80 && !entity.titles.includes(t.trim())) entity.titles.push(t.trim());
    const kind = str(e.kind);
    if (kind && (ORGANIZATION_KINDS as readonly string[]).includes(kind)) entity.kind ??= kind;
  }

  // ---- mentions: every word-bounded occurrence of an entity's quote or name, in text order
  const drafts: { entity: Entity; start: number; end: number; sentence: number }[] = [];
  for (const entity of entities) {
    const taken: Span[] = [];
    for (const surface of [...entity.surfaces].sort((a, b) => b.length - a.length)) {
      for (let at = findWord(text, surface); at >= 0; at = findWord(text, surface, at + 1)) {
        const end = at + surface.length;
        if (taken.some((t) => at < t.end && end > t.start)) continue;
        const sentence = sentenceAt(sentences, at);
        if (sentence < 0) continue;
        taken.push({ start: at, end });
        drafts.push({ entity, start: at, end, sentence });
      }
    }
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end || entities.indexOf(a.entity) - entities.indexOf(b.entity));
  const mentions: Mention[] = drafts.map((d, n) => {
    const id = `m${n}`;
    const m: Mention = { id, label: d.entity.label, start: d.start, end: d.end, text: text.slice(d.start, d.end), name: d.entity.name, sentence: d.sentence, via: 'name' };
    if (d.entity.titles.length) m.titles = [...d.entity.titles];
    if (d.entity.label === 'Organization') m.kind = (d.entity.kind as Mention['kind']) ?? 'other';
    if (d.entity.label === 'Country') {
      const c = countryGazetteer().byName.get(d.entity.name.toLowerCase());
      if (c) m.countryCode = c.code;
    }
    if (d.entity.root === undefined) d.entity.root = id;
    else m.refersTo = d.entity.root;
    return m;
  });
  const find = (name: unknown): Entity | undefined => {
    const n = str(name)?.toLowerCase();
    if (!n) return undefined;
    return entities.find((e) => e.root && (e.name.toLowerCase() === n || e.surfaces.some((s) => s.toLowerCase() === n)));
  };
  /** the entity's mention inside the evidence sentence (as the rules extractor anchors facts), else its first one */
  const anchor = (e: Entity, ev: Evidence): string =>
    mentions.find((m) => (m.id === e.root || m.refersTo === e.root) && m.start >= ev.start && m.end <= ev.end)?.id ?? e.root!;
  const evidenceOf = (quote: unknown): Evidence | undefined => {
    const q = str(quote);
    if (!q) return undefined;
    const at = text.indexOf(q);
    if (at < 0) return undefined;
    const s = sentenceAt(sentences, at);
    if (s < 0) return undefined;
    const sp = sentences[s];
    return { articleId: doc.id, sentence: text.slice(sp.start, sp.end), start: sp.start, end: sp.end };
  };

  // ---- facts
  const facts: FactCandidate[] = [];
  const seen = new Set<string>();
  for (const f of list(reply.facts)) {
    const type = str(f.type);
    const what = `fact ${type ?? '?'} ${JSON.stringify(str(f.from) ?? '')} -> ${JSON.stringify(str(f.to) ?? '')}`;
    if (!type || !(FACT_TYPES as readonly string[]).includes(type)) {
      dropped.push(`${what}: type is not in the ontology`);
      continue;
    }
    const from = find(f.from);
    const to = find(f.to);
    if (!from || !to || from === to) {
      dropped.push(`${what}: its entities are not (distinct) entities of the reply`);
      continue;
    }
    const sig = RELATION_SIGNATURES[type as FactCandidate['type']];
    if (!sig.from.includes(from.label) || !sig.to.includes(to.label)) {
      dropped.push(`${what}: ${from.label} -> ${to.label} does not fit ${type}`);
      continue;
    }
    const evidence = evidenceOf(f.evidence);
    if (!evidence) {
      dropped.push(`${what}: evidence is not quoted verbatim from the article`);
      continue;
    }
    const properties = factProperties(type, f.properties);
    const fact: FactCandidate = { type: type as FactCandidate['type'], from: anchor(from, evidence), to: anchor(to, evidence), properties, evidence, confidence };
    const key = factKey(fact);
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(fact);
  }

  // ---- events
  const events: EventCandidate[] = [];
  const participants = (v: unknown, labels: readonly NodeLabel[], ev: Evidence): string[] => {
    const out: string[] = [];
    for (const n of Array.isArray(v) ? v : []) {
      const e = find(n);
      const id = e && labels.includes(e.label) ? anchor(e, ev) : undefined;
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  };
  for (const e of list(reply.events)) {
    const type = str(e.type);
    if (!type || !(EVENT_TYPES as readonly string[]).includes(type)) {
      dropped.push(`event ${JSON.stringify(type ?? '')}: type is not in the ontology`);
      continue;
    }
    const evidence = evidenceOf(e.evidence);
    if (!evidence) {
      dropped.push(`event ${type}: evidence is not quoted verbatim from the article`);
      continue;
    }
    const agents = participants(e.agents, RELATION_SIGNATURES.AGENT.to, evidence);
    const targets = participants(e.targets, RELATION_SIGNATURES.TARGET.to, evidence);
    const locations = participants(e.locations, RELATION_SIGNATURES.LOCATION.to, evidence);
    const trigger = str(e.trigger);
    const nameOf = (ids: string[]) => ids.map((id) => mentions.find((m) => m.id === id)!.name);
    const givenName = str(e.name);
    const ev: EventCandidate = {
      id: '',
      type: type as EventCandidate['type'],
      name: givenName && givenName.length <= MAX_NAME ? givenName : [type, ...nameOf(agents), ...nameOf(targets)].join(' '),
      trigger: trigger && evidence.sentence.includes(trigger) ? trigger : type.toLowerCase(),
      agents,
      targets,
      locations,
      evidence,
      confidence,
    };
    const date = str(e.date);
    if (date && ISO_DATE.test(date)) ev.date = date;
    events.push(ev);
  }
  events.sort((a, b) => a.evidence.start - b.evidence.start);
  events.forEach((ev, n) => (ev.id = `e${n}`));

  return { extraction: { articleId: doc.id, sentences: [...sentences], mentions, facts, events }, dropped };
}

/** Properties the ontology gives a fact type; everything else is dropped. */
function factProperties(type: string, raw: unknown): Properties {
  const out: Properties = {};
  if (!raw || typeof raw !== 'object') return out;
  const p = raw as Record<string, unknown>;
  if ((type === 'LEADER_OF' || type === 'WORKS_FOR') && typeof p.role === 'string' && p.role.trim() && p.role.length <= 80) out.role = p.role.trim();
  if (type === 'PARTY_TO') {
    for (const k of ['signed', 'ratified'] as const) if (typeof p[k] === 'string' && ISO_DATE.test(p[k] as string)) out[k] = p[k] as string;
  }
  return out;
}

/** Identity of a fact for deduplication: type, endpoints, evidence sentence, properties. */
export function factKey(f: FactCandidate): string {
  const props = Object.keys(f.properties).sort().map((k) => [k, f.properties[k]]);
  return `${f.type}|${f.from}|${f.to}|${f.evidence.start}|${JSON.stringify(props)}`;
}

/** First occurrence of `word` at or after `from` that does not start or end inside a word; -1 if none. */
export function findWord(text: string, word: string, from = 0): number {
  if (!word) return -1;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + word.length < text.length ? text[at + word.length] : ' ';
    const wordy = (c: string) => /[\p{L}\p{N}_]/u.test(c);
    if (!(wordy(word[0]) && wordy(before)) && !(wordy(word[word.length - 1]) && wordy(after))) return at;
  }
  return -1;
}
