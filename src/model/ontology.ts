/**
 * The graph's schema (docs/ontology.md): labels, relationship types, event types and organization kinds.
 * Everything that names a label or a type imports it from here.
 */

export const ENTITY_LABELS = ['Person', 'Organization', 'Country', 'Location', 'Treaty', 'Event'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Facts between entities (direction as written). */
export const FACT_TYPES = [
  'LEADER_OF',
  'SPOKESPERSON_FOR',
  'WORKS_FOR',
  'MEMBER_OF',
  'PARTY_TO',
  'ESTABLISHED',
  'ALLY_OF',
  'BORDERS',
  'LOCATED_IN',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** From an event to its participants. */
export const EVENT_ROLE_TYPES = ['AGENT', 'TARGET', 'LOCATION', 'PART_OF'] as const;
export type EventRoleType = (typeof EVENT_ROLE_TYPES)[number];

export const RELATION_TYPES = [...FACT_TYPES, ...EVENT_ROLE_TYPES, 'MENTIONS'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EVENT_TYPES = [
  'Visit',
  'Meeting',
  'ArrestWarrant',
  'Arrest',
  'Signing',
  'Ratification',
  'Accession',
  'Withdrawal',
  'Commemoration',
  'Conference',
  'Battle',
  'Sanction',
  'Agreement',
  'Election',
  'Statement',
  'Other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ORGANIZATION_KINDS = [
  'court',
  'government',
  'ministry',
  'media',
  'military',
  'company',
  'university',
  'intergovernmental',
  'party',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Which labels each relationship type may connect (from -> to), per the ontology. */
export const RELATION_SIGNATURES: Record<RelationType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  LEADER_OF: { from: ['Person'], to: ['Country', 'Organization'] },
  SPOKESPERSON_FOR: { from: ['Person'], to: ['Organization', 'Country', 'Person'] },
  WORKS_FOR: { from: ['Person'], to: ['Organization', 'Country'] },
  MEMBER_OF: { from: ['Country', 'Organization'], to: ['Organization'] },
  PARTY_TO: { from: ['Country'], to: ['Treaty'] },
  ESTABLISHED: { from: ['Treaty'], to: ['Organization'] },
  ALLY_OF: { from: ['Country', 'Person'], to: ['Country', 'Person'] },
  BORDERS: { from: ['Country'], to: ['Country'] },
  LOCATED_IN: { from: ['Location', 'Organization'], to: ['Location', 'Country'] },
  AGENT: { from: ['Event'], to: ['Person', 'Organization', 'Country'] },
  TARGET: { from: ['Event'], to: ['Person', 'Organization', 'Country', 'Location', 'Treaty', 'Event'] },
  LOCATION: { from: ['Event'], to: ['Location', 'Country'] },
  PART_OF: { from: ['Event'], to: ['Event'] },
  MENTIONS: { from: ['Article'], to: ['Person', 'Organization', 'Country', 'Location', 'Treaty', 'Event'] },
};

export function isNodeLabel(s: string): s is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(s);
}
export function isRelationType(s: string): s is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(s);
}
export function isEventType(s: string): s is EventType {
  return (EVENT_TYPES as readonly string[]).includes(s);
}
