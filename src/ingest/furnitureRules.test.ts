import { expect } from 'chai';
import { matchLineRule, splitPhotoCredit, type FurnitureRule } from './furnitureRules';

const ctx = { order: 'DMY' as const, position: 0.5 };
const tailCtx = { order: 'DMY' as const, position: 0.95 };

describe('ingest: furniture line rules', () => {
  // furniture as news pages in general write it, and the rule that must catch it
  const FURNITURE: [string, FurnitureRule][] = [
    ['Your Position:Home>News>Industry news>Multiple parties are paying attention...', 'breadcrumb'],
    ['You are here: Home / World / Asia', 'breadcrumb'],
    ['Home » Politics » Elections', 'breadcrumb'],
    ['World › Africa › Kenya', 'breadcrumb'],
    ['News | Sport | Business | Culture', 'menu'],
    ['Welcome to HiFred Technology Company Ltd!', 'welcome-banner'],
    ['Live Chat', 'chat-widget'],
    ['Comment (0)', 'comments'],
    ['12 comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['Click:28', 'counter'],
    ['Views: 1,204', 'counter'],
    ['Share', 'share'],
    ['Facebook | Twitter | WhatsApp | Email', 'share'],
    ['Share this article', 'share'],
    ['Subscribe to our newsletter', 'subscribe'],
    ['Sign up for the morning briefing', 'subscribe'],
    ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'cookie'],
    ['Advertisement', 'advertisement'],
    ['Scroll to continue with content', 'advertisement'],
    ['Russian President Putin will visit Mongolia (source image)', 'caption'],
    ['Điện Kremlin: Nga, Mông Cổ tăng cường quan hệ, không gửi tín hiệu tới phương Tây- Ảnh 1.', 'caption'],
    ['Photo: Reuters', 'caption'],
    ['Read more: Ethiopia’s dam talks stall again', 'related'],
    ['Related stories', 'related'],
    ['You may also like', 'related'],
    ['Same tag', 'related'],
    ['Tags: Energy, Baltic states', 'related'],
    ['No data', 'empty-widget'],
    ['No videos available', 'empty-widget'],
    ['Source: korrespondent', 'source'],
    ['Source: https://www.nguoiduatin.vn/dien-kremlin-204240904101835582.htm', 'source'],
    ['© 2024 East Africa Monitor. All rights reserved.', 'copyright'],
    ['Copyright 2024 Harbor City Herald', 'copyright'],
    ['Tel: +84 24 1234 5678', 'contact'],
    ['By Ingrid Solberg', 'byline'],
    ['Reporter: Nguyen Van An', 'byline'],
    ['Minh Duc (According to TASS, Al Jazeera, RFE/RL)', 'sign-off'],
    ['Time:2024-09-02 Click:28', 'dateline'],
    ['Người Đưa TinNgười Đưa Tin04/09/2024', 'dateline'],
    ['Posted 2 days ago · 2024 Reuters', 'dateline'],
    ['Posted 2 days ago', 'dateline'],
    ['I am David Wyatt, a professional writer and journalist for Buna Times. I specialize in the world section.', 'biography'],
    ['About the author', 'biography'],
  ];
  for (const [line, rule] of FURNITURE) {
    it(`${rule}: ${JSON.stringify(line.slice(0, 60))}`, () => expect(matchLineRule(line, ctx)?.rule).to.equal(rule));
  }

  it('a third-person biography counts only at the end of the page', () => {
    const bio = 'Jane Roe is a senior correspondent for the Northern Ledger who has covered the Baltic states since 2015.';
    expect(matchLineRule(bio, tailCtx)?.rule).to.equal('biography');
    expect(matchLineRule(bio, ctx)).to.equal(undefined);
  });

  // lines of stories that look a little like furniture and must stay
  const BODY: string[] = [
    "ICC can do little to force Mongolia's hand",
    'Two hours ago, a bomb exploded in Kabul',
    'Updated 5 minutes ago: Police said two people were hurt.',
    'Russian President Putin will visit Mongolia on September 3 and participate in the celebration.',
    'Share prices in Moscow fell 3% on Monday after the announcement.',
    'The ICC relies on its States Parties and other partners to execute its decisions, the spokesman said.',
    'Sources close to the talks said the source of the leak was not known.',
    'Welcome news for exporters came on Friday when the border reopened.',
    'By the end of the week the delegation had left Ulaanbaatar.',
    'Traders welcome shorter queues',
    'The Kremlin said the comments by the foreign ministry were "unfriendly".',
    'Photographs of the ceremony were released by the Kremlin on Tuesday evening.',
    'Mongolia imports 95% of its petroleum products and more than 20% of its electricity.',
    'Related talks between the two foreign ministers will take place in Beijing next month, officials said.',
    'By the time the talks ended',
    'I am Olena Petrenko, a teacher from Kharkiv, and I lost my home in the first week of the war.',
    'Putin (according to the Kremlin) will stay two days',
  ];
  for (const line of BODY) {
    it(`keeps ${JSON.stringify(line.slice(0, 60))}`, () => expect(matchLineRule(line, ctx)?.rule).to.equal(undefined));
  }

  const CREDITS: [string, string | undefined, string | undefined][] = [
    ['The official welcoming ceremony for President Putin, September 3, 2024. Photo: Kremlin.ru', 'The official welcoming ceremony for President Putin, September 3, 2024.', 'Photo: Kremlin.ru'],
    ['Rescue workers search the rubble in the city centre. (Photo: Reuters)', 'Rescue workers search the rubble in the city centre.', '(Photo: Reuters)'],
    ['Protesters gather outside parliament in Tbilisi. AFP via Getty Images', 'Protesters gather outside parliament in Tbilisi.', 'AFP via Getty Images'],
    ['The minister said the photo was taken in 2019.', undefined, undefined],
    ['The prime minister greets colleagues in Canberra on Tuesday, May 31, 2022. (AAP Image / Jane Roe) Not archived', 'The prime minister greets colleagues in Canberra on Tuesday, May 31, 2022.', '(AAP Image / Jane Roe) Not archived'],
  ];
  for (const [line, text, credit] of CREDITS) {
    it(`photo credit of ${JSON.stringify(line.slice(0, 50))}`, () => {
      const r = splitPhotoCredit(line);
      expect(r?.text).to.equal(text);
      expect(r?.credit).to.equal(credit);
    });
  }
});

describe('ingest: long "Read more:" link lines', () => {
  // imported here to keep this table self-contained
  const { parseArticle } = require('./parseArticle') as typeof import('./parseArticle');
  it('drops a labelled link line whatever the length of the linked headline, and keeps the story around it', () => {
    const text = [
      'World trade deal set for November',
      'An agreement on the biggest trade deal will be made in November, according to the trade minister of Singapore, who spoke on Friday.',
      'Read more: Donald Trump threatens to pull the US out of the World Trade Organisation over a dispute',
      'The arrangement does not include the United States, which pulled out of the Trans-Pacific Partnership last year.',
    ].join('\n\n');
    const out = parseArticle('rcep.txt', new TextEncoder().encode(text)).text;
    expect(out).to.not.contain('World Trade Organisation');
    expect(out).to.contain('The arrangement does not include the United States');
  });
});
