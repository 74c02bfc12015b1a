/**
 * Test support: the four seed articles (seeds/) as a careful extractor would see them, written by hand.
 * Sentences are quoted from the seeds (some shortened); mentions, facts and events are what each
 * sentence states. Used by the cluster, event, conflict and permutation tests.
 */
import type { ArticleDoc, Extraction } from '../../model/types';
import { ExtractionBuilder } from './extractionBuilder';

export const A = 'article:32ea234443565783'; // BBC-style report, ratified 2002
export const B = 'article:0035297ce0d64792'; // korrespondent, ratified 2003
export const C = 'article:ff33d001fe23c161'; // HiFred, Khurilesukh, Halkhin River, Fadi Abdullah
export const D = 'article:c0a50ba40cb45e53'; // Nguoi Dua Tin, Khalkhin Gol

export function seedA(): ExtractionBuilder {
  const x = new ExtractionBuilder(A, { title: 'Russia not worried Mongolia will arrest Putin', published: '2024-08-30' });
  x.s('Russia has said it is not worried that Mongolia could arrest President Vladimir Putin during his visit there next week, despite the International Criminal Court saying the member country had an "obligation" to detain the Russian leader.');
  const rus = x.m('Country', 'Russia', { countryCode: 'RUS' });
  const mng = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const putin = x.m('Person', 'President Vladimir Putin', { name: 'Vladimir Putin', titles: ['President'] });
  const icc = x.m('Organization', 'International Criminal Court', { kind: 'court' });
  x.m('Person', 'the Russian leader', { refersTo: putin });
  x.event('Visit', 'Vladimir Putin visit to Mongolia', { date: '2024-09-03', agents: [putin], targets: [mng] });
  void rus;
  void icc;

  x.s('Mr Putin will travel to Mongolia on Tuesday, his first trip to an ICC member since The Hague-based court issued a warrant for his arrest over the illegal deportation of Ukrainian children in March 2023.');
  const putin2 = x.m('Person', 'Mr Putin', { name: 'Putin' });
  x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const icc2 = x.m('Organization', 'ICC', { via: 'abbreviation', kind: 'court' });
  const hague = x.m('Organization', 'The Hague-based court', { refersTo: icc2 });
  x.m('Country', 'Ukrainian', { countryCode: 'UKR', via: 'demonym' });
  x.event('ArrestWarrant', 'ICC arrest warrant for Putin', { date: '2023-03', agents: [hague], targets: [putin2] });

  x.s('"There are no worries, we have a great dialogue with our friends from Mongolia," Russian spokesman Dmitry Peskov said.');
  const rus3 = x.m('Country', 'Russian', { countryCode: 'RUS', via: 'demonym' });
  const peskov = x.m('Person', 'Dmitry Peskov', { titles: ['spokesman'] });
  x.fact('SPOKESPERSON_FOR', peskov, rus3, {}, 0.6);

  x.s('Court spokesman Fadi el-Abdallah told reporters that states that have signed up to the Rome Statute that underpins the Court, "have the obligation to cooperation."');
  const fadi = x.m('Person', 'Fadi el-Abdallah', { titles: ['spokesman'] });
  const rome = x.m('Treaty', 'Rome Statute');
  const court = x.m('Organization', 'the Court', { refersTo: icc2 });
  x.fact('SPOKESPERSON_FOR', fadi, court, {}, 0.7);
  x.fact('ESTABLISHED', rome, court, {}, 0.6);

  x.s('Mongolia has been a member of the ICC for more than two decades, having ratified the Rome Statute in 2002.');
  const mng5 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const icc5 = x.m('Organization', 'ICC', { via: 'abbreviation', kind: 'court' });
  const rome5 = x.m('Treaty', 'Rome Statute');
  x.fact('MEMBER_OF', mng5, icc5, {}, 0.9);
  x.fact('PARTY_TO', mng5, rome5, { ratified: '2002' }, 0.9);
  x.event('Ratification', 'Mongolia ratification of the Rome Statute', { date: '2002', agents: [mng5], targets: [rome5] });

  x.s('Russia also said its ally Armenia joining the court earlier this year - meaning it would be obliged to arrest Putin if he travels there - was an "unfriendly step."');
  const rus6 = x.m('Country', 'Russia', { countryCode: 'RUS' });
  const arm = x.m('Country', 'Armenia', { countryCode: 'ARM' });
  x.m('Person', 'Putin');
  x.fact('ALLY_OF', rus6, arm, {}, 0.7);
  x.event('Accession', 'Armenia joins the International Criminal Court', { date: '2024', agents: [arm], targets: [icc] });

  x.s('"States Parties to the ICC Rome Statute have the obligation to cooperate," spokesman el-Abdallah said in response to questions about Mr Putin\'s upcoming visit.');
  x.m('Person', 'el-Abdallah', { titles: ['spokesman'] });
  x.m('Person', "Mr Putin", { name: 'Putin' });

  x.s('The ICC issued an arrest warrant for Putin in March 2023.');
  const icc8 = x.m('Organization', 'ICC', { via: 'abbreviation', kind: 'court' });
  const putin8 = x.m('Person', 'Putin');
  x.event('ArrestWarrant', 'ICC arrest warrant for Putin', { date: '2023-03', agents: [icc8], targets: [putin8] });
  return x;
}

export function seedB(): ExtractionBuilder {
  const x = new ExtractionBuilder(B, { title: 'Putin received assurances he will not be arrested in Mongolia', publisher: 'korrespondent' });
  x.s('Vladimir Putin has received assurances ahead of a planned visit to Mongolia that he will not be arrested on an International Criminal Court warrant, according to Bloomberg.');
  const putin = x.m('Person', 'Vladimir Putin');
  const mng = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  x.m('Organization', 'International Criminal Court', { kind: 'court' });
  x.m('Organization', 'Bloomberg', { kind: 'media' });
  x.event('Visit', 'planned visit of Vladimir Putin to Mongolia', { agents: [putin], targets: [mng] });

  x.s('Moscow is “not worried” about the fact that Mongolia has joined the Rome Statute, which recognizes the International Criminal Court (ICC), due to the upcoming visit of Russian dictator Vladimir Putin to Ulaanbaatar.');
  x.m('Country', 'Moscow', { countryCode: 'RUS', via: 'capital' });
  x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  x.m('Treaty', 'Rome Statute');
  const iccFull = x.m('Organization', 'International Criminal Court', { kind: 'court' });
  x.m('Organization', 'ICC', { via: 'abbreviation', refersTo: iccFull, kind: 'court' });
  x.m('Person', 'Russian dictator Vladimir Putin', { name: 'Vladimir Putin' });
  x.m('Location', 'Ulaanbaatar');

  x.s('Kremlin Speaker Dmitry Peskov said this at a briefing on Friday, August 30.');
  const kremlin = x.m('Organization', 'Kremlin', { kind: 'government' });
  const peskov = x.m('Person', 'Dmitry Peskov', { titles: ['Speaker'] });
  x.fact('SPOKESPERSON_FOR', peskov, kremlin, {}, 0.8);
  x.event('Statement', 'Dmitry Peskov statement on the visit', { date: '2024-08-30', agents: [peskov] });

  x.s('“Of course, all aspects of the visit were carefully prepared,” Peskov said.');
  x.m('Person', 'Peskov');

  x.s('It should be noted that Mongolia signed the Rome Statute in 2000.');
  const mng5 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const rome5 = x.m('Treaty', 'Rome Statute');
  x.fact('PARTY_TO', mng5, rome5, { signed: '2000' }, 0.9);

  x.s('However, the country ratified it in 2003.');
  const country = x.m('Country', 'the country', { refersTo: mng5 });
  const it = x.m('Treaty', 'it', { refersTo: rome5, via: 'coreference' });
  x.fact('PARTY_TO', country, it, { ratified: '2003' }, 0.8);
  x.event('Ratification', 'Mongolia ratifies the Rome Statute', { date: '2003', agents: [country], targets: [it] });

  x.s('The country’s President Ukhnaagiin Khurelsukh said that this is “a sign of the growth and strengthening of the country’s reputation”.');
  const khur = x.m('Person', 'President Ukhnaagiin Khurelsukh', { name: 'Ukhnaagiin Khurelsukh', titles: ['President'] });
  x.fact('LEADER_OF', khur, mng5, { role: 'President' }, 0.7);

  x.s('It is understood that Putin’s visit to Mongolia will be his first to an ICC member country after an arrest warrant was issued for him in March last year.');
  const putin8 = x.m('Person', 'Putin’s', { name: 'Putin' });
  x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const him = x.m('Person', 'him', { refersTo: putin8, via: 'coreference' });
  x.event('ArrestWarrant', 'arrest warrant for Putin', { date: '2023-03', targets: [him] });
  return x;
}

export function seedC(): ExtractionBuilder {
  const x = new ExtractionBuilder(C, { title: "Multiple parties are paying attention to Putin's upcoming visit to Mongolia!", published: '2024-09-02' });
  x.s('The Russian Presidential News Agency announced that at the invitation of Mongolian President Khurilesukh, Russian President Putin will visit Mongolia on September 3 and participate in the celebration of the 85th anniversary of the victory of the Soviet Mongolian army in the Battle of the Halkhin River.');
  const mngDem = x.m('Country', 'Mongolian', { countryCode: 'MNG', via: 'demonym' });
  const khur = x.m('Person', 'Mongolian President Khurilesukh', { name: 'Khurilesukh', titles: ['President'] });
  const rusDem = x.m('Country', 'Russian', { countryCode: 'RUS', via: 'demonym' });
  const putin = x.m('Person', 'Russian President Putin', { name: 'Putin', titles: ['President'] });
  const mng = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  x.fact('LEADER_OF', khur, mngDem, { role: 'President' }, 0.8);
  x.fact('LEADER_OF', putin, rusDem, { role: 'president' }, 0.8);
  const visit = x.event('Visit', 'Putin visit to Mongolia', { date: '2024-09-03', agents: [putin], targets: [mng] });
  x.event('Commemoration', '85th anniversary of the Battle of the Halkhin River', { date: '2024-09-03', agents: [putin], partOf: visit });
  x.event('Battle', 'Battle of the Halkhin River');

  x.s("According to reports, Putin's last visit to Mongolia was in 2019.");
  const putin2 = x.m('Person', "Putin's", { name: 'Putin' });
  const mng2 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  x.event('Visit', 'Putin visit to Mongolia in 2019', { date: '2019', agents: [putin2], targets: [mng2] });

  x.s('Today\'s Russian television website mentioned that Mongolia is a party to the Rome Statute of the International Criminal Court (ICC), and the ICC issued an "arrest warrant" for Putin in March last year.');
  const mng3 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const rome3 = x.m('Treaty', 'Rome Statute');
  const icc3 = x.m('Organization', 'International Criminal Court', { kind: 'court' });
  const icc3b = x.m('Organization', 'ICC', { via: 'abbreviation', refersTo: icc3, kind: 'court' });
  const putin3 = x.m('Person', 'Putin');
  x.fact('PARTY_TO', mng3, rome3, {}, 0.8);
  x.event('ArrestWarrant', 'ICC arrest warrant for Putin', { date: '2023-03', agents: [icc3b], targets: [putin3] });

  x.s('ICC spokesperson Fadi Abdullah also issued a statement stating that Mongolia, as a signatory to the Rome Statute, has an obligation to cooperate with ICC.');
  const icc4 = x.m('Organization', 'ICC', { via: 'abbreviation', kind: 'court' });
  const fadi = x.m('Person', 'Fadi Abdullah', { titles: ['spokesperson'] });
  x.fact('SPOKESPERSON_FOR', fadi, icc4, {}, 0.8);

  x.s('According to TASS, Russian President\'s press secretary Peskov responded on August 30th that Russia is "not worried" about this.');
  x.m('Organization', 'TASS', { kind: 'media' });
  const peskov = x.m('Person', 'Peskov', { titles: ['press secretary'] });
  x.event('Statement', 'Peskov statement on the visit', { date: '2024-08-30', agents: [peskov] });
  return x;
}

export function seedD(): ExtractionBuilder {
  const x = new ExtractionBuilder(D, { title: 'Russia, Mongolia strengthen ties, send no signal to the West', published: '2024-09-04', url: 'https://www.nguoiduatin.vn/dien-kremlin-nga-mong-co-tang-cuong-quan-he-khong-gui-tin-hieu-toi-phuong-tay-204240904101835582.htm' });
  x.s('The warm reception that Russian President Vladimir Putin received in Mongolia was not an attempt to "prove" something to the West, Kremlin spokesman Dmitry Peskov said in response to a VGTRK reporter on September 3.');
  const putin = x.m('Person', 'Russian President Vladimir Putin', { name: 'Vladimir Putin', titles: ['President'] });
  const mng = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const kremlin = x.m('Organization', 'Kremlin', { kind: 'government' });
  const peskov = x.m('Person', 'Dmitry Peskov', { titles: ['spokesman'] });
  x.fact('SPOKESPERSON_FOR', peskov, kremlin, {}, 0.8);
  x.event('Statement', 'Dmitry Peskov statement on the reception', { date: '2024-09-03', agents: [peskov] });
  void putin;
  void mng;

  x.s('During his official visit to the neighboring country on September 3, Russian President Putin was warmly welcomed by host country President Ukhnaagiin Khurelsukh.');
  const putin2 = x.m('Person', 'Russian President Putin', { name: 'Putin', titles: ['President'] });
  const neighbour = x.m('Country', 'the neighboring country', { refersTo: mng });
  const khur = x.m('Person', 'host country President Ukhnaagiin Khurelsukh', { name: 'Ukhnaagiin Khurelsukh', titles: ['President'] });
  const visit = x.event('Visit', 'Vladimir Putin official visit to Mongolia', { date: '2024-09-03', agents: [putin2], targets: [neighbour, khur] });

  x.s('Mr Putin then held talks with Mongolian leaders, took part in celebrations marking the 85th anniversary of the victory in the Battle of Khalkhin Gol, laid flowers at the monument to Soviet Marshal Georgy Zhukov and visited the Ulaanbaatar campus of the Plekhanov Russian University of Economics.');
  const putin3 = x.m('Person', 'Mr Putin', { name: 'Putin' });
  x.m('Person', 'Marshal Georgy Zhukov', { name: 'Georgy Zhukov', titles: ['Marshal'] });
  x.m('Location', 'Ulaanbaatar');
  x.m('Organization', 'Plekhanov Russian University of Economics', { kind: 'university' });
  x.event('Commemoration', '85th anniversary of the victory in the Battle of Khalkhin Gol', { date: '2024-09-03', agents: [putin3], partOf: visit });
  x.event('Battle', 'Battle of Khalkhin Gol');

  x.s("Mr. Putin's previous visit to Mongolia took place in 2019.");
  const putin4 = x.m('Person', "Mr. Putin's", { name: 'Putin' });
  const mng4 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  x.event('Visit', 'Putin previous visit to Mongolia', { date: '2019', agents: [putin4], targets: [mng4] });

  x.s('Mongolia, home to more than 3 million people and bordering Russia and China, is a signatory to the Rome Statute establishing the International Criminal Court (ICC).');
  const mng5 = x.m('Country', 'Mongolia', { countryCode: 'MNG' });
  const rus5 = x.m('Country', 'Russia', { countryCode: 'RUS' });
  const chn = x.m('Country', 'China', { countryCode: 'CHN' });
  const rome = x.m('Treaty', 'Rome Statute');
  const icc = x.m('Organization', 'International Criminal Court', { kind: 'court' });
  x.m('Organization', 'ICC', { via: 'abbreviation', refersTo: icc, kind: 'court' });
  x.fact('BORDERS', mng5, rus5, {}, 0.9);
  x.fact('BORDERS', mng5, chn, {}, 0.9);
  x.fact('PARTY_TO', mng5, rome, {}, 0.7);
  x.fact('ESTABLISHED', rome, icc, {}, 0.9);

  x.s('Ukrainian Foreign Ministry spokesman Heorhii Tykhii called Mongolia\'s decision not to arrest Mr Putin "a heavy blow to the ICC and the international criminal justice system".');
  const mfa = x.m('Organization', 'Ukrainian Foreign Ministry', { kind: 'ministry' });
  const tykhii = x.m('Person', 'Heorhii Tykhii', { titles: ['spokesman'] });
  x.m('Country', "Mongolia", { countryCode: 'MNG' });
  x.m('Person', 'Mr Putin', { name: 'Putin' });
  x.m('Organization', 'ICC', { via: 'abbreviation', kind: 'court' });
  x.fact('SPOKESPERSON_FOR', tykhii, mfa, {}, 0.8);
  x.fact('LEADER_OF', tykhii, tykhii, {}, 0.1); // a self-loop an extractor might emit: dropped
  x.fact('BORDERS', tykhii, mfa, {}, 0.5); // violates BORDERS' signature: dropped
  return x;
}

export function seedCorpus(): { docs: ArticleDoc[]; extractions: Extraction[] } {
  const bs = [seedA(), seedB(), seedC(), seedD()];
  return { docs: bs.map((b) => b.doc()), extractions: bs.map((b) => b.extraction()) };
}
