/**
 * Entity identity across articles: every Mention of every Extraction is assigned to one entity node.
 *
 *   1. A mention with `refersTo` ("the Russian leader", "he", "ICC" -> "International Criminal Court")
 *      takes the entity of the mention it refers to (same article, same label); an unlinked description
 *      or coreference is dropped: it names nothing by itself.
 *   2. Countries are keyed by ISO 3166-1 alpha-3 (mention.countryCode, else the gazetteer by name or
 *      demonym): `country:mng`.
 *   3. Other named mentions become forms (label + name tokens, see nameTokens). Forms of one label that
 *      name the same thing (equal or transliteration variants: personNamesMatch, tokenListsMatch) are
 *      united. This is pairwise and symmetric, so it does not depend on order. A shorter full person
 *      name ("George Bush") joins longer ones it matches only when they are all one person.
 *      Organizations worded two ways are united too: the same bag of words, "affairs" ignored and
 *      demonyms read as their country ("Ukrainian Ministry of Foreign Affairs" = "Ukrainian Foreign Ministry").
 *   4. Partial forms (a person's single surname, an acronym, a name that is the start or end of a longer
 *      one: "Putin", "ICC", "Court", "Rome Statute") join a full form's entity per mention, only when
 *      unambiguous: exactly one candidate in the same article, else exactly one in the corpus (not for
 *      one-word names like "Court", nor names made only of common words like "National Electoral
 *      Commission": same article only). Otherwise they stay apart. An organisation's name is no partial
 *      form of a body inside it ("United Nations" of "United Nations Security Council": isOrganOf).
 *      A person's single word may also be an inner word of a full name in the same article ("Lula" of
 *      "Luiz Inácio Lula da Silva"), and a surname is read past a generational suffix ("Marcos" of
 *      "Ferdinand Marcos Jr."). When two people of one article share it, it is the one the article
 *      named first, once named ("Lukashenko" after "Alexander Lukashenko", then his son "Viktor Lukashenko").
 *   5. Each entity's canonical name is its fullest form (most name tokens, then most with particles,
 *      then most articles, then shortest, then first in sort order), its id entityId(label, canonical name) (countries: ISO code).
 */
import { compareStrings } from '../model/compareStrings';
import type { Extraction } from '../model/types';
import { shortHash } from '../model/ids';
import { countryByIso, countryByName } from './countryTable';
import { type EntityNode, type Form, type MentionInfo, type MentionLabel, NAMED_VIA } from './entityForms';
import { buildNode } from './entityNode';
import { nameKeys, phoneticKey, sharedNameTokens } from './normalizeName';
import type { ResolveOptions } from './options';
import { orderProperties, sortedUnique } from './orderProperties';
import { organizationBag, partialCandidates } from './partialNames';
import { personNamesMatch, tokenListsMatch, tokensMatch } from './similarity';
import { UnionFind } from './unionFind';

export { mentionKey, type EntityNode } from './entityForms';

export interface EntityResolution {
  /** sorted by id */
  entities: EntityNode[];
  /** the entity id of every mention that resolved: `get(mentionKey(articleId, mentionId))` or `of(articleId, mentionId)` */
  mentionEntity: MentionEntities;
}

/**
 * Mention -> entity id, stored per article by mention index (a build has hundreds of thousands of
 * mentions: one Map keyed by joined strings cost hundreds of MB and much garbage).
 */
export class MentionEntities {
  constructor(
    private readonly indexOf: Map<string, Map<string, number>>,
    private readonly entity: (string | undefined)[],
  ) {}

  of(articleId: string, mentionId: string): string | undefined {
    const i = this.indexOf.get(articleId)?.get(mentionId);
    return i === undefined ? undefined : this.entity[i];
  }

  get(key: string): string | undefined {
    const cut = key.indexOf('\u0000');
    return cut < 0 ? undefined : this.of(key.slice(0, cut), key.slice(cut + 1));
  }
}

export function clusterEntities(extractions: readonly Extraction[], o: ResolveOptions): EntityResolution {
  // every mention gets an index (in article order, then mention order; a repeated id keeps its first
  // place and its last record, as a Map keyed by mentionKey would)
  const indexOf = new Map<string, Map<string, number>>();
  const infos: MentionInfo[] = [];
  for (const x of extractions) {
    let local = indexOf.get(x.articleId);
    if (!local) indexOf.set(x.articleId, (local = new Map()));
    for (const m of x.mentions) {
      const i = local.get(m.id);
      if (i === undefined) {
        local.set(m.id, infos.length);
        infos.push({ articleId: x.articleId, mention: m, anchor: -1 });
      } else infos[i] = { articleId: x.articleId, mention: m, anchor: -1 };
    }
  }
  const n = infos.length;

  // 1. anchors: follow refersTo inside the article (a mention visited by the walk from k is marked k + 1:
  //    one array for every walk, not a Set per mention)
  const visited = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const info = infos[k];
    const local = indexOf.get(info.articleId)!;
    let cur = info;
    let curKey = k;
    while (cur.mention.refersTo && visited[curKey] !== k + 1) {
      visited[curKey] = k + 1;
      const nextKey = local.get(cur.mention.refersTo);
      if (nextKey === undefined) break;
      const next = infos[nextKey];
      if (next.mention.label !== info.mention.label) break;
      cur = next;
      curKey = nextKey;
    }
    if (!cur.mention.refersTo && NAMED_VIA.has(cur.mention.via) && sharedNameTokens(cur.mention.label, cur.mention.name).length) info.anchor = curKey;
  }

  // 2-3. forms of the named anchors: a country's by its ISO code, the others' by label and joined tokens
  // (nested maps: no key string is built per mention)
  const forms = new Map<string, Form>();
  const formByTokens = new Map<string, Map<string, Form>>();
  const formOf: (Form | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const info = infos[k];
    if (info.anchor !== k) continue;
    const m = info.mention;
    let iso: string | undefined;
    if (m.label === 'Country') {
      iso = (m.countryCode && countryByIso(m.countryCode)?.iso3) || m.countryCode?.toUpperCase() || countryByName(m.name)?.iso3;
    }
    let f: Form | undefined;
    if (iso) {
      const key = `Country\u0000iso:${iso}`;
      f = forms.get(key);
      if (!f) forms.set(key, (f = { key, label: m.label, tokens: [iso.toLowerCase()], articles: new Set(), iso, acronym: false }));
    } else {
      const { tokens, joined } = nameKeys(m.label, m.name);
      let byTokens = formByTokens.get(m.label);
      if (!byTokens) formByTokens.set(m.label, (byTokens = new Map()));
      f = byTokens.get(joined);
      if (!f) {
        const key = `${m.label}\u0000${joined}`;
        f = { key, label: m.label, tokens, articles: new Set(), iso, acronym: false };
        byTokens.set(joined, f);
        forms.set(key, f);
      }
    }
    f.articles.add(info.articleId);
    if (!iso && f.tokens.length === 1 && m.label !== 'Person' && (m.via === 'abbreviation' || /^[A-Z][A-Z.&]{1,7}$/.test(m.name.trim()))) f.acronym = true;
    formOf[k] = f;
  }

  const uf = new UnionFind();
  for (const key of forms.keys()) uf.add(key);
  const byLabel = new Map<MentionLabel, Form[]>();
  for (const f of [...forms.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    if (f.iso) continue;
    if (!byLabel.has(f.label)) byLabel.set(f.label, []);
    byLabel.get(f.label)!.push(f);
  }

  // 3. same-name unions, blocked by the phonetic key of the distinguishing token
  const longerNames = new Map<string, string[]>();
  for (const [label, list] of byLabel) {
    const blocks = new Map<string, Form[]>();
    for (const f of list) {
      // persons: every token's key (names may come in either order); others: the first token's key
      const keys = label === 'Person' && f.tokens.length > 1 ? new Set(f.tokens.map((t) => phoneticKey(t) || t)) : [phoneticKey(label === 'Person' ? f.tokens[f.tokens.length - 1] : f.tokens[0]) || f.tokens[0]];
      for (const k of keys) {
        const b = `${f.tokens.length > 1 ? 'n' : '1'}:${k}`;
        if (!blocks.has(b)) blocks.set(b, []);
        blocks.get(b)!.push(f);
      }
    }
    const compared = new Set<string>();
    for (const block of blocks.values())
      for (let i = 0; i < block.length; i++)
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i];
          const b = block[j];
          if (uf.find(a.key) === uf.find(b.key)) continue;
          const pair = `${a.key}\u0001${b.key}`;
          if (compared.has(pair)) continue;
          compared.add(pair);
          if (label === 'Person' && a.tokens.length > 1 && b.tokens.length > 1 && a.tokens.length !== b.tokens.length) {
            // a shorter full name ("George Bush", "Emmerson Mnangagwa"): decided below, when unambiguous
            if (personNamesMatch(a.tokens, b.tokens, o)) {
              const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
              if (!longerNames.has(short.key)) longerNames.set(short.key, []);
              longerNames.get(short.key)!.push(long.key);
            }
            continue;
          }
          const same =
            label === 'Person'
              ? a.tokens.length === 1 && b.tokens.length === 1
                ? tokensMatch(a.tokens[0], b.tokens[0], o)
                : personNamesMatch(a.tokens, b.tokens, o)
              : tokenListsMatch(a.tokens, b.tokens, o);
          if (same) uf.union(a.key, b.key);
        }
  }
  // 3a. a shorter full name joins the longer one when all its longer matches are one person, so
  //     "George Bush" never chains "George W. Bush" and "George H. W. Bush" together
  const joins: [string, string][] = [];
  for (const [short, longs] of longerNames) {
    const roots = sortedUnique(longs.map((k) => uf.find(k)));
    if (roots.length === 1) joins.push([short, roots[0]]);
  }
  for (const [a, b] of joins) uf.union(a, b);

  // 3b. organizations worded two ways: "Ministry of Foreign Affairs" = "Foreign Ministry",
  //     "Government of Mongolia" = "Mongolian Government" (same bag of words, demonyms as countries)
  const bags = new Map<string, string>();
  for (const f of byLabel.get('Organization') ?? []) {
    const bag = organizationBag(f.tokens);
    if (!bag) continue;
    const had = bags.get(bag);
    if (had) uf.union(had, f.key);
    else bags.set(bag, f.key);
  }

  // 4. partial forms join a full form's entity per mention when unambiguous
  const mentionRoot: (string | undefined)[] = new Array(n);
  const articleRoots = new Map<string, Set<string>>();
  // where each entity is first named in each article (its earliest named mention's offset)
  const firstNamedAt = new Map<string, Map<string, number>>();
  for (let k = 0; k < n; k++) {
    const info = infos[k];
    if (info.anchor !== k) continue;
    const root = uf.find(formOf[k]!.key);
    mentionRoot[k] = root;
    if (!articleRoots.has(info.articleId)) articleRoots.set(info.articleId, new Set());
    articleRoots.get(info.articleId)!.add(root);
    let first = firstNamedAt.get(info.articleId);
    if (!first) firstNamedAt.set(info.articleId, (first = new Map()));
    const at = first.get(root);
    if (at === undefined || info.mention.start < at) first.set(root, info.mention.start);
  }
  const attach = partialCandidates(byLabel, o);
  const decided = new Map<number, string>();
  for (let k = 0; k < n; k++) {
    const info = infos[k];
    if (info.anchor !== k) continue;
    const form = formOf[k]!;
    const cand = attach.get(form.key);
    if (!cand) continue;
    const own = uf.find(form.key);
    const roots = sortedUnique(cand.candidates.map((c) => uf.find(c))).filter((r) => r !== own);
    const here = articleRoots.get(info.articleId);
    // a full name it ends comes first: an inner word counts only when the article has none ("Walker" is Scott
    // Walker's, not George Walker Bush's, when both are named)
    const bySurname = roots.filter((r) => here?.has(r));
    const local = bySurname.length ? bySurname : sortedUnique((cand.inner ?? []).map((c) => uf.find(c))).filter((r) => r !== own && here?.has(r));
    if (local.length === 1) decided.set(k, local[0]);
    else if (local.length === 0 && roots.length === 1 && cand.corpusWide) decided.set(k, roots[0]);
    else if (local.length > 1 && form.label === 'Person') {
      // two people of one surname in the article ("Alexander Lukashenko" and his son "Viktor Lukashenko"):
      // the bare surname is the one the article introduced first, once it has been introduced
      const first = firstNamedAt.get(info.articleId)!;
      const principal = local.reduce((a, b) => (first.get(b)! < first.get(a)! ? b : a));
      if (first.get(principal)! < info.mention.start) decided.set(k, principal);
    }
  }
  for (const [k, r] of decided) mentionRoot[k] = r;

  // every mention: its anchor's root
  const groups = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const anchor = infos[k].anchor;
    if (anchor < 0) continue;
    const root = mentionRoot[anchor];
    if (!root) continue;
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(k);
  }

  // 5. nodes
  const built: { node: EntityNode; members: number[]; aliasKey: string }[] = [];
  for (const members of groups.values()) built.push(buildNode(members, infos, formOf, o));
  const byId = new Map<string, typeof built>();
  for (const b of built) {
    if (!byId.has(b.node.id)) byId.set(b.node.id, []);
    byId.get(b.node.id)!.push(b);
  }
  const entities: EntityNode[] = [];
  const entityOf: (string | undefined)[] = new Array(n);
  for (const [id, same] of byId) {
    for (const b of same) {
      // two different entities with one canonical name (only possible when their forms could not be united)
      if (same.length > 1) {
        b.node.id = `${id}-${shortHash(b.aliasKey, 6)}`;
        b.node.properties.id = b.node.id;
      }
      b.node.properties = orderProperties(b.node.properties);
      entities.push(b.node);
      for (const m of b.members) entityOf[m] = b.node.id;
    }
  }
  entities.sort((a, b) => compareStrings(a.id, b.id));
  return { entities, mentionEntity: new MentionEntities(indexOf, entityOf) };
}
