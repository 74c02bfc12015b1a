/**
 * Events across articles: EventCandidates (participants already mapped to entity ids) become Event nodes.
 *
 * Two candidates are the same event when they have the same type, compatible dates ('2024-09' ~
 * '2024-09-03', not '2019'), and overlapping agents or targets (or, without participants in common,
 * names that match token by token: "Battle of Khalkhin Gol" ~ "Battle of the Halkhin River", names with
 * at least one word that is not generic like "commemoration"), and no clash (both name agents, none
 * shared; a Statement's targets are its topics and never clash). Two undated mentions from different articles need two shared participants or a matching name. Singular types (ratification of a treaty, a battle, ...: see
 * ResolveOptions.singularEventTypes) happen once for given participants, so their dates need not agree;
 * a disagreement is kept as a claim conflict on `date`. An undated mention does not join an event dated only
 * by a year other than its article's publication year ("the last election in 2015" is background, not the news).
 *
 * Best compatible cluster: most shared participants, then (undated mention) nearest the article's
 * publication date, then most articles, then the latest date (news is mostly about recent events).
 * Ids: event:<type>-<most cited agent>-<most cited target>-<year> (no participants: the name); two events
 * with one id get the full date instead, then a hash of their content.
 *
 * Candidates are taken most precise date first, then most participants, then by article id and local id
 * (a total order over the input set), and each joins the best compatible cluster: so the result never depends on input order.
 */
import { compareStrings } from '../model/compareStrings';
import { entityId, shortHash } from '../model/ids';
import type { EventType } from '../model/ontology';
import type { EventCandidate, Properties } from '../model/types';
import { datesCompatible, encodeClaims, isIsoPartialDate } from './claims';
import { collapseSpace, nameKeys, sharedNameTokens } from './normalizeName';
import type { ResolveOptions } from './options';
import { dateBounds } from './eventBounds';
import { firstInOrder, sortedUnique } from './orderProperties';
import { provenance } from './provenance';
import { tokenListsMatch } from './similarity';

export interface EventInput {
  articleId: string;
  /** publication date of the article, if known: places an undated candidate nearest in time */
  published?: string;
  event: EventCandidate;
  agents: string[];
  targets: string[];
  locations: string[];
}

export interface EventCluster {
  id: string;
  properties: Properties;
  members: EventInput[];
}

interface Working {
  type: EventType;
  members: EventInput[];
  /** distinct name token lists (by their joined text) and articles (kept distinct so a popular event stays cheap to test) */
  names: Set<string>;
  tokenLists: (readonly string[])[];
  agents: Set<string>;
  targets: Set<string>;
  articles: Set<string>;
  /**
   * the longest date (undefined: no member is dated): a non-singular cluster only takes dates compatible with all it has, so its dates
   * are all prefixes of this one, and a date is compatible with all of them when it is with this one
   */
  longest?: string;
  /** creation order: the tie-break between equal scores */
  rank: number;
  /** the last candidate that gathered this cluster as a neighbour (dedupes the gathering without a Set) */
  seen: number;
  /** that candidate's agents among this cluster's, counted while gathering */
  ao: number;
  /** mostPreciseDate(dates), kept up to date as dates are added, and its day number */
  mostPrecise?: string;
  mostPreciseDay: number;
}

/** Words that name a kind of event, not an event: a name made only of these never matches by itself. */
const GENERIC_EVENT_WORDS = new Set([
  'visit', 'visits', 'trip', 'meeting', 'talks', 'summit', 'arrest', 'warrant', 'signing', 'ratification', 'accession',
  'withdrawal', 'commemoration', 'anniversary', 'celebration', 'celebrations', 'conference', 'forum', 'battle',
  'sanction', 'sanctions', 'agreement', 'deal', 'election', 'elections', 'statement', 'other', 'event', 'by',
  'against', 'with', 'official', 'state', 'planned', 'upcoming', 'previous', 'last', 'first',
]);

/** 1 for a year, 2 for a month, 3 for a day; 0 without a date. Counts hyphens: the sort below calls it
 * O(n log n) times, and `split('-')` there was ~30 MB of arrays per 5k build. */
const precision = (d?: string) => {
  if (!d) return 0;
  let n = 1;
  for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) === 45) n++;
  return n;
};

/** Days since year 0, roughly, for the middle of a partial ISO date. */
export function dayNumber(d: string): number {
  if (!isIsoPartialDate(d as unknown)) {
    const [y, m, day] = d.split('-').map(Number);
    return y * 372 + ((m ?? 6.5) - 1) * 31 + (day ?? 15.5);
  }
  // YYYY, YYYY-MM or YYYY-MM-DD (every date resolve is given), read without splitting
  const y = Number(d.slice(0, 4));
  const m = d.length >= 7 ? Number(d.slice(5, 7)) : 6.5;
  const day = d.length >= 10 ? Number(d.slice(8, 10)) : 15.5;
  return y * 372 + (m - 1) * 31 + day;
}

/** Index by event type, then key: no joined key string per look-up. */
type Index = Map<string, Map<string, Set<Working>>>;

function indexOfType(index: Index, type: string): Map<string, Set<Working>> {
  let m = index.get(type);
  if (!m) index.set(type, (m = new Map()));
  return m;
}

function addToIndex(m: Map<string, Set<Working>>, k: string, w: Working): void {
  const set = m.get(k);
  if (!set) m.set(k, new Set([w]));
  else set.add(w);
}

/** Adds the clusters of `ws` not yet seen by candidate `stamp` to `near`; `agent`: they hold one of the candidate's agents as their agent. */
function gather(ws: Set<Working> | undefined, agent: boolean, stamp: number, near: Working[]): void {
  if (!ws) return;
  for (const w of ws) {
    if (w.seen !== stamp) {
      w.seen = stamp;
      w.ao = 0;
      near.push(w);
    }
    if (agent) w.ao++;
  }
}

/** How many of `targets` the cluster has as its targets. */
function sharedTargets(w: Working, targets: readonly string[]): number {
  let n = 0;
  for (const t of targets) if (w.targets.has(t)) n++;
  return n;
}

export function clusterEvents(inputs: readonly EventInput[], entityNames: Map<string, string>, o: ResolveOptions): EventCluster[] {
  const ordered = [...inputs].sort(
    (a, b) =>
      precision(b.event.date) - precision(a.event.date) ||
      // fuller mentions first, so that partial ones ("Maduro's election", "Venezuela's elections") can both join them
      b.agents.length + b.targets.length - (a.agents.length + a.targets.length) ||
      compareStrings(a.articleId, b.articleId) ||
      compareStrings(a.event.id, b.event.id),
  );
  const clusters: Working[] = [];
  // candidate clusters are found through an index (participants, and the phonetic key of the name:
  // token lists that match have equal key sequences), so the work stays linear in the corpus
  // agents and targets are indexed apart: a candidate's shared agents are counted while gathering,
  // its shared targets per gathered cluster (sharedTargets)
  const byAgent: Index = new Map();
  const byTarget: Index = new Map();
  // the clusters without agents yet, by target (a cluster leaves it with its first agent)
  const agentlessByTarget: Index = new Map();
  const byName: Index = new Map();
  // one scratch list of the clusters near a candidate, emptied per candidate
  const near: Working[] = [];
  let stamp = 0;
  for (const c of ordered) {
    const info = nameKeys('Event', c.event.name);
    const tokens = info.tokens;
    // a name made only of generic words ("commemoration") never matches by itself
    const specific = tokens.some((t) => !GENERIC_EVENT_WORDS.has(t));
    const singular = o.singularEventTypes.includes(c.event.type);
    const agentsOf = indexOfType(byAgent, c.event.type);
    const targetsOf = indexOfType(byTarget, c.event.type);
    const agentlessOf = indexOfType(agentlessByTarget, c.event.type);
    const namesOf = indexOfType(byName, c.event.type);
    near.length = 0;
    stamp++;
    // a cluster is a match through shared agents, shared targets or its name; names that match
    // (tokenListsMatch: tokens equal after transliteration, or fuzzily with equal phonetic keys) have
    // equal phonetic key sequences, so the name index finds every cluster the name can match, and a
    // cluster sharing a participant only in the other role (an agent of ours as its target) has
    // nothing else to offer: it is not gathered
    gather(namesOf.get(info.phonetic), false, stamp, near);
    for (const p of c.agents) gather(agentsOf.get(p), true, stamp, near);
    // a candidate with agents clashes with every cluster that has agents but none of them: through its
    // targets it only looks for the clusters without agents (a popular target is shared by thousands)
    const byTargetOf = c.agents.length > 0 ? agentlessOf : targetsOf;
    for (const p of c.targets) gather(byTargetOf.get(p), false, stamp, near);
    const distanceFrom = !c.event.date && c.published ? dayNumber(c.published) : undefined;
    // the best by score; of equal scores, the earliest cluster (lowest rank)
    let best: Working | undefined;
    let b0 = 0, b1 = 0, b2 = 0, b3 = 0;
    for (const w of near) {
      if (!singular && w.longest && c.event.date && !datesCompatible(w.longest, c.event.date)) continue;
      // an undated mention is not an event dated only by a year other than its article's ("the last election in 2015")
      if (!singular && !c.event.date && w.longest?.length === 4 && !c.published?.startsWith(w.longest)) continue;
      const ao = w.ao;
      const to = sharedTargets(w, c.targets);
      const agentClash = w.agents.size > 0 && c.agents.length > 0 && ao === 0;
      // a statement's targets are what it is about: one statement touches several topics
      const targetClash = c.event.type !== 'Statement' && w.targets.size > 0 && c.targets.length > 0 && to === 0;
      if (agentClash || targetClash) continue;
      // the same token list (the usual case: one event, one name) matches without comparing tokens
      const nameMatch = specific && ((tokens.length > 0 && w.names.has(info.joined)) || anyTokensMatch(w.tokenLists, tokens, o));
      if (!(ao || to || nameMatch)) continue;
      // two undated mentions in different articles: one shared participant is too little to call them one event
      if (!singular && !c.event.date && w.longest === undefined && !w.articles.has(c.articleId) && ao + to < 2 && !nameMatch) continue;
      const mostPrecise = w.mostPrecise;
      const s0 = ao + to + (nameMatch ? 1 : 0);
      const s1 = -(distanceFrom !== undefined && mostPrecise ? Math.abs(distanceFrom - w.mostPreciseDay) : 0);
      const s2 = w.articles.size;
      const s3 = mostPrecise ? w.mostPreciseDay : 0;
      if (!best || better4(s0, s1, s2, s3, b0, b1, b2, b3, w.rank < best.rank)) {
        best = w;
        b0 = s0;
        b1 = s1;
        b2 = s2;
        b3 = s3;
      }
    }
    const w: Working = best ?? { type: c.event.type, members: [], names: new Set(), tokenLists: [], agents: new Set(), targets: new Set(), articles: new Set(), longest: undefined, rank: clusters.length, seen: stamp, ao: 0, mostPrecise: undefined, mostPreciseDay: 0 };
    if (!best) clusters.push(w);
    w.members.push(c);
    if (!w.names.has(info.joined)) {
      w.names.add(info.joined);
      w.tokenLists.push(tokens);
    }
    w.articles.add(c.articleId);
    const hadAgents = w.agents.size > 0;
    for (const a of c.agents) w.agents.add(a);
    for (const t of c.targets) w.targets.add(t);
    const date = c.event.date;
    if (date) {
      if (!w.longest || date.length > w.longest.length) w.longest = date;
      if (w.mostPrecise === undefined || date.length > w.mostPrecise.length || (date.length === w.mostPrecise.length && date < w.mostPrecise)) {
        w.mostPrecise = date;
        w.mostPreciseDay = dayNumber(date);
      }
    }
    addToIndex(namesOf, info.phonetic, w);
    for (const p of c.agents) addToIndex(agentsOf, p, w);
    for (const p of c.targets) addToIndex(targetsOf, p, w);
    if (w.agents.size === 0) for (const p of c.targets) addToIndex(agentlessOf, p, w);
    else if (!hadAgents) for (const t of w.targets) agentlessOf.get(t)?.delete(w);
  }
  return finish(clusters, entityNames, o);
}

/** Is score a better than score b? Equal scores: the earlier cluster (created first in the total order) wins. */
function better4(a0: number, a1: number, a2: number, a3: number, b0: number, b1: number, b2: number, b3: number, earlier: boolean): boolean {
  if (a0 !== b0) return a0 > b0;
  if (a1 !== b1) return a1 > b1;
  if (a2 !== b2) return a2 > b2;
  if (a3 !== b3) return a3 > b3;
  return earlier;
}

function anyTokensMatch(lists: readonly (readonly string[])[], tokens: readonly string[], o: ResolveOptions): boolean {
  for (let i = 0; i < lists.length; i++) if (tokenListsMatch(lists[i], tokens, o)) return true;
  return false;
}

/**
 * The name of the agent (targets: the target) most members cite; ties: the first name in sort order.
 * One pass over a reused count map, no sorted copy.
 */
function mostCited(members: readonly EventInput[], targets: boolean, entityNames: Map<string, string>, counts: Map<string, number>): string | undefined {
  counts.clear();
  for (const m of members) for (const id of targets ? m.targets : m.agents) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, c] of counts) {
    const name = entityNames.get(id) ?? id;
    if (best === undefined || c > bestCount || (c === bestCount && compareStrings(name, best) < 0)) {
      best = name;
      bestCount = c;
    }
  }
  return best;
}

type NameStat = { tokens: number; articles: Set<string> };
/** Event names by fullness: most tokens, then most articles, then shortest, then sort order. */
const nameOrder = (a: string, x: NameStat, b: string, y: NameStat) =>
  y.tokens - x.tokens || y.articles.size - x.articles.size || a.length - b.length || compareStrings(a, b);

/** The event's name (the fullest of its members' names, whitespace collapsed; none: its type) and every name as an alias. */
function eventNames(w: Working): { name: string; aliases: string[] } {
  if (w.members.length === 1) {
    // one member (most events): its name, without the statistics below
    const n = collapseSpace(w.members[0].event.name);
    return { name: n || w.type, aliases: n ? [n] : [] };
  }
  const nameStats = new Map<string, NameStat>();
  for (const m of w.members) {
    // whitespace collapsed (memoised: each distinct raw name cleaned once)
    const n = collapseSpace(m.event.name);
    if (!n) continue;
    const st = nameStats.get(n) ?? { tokens: sharedNameTokens('Event', n).length, articles: new Set<string>() };
    st.articles.add(m.articleId);
    nameStats.set(n, st);
  }
  return { name: firstInOrder(nameStats, nameOrder) ?? w.type, aliases: sortedUnique(nameStats.keys()) };
}

function finish(clusters: Working[], entityNames: Map<string, string>, o: ResolveOptions): EventCluster[] {
  const out: EventCluster[] = [];
  const fullKeys: string[] = [];
  const counts = new Map<string, number>();
  for (const w of clusters) {
    const { name, aliases } = eventNames(w);
    // a candidate is a statement of its event (its evidence and confidence)
    const { confidence, evidence, sources } = provenance(
      w.members.map((m) => m.event),
      o.confidenceDecimals,
    );
    const dated = w.members.filter((m) => m.event.date);
    const claims = dated.length
      ? encodeClaims(
          'date',
          dated.map((m) => ({ value: m.event.date!, source: m.articleId })),
        )
      : undefined;
    const date = claims ? (claims.props.date as string) : undefined;
    const bounds = date === undefined ? null : dateBounds(date);
    // the properties in store order (id, name, then the rest sorted), set one at a time: no copies
    // (the id is set below, once collisions are settled; assigning it again keeps its place)
    const props: Record<string, Properties[string]> = { id: '', name, aliases, confidence };
    if (claims?.conflict) props.conflicts = ['date'];
    if (claims) {
      props.date = date!;
      props.date_sources = claims.props.date_sources;
      props.date_values = claims.props.date_values;
    }
    if (bounds) props.end = bounds.end;
    props.evidence = evidence;
    props.sources = sources;
    if (bounds) props.start = bounds.start;
    props.type = w.type;
    // the id names the type, the most-cited agent and target (ties: first name in sort order) and the date
    const participants: string[] = [];
    const topAgent = mostCited(w.members, false, entityNames, counts);
    if (topAgent !== undefined) participants.push(topAgent);
    const topTarget = mostCited(w.members, true, entityNames, counts);
    if (topTarget !== undefined) participants.push(topTarget);
    const base = [w.type, ...(participants.length ? participants : [name])];
    // the year is the date bucket (a refined day does not change the id); the full date only on a collision
    out.push({ id: entityId('Event', [...base, (date ?? '').slice(0, 4)].join(' ')), properties: props as Properties, members: w.members });
    fullKeys.push([...base, date ?? ''].join(' '));
  }
  const collides = () => {
    const count = new Map<string, number>();
    for (const c of out) count.set(c.id, (count.get(c.id) ?? 0) + 1);
    return (c: EventCluster) => count.get(c.id)! > 1;
  };
  let clash = collides();
  out.forEach((c, i) => {
    if (clash(c)) c.id = entityId('Event', fullKeys[i]);
  });
  // still one key (e.g. two undated statements by one person): tell them apart by content
  clash = collides();
  for (const c of out) {
    if (clash(c)) {
      const dates = (c.properties.date_values as string[] | undefined) ?? [String(c.properties.date ?? '')];
      const content = [...dates, ...(c.properties.aliases as string[]), ...(c.properties.sources as string[]), ...(c.properties.evidence as string[])].join('\u0000');
      c.id = `${c.id}-${shortHash(content, 6)}`;
    }
    (c.properties as Record<string, Properties[string]>).id = c.id;
  }
  return out.sort((a, b) => compareStrings(a.id, b.id));
}
