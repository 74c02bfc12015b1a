/**
 * A date before a reporting verb dates the report, not an event only mentioned in what was reported.
 */
import { expect } from 'chai';
import { extractArticle } from './extractArticle';
import type { ArticleDoc } from '../model/types';

const events = (text: string) => {
  const doc: ArticleDoc = { id: 'article:t', path: 't', sha256: '', fingerprint: '', language: 'en', text, published: '2024-09-02' };
  return extractArticle(doc).events.map((e) => `${e.type} ${e.date ?? '-'}`);
};

describe('extract: dates in reported speech', () => {
  const table: [string, string, string][] = [
    [
      'a reported reference to an earlier warrant takes no date from the report',
      'On August 31st, the magazine Diplomat reported that Mongolia may defy the ICC\'s arrest warrant for Vladimir Putin.',
      'ArrestWarrant -',
    ],
    [
      'the date of the issuing itself is kept',
      'The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023.',
      'ArrestWarrant 2023-03',
    ],
    [
      'an event dated directly is unaffected',
      'On September 3, Vladimir Putin will visit Mongolia.',
      'Visit 2024-09-03',
    ],
  ];
  for (const [what, text, want] of table) it(what, () => expect(events(text)).to.include(want));
});
