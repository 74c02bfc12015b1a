/**
 * What a person's title says about them and an organization or country: LEADER_OF, SPOKESPERSON_FOR or
 * WORKS_FOR, with the title as the `role` property (capitalised) except on SPOKESPERSON_FOR.
 */
import type { TitleRole } from './gazetteer/lexicon';
import { lookupTable } from '../model/lookupTable';

export type TitleFactType = 'LEADER_OF' | 'SPOKESPERSON_FOR' | 'WORKS_FOR';

/** abbreviated titles, written out as roles */
const ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  'gen.': 'General', 'lt.': 'Lieutenant', 'lt. gen.': 'Lieutenant General', 'maj.': 'Major', 'maj. gen.': 'Major General',
  'brig.': 'Brigadier', 'brig. gen.': 'Brigadier General', 'col.': 'Colonel', 'lt. col.': 'Lieutenant Colonel', 'adm.': 'Admiral',
  'rear adm.': 'Rear Admiral', 'vice adm.': 'Vice Admiral', 'cmdr.': 'Commander', 'capt.': 'Captain', 'sgt.': 'Sergeant',
  pm: 'Prime Minister', 'cpl.': 'Corporal', 'pvt.': 'Private', 'sen.': 'Senator', 'rep.': 'Representative', 'gov.': 'Governor', 'amb.': 'Ambassador',
});

/** the title as a role property: its first letter capitalised ("foreign minister" -> "Foreign minister"), abbreviations written out ("Gen." -> "General") */
export function roleName(title: string): string {
  return ABBREVIATIONS[title.toLowerCase()] ?? title.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
}

export function titleFact(role: TitleRole | undefined, title: string): { type: TitleFactType; properties: Record<string, string> } {
  const type: TitleFactType = role === 'leader' ? 'LEADER_OF' : role === 'spokesperson' ? 'SPOKESPERSON_FOR' : 'WORKS_FOR';
  return { type, properties: type === 'SPOKESPERSON_FOR' ? {} : { role: roleName(title) } };
}
