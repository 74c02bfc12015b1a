/**
 * Within-article linking, in this order:
 *   1. abbreviations defined in the text ("International Criminal Court (ICC)") and later uses of them;
 *   2. short person names to the one full name that contains them ("Putin" -> "Vladimir Putin");
 *   3. descriptions to the nearest compatible antecedent ("the court" -> the nearest court; "the Russian
 *      leader" -> the nearest person titled as a leader, of Russia if known; "the country" -> the nearest
 *      country named, or the most mentioned one for "host"/"neighbouring" country), stopped by an indefinite
 *      phrase of the same head ("a government spokesperson ... the spokesman" stays unresolved);
 *   4. pronouns only when one candidate is in reach (this sentence before it, or the previous one).
 * Unresolved descriptions and pronouns are dropped.
 */
import { root, type Ctx, type MentionDraft } from './draft';
import { OF_ANOTHER } from './names';
import { SURNAME_PARTICLE, titleRelation } from './mentions';
import { ALLIANCE_NAMES } from './gazetteer/lexicon';

const SPEECH = /^(said|says|say|told|tells|added|adds|stressed|announced|stated|noted|warned|claimed|responded|replied|denied|wrote|reported|insisted|urged|explained|confirmed)$/;
const TREATY_VERBS = /^(ratified|signed|joined|ratify|sign|join|ratifying|signing|joining|adopted|acceded)$/;
const ACRONYM = /^[A-Z][A-Z0-9&\/.]{1,7}$/;

/** between a name and the office it will take: "will be sworn in as", "is expected to become", "would be" */
const FUTURE_OFFICE = /\b(?:will|would|shall|could|may|might|to)\s+(?:be\s+|become\s+)/;

export function linkMentions(ctx: Ctx, usePronouns: boolean): void {
  // arrays here and below are built by push, not map/filter: TurboFan's inlined map and filter make
  // holey arrays where the interpreter's are packed, and the code reading them was deoptimised once
  // per worker thread ("wrong map") and compiled again
  const order: number[] = [];
  for (let k = 0; k < ctx.drafts.length; k++) order.push(k);
  order.sort((a, b) => ctx.drafts[a].start - ctx.drafts[b].start || a - b);
  linkAbbreviations(ctx, order);
  linkShortNames(ctx, order);
  for (const k of order) {
    const d = ctx.drafts[k];
    if (d.via === 'description' && !d.blocker) resolveDescription(ctx, order, k);
  }
  for (const k of order) {
    const d = ctx.drafts[k];
    if (d.via !== 'coreference') continue;
    if (!usePronouns) { d.dropped = true; continue; }
    resolvePronoun(ctx, order, k);
  }
  for (const d of ctx.drafts) if (d.blocker || ((d.via === 'description' || d.via === 'coreference') && d.refersTo === undefined)) d.dropped = true;
}

function linkAbbreviations(ctx: Ctx, order: number[]): void {
  const toks = ctx.an.tokens;
  const defined = new Map<string, number>();
  for (const k of order) {
    const d = ctx.drafts[k];
    if (d.via === 'description' || d.via === 'coreference' || !ACRONYM.test(d.text)) continue;
    const o = d.tokStart;
    // "(ICC)" or "[FARC]" right after a longer name
    if (o >= 2 && ((toks[o - 1].text === '(' && toks[d.tokEnd]?.text === ')') || (toks[o - 1].text === '[' && toks[d.tokEnd]?.text === ']'))) {
      const long = ctx.drafts.findIndex((x) => x.tokEnd === o - 1 && x.label !== 'Person' && x.text.length > d.text.length);
      // (or an acronym of the name in its own language, sharing two of its letters: "National Liberation Army [ELN]")
      if (long >= 0 && (initialsMatch(ctx.drafts[long].name, d.text) || (ctx.drafts[long].label === 'Organization' && sharedInitials(ctx.drafts[long].name, d.text) >= 2))) {
        const L = ctx.drafts[long];
        Object.assign(d, { label: L.label, name: L.name, kind: L.kind, via: 'abbreviation', refersTo: root(ctx, long), confidence: Math.max(d.confidence, 0.9) });
        defined.set(d.text, root(ctx, long));
        continue;
      }
    }
    const def = defined.get(d.text);
    if (def !== undefined) {
      const L = ctx.drafts[def];
      Object.assign(d, { label: L.label, name: L.name, kind: L.kind, via: 'abbreviation', refersTo: def, confidence: Math.max(d.confidence, 0.85) });
    }
  }
  // known acronyms (name already expanded by the gazetteer) point at the first full-name mention
  for (const k of order) {
    const d = ctx.drafts[k];
    if (d.via !== 'abbreviation' || d.refersTo !== undefined) continue;
    const full = order.find((j) => j !== k && ctx.drafts[j].via === 'name' && ctx.drafts[j].name === d.name && ctx.drafts[j].label === d.label);
    if (full !== undefined) d.refersTo = full;
  }
}

/** how many of the acronym's letters are initials of the long name's capitalised words */
function sharedInitials(long: string, acr: string): number {
  const initials = initialsOf(long);
  return [...acr.replace(/[^A-Z]/g, '')].filter((c) => initials.includes(c)).length;
}

/** the initials of a name's capitalised words, hyphenated parts each: "National Liberation Army" -> "NLA" */
function initialsOf(long: string): string {
  return long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function initialsMatch(long: string, acr: string): boolean {
  const initials = initialsOf(long);
  const a = acr.replace(/[^A-Z]/g, '');
  // or a short description of a longer official name: "the Canadian Police (RCMP)", whose letters it has
  return initials === a || initials.includes(a) || a.split('').every((c) => initials.includes(c)) || (initials.length >= 2 && initials.split('').every((c) => a.includes(c)));
}

function linkShortNames(ctx: Ctx, order: number[]): void {
  const persons: number[] = [];
  for (const k of order) if (ctx.drafts[k].label === 'Person' && ctx.drafts[k].via === 'name') persons.push(k);
  for (const k of persons) {
    const d = ctx.drafts[k];
    const parts = d.name.split(/\s+/);
    if (parts.length !== 1) continue;
    const w = parts[0].toLowerCase();
    const fulls = new Set<string>();
    const holders = new Set<string>();
    let target: number | undefined;
    let holder: number | undefined;
    for (const j of persons) {
      const f = ctx.drafts[j];
      const fp = f.name.toLowerCase().split(/\s+/);
      // (an office holder is not the one whose title holds none: "President Biden" is not "First Lady Jill Biden")
      if (fp.length > 1 && (fp[fp.length - 1] === w || fp[fp.length - 1].replace(SURNAME_PARTICLE, '') === w || fp[0] === w) && !(d.role && !f.role && f.titles?.length)) {
        if (!fulls.has(f.name)) fulls.add(f.name);
        if (target === undefined) target = j;
        if ((f.role || ctx.drafts[root(ctx, j)].role) && !f.former) {
          holders.add(f.name);
          holder ??= j;
        }
      }
    }
    if (fulls.size === 1 && target !== undefined) d.refersTo = target;
    // (a bare surname in the news is mostly the office holder's: "President Joe Biden and his wife Jill Biden ...
    // Biden said"; not when the other opened this sentence or the one before, "Jill Biden, the wife of President Joe
    // Biden, visited a school ... Biden read"; nor a former holder's son)
    else if (fulls.size > 1 && holders.size === 1 && holder !== undefined && !subjectNamed(ctx, persons, k, fulls, holders)) d.refersTo = holder;
  }
}

/** Does a person of one of the names `fulls` but not in office open the sentence of mention k or the one before? */
function subjectNamed(ctx: Ctx, persons: number[], k: number, fulls: Set<string>, holders: Set<string>): boolean {
  const d = ctx.drafts[k];
  return persons.some((j) => {
    const f = ctx.drafts[j];
    if (!fulls.has(f.name) || holders.has(f.name) || f.sentence < d.sentence - 1 || f.sentence > d.sentence || f.end > d.start) return false;
    return /^\s*$/.test(ctx.text.slice(ctx.an.sentences[f.sentence].start, f.start));
  });
}

/** Does the person (a root draft) lead or work for a country other than `code` (none given: no)? */
function servesAnother(ctx: Ctx, person: number, code: string | undefined): boolean {
  if (code === undefined) return false;
  return ctx.relations.some((x) => {
    if (root(ctx, x.from) !== person || (x.type !== 'WORKS_FOR' && x.type !== 'LEADER_OF')) return false;
    const to = ctx.drafts[root(ctx, x.to)].countryCode;
    return to !== undefined && to !== code;
  });
}

function compatible(ctx: Ctx, d: MentionDraft, ci: number): boolean {
  const c = ctx.drafts[ci];
  if (c.label !== d.label || c.dropped) return false;
  if (c.via === 'coreference') return false;
  if (c.via === 'description' && c.refersTo === undefined) return false;
  const rootIdx = root(ctx, ci);
  const r = ctx.drafts[rootIdx];
  switch (d.label) {
    case 'Organization': {
      const h = d.head ?? '';
      // ("the alliance" after NATO: a treaty organisation of states is an alliance, whatever its name says)
      if (h === 'alliance' && ALLIANCE_NAMES.has(r.name.toLowerCase())) return true;
      return r.kind === h || r.name.toLowerCase().includes(h);
    }
    case 'Treaty':
      return true;
    case 'Country':
      return c.via !== 'demonym';
    case 'Person': {
      if (!r.role && !c.role) return false;
      const role = c.role ?? r.role;
      if (role !== d.head) return false;
      if (d.constraint) {
        // the country they lead, or (for "the Indian foreign minister") the one they serve
        // (the head of an international body is no country's: the President of the European Council is not
        // "the president of Brazil"; a national body, "Palestinian Authority President", says nothing)
        const leads: string[] = [];
        for (const x of ctx.relations) {
          if (root(ctx, x.from) !== rootIdx || (x.type === 'WORKS_FOR' && d.head !== 'work')) continue;
          const to = ctx.drafts[root(ctx, x.to)];
          if (to.countryCode) leads.push(to.countryCode);
          else if (to.kind === 'intergovernmental') leads.push('');
        }
        if (leads.length && !leads.includes(d.constraint)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function resolveDescription(ctx: Ctx, order: number[], k: number): void {
  const d = ctx.drafts[k];
  if (d.label === 'Country' && d.head === 'host') {
    d.refersTo = salientCountry(ctx, d);
    return;
  }
  if (d.label === 'Country' && /neighbou?ring/i.test(d.text)) {
    d.refersTo = salientCountry(ctx, d);
    return;
  }
  const pos = positionOf(ctx, order, k);
  if (d.label === 'Person') {
    // a name right after the description: "The deputy defence minister, Anuruddha Ratwatte, said", also past
    // what the title is of: "the president of Cuba, Miguel Díaz-Canel"
    let from = d.end;
    let of: number | undefined;
    // not past "of X" when the description is the complement of another noun: in "an adviser to the
    // president of Ukraine, X", X is the adviser
    const complement = OF_ANOTHER.test(ctx.text.slice(Math.max(0, d.start - 40), d.start));
    for (let p = pos + 1; p < order.length; p++) {
      const c = ctx.drafts[order[p]];
      if (c.sentence !== d.sentence || c.start < from) continue;
      if (from === d.end && !complement && c.label !== 'Person' && /^\s+(?:of|for|at)\s+(?:the\s+)?$/.test(ctx.text.slice(d.end, c.start))) {
        from = c.end;
        of = order[p];
        continue;
      }
      // and past its abbreviation: "the director general of the Food and Agriculture Organization (FAO), Qu Dongyu"
      if (from > d.end && c.label !== 'Person' && /^\s*\($/.test(ctx.text.slice(from, c.start)) && ctx.text[c.end] === ')') {
        from = c.end + 1;
        continue;
      }
      // (not someone who serves another state: "According to the Israeli official, Hochstein checked" after "U.S.
      // envoy Amos Hochstein" opens a clause, it names no official)
      if (c.label === 'Person' && c.via === 'name' && /^\s*,\s*$/.test(ctx.text.slice(from, c.start)) && !servesAnother(ctx, root(ctx, order[p]), d.constraint)) {
        d.refersTo = root(ctx, order[p]);
        if (!c.titles?.length && d.titles) {
          c.titles = d.titles;
          c.role = d.role;
        }
        // what the title is of is known now, before other descriptions look for its holder ("the President
        // of the European Council, Charles Michel" is no "president of Brazil" later on)
        if (of !== undefined && d.role && d.titles?.length) titleRelation(ctx, order[p], of, d.role, d.titles[d.titles.length - 1], d.sentence);
        return;
      }
      break;
    }
    // "the president of Brazil": of that country
    if (!d.constraint) {
      const c = ctx.drafts[order[pos + 1]];
      if (c && c.sentence === d.sentence && c.label === 'Country' && c.countryCode && /^\s+of\s+(?:the\s+)?$/.test(ctx.text.slice(d.end, c.start))) d.constraint = c.countryCode;
    }
    // apposition in the same sentence: "X was sworn in as Gabon's president", "X, Gabon's president,"
    for (let p = pos - 1; p >= 0; p--) {
      const c = ctx.drafts[order[p]];
      if (c.sentence !== d.sentence) break;
      if (c.label !== 'Person' || c.via !== 'name' || c.end > d.start) continue;
      const between = ctx.text.slice(c.end, d.start);
      // not an office still to come: "X will be sworn in as Mexico's president"
      if (between.length < 80 && /(\bas|,|\bis|\bwas|\bbecame|\bbecomes|\bremains)\s+(the\s+)?(\S+['’]s\s+)?(?:(?:new|interim|acting|current)\s+)?$/.test(between) && !/[.;]/.test(between) && !FUTURE_OFFICE.test(between)) {
        d.refersTo = root(ctx, order[p]);
        return;
      }
      break;
    }
  }
  // "the Beninese Foreign Minister" after "his Beninese counterpart Olushegun Adjadi Bakari": the person the
  // same demonym introduced, before any titled one of no known country
  if (d.label === 'Person' && d.constraint) {
    for (let p = pos - 1; p >= 0; p--) {
      const c = ctx.drafts[order[p]];
      if (c.end > d.start || c.label !== 'Person' || c.via !== 'name') continue;
      // (of the description's kind, or of no known office: "Russian journalist X" is no "Russian president")
      const role = c.role ?? ctx.drafts[root(ctx, order[p])].role;
      if (role && role !== d.head) continue;
      if (demonymBefore(ctx, order, p) === d.constraint) {
        d.refersTo = root(ctx, order[p]);
        return;
      }
    }
  }
  // "the President" after "President Joe Biden ... Prime Minister Narendra Modi": the nearest holder of that very
  // title, before the nearest holder of any title of its kind
  if (d.label === 'Person' && d.titles?.length) {
    const want = d.titles[d.titles.length - 1].toLowerCase();
    for (let p = pos - 1; p >= 0; p--) {
      const c = ctx.drafts[order[p]];
      if (c.end > d.start) continue;
      if (c.blocker && c.head === d.head && c.label === d.label) break;
      // (not one who held it before: "former Foreign Secretary Boris Johnson")
      if (compatible(ctx, d, order[p]) && !c.former && holdsTitle(c.titles ?? ctx.drafts[root(ctx, order[p])].titles, want)) {
        d.refersTo = root(ctx, order[p]);
        return;
      }
    }
  }
  for (let p = pos - 1; p >= 0; p--) {
    const c = ctx.drafts[order[p]];
    if (c.end > d.start) continue;
    if (c.blocker && c.head === d.head && c.label === d.label) return;
    // "the alliance" is the nearest body named, within two sentences: after "Renault and Nissan said the alliance",
    // not NATO of an earlier paragraph
    if (d.label === 'Organization' && d.head === 'alliance' && (c.sentence < d.sentence - 2 || (c.label === 'Organization' && c.via === 'name' && !c.dropped && !compatible(ctx, d, order[p])))) return;
    if (compatible(ctx, d, order[p])) {
      d.refersTo = root(ctx, order[p]);
      return;
    }
  }
}

/** Is `want` ("president", "minister") one of the titles, or the last words of one ("US President", "Foreign Minister")? */
function holdsTitle(titles: string[] | undefined, want: string): boolean {
  if (!titles) return false;
  for (const t of titles) {
    const l = t.toLowerCase();
    if (l === want || l.endsWith(` ${want}`)) return true;
  }
  return false;
}

/** The country of the demonym right before the person order[p] ("his Beninese counterpart X", "Russian President X"), if any. */
function demonymBefore(ctx: Ctx, order: number[], p: number): string | undefined {
  const c = ctx.drafts[order[p]];
  for (let q = p - 1; q >= 0; q--) {
    const x = ctx.drafts[order[q]];
    if (x.sentence !== c.sentence || x.end < c.start - 40) return undefined;
    if (x.end > c.start) continue;
    return x.label === 'Country' && x.via === 'demonym' && /^\s+$/.test(ctx.text.slice(x.end, c.start)) ? x.countryCode : undefined;
  }
  return undefined;
}

/** The most mentioned country (by name) before d, leaving out countries tied to people in d's sentence. */
function salientCountry(ctx: Ctx, d: MentionDraft): number | undefined {
  const excluded = new Set<number>();
  for (const r of ctx.relations) if (r.sentence === d.sentence) excluded.add(root(ctx, r.to));
  const counts = new Map<number, number>();
  for (let k = 0; k < ctx.drafts.length; k++) {
    const c = ctx.drafts[k];
    if (c.label !== 'Country' || c.via === 'description' || c.via === 'coreference') continue;
    const r = root(ctx, k);
    const first = canonical(ctx, r);
    if (excluded.has(r) || excluded.has(first)) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestN = 0;
  for (const [k, n] of counts) if (n > bestN) { best = k; bestN = n; }
  return best;
}

function resolvePronoun(ctx: Ctx, order: number[], k: number): void {
  const d = ctx.drafts[k];
  const toks = ctx.an.tokens;
  const h = d.head!;
  const next = d.tokEnd < toks.length ? toks[d.tokEnd] : undefined;
  const prev = d.tokStart > 0 ? toks[d.tokStart - 1] : undefined;
  const pos = positionOf(ctx, order, k);
  const inReach = (labels: string[]) => {
    const roots = new Set<number>();
    let nearest: number | undefined;
    for (let p = pos - 1; p >= 0; p--) {
      const c = ctx.drafts[order[p]];
      if (c.sentence < d.sentence - 1) break;
      if (!labels.includes(c.label) || c.dropped || c.blocker) continue;
      if ((c.via === 'description' || c.via === 'coreference') && c.refersTo === undefined) continue;
      if (c.end > d.start) continue;
      const r = root(ctx, order[p]);
      roots.add(canonical(ctx, r));
      if (nearest === undefined) nearest = r;
    }
    return { roots, nearest };
  };
  if (h === 'it' && prev && TREATY_VERBS.test(prev.lower)) {
    for (let p = pos - 1; p >= 0; p--) {
      const c = ctx.drafts[order[p]];
      if (c.sentence < d.sentence - 2) break;
      if (c.label === 'Treaty' && !(c.via === 'description' && c.refersTo === undefined)) {
        d.label = 'Treaty';
        d.refersTo = root(ctx, order[p]);
        return;
      }
    }
    return;
  }
  if (h === 'it' || h === 'its') {
    const membership = h === 'it' && /^\s+(is|was|has been|became|remains)\s+(also\s+)?(a|an)\s+(full\s+)?(party|member|signatory|state party)\b/i.test(ctx.text.slice(d.end, d.end + 50));
    if (h === 'it' && !(next && SPEECH.test(next.lower)) && !membership) return;
    const same = sameSentence(ctx, order, pos, ['Organization', 'Country']);
    if (same.roots.size === 1 && same.nearest !== undefined) {
      d.label = ctx.drafts[same.nearest].label;
      d.refersTo = same.nearest;
      return;
    }
    if (same.roots.size > 1) return;
    const { roots, nearest } = inReach(['Organization', 'Country']);
    if (roots.size === 1 && nearest !== undefined) {
      d.label = ctx.drafts[nearest].label;
      d.refersTo = nearest;
    }
    return;
  }
  if (h === 'his' || h === 'her') {
    // a possessive usually belongs to the subject of its own sentence
    const same = sameSentence(ctx, order, pos, ['Person']);
    if (same.roots.size === 1 && same.nearest !== undefined) {
      d.refersTo = same.nearest;
      return;
    }
  }
  const { roots, nearest } = inReach(['Person']);
  if (roots.size === 1 && nearest !== undefined) {
    d.refersTo = nearest;
    return;
  }
  // cataphora in a fronted clause: "During his visit ..., President Putin was welcomed"
  const first = toks[ctx.an.sentenceTokens[d.sentence][0]];
  if (/^(during|after|before|while|when|as|upon|on|ahead|following)$/.test(first.lower) && /^(his|her|he|she)$/.test(h)) {
    const later = new Set<number>();
    let firstLater: number | undefined;
    for (let p = pos + 1; p < order.length; p++) {
      const c = ctx.drafts[order[p]];
      if (c.sentence !== d.sentence) break;
      if (c.label !== 'Person' || c.via === 'coreference' || c.via === 'description') continue;
      later.add(canonical(ctx, root(ctx, order[p])));
      if (firstLater === undefined) firstLater = root(ctx, order[p]);
    }
    if (later.size >= 1 && firstLater !== undefined) d.refersTo = firstLater;
  }
}

function sameSentence(ctx: Ctx, order: number[], pos: number, labels: string[]) {
  const d = ctx.drafts[order[pos]];
  const roots = new Set<number>();
  let nearest: number | undefined;
  for (let p = pos - 1; p >= 0; p--) {
    const c = ctx.drafts[order[p]];
    if (c.sentence < d.sentence) break;
    if (!labels.includes(c.label) || c.dropped || c.blocker || c.end > d.start) continue;
    if ((c.via === 'description' || c.via === 'coreference') && c.refersTo === undefined) continue;
    const r = root(ctx, order[p]);
    roots.add(canonical(ctx, r));
    if (nearest === undefined) nearest = r;
  }
  return { roots, nearest };
}

const keyOf = (d: MentionDraft) => `${d.label}|${d.countryCode ?? d.name}`;
const canonicalCache = new WeakMap<Ctx, Map<string, number>>();

/** One key per entity within the article: the first naming mention with the same label and name (or country code). */
function canonical(ctx: Ctx, r: number): number {
  let m = canonicalCache.get(ctx);
  if (!m) {
    m = new Map();
    canonicalCache.set(ctx, m);
  }
  const key = keyOf(ctx.drafts[r]);
  let v = m.get(key);
  if (v === undefined) {
    v = ctx.drafts.findIndex((x) => keyOf(x) === key && x.refersTo === undefined && x.via !== 'description' && x.via !== 'coreference');
    if (v < 0) v = r;
    m.set(key, v);
  }
  return v;
}

const positions = new WeakMap<number[], Map<number, number>>();
function positionOf(ctx: Ctx, order: number[], k: number): number {
  let m = positions.get(order);
  if (!m) {
    m = new Map(order.map((x, i) => [x, i]));
    positions.set(order, m);
  }
  return m.get(k)!;
}
