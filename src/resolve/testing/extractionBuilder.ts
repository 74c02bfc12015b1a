/**
 * Test support: write an Extraction (and its ArticleDoc) by hand, sentence by sentence, the way the
 * extractor would produce it. Offsets are computed from the sentences, so evidence is always verbatim.
 */
import type { EventType, FactType } from '../../model/ontology';
import type { ArticleDoc, EventCandidate, Evidence, Extraction, FactCandidate, Mention, Properties } from '../../model/types';

type MentionLabel = Mention['label'];
export interface MentionExtra {
  name?: string;
  titles?: string[];
  kind?: Mention['kind'];
  countryCode?: string;
  via?: Mention['via'];
  refersTo?: string;
}

export class ExtractionBuilder {
  private readonly sentences: { text: string; start: number; end: number }[] = [];
  private readonly mentions: Mention[] = [];
  private readonly facts: FactCandidate[] = [];
  private readonly events: EventCandidate[] = [];
  private text = '';
  private current = -1;

  constructor(
    readonly articleId: string,
    private readonly meta: Partial<ArticleDoc> = {},
  ) {}

  /** Starts a new sentence; the following mentions, facts and events belong to it. */
  s(text: string): this {
    const start = this.text ? this.text.length + 1 : 0;
    this.text = this.text ? `${this.text} ${text}` : text;
    this.sentences.push({ text, start, end: start + text.length });
    this.current = this.sentences.length - 1;
    return this;
  }

  /** A mention in the current sentence; returns its id. `text` must occur in the sentence. */
  m(label: MentionLabel, text: string, extra: MentionExtra = {}): string {
    const s = this.sentences[this.current];
    const at = s.text.indexOf(text);
    if (at < 0) throw new Error(`builder: "${text}" is not in sentence ${this.current}`);
    const id = `m${this.mentions.length}`;
    const mention: Mention = {
      id,
      label,
      text,
      name: extra.name ?? text,
      sentence: this.current,
      start: s.start + at,
      end: s.start + at + text.length,
      via: extra.via ?? (extra.refersTo ? 'description' : 'name'),
    };
    if (extra.titles) mention.titles = extra.titles;
    if (extra.kind) mention.kind = extra.kind;
    if (extra.countryCode) mention.countryCode = extra.countryCode;
    if (extra.refersTo) mention.refersTo = extra.refersTo;
    this.mentions.push(mention);
    return id;
  }

  private evidence(): Evidence {
    const s = this.sentences[this.current];
    return { articleId: this.articleId, sentence: s.text, start: s.start, end: s.end };
  }

  fact(type: FactType, from: string, to: string, properties: Properties = {}, confidence = 0.8): this {
    this.facts.push({ type, from, to, properties, evidence: this.evidence(), confidence });
    return this;
  }

  event(type: EventType, name: string, p: { date?: string; agents?: string[]; targets?: string[]; locations?: string[]; partOf?: string; confidence?: number } = {}): string {
    const id = `e${this.events.length}`;
    const ev: EventCandidate = {
      id,
      type,
      name,
      trigger: type.toLowerCase(),
      agents: p.agents ?? [],
      targets: p.targets ?? [],
      locations: p.locations ?? [],
      evidence: this.evidence(),
      confidence: p.confidence ?? 0.7,
    };
    if (p.date) ev.date = p.date;
    if (p.partOf) ev.partOf = p.partOf;
    this.events.push(ev);
    return id;
  }

  extraction(): Extraction {
    return {
      articleId: this.articleId,
      sentences: this.sentences.map(({ start, end }) => ({ start, end })),
      mentions: this.mentions.map((m) => ({ ...m })),
      facts: this.facts.map((f) => ({ ...f })),
      events: this.events.map((e) => ({ ...e })),
    };
  }

  doc(): ArticleDoc {
    const hex = this.articleId.replace(/^article:/, '');
    return {
      id: this.articleId,
      path: `seeds/${hex}.txt`,
      sha256: hex.padEnd(64, '0'),
      fingerprint: hex.padEnd(64, 'f'),
      language: 'en',
      text: this.text,
      ...this.meta,
    };
  }
}
