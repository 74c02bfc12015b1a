/** Test helper: a small article and a model reply that is right about it. */
import type { ArticleDoc } from '../../model/types';

export const TEXT = [
  'Russian President Vladimir Putin visited Mongolia on 2024-09-03.',
  'Kremlin spokesman Dmitry Peskov said Mongolia is a member of the International Criminal Court.',
  'Mongolia ratified the Rome Statute in 2002.',
].join('\n');

export function testDoc(text = TEXT, over: Partial<ArticleDoc> = {}): ArticleDoc {
  return { id: 'article:test', path: 'test.txt', sha256: 'a'.repeat(64), fingerprint: 'b'.repeat(64), language: 'en', text, published: '2024-09-04', ...over };
}

export const GOOD_REPLY = {
  entities: [
    { label: 'Person', name: 'Vladimir Putin', quote: 'Vladimir Putin', titles: ['President'] },
    { label: 'Country', name: 'Mongolia', quote: 'Mongolia' },
    { label: 'Person', name: 'Dmitry Peskov', quote: 'Dmitry Peskov' },
    { label: 'Organization', name: 'Kremlin', quote: 'Kremlin', kind: 'government' },
    { label: 'Organization', name: 'International Criminal Court', quote: 'International Criminal Court', kind: 'court' },
    { label: 'Treaty', name: 'Rome Statute', quote: 'Rome Statute' },
  ],
  facts: [
    { type: 'SPOKESPERSON_FOR', from: 'Dmitry Peskov', to: 'Kremlin', evidence: 'Kremlin spokesman Dmitry Peskov said Mongolia is a member of the International Criminal Court.' },
    { type: 'MEMBER_OF', from: 'Mongolia', to: 'International Criminal Court', evidence: 'Mongolia is a member of the International Criminal Court' },
    { type: 'PARTY_TO', from: 'Mongolia', to: 'Rome Statute', properties: { ratified: '2002' }, evidence: 'Mongolia ratified the Rome Statute in 2002.' },
  ],
  events: [
    { type: 'Visit', date: '2024-09-03', trigger: 'visited', agents: ['Vladimir Putin'], targets: ['Mongolia'], locations: ['Mongolia'], evidence: 'Russian President Vladimir Putin visited Mongolia on 2024-09-03.' },
  ],
};
