/**
 * Claims: a property stated by articles, encoded as docs/store-format.md says:
 *   P          the value with the most supporting articles (ties: the earliest value in sort order)
 *   P_values   one entry per (value, article) claim
 *   P_sources  the article of each claim
 *   conflicts  names of the properties whose claims disagree
 * Dates (ISO 8601 as precise as the text allows) disagree only when neither refines the other:
 * '2024-09' and '2024-09-03' agree (P is then the most precise), '2002' and '2003' do not.
 */
import type { PropValue, Properties, Scalar } from '../model/types';

export interface Claim {
  value: Scalar;
  source: string;
}

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isIsoPartialDate(v: unknown): v is string {
  return typeof v === 'string' && ISO_PARTIAL.test(v);
}

/** Two ISO partial dates are compatible when one is a prefix of the other ('2024-09' ~ '2024-09-03'). */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Values compared for agreement: strings trimmed, whitespace collapsed and case-folded. */
function sameness(v: Scalar): string {
  return typeof v === 'string' ? `s:${v.trim().replace(/\s+/g, ' ').toLowerCase()}` : `${typeof v}:${String(v)}`;
}

function compareScalar(a: Scalar, b: Scalar): number {
  const sa = typeof a === 'string' ? a : String(a);
  const sb = typeof b === 'string' ? b : String(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return typeof a < typeof b ? -1 : typeof a > typeof b ? 1 : 0;
}

/** Do these values disagree? (Dates by compatibility, everything else by folded equality.) */
/**
 * Properties whose different values can all be true at once: a person is "President" and "leader" of a
 * country, so different roles are claims kept side by side, never a conflict. (Dates, by contrast, are
 * single-valued: 2002 and 2003 cannot both be the ratification year.)
 */
export const MULTI_VALUED_PROPERTIES = new Set(['role']);

export function propertyDisagrees(property: string, values: Scalar[]): boolean {
  return !MULTI_VALUED_PROPERTIES.has(property) && valuesDisagree(values);
}

export function valuesDisagree(values: Scalar[]): boolean {
  if (values.length < 2) return false;
  if (values.every(isIsoPartialDate)) {
    const distinct = [...new Set(values as string[])];
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++) if (!datesCompatible(distinct[i], distinct[j])) return true;
    return false;
  }
  return new Set(values.map(sameness)).size > 1;
}

/**
 * Encodes the claims on one property. Returns the P, P_values and P_sources entries and whether
 * they disagree. Claims with the same folded value and source count once; variants of one value
 * ("President"/"president") are written as their first form in sort order.
 */
export function encodeClaims(property: string, claims: Claim[]): { props: Properties; conflict: boolean } {
  // one claim (most claimed properties): what the general path below gives for it, without its maps
  if (claims.length === 1) {
    const value = canonicalForm(claims[0].value);
    return { props: claimProps(property, value, [value] as PropValue, [claims[0].source]), conflict: false };
  }
  const canonical = new Map<string, Scalar>();
  for (const c of [...claims].sort((a, b) => compareScalar(a.value, b.value))) {
    const k = sameness(c.value);
    if (!canonical.has(k)) canonical.set(k, canonicalForm(c.value));
  }
  const seen = new Set<string>();
  const unique: Claim[] = [];
  for (const c of claims) {
    const value = canonical.get(sameness(c.value))!;
    const k = `${sameness(value)}\u0000${c.source}`;
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push({ value, source: c.source });
  }
  unique.sort((a, b) => compareScalar(a.value, b.value) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const values = unique.map((c) => c.value);
  const conflict = propertyDisagrees(property, values);
  let best: Scalar;
  if (!conflict && values.every(isIsoPartialDate)) {
    best = (values as string[]).reduce((a, b) => (b.length > a.length ? b : a));
  } else {
    const support = new Map<string, { value: Scalar; n: Set<string> }>();
    for (const c of unique) {
      const k = sameness(c.value);
      if (!support.has(k)) support.set(k, { value: c.value, n: new Set() });
      support.get(k)!.n.add(c.source);
    }
    // unique is sorted by value, so the first of the most supported is the earliest in sort order
    best = [...support.values()].reduce((a, b) => (b.n.size > a.n.size ? b : a)).value;
  }
  const homogeneous = values.every((v) => typeof v === typeof values[0]);
  const listed: PropValue = (homogeneous ? values : values.map(String)) as PropValue;
  return { props: claimProps(property, best, listed, unique.map((c) => c.source)), conflict };
}

/** A claimed value as written: strings trimmed, whitespace collapsed. */
function canonicalForm(v: Scalar): Scalar {
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v;
}

function claimProps(property: string, best: Scalar, listed: PropValue, sources: string[]): Properties {
  // set one by one: an object literal with computed keys deoptimised on every new property name; and
  // through Reflect.set (the same [[Set]] as an assignment), because an assignment `props[property] =`
  // compiled by TurboFan bailed out ("wrong name") on every property name it had not seen: ~560 times
  // per 5k build on the main thread
  const props: Properties = {};
  Reflect.set(props, property, best);
  Reflect.set(props, `${property}_values`, listed);
  Reflect.set(props, `${property}_sources`, sources);
  return props;
}

/** Property names resolve itself writes on relationships and events: never taken from an extractor's properties. */
export const RESERVED_PROPERTIES = new Set(['id', 'name', 'type', 'sources', 'evidence', 'confidence', 'conflicts', 'aliases', 'count']);

export function isReservedProperty(key: string): boolean {
  return RESERVED_PROPERTIES.has(key) || key.endsWith('_values') || key.endsWith('_sources');
}
