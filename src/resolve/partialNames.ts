/**
 * Partial names and alternative wordings, for clusterEntities:
 *   - partialCandidates: for an acronym ("ICC") or a name that starts or ends a longer one ("Rome
 *     Statute", "Court"), the longer forms it may stand for, and whether a match may be taken corpus-wide;
 *     for a single person surname ("Putin"), the full names that end with it (past a generational
 *     suffix: "Marcos" in "Ferdinand Marcos Jr."), and in the same article the full names that hold it
 *     as an inner word ("Lula" in "Luiz Inácio Lula da Silva");
 *   - a name with one inner word left out ("Council of Ministers of the EU" for "Council of Foreign Ministers of the
 *     EU"): the longer form, within the same article only;
 *   - organizationBag: an organization's words as a set ("Ministry of Foreign Affairs" = "Foreign Ministry").
 */
import { countryByName } from './countryTable';
import type { Form, MentionLabel } from './entityForms';
import { foldText, initials, phoneticKey } from './normalizeName';
import type { ResolveOptions } from './options';
import { sortedUnique } from './orderProperties';
import { isAffixOf, tokensMatch } from './similarity';

export interface PartialCandidates {
  candidates: string[];
  corpusWide: boolean;
  /** full forms that hold it as an inner word ("Lula" in "Luiz Inácio Lula da Silva"): in the same article only */
  inner?: string[];
}

/** Generational suffixes: "Ferdinand Marcos Jr." is a Marcos. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words that say whose son or daughter follows ("Mohamed bin Zayed": Zayed is his father; "Ould" is part of surnames people use). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** Is tokens[i] a word a person may be called by alone: not a patronymic particle, nor the father named after one? */
function innerWord(tokens: readonly string[], i: number): boolean {
  return !PATRONYMIC.has(tokens[i]) && !PATRONYMIC.has(tokens[i - 1]);
}

/** Where a person's surname is among the name tokens: the last one that is no generational suffix. */
function surnameIndex(tokens: readonly string[]): number {
  let i = tokens.length - 1;
  while (i > 0 && NAME_SUFFIXES.has(tokens[i])) i--;
  return i;
}

/** For each partial form: the full forms it may stand for, and whether a corpus-wide unique match counts. */
export function partialCandidates(byLabel: Map<MentionLabel, Form[]>, o: ResolveOptions): Map<string, PartialCandidates> {
  const out = new Map<string, PartialCandidates>();
  for (const [label, list] of byLabel) {
    if (label === 'Person') {
      // full names by the key of their surname, and of each inner word (neither the first nor the surname)
      const bySurname = new Map<string, Form[]>();
      const byInner = new Map<string, Form[]>();
      const index = (m: Map<string, Form[]>, token: string, f: Form) => {
        const b = phoneticKey(token);
        if (!m.has(b)) m.set(b, []);
        m.get(b)!.push(f);
      };
      for (const f of list) {
        if (f.tokens.length < 2) continue;
        const last = surnameIndex(f.tokens);
        // "Salman" is King Salman, not "Mohammed bin Salman" (his son)
        if (!PATRONYMIC.has(f.tokens[last - 1])) index(bySurname, f.tokens[last], f);
        for (let i = 1; i < last; i++) if (innerWord(f.tokens, i)) index(byInner, f.tokens[i], f);
      }
      for (const f of list) {
        if (f.tokens.length !== 1) continue;
        const t = f.tokens[0];
        const c = (bySurname.get(phoneticKey(t)) ?? []).filter((g) => tokensMatch(g.tokens[surnameIndex(g.tokens)], t, o));
        const inner = (byInner.get(phoneticKey(t)) ?? []).filter((g) => g.tokens.some((x, i) => i > 0 && i < surnameIndex(g.tokens) && innerWord(g.tokens, i) && tokensMatch(x, t, o)));
        if (c.length || inner.length) out.set(f.key, { candidates: c.map((g) => g.key), corpusWide: true, inner: inner.length ? sortedUnique(inner.map((g) => g.key)) : undefined });
      }
      continue;
    }
    // affixes: index multi-token forms by the keys of their first and last tokens
    const byEdge = new Map<string, Form[]>();
    const byInitials = new Map<string, Form[]>();
    for (const f of list) {
      if (f.tokens.length < 2) continue;
      for (const t of new Set([phoneticKey(f.tokens[0]), phoneticKey(f.tokens[f.tokens.length - 1])])) {
        if (!byEdge.has(t)) byEdge.set(t, []);
        byEdge.get(t)!.push(f);
      }
      const ini = initials(f.tokens);
      if (!byInitials.has(ini)) byInitials.set(ini, []);
      byInitials.get(ini)!.push(f);
    }
    const affixOf = new Map<string, Form[]>();
    for (const f of list) {
      const near = new Set([...(byEdge.get(phoneticKey(f.tokens[0])) ?? []), ...(byEdge.get(phoneticKey(f.tokens[f.tokens.length - 1])) ?? [])]);
      const longer = [...near].filter((g) => isAffixOf(f.tokens, g.tokens, o) && !(label === 'Organization' && (isOrganOf(f.tokens, g.tokens, o) || isParentOf(f.tokens, g.tokens, o))));
      if (longer.length) affixOf.set(f.key, longer);
    }
    for (const f of list) {
      const acr = f.acronym ? (byInitials.get(foldText(f.tokens[0]).replace(/[^a-z0-9]/g, '')) ?? []) : [];
      const aff = (affixOf.get(f.key) ?? []).filter((g) => !affixOf.has(g.key));
      const candidates = sortedUnique([...acr, ...aff].map((g) => g.key));
      // across articles only with a word of its own: "National Electoral Commission" names a body in many countries
      if (candidates.length) {
        out.set(f.key, { candidates, corpusWide: f.acronym || (f.tokens.length > 1 && f.tokens.some((t) => !GENERIC_NAME_WORDS.has(t))) });
        continue;
      }
      // one word left out inside ("Council of Ministers of the EU" for "Council of Foreign Ministers of the EU"): same article only
      if (f.tokens.length < 3) continue;
      const gapped = (byEdge.get(phoneticKey(f.tokens[0])) ?? []).filter((g) => g.tokens.length === f.tokens.length + 1 && oneInnerWordMore(f.tokens, g.tokens, o));
      if (gapped.length) out.set(f.key, { candidates: sortedUnique(gapped.map((g) => g.key)), corpusWide: false });
    }
  }
  return out;
}

/** Head words of a body inside an organisation ("United Nations Security Council", "African Union Commission"). */
const ORGAN_HEADS = new Set([
  'council', 'assembly', 'commission', 'committee', 'court', 'tribunal', 'secretariat', 'parliament', 'bank', 'fund',
  'agency', 'office', 'mission', 'programme', 'program', 'force', 'forces',
]);

const ORGAN_CONNECTORS = new Set(['of', 'in', 'for', 'on', 'to']);

/**
 * Is `long` a body of the organisation `short` names: `short` followed by words with an organ's head
 * before any connector ("United Nations" -> "United Nations Security Council", "African Union" ->
 * "African Union Mission in Somalia")? Then the short name is not a short form of it: the Security
 * Council is part of the UN, not another name for it.
 */
function isOrganOf(short: readonly string[], long: readonly string[], o: ResolveOptions): boolean {
  if (long.length <= short.length) return false;
  for (let i = 0; i < short.length; i++) if (!tokensMatch(short[i], long[i], o)) return false;
  for (let i = short.length; i < long.length && !ORGAN_CONNECTORS.has(long[i]); i++) if (ORGAN_HEADS.has(long[i])) return true;
  return false;
}

/** Heads of a body named after its parent ("Food and Agriculture Organization of the United Nations"). */
const BODY_HEADS = new Set([...ORGAN_HEADS, 'organization', 'organisation', 'institute', 'university', 'school', 'academy', 'ministry', 'department', 'party']);

/**
 * Is `short` the parent a body of `long` is named after: the end of `long`, after a head that names a
 * body ("United Nations" -> "Food and Agriculture Organization of the United Nations", "European Union"
 * -> "Court of Justice of the European Union")? Then it is no short form of it.
 */
function isParentOf(short: readonly string[], long: readonly string[], o: ResolveOptions): boolean {
  const off = long.length - short.length;
  if (off <= 0) return false;
  for (let i = 0; i < short.length; i++) if (!tokensMatch(short[i], long[off + i], o)) return false;
  for (let i = 0; i < off; i++) if (BODY_HEADS.has(long[i])) return true;
  return false;
}

/** long = short with one word inserted, neither first nor last */
function oneInnerWordMore(short: readonly string[], long: readonly string[], o: ResolveOptions): boolean {
  for (let gap = 1; gap < long.length - 1; gap++) {
    if (short.every((t, i) => tokensMatch(t, long[i < gap ? i : i + 1], o))) return true;
  }
  return false;
}

/** Words that many bodies' names share: a partial name made only of these is not linked across articles. */
const GENERIC_NAME_WORDS = new Set([
  'national', 'electoral', 'election', 'commission', 'council', 'ministry', 'ministers', 'minister', 'foreign', 'affairs',
  'court', 'supreme', 'constitutional', 'high', 'parliament', 'assembly', 'government', 'party', 'democratic',
  'republican', 'peoples', 'federal', 'central', 'bank', 'committee', 'agency', 'office', 'department', 'state',
  'independent', 'international', 'united', 'general', 'security', 'defence', 'defense', 'interior', 'justice',
  'police', 'army', 'forces', 'armed', 'military', 'navy', 'air', 'force', 'union', 'organization', 'organisation',
  'authority', 'service', 'services', 'board', 'senate', 'house', 'congress', 'presidential', 'administration',
  'statute', 'treaty', 'agreement', 'convention', 'protocol', 'charter', 'accord', 'city', 'province', 'region',
  'university', 'institute', 'news', 'agency', 'times', 'post', 'press', 'radio', 'television', 'tv',
]);

const ORG_FILLER = new Set(['affairs']);
/** An organization's words as a sorted set, demonyms read as their country; undefined under two words. */
export function organizationBag(tokens: readonly string[]): string | undefined {
  const words = new Set<string>();
  for (const t of tokens) {
    if (ORG_FILLER.has(t)) continue;
    const country = /^[a-z]+$/.test(t) && t.length > 3 ? countryByName(t) : undefined;
    words.add(country ? foldText(country.name) : t);
  }
  return words.size >= 2 ? [...words].sort().join(' ') : undefined;
}
