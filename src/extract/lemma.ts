/**
 * A tiny lemmatiser for the verbs and nouns the extractor keys on (event triggers, speech verbs).
 * wink's lemmatiser costs about a fifth of the tagging time; we only need these words.
 */
import { lookupTable } from '../model/lookupTable';
const BASES = [
  'visit', 'trip', 'travel', 'tour', 'talk', 'meeting', 'meet', 'summit', 'negotiation', 'anniversary', 'celebration',
  'celebrate', 'commemoration', 'commemorate', 'memorial', 'ceremony', 'say', 'tell', 'add', 'stress', 'announce',
  'state', 'note', 'warn', 'claim', 'respond', 'reply', 'deny', 'insist', 'urge', 'explain', 'write', 'confirm',
  'emphasize', 'emphasise', 'declare', 'report', 'call', 'comment', 'argue', 'sign', 'ratify', 'join', 'elect',
  'sanction', 'agree', 'arrest', 'detain', 'issue', 'attend', 'host', 'welcome',
];
const BASE_SET = new Set(BASES);
const IRREGULAR: Record<string, string> = lookupTable({
  said: 'say', says: 'say', told: 'tell', met: 'meet', wrote: 'write', written: 'write', writes: 'write',
  travelled: 'travel', travelling: 'travel', traveled: 'travel', traveling: 'travel',
});

const PREFIXES = new Set([...BASES, ...Object.keys(IRREGULAR)].map((b) => b.slice(0, 3)));

export function lemmaOf(lower: string): string {
  if (lower.length < 3 || !PREFIXES.has(lower.slice(0, 3))) return lower;
  const irr = IRREGULAR[lower];
  if (irr) return irr;
  if (BASE_SET.has(lower)) return lower;
  const cands: string[] = [];
  if (lower.endsWith('ies')) cands.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ied')) cands.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) cands.push(lower.slice(0, -2));
  if (lower.endsWith('s')) cands.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) cands.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  if (lower.endsWith('ing')) cands.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  for (const c of cands) if (BASE_SET.has(c)) return c;
  return lower;
}
