/**
 * The working records of one extraction, before ids are assigned: mention drafts, relation drafts
 * between them, named events, and the shared context every stage reads.
 */
import type { EntityLabel, EventType, FactType, OrganizationKind } from '../model/ontology';
import type { Mention } from '../model/types';
import type { Analysis } from './tokens';
import type { TitleRole } from './gazetteer/lexicon';
import { findDates, type FoundDate } from './dates';

export interface MentionDraft {
  label: Exclude<EntityLabel, 'Event'>;
  start: number;
  end: number;
  text: string;
  name: string;
  sentence: number;
  /** token range [tokStart, tokEnd) */
  tokStart: number;
  tokEnd: number;
  titles?: string[];
  /** what the person's (last) title makes them */
  role?: TitleRole;
  kind?: OrganizationKind;
  countryCode?: string;
  via: Mention['via'];
  /** index of the draft this one refers to */
  refersTo?: number;
  /** for descriptions and pronouns: what to look for ('court', 'leader', 'spokesperson', 'country', ...) */
  head?: string;
  /** demonym country code constraining a description ("the Russian leader") */
  constraint?: string;
  /** not emitted: an indefinite phrase ("a government spokesperson") that blocks older antecedents */
  blocker?: boolean;
  /** dropped before output (unresolved description or pronoun) */
  dropped?: boolean;
  /** the title is not held now: a past one ("former prime minister X") or one not yet taken ("President-elect X"); no LEADER_OF / WORKS_FOR from it */
  former?: boolean;
  /** a Location's country (gazetteer), for LOCATED_IN and visit targets */
  placeCountry?: string;
  confidence: number;
}

export interface RelationDraft {
  type: FactType;
  from: number;
  to: number;
  sentence: number;
  properties: Record<string, string>;
  confidence: number;
}

export interface NamedEventDraft {
  type: EventType;
  name: string;
  sentence: number;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  /** draft index of the place it is named after ("Battle of Khalkhin Gol") */
  location?: number;
}

export interface Ctx {
  text: string;
  an: Analysis;
  published?: string;
  /** with no publication date, the latest date the text states (dates' textAnchor): it gives a year to months and days */
  anchor?: string;
  author?: string;
  publisher?: string;
  drafts: MentionDraft[];
  relations: RelationDraft[];
  named: NamedEventDraft[];
  /** token index -> draft index of the draft covering it (first one) */
  tokenOwner: Map<number, number>;
  /** what an unknown name was taken for the first time it was read, so that it is read the same way later */
  learned: Map<string, { label: MentionDraft['label']; kind?: OrganizationKind }>;
  /** acronyms read as the short form of common words ("intercontinental ballistic missile (ICBM)"): no name later either */
  commonAcronyms: Set<string>;
  /** dates found in each sentence, computed once (sentenceDates) */
  dates: (FoundDate[] | undefined)[];
}

/** Is mention k followed by a verb of its own (maybe past an adverb): the subject of another clause? */
export function opensClause(ctx: Ctx, k: number): boolean {
  const toks = ctx.an.tokens;
  let t = ctx.drafts[k].tokEnd;
  while (t < toks.length && toks[t].sent === ctx.drafts[k].sentence && toks[t].pos === 'ADV') t++;
  return t < toks.length && toks[t].sent === ctx.drafts[k].sentence && (toks[t].pos === 'VERB' || toks[t].pos === 'AUX');
}

/**
 * a sentence's opening phrase up to a name inside it, no comma yet ("Since Russia's invasion of ", "Two years after
 * Moscow invaded ", "Spurred by Russia's invasion of "; not a clause, "Border clashes come amid"): its comma ends no list
 */
export const FRONTED_PHRASE = /^\W*(?:(?:(?:[\p{L}\d]+\s+){0,2}(?:years?|months?|weeks?|days?|hours?|shortly|soon|just|long|even)\s+)?(?:since|after|amid|during|following|before|despite|when|while|as)|in\s+(?:response|reaction)\s+to|because\s+of|due\s+to|(?:spurred|prompted|driven|alarmed|shaken)\s+by)\b[^,;]*$/iu;

/** The dates of sentence s (offsets within the sentence), cached. */
export function sentenceDates(ctx: Ctx, s: number): FoundDate[] {
  let d = ctx.dates[s];
  if (!d) {
    const sp = ctx.an.sentences[s];
    d = findDates(ctx.text.slice(sp.start, sp.end), ctx.published, ctx.anchor);
    ctx.dates[s] = d;
  }
  return d;
}

/** A draft's fields other than where it stands (addDraftAt computes those from its tokens). */
export type DraftFields = Omit<MentionDraft, 'start' | 'end' | 'text' | 'sentence' | 'tokStart' | 'tokEnd'>;

/**
 * Stores a copy of `draft` with every field of MentionDraft present, in one order (absent ones
 * undefined): the drafts are built by a dozen literals, and as objects of as many hidden classes
 * every stage that reads `ctx.drafts` saw a polymorphic array, deoptimised on the next shape and was
 * recompiled (interpretChunk, findEvents, coreference). Readers see no difference: an absent field
 * and an undefined one read alike, and extractArticle copies mentions field by field.
 */
export function addDraft(ctx: Ctx, draft: MentionDraft): number {
  return store(ctx, draft, draft.start, draft.end, draft.text, draft.sentence, draft.tokStart, draft.tokEnd);
}

/**
 * addDraft of the text of tokens [a, b) of sentence s, with the other fields from `f`. Callers pass
 * the fields as a literal: a spread of a span object into each draft ({ ...span, label, ... }) was
 * ~3% of an extraction thread's time.
 */
export function addDraftAt(ctx: Ctx, a: number, b: number, s: number, f: DraftFields): number {
  const toks = ctx.an.tokens;
  const start = toks[a].start;
  const end = toks[b - 1].end;
  return store(ctx, f, start, end, ctx.text.slice(start, end), s, a, b);
}

function store(ctx: Ctx, f: DraftFields, start: number, end: number, text: string, sentence: number, tokStart: number, tokEnd: number): number {
  const d: MentionDraft = {
    label: f.label, start, end, text, name: f.name, sentence, tokStart, tokEnd, titles: f.titles, role: f.role, kind: f.kind,
    countryCode: f.countryCode, via: f.via, refersTo: f.refersTo, head: f.head, constraint: f.constraint,
    blocker: f.blocker, dropped: f.dropped, former: f.former, placeCountry: f.placeCountry, confidence: f.confidence,
  };
  ctx.drafts.push(d);
  const k = ctx.drafts.length - 1;
  for (let t = tokStart; t < tokEnd; t++) if (!ctx.tokenOwner.has(t)) ctx.tokenOwner.set(t, k);
  return k;
}

/** Follows refersTo to the mention that names the entity. */
export function root(ctx: Ctx, k: number): number {
  let seen = 0;
  while (ctx.drafts[k].refersTo !== undefined && seen++ < 20) k = ctx.drafts[k].refersTo!;
  return k;
}

/** A possessive token ("'s", "’s", "'", "’"). */
export const POSSESSIVE_TOKEN = /^['’]s?$/;
/** a possessive right after a name's end in the text: the name owns what follows ("Macron's advisers", "Poland's Institute") */
export const POSSESSIVE_AFTER = /^['’]s?\b/;

/** Does a possessive follow at `at` ("Russia's Sberbank", "France's support")? What follows is then owned, not named. */
export function ownsNext(text: string, at: number): boolean {
  return /^['’]s?\s/.test(text.slice(at, at + 3));
}
