/**
 * Mention detection over wink tokens: capitalised runs (proper-noun runs with the connectors that
 * organisation, treaty and event names use), classified by gazetteers and cue words; titles, honorifics
 * and demonyms around them; descriptions ("the court", "the Russian leader") and pronouns are recorded
 * here and resolved later (coreference.ts). Appositive title relations ("Kremlin spokesman Dmitry
 * Peskov", "Russian President Vladimir Putin", "Putin's spokesman") are recorded as relation drafts.
 */
import { countryGazetteer, foldLetters } from './gazetteer/countries';
import {
  CAPITALS_ONLY, SEA_WORDS, DEMONYM_ARMS, DEMONYM_STATE_NOUNS, FURNITURE, HONORIFICS, INTERGOV_WORDS, KNOWN_ORGS, NAMED_EVENT_CUES, NOT_NAMES, ORG_CUES,
  COMPASS_ADJECTIVES, MAX_TITLE_TOKENS, PLACES, REGION_WORDS, TITLES, TREATY_CUES, type TitleRole,
} from './gazetteer/lexicon';
import type { OrganizationKind } from '../model/ontology';
import { addDraft, addDraftAt, type Ctx, type MentionDraft } from './draft';
import { titleFact } from './titleFact';
import { officeOfBody } from './officeOfBody';
import type { Token } from './tokens';
import { OF_ANOTHER, TITLE_FIRST_WORDS, titleLengthAt } from './names';
import { isChineseName, isCommonWord, isGivenName, isPlaceWord, isRoleNoun, isSurname } from './gazetteer/words';
import { lookupTable } from '../model/lookupTable';

const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow',
]);
const NAME_PARTICLE = /^(al|el|bin|ibn|van|von|de|da|di|du|la|le|der|den|ter)$/;
const PARTICLE_GLUED = /^(al|el|bin|ibn|ad|ash|as|an|at)-\p{Lu}/u;
const NAMEY = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&\/-]*$/u;
const ACRONYM = /^[A-Z][A-Z0-9&\/.-]{1,8}$/;
const POSS = new Set(["'s", '’s', "'", '’']);
const LOCATION_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'via', 'across', 'outside', 'inside', 'towards', 'toward', 'around']);
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'stress', 'announce', 'state', 'note', 'warn', 'claim', 'respond', 'reply', 'deny', 'insist', 'urge', 'explain', 'write', 'confirm', 'emphasize', 'emphasise', 'argue', 'declare', 'comment', 'report']);
const MEDIA_NOUNS = new Set(['newspaper', 'magazine', 'agency', 'broadcaster', 'channel', 'daily', 'outlet', 'tabloid', 'website', 'weekly', 'network', 'station']);
const DESC_DETERMINERS = new Set(['the', 'this', 'that']);
/**
 * Words between a possessor or determiner and a title that leave the title as it is ("Greece's new
 * foreign minister"). Not "incoming" or "designate": a president-elect holds no office yet.
 */
const TITLE_QUALIFIERS = new Set(['new', 'newly-appointed', 'acting', 'interim', 'current', 'serving', 'incumbent', 'top']);
const COUNTRY_DESC_PRE = new Set(['the', 'this', 'that', 'host', 'member', 'neighboring', 'neighbouring', 'same', 'whole', 'entire']);
/** description head nouns for organisations -> which org kind (or name word) they look for */
const ORG_DESC_HEADS: Record<string, string> = lookupTable({
  court: 'court', tribunal: 'court', assembly: 'assembly', ministry: 'ministry', agency: 'agency',
  commission: 'commission', council: 'council', alliance: 'alliance', bloc: 'intergovernmental', union: 'union',
  organisation: 'organization', organization: 'organization', company: 'company', firm: 'company', university: 'university', party: 'party',
});
const TREATY_DESC_HEADS = new Set(['treaty', 'statute', 'convention', 'pact', 'accord', 'charter', 'agreement']);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'it', 'its', 'himself', 'herself']);
/** words that make a title a past one ("former president X") */
const FORMER = /^(former|ex|late|then|previous|ex-)$/;

/** one shape for every kind (role and code present, maybe undefined): readChunk's callers stay monomorphic */
interface Element {
  kind: 'title' | 'hon' | 'demonym' | 'name';
  a: number; // token range
  b: number;
  role?: TitleRole;
  code?: string; // demonym country
}

export function findMentions(ctx: Ctx, guessLocations: boolean): void {
  const { an } = ctx;
  const pendingSingles: { a: number; b: number; s: number }[] = [];
  for (let s = 0; s < an.sentences.length; s++) {
    const [sa, sb] = an.sentenceTokens[s];
    // page chrome left in the text ("BBC Homepage World Service Education", "Subscribe to ... Telegram channel")
    if (SITE_CHROME.test(ctx.text.slice(an.sentences[s].start, an.sentences[s].end))) continue;
    const headline = isHeadline(an.tokens, sa, sb);
    let i = sa;
    while (i < sb) {
      const chunk = readChunk(ctx, i, sa, sb, headline);
      if (chunk.length > 0) {
        interpretChunk(ctx, [...chunk], s, sa, sb, pendingSingles);
        i = chunk[chunk.length - 1].b;
        continue;
      }
      // 'a declaration on "Friendly Relations and Good Neighbourliness"': the title is read as one treaty, not as chunks
      const afterTitle = quotedTreaty(ctx, i, s, sb);
      if (afterTitle !== undefined) {
        i = afterTitle;
        continue;
      }
      lowercasePatterns(ctx, i, s, sa, sb);
      i++;
    }
  }
  resolveSingles(ctx, pendingSingles, guessLocations);
  officeOfBody(ctx);
}

/** Words only a site's navigation uses: a line with one names no entity of the story. */
const SITE_CHROME = /\b(?:[Hh]omepage|Subscribe|Log ?in|Sign up|Newsletters?|Advertisement)\b|\bwebsite uses cookies\b/;

/** the heads of a state's titles, which a capital's possessive gives to its state ("Beijing's top diplomat"; not "Kyiv's mayor") */
const STATE_TITLE_HEADS = new Set(['minister', 'diplomat', 'ambassador', 'envoy', 'president', 'premier', 'negotiator', 'representative', 'chancellor']);

/** Is token p a possessive ending before a state's title ("Moscow's ambassador", "Beijing's top diplomat")? */
function stateTitleAfterPossessive(toks: Token[], p: number): boolean {
  // (not Brussels, which stands for the EU: "Brussels' chief negotiator Michel Barnier")
  if (p >= toks.length || !POSS.has(toks[p].lower) || (p > 0 && toks[p - 1].lower === 'brussels')) return false;
  let q = p + 1;
  if (q < toks.length && TITLE_QUALIFIERS.has(toks[q].lower)) q++;
  const words: string[] = [];
  for (let k = q; k < toks.length && k < q + MAX_TITLE_TOKENS && toks[k].sent === toks[p].sent; k++) words.push(toks[k].text);
  const n = words.length ? titleLengthAt(words, 0) : 0;
  return n > 0 && STATE_TITLE_HEADS.has(words[n - 1].toLowerCase());
}

/** titles only a body's head holds, which make an unknown name before them a body's ("Chadema chairman X") */
const BODY_HEAD_TITLES = /^(?:chairman|chairwoman|chairperson|secretary[- ]general|chief executive|ceo)$/i;

/**
 * May the unknown name [a, b) before a body head's title be that body's? One word that is no name, common word, place
 * or adjective ("Electoral Chairman X", "Kano chairman X"), nor a person's name the text gives ("Donald Trump ... Trump
 * chairman X"); or two or three words that do not look like a person's name.
 */
function bodyNameBeforeHead(ctx: Ctx, a: number, b: number, nTok: number, sa: number, name: string): boolean {
  const toks = ctx.an.tokens;
  if (nTok > 1) return nTok <= 3 && !looksLikePersonName(toks, a, b);
  const w = toks[a].lower;
  if (isSurname(w) || isGivenName(w) || isCommonWord(w) || isPlaceWord(w) || w in PLACES || /(?:al|ic|ive|ary)$/.test(w)) return false;
  if (a === sa && toks[a].pos !== 'PROPN') return false;
  return ctx.learned.get(name)?.label !== 'Person' && !ctx.drafts.some((d) => d.label === 'Person' && d.name.endsWith(` ${name}`));
}

/** an outlet's kind after its name, in lower case or "TV" ("Al-Ekhbariyah television", "Al Arabiya TV", "the Dagens ETC newspaper") */
const OUTLET_KIND_AFTER = /^(?:television|TV|radio|newspaper|magazine|tabloid)$/;
/** nouns an outlet's kind may qualify, when it is no outlet's: "Zelensky radio address", "Mariupol radio station" */
const KIND_QUALIFIES = /^(?:address|interview|show|broadcast|appearance|message|host|debate|programme|program)$/;
/** nouns after an outlet's kind that still name the outlet: "Al Arabiya television channel", "Ekho Moskvy radio station" */
const OUTLET_NOUNS = /^(?:channel|station|network|footage|broadcaster|service)$/;

/**
 * Is the name [a, b) before an outlet's kind (token b) an outlet's? Not a person's name or a place ("Orban radio
 * interview", "Kherson television"), nor a kind that qualifies a noun after it.
 */
function outletBeforeKind(ctx: Ctx, a: number, b: number, text: string): boolean {
  const toks = ctx.an.tokens;
  if (isGivenName(toks[a].lower) || isSurname(toks[b - 1].lower) || isPlaceWord(toks[b - 1].lower) || ctx.learned.get(text) !== undefined) return false;
  // (a paper's owner: a body's name before it, "The Communist Party newspaper", or any name before the paper's own
  // capitalised name, "The Workers' Party newspaper Rodong Sinmun")
  if (/^(?:newspaper|magazine|tabloid)$/.test(toks[b].lower) && (toks.slice(a, b).some((x) => x.lower in ORG_CUES || x.lower === 'ministry') || (b + 1 < toks.length && toks[b + 1].sent === toks[b].sent && toks[b + 1].cap))) return false;
  const next = b + 1 < toks.length && toks[b + 1].sent === toks[b].sent ? toks[b + 1] : undefined;
  if (next && !OUTLET_NOUNS.test(next.lower) && (next.pos === 'NOUN' || KIND_QUALIFIES.test(next.lower))) return false;
  return !ctx.drafts.some((d) => d.name === text && (d.label === 'Location' || d.label === 'Person'));
}

/** an office named after its head's title, as a body: the title's words (lower case) and the capitalised head after the possessive */
const OFFICE_OF_TITLE = /^(?:prime minister|president|premier|chancellor|prosecutor|prosecutor general|attorney general) (?:Office|Department|Secretariat)$/;
/** the same as a body's name, which may go on ("Prosecutor's Office for Combating Organized Crime") */
const OFFICE_OF_TITLE_NAME = /\b(?:prime minister|president|premier|chancellor|prosecutor|prosecutor general|attorney general)'s (?:office|department|secretariat)\b/;

/** Where a title at token t starts with its qualifier, if one stands before it: "new" in "Greece's new foreign minister". */
function titleStart(toks: Token[], t: number, sa: number): number {
  return t - 2 >= sa && TITLE_QUALIFIERS.has(toks[t - 1].lower) ? t - 1 : t;
}

/** Does token p open a description of a title's holder: a possessive, "the/this/that", "a/an"? */
function opensDescription(toks: Token[], p: number, sa: number): boolean {
  return p >= sa && (POSS.has(toks[p].text) || DESC_DETERMINERS.has(toks[p].lower) || toks[p].lower === 'a' || toks[p].lower === 'an');
}

/** an ISO date or a year as one token ("2024-10-16", "2024") */
const DATE_TOKEN = /^(?:1[89]|2[01])\d\d(?:-\d\d(?:-\d\d)?)?$/;

/** Title-case lines (headlines, menus): only gazetteer names are trusted there. */
function isHeadline(tokens: Token[], a: number, b: number): boolean {
  // title case capitalises verbs and function words too; a sentence full of names does not
  let words = 0;
  let caps = 0;
  let capFunction = 0;
  let lowerVerb = 0;
  for (let t = a; t < b; t++) {
    const tok = tokens[t];
    if (!/^\p{L}/u.test(tok.text)) continue;
    // (a lower-case noun or adjective of four letters or more is no title case either: a caption full of names,
    // "President X at 47th ASEAN Summit opening in Kuala Lumpur")
    if (!tok.cap && (tok.pos === 'VERB' || tok.pos === 'AUX')) lowerVerb++;
    else if (!tok.cap && tok.text.length >= 4 && (tok.pos === 'NOUN' || tok.pos === 'ADJ') && /^\p{Ll}+$/u.test(tok.text)) lowerVerb++;
    // after a date the word starts a sentence as far as case goes ("date 2024-10-16 The summit ...": a
    // dateline glued to the first sentence), so its capital says nothing about title case
    if (t > a && tok.cap && /^(VERB|AUX|ADP|DET|PRON|ADV|CCONJ|SCONJ|PART)$/.test(tok.pos) && !DATE_TOKEN.test(tokens[t - 1].text)) capFunction++;
    if (tok.text.length < 4) continue;
    words++;
    if (tok.cap) caps++;
  }
  // (capitalised verbs inside a name do not make prose title case: "Moldova's Prosecutor's Office for Combating Organized
  // Crime ... did not identify the foreign country involved")
  return (capFunction >= 2 && lowerVerb < capFunction) || (words >= 6 && caps / words > 0.7 && lowerVerb === 0);
}

function isNamey(tokens: Token[], t: number, sa: number): boolean {
  const tok = tokens[t];
  // (a glued particle opens in lower case: "al-Assad")
  if (!tok.cap) return PARTICLE_GLUED.test(tok.text);
  if (/-(based|led|backed|born|made|owned|run|funded|linked|allied|controlled|era|style)$/i.test(tok.text)) return false;
  if (!NAMEY.test(tok.text)) return false;
  if (/^\p{N}/u.test(tok.text)) return false;
  if ((DATE_WORDS.has(tok.lower) || DATE_WORDS.has(tok.lower.replace(/\.$/, ''))) && !givenNameJan(tokens, t) && !givenNameJun(tokens, t)) return false;
  if (HONORIFICS.has(tok.lower)) return false;
  if (NOT_NAMES.has(tok.lower) && (t === sa || tok.pos !== 'PROPN' || tok.lower.length <= 3)) return false;
  // a credit's label is no part of the name before it ("President Pedro Castillo Image: X/REUTERS")
  if (isCreditLabel(tokens, t)) return false;
  return true;
}
/** "Jan Egeland", "Jan Sithole": "Jan" before a capitalised word that is no date is a given name, not January ("Jan 5", "Jan. 2024"). */
function givenNameJan(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1];
  const before = t > 0 && tokens[t - 1].sent === tokens[t].sent ? tokens[t - 1].lower : '';
  if (tokens[t].text !== 'Jan' || /^(?:in|on|since|until|till|by|from|before|after|early|late|mid|of|last|next|this|to|through|between|and|or)$/.test(before)) return false;
  if (next === undefined || next.sent !== tokens[t].sent || !next.cap || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || DATE_WORDS.has(next.lower) || NOT_NAMES.has(next.lower)) return false;
  // (not before a country, a place or a common word: "From Dec to Jan Britain saw", "India's Jan Fuel Demand Rises")
  const gaz = countryGazetteer();
  return !isCommonWord(next.lower) && !gaz.byName.has(next.lower) && !gaz.byCapital.has(next.lower) && !gaz.byDemonym.has(next.lower) && !(next.lower in PLACES) && !isPlaceWord(next.lower);
}
/** "Li Jun", "Dong Jun": "Jun" after a Chinese surname, and before no number, is a given name, not June ("Jun 5") */
function givenNameJun(tokens: Token[], t: number): boolean {
  const prev = t > 0 && tokens[t - 1].sent === tokens[t].sent ? tokens[t - 1] : undefined;
  const next = t + 1 < tokens.length && tokens[t + 1].sent === tokens[t].sent ? tokens[t + 1] : undefined;
  return tokens[t].text === 'Jun' && !!prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && isChineseName(prev.lower, 'jun') && !(next && /^\p{N}/u.test(next.text));
}
const CREDIT_LABEL = /^(?:image|images|photo|photos|photograph|picture|credit|credits|source|video|file|caption)$/;
/** "Image:", "Photo:", "Credit:" at token t */
function isCreditLabel(toks: Token[], t: number): boolean {
  return CREDIT_LABEL.test(toks[t].lower) && t + 1 < toks.length && toks[t + 1].text === ':';
}

/**
 * "Quad" is the grouping of four states only before a word that goes with it ("the Quad countries", "Quad
 * leaders", "the Quad said", "the Quad's"), not a quad bike, the Quad Cities or a campus quad ("on the Quad in").
 */
/**
 * May a known name (lower-case `key`, written `written`, ending before token `next`) stand for the body here? A short
 * name known only in capitals must be written so ("Ani Grigoryan" is no ANI), and "Quad" must be the grouping.
 */
function knownHere(key: string, written: string, toks: Token[], next: number, sb: number): boolean {
  if (CAPITALS_ONLY.has(key) && written !== written.toUpperCase()) return false;
  return !(key === 'quad' || key === 'the quad') || quadGrouping(toks, next, sb);
}

function quadGrouping(toks: Token[], next: number, sb: number): boolean {
  if (next >= sb) return true;
  const w = toks[next];
  return /^(?:countries|nations|leaders|summit|members|partners|grouping|group|foreign|ministers|navies|meeting|framework|alliance|['’]s)$/i.test(w.text) || /^(VERB|AUX|PUNCT|CCONJ)$/.test(w.pos);
}

/** Longest gazetteer match starting at token t: returns its end token (exclusive) or t. */
interface GazetteerKeys {
  keys: Set<string>;
  /** every prefix of every key, so that a longer look-up stops as soon as it cannot match */
  prefixes: Set<string>;
}
let gazetteerKeys: GazetteerKeys | undefined;
function keysOf(): GazetteerKeys {
  if (gazetteerKeys) return gazetteerKeys;
  const gaz = countryGazetteer();
  const keys = new Set([...Object.keys(KNOWN_ORGS), ...gaz.byName.keys(), ...gaz.byCapital.keys(), ...Object.keys(PLACES)]);
  keys.delete('the');
  const prefixes = new Set<string>();
  for (const k of keys) for (let n = 1; n <= k.length; n++) prefixes.add(k.slice(0, n));
  gazetteerKeys = { keys, prefixes };
  return gazetteerKeys;
}

/** Longest gazetteer match starting at token t: returns its end token (exclusive) or t. */
function gazetteerEnd(ctx: Ctx, t: number, sb: number): number {
  const toks = ctx.an.tokens;
  const { keys, prefixes } = keysOf();
  if (!toks[t].cap && toks[t].lower !== 'the' && !lowerParticleName(toks, t, sb)) return t;
  if (!prefixes.has(toks[t].lower)) return t;
  let key = '';
  let best = t;
  for (let n = 0; n < 7 && t + n < sb; n++) {
    const tok = toks[t + n];
    if (n > 0) {
      if (/\n/.test(tok.gap)) break;
      // a lower-case "the" opens a name only before a capital: "the guardian state" is no "The Guardian"
      if (n === 1 && !toks[t].cap && !tok.cap) break;
      key += tok.gap.length ? ' ' : '';
    }
    key += tok.lower;
    if (!prefixes.has(key)) break;
    if (keys.has(key) && knownHere(key, tok.text, toks, t + n + 1, sb)) best = t + n + 1;
  }
  // (a known name before "City" is another place's: "Atlantic City" is no Atlantic)
  // (nor a declaration's: "the Vienna Declaration" is a text, not Vienna)
  // (a country's stays the country: "Israel Declaration Of War", "the Ukraine Declaration of Independence")
  if (best > t && best < sb && (toks[best].text === 'City' || (toks[best].text === 'Declaration' && !countryGazetteer().byName.has(ctx.text.slice(toks[t].start, toks[best - 1].end).toLowerCase().replace(/^the /, '')))) && toks[best].gap === ' ') return t;
  // (nor an autonomous region's, which is one place: "Xinjiang Uyghur Autonomous Region", "Tibet Autonomous Region")
  if (best > t && autonomousAt(toks, best, sb)) return t;
  // (nor before the rest of a party's name: "the Fiji First party" is no Fiji)
  if (best > t && best + 1 < sb && toks[best].cap && toks[best].gap === ' ' && (toks[best + 1].text === 'party' || (best + 2 < sb && toks[best + 1].cap && toks[best + 2].text === 'party'))) return t;
  // (nor a region's or a company's name opening a longer name: "North Caucasus Federal District", "South Caucasus
  // Pipeline", "Toyota Motor Corporation", "Boeing Co"; not a headline's next word: "Drought in the Horn of Africa Worsens")
  // (the cheap token test first: most matches are followed by no such name)
  if (best > t && best < sb && toks[best].gap === ' ' && toks[best].cap && longerNameAfter(toks, best, sb)) {
    const matched = ctx.text.slice(toks[t].start, toks[best - 1].end).toLowerCase().replace(/^the /, '');
    if ((PLACES[matched]?.country === '' || KNOWN_ORGS[matched]?.kind === 'company') && gazetteerEnd(ctx, best, sb) === best) return t;
  }
  // (nor before a people's possessive that goes on with the body's name: "South West Africa People's Organisation")
  if (best > t && peoplesNameAt(ctx, best, sb)) return t;
  return best;
}

/** "Autonomous Region", "Uyghur Autonomous Region", "Autonomous Okrug" at token k (capitalised, one line) */
function autonomousAt(toks: Token[], k: number, sb: number): boolean {
  const a = k < sb && toks[k].text === 'Autonomous' ? k : k + 1 < sb && toks[k].cap && toks[k + 1].text === 'Autonomous' ? k + 1 : -1;
  return a >= 0 && a + 1 < sb && /^(?:Region|Oblast|Okrug|Republic|Prefecture|Province|Community|District)$/.test(toks[a + 1].text) && !/\n/.test(toks[k].gap + toks[a].gap);
}
/** words that end a longer name a region's or a company's name opens ("Federal District", "Motor Corporation", "Co") */
const LONGER_NAME_TAIL = new Set(['district', 'pipeline', 'command', 'forum', 'framework', 'system', 'initiative', 'strategy', 'partnership', 'fund', 'co', 'co.', 'corp.', 'inc', 'inc.', 'ltd.', 'plc', 'ag', 'se', 'pjsc']);
/** Do the capitalised words from token k end with an organisation's cue or a longer name's tail? */
function longerNameAfter(toks: Token[], k: number, sb: number): boolean {
  for (let j = k; j < sb && j < k + 4 && (j === k || (toks[j].gap === ' ' && /^\p{Lu}/u.test(toks[j].text))); j++) {
    if (toks[j].lower in ORG_CUES || LONGER_NAME_TAIL.has(toks[j].lower)) return true;
  }
  return false;
}

/** "al Qaeda", "al Shabaab": a lower-case particle that opens a known name before a capital */
function lowerParticleName(toks: Token[], t: number, sb: number): boolean {
  return (toks[t].lower === 'al' || toks[t].lower === 'el') && t + 1 < sb && toks[t + 1].cap && toks[t + 1].gap === ' ';
}

/** Is the capital at t, opening its sentence, an occupation or a role before a person's name? */
function occupationAt(toks: Token[], t: number, sa: number, sb: number): boolean {
  const tok = toks[t];
  const personAfter = t + 1 < sb && (isGivenName(toks[t + 1].lower) || (t + 2 < sb && isNamey(toks, t + 2, sa) && !isPlaceWord(toks[t + 2].lower)));
  if (!personAfter) return false;
  if (OCCUPATIONS.has(tok.lower)) return true;
  if (!isRoleNoun(tok.lower) || isCueWord(tok.lower) || TITLE_FIRST_WORDS.has(tok.lower)) return false;
  if (isGivenName(toks[t + 1].lower)) return true;
  return !((t + 2 < sb && TITLE_FIRST_WORDS.has(toks[t + 2].lower)) || runHasCue(toks, t + 1, sb, sa) || (t + 2 < sb && isPlaceWord(toks[t + 2].lower)));
}

/** what readChunk gives for a token that opens no chunk (most of them): shared, never written */
const NO_ELEMENTS: readonly Element[] = Object.freeze([]);

function readChunk(ctx: Ctx, i: number, sa: number, sb: number, headline: boolean): readonly Element[] {
  const toks = ctx.an.tokens;
  const first = toks[i];
  // fast path: most tokens cannot start a chunk
  if (!first.cap && first.lower !== 'the' && !TITLE_FIRST_WORDS.has(first.lower) && !PARTICLE_GLUED.test(first.text) && !COUNTERPART.has(first.lower) && !lowerParticleName(toks, i, sb)) return NO_ELEMENTS;
  const gaz = countryGazetteer();
  const out: Element[] = [];
  let t = i;
  while (t < sb) {
    if (t > i && /\n/.test(toks[t].gap)) break;
    const tok = toks[t];
    // an outlet's name after its kind, capitalised words of any sort: "broadcaster India Today", "the newspaper Le Monde"
    if (t === i && tok.cap && afterOutletKind(toks, t)) {
      let e = t + 1;
      while (e < sb && e < t + 4 && toks[e].cap && toks[e].gap === ' ' && /^\p{Lu}[\p{L}\d'’.&-]*$/u.test(toks[e].text)) e++;
      if (e > t + 1) {
        out.push({ kind: 'name', a: t, b: e, role: undefined, code: undefined });
        t = e;
        continue;
      }
    }
    // gazetteer names first ("UN General Assembly", "The Hague")
    const g = gazetteerEnd(ctx, t, sb);
    // (a known body's name may open a treaty's: "the UN Charter", "the United Nations Charter")
    // (not in a title-case headline, where every word is capitalised: "India Signs Pact to Lay Oil Pipeline to Nepal")
    const continuesWithCue = !headline && g < sb && isNamey(toks, g, sa) && toks[g].gap === ' ' && runHasCue(toks, g, sb, sa) && (!(ctx.text.slice(toks[t].start, toks[g - 1].end).toLowerCase() in KNOWN_ORGS) || TREATY_HEADS_AFTER_BODY.test(toks[g].lower));
    if (g > t && !(toks[t].lower === 'the' && g === t + 1) && !continuesWithCue) {
      out.push({ kind: 'name', a: t, b: g, role: undefined, code: undefined });
      t = g;
      continue;
    }
    // "the Commonwealth Heads of Government Meeting", "the 50th CARICOM Heads of Government Conference": a named
    // meeting, with the body's name before it, not a title
    if (tok.text === 'Heads' && t + 3 < sb && toks[t + 1].lower === 'of' && /^(?:Government|State)$/.test(toks[t + 2].text) && toks[t + 3].cap && toks[t + 3].lower in NAMED_EVENT_CUES) {
      const last = out[out.length - 1];
      const a = last !== undefined && last.kind === 'name' && last.b === t ? (out.pop(), last.a) : t;
      out.push({ kind: 'name', a, b: t + 4, role: undefined, code: undefined });
      t += 4;
      continue;
    }
    if (headline) break;
    // an occupation opening a sentence before a person's name ("Businessman Alexandre Djouhri", not "Singer Island"),
    // or a counterpart ("his Chinese counterpart Wang Yi"): a person, with no office implied
    // (any role noun there: "Protester Sergi Kapanadze told ...", "Witness John Doe", "Student Ivan Petrov"; not one
    // before a title or a body's name: "Border Patrol Chief X", "Power Grid Corporation"; worked out only for a capital
    // opening a sentence: most tokens are none)
    const opensSentence = tok.cap && (t === sa || (t - 1 === sa && /^["“‘']$/.test(toks[sa].text)));
    const occupation = opensSentence && occupationAt(toks, t, sa, sb);
    if (((tok.cap && HONORIFICS.has(tok.lower)) || occupation || COUNTERPART.has(tok.lower)) && t + 1 < sb && isNamey(toks, t + 1, sa)) {
      out.push({ kind: 'hon', a: t, b: t + 1, role: undefined, code: undefined });
      t++;
      continue;
    }
    // "First Lady Jill Biden": a title that holds no office (no fact), and says the name is a person's
    if (tok.cap && tok.lower === 'first' && t + 2 < sb && toks[t + 1].cap && /^(?:lady|gentleman)$/.test(toks[t + 1].lower) && isNamey(toks, t + 2, sa)) {
      out.push({ kind: 'title', a: t, b: t + 2, role: undefined, code: undefined });
      t += 2;
      continue;
    }
    const words: string[] = [];
    // "PM" is a title only in capitals and not after a clock time ("at 5 pm Moscow time", "at 10 PM Eastern Time")
    if (titleWordAt(toks, t) && (tok.lower !== 'pm' || (tok.text === 'PM' && !(t > sa && /^\d{1,2}(?:[:.]\d\d)?$/.test(toks[t - 1].text))))) for (let k = t; k < Math.min(sb, t + 4); k++) words.push(toks[k].lower);
    const tl = words.length ? titleLengthAt(words, 0) : 0;
    // "the Prime Minister's Office", "the Prosecutor General's Office for ...": an office is a body's name, not a title
    const office = tl > 0 && tok.cap && t + tl + 1 < sb && POSS.has(toks[t + tl].text) && OFFICE_OF_TITLE.test(`${words.slice(0, tl).join(' ')} ${toks[t + tl + 1].text}`) ? t + tl + 2 : 0;
    // (with the capitalised words before its title: "the Kharkiv Regional Prosecutor's Office", "Specialized Anti-Corruption
    // Prosecutor's Office"; not a country's name, "Ukraine Prosecutor's Office" is Ukraine's)
    let officeStart = t;
    if (office) {
      for (let last = out[out.length - 1]; last !== undefined && last.kind === 'name' && last.b === officeStart && !gaz.byName.has(ctx.text.slice(toks[last.a].start, toks[last.b - 1].end).toLowerCase()); last = out[out.length - 1]) {
        out.pop();
        officeStart = last.a;
      }
    }
    if (tl > 0 && !office) {
      let phrase = words.slice(0, tl).join(' ');
      let role = TITLES[phrase];
      let next = t + tl;
      // "chief negotiator", "chief economist": "chief" before another title is that title's kind of office, not a
      // leader's (a rank after it is the holder's rank: "army chief General X" heads the army)
      const second = phrase === 'chief' ? titleTokensAt(toks, next, sb) : 0;
      if (second > 0 && !RANKS.has(toks[next].lower)) {
        for (let k = next; k < next + second; k++) phrase += ` ${toks[k].lower}`;
        role = TITLES[phrase.slice(6)];
        next += second;
      }
      const nextNamey = next < sb && (isNamey(toks, next, sa) || (toks[next].cap && HONORIFICS.has(toks[next].lower)));
      // the word before the title, past a qualifier ("Greece's new foreign minister")
      const prevInChunk = out.length > 0 || opensDescription(toks, titleStart(toks, t, sa) - 1, sa);
      // a lower-case title word that modifies a noun is none: "the nation's general election" (not "chief economist")
      // nor one before an adjective and its noun: "relations with the major oil-producing nation"
      const modifier = !tok.cap && next < sb && !toks[next].cap && !TITLE_FIRST_WORDS.has(toks[next].lower) &&
        (toks[next].pos === 'NOUN' || (toks[next].pos === 'ADJ' && next + 1 < sb && toks[next + 1].pos === 'NOUN' && !toks[next + 1].cap));
      // lower-case titles join a chunk only next to a name; capitalised ones may start one
      if (!modifier && (tok.cap || nextNamey || prevInChunk)) {
        const end = tok.cap ? portfolioEnd(ctx, next, sa, sb, phrase) : next;
        out.push({ kind: 'title', a: t, b: end, role, code: undefined });
        t = end;
        // "Deputy Prime Minister and Foreign Minister Nguyen Manh Cam"
        if (t + 1 < sb && toks[t].lower === 'and' && isTitleStart(toks, t + 1, sb)) t++;
        continue;
      }
      break;
    }
    // only a capitalised word can be a demonym here: no two-word key is built for the others
    const dem = !tok.cap ? undefined : gaz.byDemonym.get(tok.lower) ?? (t + 1 < sb ? gaz.byDemonym.get(`${tok.lower} ${toks[t + 1].lower}`) : undefined);
    if (dem) {
      const two = gaz.byDemonym.get(tok.lower) ? 1 : 2;
      out.push({ kind: 'demonym', a: t, b: t + two, role: undefined, code: dem.code });
      t += two;
      continue;
    }
    const startsCuedName = tok.cap && t > sa && NOT_NAMES.has(tok.lower) && !/^(the|a|an|this|that)$/.test(tok.lower) && tok.pos !== 'PRON' && tok.pos !== 'ADP' && t + 1 < sb && isNamey(toks, t + 1, sa) && runHasCue(toks, t + 1, sb, sa);
    if (office || isNamey(toks, t, sa) || startsCuedName || (out.length > 0 && NAME_PARTICLE.test(tok.lower) && t + 1 < sb && isNamey(toks, t + 1, sa))) {
      let e = office || t + 1;
      let hasCue = office > 0 || isCueWord(tok.lower);
      while (e < sb) {
        // (a model's designation ends a name: "a U.S. Air Force C-17 aircraft", "Su-35 jets")
        if (/\n/.test(toks[e].gap) || MODEL_DESIGNATION.test(toks[e].text)) break;
        // (an office's name goes on only with a connector: "the President's Office Andriy Yermak" ends at "Office")
        if (office && e === office && toks[e].cap) break;
        if ((isNamey(toks, e, sa) || continuesName(toks, e)) && (!isTitleStart(toks, e, sb) || domainAfterConnector(toks, e, sb, sa)) && !gaz.byDemonym.has(toks[e].lower)) {
          // a known name starts here ("... UN General Assembly"); not one a name before it completes with its
          // cue ("National Security Council" is no Security Council)
          const known = !hasCue ? gazetteerEnd(ctx, e, sb) : e;
          if (known > e + 1 && !(isCueWord(toks[known - 1].lower) && commonWordsRun(toks, t, e))) break;
          if (hasCue && isCueWord(toks[e - 1].lower) && isGivenName(toks[e].lower)) break;
          hasCue ||= isCueWord(toks[e].lower);
          e++;
          continue;
        }
        // a people's possessive inside a body's name: "People's United Democratic Movement", "Workers' Party of Korea"
        if (POSS.has(toks[e].text) && peoplesNameAt(ctx, e - 1, sb)) {
          e++;
          continue;
        }
        // particles inside a name, one or two ("Marieke de Hoon", "Ursula von der Leyen")
        const particles = !hasCue && NAME_PARTICLE.test(toks[e].lower) ? (e + 2 < sb && NAME_PARTICLE.test(toks[e + 1].lower) ? 2 : 1) : 0;
        if (particles > 0 && e + particles < sb && isNamey(toks, e + particles, sa)) {
          e += particles;
          continue;
        }
        // a nickname in quotes inside a person's name: "Ferdinand 'Bongbong' Marcos Jr.", Joaquín "El Chapo" Guzmán
        const afterNickname = !hasCue && e - t <= 3 ? nicknameEnd(toks, t, e, sa, sb) : 0;
        if (afterNickname > 0) {
          e = afterNickname;
          continue;
        }
        // demonym inside an organisation name ("Plekhanov Russian University")
        if (gaz.byDemonym.has(toks[e].lower) && e + 1 < sb && isNamey(toks, e + 1, sa) && runHasCue(toks, e + 1, sb, sa)) {
          e++;
          continue;
        }
        // connectors inside organisation, treaty and event names
        const andJoins = toks[e].lower === 'and' && e + 1 < sb && isNamey(toks, e + 1, sa) && hasCue !== runHasCue(toks, e + 1, sb, sa);
        // "Bay of Bengal", "Gulf of Aden", "Line of Control"
        const waterOf = toks[e].lower === 'of' && e === t + 1 && (WATER_FIRST.has(toks[t].lower) || toks[t].lower === 'line');
        // "Status of Forces Agreement", "Law of the Sea Convention": a run that a treaty's head ends after "of" takes the
        // words before it
        const treatyOf = !hasCue && toks[e].lower === 'of' && e + 1 < sb && treatyRunAt(toks, toks[e + 1].lower === 'the' ? e + 2 : e + 1, sb, sa);
        // "Ministry of Trade and Industry", "Ministry of Economy and Finance": a ministry's second field
        // (one or two field words that end the name: not another body, "Ministry of Defence and Foreign Ministry", nor
        // before the state's name, "Ministry of Strategy and Finance of Korea")
        if (hasCue && toks[e].lower === 'and' && toks.slice(t, e).some((x) => MINISTRY_HEADS.has(x.lower)) && toks.slice(t, e).some((x) => x.lower === 'of' || x.lower === 'for')) {
          let f = e + 1;
          while (f < sb && f < e + 3 && toks[f].cap && FIELD_WORDS.has(toks[f].lower)) f++;
          if (f > e + 1 && !(f < sb && (toks[f].cap || /^(?:of|for|and|&)$/.test(toks[f].lower)))) {
            e = f;
            continue;
          }
        }
        if ((hasCue && ['of', 'for', 'on'].includes(toks[e].lower)) || andJoins || waterOf || treatyOf) {
          let f = e + 1;
          if (f < sb && toks[f].lower === 'the') f++;
          // "Self Defense Fleet of Japanese Navy": a state's armed service after "of" is the body this one belongs to
          if (toks[e].lower === 'of' && f + 1 < sb && gaz.byDemonym.has(toks[f].lower) && ORG_CUES[toks[f + 1].lower] === 'military') break;
          const headHasName = toks.slice(t, e).some((x) => !isCueWord(x.lower));
          const headIsTreaty = toks.slice(t, e).some((x) => TREATY_CUES.has(x.lower));
          if (headHasName && headIsTreaty && gazetteerEnd(ctx, f, sb) > f) break;
          // "Atiku Abubakar and Labor Party": a person's name is not the start of an organisation
          if (toks[e].lower === 'and' && !hasCue && looksLikePersonName(toks, t, e)) break;
          if (f < sb && isNamey(toks, f, sa) && !(toks[e].lower === 'and' && !runHasCue(toks, f, sb, sa))) {
            e = f;
            continue;
          }
        }
        // "Treaty of Land Border between China and Vietnam": the parties belong to the treaty's name
        if (hasCue && toks[e].lower === 'between' && toks.slice(t, e).some((x) => TREATY_CUES.has(x.lower))) {
          const g1 = gazetteerEnd(ctx, e + 1, sb);
          if (g1 > e + 1 && g1 < sb && toks[g1].lower === 'and') {
            const g2 = gazetteerEnd(ctx, g1 + 1, sb);
            if (g2 > g1 + 1) {
              e = g2;
              continue;
            }
          }
        }
        break;
      }
      // "the Cabinet of Prime Minister X": a connector the run took before a title that stopped it is not part of the name
      while (e - 1 > t && /^(of|for|on|and|the)$/.test(toks[e - 1].lower)) e--;
      // "President Trump Jared Kushner": two people's names run together
      if (!hasCue && e - t >= 3 && twoNamesInRun(toks, t, e)) e = t + 1;
      // "National Road No. 8", "Highway 1": a road's number is part of its name
      // (the run may have taken "No." already)
      const roadAt = toks[e - 1].lower === 'no.' && e - 2 > t ? e - 2 : e - 1;
      if (e < sb && ROAD_HEADS.has(toks[roadAt].lower)) {
        const n = roadAt === e - 1 && toks[e].lower === 'no.' && e + 1 < sb ? e + 1 : e;
        if (/^\d{1,3}[A-Z]?$/.test(toks[n].text)) e = n + 1;
      }
      out.push({ kind: 'name', a: office ? officeStart : t, b: e, role: undefined, code: undefined });
      t = e;
      continue;
    }
    // a qualified title after a name: "US national security adviser Jake Sullivan", "EU foreign policy chief X"
    if (out.length > 0 && out[out.length - 1].kind !== 'title' && /^\p{Ll}+$/u.test(tok.text)) {
      let found = false;
      for (let q = 1; q <= 2 && t + q < sb; q++) {
        const ws: string[] = [];
        for (let k = t + q; k < Math.min(sb, t + q + 4); k++) ws.push(toks[k].lower);
        const n = titleLengthAt(ws, 0);
        const after = t + q + n;
        if (n > 0 && after < sb && isNamey(toks, after, sa) && toks.slice(t, t + q).every((x) => /^\p{Ll}+$/u.test(x.text) && (x.pos === 'ADJ' || x.pos === 'NOUN'))) {
          out.push({ kind: 'title', a: t, b: after, role: TITLES[ws.slice(0, n).join(' ')], code: undefined });
          t = after;
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    break;
  }
  // a chunk that is only a lower-case title is not a chunk (handled by lowercasePatterns)
  if (out.length === 1 && out[0].kind === 'title' && !toks[out[0].a].cap) {
    if (!opensDescription(toks, titleStart(toks, out[0].a, sa) - 1, sa)) return [];
  }
  return out;
}

/**
 * Two people's names run together ("Senior Advisor to President Trump Jared Kushner"): a first word that is no
 * given name before a known given name, three words or more, and both the first word and the last one written
 * apart elsewhere in the article ("Trump said", "Kushner met"). A family name first ("Xi Jinping", "Yuasa
 * Hideki") is followed by no known given name; "Bola Ahmed Tinubu" never has "Bola" alone.
 */
function twoNamesInRun(toks: Token[], a: number, b: number): boolean {
  const first = toks[a].lower;
  if (!isGivenName(toks[a + 1].lower) || isGivenName(first) || isCommonWord(first) || isPlaceWord(first) || isCueWord(first)) return false;
  for (let k = a; k < b; k++) if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(toks[k].text) || NAME_PARTICLE.test(toks[k].lower)) return false;
  const last = toks[b - 1].lower;
  let firstApart = false;
  let lastApart = false;
  // (each written as a one-word name elsewhere: "informed Trump", "Kushner and Shabbat landed"; not inside another
  // name, "Pham Thanh Binh", "Bola Tinubu", "Ali Hassan")
  const alone = (k: number) => toks[k].cap && !(k + 1 < toks.length && toks[k + 1].sent === toks[k].sent && toks[k + 1].gap !== '' && /^\p{Lu}\p{Ll}/u.test(toks[k + 1].text))
    && !(k >= 1 && toks[k - 1].sent === toks[k].sent && /^\p{Lu}\p{Ll}/u.test(toks[k - 1].text) && !TITLES[toks[k - 1].lower]);
  for (let k = 0; k < toks.length && !(firstApart && lastApart); k++) {
    if (k >= a && k < b) continue;
    const w = toks[k].lower;
    if (w === first && alone(k)) firstApart = true;
    if (w === last && alone(k)) lastApart = true;
  }
  return firstApart && lastApart;
}

/**
 * After a given name (the run [t, e) so far), a quoted nickname and the rest of the name: "'Bongbong' Marcos"
 * at token `e` (the opening quote) returns the token after the quote's closing, where the name goes on; else 0.
 */
function nicknameEnd(toks: Token[], t: number, e: number, sa: number, sb: number): number {
  if (!OPEN_QUOTE.test(toks[e].text) || toks[e].gap !== ' ') return 0;
  let q = e + 1;
  while (q < sb && q <= e + 3 && toks[q].gap === (q === e + 1 ? '' : ' ') && isNamey(toks, q, sa)) q++;
  if (q === e + 1 || q >= sb || !CLOSE_QUOTE.test(toks[q].text) || toks[q].gap !== '') return 0;
  const next = q + 1;
  // after a name of two words or a given name only: "Sources said Musk "Loves" Trump" names nobody,
  // "Mohamed Hamdan "Hemedti" Dagalo" one person
  let given = e - t >= 2;
  for (let k = t; k < e && !given; k++) given = isGivenName(toks[k].lower.normalize('NFD').replace(/\p{M}/gu, ''));
  return given && next < sb && toks[next].gap === ' ' && isNamey(toks, next, sa) && looksLikePersonName(toks, next, next + 1) ? next : 0;
}
/**
 * Do the arms at token w strike in this sentence: a strike or an attack after them ("missile strikes", "a drone
 * and missile attack") or a verb of attack ("Russian drones struck Odesa", "Israeli warplanes bombed")? Arms
 * sold or supplied ("supply Iranian drones to Russia", "backed by Turkish drones") do not.
 */
function armsThatStrike(toks: Token[], w: number, sb: number): boolean {
  let j = w + 1;
  if (j + 1 < sb && toks[j].lower === 'and' && DEMONYM_ARMS.has(toks[j + 1].lower)) j += 2;
  return j < sb && /^(?:strikes?|attacks?|barrages?|struck|hit|hits|attacked|bombed|pounded|targeted|shelled|killed|destroyed)$/.test(toks[j].lower);
}

/** Tokens of a quoted nickname (quotes included) inside the name tokens [a, b). */
function nicknameTokens(toks: Token[], a: number, b: number): number {
  for (let t = a + 1; t < b; t++) {
    if (!OPEN_QUOTE.test(toks[t].text)) continue;
    for (let q = t + 1; q < b; q++) if (CLOSE_QUOTE.test(toks[q].text)) return q - t + 1;
    return 0;
  }
  return 0;
}
const OPEN_QUOTE = /^["“'‘]$/;
const CLOSE_QUOTE = /^["”'’]$/;

/** A name without a quoted nickname inside it: "Ferdinand 'Bongbong' Marcos Jr." -> "Ferdinand Marcos Jr.". */
function withoutNickname(name: string): string {
  return name.replace(/\s["“'‘][^"“”'‘’]+["”'’]\s/u, ' ');
}

/** inside a run, capitalised function words still belong to the name ("Council of the Europe", "All Progressives Congress") */
function continuesName(toks: Token[], e: number): boolean {
  const tok = toks[e];
  if (isCreditLabel(toks, e)) return false;
  return tok.cap && NAMEY.test(tok.text) && !/^\p{N}/u.test(tok.text) && !DATE_WORDS.has(tok.lower) && !HONORIFICS.has(tok.lower) && tok.pos !== 'PRON' && tok.pos !== 'DET' && tok.pos !== 'ADP' && tok.pos !== 'CCONJ' && tok.pos !== 'SCONJ' && tok.pos !== 'AUX' && tok.pos !== 'VERB';
}

/** "foreign ministry", "army", "defence ministry" after a demonym: returns the end token of the head or 0 */
const LOWER_ORG_HEADS = new Set(['ministry', 'army', 'navy', 'military', 'parliament', 'embassy', 'police', 'government']);
function lowercaseOrgHead(toks: Token[], t: number, sb: number): number {
  for (let k = t; k < Math.min(sb, t + 3); k++) {
    const x = toks[k];
    if (x.cap || !/^\p{Ll}+$/u.test(x.text)) return 0;
    if (LOWER_ORG_HEADS.has(x.lower)) return x.lower === 'government' && k === t ? 0 : k + 1;
    if (x.pos !== 'ADJ' && x.pos !== 'NOUN') return 0;
  }
  return 0;
}

function isCueWord(lower: string): boolean {
  return lower in ORG_CUES || TREATY_CUES.has(lower) || lower in NAMED_EVENT_CUES;
}
/** titles of state offices: their plurals after a demonym speak for the state, those of journalists or analysts do not */
const OFFICIAL_TITLE = /(?:minister|secretary|official|diplomat|envoy|ambassador|general|commander|president|premier|chancellor|negotiator|lawmaker|legislator|senator|officer|admiral|prosecutor|delegate)$/;
/** A title of state office in the plural at b ("foreign ministers", "presidents", "defence secretaries"): a demonym before it stands for its state. */
function pluralTitleAt(toks: Token[], b: number, sb: number): boolean {
  const words: string[] = [];
  for (let k = b; k < sb && k < b + MAX_TITLE_TOKENS; k++) words.push(toks[k].lower);
  let phrase = '';
  for (let n = 1; n <= words.length; n++) {
    const w = words[n - 1];
    const one = w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : '';
    if (one && Object.hasOwn(TITLES, phrase + one)) return OFFICIAL_TITLE.test(phrase + one) || TITLES[phrase + one] === 'leader';
    phrase += `${w} `;
  }
  return false;
}

/**
 * Demonyms joined before what makes the last of them a state ("Greek and Turkish leaders", "French,
 * German and Italian foreign ministers"): each of them is one. `b` is the token after the first.
 */
function coordinatedDemonyms(toks: Token[], b: number, sb: number): boolean {
  const gaz = countryGazetteer();
  let j = b;
  while (j + 1 < sb && (toks[j].lower === 'and' || toks[j].text === ',') && gaz.byDemonym.has(toks[j + 1].lower) && toks[j + 1].cap) j += 2;
  if (j === b || j >= sb) return false;
  const words: string[] = [];
  for (let k = j; k < sb && k < j + MAX_TITLE_TOKENS; k++) words.push(toks[k].lower);
  return DEMONYM_STATE_NOUNS.has(toks[j].lower) || titleLengthAt(words, 0) > 0 || pluralTitleAt(toks, j, sb);
}

/**
 * A cue word before capitalised words the lexicons do not know: a word that names bodies elsewhere
 * ("Duma", "Court", "Bank") opening what may be a person's name ("Duma Gideon Boko").
 */
function cueBeforeUnknownWords(toks: Token[], a: number, b: number): boolean {
  if (b - a < 2 || !isCueWord(toks[a].lower)) return false;
  for (let t = a + 1; t < b; t++) {
    const w = toks[t].lower;
    if (!toks[t].cap || isCueWord(w) || isCommonWord(w) || isPlaceWord(w) || countryGazetteer().byDemonym.has(w)) return false;
  }
  return true;
}
/** ... and is one: a known given name follows the cue, or two or more unknown words do */
function cueOpensPersonName(toks: Token[], a: number, b: number): boolean {
  return cueBeforeUnknownWords(toks, a, b) && (b - a >= 3 || isGivenName(toks[a + 1].lower));
}
function runHasCue(toks: Token[], e: number, sb: number, sa: number): boolean {
  for (let k = e; k < sb && k < e + 6 && isNamey(toks, k, sa); k++) if (isCueWord(toks[k].lower)) return true;
  return false;
}
/** Does the capitalised run from token e end at a treaty's head, a few words on ("Forces Agreement")? */
function treatyRunAt(toks: Token[], e: number, sb: number, sa: number): boolean {
  let k = e;
  while (k < sb && k < e + 4 && isNamey(toks, k, sa)) k++;
  if (k <= e || !TREATY_CUES.has(toks[k - 1].lower)) return false;
  // (of common words and cues only: a treaty with a name of its own is no part of the words before "of", "Members of the
  // Warsaw Pact", "Chapter VII of the UN Charter", "Future of Iran Nuclear Agreement")
  for (let q = e; q < k - 1; q++) {
    const w = toks[q].lower;
    const sea = (SEA_WORDS as readonly string[]).includes(w);
    if ((!isCommonWord(w) && !isCueWord(w) && !sea) || (isPlaceWord(w) && !sea) || countryGazetteer().byName.has(w)) return false;
  }
  return true;
}
/** Are tokens [a, b) all common words ("National" before "Security Council"; not a place: "Gaza UN Security Council")? */
function commonWordsRun(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isCommonWord(toks[k].lower) || isPlaceWord(toks[k].lower)) return false;
  return true;
}

/**
 * A portfolio after a minister's title, before the holder's name: "Deputy Prime Minister for European
 * Integration Olga Stefanishyna", "Minister of Strategic Industries Oleksandr Kamyshin". The title then
 * ends where the name starts: at a known given name, else two words before the end of the capitalised run
 * (three words or more after "for"/"of"; fewer name no one; a country after them is no portfolio). `next`
 * is the token after the title's words.
 */
function portfolioEnd(ctx: Ctx, next: number, sa: number, sb: number, phrase: string): number {
  const toks = ctx.an.tokens;
  // (a portfolio the title already holds may go on with "and": "Minister of Foreign Affairs and International Cooperation X")
  const goesOn = /^(?:minister|secretary) (?:of|for) /.test(phrase) && next + 2 < sb && /^(?:and|&)$/.test(toks[next].lower) && toks[next + 1].cap;
  if (!goesOn && (!/(?:minister|secretary|commissioner)$/.test(phrase) || next + 3 >= sb || !/^(for|of)$/.test(toks[next].text))) return next;
  // "Prime Minister of Japan Fumio Kishida", "of the United States": a country after "of" is none
  const countries = countryGazetteer().byName;
  let words = '';
  for (let k = next + 1; k < Math.min(sb, next + 1 + countryGazetteer().maxTokens); k++) {
    words += (words ? ' ' : '') + toks[k].lower;
    if (countries.has(words) || countries.has(`the ${words}`)) return next;
  }
  let e = next + 1;
  // (a portfolio of two fields: "Minister of Commerce and Supplies Sunil Bahadur Thapa")
  // (a capitalised field's word is one even where it names nothing alone: "Minister for Home Affairs X")
  const fieldy = (k: number) => isNamey(toks, k, sa) || (toks[k].cap && FIELD_WORDS.has(toks[k].lower));
  while (e < sb && !/\n/.test(toks[e].gap) && (fieldy(e) || (e > next + 1 && /^(?:and|&)$/.test(toks[e].lower) && e + 1 < sb && fieldy(e + 1)))) e++;
  const n = e - (next + 1);
  if (n < 3) return next;
  // a portfolio of two fields joined by "and" ends with the field after it: the name opens at the first word past it that
  // is no field's ("Commerce and Supplies Sunil Bahadur Thapa", "Trade and Industry Gan Kim Yong")
  let and = -1;
  for (let k = next + 1; k < e; k++) if (/^(?:and|&)$/.test(toks[k].lower)) and = k;
  if (and >= 0) {
    // (a name particle opens a name too: "Rural Development Le Minh Hoan")
    for (let k = and + 2; k < e - 1; k++) if ((!isCommonWord(toks[k].lower) && !FIELD_WORDS.has(toks[k].lower)) || (NAME_PARTICLE.test(toks[k].lower) && toks[k].cap)) return k;
    return e - 2;
  }
  for (let k = next + 2; k < e - 1; k++) if (isGivenName(toks[k].lower)) return k;
  // (else at the first word that is no field's nor a common word: "Minister for Home Affairs Tikoduadua")
  for (let k = next + 2; k < e; k++) if (!FIELD_WORDS.has(toks[k].lower) && !isCommonWord(toks[k].lower)) return Math.min(k, e - 1);
  return e - 2;
}

/** words of ministers' fields the lexicon does not know as common words ("Internal Affairs", "Social Welfare") */
const FIELD_WORDS = new Set(['affairs', 'economy', 'budget', 'human', 'welfare', 'husbandry', 'situations', 'cooperation', 'development', 'planning', 'resources', 'supplies', 'fisheries', 'livestock', 'mines', 'telecommunications', 'hydrocarbons', 'veterans', 'indigenous', 'parliamentary', 'consumer', 'religious', 'economic', 'emergency', 'family', 'infrastructure', 'aviation', 'tourism', 'sports', 'youth', 'culture', 'heritage', 'environment', 'climate', 'energy', 'finance', 'defence', 'defense', 'interior', 'justice', 'trade', 'industry', 'commerce', 'health', 'education', 'agriculture', 'labour', 'labor', 'transport', 'communications', 'information', 'security', 'integration', 'relations', 'international', 'foreign', 'internal', 'home', 'social', 'public', 'works', 'rural', 'urban', 'water', 'land', 'lands', 'housing', 'petroleum', 'oil', 'gas', 'natural']);

/** bodies named after a minister's fields ("Ministry of Trade and Industry") */
const MINISTRY_HEADS = new Set(['ministry', 'department', 'secretariat']);

/** military ranks: after "chief" they are the holder's rank, not the kind of office ("army chief General X") */
const RANKS = new Set(['general', 'admiral', 'marshal', 'colonel', 'lieutenant', 'major', 'captain', 'commander', 'sergeant', 'brigadier', 'gen.', 'adm.', 'col.', 'lt.', 'maj.', 'capt.', 'brig.']);

/** the length in tokens of the title starting at token e (any case), 0 if none */
function titleTokensAt(toks: Token[], e: number, sb: number): number {
  if (e >= sb || !titleWordAt(toks, e)) return 0;
  const words = [];
  for (let k = e; k < Math.min(sb, e + MAX_TITLE_TOKENS); k++) words.push(toks[k].lower);
  return titleLengthAt(words, 0);
}

/**
 * A one-word title after "of" or "for" that names the body's domain, not a person: "Ministry of Justice",
 * "Caribbean Court of Justice". Not when a name follows ("the Cabinet of Prime Minister X" stays apart).
 */
function domainAfterConnector(toks: Token[], e: number, sb: number, sa: number): boolean {
  const before = toks[e - 1].lower;
  // (a title after it is another's: "European Court of Justice President Koen Lenaerts")
  return (before === 'of' || before === 'for') && Object.hasOwn(TITLES, toks[e].lower) && !(e + 1 < sb && isNamey(toks, e + 1, sa) && !isTitleStart(toks, e + 1, sb));
}

function isTitleStart(toks: Token[], e: number, sb: number): boolean {
  if (!toks[e].cap || !titleWordAt(toks, e)) return false;
  const words = [];
  for (let k = e; k < Math.min(sb, e + 4); k++) words.push(toks[k].lower);
  return titleLengthAt(words, 0) > 0;
}

function span(ctx: Ctx, a: number, b: number) {
  const toks = ctx.an.tokens;
  return { start: toks[a].start, end: toks[b - 1].end, text: ctx.text.slice(toks[a].start, toks[b - 1].end) };
}

/**
 * Occupations that open a sentence before a name ("Businessman Alexandre Djouhri received ..."): like an
 * honorific, they say the name is a person's, but unlike a title they imply no employer.
 */
const OCCUPATIONS = new Set([
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'entrepreneur', 'investor', 'banker', 'oligarch', 'activist', 'lawyer',
  'attorney', 'cleric', 'dissident', 'blogger', 'writer', 'author', 'novelist', 'poet', 'artist', 'singer', 'actor', 'actress', 'scientist',
]);

/** "his Chinese counterpart Wang Yi": the name after it is a person's (their office is the other's, which is not read) */
const COUNTERPART = new Set(['counterpart', 'counterparts']);

/** the last word of a named site */
const SITE_HEADS = /^(palace|square|airport|stadium|bridge|cathedral|synagogue|tower|street|avenue|park|mosque|temple|monument|hotel|arena|prison|crossing|airfield|airbase|aerodrome|annex)$/;
/** words that make a run a site wherever they stand in it ("Kelly Airfield Annex", "Ramstein Air Base") */
const SITE_WORDS = new Set(['airport', 'airfield', 'airbase', 'aerodrome']);
/** the last word of a body of water's name ("East China Sea", "Arabian Sea", "Persian Gulf", "Jordan River") */
const WATER_HEADS = new Set<string>([...SEA_WORDS, 'river']);
/** the last word of a landform's name ("Galwan Valley", "Golan Heights", "Atlas Mountains", "Gobi Desert", "Yeonpyeong Island") */
const LAND_HEADS = new Set(['valley', 'mountains', 'hills', 'heights', 'highlands', 'desert', 'plateau', 'glacier', 'island', 'islands', 'archipelago', 'atoll', 'peninsula', 'corridor']);
/** words that open a storm's name: "Cyclone Gafilo", "Hurricane Maria", "Typhoon Haiyan" are no one */
const STORM_FIRST = new Set(['cyclone', 'hurricane', 'typhoon', 'storm']);
/** the first word of one named "of" something ("Bay of Bengal", "Gulf of Aden", "Sea of Japan", "Lake Chad") */
const WATER_FIRST = new Set<string>([...SEA_WORDS.filter((w) => w !== 'ocean'), 'lake']);
/** the first word of a place's name, never of a person's (Spanish, Portuguese, Italian and English use) */
const PLACE_FIRST = /^(?:plaza|piazza|praça|praca|avenida|calle|rua|san|santa|santo|são|sao|la|puerto|porto|port|fort|mount|mt)$/;
/** before a name, words that make it an outlet's ("newspaper La Repubblica", "according to La Nacion") */
/** an aircraft's, a missile's or a vehicle's designation: "C-17", "F-16", "Su-35", "MiG-29", "S-400", "T-72" */
const MODEL_DESIGNATION = /^[A-Z][A-Za-z]{0,2}-\d/;
/** a kind of outlet right before its name */
const OUTLET_NOUN = /^(?:newspaper|weekly|broadcaster|magazine|tabloid|website|broadcasters|newspapers)$/;
/** Does the name at token a follow a lower-case kind of outlet in its sentence, and open with no given name? */
function afterOutletKind(toks: Token[], a: number): boolean {
  return a > 0 && toks[a - 1].sent === toks[a].sent && !toks[a - 1].cap && OUTLET_NOUN.test(toks[a - 1].lower) && !isGivenName(toks[a].lower);
}
/** an adjective of a people or a faith, which qualifies a militia and names none ("Shiite", "Hutu", "Kurdish", "Pro-Russian") */
const PEOPLE_ADJECTIVE = /^(?:pro-.*|anti-.*|\p{L}+(?:ite|i|an|ish|ese)|hutu|tutsi|druze|amhara|oromo|pashtun|baloch|tamil|yazidi|arab|christian|muslim|jewish|islamist)$/u;
/** the first words of KIND_PLACE_AFTER and of "militia" */
const KIND_WORDS_AFTER = new Set(['military', 'air', 'naval', 'army', 'navy', 'oil', 'gas', 'militia']);
/** lower-case words after a name that make it a place: a base with its kind, a field of oil or gas */
const KIND_PLACE_AFTER = /^(?:(?:military|air|naval|army|navy)\s+base|(?:oil|gas|oil\s+and\s+gas|gas\s+and\s+oil)\s+field)\b/;
/** before "from": what a person sends ("a message from X to Hanoi") */
const SENT_FROM = /^(?:message|messages|letter|letters|call|calls|appeal|invitation|greetings|congratulations|request|note|order|orders|praise|complaint|gift|gifts|envoy|envoys|delegation|visit|visitors|condolences|words|support|aid)$/;
/** after "to", the end of a route that is a place ("to the Cambodian-Vietnamese border", "to the coast") */
const ROUTE_END = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:border|frontier|coast|sea)\b(?!\s+(?:guard|police|council|prosecutor|force|forces|patrol|authorit|official|agency|service))/iu;
/** the last word of a road's name before its number */
const ROAD_HEADS = new Set(['road', 'highway', 'route', 'motorway', 'expressway']);
/** a road named with its number */
const ROAD_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Road|Highway|Route|Motorway|Expressway)\s+(?:No\.\s*)?\d{1,3}[A-Z]?$/u;
const OUTLET_BEFORE = /\b(?:newspaper|daily|weekly|paper|broadcaster|magazine|channel|network|station|outlet|agency|website|radio|tv|according\s+to)\s+$/i;
/** the last word of a name that is a site only as a venue or where a place is expected (else often an organisation: "Carter Center") */
const VENUE_HEADS = /^(centre|center|hall|building|buildings|base)$/;
const VENUE_WORDS = new Set(['convention', 'conference', 'exhibition', 'congress', 'press', 'sports', 'detention', 'trade', 'shopping', 'air', 'naval', 'military']);

/** The token before a name at a, past a "the", in the name's sentence; -1 when there is none. */
function wordBefore(toks: Token[], a: number): number {
  let p = a - 1;
  if (p >= 0 && toks[p].lower === 'the') p--;
  return p >= 0 && toks[p].sent === toks[a].sent ? p : -1;
}

/** Is the token before a (past "the") a preposition of place ("at the Lincoln Center")? */
function afterPlacePreposition(toks: Token[], a: number): boolean {
  const p = wordBefore(toks, a);
  return p >= 0 && /^(at|in|inside|outside|near|into)$/.test(toks[p].lower);
}

/** Classification of a name run by gazetteers and cue words. */
interface NameClass {
  label?: MentionDraft['label'];
  name: string;
  kind?: OrganizationKind;
  countryCode?: string;
  via: MentionDraft['via'];
  placeCountry?: string;
  event?: { type: NonNullable<(typeof NAMED_EVENT_CUES)[string]>; locationFrom?: number };
  /** run made only of a cue word ("Court"): a description */
  cueOnly?: string;
  /** a cue word opening what may be a person's name: the organisation it is when no person cue comes */
  orgKind?: OrganizationKind;
  /** a capital standing for its country: the city's own name */
  capitalName?: string;
  confidence: number;
}

function classifyName(ctx: Ctx, a: number, b: number): NameClass {
  const toks = ctx.an.tokens;
  const gaz = countryGazetteer();
  const text = ctx.text.slice(toks[a].start, toks[b - 1].end).replace(/\s+/g, ' ');
  // (with the plain apostrophe, as the tokens' lower-case forms: "People’s" looks up "people's")
  const lowered = text.toLowerCase();
  const key = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
  const keyNoThe = key.replace(/^the /, '');
  // an outlet named after its kind ("broadcaster India Today", "the newspaper Le Monde"), not a known body or state
  if (b - a > 1 && afterOutletKind(toks, a) && !(key in KNOWN_ORGS) && !gaz.byName.has(key)) {
    return { label: 'Organization', name: text, kind: 'media', via: 'name', confidence: 0.75 };
  }
  // an outlet named before its kind in lower case ("the official Al-Ekhbariyah television said", "Al Arabiya TV reported")
  if (b < toks.length && toks[b].sent === toks[a].sent && OUTLET_KIND_AFTER.test(toks[b].text) && !(key in KNOWN_ORGS) && !gaz.byName.has(key) && !gaz.byCapital.has(key) && !(keyNoThe in PLACES) && outletBeforeKind(ctx, a, b, text)) {
    return { label: 'Organization', name: text.replace(/^the /i, ''), kind: 'media', via: 'name', confidence: 0.7 };
  }
  // a photo credit's name: "(AP Photo/Dolores Ochoa)", "Mark Wilson/Getty Images"
  // (and the agency's own: "AP Photo/...")
  // (every such credit has a slash next to the name: most names have none, and are done with one look)
  const from = Math.max(0, toks[a].start - 12);
  const around = ctx.text.slice(from, toks[b - 1].end + 16);
  // (and a name after a credit's label that ends its line: "/ Photo: Getty Images"; or one that is its line but for "|
  // Reuters": "Ricardo Moraes | Reuters"; not a caption's subject, "Photo: Putin meets Xi", nor a headline's last word,
  // "EU sanctions target Russia | Reuters")
  // (looked at in short windows around the name, not to its line's ends: a long line has many names)
  if (creditAround(ctx.text, toks[a].start, toks[b - 1].end)) return { name: text, via: 'name', confidence: 0 };
  if (around.includes('/')) {
    const before = around.slice(0, toks[a].start - from);
    const after = around.slice(toks[b - 1].end - from);
    if (PHOTO_BY_BEFORE.test(before) || (PHOTO_AGENCIES.has(keyNoThe) && /\/\s*$/.test(before)) || PHOTO_AGENCY_AFTER.test(after) || /^\s+Photos?\s*\//.test(after)) return { name: text, via: 'name', confidence: 0 };
  }
  // "Who" opening a question is no WHO: an acronym that is also a function word only in capitals
  // (and "Ani", "Efe" are given names, not ANI or EFE: a name known only in capitals matches only in capitals)
  const known = (NOT_NAMES.has(key) && text !== text.toUpperCase()) || !knownHere(key, text, toks, b, ctx.an.sentenceTokens[toks[a].sent][1]) ? undefined : KNOWN_ORGS[key] ?? KNOWN_ORGS[keyNoThe];
  if (known) {
    const isAbbr = ACRONYM.test(text) && known.name !== text;
    return { label: 'Organization', name: known.name, kind: known.kind, via: isAbbr ? 'abbreviation' : 'name', confidence: 0.95 };
  }
  // a name before a possessive disease is a person's, named for it: "Parkinson's disease" names no one here
  if (b + 1 < toks.length && POSS.has(toks[b].text) && /^(?:disease|syndrome|disorder)$/.test(toks[b + 1].lower)) return { name: text, via: 'name', confidence: 0 };
  if (OFFICE_OF_TITLE_NAME.test(keyNoThe)) return { label: 'Organization', name: text.replace(/^the /i, ''), kind: 'government', via: 'name', confidence: 0.8 };
  const folded = foldLetters(key);
  const country = gaz.byName.get(key) ?? gaz.byName.get(keyNoThe) ?? gaz.byName.get(folded);
  if (country) return { label: 'Country', name: country.name, countryCode: country.code, via: 'name', confidence: 0.95 };
  const capital = gaz.byCapital.get(key) ?? gaz.byCapital.get(folded);
  if (capital) {
    // a capital standing for its government: followed by a verb ("Moscow has brushed off", "a charge Moscow denies")
    let n = b;
    while (n < toks.length && n < b + 2 && toks[n].pos === 'ADV') n++;
    if (n < toks.length && toks[n].lower === 'and' && n + 1 < toks.length && gaz.byCapital.has(toks[n + 1].lower)) n += 2;
    const actsAsState = n < toks.length && (toks[n].pos === 'VERB' || toks[n].pos === 'AUX') && toks[n].sent === toks[a].sent;
    const prevAnd = a >= 2 && toks[a - 1].lower === 'and' && gaz.byCapital.has(toks[a - 2].lower) && b < toks.length && (toks[b].pos === 'VERB' || toks[b].pos === 'AUX');
    // a place after a locative preposition ("signed in Minsk is observed"); the state after by/on/against ("sanctions on Moscow")
    const before = a >= 1 && toks[a - 1].sent === toks[a].sent ? toks[a - 1].lower : '';
    const locative = /^(in|at|to|into|near|from|outside|inside|via|around|across|toward|towards)$/.test(before);
    const asParty = /^(by|on|against|with|between|pressure|urged|urging)$/.test(before);
    if (!locative && (actsAsState || prevAnd || asParty || stateTitleAfterPossessive(toks, b))) {
      return { label: 'Country', name: capital.name, countryCode: capital.code, via: 'capital', capitalName: capital.capital, confidence: 0.8 };
    }
    return { label: 'Location', name: capital.capital, via: 'name', placeCountry: capital.code, confidence: 0.9 };
  }
  const place = PLACES[key] ?? PLACES[keyNoThe];
  if (place) return { label: 'Location', name: place.name, via: 'name', placeCountry: place.country || undefined, confidence: 0.9 };
  if (FURNITURE.has(key) || (STORM_FIRST.has(keyNoThe.split(' ')[0]) && keyNoThe.includes(' ') && !keyNoThe.split(' ').some((w) => w in ORG_CUES))) return { name: text, via: 'name', confidence: 0 };
  // a name through a people's possessive with no cue of its own: a self-proclaimed republic or a site is a place, an
  // assembly a body ("Donetsk People's Republic", "Gaza Martyrs' Hospital", "Kyiv People's Deputies")
  const peoplesHead = PEOPLES_POSSESSIVE.test(text) ? PEOPLES_HEADS.exec(keyNoThe.slice(keyNoThe.lastIndexOf(' ') + 1)) : null;
  if (peoplesHead && !keyNoThe.split(' ').some((w) => w in ORG_CUES)) {
    return /^(?:deputies|assembly|congress)$/.test(peoplesHead[0])
      ? { label: 'Organization', name: text.replace(/^the /i, ''), kind: 'government', via: 'name', confidence: 0.75 }
      : { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  }
  // a name before a lower-case "party" is the party's: "the Fiji First party", "the ruling Zanu-PF party" (not a
  // demonym's or common words': "the Russian party", "a Christmas party", "the Communist party")
  if (b < toks.length && toks[b].text === 'party' && toks[b].sent === toks[a].sent && !gaz.byDemonym.has(keyNoThe)) {
    const partyWords = keyNoThe.split(' ');
    // (a demonym and common words may name one: "the ruling Georgian Dream party", "the Serbian Progressive party")
    const opensWithDemonym = partyWords.length > 1 && gaz.byDemonym.has(partyWords[0]);
    if (
      (opensWithDemonym || !partyWords.every((w) => isCommonWord(w) || HOLIDAYS.has(w))) && !partyWords.some((w) => NOT_PARTY_WORDS.has(w)) &&
      !(a > 0 && /^(?:a|an)$/.test(toks[a - 1].lower)) && !(b + 1 < toks.length && NOT_PARTY_AFTER.has(toks[b + 1].lower)) && !namesPerson(ctx, text.replace(/^the /i, ''))
    ) {
      // (a demonym before one distinctive word is the party's country: "the Hungarian Fidesz party")
      const bare = text.replace(/^the /i, '');
      const name = opensWithDemonym && partyWords.length === 2 && !isCommonWord(partyWords[1]) ? bare.slice(bare.indexOf(' ') + 1) : bare;
      return { label: 'Organization', name: withoutIdeology(name), kind: 'party', via: 'name', confidence: 0.75 };
    }
  }
  // demonyms joined by a hyphen describe a relation ("Russian-Pakistani relations"): no entity of their own
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(key) && key.split('-').every((w) => gaz.byDemonym.has(w))) return { name: text, via: 'name', confidence: 0 };
  // a people in the plural ("Sri Lankans", "New Zealanders", "Filipinos"): nobody's name
  if (key.length > 3 && key.endsWith('s') && gaz.byDemonym.has(key.slice(0, -1))) return { name: text, via: 'name', confidence: 0 };
  const words = key.split(' ');
  // what a name is, said by lower-case words after it: "the Inates military base", "the Greater Sunrise oil and gas
  // field" (places), "the Mai-Mai militia" (an armed group); not a known state, city, place or body, nor a person's name
  // ("the Trump base" is his voters)
  // (the cheap look at the next word first: most names are followed by none of these)
  if (b < toks.length && KIND_WORDS_AFTER.has(toks[b].lower) && toks[b].sent === toks[a].sent && !toks[b].cap && !(key in KNOWN_ORGS) && !gaz.byName.has(keyNoThe) && !gaz.byCapital.has(keyNoThe) && !gaz.byDemonym.has(keyNoThe) && !(keyNoThe in PLACES) && !isGivenName(toks[a].lower) && !isSurname(toks[b - 1].lower)) {
    const after = ctx.text.slice(toks[b].start, toks[b].start + 24);
    if (KIND_PLACE_AFTER.test(after) && !ACRONYM.test(text) && !words.some((w) => w in ORG_CUES) && !ctx.drafts.some((d) => d.name === text && d.label === 'Organization')) return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.7 };
    if (/^militia\b/.test(after) && !words.every((w) => isCommonWord(w)) && !words.some((w) => gaz.byDemonym.has(w) || PEOPLE_ADJECTIVE.test(w))) return { label: 'Organization', name: text.replace(/^the /i, ''), kind: 'military', via: 'name', confidence: 0.7 };
  }
  // a route's start, when its end is a place: "from Khsach Kandal to the Cambodian-Vietnamese border", "from Bac Ninh to Hanoi"
  // (not a person's name: a known given name or surname, a Chinese name, one met as a person before, or one who sends
  // something, "a message from Hun Manet to Hanoi")
  if (a > 0 && toks[a - 1].lower === 'from' && b + 1 < toks.length && toks[b].lower === 'to' && !isGivenName(toks[a].lower) && !isSurname(toks[b - 1].lower) && !(key in KNOWN_ORGS) && !gaz.byName.has(keyNoThe) &&
    !(b - a === 2 && isChineseName(toks[a].lower, toks[a + 1].lower)) && !(a > 1 && SENT_FROM.test(toks[a - 2].lower)) && !ctx.drafts.some((d) => d.label === 'Person' && (d.name === text || d.name.endsWith(` ${text}`)))) {
    const end = ctx.text.slice(toks[b].end, toks[b].end + 60);
    const next = toks[b + 1].lower === 'the' && b + 2 < toks.length ? toks[b + 2] : toks[b + 1];
    if (ROUTE_END.test(end) || (next.cap && (gaz.byName.has(next.lower) || gaz.byCapital.has(next.lower) || next.lower in PLACES))) return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.65 };
  }
  // roads by their number: "National Road No. 8", "Highway 1", "Route 9"
  // and autonomous regions: "the Chukotka Autonomous Okrug", "the Xinjiang Uyghur Autonomous Region"
  const head = words[words.length - 1];
  if (((/^\d/.test(head) && ROAD_NAME.test(text)) || (words.length > 2 && words[words.length - 2] === 'autonomous' && /\bAutonomous (?:Region|Oblast|Okrug|Prefecture|Province|Community|District)$/.test(text))) && !words.some((w) => w in ORG_CUES)) return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  // a declaration named after the city that adopted it: "the Vienna Declaration", "the Tashkent Declaration"
  const placeWords = head === 'declaration' && words.length >= 2 ? words.slice(words[0] === 'the' ? 1 : 0, -1).join(' ') : '';
  if (placeWords && (gaz.byCapital.has(placeWords) || placeWords in PLACES)) return { label: 'Treaty', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  // a label in capitals opening a paragraph (a caption's or a kicker's) made of common words: "AGREEMENT SIGNED — ..."
  if (text === text.toUpperCase() && words.length > 1 && opensParagraph(toks, a) && b < toks.length && /^[:\-–—]$/.test(toks[b].text) && words.every((w) => isCommonWord(w) && !isPlaceWord(w))) {
    return { name: text, via: 'name', confidence: 0 };
  }
  // named sites: "Peace Palace", "Tahrir Square", "Kabul Airport", "Jinnah Convention Centre" (a site before a
  // treaty's cue); a centre, hall, base or building(s) only as a venue ("Convention Centre") or where a place is expected
  // ("at the Lincoln Center"): "the Carter Center said" is an organisation
  // (a body named after its airport is a body: "Hong Kong Airport Authority", "Heathrow Airport Holdings")
  const siteWord = words.findIndex((w) => SITE_WORDS.has(w));
  const bodyAfterSite = siteWord >= 0 && words.slice(siteWord + 1).some((w) => w in ORG_CUES || w === 'operations');
  if (words.length > 1 && (SITE_HEADS.test(head) || (siteWord >= 0 && !bodyAfterSite) || (VENUE_HEADS.test(head) && (words.some((w) => VENUE_WORDS.has(w)) || afterPlacePreposition(toks, a))))) {
    return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  }
  // seas, gulfs, bays, straits, rivers, landforms: "the East China Sea", "the Bay of Bengal", "Lake Chad", "the Galwan Valley"
  // (not a person with such a surname, "Michael Bay", "Frank Ocean", "Singer George Strait"; nor an event named after
  // the place, "the Bay of Pigs invasion")
  const firstWater = WATER_FIRST.has(words[0]) && (words[1] === 'of' || words[0] === 'lake');
  // (rivers and lakes keep their given names: "the Charles River")
  const personLike = (isGivenName(words[0]) && !/^(?:river|lake)$/.test(head)) || (a > 0 && (HONORIFICS.has(toks[a - 1].lower) || TITLE_FIRST_WORDS.has(toks[a - 1].lower) || isRoleNoun(toks[a - 1].lower)));
  const eventAfter = b < toks.length && /^(?:invasion|crisis|war|operation|landing|incident|affair)$/.test(toks[b].lower);
  // (a landform's word may be a surname: "Kwame Hills told reporters", "Ngozi Valley, who leads"; nor "Rift Valley fever")
  const landPerson = LAND_HEADS.has(head) && b < toks.length && toks[b].sent === toks[a].sent && (SPEECH_LEMMAS.has(toks[b].lemma) || (toks[b].text === ',' && b + 1 < toks.length && /^(?:who|whose)$/.test(toks[b + 1].lower)) || /^(?:fever|virus|disease)$/.test(toks[b].lower));
  if (words.length > 1 && (WATER_HEADS.has(head) || LAND_HEADS.has(head) || firstWater) && !words.some((w) => isCueWord(w)) && !personLike && !eventAfter && !landPerson) {
    return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  }
  // a line dividing territory: "the Line of Control", "the Line of Actual Control", "the Line of Contact"
  if (words.length >= 3 && words[0] === 'line' && words[1] === 'of' && !words.some((w) => w in ORG_CUES)) {
    return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.75 };
  }
  // places whose name opens with a word that only places' names open with: "La Paz", "San José", "Plaza Murillo",
  // "Puerto Príncipe", "Fort Bragg", "Mount Sinai": two words only (longer ones are often bodies: "Las Vegas Sands",
  // "Mount Sinai Hospital"), no cue word ("Port Authority"); not a name that speaks ("La Repubblica said", "La Russa
  // said": places speak only as capitals, known before this), an outlet's ("newspaper La Nacion"), a person's in
  // apposition to a title ("Santa Ono, president of ...") or the end of a person's name met before ("Ignazio La Russa")
  const speaks = b < toks.length && SPEECH_LEMMAS.has(toks[b].lemma);
  if (
    words.length === 2 && PLACE_FIRST.test(words[0]) && !words.some((w) => isCueWord(w) || w in ORG_CUES) && !personLike && !eventAfter && !speaks &&
    !OUTLET_BEFORE.test(ctx.text.slice(Math.max(0, toks[a].start - 20), toks[a].start)) && !appositiveTitleAt(toks, b, ctx.an.sentenceTokens[toks[a].sent][1]) &&
    !ctx.drafts.some((d) => d.label === 'Person' && !d.dropped && d.name.endsWith(` ${text}`))
  ) {
    return { label: 'Location', name: text, via: 'name', confidence: 0.7 };
  }

  // named events: "Battle of Khalkhin Gol", "Eastern Economic Forum"
  const evIdx = words.findIndex((w) => w in NAMED_EVENT_CUES);
  // (not when a body's cue after it heads the name: "Election Commission of Maldives", "National Election Institute")
  const connector = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on' || w === 'between'));
  const nameHead = words[(connector > 0 ? connector : words.length) - 1];
  const bodyHeaded = evIdx >= 0 && nameHead !== words[evIdx] && (nameHead in ORG_CUES || TREATY_CUES.has(nameHead));
  if (evIdx >= 0 && words.length > 1 && !bodyHeaded) {
    const type = NAMED_EVENT_CUES[words[evIdx]];
    let locationFrom: number | undefined;
    if (evIdx === 0 && (words[1] === 'of' || words[1] === 'at')) locationFrom = a + (words[2] === 'the' ? 3 : 2);
    return { name: text, via: 'name', event: { type, locationFrom }, confidence: 0.8 };
  }
  const treatyIdx = words.findIndex((w) => TREATY_CUES.has(w));
  const orgIdx = words.findIndex((w) => w in ORG_CUES);
  // (an organisation after all when nothing makes it a person: "Bank Pekao Polska said")
  if (cueOpensPersonName(toks, a, b)) return { name: withoutNickname(text), via: 'name', orgKind: ORG_CUES[words[0]], confidence: 0.5 };
  // the head noun is the last cue before the first connector ("Collective Security Treaty Organization" is an
  // organisation, "Treaty of Versailles" a treaty)
  const firstConnector = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on' || w === 'between'));
  const headPart = firstConnector > 0 ? words.slice(0, firstConnector) : words;
  let headCue = -1;
  for (let k = headPart.length - 1; k >= 0; k--) if (TREATY_CUES.has(headPart[k]) || headPart[k] in ORG_CUES) { headCue = k; break; }
  // (with no cue before its connector, the last word heads it: "Status of Forces Agreement", "Law of the Sea Convention")
  const treatyHead = headCue >= 0 ? TREATY_CUES.has(headPart[headCue]) : TREATY_CUES.has(words[words.length - 1]) || (treatyIdx >= 0 && (orgIdx < 0 || treatyIdx < orgIdx));
  if (treatyIdx >= 0 && treatyHead) {
    if (words.length === 1) return { name: text, via: 'description', cueOnly: words[0], confidence: 0.6 };
    // a known body's name opening it is written as the gazetteer writes it: "UN Charter" is "United Nations Charter"
    const bare = text.replace(/^the /i, '');
    const bareWords = bare.split(' ');
    const skip = words.length - bareWords.length;
    for (let k = bareWords.length - 1; k >= 1; k--) {
      const org = KNOWN_ORGS[words.slice(skip, skip + k).join(' ')];
      if (org) return { label: 'Treaty', name: [org.name, ...bareWords.slice(k)].join(' '), via: 'name', confidence: 0.85 };
    }
    return { label: 'Treaty', name: bare, via: 'name', confidence: 0.85 };
  }
  if (orgIdx >= 0 || words.some((w, k) => k + 1 < words.length && `${w} ${words[k + 1]}` in ORG_CUES)) {
    if (words.length === 1) return { name: text, via: 'description', cueOnly: words[0], confidence: 0.6 };
    let kind: OrganizationKind = orgIdx >= 0 ? ORG_CUES[words[orgIdx]] : 'other';
    // the strongest cue wins: court > ministry > university > media > military > party > government > other
    const order: OrganizationKind[] = ['court', 'ministry', 'university', 'media', 'military', 'party', 'company', 'government', 'other'];
    for (const k of order) if (words.some((w) => ORG_CUES[w] === k)) { kind = k; break; }
    if ((kind === 'other' || kind === 'government') && words.some((w, k) => INTERGOV_WORDS.has(w) || INTERGOV_WORDS.has(`${w} ${words[k + 1]}`))) kind = 'intergovernmental';
    if (words[0] === 'news' || words.includes('news')) kind = 'media';
    // an ideology describing the body is no part of its name: "the Marxist Revolutionary Armed Forces of Colombia"
    return { label: 'Organization', name: withoutIdeology(text.replace(/^the /i, '')), kind, via: 'name', confidence: 0.85 };
  }
  // a dateline: "HUAIROU, China –", "BIARRITZ, France (Reuters)", "BRASILIA: A panel ...", "KYIV (AP) -"
  if (/^[A-Z][A-Z .'-]{3,}$/.test(text) && opensParagraph(toks, a) && b < toks.length && datelineEnd(toks, a, b)) {
    const name = text.toLowerCase().replace(/\b\p{L}/gu, (x) => x.toUpperCase());
    return { label: 'Location', name, via: 'name', confidence: 0.7 };
  }
  // (not one letter, nor a model's designation: "F-16", "S-400")
  if (ACRONYM.test(text) && !/^[A-Z]\.?$/.test(text) && !/^[A-Z]{1,2}-\d/.test(text) && !NOT_NAMES.has(key)) {
    // "(1:15 am GMT)", "an intercontinental ballistic missile (ICBM)": a time zone, or the short form of a common noun
    if (TIME_ZONES.has(key) || COMMON_ACRONYMS.has(key) || ctx.commonAcronyms.has(key)) return { name: text, via: 'name', confidence: 0 };
    if (abbreviatesWordsBefore(toks, a, text)) {
      ctx.commonAcronyms.add(key);
      return { name: text, via: 'name', confidence: 0 };
    }
    // "(MENAFN) A ceasefire ...": an agency in brackets opening a paragraph, as after a dateline, is an outlet
    const agency = a >= 1 && toks[a - 1].text === '(' && b < toks.length && toks[b].text === ')' && (a - 1 === 0 || toks[a - 2].sent !== toks[a - 1].sent || /\n/.test(toks[a - 1].gap));
    return { label: 'Organization', name: text, kind: agency ? 'media' : 'other', via: 'abbreviation', confidence: 0.55 };
  }
  if (namesRegion(ctx, a, b)) return { label: 'Location', name: text.replace(/^the /i, ''), via: 'name', confidence: 0.7 };
  return { name: withoutNickname(text), via: 'name', confidence: 0.5 };
}

/** an ideology's adjective before a body's name (then a name of two or more words) */
const IDEOLOGY_BEFORE = /^(?:Marxist|Maoist|Leninist|Marxist-Leninist|Islamist|Jihadist|Salafist|Leftist|Rightist|Far-right|Far-left)\s+(?=\S+\s+\S)/;
/** The name without an ideology's adjective before it, unless the name's head or another creed follows it ("Salafist Group for ...", "Maoist Communist Party"). */
function withoutIdeology(name: string): string {
  const m = IDEOLOGY_BEFORE.exec(name);
  if (!m) return name;
  const next = name.slice(m[0].length).split(' ')[0].toLowerCase();
  return next in ORG_CUES || /^(?:communist|socialist|islamic|democratic)$/.test(next) ? name : name.slice(m[0].length);
}

/** nouns for a people whose possessive opens or runs through a body's name ("People's", "Workers'") */
const PEOPLES = new Set(['people', 'peoples', 'workers', 'farmers', 'women', 'citizens', 'patriots', 'heroes', 'martyrs', 'veterans']);

/**
 * "FM" is a foreign minister's title only in capitals, before a name, and not after a capitalised word other than a
 * demonym: "FM Jeyhun Bayramov", "Iranian FM Abbas Araghchi"; not "Capital FM", "Citi FM reported", "98.5 FM radio".
 */
/** Can token t open a title? ("FM" only as a foreign minister's: foreignMinisterFM) */
function titleWordAt(toks: Token[], t: number): boolean {
  return TITLE_FIRST_WORDS.has(toks[t].lower) && (toks[t].lower !== 'fm' || foreignMinisterFM(toks, t));
}

function foreignMinisterFM(toks: Token[], t: number): boolean {
  if (toks[t].text !== 'FM') return false;
  const prev = t > 0 && toks[t - 1].sent === toks[t].sent ? toks[t - 1] : undefined;
  // (after a demonym, with or without a name: "the Georgian FM", "Meeting with the Georgian FM")
  if (prev && (countryGazetteer().byDemonym.has(prev.lower) || countryGazetteer().byName.has(prev.lower))) return true;
  const next = toks[t + 1];
  if (!(next && next.sent === toks[t].sent && next.cap && /^\p{Lu}\p{Ll}/u.test(next.text))) return false;
  if (!prev) return true;
  if (/^\d/.test(prev.text)) return false;
  // (a capital opening the sentence is no station's name: "Azerbaijani FM ...", "Then FM ...")
  const opens = t - 1 === 0 || toks[t - 2].sent !== prev.sent;
  return !(prev.cap && !opens && !countryGazetteer().byDemonym.has(prev.lower));
}

/** words of a name before "party" that make it a celebration's or a venue's ("the Met Gala party", "the Garrick Club party") */
const NOT_PARTY_WORDS = new Set(['gala', 'club', 'tea', 'festival', 'wedding', 'garden', 'dinner', 'pool', 'launch', 'house', 'hotel']);
/** words after "party" that make it an event or a following ("the Nova party massacre", "the Biden party faithful") */
const NOT_PARTY_AFTER = new Set(['massacre', 'attack', 'shooting', 'faithful', 'goers', 'guests']);
/** Does the text name a person `name` (a surname after a capitalised given name, "Donald Trump"), or is it a known surname? */
function namesPerson(ctx: Ctx, name: string): boolean {
  if (!name.includes(' ') && (isSurname(name.toLowerCase()) || isGivenName(name.toLowerCase()))) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of ctx.text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escaped}\\b`, 'gu'))) if (isGivenName(m[1].toLowerCase())) return true;
  return false;
}

/** a people's possessive inside a name's text, capitalised ("People's", "Martyrs'"): PEOPLES' words */
const PEOPLES_POSSESSIVE = new RegExp(`\\b(?:${[...PEOPLES].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})['’]s?\\s`);
/** heads of a name after a people's possessive that are no organisation's cue: "Donetsk People's Republic", "Martyrs' Hospital" */
const PEOPLES_HEADS = /^(?:republic|hospital|deputies|assembly|congress|square|monument|memorial|park|museum)$/;
/**
 * A people's possessive at token e going on with a body's or a site's name: "People's Liberation Army", "Workers'
 * Party of Korea", "Donetsk People's Republic", "Martyrs' Square".
 */
function peoplesNameAt(ctx: Ctx, e: number, sb: number): boolean {
  const toks = ctx.an.tokens;
  if (e + 2 >= sb || !PEOPLES.has(toks[e].lower) || !POSS.has(toks[e + 1].text) || toks[e + 2].gap !== ' ') return false;
  const sa = ctx.an.sentenceTokens[toks[e].sent][0];
  if (!isNamey(toks, e + 2, sa)) return false;
  if (runHasCue(toks, e + 2, sb, sa)) return true;
  let k = e + 2;
  while (k + 1 < sb && toks[k + 1].gap === ' ' && isNamey(toks, k + 1, sa)) k++;
  return PEOPLES_HEADS.test(toks[k].lower) || SITE_HEADS.test(toks[k].lower);
}

/** before a photographer's name: "AP Photo/", "Photo/" */
const PHOTO_BY_BEFORE = /\bPhoto\s*\/\s*$|\b(?:REUTERS|Reuters|AFP|EPA|AP)\s*\/\s*$/;
/** a credit's label before a name: "Photo: ", "Image credit: " */
const CREDIT_LABEL_BEFORE = /\b(?:Photo|Photos|Photograph|Image|Picture|Credit)s?(?:\s+credit)?\s*:\s*$/i;
/** what may stand between a line's start and a photographer's name before "| Reuters": nothing, a caption's last sentence, a label */
const CREDIT_LINE_BEFORE = /(?:^|[.!?]["”’]?|\b(?:Photo|Image|Credit)s?\s*:)\s*$/i;

/**
 * Is the name at [start, end) a credit: after a credit's label, ending its line ("/ Photo: Getty Images"), or a
 * photographer's name that is its line (or its caption's last sentence) but for "| Reuters"?
 */
function creditAround(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const nl = after.indexOf('\n');
  // (the rest of the line, or 60 characters of it: "| Anadolu Agency" and what may follow fit)
  const rest = nl >= 0 ? after.slice(0, nl) : after;
  const restEndsLine = nl >= 0 || end + 60 >= text.length;
  if (restEndsLine && /^\s*$/.test(rest) && CREDIT_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (!restEndsLine || !CREDIT_AGENCY_AFTER.test(rest)) return false;
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const lineAt = before.lastIndexOf('\n');
  // (a line that starts further back than the window holds more than a credit's label before the name)
  return CREDIT_LINE_BEFORE.test(lineAt >= 0 ? before.slice(lineAt + 1) : from === 0 ? before : `x${before}`);
}

/** a credit after a photographer's name, to the end of its line: "Ricardo Moraes | Reuters" */
const CREDIT_AGENCY_AFTER = /^\s*\|\s*(?:Reuters|REUTERS|AP|AFP|EPA|Getty\s+Images|Bloomberg|Anadolu(?:\s+Agency)?|Xinhua|TASS|Shutterstock|Alamy)\s*$/;
/** photo agencies, named after a photographer's slash: "Mark Wilson/Getty Images" */
const PHOTO_AGENCIES = new Set(['getty images', 'getty', 'shutterstock', 'alamy', 'nurphoto', 'zuma press', 'sopa images', 'afp via getty images']);
/** after a photographer's name: "/Getty Images", "/AP", "/Reuters", "/AFP via Getty Images" */
const PHOTO_AGENCY_AFTER = /^\s*\/\s*(?:Getty\b|AFP\s+via\b|Shutterstock\b|Alamy\b|NurPhoto\b|SOPA\b|Zuma\b|REUTERS\b|AFP\b|EPA\b)/;

/** days a party is thrown for, not a political party's name ("the Christmas party") */
const HOLIDAYS = new Set(['christmas', 'easter', 'halloween', 'thanksgiving', 'birthday', 'eid', 'diwali', 'ramadan', 'hanukkah', 'new', "year's", 'year', 'valentine', "valentine's"]);

/** Does token a open the text, a sentence or a line? */
function opensParagraph(toks: Token[], a: number): boolean {
  return a === 0 || toks[a - 1].sent !== toks[a].sent || /\n/.test(toks[a].gap);
}

/** acronyms of common nouns news uses alone, no body's ("domestic LPG and jet fuel (ATF)", "GDP", "an ICBM") */
const COMMON_ACRONYMS = new Set(['lpg', 'lng', 'cng', 'gdp', 'gnp', 'hiv', 'aids', 'covid', 'ceo', 'cfo', 'vat', 'uav', 'uavs', 'icbm', 'icbms', 'suv', 'atm', 'gps', 'dna', 'mou', 'mous', 'idp', 'idps', 'eez', 'pow', 'pows', 'ied', 'ieds', 'rpg', 'rpgs']);
const TIME_ZONES = new Set(['gmt', 'utc', 'cet', 'cest', 'eet', 'eest', 'bst', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'jst', 'kst', 'msk', 'ist', 'aest', 'aedt']);

/**
 * An acronym in brackets after the lower-case words it shortens ("intercontinental ballistic missile (ICBM)",
 * "unmanned aerial vehicles (UAVs)"): each word's initial, in order, among its letters, the first its first.
 */
function abbreviatesWordsBefore(toks: Token[], a: number, text: string): boolean {
  if (a < 3 || toks[a - 1].text !== '(') return false;
  const letters = text.replace(/[^A-Z]/g, '').toLowerCase();
  const words: string[] = [];
  for (let w = a - 2; w >= 0 && a - 2 - w < letters.length && /^\p{Ll}/u.test(toks[w].text); w--) words.unshift(toks[w].lower);
  // an organisation written in lower case is still one ("the rapid support forces (RSF)", "the central bank (CBN)")
  if (words.some((w) => w in ORG_CUES)) return false;
  for (let n = words.length; n >= 2; n--) {
    const ws = words.slice(words.length - n);
    // the first letter the first word's, the last the last word's, every word's initial among the letters in order
    if (ws[0][0] !== letters[0] || ws[n - 1][0] !== letters[letters.length - 1]) continue;
    let i = 0;
    for (const ch of letters) if (i < n && ch === ws[i][0]) i++;
    if (i === n) return true;
  }
  return false;
}

/**
 * What follows a name in capitals that makes it a dateline's place: a comma ("HUAIROU, China"), an agency in
 * brackets then a dash or colon ("KYIV (AP) -"), or, after two or more words, a colon or dash ("SAN SALVADOR:");
 * one word before a colon or a bracket is as often an acronym ("ECOWAS (Economic Community ...)", "UNRWA:"): before
 * a dash it is a dateline only when the lexicon knows it for a place ("MIAMI – The ...").
 */
function datelineEnd(toks: Token[], a: number, b: number): boolean {
  const t = toks[b].text;
  if (t === ',') return true;
  if (t === '(') {
    let c = b + 1;
    while (c < toks.length && c <= b + 4 && toks[c].text !== ')') c++;
    return c <= b + 4 && c + 1 < toks.length && toks[c].text === ')' && /^[:\-–—]$/.test(toks[c + 1].text);
  }
  if (!/^[:\-–—]$/.test(t)) return false;
  // one word before a dash, when the lexicon knows it for a place: "MIAMI – The United States freed ..."
  return b - a >= 2 || (t !== ':' && toks[b].gap !== '' && isPlaceWord(toks[a].lower));
}

/** a month or a weekday: "in January" is a time, not a place */
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** prepositions of place before a region's name */
const LOCATIVE = /^(in|of|from|across|near|into|to|at|throughout|around|inside|outside)$/;
/** compass words before a region's name ("in eastern Ladakh") */
const COMPASS = new RegExp(`^(?:${COMPASS_ADJECTIVES})$`);
/** region words after a name that make it a place without a preposition before it ("the Jebel Awliya area") */
const REGIONS_AFTER = new Set(['area', 'areas', 'regions', 'provinces', 'districts']);

/**
 * A name (no cue of its own) where a place is expected: before a lower-case word for a region, after a
 * country's possessive or a locative preposition ("South Sudan's Central Equatoria state", "fighting in the
 * Donetsk region"), with no noun after the region word ("the KCNA state news agency", "a state visit"); before
 * "area" or a plural region word ("the Jebel Awliya area", "the Depsang and Demchok areas"); after a compass
 * word after a preposition of place ("in eastern Ladakh"); right after "near" ("near Naku La").
 */
function namesRegion(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.an.tokens;
  const sent = toks[a].sent;
  if (isGivenName(toks[a].lower) || toks[a].pos === 'ADJ') return false;
  const p = wordBefore(toks, a);
  const nounAfter = b < toks.length && toks[b].sent === sent && /^(NOUN|PROPN)$/.test(toks[b].pos);
  // a compass word after a preposition of place ("in eastern Ladakh", "across northern Syria"), not before a noun
  // ("in central Bank offices"); a name right after "near" ("the skirmish near Naku La")
  if (p >= 1 && COMPASS.test(toks[p].lower) && toks[p - 1].sent === sent && LOCATIVE.test(toks[p - 1].lower) && !nounAfter) return true;
  // (only before "in" and a place's name, "near Naku La in Sikkim", and no person named so before: "seated near
  // Narendra Modi and Xi Jinping", "near Nayib Bukele, who waved" are people)
  if (p >= 0 && toks[p].lower === 'near' && !nounAfter && b + 1 < toks.length && toks[b].sent === sent && toks[b].lower === 'in' && toks[b + 1].cap && !CALENDAR_WORD.test(toks[b + 1].lower)) {
    const text = ctx.text.slice(toks[a].start, toks[b - 1].end);
    if (!ctx.drafts.some((d) => d.label === 'Person' && !d.dropped && (d.name === text || d.name.endsWith(` ${text}`)))) return true;
  }
  // the region word after the name, or after "and" and a second name ("the Depsang and Demchok areas")
  let r = b;
  if (r + 2 < toks.length && toks[r].lower === 'and' && toks[r + 1].sent === sent && /^\p{Lu}/u.test(toks[r + 1].text) && REGIONS_AFTER.has(toks[r + 2].text)) r += 2;
  if (r >= toks.length || toks[r].sent !== sent || !(REGION_WORDS.has(toks[r].text) || REGIONS_AFTER.has(toks[r].text))) return false;
  if (r + 1 < toks.length && toks[r + 1].sent === sent && /^(NOUN|PROPN)$/.test(toks[r + 1].pos)) return false;
  if (p < 0) return false;
  // "area" or a plural region word after a preposition of place, past a first name joined by "and" ("in the Depsang
  // and Demchok areas"); not "the Haftar areas", "the Cisco area of the campus"
  if (REGIONS_AFTER.has(toks[r].text)) {
    if (r + 1 < toks.length && toks[r + 1].lower === 'of') return false;
    let q = p;
    if (toks[q].lower === 'and' && r === b) {
      q--;
      while (q >= 0 && toks[q].sent === sent && toks[q].cap) q--;
      if (q >= 0 && toks[q].lower === 'the') q--;
    }
    return q >= 0 && toks[q].sent === sent && LOCATIVE.test(toks[q].lower);
  }
  if (LOCATIVE.test(toks[p].lower)) return true;
  return POSS.has(toks[p].text) && p >= 1 && ctx.drafts[ctx.tokenOwner.get(p - 1) ?? -1]?.label === 'Country';
}

function interpretChunk(ctx: Ctx, chunk: Element[], s: number, sa: number, sb: number, pending: { a: number; b: number; s: number }[]): void {
  const toks = ctx.an.tokens;
  // possessor right before the chunk ("Putin's spokesman", "the country's President")
  // a title's possessor or determiner may stand before a qualifier ("Greece's new foreign minister")
  const first = chunk[0].kind === 'title' ? titleStart(toks, chunk[0].a, sa) : chunk[0].a;
  let possessor: number | undefined;
  if (first - 2 >= sa && POSS.has(toks[first - 1].text)) {
    possessor = ctx.tokenOwner.get(first - 2);
    // "Putin's spokesman": an unknown name owning a person's title is a person
    if (possessor === undefined && chunk[0].kind === 'title' && isNamey(toks, first - 2, sa) && toks[first - 2].pos === 'PROPN') {
      let a = first - 2;
      while (a - 1 >= sa && isNamey(toks, a - 1, sa)) a--;
      const c = classifyName(ctx, a, first - 1);
      if (!c.label) {
        possessor = addDraftAt(ctx, a, first - 1, s, { label: 'Person', name: c.name, via: 'name', confidence: 0.7 });
        const p = pending.findIndex((x) => x.a === a && x.b === first - 1);
        if (p >= 0) pending.splice(p, 1);
      }
    }
  }
  const definite = first - 1 >= sa && DESC_DETERMINERS.has(toks[first - 1].lower);
  const indefinite = first - 1 >= sa && ['a', 'an', 'another', 'one'].includes(toks[first - 1].lower);

  const mods: number[] = possessor !== undefined ? [possessor] : [];
  // "Israeli Defense Forces (IDF) spokesperson Avichay Adraee": the body whose acronym stands right before the title
  if (possessor === undefined && chunk[0].kind === 'title' && first - 3 >= sa && toks[first - 1].text === ')' && toks[first - 3].text === '(') {
    const body = ctx.tokenOwner.get(first - 2);
    if (body !== undefined && ctx.drafts[body].label === 'Organization' && ctx.drafts[body].tokStart === first - 2) mods.push(body);
  }
  // "host country President X": a country description right before the title
  if (possessor === undefined && chunk[0].kind === 'title' && first - 1 >= sa) {
    const owner = ctx.tokenOwner.get(first - 1);
    if (owner !== undefined && ctx.drafts[owner].label === 'Country' && ctx.drafts[owner].via === 'description' && ctx.drafts[owner].tokEnd === first) mods.push(owner);
  }
  let titles: Element[] = [];
  let honorific = false;
  let k = 0;
  while (k < chunk.length) {
    const el = chunk[k];
    if (el.kind === 'hon') { honorific = true; k++; continue; }
    if (el.kind === 'title') { titles.push(el); k++; continue; }
    if (el.kind === 'demonym') {
      const next = chunk[k + 1];
      const afterTok = el.b < sb ? toks[el.b] : undefined;
      const armsStrike = !!afterTok && DEMONYM_ARMS.has(afterTok.lower) && armsThatStrike(toks, el.b, sb);
      const standsForState =
        next?.kind === 'title' || (next?.kind === 'hon' && COUNTERPART.has(toks[next.a].lower)) ||
        (!next && afterTok && (DEMONYM_STATE_NOUNS.has(afterTok.lower) || armsStrike || pluralTitleAt(toks, el.b, sb) || coordinatedDemonyms(toks, el.b, sb) || placeOfKind(toks, el.b, sb)));
      // merge into a following organisation name ("Ukrainian Foreign Ministry")
      if (next?.kind === 'name') {
        const c = classifyName(ctx, el.a, next.b);
        if (c.label === 'Organization' && !KNOWN_ORGS[ctx.text.slice(toks[next.a].start, toks[next.b - 1].end).toLowerCase()]) {
          chunk[k + 1] = { kind: 'name', a: el.a, b: next.b };
          k++;
          continue;
        }
      }
      const orgHead = !next && afterTok ? lowercaseOrgHead(toks, el.b, sb) : 0;
      if (orgHead > 0) {
        const sp = span(ctx, el.a, orgHead);
        const head = toks[orgHead - 1].lower;
        mods.push(addDraft(ctx, { label: 'Organization', ...sp, sentence: s, tokStart: el.a, tokEnd: orgHead, name: sp.text, kind: ORG_CUES[head] ?? 'other', via: 'name', confidence: 0.7 }));
        k++;
        continue;
      }
      // "ethnic Uzbek leader X": a people, not a state's office
      const ethnic = el.a - 1 >= sa && toks[el.a - 1].lower === 'ethnic';
      if (!ethnic && (standsForState || (titles.length > 0 && !next))) {
        const entry = countryGazetteer().byCode.get(el.code!)!;
        mods.push(addDraftAt(ctx, el.a, el.b, s, { label: 'Country', name: entry.name, countryCode: entry.code, via: 'demonym', confidence: 0.8 }));
      }
      k++;
      continue;
    }
    // a name
    const isLast = !chunk.slice(k + 1).some((x) => x.kind === 'name');
    const personCue = titles.length > 0 || honorific;
    let c = classifyName(ctx, el.a, el.b);
    // "president Duma Boko": after a person's title, a cue word may open the name
    if (personCue && c.label === 'Organization' && c.via === 'name' && cueBeforeUnknownWords(toks, el.a, el.b)) c = { name: c.name, via: 'name', confidence: 0.5 };
    if (c.confidence === 0) { k++; continue; }
    if (c.event) {
      addNamedEvent(ctx, el, s, c);
      k++;
      continue;
    }
    if (!c.label && el.b - el.a === 1 && toks[el.a].lower in NAMED_EVENT_CUES && k > 0) {
      // "APEC CEO Summit", "G20 Summit": the whole chunk names the event
      const start = chunk[0].a;
      addNamedEvent(ctx, { kind: 'name', a: start, b: el.b }, s, { name: ctx.text.slice(toks[start].start, toks[el.b - 1].end), via: 'name', event: { type: NAMED_EVENT_CUES[toks[el.a].lower] }, confidence: 0.7 });
      titles = [];
      k++;
      continue;
    }
    if (c.cueOnly) {
      // "Court" / "the Statute" alone: a description of the nearest such organisation or treaty
      const label = TREATY_CUES.has(c.cueOnly) ? 'Treaty' : 'Organization';
      const d = addDraftAt(ctx, el.a, el.b, s, { label, name: c.name, via: 'description', head: ORG_DESC_HEADS[c.cueOnly] ?? c.cueOnly, confidence: 0.6 });
      mods.push(d);
      k++;
      continue;
    }
    if (c.label === 'Treaty') {
      const m = / between (.+) and (.+)$/.exec(c.name);
      if (m) {
        const tr = addDraftAt(ctx, el.a, el.b, s, { label: 'Treaty', name: c.name, via: 'name', confidence: c.confidence });
        const gaz = countryGazetteer();
        for (const part of [m[1], m[2]]) {
          const entry = gaz.byName.get(part.toLowerCase());
          const at = ctx.text.indexOf(part, toks[el.a].start);
          if (!entry || at < 0 || at > toks[el.b - 1].end) continue;
          const pa = toks.findIndex((x) => x.start === at);
          const cd = addDraft(ctx, { label: 'Country', start: at, end: at + part.length, text: part, name: entry.name, countryCode: entry.code, sentence: s, tokStart: pa, tokEnd: pa + part.split(' ').length, via: 'name', confidence: 0.8 });
          ctx.relations.push({ type: 'PARTY_TO', from: cd, to: tr, sentence: s, properties: {}, confidence: 0.7 });
        }
        mods.push(tr);
        k++;
        continue;
      }
    }
    if (c.label && !(personCue && c.label !== 'Country' && c.label !== 'Organization' && c.via !== 'name')) {
      // a known entity; titles before a country/org name qualify it, not a person ("President of Russia" is rare here)
      const d = addDraftAt(ctx, el.a, el.b, s, { label: c.label, name: c.name, kind: c.kind, countryCode: c.countryCode, via: c.via, placeCountry: c.placeCountry, confidence: c.confidence });
      // "Moscow has brushed off": the country acts, and the city is still named (a Location mention too)
      if (c.capitalName) addDraftAt(ctx, el.a, el.b, s, { label: 'Location', name: c.capitalName, via: 'name', placeCountry: c.countryCode, confidence: 0.7 });
      // a place read from its context keeps its label where the name comes back bare ("the Jebel Awliya area" ...
      // "Jebel Awliya is one of many areas")
      if (c.label === 'Location') ctx.learned.set(c.name, { label: 'Location' });
      mods.push(d);
      k++;
      continue;
    }
    // an unknown name: a person when titled, honoured or followed by a speech verb; else decide later
    // a quoted nickname inside the name does not count ("Joaquín 'El Chapo' Guzmán" is a two-word name)
    const nTok = el.b - el.a - nicknameTokens(toks, el.a, el.b);
    const after = el.b < sb ? toks[el.b] : undefined;
    const before1 = el.a - 1 >= sa ? toks[el.a - 1] : undefined;
    // "X said" or, after a quote, "says X"
    const speaks = (!!after && SPEECH_LEMMAS.has(after.lemma) && after.pos === 'VERB') || (!!before1 && SPEECH_LEMMAS.has(before1.lemma) && before1.pos === 'VERB' && el.b - el.a >= 2);
    // "the town of Krasny Liman", "the Jaffna peninsula", "Anambra State"
    const geo = !personCue ? placeContext(toks, el.a, el.b, sa, sb) || placeInPlace(ctx, el.a, el.b, sa, sb) : 0;
    if (geo > 0) {
      const sp = span(ctx, el.a, geo);
      addDraft(ctx, { label: 'Location', ...sp, sentence: s, tokStart: el.a, tokEnd: geo, name: sp.text, via: 'name', confidence: 0.7 });
      ctx.learned.set(c.name, { label: 'Location' });
      k++;
      continue;
    }
    const learned = ctx.learned.get(c.name);
    if (learned && !personCue) {
      const d = addDraftAt(ctx, el.a, el.b, s, { label: learned.label, name: c.name, kind: learned.kind, via: 'name', confidence: 0.6 });
      if (learned.label !== 'Person') mods.push(d);
      k++;
      continue;
    }
    // people do not take "the" ("the Muslim Brotherhood", "the Arab Spring")
    const definiteName = el.a - 1 >= sa && toks[el.a - 1].lower === 'the' && !personCue;
    // "Ahram Online reported": outlets report and write (a name that opens with a given name is a person's: "John
    // Smith reported that ...")
    if (!personCue && speaks && /^(report|write)$/.test(after!.lemma) && !(el.b - el.a >= 2 && isGivenName(toks[el.a].lower))) {
      ctx.learned.set(c.name, { label: 'Organization', kind: 'media' });
      mods.push(addDraftAt(ctx, el.a, el.b, s, { label: 'Organization', name: c.name, kind: 'media', via: 'name', confidence: 0.6 }));
      k++;
      continue;
    }
    const commonName = toks.slice(el.a, el.b).some((x) => isCommonWord(x.lower)) && !isGivenName(toks[el.a].lower);
    // "Promise Mkwananzi, a spokesman for ...": a person's title in apposition
    const appositive = nTok >= 2 && nTok <= 4 && !personCue && appositiveTitleAt(toks, el.b, sb);
    if (!definiteName && (personCue || appositive || (speaks && !commonName && !/^(report|write)$/.test(after!.lemma)) || (nTok >= 2 && nTok <= 4 && looksLikePersonName(toks, el.a, el.b)))) {
      const titleText: string[] = [];
      for (const x of titles) titleText.push(ctx.text.slice(toks[x.a].start, toks[x.b - 1].end));
      // the strongest of several titles decides ("ZEC chairwoman Justice Chigumba" leads ZEC)
      const rank = (r?: TitleRole) => (r === 'leader' ? 2 : r === 'spokesperson' ? 1 : 0);
      let main = titles.length - 1;
      for (let q = titles.length - 1; q >= 0; q--) if (rank(titles[q].role) > rank(titles[main].role)) main = q;
      let role = titles.length ? titles[main].role : undefined;
      if (titles.length > 1 && main !== titles.length - 1) titleText.push(titleText.splice(main, 1)[0]);
      // the first token of the titles, the name and the honorific (loops, not spreads of arrays whose
      // element kinds vary: each new kind deoptimised this function)
      let startTok = el.a;
      for (const x of titles) if (x.a < startTok) startTok = x.a;
      if (honorific) {
        for (const x of chunk) {
          if (x.kind !== 'hon') continue;
          if (x.a < startTok) startTok = x.a;
          break;
        }
      }
      // "Senior Advisor to U.S. President Trump Jared Kushner": the name run on after another's is the adviser's
      if (titleText.length === 0 && k > 0 && chunk[k - 1].kind === 'name' && chunk[k - 1].b === el.a) {
        const outer = titleBeforeTo(ctx, chunk[0].a, sa);
        if (outer) {
          titleText.push(outer);
          role = TITLES[outer.toLowerCase().split(' ').pop()!] ?? 'work';
        }
      }
      const sp = span(ctx, startTok, el.b);
      const person = addDraft(ctx, {
        label: 'Person', start: sp.start, end: sp.end, text: sp.text, sentence: s, tokStart: startTok, tokEnd: el.b, name: c.name,
        titles: titleText.length ? titleText : undefined, role: titleText.length ? role : undefined, via: 'name', confidence: personCue ? 0.9 : speaks ? 0.75 : 0.65,
      });
      // tokens of the name itself belong to the person
      for (let t = el.a; t < el.b; t++) ctx.tokenOwner.set(t, person);
      const pre = startTok - 1 >= sa ? toks[startTok - 1].lower : '';
      // "former French president X": the word may stand before a demonym that opens the chunk
      const preChunk = chunk[0].a - 1 >= sa ? toks[chunk[0].a - 1].lower : '';
      // or inside the chunk, capitalised at the start of a sentence ("Former Nigerian President X")
      let former = FORMER.test(pre) || FORMER.test(preChunk);
      for (let q = chunk[0].a; q < startTok && !former; q++) former = FORMER.test(toks[q].lower);
      // "President-elect X" holds no office yet
      if (titleText.some((t) => /-elect$/i.test(t))) former = true;
      if (former) ctx.drafts[person].former = true;
      if (role && !former) {
        // a country after a body's name qualifies the post, the body employs ("UNICEF's Sudan representative X"), unless
        // the post is a state's at the body ("NATO's U.S. ambassador X", "OPEC's Saudi oil minister X")
        const stateAtBody = STATE_POSTS.test(titleText[titleText.length - 1]);
        let body = -1;
        for (const m of mods) {
          if (ctx.drafts[m].label === 'Organization' && body < 0) body = ctx.drafts[m].start;
          if (body >= 0 && !stateAtBody && ctx.drafts[m].label === 'Country' && ctx.drafts[m].start > body) continue;
          titleRelation(ctx, person, m, role, titleText[titleText.length - 1], s);
        }
      }
      titles = [];
      mods.length = 0;
      honorific = false;
      k++;
      continue;
    }
    if (c.orgKind) {
      mods.push(addDraftAt(ctx, el.a, el.b, s, { label: 'Organization', name: c.name, kind: c.orgKind, via: 'name', confidence: 0.6 }));
      k++;
      continue;
    }
    // an unknown name before the title of a body's head and its holder is that body ("Chadema chairman Freeman Mbowe")
    const nextEl = chunk[k + 1];
    if (!personCue && nextEl?.kind === 'title' && chunk[k + 2]?.kind === 'name' && BODY_HEAD_TITLES.test(ctx.text.slice(toks[nextEl.a].start, toks[nextEl.b - 1].end)) && bodyNameBeforeHead(ctx, el.a, el.b, nTok, sa, c.name)) {
      mods.push(addDraftAt(ctx, el.a, el.b, s, { label: 'Organization', name: c.name, kind: 'other', via: 'name', confidence: 0.6 }));
      k++;
      continue;
    }
    if (isLast) pending.push({ a: el.a, b: el.b, s });
    k++;
  }
  // titles with no name after them: a description ("the Russian leader", "Russian President's", "the spokesman")
  if (titles.length > 0) {
    const lastTitle = titles[titles.length - 1];
    const startTok = chunk[0].a;
    const followedByPossessive = lastTitle.b < sb && POSS.has(toks[lastTitle.b].text);
    // consecutive titles read as one ("deputy defence minister")
    let firstTitle = titles.length - 1;
    while (firstTitle > 0 && titles[firstTitle - 1].b === titles[firstTitle].a) firstTitle--;
    const titleText = ctx.text.slice(toks[titles[firstTitle].a].start, toks[lastTitle.b - 1].end);
    if (definite || followedByPossessive || possessor !== undefined || indefinite) {
      let constraint: string | undefined;
      for (const m of mods) {
        if (ctx.drafts[m].label !== 'Country') continue;
        constraint = ctx.drafts[m].countryCode;
        break;
      }
      const d = addDraftAt(ctx, definite ? first - 1 : startTok, lastTitle.b, s, {
        label: 'Person', name: titleText,
        titles: [titleText], role: lastTitle.role, via: 'description', head: lastTitle.role, constraint,
        blocker: indefinite, confidence: 0.6,
      });
      if (!indefinite) for (const m of mods) titleRelation(ctx, d, m, lastTitle.role!, titleText, s);
    }
  }
}

/**
 * The title of someone's adviser, aide or envoy right before the chunk at token a ("Senior Advisor to", "a special
 * envoy of"): its capitalised words, or its last word; undefined when none stands there.
 */
function titleBeforeTo(ctx: Ctx, a: number, sa: number): string | undefined {
  const toks = ctx.an.tokens;
  const before = ctx.text.slice(toks[Math.max(sa, a - 4)].start, toks[a].start);
  if (a - 2 < sa || !OF_ANOTHER.test(before) || !(toks[a - 2].lower in TITLES)) return undefined;
  let q = a - 2;
  while (q - 1 >= sa && q > a - 4 && toks[q - 1].cap && toks[q].cap && /^\p{L}+$/u.test(toks[q - 1].text)) q--;
  return ctx.text.slice(toks[q].start, toks[a - 2].end);
}

/** titles a state's person holds at a body: the state before the title is theirs ("NATO's U.S. ambassador") */
const STATE_POSTS = /\b(?:ambassador|envoy|minister|delegate|permanent representative)$/i;

/** treaty words that make a known body's name the start of a treaty's ("UN Charter"), unlike "Partnership" or
 * "Agreement", which also head bodies and headlines ("EU Partnership Council", "UN Agreement Reached On ...") */
const TREATY_HEADS_AFTER_BODY = /^(?:charter|convention|treaty|statute|protocol|pact|covenant)$/;

/** "city of Kazan", "border town of Naqoura" at t: a kind of place of the demonym's state, named after "of" */
function placeOfKind(toks: Token[], t: number, sb: number): boolean {
  const kindOf = (k: number) => k + 2 < sb && /^(?:city|town|village|port|region|province)$/.test(toks[k].lower) && toks[k + 1].lower === 'of' && toks[k + 2].cap;
  return kindOf(t) || (t < sb && /^(?:border|port|coastal|frontier)$/.test(toks[t].lower) && kindOf(t + 1));
}

/** ", a spokesman for", ", the deputy foreign minister of", ", spokesperson for": a person's title after a comma. */
function appositiveTitleAt(toks: Token[], t: number, sb: number): boolean {
  if (t >= sb || toks[t].text !== ',') return false;
  let n = t + 1;
  if (n < sb && /^(a|an|the)$/.test(toks[n].lower)) n++;
  for (let skip = 0; skip <= 2 && n < sb; skip++, n++) {
    for (let len = Math.min(MAX_TITLE_TOKENS, sb - n); len > 0; len--) {
      // the words of toks[n, n + len) (inside the sentence), joined by spaces: a loop, not
      // slice(...).map(...).join(' '), whose inlined map deoptimised this function once per thread
      let words = toks[n].lower;
      for (let q = n + 1; q < n + len; q++) words += ' ' + toks[q].lower;
      if (!(words in TITLES)) continue;
      const next = toks[n + len];
      return !!next && /^(for|of|at|to|with)$/.test(next.lower);
    }
    if (!/^[a-z-]+$/.test(toks[n].text)) return false;
  }
  return false;
}

function looksLikePersonName(toks: Token[], a: number, b: number): boolean {
  // a Chinese name in pinyin ("Xi Jinping", "Wang Huning")
  if (b - a === 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[a].text) && /^\p{Lu}\p{Ll}+$/u.test(toks[a + 1].text) && isChineseName(toks[a].lower, toks[a + 1].lower)) return true;
  let given = false;
  let common = false;
  let quoted = false;
  for (let t = a; t < b; t++) {
    const x = toks[t].text;
    // a nickname in quotes (nicknameEnd) says nothing either way
    if (t > a && (OPEN_QUOTE.test(x) || CLOSE_QUOTE.test(x))) {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    // hyphen-joined parts may each be capitalised ("Díaz-Canel", "Jean-Yves", "Abdel-Fattah")
    if (!/^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*-?|(al|el|bin|ibn|van|von|de|da|di|du|la|le|der|den|ter)(-\p{Lu}[\p{Ll}\p{M}'’-]+)?)$/u.test(x)) return false;
    if ((isCueWord(toks[t].lower) && !(t === a && cueOpensPersonName(toks, a, b))) || NOT_NAMES.has(toks[t].lower)) return false;
    if (NAME_PARTICLE.test(toks[t].lower)) continue;
    if (isGivenName(toks[t].lower)) given = true;
    else if (isCommonWord(toks[t].lower) || isPlaceWord(toks[t].lower) || countryGazetteer().byDemonym.has(toks[t].lower)) common = true;
  }
  // a known given name first makes a person ("Jake Sullivan"); common words make a thing ("Free Trade Area")
  if (isGivenName(toks[a].lower)) return true;
  if (common) return false;
  return given || toks[a].pos === 'PROPN' || toks[b - 1].pos === 'PROPN';
}

export function titleRelation(ctx: Ctx, person: number, mod: number, role: TitleRole, title: string, s: number): void {
  const m = ctx.drafts[mod];
  if (m.label === 'Location' || m.label === 'Treaty') return;
  if (m.label === 'Person' && role !== 'spokesperson') return;
  // (a state's high commissioner is its envoy to another Commonwealth state: "New Zealand high commissioner X"; the UN's
  // heads an office)
  const f = titleFact(m.label === 'Country' && /^high commissioner$/i.test(title) ? 'work' : role, title);
  ctx.relations.push({ type: f.type, from: person, to: mod, sentence: s, properties: f.properties, confidence: 0.9 });
}

function addNamedEvent(ctx: Ctx, el: Element, s: number, c: NameClass): void {
  const toks = ctx.an.tokens;
  let location: number | undefined;
  if (c.event!.locationFrom !== undefined && c.event!.locationFrom < el.b) {
    const la = c.event!.locationFrom;
    const lc = classifyName(ctx, la, el.b);
    location = addDraftAt(ctx, la, el.b, s, {
      label: lc.label === 'Country' ? 'Country' : 'Location', name: lc.name,
      countryCode: lc.countryCode, placeCountry: lc.placeCountry, via: 'name', confidence: 0.75,
    });
  }
  ctx.named.push({ type: c.event!.type, name: c.name.replace(/^the /i, ''), sentence: s, start: toks[el.a].start, end: toks[el.b - 1].end, tokStart: el.a, tokEnd: el.b, location });
}

/** Lower-case patterns outside capitalised chunks: descriptions, "X-based", media names, pronouns. */
const LOWERCASE_HEADS = new Set([
  ...Object.keys(ORG_DESC_HEADS), ...TREATY_DESC_HEADS, 'country', 'nation', ...MEDIA_NOUNS, ...PRONOUNS, ...Object.keys(TITLES),
]);
/** what a treaty's plain-words title is about ('a treaty on “comprehensive strategic partnership”'; not "safe zones") */
const TREATY_SUBJECTS = new Set(['partnership', 'cooperation', 'friendship', 'alliance', 'relations', 'neighbourliness', 'neighborliness', 'security', 'trade', 'peace', 'non-aggression', 'defence', 'defense', 'assistance', 'integration']);
/** the words a title in quotes may hold besides capitalised ones ("Friendly Relations and Good Neighbourliness") */
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', '&']);

/**
 * A treaty named by its quoted title after its kind: 'a declaration on "Friendly Relations and Good
 * Neighbourliness"', 'the agreement on "Strategic Partnership"'. Adds it and gives the token after the title
 * (the closing quote), or undefined.
 */
function quotedTreaty(ctx: Ctx, i: number, s: number, sb: number): number | undefined {
  const toks = ctx.an.tokens;
  const head = toks[i].lower;
  if (!TREATY_DESC_HEADS.has(head) && head !== 'declaration' && head !== 'memorandum' && head !== 'protocol') return undefined;
  if (i + 3 >= sb || !/^(on|of)$/.test(toks[i + 1].lower) || !/^["“]$/.test(toks[i + 2].text)) return undefined;
  const a = i + 3;
  let b = a;
  while (b < sb && b - a <= 10 && !/^["”]$/.test(toks[b].text)) b++;
  if (b >= sb || b === a || !/^["”]$/.test(toks[b].text)) return undefined;
  const title = toks.slice(a, b);
  // in title case ("Friendly Relations and Good Neighbourliness"), or a few plain words after "on" ('a treaty on
  // “comprehensive strategic partnership”'; not 'a declaration of "total war on the people"')
  const titleCase = toks[a].cap && toks[b - 1].cap && title.every((t) => t.cap || TITLE_JOINERS.has(t.lower));
  const plain = toks[i + 1].lower === 'on' && b - a <= 5 && title.every((t) => /^\p{Ll}{3,}$/u.test(t.text) && !TITLE_JOINERS.has(t.lower)) && title.some((t) => TREATY_SUBJECTS.has(t.lower));
  if (!titleCase && !plain) return undefined;
  // a known name in quotes is that name ('the agreement on "Israel"')
  if (gazetteerEnd(ctx, a, b) === b || countryGazetteer().byName.has(ctx.text.slice(toks[a].start, toks[b - 1].end).toLowerCase())) return undefined;
  addDraftAt(ctx, a, b, s, { label: 'Treaty', name: ctx.text.slice(toks[a].start, toks[b - 1].end), via: 'name', confidence: 0.7 });
  return b;
}

function lowercasePatterns(ctx: Ctx, i: number, s: number, sa: number, sb: number): void {
  const toks = ctx.an.tokens;
  const tok = toks[i];
  if (!LOWERCASE_HEADS.has(tok.lower) && !tok.lower.endsWith('-based')) return;
  if ((tok.lower === 'pm' && tok.text !== 'PM') || (tok.lower === 'fm' && !foreignMinisterFM(toks, i))) return; // "at 5 pm": a time; "Capital FM": a radio
  const prev = i - 1 >= sa ? toks[i - 1] : undefined;
  const prev2 = i - 2 >= sa ? toks[i - 2] : undefined;
  // "The Hague-based court": place + -based
  const based = /^(.+)-based$/iu.exec(tok.text);
  if (based) {
    let name = based[1];
    let start = tok.start;
    if (prev && prev.lower === 'the' && PLACES[`the ${name.toLowerCase()}`]) { /* keep */ }
    const key = name.toLowerCase();
    const gaz = countryGazetteer();
    const place = PLACES[key] ?? PLACES[`the ${key}`];
    const cap = gaz.byCapital.get(key);
    const country = gaz.byName.get(key);
    if (place || cap || country) {
      const d = addDraft(ctx, {
        label: country ? 'Country' : 'Location', start, end: start + name.length, text: ctx.text.slice(start, start + name.length),
        name: country?.name ?? place?.name ?? cap!.capital, countryCode: country?.code, placeCountry: place?.country || cap?.code,
        sentence: s, tokStart: i, tokEnd: i + 1, via: 'name', confidence: 0.8,
      });
      // the organisation after it (a description or a name) is LOCATED_IN it; linked in facts.ts via head
      ctx.drafts[d].head = 'based';
    }
    return;
  }
  const head = tok.lower;
  // "the court", "the Hague-based court", "the assembly"
  if (head in ORG_DESC_HEADS && prev && (DESC_DETERMINERS.has(prev.lower) || (/-based$/.test(prev.lower) && prev2 && DESC_DETERMINERS.has(prev2.lower)) || /^(its|their)$/.test(prev.lower))) {
    if (i + 1 < sb && toks[i + 1].cap && !POSS.has(toks[i + 1].text)) return; // "the court Y" is part of something else
    const startTok = DESC_DETERMINERS.has(prev.lower) ? i - 1 : i - 2;
    addDraftAt(ctx, startTok, i + 1, s, { label: 'Organization', name: ctx.text.slice(toks[startTok].start, tok.end), via: 'description', head: ORG_DESC_HEADS[head], confidence: 0.6 });
    return;
  }
  if (TREATY_DESC_HEADS.has(head) && prev && DESC_DETERMINERS.has(prev.lower)) {
    addDraftAt(ctx, i - 1, i + 1, s, { label: 'Treaty', name: ctx.text.slice(prev.start, tok.end), via: 'description', head: 'treaty', confidence: 0.6 });
    return;
  }
  if ((head === 'country' || head === 'nation') && prev && COUNTRY_DESC_PRE.has(prev.lower)) {
    let startTok = i - 1;
    if (prev2 && DESC_DETERMINERS.has(prev2.lower)) startTok = i - 2;
    if (prev.lower === 'that' && !(i + 1 < sb && POSS.has(toks[i + 1].text))) return; // "the country that ..." is fine but "that country" too vague
    addDraftAt(ctx, startTok, i + 1, s, { label: 'Country', name: ctx.text.slice(toks[startTok].start, tok.end), via: 'description', head: prev.lower === 'host' ? 'host' : 'country', confidence: 0.6 });
    return;
  }
  // media named after a media noun: "the Mongolian newspaper Unuudur", magazine "Diplomat"
  if (MEDIA_NOUNS.has(head) && i + 1 < sb) {
    let j = i + 1;
    const quoted = /^["“'‘]$/.test(toks[j].text);
    if (quoted) j++;
    let e = j;
    while (e < sb && isNamey(toks, e, sa)) e++;
    if (e > j && (!quoted || (e < sb && /^["”'’]$/.test(toks[e].text)))) {
      const c = classifyName(ctx, j, e);
      if (!c.label || c.label === 'Organization') {
        const d = addDraftAt(ctx, j, e, s, { label: 'Organization', name: c.label ? c.name : ctx.text.slice(toks[j].start, toks[e - 1].end), kind: 'media', via: 'name', confidence: 0.75 });
        ctx.tokenOwner.set(e - 1, d);
      }
    }
    return;
  }
  // "a (Mongolian) government spokesperson": an unnamed person who blocks older antecedents of "the spokesman"
  if (head in TITLES && !(i + 1 < sb && isNamey(toks, i + 1, sa))) {
    for (let p = i - 1; p >= Math.max(sa, i - 3); p--) {
      if (toks[p].lower === 'a' || toks[p].lower === 'an') {
        addDraftAt(ctx, p, i + 1, s, { label: 'Person', name: tok.text, role: TITLES[head], via: 'description', head: TITLES[head], blocker: true, confidence: 0 });
        return;
      }
      if (!/^\p{L}/u.test(toks[p].text)) break;
    }
  }
  if (PRONOUNS.has(head)) {
    addDraftAt(ctx, i, i + 1, s, { label: head.startsWith('i') ? 'Organization' : 'Person', name: tok.text, via: 'coreference', head: head, confidence: 0.6 });
  }
}

const PLACE_NOUNS = /^(town|city|village|port|region|province|district|county|state|island|islands|peninsula|municipality|oblast|prefecture|settlement|capital|suburb|suburbs|neighbourhood|neighborhood|outskirts)$/;
const GEO_SUFFIX = /^(peninsula|region|province|valley|river|island|islands|strait|gulf|sea|mountains|desert|basin|delta|oblast)$/;
/** end token of a place named by its context, or 0 */
/** Is the name [a, b) one adjective-like word: "Kurdish", "Northern", a demonym? */
function adjectiveName(toks: Token[], a: number, b: number): boolean {
  return b - a === 1 && (toks[a].pos === 'ADJ' || /^(?:northern|southern|eastern|western|central|north|south|east|west)$/.test(toks[a].lower) || /(?:ish|ite|ian|ese|ic)$/.test(toks[a].lower) || countryGazetteer().byDemonym.has(toks[a].lower));
}

function placeContext(toks: Token[], a: number, b: number, sa: number, sb: number): number {
  const p1 = a - 1 >= sa ? toks[a - 1].lower : '';
  const p2 = a - 2 >= sa ? toks[a - 2].lower : '';
  if (p1 === 'of' && PLACE_NOUNS.test(p2)) return b;
  // (a lower-case word of a landform belongs to the name, "the Jaffna peninsula"; an administrative one does not, "the
  // resource-rich Essequibo province" is Essequibo)
  // (an adjective's region keeps its word: "the Kurdish region", "Northern province")
  if (b < sb && GEO_SUFFIX.test(toks[b].lower) && !toks[b].cap) return /^(?:region|province|oblast)$/.test(toks[b].lower) && !adjectiveName(toks, a, b) ? b : b + 1;
  if (b - a >= 2 && /^(state|province|region|oblast|county|district)$/.test(toks[b - 1].lower)) return b;
  // the places a plural place noun names after a comma: "two smaller islets, Cocotier and Conga", ending their clause
  // (not a speaker after it, "in the villages, Smith said"; nor a body's name before a noun, "Hamas and Islamic Jihad fighters")
  if (b < sb && !/^[,.;:)]$/.test(toks[b].text) && !(/^(?:in|near|on|at|were|was|are|have|had)$/.test(toks[b].lower))) return 0;
  // (nor a person, "several villages, Oleksandr Prokudin, the head of ..., said")
  if (isGivenName(toks[a].lower) || (b + 1 < sb && toks[b].text === ',' && /^(?:the|a|an|who|whose|which)$/.test(toks[b + 1].lower))) return 0;
  let k = a - 1;
  for (let items = 0; k - 1 >= sa && items < 4 && (toks[k].lower === 'and' || toks[k].text === ','); items++) {
    if (toks[k].text === ',' && PLACE_PLURALS.test(toks[k - 1].lower)) return b;
    k--;
    if (toks[k].text === ',') k--;
    // the name listed before (one to three capitalised words)
    let n = 0;
    while (k >= sa && n < 3 && toks[k].cap) { k--; n++; }
    if (n === 0) return 0;
  }
  return 0;
}
/** plural place nouns whose names may follow after a comma ("islets, Cocotier and Conga") */
const PLACE_PLURALS = /^(?:islands|islets|isles|atolls|towns|villages|cities|provinces|regions|districts|ports)$/;

/**
 * "Kelly Airfield Annex in San Antonio", "NATO's headquarters ... the alliance in Brussels": a name right after "in"
 * that follows a place or a body is where that one is (not "in Smith's view"); returns its end token or 0.
 */
function placeInPlace(ctx: Ctx, a: number, b: number, sa: number, sb: number): number {
  const toks = ctx.an.tokens;
  if (a - 2 < sa || toks[a - 1].lower !== 'in' || (b < sb && POSS.has(toks[b].text))) return 0;
  const owner = ctx.tokenOwner.get(a - 2);
  if (owner === undefined || ctx.drafts[owner].tokEnd !== a - 1) return 0;
  const label = ctx.drafts[owner].label;
  return label === 'Location' || label === 'Organization' ? b : 0;
}

/** Unknown capitalised runs: a person's known surname or first name, a place after a preposition, or nothing. */
/** a particle joined to a surname by a hyphen ("Ben-Shabbat", "al-Sisi", "Abu-Zeid") */
export const SURNAME_PARTICLE = /^(?:ben|bin|ibn|el|al|abu|ould|bou|ait)-(?=\p{L}{3})/u;

function resolveSingles(ctx: Ctx, pending: { a: number; b: number; s: number }[], guessLocations: boolean): void {
  const toks = ctx.an.tokens;
  const personTokens = new Set<string>();
  // (a surname with a particle is also written without it, "Ben-Shabbat", "Shabbat": where a person stands, next
  // to another person or before a verb of one, not "talks were paused for Shabbat", "began the Hajj")
  const stripped = new Set<string>();
  for (const d of ctx.drafts) {
    if (d.label !== 'Person' || d.via !== 'name') continue;
    for (const w of d.name.split(/\s+/)) {
      personTokens.add(w.toLowerCase());
      const bare = w.toLowerCase().replace(SURNAME_PARTICLE, '');
      if (bare !== w.toLowerCase()) stripped.add(bare);
    }
  }
  const personPlace = (p: { a: number; b: number }) => {
    const before = p.a >= 2 && /^(and|&)$/.test(toks[p.a - 1].lower) && ctx.drafts[ctx.tokenOwner.get(p.a - 2) ?? -1]?.label === 'Person';
    const after = p.b < toks.length && /^(?:and|said|says|told|added|met|landed|arrived|spoke|signed|visited)$/.test(toks[p.b].lower);
    return before || after;
  };
  for (const p of pending) {
    const text = ctx.text.slice(toks[p.a].start, toks[p.b - 1].end);
    const words = text.toLowerCase().split(/\s+/);
    // (a bare surname the lexicon does not know is the person's: "Assad", "Sisi"; a word it knows only where a person
    // stands)
    const timeOrThing = p.a > 0 && /^(?:the|a|for|during|before|after|on|over|until|since|of|this|each|every)$/.test(toks[p.a - 1].lower);
    if (words.every((w) => personTokens.has(w) || (stripped.has(w) && ((!isCommonWord(w) && !timeOrThing) || personPlace(p))))) {
      addDraftAt(ctx, p.a, p.b, p.s, { label: 'Person', name: text, via: 'name', confidence: 0.8 });
      continue;
    }
    const prev = p.a > 0 ? toks[p.a - 1] : undefined;
    if (words.some((w) => NOT_NAMES.has(w))) continue;
    if (p.b - p.a === 1 && isPlaceWord(words[0]) && toks[p.a].pos === 'PROPN') {
      addDraftAt(ctx, p.a, p.b, p.s, { label: 'Location', name: text, via: 'name', confidence: 0.6 });
      continue;
    }
    if (p.b < toks.length && /^\d/.test(toks[p.b].text)) continue; // "Article 93", "Section 4"
    // "According to Mint, ...": a source, not a place
    if (prev && prev.lower === 'to' && p.a >= 2 && toks[p.a - 2].lower === 'according' && toks[p.a].pos === 'PROPN') {
      addDraftAt(ctx, p.a, p.b, p.s, { label: 'Organization', name: text, kind: 'media', via: 'name', confidence: 0.55 });
      continue;
    }
    // coordinated with a known place: "Crimea and Sevastopol", "around Yampil and Zakitne"
    const coordinated = (q: number | undefined) => q !== undefined && ctx.drafts[q].label === 'Location';
    const leftPlace = p.a >= 2 && /^(and|or|,)$/.test(toks[p.a - 1].lower) && coordinated(ctx.tokenOwner.get(p.a - 2));
    const rightPlace = p.b + 1 < toks.length && /^(and|or|,)$/.test(toks[p.b].lower) && coordinated(ctx.tokenOwner.get(p.b + 1));
    if (guessLocations && (leftPlace || rightPlace) && toks[p.a].pos === 'PROPN' && !ACRONYM.test(text)) {
      addDraftAt(ctx, p.a, p.b, p.s, { label: 'Location', name: text, via: 'name', confidence: 0.5 });
      continue;
    }
    if (guessLocations && prev && prev.sent === p.s && LOCATION_PREPS.has(prev.lower) && toks[p.a].pos === 'PROPN' && !ACRONYM.test(text) && p.b - p.a <= 3) {
      addDraftAt(ctx, p.a, p.b, p.s, { label: 'Location', name: text, via: 'name', confidence: 0.5 });
    }
  }
}
