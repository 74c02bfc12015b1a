import { expect } from 'chai';
import { parseArticle } from './parseArticle';

const BODY =
  'The delegations met in Geneva on Monday and agreed to continue the talks on the ceasefire next week, officials from both sides said.\n\n' +
  'The next round will take place in Vienna, where both sides have offices, and is expected to last three days.';

describe('ingest: metadata from the text', () => {
  // [name, text, expected metadata (only the keys given are compared)]
  const CASES: [string, string, Record<string, string | undefined>][] = [
    ['byline with two names', `Talks resume in Geneva\n\nBy Ann Lee and Bo Chan\n\n${BODY}`, { author: 'Ann Lee and Bo Chan', title: 'Talks resume in Geneva' }],
    ['byline with a date after a bar', `Talks resume in Geneva\n\nBy Ann Lee | 6 May 2024\n\n${BODY}`, { author: 'Ann Lee', published: '2024-05-06', publisher: undefined }],
    ['author label', `Talks resume in Geneva\n\nAuthor: Ann Lee\n\n${BODY}`, { author: 'Ann Lee' }],
    ['Reuters-style sign-off', `${BODY}\n\n(Reporting by Ann Lee in Geneva; Editing by Bo Chan)`, { author: 'Ann Lee' }],
    ['third-person biography at the end', `${BODY}\n\nAnn Lee is a correspondent for the Lakeside Post who has covered diplomacy since 2015.`, { author: 'Ann Lee', publisher: 'Lakeside Post' }],
    ['biography outranks a Source: footer', `${BODY}\n\nSource: wire services\n\nI am Ann Lee, a reporter for Lakeside Post. I write about diplomacy.`, { author: 'Ann Lee', publisher: 'Lakeside Post' }],
    ['Source: footer alone', `${BODY}\n\nSource: Lakeside Post`, { publisher: 'Lakeside Post' }],
    ['Source: with a date', `Talks resume in Geneva\nSource: Lakeside Post | 12-29-2006 08:36\n${BODY}`, { publisher: 'Lakeside Post', published: '2006-12-29' }],
    ['welcome banner with "the ... website"', `Welcome to the Lakeside Post website!\n\nTalks resume in Geneva\n\n${BODY}`, { publisher: 'Lakeside Post' }],
    ['copyright line', `${BODY}\n\n© 2019-2024 Lakeside Post. All rights reserved.`, { publisher: 'Lakeside Post' }],
    ['url line and host as the last resort', `${BODY}\n\nSource: https://www.lakeside.example/geneva-talks`, { url: 'https://www.lakeside.example/geneva-talks', publisher: 'lakeside.example' }],
    ['dateline name that matches the host', `Talks resume in Geneva\n\nLakeside Example 06/05/2024\n\n${BODY}\n\nSource: https://lakesideexample.net/a`, { publisher: 'Lakeside Example', published: '2024-05-06' }],
    ['dateline name that is a person is not the publisher', `Talks resume in Geneva\n\nAnn Lee 06/05/2024\n\n${BODY}`, { publisher: undefined, published: '2024-05-06' }],
    ['earliest of published and updated', `Talks resume in Geneva\n\nUpdated: 8 May 2024\nPublished: 6 May 2024\n\n${BODY}`, { published: '2024-05-06' }],
    ['updated only', `Talks resume in Geneva\n\nLast updated: 8 May 2024\n\n${BODY}`, { published: '2024-05-08' }],
    ['no dateline: dates in the story are not the published date', `Talks resume in Geneva\n\nThe talks began on 3 September 2024 in Geneva and ended a week later without agreement.\n\n${BODY}`, { published: undefined }],
    ['a relative stamp on the dateline: the absolute date, and no publisher "Today"', `Talks resume in Geneva\n\nToday, 2 September 2024\n\n${BODY}\n\n© 2024 Lakeside Post. All rights reserved.`, { published: '2024-09-02', publisher: 'Lakeside Post' }],
    ['an age stamp on the dateline', `Talks resume in Geneva\n\nAnn Lee 10 seconds ago Thu 10th September 2020 | 08:23 PM\n\n${BODY}`, { published: '2020-09-10' }],
    ['a photo credit is never the publisher', `${BODY}\n\nDelegates arrive at the palace in Geneva on Monday. Photo: Lakeside Post`, { publisher: undefined }],
  ];
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const doc = parseArticle('t.txt', new TextEncoder().encode(text)) as unknown as Record<string, string | undefined>;
      const got = Object.fromEntries(Object.keys(expected).map((k) => [k, doc[k]]));
      expect(got).to.deep.equal(expected);
    });
  }
});
