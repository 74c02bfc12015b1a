/**
 * What a person's title says about them and an organization or country: LEADER_OF, SPOKESPERSON_FOR or
 * WORKS_FOR, with the title as the `role` property (capitalised) except on SPOKESPERSON_FOR.
 */
import type { TitleRole } from './gazetteer/lexicon';

export type TitleFactType = 'LEADER_OF' | 'SPOKESPERSON_FOR' | 'WORKS_FOR';

/** the title as a role property: its first letter capitalised ("foreign minister" -> "Foreign minister") */
export function roleName(title: string): string {
  return title.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
}

export function titleFact(role: TitleRole | undefined, title: string): { type: TitleFactType; properties: Record<string, string> } {
  const type: TitleFactType = role === 'leader' ? 'LEADER_OF' : role === 'spokesperson' ? 'SPOKESPERSON_FOR' : 'WORKS_FOR';
  return { type, properties: type === 'SPOKESPERSON_FOR' ? {} : { role: roleName(title) } };
}
