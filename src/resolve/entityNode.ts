/**
 * One entity node from the mentions of one cluster: the canonical name (fullest form: most name tokens,
 * then most with particles, then most articles, then shortest, then first in sort order), the id
 * (entityId(label, name); countries by ISO code), aliases, titles, kind and ISO codes.
 */
import { compareStrings } from '../model/compareStrings';
import { entityId } from '../model/ids';
import type { OrganizationKind } from '../model/ontology';
import type { Properties } from '../model/types';
import { countryByIso } from './countryTable';
import { type EntityNode, type Form, type MentionInfo, type MentionLabel, NAMED_VIA } from './entityForms';
import { collapseSpace, isPronoun, memo, sharedNameTokens } from './normalizeName';
import type { ResolveOptions } from './options';
import { firstInOrder } from './orderProperties';

export function buildNode(
  members: number[],
  infos: readonly MentionInfo[],
  formOf: readonly (Form | undefined)[],
  o: ResolveOptions,
): { node: EntityNode; members: number[]; aliasKey: string } {
  // members in mention-key order (article id, then mention id as a string): decides the fallback name
  members.sort((a, b) => {
    const x = infos[a];
    const y = infos[b];
    if (x.articleId !== y.articleId) return x.articleId < y.articleId ? -1 : 1;
    const p = x.mention.id;
    const q = y.mention.id;
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const first = infos[members[0]].mention;
  const label = first.label;
  const aliases = new Set<string>();
  const titles = new Map<string, string>();
  const kinds = new Map<OrganizationKind, number>();
  const nameStats = new Map<string, NameStat>();
  let iso: string | undefined;
  for (const k of members) {
    const { mention: m, articleId } = infos[k];
    const named = NAMED_VIA.has(m.via) && !m.refersTo;
    const text = surface(m.text, label);
    // a coreference (a pronoun: "he", "its") names no one
    if (text && m.via !== 'coreference' && !isPronoun(text) && (named || m.refersTo && NAMED_VIA.has(m.via) || o.descriptionAliases)) aliases.add(text);
    if (named || (m.refersTo && NAMED_VIA.has(m.via))) {
      const name = surface(m.name, label);
      if (name) {
        aliases.add(name);
        const st = nameStats.get(name) ?? { tokens: sharedNameTokens(label, name).length, full: sharedNameTokens(label, name, true).length, articles: new Set<string>() };
        st.articles.add(articleId);
        nameStats.set(name, st);
      }
    }
    for (const t of m.titles ?? []) {
      const clean = t.trim().replace(/\s+/g, ' ');
      const fk = clean.toLowerCase();
      if (clean && (!titles.has(fk) || clean < titles.get(fk)!)) titles.set(fk, clean);
    }
    if (m.kind) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    const form = formOf[k];
    if (form?.iso) iso = form.iso;
  }
  const canonical = firstInOrder(nameStats, canonicalOrder) ?? first.name;
  const props: Record<string, Properties[string] | undefined> = { aliases: [...aliases].sort() };
  let id: string;
  if (label === 'Country' && iso) {
    const info = countryByIso(iso);
    id = entityId('Country', iso);
    props.name = info?.name ?? canonical;
    props.iso3 = info?.iso3 ?? iso;
    props.iso2 = info?.iso2;
  } else {
    id = entityId(label, canonical);
    props.name = canonical;
  }
  props.id = id;
  if (label === 'Person') props.titles = [...titles.values()].sort();
  if (label === 'Organization') {
    const ranked = [...kinds.entries()].sort(([a, x], [b, y]) => Number(a === 'other') - Number(b === 'other') || y - x || compareStrings(a, b));
    props.kind = ranked[0]?.[0] ?? 'other';
  }
  return { node: { id, label, properties: props as Properties }, members, aliasKey: (props.aliases as string[]).join('\u0000') };
}

type NameStat = { tokens: number; full: number; articles: Set<string> };
/** Fullest first: most name tokens, then most with particles, then most articles, then shortest, then sort order. */
const canonicalOrder = (a: string, x: NameStat, b: string, y: NameStat) =>
  y.tokens - x.tokens || y.full - x.full || y.articles.size - x.articles.size || a.length - b.length || compareStrings(a, b);

/** whitespace collapsed and a possessive dropped ("Putin's"), memoised (a corpus repeats its names in thousands of mentions) */
const withoutPossessive = memo((text) => collapseSpace(text).replace(/['\u2019]s$/, '').replace(/(s)['\u2019]$/, '$1'));

/** A surface form as an alias: whitespace collapsed; a person's or place's possessive dropped ("Putin's"). */
function surface(text: string, label: MentionLabel): string {
  return label === 'Person' || label === 'Country' || label === 'Location' ? withoutPossessive(text) : collapseSpace(text);
}

