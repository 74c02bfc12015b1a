/**
 * Sentence-level relation patterns between mentions (after coreference, so "the country ratified it"
 * works): the text between two mentions decides the relation. Title relations were recorded while
 * reading names (mentions.ts); this adds MEMBER_OF, PARTY_TO (with signed/ratified dates), ESTABLISHED,
 * ALLY_OF, BORDERS, LOCATED_IN and appositive titles ("X, a judge at the ICC").
 */
import type { FactType } from '../model/ontology';
import { addDraft, FRONTED_PHRASE, opensClause, ownsNext, POSSESSIVE_AFTER, root, sentenceDates, type Ctx, type MentionDraft } from './draft';
import { COMPASS_ADJECTIVES, ORG_CUES, PLACES, REGION_WORDS, TITLES } from './gazetteer/lexicon';
import { OF_ANOTHER } from './names';
import { roleName, titleFact } from './titleFact';
import { countryGazetteer } from './gazetteer/countries';
import { isPlaceWord } from './gazetteer/words';

/** a region's kind after its name, in lower case ("Central Equatoria state", "Donetsk region") */
const REGION_AFTER = new RegExp(`^\\s+(?:${[...REGION_WORDS].join('|')})\\b`);
const MEMBER = /^\s*(?:,\s*)?(?:which|that|who)?\s*(?:is|was|has been|had been|became|become|remains|are|were|will become|would become)?\s*(?:also\s+)?(?:a\s+|an\s+|the\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+|newest\s+|latest\s+|youngest\s+)?(?:full\s+|founding\s+|permanent\s+|non-permanent\s+)?(?:member|member state|member country|members|state party|states parties) (?:of|to|in) (?:the\s+)?$/i;
/** the countries whose cabinet offices are secretaries ("Secretary of State", "Foreign Secretary") */
const SECRETARY_CABINETS = new Set(['USA', 'GBR']);
/** before a country: a border fight or dispute with it ("border clashes with Tajikistan", "a border dispute with China") */
const BORDER_FIGHT_WITH = /\bborder\s+(?:clash(?:es)?|fighting|dispute|conflict|tensions?|skirmish(?:es)?|war|incidents?)\s+with\s+(?:the\s+)?$/i;
/** before two countries joined by "and": the border they share ("the maritime border between", "a border dispute between") */
/** before two countries joined by "and": their alliance ("allied relations between", "the military alliance between") */
const ALLIANCE_BETWEEN = /\b(?:alliance|allied\s+(?:relations|ties))\s+between\s+(?:the\s+)?$/i;
/** a sentence that denies, refuses, doubts or ends an alliance */
const ALLIANCE_DENIED = /\b(?:no|not|never|any|deny|denied|denies|reject\w*|refus\w*|rumou?rs?|doubt\w*|end|ended|ending|collaps\w*|break\w*|broke|against|formal|possible|potential|proposed)\b/i;
const BORDER_BETWEEN = /\bborder(?:\s+(?:dispute|disputes|row|tensions?|clashes|talks|line|crossings?))?\s+between\s+(?:the\s+)?$/i;
/** a possessive right after a country ("of Rwanda's ..."): the country owns what follows, it is not the title's */
/** a plural for heads of state or government, then a list ("heads of state and government including", "leaders such
 * as", "heads of state were in attendance, including") */
const HEADS_INCLUDING = /\b(?:heads\s+of\s+(?:state|government)(?:\s+and\s+(?:state|government))?|(?:world|regional|foreign|visiting|fellow|summit)\s+leaders|presidents|prime\s+ministers)(?:\s+(?:were|was|are|attended|in\s+attendance|present|at\s+the\s+(?:ceremony|summit|inauguration|funeral)))*\s*,?\s*(?:including|included|include|such\s+as|like|among\s+them)\s+/i;
/** between a bloc and the first country it includes: "EFTA, including", "EFTA (...) — made up of non-EU nations, including" */
const BLOC_LIST = /^\s*(?:\([^)]{1,20}\)\s*|\)\s*)?(?:[,—–]|\s-)\s*(?:(?:which is\s+)?(?:made up of|comprising|composed of|consisting of)\s+[^;.,()]{1,60}?,?\s*)?(?:including|such as|notably)\s+(?:the\s+)?$/i;
/** between a place and a site it owns: "'s ", "'s central ", "’s main " */
const SITE_OF_PLACE = new RegExp(`^['’]s\\s+(?:(?:main|historic|old|downtown|famous|iconic|${COMPASS_ADJECTIVES})\\s+)?$`, 'i');
/** an envoy's title and where they are sent, right before their name: "Ambassador to Australia ", "ambassador to the UN in Vienna " */
const ENVOY_TO = /\b(ambassador|envoy|permanent representative|consul general|consul|high commissioner)\s+to\s+(?:the\s+)?\p{Lu}[^,.;:()"“”]{1,50}?,?\s+$/iu;
/** between the sending state and the envoy's title: "Iranian ", "Russia's ", "China's special " (not "former") */
const ENVOY_SENDER_GAP = /^(?:['’]s)?\s*(?:(?:special|new|top|chief|deputy|senior|acting|current)\s+)?$/i;
/** a sentence about an outlet's owner, not its journalist */
const OUTLET_OWNER = /\b(?:owner|owns|owned|bought|buys|acquir\w+|founder|founded|proprietor|chairman|stepped\s+down|sold)\b/i;
/** between a body and the countries it is made of (group 1: an aside in commas before the verb) */
const MADE_OF = /^(?:\s+(?:group|bloc|alliance|grouping|organi[sz]ation|club|forum|coalition))?(\s*,[^;()]*?,)?\s*,?\s*(?:(?:which|that)\s+)?(?:now\s+|currently\s+)?(?:consists\s+of|comprises|is\s+made\s+up\s+of|is\s+composed\s+of|groups|brings\s+together|whose\s+members\s+are|members\s+are)\s*:?\s*(?:the\s+)?$/i;
/** between a body and the list of its members: "countries --", "nations (", "members:" */
const MEMBERS_LISTED = /^\s+(?:countries|nations|members|member\s+states|member\s+countries|member\s+nations|states|governments)\s*(?:--|—|–|:|\()\s*(?:the\s+)?$/i;
/** a word for a group of states right before an organisation's name: "the European trade bloc EFTA" */
const BLOC_NOUN_BEFORE = /\b(?:bloc|alliance|grouping|union|association|organi[sz]ation|community)\s+(?:the\s+)?$/i;
/** between a country and the organisation it is a member of, the membership after it: "was the only remaining (NATO member)", ", a (NATO member)" */
const ORG_MEMBER_BEFORE = /^(?:\s*,\s*(?:which\s+|that\s+)?|\s+(?:which\s+|that\s+)?(?:is|was|became|becomes|remains|has been|had been)\s+(?:also\s+)?)(?:a|an|the)\s+(?:(?:only|remaining|fellow|founding|full|last|first|latest|newest|key|major|\d+(?:st|nd|rd|th))\s+){0,3}$/i;
/** after a body "joined": someone joined it in an act, or joined its people ("the EU in imposing", "NATO leaders at the summit") */
const JOINED_IN_DOING = /^\s*(?:['’]s\s+)?(?:in\s+\w+ing\b|(?:leaders|officials|ministers|members|allies|partners|summit|talks|forces|troops|counterparts|countries|states|nations|delegates|envoys|efforts|call|calls|statement)\b)/i;
const JOIN = /^\s*(?:has |had |have |officially |formally )?(?:joined|joining|joins|acceded to|accession to|to join|admitted to|was admitted to|entered)\s+(?:the\s+)?$/i;
const PARTY = /(?:\b(signed|ratified|ratifying|signing|joined|joining|acceded to|accession to|adopted|withdrew from|withdrawing from|pulled out of|pulling out of|pull out of|abandoned|exited|left|quit|leaving|a party to|party to|a signatory to|a signatory of|signatory to|signatory of|ratification of|member of)\s+(?:up to\s+)?(?:the\s+)?(?:it)?(?:(?:an?\s+)?(?:declaration|agreement|treaty|accord|pact|memorandum|charter|convention|protocol)\s+(?:on|of)\s+["“])?)$/i;
const ESTABLISH = /^\s*(?:,\s*)?(?:which|that)?\s*(?:underpins|underpinned|established|establishes|establishing|created|creates|creating|founded|founding|set up|sets up|setting up|recognizes|recognises|recognized|governs|underpinning)\s+(?:the\s+)?$/i;
const OF_THE = /^\s+of\s+the\s+$/i;
const CAMPUS = /^\s+(?:campus|branch|office|headquarters|offices)\s+of\s+(?:the\s+)?$/i;
const CAPITAL_OF = /^\s*,\s*(?:the\s+)?(?:\w+\s+)?(?:capital|city|town|port|region|province|seat)\s+(?:of|in)\s+$/i;
const COMMA = /^\s*,\s*$/;
/** the head word of a site's name: a building, a base, a square ("Kelly Airfield Annex", "Miraflores Palace") */
const SITE_HEAD = /\b(?:palace|airfield|airport|air\s+base|airbase|naval\s+base|base|annex|square|plaza|stadium|hotel|cent(?:re|er)|hall|building|prison|hospital|camp|bridge|museum|cathedral|mosque|synagogue|church|temple|tower|embassy|consulate|compound|plant|port|harbou?r|station|park)\b/i;
/** a verb of being at a site, in the clause before it */
const PRESENCE_VERB = /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|laid|lays|gathered|rallied|marched|arrived\s+at|met\s+at|attended|opened|inaugurated|stood|spoke\s+at|held)\b/i;
/** reported speech or talk between an opening place and a site: the site is only talked of */
const SPEECH_BETWEEN = /\b(?:said|says|told|tells|discussed|reported|announced|warned|claimed|denied)\b/i;
/** a verb said of another state right before a country: "accused ", "warned ", "sanctioned " */
const HOSTILE_VERB_BEFORE = /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|warn(?:ed|s|ing)|threaten(?:ed|s|ing)|sanction(?:ed|s|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|attack(?:ed|s|ing)|invad(?:ed|es|ing)|slamm?(?:ed|s|ing)?|rebuk(?:ed|es|ing))\s+$/i;
const BASED_IN = /^\s*,?\s*(?:(?:which|that)\s+is\s+)?(?:based|headquartered|seated)\s+in\s+(?:the\s+)?$/i;
/** between a town and its region: " in ", " in north eastern ", " in the south-western " */
const TOWN_IN = new RegExp(`^\\s+in\\s+(?:the\\s+)?(?:(?:${COMPASS_ADJECTIVES}|(?:north|south)[\\s-]?(?:east|west)(?:ern)?|north|south|east|west)\\s+)?$`, 'i');
const IN_THE = /^\s+in\s+(?:the\s+)?(?:\w+ern\s+)?$/i;
const ALLY_BEFORE = /\b(its|their|his|her)\s+(?:close\s+|key\s+|main\s+|longtime\s+|long-time\s+|staunch\s+|traditional\s+)?(?:ally|allies|partner)\s*,?\s*$/i;
/** between a person and a body: "who works for the", "works for", "has worked for" (in the present or past, never "will") */
const WORKS_FOR_VERB = /^\s*(?:,\s*who\s+)?(?:works|worked|has\s+worked|had\s+worked|is\s+working|was\s+working)\s+(?:as\s+(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?for\s+(?:the\s+)?$/iu;
const ALLY_OF = /^\s*,\s*(?:a|an|the)\s+(?:close\s+|key\s+|staunch\s+|longtime\s+)?ally of\s+$/i;
const BORDER = /\b(?:borders|bordering|shares a border with|sharing a border with|border with)\s+$/i;
const NEIGHBOURS = /\b(?:are|were|we're|are close|remain)\s+(?:close\s+|good\s+|direct\s+)?neighbou?rs\b/i;
const APPOSITIVE_TITLE = /^\s*,\s*(?:(?:a|an|the)\s+)?((?:[\w-]+\s+){1,6}?)(?:at|of|for|with|to)\s+(?:the\s+)?(?:[\p{L}'’-]+['’]s\s+)?$/iu;
/** a state's body in lower case (or a known agency) after its possessive: "'s central bank", "'s military intelligence agency", "'s parliament" */
const STATE_AGENCY_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:bank|agency|service|parliament|assembly|ministry|staff|directorate|committee|council|forces|army|navy|police|legislature|senate|congress|Mossad|Shin\s+Bet)\b/iu;
/** armed groups a "military" cue names that no state owns ("Hezbollah's Radwan Force", "the Qassam Brigades") */
const ARMED_GROUP = /\b(?:brigades?|militia|rebels?|Hezbollah|Hamas|Houthi|Wagner)\b/i;
/** a title right after a body's name, closing an appositive or naming its portfolio: " Under-Secretary-General for ...", " spokesman," */
const TITLE_AFTER_BODY = /^\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s*(?:,|\s(for|of|on|at)\s)/u;
const HEADS = /^(?:\s*,\s*(?:[^,;]{0,30},\s*)?(?:who|which)\s+|\s+)(?:heads|headed|leads|led|chairs|chaired)\s+(?:the\s+)?$/i;
/** an appositive that closes right before a verb: the subject is further left */
const CLOSES_APPOSITIVE = /^\s*,\s*(?:is|was|has|had|became|remains|are|were)\b/i;

const CLAIM = /\b(citing|according to|reportedly|it is understood|sources said|allegedly|is said to|are said to|claimed that|claims that)\b/i;

export function sentenceIsClaim(sentence: string): boolean {
  return CLAIM.test(sentence);
}

export function findFacts(ctx: Ctx): void {
  const bySentence = new Map<number, number[]>();
  ctx.drafts.forEach((d, k) => {
    if (d.dropped || d.blocker) return;
    const list = bySentence.get(d.sentence) ?? [];
    list.push(k);
    bySentence.set(d.sentence, list);
  });
  for (let s = 0; s < ctx.an.sentences.length; s++) {
    const ks = bySentence.get(s) ?? [];
    ks.sort((a, b) => ctx.drafts[a].start - ctx.drafts[b].start);
    sentenceFacts(ctx, s, ks);
    listedOffices(ctx, ks);
  }
  gazetteerLocations(ctx);
  pairBorders(ctx);
  electedAs(ctx);
  titleOfCountry(ctx);
  counterparts(ctx);
  cueWordTitles(ctx);
  titledWithoutCountry(ctx);
}

/**
 * "Foreign Minister Olivier Nduhungirehe of Rwanda", "President Emmanuel Macron of France": a titled name followed by
 * "of" and a country holds the title for that country (when nothing else gave it an office).
 */
function titleOfCountry(ctx: Ctx): void {
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Person' || d.via !== 'name' || d.dropped || d.former || !d.titles?.length || !d.role) return;
    const r = root(ctx, k);
    if (ctx.relations.some((x) => (x.type === 'LEADER_OF' || x.type === 'WORKS_FOR') && root(ctx, x.from) === r)) return;
    const c = ctx.drafts.findIndex((x) => x.sentence === d.sentence && x.label === 'Country' && !x.dropped && x.via !== 'demonym' && /^\s+of\s+$/.test(ctx.text.slice(d.end, x.start)));
    if (c < 0 || POSSESSIVE_AFTER.test(ctx.text.slice(ctx.drafts[c].end, ctx.drafts[c].end + 3))) return;
    const title = d.titles[d.titles.length - 1];
    // (a state's government office only: not "Governor Brian Kemp of Georgia", "Senator X of Georgia", "Secretary-General
    // Antonio Guterres of Portugal", nor a rebel's or the opposition's leader, "Opposition leader X of Venezuela")
    if (!statesOffice(ctx.text, title, d.start, d.start + title.length + 1)) return;
    const f = titleFact(d.role, title);
    add(ctx, f.type, k, c, d.sentence, 0.7, f.properties);
  });
}

/**
 * "Foreign Minister X of Rwanda and his Congolese counterpart Y", "President Putin and his Chinese counterpart Xi
 * Jinping": the counterpart holds the possessor's office for the demonym's country.
 */
function counterparts(ctx: Ctx): void {
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Person' || d.via !== 'name' || d.dropped) return;
    // (the word may open the person's mention, read as an honorific)
    const opens = /^counterparts?\s+/i.exec(d.text);
    const end = d.start + (opens ? opens[0].length : 0);
    const before = ctx.text.slice(Math.max(0, d.start - 60), end);
    const m = /\b(?:his|her|their)\s+(\p{Lu}[\p{L}-]+)\s+counterparts?\s*,?\s+$/iu.exec(before);
    if (!m) return;
    const demonymStart = end - m[0].length + m[0].indexOf(m[1]);
    const country = ctx.drafts.findIndex((x) => x.label === 'Country' && x.start === demonymStart && !x.dropped);
    const owner = ctx.drafts.find((x) => x.via === 'coreference' && x.end <= demonymStart && x.start >= d.start - 60 && /^(?:his|her|their)$/i.test(x.text) && x.refersTo !== undefined);
    if (country < 0 || !owner) return;
    const holder = ctx.drafts[root(ctx, owner.refersTo!)];
    if (!holder.role || !holder.titles?.length || holder.former) return;
    const title = holder.titles[holder.titles.length - 1];
    // (a state's government office only, not a mayor's, a governor's or an army chief's; news names as counterparts
    // holders of the same office, most often: "President X and his Chinese counterpart Y"; a secretary's is a minister)
    if (!statesOffice(ctx.text, title, holder.start, holder.end)) return;
    const f = holder.role !== 'leader' && !/minister$/i.test(title) ? { type: 'WORKS_FOR' as const, properties: { role: 'Minister' } } : titleFact(holder.role, title);
    add(ctx, f.type, k, country, d.sentence, 0.65, f.properties);
  });
}

/**
 * "Ukraine's Deputy Prime Minister X, Justice Minister Y, and Strategic Industries Minister Z": the country
 * before the first of a list of government offices holds every office of the list that names no country or
 * body of its own (a member with its own, "State Property Fund Head W", keeps it and the list goes on).
 */
function listedOffices(ctx: Ctx, ks: number[]): void {
  const text = ctx.text;
  const held = (k: number) => ctx.relations.find((r) => (r.type === 'LEADER_OF' || r.type === 'WORKS_FOR') && root(ctx, r.from) === root(ctx, k));
  for (let i = 1; i < ks.length; i++) {
    const C = ctx.drafts[ks[i - 1]];
    const P = ctx.drafts[ks[i]];
    if (lab(ctx, ks[i - 1]) !== 'Country' || P.label !== 'Person' || !P.titles?.length) continue;
    const office = held(ks[i]);
    if (!/^(?:['’]s)?\s+$/.test(text.slice(C.end, P.start)) || !office || root(ctx, office.to) !== root(ctx, ks[i - 1])) continue;
    let prevEnd = P.end;
    const members: [person: number, own: boolean][] = [];
    for (let j = i + 1; j < ks.length; j++) {
      const Q = ctx.drafts[ks[j]];
      // (capitalised words before a title are its portfolio: "Strategic Industries Minister Z")
      if (!/^\s*(?:,|and|,\s*and)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(prevEnd, Q.start))) break;
      // a member with a body or country of its own before its title: "State Property Fund Head W"
      let p = j;
      if (Q.label !== 'Person' && j + 1 < ks.length && ctx.drafts[ks[j + 1]].label === 'Person' && /^\s+$/.test(text.slice(Q.end, ctx.drafts[ks[j + 1]].start))) p = j + 1;
      const R = ctx.drafts[ks[p]];
      if (R.label !== 'Person' || !R.titles?.length || R.via !== 'name') break;
      // another country's office in the list: the list is no one country's ("..., Chinese Premier Li Qiang")
      if (p !== j && lab(ctx, ks[j]) === 'Country') {
        members.length = 0;
        break;
      }
      members.push([ks[p], p !== j]);
      prevEnd = R.end;
      j = p;
    }
    // a list of three offices or more: two ("Ukrainian President X, Defense Secretary Y") may be two countries'
    if (members.length < 2) continue;
    // one cabinet holds each office once: a title twice ("Foreign Minister X, Foreign Minister Y") is two countries'
    const titleOf = (k: number) => roleName(ctx.drafts[k].titles![ctx.drafts[k].titles!.length - 1]).toLowerCase();
    const titles = [ks[i], ...members.map(([k]) => k)].map(titleOf);
    if (new Set(titles).size < titles.length) continue;
    for (const [k, own] of members) {
      const R = ctx.drafts[k];
      const title = R.titles![R.titles!.length - 1];
      // ministers, and secretaries only in the two cabinets that name them so (the United States' and the United
      // Kingdom's): "Secretary of State Y" and "Foreign Secretary Z" after "Ukraine's Foreign Minister X" are
      // another country's offices, and a list does not say whose
      const style = /minister/i.test(title) || (/secretary/i.test(title) && SECRETARY_CABINETS.has(ctx.drafts[root(ctx, ks[i - 1])].countryCode ?? ''));
      if (!own && !held(k) && GOVERNMENT_TITLE.test(title) && style) add(ctx, R.role === 'leader' ? 'LEADER_OF' : 'WORKS_FOR', k, ks[i - 1], R.sentence, 0.7, { role: roleName(title) });
    }
  }
}

/**
 * "commission head Bakary Fofana", "ministry spokesman Eugene Perebiynis": a lower-case organisation word
 * before a titled name stands for the organisation of that kind the text last named (this sentence or the
 * five before). Nothing when no such organisation was named ("ministry spokesman X" in a text naming none).
 */
function cueWordTitles(ctx: Ctx): void {
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Person' || d.via !== 'name' || d.dropped || d.former || !d.role || !d.titles?.length) return;
    const sent = ctx.an.sentences[d.sentence];
    const m = /(^|[^\p{L}'’-])([a-z]+)\s+$/u.exec(ctx.text.slice(Math.max(sent.start, d.start - 30), d.start));
    if (!m || !(m[2] in ORG_CUES)) return;
    const cue = m[2];
    if (ctx.relations.some((r) => root(ctx, r.from) === root(ctx, k) && r.sentence === d.sentence)) return;
    let best = -1;
    for (let j = 0; j < ctx.drafts.length; j++) {
      const o = ctx.drafts[j];
      if (o.label !== 'Organization' || o.dropped || o.start >= d.start || o.sentence < d.sentence - 5) continue;
      const r = ctx.drafts[root(ctx, j)];
      if (!r.name.toLowerCase().split(/[\s-]+/).includes(cue)) continue;
      if (best < 0 || o.start > ctx.drafts[best].start) best = j;
    }
    if (best < 0) return;
    const title = d.titles[d.titles.length - 1];
    const f = titleFact(d.role, title);
    add(ctx, f.type, k, best, d.sentence, 0.7, f.properties);
  });
}

/**
 * "the Tajik-Kyrgyz border", "the Russia-Ukraine border": the two countries border each other. A part the article names
 * nowhere else is a country named here ("the Cambodian-Vietnamese border" names Vietnam).
 */
function pairBorders(ctx: Ctx): void {
  const gaz = countryGazetteer();
  const firstOf = new Map<string, number>();
  ctx.drafts.forEach((d, k) => {
    if (d.label === 'Country' && d.countryCode && !d.dropped && !firstOf.has(d.countryCode)) firstOf.set(d.countryCode, k);
  });
  const re = /\b(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)\s+(?:state\s+)?border\b/gu;
  for (let s = 0; s < ctx.an.sentences.length; s++) {
    const sp = ctx.an.sentences[s];
    for (const m of ctx.text.slice(sp.start, sp.end).matchAll(re)) {
      const code = (w: string) => (gaz.byDemonym.get(w.toLowerCase()) ?? gaz.byName.get(w.toLowerCase()))?.code;
      const [x, y] = [code(m[1]), code(m[2])];
      if (!x || !y || x === y) continue;
      const at = sp.start + m.index!;
      const [ta, tb] = ctx.an.sentenceTokens[s];
      let t = ta;
      while (t + 1 < tb && ctx.an.tokens[t].end <= at) t++;
      const part = (c: string, word: string, start: number) => {
        if (!firstOf.has(c)) firstOf.set(c, addDraft(ctx, { label: 'Country', name: gaz.byCode.get(c)!.name, countryCode: c, via: 'demonym', confidence: 0.7, start, end: start + word.length, text: word, sentence: s, tokStart: t, tokEnd: t + 1 }));
        return firstOf.get(c)!;
      };
      add(ctx, 'BORDERS', part(x, m[1], at), part(y, m[2], at + m[1].length + 1), s, 0.7);
    }
  }
}

/** "Guinea's Alpha Conde has been re-elected President", "X was inaugurated for a second term as President of Y": the title after the verb, the country before the name or the one of the sentence (done, not "will be"). */
function electedAs(ctx: Ctx): void {
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Person' || d.via !== 'name' || d.dropped) return;
    const rest = ctx.text.slice(d.end, d.end + 80);
    // "will be sworn in as president" takes no office yet
    const m = /^\s+(?:has been\s+|was\s+|had been\s+|is\s+)?(?:re-?elected|elected|sworn in|inaugurated|appointed|named|installed)\s+(?:(?:officially\s+)?for\s+(?:a|his|her|their)\s+(?:[a-z-]+\s+){0,3}?term\s+)?(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?([A-Za-z-]+(?:\s[A-Za-z-]+)?)/.exec(rest);
    if (!m) return;
    const words = m[1].split(' ');
    const title = [words.join(' '), words[0]].find((t) => t.toLowerCase() in TITLES);
    if (!title) return;
    const role = TITLES[title.toLowerCase()];
    // (a city's or a province's office is no country's: "Anne Hidalgo was re-elected for a second term as mayor")
    if (/^(?:mayor|governor|deputy mayor|lord mayor)$/i.test(title)) return;
    // the country: named after the title ("as President of Rwanda"), a possessor right before the name, else the one
    // country of the sentence
    const titleEnd = d.end + m.index + m[0].length - (m[1].length - title.length);
    const ofCountry = ctx.drafts.findIndex((c) => c.sentence === d.sentence && c.label === 'Country' && !c.dropped && c.start >= titleEnd && /^\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(titleEnd, c.start)));
    const owner = ofCountry >= 0 ? ofCountry : ctx.drafts.findIndex((c) => c.sentence === d.sentence && c.label === 'Country' && /^['’]s\s+$/.test(ctx.text.slice(c.end, d.start)));
    let to = owner;
    if (to < 0) {
      const codes = new Map<string, number>();
      ctx.drafts.forEach((c, j) => { if (c.sentence === d.sentence && c.label === 'Country' && c.countryCode && !c.dropped) codes.set(c.countryCode, j); });
      if (codes.size === 1) to = [...codes.values()][0];
    }
    if (to < 0) return;
    const f = titleFact(role, title);
    add(ctx, f.type, k, to, d.sentence, 0.7, f.properties);
  });
}

/** A mention's text with the 24 characters before it, from the last comma, semicolon or colon there ("After meeting
 * opposition leaders, Prime Minister X" is "Prime Minister X"). */
function ownPhrase(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 24), start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return before.slice(cut + 1) + text.slice(start, end);
}

/** Is `title`, read in its own phrase (text from `start` to `end`), a state's government office: no rebel's, party's or former one? */
function statesOffice(text: string, title: string, start: number, end: number): boolean {
  return GOVERNMENT_TITLE.test(title) && !NOT_THE_STATES.test(ownPhrase(text, start, end));
}

/** after a country's possessive, a body of that state ("with Papua New Guinea's government"): the state acts, it is not the title holder's */
const STATE_BODY_OWNED = /^['’]s?\s+(?:\p{Ll}+\s+)?(?:government|administration|parliament|president|prime\s+minister|leaders?|officials|authorities|army|military|foreign\s+minist(?:er|ry)|delegation|embassy|envoy)\b/iu;

/** words before a title that make it no state's office: a rebel's, the opposition's, a party's */
const NOT_THE_STATES = /\b(?:rebel|opposition|militia|party|insurgent|separatist|guerrilla|former|ex-)\b/i;
/** offices one person holds for a state at a time (many ministers are "Minister"): another holder rules a second out */
const SINGLE_HOLDER = /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|vice president|foreign minister|defen[cs]e minister)$/i;

const GOVERNMENT_TITLE = /^(president|prime minister|premier|chancellor|king|queen|emir|sultan|(?:military )?ruler|.*minister|foreign secretary|home secretary|secretary of (?:state|defen[cs]e|the treasury|homeland security)|defence secretary|defense secretary|vice president|deputy prime minister|national security advis[eo]r)$/i;

/**
 * "President Nicolas Maduro has been declared the winner of Venezuela's election": a government title with
 * no country next to it belongs to the one country of its sentence (0.55), else to the article's dominant
 * country when one clearly dominates (0.4).
 */
function titledWithoutCountry(ctx: Ctx): void {
  const related = new Set<string>();
  for (const r of ctx.relations) if (r.type === 'LEADER_OF' || r.type === 'WORKS_FOR') related.add(ctx.drafts[root(ctx, r.from)].name);
  const counts = new Map<string, number>();
  const firstOf = new Map<string, number>();
  let total = 0;
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Country' || d.dropped || !d.countryCode || d.via === 'description' || d.via === 'coreference') return;
    counts.set(d.countryCode, (counts.get(d.countryCode) ?? 0) + 1);
    if (!firstOf.has(d.countryCode)) firstOf.set(d.countryCode, k);
    total++;
  });
  let dominant: string | undefined;
  for (const [code, n] of counts) if (n / total >= 0.5 && n >= 2) dominant = code;
  // the article's country only when no other country is named at all (a domestic story), even named once
  const dominantOnlyOne = counts.size === 1;
  if (dominantOnlyOne) dominant = [...counts.keys()][0];
  // treaties, bodies and people by where they start: what a country's possessive may own
  const ownable = new Map<number, number[]>();
  ctx.drafts.forEach((x, q) => {
    if (x.dropped || (x.label !== 'Treaty' && x.label !== 'Organization' && x.label !== 'Person')) return;
    const list = ownable.get(x.start);
    if (list) list.push(q);
    else ownable.set(x.start, [q]);
  });
  const done = new Set<number>();
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Person' || d.via !== 'name' || d.dropped || d.former || !d.titles?.length) return;
    const r = root(ctx, k);
    if (related.has(ctx.drafts[r].name) || done.has(r)) return;
    const title = d.titles[d.titles.length - 1];
    if (!GOVERNMENT_TITLE.test(title)) return;
    const inSentence = new Map<string, number>();
    ctx.drafts.forEach((c, j) => {
      if (c.sentence !== d.sentence || c.label !== 'Country' || !c.countryCode || c.dropped) return;
      // a country the person is only in or going to is not theirs ("President Trump arrived in Vietnam")
      const before = ctx.text.slice(Math.max(0, c.start - 12), c.start);
      const afterPlace = /,\s*$/.test(before) && ctx.drafts.some((x) => x.label === 'Location' && x.sentence === c.sentence && /^\s*,\s*$/.test(ctx.text.slice(x.end, c.start)));
      // nor is the country of someone's counterpart ("President Putin met his Chinese counterpart Xi"), nor one
      // where another person of the sentence holds office ("Modi held talks with Russian President Putin"),
      // unless the country stands before both of them ("Israeli PM Netanyahu and Defense Minister Gallant")
      const counterpart = /^\s+counterparts?\b/i.test(ctx.text.slice(c.end, c.end + 16));
      const someoneElses = ctx.relations.some((x) => {
        if ((x.type !== 'LEADER_OF' && x.type !== 'WORKS_FOR') || x.sentence !== d.sentence || root(ctx, x.from) === r) return false;
        if (ctx.drafts[root(ctx, x.to)].countryCode !== c.countryCode) return false;
        const other = ctx.drafts[x.from];
        const shared = /^\s*$/.test(ctx.text.slice(c.end, other.start)) && other.end <= d.start && /^\s*(?:,|and|, and)\s*$/.test(ctx.text.slice(other.end, d.start));
        return !shared;
      });
      // nor the country a place is in ("in Buenos Aires, capital of Argentina")
      const placeOf = /\b(?:capital|city|town|port|region|province)\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, c.start - 30), c.start));
      // nor a country that owns a treaty, a body or another person ("Sweden's Accession Protocol ... signed by
      // president X"; "Venezuela's presidential election" names no such thing)
      const owned = /^['’]s?\s+/.exec(ctx.text.slice(c.end, c.end + 4));
      const ownsOther = !!owned && (ownable.get(c.end + owned[0].length) ?? []).some((q) => q !== k);
      // nor a country whose office of that title someone else holds in the article ("Finnish President Sauli
      // Niinistö" makes "President Putin" no president of Finland)
      const held = SINGLE_HOLDER.test(title) && ctx.relations.some((x) => x.type === (d.role === 'leader' ? 'LEADER_OF' : 'WORKS_FOR') && root(ctx, x.from) !== r && x.properties?.role === roleName(title) && ctx.drafts[root(ctx, x.to)].countryCode === c.countryCode);
      // (a country "with" or "against" whom one acts is another's, "relations with the People's Republic of China"; not one
      // that owns what follows, "met with India's top industrialists")
      const dealtWith = /\b(?:with|against)\s+(?:the\s+)?$/i.test(before) && (!POSSESSIVE_AFTER.test(ctx.text.slice(c.end, c.end + 3)) || STATE_BODY_OWNED.test(ctx.text.slice(c.end, c.end + 40)));
      // (nor the object of a verb said of another state: "President Trump accused Qatar of ...", "warned Iran"; a leader
      // thanks, urges or addresses their own)
      const objectOfVerb = HOSTILE_VERB_BEFORE.test(before);
      if (counterpart || someoneElses || held || dealtWith || objectOfVerb || afterPlace || placeOf || ownsOther || /\b(in|to|at|from|into|visit|visited|visiting|visits|across|toward|towards)\s+(the\s+)?$/i.test(before)) {
        inSentence.set(`x${c.countryCode}`, -1);
        return;
      }
      inSentence.set(c.countryCode, j);
    });
    for (const [key, j] of [...inSentence]) if (j < 0) { inSentence.delete(key); inSentence.delete(key.slice(1)); inSentence.set(key, -1); }
    const type = d.role === 'leader' ? 'LEADER_OF' : 'WORKS_FOR';
    const role = roleName(title);
    const own = [...inSentence.values()].filter((j) => j >= 0);
    // a minister's country is not just any country the sentence talks about ("Foreign Secretary X emphasized
    // pressure on Russia"): only heads of state and government take the sentence's one country, others only
    // when it is also the one country of the article
    const ownCode = own.length === 1 ? ctx.drafts[own[0]].countryCode : undefined;
    // (a country the sentence gives to another or deals with still leaves the leader's own unsaid: "President Zelensky
    // said Russia had struck a deal with Iran" is about Russia, so such a sentence gives no country at all)
    if (own.length === 1 && inSentence.size === 1 && (d.role === 'leader' || (counts.size === 1 && !!ownCode && counts.has(ownCode)))) {
      add(ctx, type, k, own[0], d.sentence, 0.55, { role });
      done.add(r);
    } else if (inSentence.size === 0 && dominant && dominantOnlyOne) {
      add(ctx, type, k, firstOf.get(dominant)!, d.sentence, 0.4, { role });
      done.add(r);
    }
  });
}

function add(ctx: Ctx, type: FactType, from: number, to: number, s: number, confidence: number, properties: Record<string, string> = {}) {
  const f = root(ctx, from);
  const t = root(ctx, to);
  if (f === t) return;
  const F = ctx.drafts[f];
  const T = ctx.drafts[t];
  if (F.label === T.label && F.name === T.name && F.countryCode === T.countryCode) return;
  ctx.relations.push({ type, from, to, sentence: s, properties, confidence });
}

const lab = (ctx: Ctx, k: number) => ctx.drafts[root(ctx, k)].label;

/** the countries coordinated after mention ks[bi] ("Ukraine, Poland and Russia"; with `the`, also "and the Philippines"), in order */
function coordinatedCountries(ctx: Ctx, text: string, ks: readonly number[], bi: number, the = false): number[] {
  const out: number[] = [];
  const gap = the ? /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i : /^\s*(,|and|,\s*and)\s*$/;
  for (let ci = bi + 1; ci < ks.length; ci++) {
    if (lab(ctx, ks[ci]) !== 'Country' || !gap.test(text.slice(ctx.drafts[ks[ci - 1]].end, ctx.drafts[ks[ci]].start))) break;
    out.push(ks[ci]);
  }
  return out;
}

/** The fact type and role of a plural office title ("presidents" -> LEADER_OF President, "foreign ministers" -> WORKS_FOR). */
function pluralOffice(plural: string): { type: FactType; role: string } {
  const title = plural.toLowerCase().replace(/s$/, '').replace(/ies$/, 'y');
  return { type: TITLES[title] === 'leader' ? 'LEADER_OF' : 'WORKS_FOR', role: roleName(title) };
}

/**
 * The parties coordinated before the subject ks[ai] of a verb ("Russia and Iran signed", "The US, Mexico and
 * Canada signed"), and the countries of titled people among them ("Turkish President Erdoğan and Greek Prime
 * Minister Mitsotakis signed": Turkey). The list must end in "and" ("Along with Russia, Iran signed" is one party).
 */
function coordinatedSubjects(ctx: Ctx, text: string, ks: readonly number[], ai: number): number[] {
  const out: number[] = [];
  const gap = (x: number, y: number) => text.slice(ctx.drafts[x].end, ctx.drafts[y].start);
  let cur = ai;
  for (let j = ai - 1; j >= 0; j--) {
    if (ctx.drafts[ks[j]].end > ctx.drafts[ks[cur]].start) continue; // nested or overlapping drafts
    const g = gap(ks[j], ks[cur]);
    if (!(cur === ai ? /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/ : /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/).test(g)) break;
    // (not a name a preposition governs: "Finland, which shares a border with Russia, and Sweden joined")
    if (/\b(?:with|of|to|from|by|in|on|against|for|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, ctx.drafts[ks[j]].start - 12), ctx.drafts[ks[j]].start))) break;
    // (not into a fronted phrase the comma closes: "Since Russia's invasion of Ukraine, Finland and Sweden have joined")
    if (g.includes(',') && FRONTED_PHRASE.test(text.slice(ctx.an.sentences[ctx.drafts[ks[j]].sentence].start, ctx.drafts[ks[j]].start))) break;
    if (lab(ctx, ks[j]) === 'Country') {
      out.push(ks[j]);
      cur = j;
      continue;
    }
    // "Japanese Prime Minister Fumio Kishida": the country right before a titled person
    const c = j - 1;
    if (lab(ctx, ks[j]) !== 'Person' || c < 0 || lab(ctx, ks[c]) !== 'Country' || !/^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(gap(ks[c], ks[j]))) break;
    out.push(ks[c]);
    cur = c;
    j = c;
  }
  return out;
}

function sentenceFacts(ctx: Ctx, s: number, ks: number[]): void {
  const text = ctx.text;
  const sent = ctx.an.sentences[s];
  const sentence = text.slice(sent.start, sent.end);
  const between = (a: MentionDraft, b: MentionDraft) => text.slice(a.end, b.start);
  for (let bi = 0; bi < ks.length; bi++) {
    const b = ks[bi];
    const B = ctx.drafts[b];
    const bl = lab(ctx, b);
    // subjects: earlier mentions, nearest first, skipping closed appositives
    for (let ai = bi - 1; ai >= 0; ai--) {
      const a = ks[ai];
      const A = ctx.drafts[a];
      if (A.end > B.start) continue;
      const btw = between(A, B);
      if (btw.length > 140 || /[.;:!?]\s/.test(btw)) break;
      const commas = (btw.match(/,/g) ?? []).length;
      if (CLOSES_APPOSITIVE.test(btw) && commas < 2) continue;
      if (commas >= 1 && CLOSES_APPOSITIVE.test(btw.slice(btw.lastIndexOf(',')))) {
        // "Mongolia, home to ..., is a member of": only the mention before the first comma qualifies
        if (!/^\s*,/.test(btw)) continue;
      }
      const al = lab(ctx, a);
      const tail = btw.slice(Math.max(0, btw.lastIndexOf(',') + 1));
      const near = btw.length <= 60 ? btw : tail;
      // (not joining a body in doing something, or its people: "joined the EU in imposing sanctions", "joined NATO leaders")
      const joins = JOIN.test(near);
      const joinedIn = joins && JOINED_IN_DOING.test(text.slice(B.end, B.end + 40));
      if ((al === 'Country' || al === 'Organization') && bl === 'Organization' && (joins || MEMBER.test(near)) && !joinedIn) {
        add(ctx, 'MEMBER_OF', a, b, s, 0.85);
        // (every state coordinated before a joining one: "Finland and Sweden have joined NATO")
        if (joins) for (const c of coordinatedSubjects(ctx, text, ks, ai)) if (lab(ctx, c) === 'Country') add(ctx, 'MEMBER_OF', c, b, s, 0.85);
        break;
      }
      if (al === 'Country' && bl === 'Treaty') {
        const m = PARTY.exec(btw.length <= 140 ? btw : tail);
        // "the US, which is in a trade spat with China and pulled out of the TPP": the subject of "pulled" is further left
        if (m && /^\s+and\s+(?!the\b|its\b|their\b)\p{Ll}/u.test(btw)) continue;
        if (m) {
          const verb = m[1].toLowerCase();
          const props: Record<string, string> = {};
          const date = dateAfter(ctx, s, B.end);
          if (/^(signed|signing)/.test(verb) && date) props.signed = date;
          if (/^(ratified|ratifying|ratification)/.test(verb) && date) props.ratified = date;
          if (/^(joined|joining|acceded|accession)/.test(verb) && date) props.joined = date;
          if (/^(withdrew|withdrawing|left|quit|leaving|pulled|pulling|pull|abandoned|exited)/.test(verb)) props.withdrew = date ?? 'yes';
          add(ctx, 'PARTY_TO', a, b, s, 0.85, props);
          for (const c of coordinatedSubjects(ctx, text, ks, ai)) add(ctx, 'PARTY_TO', c, b, s, 0.85, props);
          break;
        }
      }
      // nominal: "the signing of the State Border Treaty by Kyrgyzstan and Tajikistan"
      if (al === 'Treaty' && bl === 'Country' && /^\s+by\s+(?:both\s+)?$/i.test(btw)) {
        const pre = text.slice(Math.max(sent.start, A.start - 40), A.start);
        const m = /\b(signing|ratification|signature)\s+of\s+(?:the\s+)?$/i.exec(pre);
        if (m) {
          const prop = /^ratif/i.test(m[1]) ? 'ratified' : 'signed';
          const date = dateAfter(ctx, s, B.end);
          const props = date ? { [prop]: date } : {};
          add(ctx, 'PARTY_TO', b, a, s, 0.8, props);
          for (const c of coordinatedCountries(ctx, text, ks, bi)) add(ctx, 'PARTY_TO', c, a, s, 0.8, props);
          break;
        }
      }
      // passive: "the Genocide Convention, ratified by Ukraine in 1954"
      if (al === 'Treaty' && bl === 'Country') {
        const m = /^\s*,?\s*(?:which\s+)?(?:was\s+|were\s+|had been\s+|has been\s+|have been\s+)?(signed|ratified)\s+by\s+(?:both\s+|all\s+)?(?:the\s+)?$/i.exec(btw);
        if (m) {
          const date = dateAfter(ctx, s, B.end);
          const props = date ? { [m[1].toLowerCase()]: date } : {};
          add(ctx, 'PARTY_TO', b, a, s, 0.8, props);
          // coordinated parties: "ratified by both Ukraine and Russia"
          for (const c of coordinatedCountries(ctx, text, ks, bi)) add(ctx, 'PARTY_TO', c, a, s, 0.8, props);
          break;
        }
      }
      if (al === 'Treaty' && bl === 'Organization' && (ESTABLISH.test(btw) || OF_THE.test(btw))) {
        add(ctx, 'ESTABLISHED', a, b, s, OF_THE.test(btw) ? 0.6 : 0.8);
        break;
      }
      if (al === 'Location' && bl === 'Organization' && CAMPUS.test(btw)) {
        add(ctx, 'LOCATED_IN', b, a, s, 0.6);
        break;
      }
      // "Minsk, the capital of Belarus", "Porto, Portugal", "Porto (Portugal)" (a country: "Kyiv (Kiev)" is one place)
      const inParens = ai === bi - 1 && bl === 'Country' && /^\s*[([]\s*$/.test(btw) && /^\s*[)\]]/.test(text.slice(B.end, B.end + 3));
      // (not two places of a list: "protests in Paris, London and Berlin")
      const listed = bi + 1 < ks.length && ['Location', 'Country'].includes(lab(ctx, ks[bi + 1])) && /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/.test(between(B, ctx.drafts[ks[bi + 1]]));
      // (a country's capital is in no place but a known region: "Security beefed up in Islamabad, Lahore" lists two
      // cities, "Paris, Texas" is a town of Texas)
      const capitalInPlace = bl === 'Location' && countryGazetteer().byCapital.has(A.name.toLowerCase()) && !PLACES[B.name.toLowerCase()];
      if (al === 'Location' && (bl === 'Country' || bl === 'Location') && !capitalInPlace && (CAPITAL_OF.test(btw) || (COMMA.test(btw) && ai === bi - 1 && !listed) || inParens)) {
        add(ctx, 'LOCATED_IN', a, b, s, CAPITAL_OF.test(btw) ? 0.9 : 0.7);
        break;
      }
      // "Kelly Airfield Annex in San Antonio", "Independence Square in Kyiv", "the Peace Palace in The Hague": a site in
      // the place or country named right after it
      if (al === 'Location' && (bl === 'Location' || bl === 'Country') && ai === bi - 1 && /^\s+in\s+(?:the\s+)?$/i.test(btw) && SITE_HEAD.test(A.name) && !SITE_HEAD.test(B.name)) {
        add(ctx, 'LOCATED_IN', a, b, s, 0.75);
        break;
      }
      // "from Raxaul in Bihar to Amlekhgunj in Nepal", "Maroantsetra in north eastern Madagascar": a town the gazetteer
      // does not place, in the region or country named right after it (not a capital or a region of the world)
      const town = al === 'Location' && ai === bi - 1 && TOWN_IN.test(btw) && A.placeCountry === undefined && !countryGazetteer().byCapital.has(A.name.toLowerCase()) && !(A.name.toLowerCase() in PLACES);
      // (not a country that owns what follows: "died in Jabalia in Israel's offensive"; "in Zurmi in Nigeria's Zamfara state" is)
      if (town && !/^['’]s?\s+\p{Ll}/u.test(text.slice(B.end, B.end + 5)) && (bl === 'Country' || (bl === 'Location' && !SITE_HEAD.test(B.name) && (B.placeCountry !== undefined || isPlaceWord(B.name.toLowerCase()))))) {
        add(ctx, 'LOCATED_IN', a, b, s, 0.7);
        break;
      }
      // "La Paz's central Plaza Murillo", "Kyiv's Maidan Square": a site of the place that owns it
      if (al === 'Location' && bl === 'Location' && ai === bi - 1 && SITE_OF_PLACE.test(btw) && SITE_HEAD.test(B.name) && !SITE_HEAD.test(A.name)) {
        add(ctx, 'LOCATED_IN', b, a, s, 0.75);
        break;
      }
      // "the court based in The Hague", "the agency, headquartered in Vienna,"
      // (not an employer named after a role: "a correspondent for Reuters based in Moscow", "members of Hamas based in Doha")
      if (al === 'Organization' && bl === 'Location' && ai === bi - 1 && BASED_IN.test(btw) && !/\b(?:for|of|at|from|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sent.start, A.start - 12), A.start))) {
        add(ctx, 'LOCATED_IN', a, b, s, 0.8);
        break;
      }
      // "the Russian embassy in Chisinau", "the ICJ in The Hague": an embassy or a court is where the text puts it (a court
      // or an embassy stays where it is; a body's people travel: "the EU in Niger")
      if (al === 'Organization' && bl === 'Location' && ai === bi - 1 && /^\s+in\s+$/.test(btw) && (A.kind === 'court' || /\b(?:embassy|consulate|high commission)\b/i.test(A.name)) && B.placeCountry !== undefined) {
        add(ctx, 'LOCATED_IN', a, b, s, 0.75);
        break;
      }
      if (al === 'Organization' && bl === 'Location' && IN_THE.test(btw) && ai === bi - 1 && /(based|headquartered|located|seated|sits)\s+in\s/i.test(sentence.slice(A.end - sent.start))) {
        add(ctx, 'LOCATED_IN', a, b, s, 0.75);
        break;
      }
      if ((al === 'Country' || al === 'Person') && (bl === 'Country' || bl === 'Person') && ALLY_OF.test(btw)) {
        add(ctx, 'ALLY_OF', a, b, s, 0.8);
        break;
      }
      if (al === 'Country' && bl === 'Country' && BORDER.test(btw)) {
        add(ctx, 'BORDERS', a, b, s, 0.85);
        // coordinated objects: "bordering Russia and China"
        for (const c of coordinatedCountries(ctx, text, ks, bi)) add(ctx, 'BORDERS', a, c, s, 0.85);
        break;
      }
      // "the spokesman for Ukraine's National Security and Defense Council Andrei Lysenko", and in apposition
      // after "the": "the president of Cuba, Miguel Díaz-Canel"
      const apposed = /^\s*,\s*$/.test(btw);
      if ((al === 'Organization' || al === 'Country') && bl === 'Person' && ai === bi - 1 && (/^\s+$/.test(btw) || apposed) && B.via === 'name' && (!B.titles?.length || apposed)) {
        const pre = text.slice(Math.max(sent.start, A.start - 60), A.start);
        const m = /\b((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:for|of|at)\s+(?:the\s+)?(?:[\p{L}'’-]+['’]s\s+)?$/iu.exec(pre);
        const found = m ? longestTitleSuffix(m[1].trim()) : undefined;
        // in apposition only as "the <title> of": "leaders of Cuba, X said" names no office
        const title = found && (!apposed || theTitleBefore(pre, found)) ? found : undefined;
        // (coreference may have recorded it already, linking "the president of Cuba" to the name)
        if (title && !ctx.relations.some((x) => root(ctx, x.from) === root(ctx, b) && root(ctx, x.to) === root(ctx, a))) {
          const f = titleFact(TITLES[title.toLowerCase()], title);
          add(ctx, f.type, b, a, s, 0.75, f.properties);
          break;
        }
      }
      // "Nelson Chamisa, 45, who heads the Citizens Coalition for Change"
      if (al === 'Person' && bl === 'Organization' && HEADS.test(btw)) {
        add(ctx, 'LEADER_OF', a, b, s, 0.75);
        break;
      }
      // "Jan Egeland, UN Under-Secretary-General for Humanitarian Affairs, said", "Ned Price, State Department spokesman,":
      // the body opens the appositive and its title follows it
      // (a country there is the holder's only for a state's office: "Keith Kellogg, Ukraine envoy" works for the US; and
      // a body after the title's "for"/"of"/"at" is the employer: "X, Russia director for Human Rights Watch")
      // (a demonym too, for a state's office: "David Lammy, British Foreign Secretary, visited Kyiv"; the whole phrase up to
      // the comma first: "Marco Rubio, US Secretary of State, said", "John Kirby, White House national security spokesman,")
      if (al === 'Person' && (bl === 'Organization' || bl === 'Country') && COMMA.test(btw)) {
        const rest = text.slice(B.end, Math.min(sent.end, B.end + 60));
        const comma = /^\s+([^,;()]{1,50}?)\s*,/.exec(rest);
        // (only a title: a name after it makes a list of officials, "Chinese Premier Li Qiang, Russian Prime Minister X,")
        const named = (end: number) => ks.slice(bi + 1).some((k) => ctx.drafts[k].start < end && lab(ctx, k) === 'Person');
        const whole = comma && comma[1].split(/\s+/).length <= 5 && !named(B.end + comma[0].length) ? longestTitleSuffix(comma[1]) : undefined;
        const tm = whole ? null : TITLE_AFTER_BODY.exec(rest);
        const m = tm && !named(B.end + tm[0].length) ? tm : null;
        const next = ks[bi + 1] !== undefined ? ctx.drafts[ks[bi + 1]] : undefined;
        const bodyAfter = !!m && m[2] !== undefined && next !== undefined && next.start === B.end + m[0].length + (/^the\s/i.test(text.slice(B.end + m[0].length)) ? 4 : 0) && lab(ctx, ks[bi + 1]) === 'Organization';
        const found = whole ?? (m && m[1].toLowerCase() in TITLES && !bodyAfter ? m[1] : undefined);
        const title = found && (bl === 'Organization' ? B.via !== 'demonym' : GOVERNMENT_TITLE.test(found)) ? found : undefined;
        if (title && !ctx.relations.some((x) => root(ctx, x.from) === root(ctx, a) && root(ctx, x.to) === root(ctx, b))) {
          // (an office "for" a field of a body of states leads no such body: "UN High Commissioner for Refugees")
          const role = TITLES[title.toLowerCase()];
          const forField = m?.[2] !== undefined || (!!whole && /\s(?:for|on)\s/i.test(comma![1]));
          const f = titleFact(role === 'leader' && forField && B.kind === 'intergovernmental' ? 'work' : role, title);
          add(ctx, f.type, a, b, s, 0.75, f.properties);
          break;
        }
      }
      // "X, head of the Chinese delegation": the title is the delegation's, not the country's
      if (al === 'Person' && (bl === 'Organization' || (bl === 'Country' && B.via !== 'demonym'))) {
        // (nor a title in front of the next name: "X, Senior Advisor to U.S. President Trump Jared Kushner, and Y")
        const upTo = text.indexOf(',', B.end) < 0 ? sent.end : text.indexOf(',', B.end);
        const after = ks.filter((k) => ctx.drafts[k].start >= B.end && ctx.drafts[k].end <= upTo && lab(ctx, k) === 'Person');
        // (or right after the body: "X, the head of the Prime Minister's Department Max Moore-Wilton, Y" lists Moore-Wilton's)
        // (an untitled one: "U.S. President Trump Jared Kushner" is Kushner's)
        const next = after.find((k, j) => /^\s+$/.test(between(j > 0 ? ctx.drafts[after[j - 1]] : B, ctx.drafts[k])) && (j > 0 || !ctx.drafts[k].titles?.length));
        // (not past another body that opens the appositive: "X, UN special envoy for Syria" works for the UN)
        // (a possessor of this body is no other body: "head of Poland's Institute of National Remembrance")
        const bodyBetween = bl === 'Country' && ks.slice(ai + 1, bi).some((k) => (ctx.drafts[k].via === 'name' || ctx.drafts[k].via === 'abbreviation') && (lab(ctx, k) === 'Organization' || lab(ctx, k) === 'Country') && !POSSESSIVE_AFTER.test(between(ctx.drafts[k], B)));
        const m = bodyBetween ? null : APPOSITIVE_TITLE.exec(btw);
        // (an envoy "for" a country is sent about it: "X, special envoy for Iran" works for whoever sent them)
        const portfolio = m && bl === 'Country' && /\b(?:envoy|rapporteur|coordinator|representative)\s+(?:for|on)\s+(?:the\s+)?$/i.test(btw);
        // (the owner of the body the title is of holds no office through it: "head of Poland's Institute of National
        // Remembrance" works for Poland, leads no country; "the leader of the JVP party's broader front" leads no JVP)
        // (a state's armed service or agency makes its head the state's officer, any other body nothing: "commander of
        // Ukraine's Armed Forces" works for Ukraine, "leader of Lebanon's Hezbollah" not)
        const owned = ks[bi + 1] !== undefined ? ctx.drafts[ks[bi + 1]] : undefined;
        const owner = !!m && !!owned && lab(ctx, ks[bi + 1]) === 'Organization' && owned.kind !== 'ministry' && owned.kind !== 'government' &&
          /^(?:\s+(?:party|group|movement))?['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(between(B, owned));
        const stateOwned = owner && owned!.kind === 'military' && !ARMED_GROUP.test(owned!.name);
        // (nor a body named in lower case after the state's possessive: "head of Ukraine's military intelligence agency",
        // "governor of Russia's central bank"; a parliament's speaker speaks for no state)
        const ownedPhrase = !!m && bl === 'Country' && STATE_AGENCY_AFTER.exec(text.slice(B.end, Math.min(sent.end, B.end + 60)));
        // (a past office gives none: "X, former consul general of Saudi Arabia")
        const title = m && !portfolio && !(owner && (bl !== 'Country' || !stateOwned)) && !/\b(?:former|ex|late|then|previous|one-time|onetime)\b/i.test(m[1]) ? longestTitleSuffix(m[1].trim()) : undefined;
        if (title && !(ownedPhrase && title.toLowerCase() === 'speaker')) {
          const role = TITLES[title.toLowerCase()];
          const f = titleFact((owner || ownedPhrase) && role === 'leader' ? 'work' : role, title);
          // (the title then belongs to that next name: Jared Kushner is the advisor)
          add(ctx, f.type, next ?? a, b, s, 0.75, f.properties);
          break;
        }
      }
    }
    // "The Peace Palace in The Hague, where the International Court of Justice is located"
    if (bl === 'Organization' && /^\s+(?:is|are|was|were|has been)\s+(?:located|based|headquartered|housed|seated)\b/i.test(text.slice(B.end, B.end + 40))) {
      const pre = text.slice(Math.max(sent.start, B.start - 20), B.start);
      if (/,\s*where\s+(?:the\s+)?$/i.test(pre)) {
        for (let ai = bi - 1; ai >= 0; ai--) {
          if (lab(ctx, ks[ai]) === 'Location') { add(ctx, 'LOCATED_IN', b, ks[ai], s, 0.8); break; }
        }
      }
    }
    // "In Tbilisi, FM X visited the Heroes' Square": a named site in a sentence that opens with its city
    if (bl === 'Location' && bi > 0 && SITE_HEAD.test(B.name) && lab(ctx, ks[0]) === 'Location' && ctx.drafts[ks[0]].placeCountry !== undefined && !SITE_HEAD.test(ctx.drafts[ks[0]].name)) {
      const first = ctx.drafts[ks[0]];
      // (only where the clause's own verb of presence takes the site, "visited the ...", "laid a wreath at the ...";
      // not a site in reported speech or one placed elsewhere, "said ... Ramstein Air Base in Germany")
      const clause = text.slice(first.end, B.start);
      if (/^\s*In\s+$/.test(text.slice(sent.start, first.start)) && /^\s*,/.test(clause) && PRESENCE_VERB.test(clause) && !SPEECH_BETWEEN.test(clause) && !/^\s+in\s/i.test(text.slice(B.end, B.end + 4))) add(ctx, 'LOCATED_IN', b, ks[0], s, 0.7);
    }
    // "Nigeria's economic capital Lagos", "Ukraine's port city of Odesa", "the Belarusian capital Minsk",
    // "South Sudan's Central Equatoria state", "Ukraine's Donetsk region"
    if (bl === 'Location') {
      for (let ai = bi - 1; ai >= 0; ai--) {
        const A = ctx.drafts[ks[ai]];
        if (A.end > B.start) continue;
        const btw = between(A, B);
        const kindBefore = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:capital|city|port|region|province|town|state)\s+(?:of\s+)?$/i.test(btw);
        const kindAfter = /^['’]s\s+$/.test(btw) && REGION_AFTER.test(text.slice(B.end, B.end + 16));
        // (a demonym's kind of place: "the Belarusian capital Minsk", "the Russian city of Kazan", "the southern Lebanese town of Naqoura")
        const demonymKind = (A.via === 'demonym' || (/^[A-Z.]{2,6}$/.test(A.text) && /\bthe\s+$/i.test(text.slice(Math.max(sent.start, A.start - 5), A.start)))) && (/^\s+capital(?:\s+city)?\s*,?\s+(?:of\s+)?$/i.test(btw) || /^\s+(?:border\s+|port\s+|coastal\s+|frontier\s+)?(?:city|town|village|port|region|province)\s+of\s+$/i.test(btw));
        if (lab(ctx, ks[ai]) === 'Country' && (kindBefore || kindAfter || demonymKind)) add(ctx, 'LOCATED_IN', b, ks[ai], s, 0.8);
        break;
      }
    }
    // "its ally Armenia", "Russia's ally Belarus"
    if (bl === 'Country' || bl === 'Person') {
      const before = text.slice(Math.max(sent.start, B.start - 40), B.start);
      const m = ALLY_BEFORE.exec(before);
      if (m) {
        const owner = ks.find((k) => ctx.drafts[k].via === 'coreference' && ctx.drafts[k].end <= B.start && ctx.drafts[k].start >= B.start - 40 && /^(its|their|his|her)$/i.test(ctx.drafts[k].text));
        if (owner !== undefined && ctx.drafts[owner].refersTo !== undefined) add(ctx, 'ALLY_OF', owner, b, s, 0.8);
      }
      const poss = /(\S+)['’]s\s+(?:close\s+|key\s+|main\s+|staunch\s+)?ally\s*,?\s*$/i.exec(before);
      if (poss) {
        const ownerEnd = B.start - poss[0].length + poss[1].length;
        const owner = ks.find((k) => ctx.drafts[k].end === ownerEnd);
        if (owner !== undefined) add(ctx, 'ALLY_OF', owner, b, s, 0.8);
      }
    }
    // "The Hague-based court"
    if (B.head === 'based' && (B.label === 'Location' || B.label === 'Country')) {
      const org = ks.find((k) => ctx.drafts[k].end > B.end && ctx.drafts[k].start <= B.end + 20 && ctx.drafts[k].label === 'Organization');
      if (org !== undefined) add(ctx, 'LOCATED_IN', org, b, s, 0.85);
    }
  }
  // "Hungary was the only remaining NATO member", "Turkey, a NATO member, ...": the organisation names the membership
  for (let i = 0; i + 1 < ks.length; i++) {
    const C = ctx.drafts[ks[i]];
    const O = ctx.drafts[ks[i + 1]];
    if (lab(ctx, ks[i]) !== 'Country' || lab(ctx, ks[i + 1]) !== 'Organization') continue;
    if (!/^\s+member(?:\s+(?:state|country|nation))?\b(?!\s+of\b|\s*(?:candidate|hopeful|aspirant|applicant)s?\b)/i.test(text.slice(O.end, O.end + 30))) continue;
    if (ORG_MEMBER_BEFORE.test(between(C, O))) add(ctx, 'MEMBER_OF', ks[i], ks[i + 1], s, 0.8);
  }
  // "all European Union member states (except Hungary)", "NATO members such as Poland and Lithuania"
  for (let i = 0; i + 1 < ks.length; i++) {
    const O = ctx.drafts[ks[i]];
    if (lab(ctx, ks[i]) !== 'Organization' || lab(ctx, ks[i + 1]) !== 'Country') continue;
    // (or the members named right after: "UN Security Council members Russia and China", "NATO member Turkey")
    const gap = between(O, ctx.drafts[ks[i + 1]]);
    // (of a body of states; after "members" one country with a verb of its own is a clause's subject: "Security Council
    // members Israel lobbied"; "NATO member Turkey objected" is the member)
    const C1 = ctx.drafts[ks[i + 1]];
    const subjectOfClause = /members\s+(?:the\s+)?$/i.test(gap) && opensClause(ctx, ks[i + 1]);
    const named = /^\s+members?\s+(?:the\s+)?$/i.test(gap) && ctx.drafts[root(ctx, ks[i])].kind === 'intergovernmental' && C1.via === 'name' && !subjectOfClause;
    if (!named && !/^\s+member(?:s|\s+states|\s+countries|\s+nations)?\s*[(,]?\s*(?:including|such as|except|like|among them|notably)\s+(?:the\s+)?$/i.test(gap)) continue;
    for (let j = i + 1; j < ks.length && lab(ctx, ks[j]) === 'Country'; j++) {
      if (j > i + 1 && !/^\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?$/i.test(between(ctx.drafts[ks[j - 1]], ctx.drafts[ks[j]]))) break;
      add(ctx, 'MEMBER_OF', ks[j], ks[i], s, 0.7);
    }
  }
  // "the trade bloc EFTA, including Norway and Switzerland", "The European Free Trade Association (EFTA) — made up
  // of non-EU nations, including Iceland and Liechtenstein": the countries a bloc includes are its members
  for (let i = 0; i + 1 < ks.length; i++) {
    const O = ctx.drafts[ks[i]];
    if (lab(ctx, ks[i]) !== 'Organization' || lab(ctx, ks[i + 1]) !== 'Country' || !BLOC_LIST.test(between(O, ctx.drafts[ks[i + 1]]))) continue;
    const bloc = ctx.drafts[root(ctx, ks[i])].kind === 'intergovernmental' || BLOC_NOUN_BEFORE.test(text.slice(Math.max(sent.start, O.start - 30), O.start));
    if (!bloc) continue;
    for (let j = i + 1; j < ks.length && lab(ctx, ks[j]) === 'Country'; j++) {
      if (j > i + 1 && !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(between(ctx.drafts[ks[j - 1]], ctx.drafts[ks[j]]))) break;
      // a country that only owns what is included is no member: "Hezbollah, including Lebanon's fighters"
      if (ownsNext(text, ctx.drafts[ks[j]].end)) break;
      add(ctx, 'MEMBER_OF', ks[j], ks[i], s, 0.7);
    }
  }
  // "Iranian Ambassador to Australia Ahmad Sadeghi", "Russia's ambassador to the UN in Vienna Mikhail Ulyanov": an
  // envoy works for the state named right before the title (a demonym or a possessive), not the one sent to
  for (let pi = 0; pi < ks.length; pi++) {
    const P = ctx.drafts[ks[pi]];
    if (lab(ctx, ks[pi]) !== 'Person' || P.via !== 'name') continue;
    const envoy = ENVOY_TO.exec(text.slice(Math.max(sent.start, P.start - 90), P.start));
    if (!envoy) continue;
    const titleStart = P.start - envoy[0].length;
    const sender = ks.find((k) => lab(ctx, k) === 'Country' && ctx.drafts[k].end <= titleStart && ENVOY_SENDER_GAP.test(text.slice(ctx.drafts[k].end, titleStart)));
    if (sender === undefined) continue;
    add(ctx, 'WORKS_FOR', ks[pi], sender, s, 0.75, { role: envoy[1] });
    // (the state or body they are sent to is not their employer: a fact read from "envoy to X" before goes)
    const person = root(ctx, ks[pi]);
    for (let q = ctx.relations.length - 1; q >= 0; q--) {
      const r = ctx.relations[q];
      const to = ctx.drafts[r.to];
      if ((r.type === 'WORKS_FOR' || r.type === 'LEADER_OF') && root(ctx, r.from) === person && to.start >= titleStart && to.end <= P.start) ctx.relations.splice(q, 1);
    }
  }
  // "DW's Teri Schultz", "CNN's Christiane Amanpour": an outlet's journalist works for it
  for (let i = 0; i + 1 < ks.length; i++) {
    if (lab(ctx, ks[i]) !== 'Organization' || lab(ctx, ks[i + 1]) !== 'Person' || ctx.drafts[root(ctx, ks[i])].kind !== 'media') continue;
    // (not its owner or chief, "The Washington Post's Jeff Bezos bought the paper", "the BBC's director general X":
    // a title of their own says what they are)
    const P = ctx.drafts[ks[i + 1]];
    if (/^['’]s?\s+$/.test(between(ctx.drafts[ks[i]], P)) && P.via === 'name' && !P.titles?.length && !OUTLET_OWNER.test(text.slice(P.end, Math.min(sent.end, P.end + 30)))) add(ctx, 'WORKS_FOR', ks[i + 1], ks[i], s, 0.65);
  }
  // "Joakim Medin, who works for the Dagens ETC newspaper", "X works for Reuters": a person who works for a body (not
  // a state: "works for Ukraine" is for its good)
  for (let i = 0; i + 1 < ks.length; i++) {
    if (lab(ctx, ks[i]) !== 'Person' || lab(ctx, ks[i + 1]) !== 'Organization') continue;
    if (!WORKS_FOR_VERB.test(between(ctx.drafts[ks[i]], ctx.drafts[ks[i + 1]]))) continue;
    // (not the object of a relative clause: "The woman who met Joe Biden works for Human Rights Watch")
    if (!/\b(?:who|that|which|whom)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(text.slice(Math.max(sent.start, ctx.drafts[ks[i]].start - 30), ctx.drafts[ks[i]].start))) add(ctx, 'WORKS_FOR', ks[i], ks[i + 1], s, 0.7);
  }
  // "ASEAN, a regional organisation founded in Bangkok in 1967, consists of Brunei, Cambodia, ... and Vietnam", "the
  // four BRICS countries (Brazil, Russia, India and China)", "the Quad countries -- India, the US, Australia and Japan
  // --": the countries a body is made of are its members
  for (let i = 0; i + 2 < ks.length; i++) {
    if (lab(ctx, ks[i]) !== 'Organization') continue;
    const O = ctx.drafts[ks[i]];
    let j = i + 1;
    while (j < ks.length && lab(ctx, ks[j]) !== 'Country') j++;
    if (j >= ks.length) continue;
    const gap = between(O, ctx.drafts[ks[j]]);
    const madeOf = MADE_OF.exec(gap);
    const dashed = MEMBERS_LISTED.exec(gap);
    // (between the body and its verb, only an aside in commas: "ASEAN, a regional organisation founded in ..., consists of")
    if (!(madeOf && (j === i + 1 || madeOf[1])) && !(dashed && j === i + 1)) continue;
    const list = [ks[j], ...coordinatedCountries(ctx, text, ks, j, true)];
    const end = ctx.drafts[list[list.length - 1]].end;
    // (a dash, a bracket or a colon closes the list: "the EU countries, the US and Canada" lists no members)
    if (dashed && !/^\s*(?:--|—|–|\)|[.;]|$)/.test(text.slice(end, sent.end))) continue;
    const kind = ctx.drafts[root(ctx, ks[i])].kind;
    if (list.length < 2 || (kind !== 'intergovernmental' && list.length < 3) || ownsNext(text, end)) continue;
    for (const c of list) add(ctx, 'MEMBER_OF', c, ks[i], s, 0.7);
  }
  // "the Presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon", "the Foreign Ministers of Russia,
  // Azerbaijan and Armenia Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan": pairs, in order (as many of each)
  const plural = /\b(presidents|prime ministers|premiers|leaders|foreign ministers|defence ministers|defense ministers|chancellors|kings)\s+of\s+(?:the\s+)?$/i;
  const listGap = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/;
  for (let i = 0; i + 3 < ks.length; i++) {
    const D = (k: number) => ctx.drafts[k];
    if (lab(ctx, ks[i]) !== 'Country') continue;
    const m = plural.exec(text.slice(Math.max(sent.start, D(ks[i]).start - 40), D(ks[i]).start));
    if (!m) continue;
    // the countries, then as many people, each list joined by commas and a last "and"
    const run = (from: number, label: string) => {
      const out = [ks[from]];
      for (let j = from + 1; j < ks.length && lab(ctx, ks[j]) === label && listGap.test(between(D(ks[j - 1]), D(ks[j]))); j++) out.push(ks[j]);
      return /^\s+and\s+(?:the\s+)?$/.test(out.length > 1 ? between(D(out[out.length - 2]), D(out[out.length - 1])) : '') ? out : [];
    };
    const countries = run(i, 'Country');
    const first = i + countries.length;
    if (countries.length < 2 || first >= ks.length || lab(ctx, ks[first]) !== 'Person' || !/^\s*,?\s*$/.test(between(D(countries[countries.length - 1]), D(ks[first])))) continue;
    const people = run(first, 'Person');
    if (people.length !== countries.length) continue;
    const { type, role } = pluralOffice(m[1]);
    for (let j = 0; j < people.length; j++) add(ctx, type, people[j], countries[j], s, 0.75, { role });
  }
  // the other order: "Donald Trump and Kim Jong-Un have become the first sitting leaders of the US and North Korea"
  for (let i = 0; i + 3 < ks.length; i++) {
    const [p1, p2, c1, c2] = ks.slice(i, i + 4);
    if (lab(ctx, p1) !== 'Person' || lab(ctx, p2) !== 'Person' || lab(ctx, c1) !== 'Country' || lab(ctx, c2) !== 'Country') continue;
    const D = (k: number) => ctx.drafts[k];
    const gap = between(D(p2), D(c1));
    // ("X and Y, the presidents of A and B", "X and Y have become the first sitting leaders of A and B"; not "were
    // critics of the leaders of A and B")
    const m = /^(?:\s*,\s*the|\s+(?:who\s+)?(?:are|have become|became)\s+(?:the\s+)?)\s*(?:[\p{L}-]+\s+){0,3}?(presidents|prime ministers|premiers|leaders|foreign ministers|defence ministers|defense ministers|chancellors|kings)\s+of\s+(?:the\s+)?$/iu.exec(gap);
    if (!m || /\b(?:former|ex|late|critics?|opponents?|rivals?|enemies|wives|sons|daughters|advis[eo]rs|aides)\b/i.test(gap) || !/^\s+and\s+$/.test(between(D(p1), D(p2))) || !/^\s+and\s+(?:the\s+)?$/.test(between(D(c1), D(c2)))) continue;
    const { type, role } = pluralOffice(m[1]);
    add(ctx, type, p1, c1, s, 0.7, { role });
    add(ctx, type, p2, c2, s, 0.7, { role });
  }
  // "heads of state and government including Zambia's Hakainde Hichilema, Zimbabwe's Emmerson Mnangagwa and
  // Namibia's Nangolo Mbumba": each country's person in the list is one of its leaders
  const heads = HEADS_INCLUDING.exec(sentence);
  // (not former ones: "Former presidents were in attendance, including America's Barack Obama")
  if (heads && !/\b(?:former|ex-|past|late|previous)\s*$/i.test(sentence.slice(Math.max(0, heads.index - 12), heads.index))) {
    const from = sent.start + heads.index + heads[0].length;
    let prevEnd = from;
    for (let i = 0; i + 1 < ks.length; i++) {
      const C = ctx.drafts[ks[i]];
      if (C.start < from) continue;
      if (lab(ctx, ks[i]) !== 'Country') break;
      // (a place glued to the country's name: "Congo Brazzaville's Denis Sassou Nguesso")
      let j = i + 1;
      while (j < ks.length && lab(ctx, ks[j]) === 'Location' && /^\s+$/.test(between(ctx.drafts[ks[j - 1]], ctx.drafts[ks[j]]))) j++;
      if (j >= ks.length || lab(ctx, ks[j]) !== 'Person') break;
      const P = ctx.drafts[ks[j]];
      const gap = between(ctx.drafts[ks[j - 1]], P);
      // an item with a title of its own ("Nigerian President Bola Ahmed Tinubu") has its fact from the title
      const titled = !!P.titles?.length && j === i + 1 && /^\s+(?:[\p{L} .-]{1,40}\s+)?$/u.test(gap);
      if (!/^['’]s\s+$/.test(gap) && !titled) break;
      if (!/^\s*(?:,|and|,\s*and|as well as)?\s*$/.test(text.slice(prevEnd, C.start))) break;
      if (!P.titles?.length) add(ctx, 'LEADER_OF', ks[j], ks[i], s, 0.7, { role: 'Leader' });
      prevEnd = P.end;
      i = j;
    }
  }
  // "the maritime border between Israel and Lebanon", "the border dispute between India and China": they border each other
  for (let i = 0; i + 1 < ks.length; i++) {
    const X = ctx.drafts[ks[i]];
    const Y = ctx.drafts[ks[i + 1]];
    if (lab(ctx, ks[i]) !== 'Country' || lab(ctx, ks[i + 1]) !== 'Country' || !/^\s+and\s+(?:the\s+)?$/.test(between(X, Y))) continue;
    if (BORDER_BETWEEN.test(text.slice(Math.max(sent.start, X.start - 40), X.start))) add(ctx, 'BORDERS', ks[i], ks[i + 1], s, 0.75);
    // "allied relations between Uzbekistan and Russia", "the alliance between the US and Japan"
    // (not one denied, refused, doubted or ended: "There is no alliance between India and the US")
    if (ALLIANCE_BETWEEN.test(text.slice(Math.max(sent.start, X.start - 40), X.start)) && !ALLIANCE_DENIED.test(sentence)) add(ctx, 'ALLY_OF', ks[i], ks[i + 1], s, 0.75);
  }
  // "Venezuela should not seize neighboring Guyana's province", "Russia's war in neighbouring Ukraine", "Kyrgyzstan said
  // ... border clashes with Tajikistan": the country called neighbouring, or met in a border fight, borders the
  // sentence's first country named before it
  for (let i = 1; i < ks.length; i++) {
    const Y = ctx.drafts[ks[i]];
    if (lab(ctx, ks[i]) !== 'Country' || !(/\bneighbou?ring\s+$/i.test(text.slice(Math.max(sent.start, Y.start - 14), Y.start)) || BORDER_FIGHT_WITH.test(text.slice(Math.max(sent.start, Y.start - 50), Y.start)))) continue;
    // (the sentence's first country, its subject or possessor most often: "India's Modi visited Japan, then neighbouring
    // Bangladesh" is India's neighbour, not Japan's)
    const j = ks.findIndex((k, x) => x < i && lab(ctx, k) === 'Country');
    if (j >= 0 && ctx.drafts[root(ctx, ks[j])].name !== ctx.drafts[root(ctx, ks[i])].name) add(ctx, 'BORDERS', ks[j], ks[i], s, 0.7);
  }
  // "We are neighbors": two countries in this or the previous sentence
  if (NEIGHBOURS.test(sentence)) {
    const countries = new Map<string, number>();
    for (const d of ctx.drafts.map((_, k) => k)) {
      const D = ctx.drafts[d];
      if (D.dropped || lab(ctx, d) !== 'Country' || D.sentence < s - 1 || D.sentence > s) continue;
      const code = ctx.drafts[root(ctx, d)].countryCode ?? ctx.drafts[root(ctx, d)].name;
      if (!countries.has(code)) countries.set(code, d);
    }
    if (countries.size === 2) {
      const [x, y] = [...countries.values()];
      add(ctx, 'BORDERS', x, y, s, 0.6);
    }
  }
}

/**
 * Does `pre` end with "the <title> of/for/at (the) (X's)", the title not itself the complement of another
 * noun ("an adviser to the president of Ukraine, X": X is the adviser)?
 */
function theTitleBefore(pre: string, title: string): boolean {
  const t = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const m = new RegExp(`\\bthe\\s+${t}\\s+(?:for|of|at)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+['’]s\\s+)?$`, 'iu').exec(pre);
  return !!m && !OF_ANOTHER.test(pre.slice(0, m.index));
}

/** "former foreign minister" -> "foreign minister"; undefined if no title ends the phrase */
function longestTitleSuffix(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  // the first title in the phrase, longest first: "lecturer in international criminal law" -> lecturer
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(4, words.length - k); n > 0; n--) {
      const cand = words.slice(k, k + n).join(' ');
      if (cand.toLowerCase() in TITLES) return cand;
    }
  }
  return undefined;
}

function dateAfter(ctx: Ctx, s: number, from: number): string | undefined {
  const sent = ctx.an.sentences[s];
  const dates = sentenceDates(ctx, s);
  const rel = from - sent.start;
  const after = dates.filter((d) => d.names === undefined && d.start >= rel && d.start - rel < 40);
  return after[0]?.iso;
}

/**
 * Places from the gazetteer lie in their country only where the text says so: it calls the place a
 * capital ("in the capital Harare", "the capital, Abuja") and the article names that country, or the place
 * is where a visit goes and its country is named in the same sentence ("Putin's visit to Ulaanbaatar ...
 * Mongolia"). A capital merely mentioned beside its country ("a win for Beijing", "in Hanoi" between China
 * and Vietnam) is world knowledge, not something the article states.
 */
function gazetteerLocations(ctx: Ctx): void {
  const firstCountry = new Map<string, number>();
  ctx.drafts.forEach((d, k) => {
    if (d.label === 'Country' && d.countryCode && !d.dropped && d.via !== 'description' && d.via !== 'coreference' && !firstCountry.has(d.countryCode)) firstCountry.set(d.countryCode, k);
  });
  const done = new Set<string>();
  ctx.drafts.forEach((d, k) => {
    if (d.label !== 'Location' || !d.placeCountry || d.dropped || done.has(d.name)) return;
    const c = firstCountry.get(d.placeCountry);
    if (c === undefined) return;
    if (ctx.relations.some((r) => r.type === 'LOCATED_IN' && ctx.drafts[r.from].name === d.name)) return;
    const sent = ctx.an.sentences[d.sentence];
    const before = ctx.text.slice(Math.max(sent.start, d.start - 80), d.start);
    const after = ctx.text.slice(d.end, Math.min(sent.end, d.end + 40));
    const calledCapital = /\bcapital(?:\s+city)?\s*,?\s+(?:of\s+)?$/i.test(before) || /^\s*,\s*(?:the|its)\s+(?:[\w-]+\s+)?capital\b/i.test(after);
    const sameSentence = ctx.drafts.some((x) => x.sentence === d.sentence && x.label === 'Country' && x.countryCode === d.placeCountry && x.via === 'name' && !x.dropped);
    const visited = sameSentence && /\b(?:visit|visits|visited|visiting|trip|arrived|arrives|arriving|arrival)\b[^.;,]{0,60}?\b(?:to|in)\s+$/i.test(before);
    if (!calledCapital && !visited) return;
    done.add(d.name);
    add(ctx, 'LOCATED_IN', k, c, d.sentence, calledCapital ? 0.6 : 0.5);
  });
}
