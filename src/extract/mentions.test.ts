/**
 * Names, titles, places and coreference on made-up sentences: each case lists what must be found (and, for
 * the negative cases, what must not), as "Label:name" (or "Label:name[titles]") and "TYPE from -> to (role)".
 */
import { expect } from 'chai';
import type { Extraction } from '../model/types';
import { rootOf, runText as run } from './testHelpers';
/** every mention as "Label:name", with its titles in brackets when it has some */
const mentions = (x: Extraction) => x.mentions.map((m) => `${m.label}:${m.name}${m.titles?.length ? `[${m.titles.join(';')}]` : ''}`);
const facts = (x: Extraction) => x.facts.map((f) => `${f.type} ${rootOf(x, f.from).name} -> ${rootOf(x, f.to).name}${f.properties.role ? ` (${f.properties.role})` : ''}`);
/** "surface => root name" for every mention that refers to another */
const links = (x: Extraction) => x.mentions.filter((m) => m.refersTo).map((m) => `${m.text} => ${rootOf(x, m.id).name}`);

interface Case {
  text: string;
  /** mentions that must be there */
  has?: string[];
  /** mentions that must not */
  hasNot?: string[];
  facts?: string[];
  notFacts?: string[];
  links?: string[];
  notLinks?: string[];
}

function check(c: Case): void {
  const x = run(c.text);
  const ms = mentions(x);
  const fs = facts(x);
  const ls = links(x);
  for (const m of c.has ?? []) expect(ms, m).to.include(m);
  for (const m of c.hasNot ?? []) expect(ms, m).to.not.include(m);
  for (const f of c.facts ?? []) expect(fs, f).to.include(f);
  for (const f of c.notFacts ?? []) expect(fs, f).to.not.include(f);
  for (const l of c.links ?? []) expect(ls, l).to.include(l);
  for (const l of c.notLinks ?? []) expect(ls, l).to.not.include(l);
}

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) it(c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text, () => check(c));
  });
}

table('extract: titles (PM, ranks of two words, "chief" before another title)', [
  { text: 'Dutch PM Hendrik Vos arrived in Oslo on Monday.', has: ['Person:Hendrik Vos[PM]'], facts: ['LEADER_OF Hendrik Vos -> Netherlands (Prime Minister)'] },
  { text: "Crowds lined the streets during PM Kumar's visit to the port.", has: ['Person:Kumar[PM]'], hasNot: ['Location:PM Kumar'] },
  { text: "Kenya's PM Otieno Wafula met the envoy.", facts: ['LEADER_OF Otieno Wafula -> Kenya (Prime Minister)'] },
  // lower-case "pm" is a time
  { text: 'The rally began at 5 pm Cairo time and ended late.', hasNot: ['Person:Cairo[pm]'] },
  { text: 'Rear Admiral Tom Baker inspected the ship.', has: ['Person:Tom Baker[Rear Admiral]'] },
  { text: 'The French Navy Vice Admiral Luc Morel took command.', has: ['Person:Luc Morel[Vice Admiral]', 'Organization:French Navy'], hasNot: ['Organization:French Navy Vice'] },
  { text: 'Lieutenant General Omar Haddad and Major General Ines Duarte met Brigadier General Karl Holm.', has: ['Person:Omar Haddad[Lieutenant General]', 'Person:Ines Duarte[Major General]', 'Person:Karl Holm[Brigadier General]'] },
  { text: 'Air Marshal Raj Mehta and Lieutenant Colonel Ana Sousa spoke.', has: ['Person:Raj Mehta[Air Marshal]', 'Person:Ana Sousa[Lieutenant Colonel]'] },
  { text: 'Ghanaian Commander in Chief Kofi Mensah reviewed the troops.', facts: ['WORKS_FOR Kofi Mensah -> Ghana (Commander in Chief)'] },  // (the armed forces' commander, not the state's leader)
  { text: 'Peruvian chief negotiator Rosa Quispe said talks would resume.', facts: ['WORKS_FOR Rosa Quispe -> Peru (Chief negotiator)'], notFacts: ['LEADER_OF Rosa Quispe -> Peru (Chief negotiator)', 'LEADER_OF Rosa Quispe -> Peru (Chief)'] },
  { text: 'Chilean chief economist Pablo Rojas warned of inflation.', facts: ['WORKS_FOR Pablo Rojas -> Chile (Chief economist)'] },
  { text: 'White House chief of staff Dana Cole said so.', has: ['Person:Dana Cole[chief of staff]'] },
  // "chief" alone still leads
  { text: 'Police chief Maria Gomez said the road was closed.', has: ['Person:Maria Gomez[chief]'] },
  // a lower-case title word before an adjective and its noun is no person
  { text: 'General Abel Tesfaye met the envoy. The pact improves ties with the major oil-producing nation.', hasNot: ['Person:major[major]'], notLinks: ['the major => Abel Tesfaye'] },
  { text: 'General Abel Tesfaye met the envoy. Later the general said talks went well.', links: ['the general => Abel Tesfaye'] },
]);

table('extract: organisation cues (fleet, church) and the Quad', [
  { text: "The Spanish Navy's Northern Fleet sailed at dawn.", has: ['Organization:Spanish Navy', 'Organization:Northern Fleet'] },
  { text: 'Ships of the Baltic Fleet and the Pacific Fleet returned.', has: ['Organization:Baltic Fleet', 'Organization:Pacific Fleet'] },
  { text: 'The Canadian Fleet will join the drills.', has: ['Organization:Canadian Fleet'] },
  { text: "The nation's Orthodox Church said it opposed the bill.", has: ['Organization:Orthodox Church'], hasNot: ['Person:Orthodox Church'] },
  { text: 'The Anglican Church and the Catholic Church held a joint service.', has: ['Organization:Anglican Church', 'Organization:Catholic Church'] },
  { text: 'Leaders of the Quad met in Tokyo. Quad countries back the plan.', has: ['Organization:Quadrilateral Security Dialogue'] },
  { text: 'The Quadrilateral Security Dialogue was revived in 2017.', has: ['Organization:Quadrilateral Security Dialogue'] },
  { text: 'He crashed a quad bike on the farm and hurt his quad muscle.', hasNot: ['Organization:Quadrilateral Security Dialogue'] },
]);

table('extract: an office of a body before the holder\'s rank and name', [
  {
    text: "Guests included Commander of Spanish Navy's Northern Fleet Rear Admiral Luis Ortega.",
    facts: ['LEADER_OF Luis Ortega -> Northern Fleet (Commander)', 'WORKS_FOR Luis Ortega -> Spanish Navy (Rear Admiral)'],
    notFacts: ['WORKS_FOR Luis Ortega -> Northern Fleet (Rear Admiral)'],
  },
  {
    text: 'Guests included Commander in Chief of Coastal Defense Fleet of Japanese Navy Vice Admiral Sato Kenji.',
    has: ['Organization:Coastal Defense Fleet', 'Organization:Japanese Navy'],
    facts: ['LEADER_OF Sato Kenji -> Coastal Defense Fleet (Commander in Chief)', 'WORKS_FOR Sato Kenji -> Japanese Navy (Vice Admiral)'],
  },
  { text: 'The talks were led by Commander of Canadian Fleet Rear Admiral Anne Fox.', facts: ['LEADER_OF Anne Fox -> Canadian Fleet (Commander)'], notFacts: ['WORKS_FOR Anne Fox -> Canadian Fleet (Rear Admiral)'] },
  // no office before the body: the rank is held in it
  { text: "The Spanish Navy's Northern Fleet Rear Admiral Luis Ortega spoke.", notFacts: ['LEADER_OF Luis Ortega -> Northern Fleet (Commander)'] },
  // a ministry's portfolio is no armed service: "of" still joins the name
  { text: 'The Ministry of Defence said the drills were over.', has: ['Organization:Ministry of Defence'] },
]);

table('extract: places (sites, places after "in" a place, Washington DC, waters)', [
  { text: 'The hostages landed at Mills Airfield Annex in Fort Worth.', has: ['Location:Mills Airfield Annex', 'Location:Fort Worth'], hasNot: ['Person:Mills Airfield Annex', 'Person:Fort Worth'] },
  { text: 'The jets flew from Ramstein Air Base and Lincoln Airport.', has: ['Location:Ramstein Air Base', 'Location:Lincoln Airport'] },
  { text: 'Talks were held at the Evin Prison in Tehran.', has: ['Location:Evin Prison', 'Location:Tehran'] },
  // "in" after a noun, or before a possessive, is no place
  { text: 'Public trust in Mary Jones fell sharply.', hasNot: ['Location:Mary Jones'] },
  { text: 'The delegation flew to Washington DC on Monday.', has: ['Location:Washington DC'], hasNot: ['Organization:DC'] },
  { text: 'The summit in Washington, D.C. ended.', has: ['Location:Washington DC'], hasNot: ['Organization:D.C.'] },
  { text: 'Washington rejected the offer.', has: ['Country:United States'], hasNot: ['Location:Washington DC'] },
  { text: 'Warships patrolled near the East China Sea.', has: ['Location:East China Sea'] },
  { text: 'The storm formed in the Bay of Bengal and the Arabian Sea.', has: ['Location:Bay of Bengal', 'Location:Arabian Sea'] },
  { text: 'Pirates struck in the Gulf of Aden and near Lake Chad.', has: ['Location:Gulf of Aden', 'Location:Lake Chad'] },
  // a body's or an event's cue wins over the water word
  { text: 'The Gulf Cooperation Council met in Riyadh.', has: ['Organization:Gulf Cooperation Council'] },
  { text: 'Veterans of the Battle of the Marne River gathered.', hasNot: ['Location:Battle of the Marne River'] },
]);

table('extract: a dateline of one word before a dash', [
  { text: 'Story headline\nDENVER – The company said on Friday it would close.', has: ['Location:Denver'], hasNot: ['Organization:DENVER'] },
  { text: 'First paragraph ends here.\nCARACAS — The government freed two men.', has: ['Location:Caracas'] },
  // an acronym before a dash stays what it was
  { text: 'Story headline\nUNRWA – The agency said it ran out of fuel.', has: ['Organization:UNRWA'] },
  { text: 'Story headline\nNATO – the alliance – said it would help.', has: ['Organization:NATO'] },
]);

table('extract: two names run together', [
  {
    text: 'Chief Adviser to French President Macron Lucas Morel arrived. Morel said Macron was pleased.',
    has: ['Person:Macron[President]', 'Person:Lucas Morel[Chief Adviser]'], hasNot: ['Person:Macron Lucas Morel[President]'],
    facts: ['LEADER_OF Macron -> France (President)'], links: ['Morel => Lucas Morel'],
  },
  // names of three words or more that are one person's
  { text: 'President Bola Ahmed Tinubu spoke. Tinubu said the vote was fair.', has: ['Person:Bola Ahmed Tinubu[President]'] },
  { text: 'Prime Minister Saad Dine El Otmani met Faustin Archange Touadera. Otmani and Touadera spoke.', has: ['Person:Saad Dine El Otmani[Prime Minister]', 'Person:Faustin Archange Touadera'] },
  { text: 'Kim Jong Un met Juan Manuel Santos. Kim and Santos spoke.', has: ['Person:Kim Jong Un', 'Person:Juan Manuel Santos'] },
  { text: 'Vice Admiral Yuasa Hideki met Ito Hiro. Yuasa and Ito spoke.', has: ['Person:Yuasa Hideki[Vice Admiral]'] },
  // the first word never written apart: one name
  { text: 'Leader Adama Jared Kone spoke on Monday.', hasNot: ['Person:Jared Kone'] },
]);

table('extract: country names as written, role nouns opening a sentence', [
  { text: 'Talks with the Republic of Congo resumed.', has: ['Country:Republic of the Congo'], hasNot: ['Country:Congo'] },
  { text: 'The Democratic Republic of Congo closed its border.', has: ['Country:DR Congo'] },
  { text: 'The Republic of the Congo and the Republic of Maldives signed it.', has: ['Country:Republic of the Congo', 'Country:Maldives'] },
  { text: 'Protester Levan Beridze told reporters the police came.', has: ['Person:Levan Beridze'], hasNot: ['Person:Protester Levan Beridze'] },
  { text: 'Witness Peter Novak said he saw the blast.', has: ['Person:Peter Novak'] },
  { text: 'Student Olga Petrova was detained on Friday.', has: ['Person:Olga Petrova'] },
  { text: 'Demonstrator Nino Lomidze said she was beaten.', has: ['Person:Nino Lomidze'] },
  // titles keep their office; a role noun inside a sentence is not touched
  { text: 'General Tamar Abashidze said the troops left.', has: ['Person:Tamar Abashidze[General]'] },
  { text: 'President Irakli Gachechiladze said the bill was vetoed.', has: ['Person:Irakli Gachechiladze[President]'] },
]);

table('extract: coreference of titles and same surnames', [
  {
    text: 'French President Paul Girard spoke on Monday as Prime Minister Ravi Menon arrived in Paris. The President praised the ties. He noted the progress.',
    links: ['The President => Paul Girard', 'He => Paul Girard'], notLinks: ['The President => Ravi Menon'],
  },
  {
    text: 'President Paul Girard welcomed Prime Minister Ravi Menon in Paris. The Prime Minister praised the ties.',
    links: ['The Prime Minister => Ravi Menon'],
  },
  { text: 'Foreign Minister Ana Silva met President Luis Gomez. The minister said talks went well.', links: ['The minister => Ana Silva'] },
  // no holder of that very title: the nearest leader still
  { text: 'Chancellor Eva Brandt met the press. The leader said she was confident.', links: ['The leader => Eva Brandt'] },
  {
    text: 'Guests attended a dinner hosted by President Girard and First Lady Claire Girard in Paris.',
    has: ['Person:Girard[President]', 'Person:Claire Girard[First Lady]'], notLinks: ['President Girard => Claire Girard'],
    notFacts: ['WORKS_FOR Claire Girard -> France (First Lady)'],
  },
  {
    text: 'French President Paul Girard arrived. A dinner was hosted by President Girard and First Lady Claire Girard.',
    links: ['President Girard => Paul Girard'], has: ['Person:Claire Girard[First Lady]'],
  },
  // titles of one person still link a short name to the full one
  { text: 'Defense Minister Budi Santoso won the vote. Former army commander Santoso got 58 percent.', links: ['army commander Santoso => Budi Santoso'] },
]);

table('extract: captions full of names are read, title-case lines are not', [
  {
    text: "Story headline\n\nThai PM Somchai Wong, Laos' PM Khamla Vong and Vietnam's President Tran Duc at 12th Mekong Summit opening in Bangkok, May 4, 2024.",
    facts: ['LEADER_OF Somchai Wong -> Thailand (Prime Minister)', 'LEADER_OF Khamla Vong -> Laos (Prime Minister)', 'LEADER_OF Tran Duc -> Vietnam (President)'],
  },
  // a headline in title case: only gazetteer names
  { text: 'Kenyan Leader Hosts Ruto Allies For Talks In Nairobi Amid Protest Fears\n\nThe talks began.', hasNot: ['Person:Ruto Allies', 'Person:Hosts Ruto Allies'] },
  // a label in capitals before a caption is no name
  { text: 'Story headline\n\nDEAL SIGNED — Foreign Minister Ana Silva signs the pact in Lima.', hasNot: ['Treaty:DEAL SIGNED', 'Organization:DEAL SIGNED'], has: ['Person:Ana Silva[Foreign Minister]'] },
]);

table('the review of session 12: names kept whole, titles, bodies and short names in their senses', [
  // three-word names whose first word is written alone elsewhere only inside another name stay whole
  { text: 'Vietnamese Prime Minister Pham Minh Chinh met Japanese Prime Minister Fumio Kishida in Tokyo. Chinh was joined by Deputy Foreign Minister Pham Thanh Binh.', has: ['Person:Pham Minh Chinh[Prime Minister]'], facts: ['LEADER_OF Pham Minh Chinh -> Vietnam (Prime Minister)'] },
  { text: 'President Bola Ahmed Tinubu arrived in Paris on Monday. Bola Tinubu met Emmanuel Macron.', has: ['Person:Bola Ahmed Tinubu[President]'], hasNot: ['Person:Ahmed Tinubu'] },
  // "PM" after a clock time; given names that end like roles; roles the lexicon lacks
  { text: 'Polls close at 10 PM Eastern Time in New York.', hasNot: ['Person:Eastern Time[PM]'] },
  { text: 'Hemant Soren was sworn in as chief minister of Jharkhand.', has: ['Person:Hemant Soren'] },
  { text: 'Protester Sergi Kapanadze told Reuters the movement would go on.', has: ['Person:Sergi Kapanadze'] },
  // outlets known by capitals only; the Quad only as the grouping; a body named after its airport
  { text: 'Armenian lawmaker Ani Grigoryan met Nikol Pashinyan in Yerevan.', has: ['Person:Ani Grigoryan[lawmaker]'], hasNot: ['Organization:Asian News International'] },
  { text: 'The agency IRNA reported the talks.', has: ['Organization:IRNA'] },
  { text: 'Quad bike accidents killed 12 people in Australia last year.', hasNot: ['Organization:Quadrilateral Security Dialogue'] },
  { text: 'The Quad Cities in Iowa saw record flooding.', hasNot: ['Organization:Quadrilateral Security Dialogue'] },
  { text: 'The Quad said it would meet in Tokyo.', has: ['Organization:Quadrilateral Security Dialogue'] },
  { text: 'The Hong Kong Airport Authority said flights would resume.', has: ['Organization:Hong Kong Airport Authority'] },
  // a deputy serves a body, a former commander leads none; a commander-in-chief serves the state
  { text: 'Deputy Commander of the US Pacific Fleet Rear Admiral John Smith met Japanese officials.', facts: ['WORKS_FOR John Smith -> US Pacific Fleet (Deputy Commander)'], notFacts: ['LEADER_OF John Smith -> US Pacific Fleet (Commander)'] },
  { text: 'Former Commander of the Pacific Fleet Admiral Harry Harris spoke.', notFacts: ['LEADER_OF Harry Harris -> Pacific Fleet (Commander)'] },
  { text: 'Ukrainian Commander-in-Chief Oleksandr Syrskyi said the front held.', facts: ['WORKS_FOR Oleksandr Syrskyi -> Ukraine (Commander-in-Chief)'] },
  // of two people of one surname, a bare surname is the office holder's
  { text: 'President Joe Biden and First Lady Jill Biden arrived in Paris. Biden met Emmanuel Macron.', links: ['Biden => Joe Biden'] },
  // people named like waters; bodies opening a sentence with a word of a role's shape; a surname of a relative or a
  // former holder's son; surname particles only where a person stands; a chief minister; an outlet's owner or chief
  { text: 'Director Michael Bay said the film was done.', has: ['Person:Michael Bay[Director]'], hasNot: ['Location:Michael Bay'] },
  { text: 'Country star George Strait played in Texas.', hasNot: ['Location:George Strait'] },
  { text: 'The Bay of Pigs invasion failed in 1961.', hasNot: ['Location:Bay of Pigs'] },
  { text: 'Ships sailed into the Bay of Bengal on Monday.', has: ['Location:Bay of Bengal'] },
  { text: 'Border Patrol Chief Michael Banks said crossings fell.', hasNot: ['Person:Patrol'] },
  { text: 'Power Grid Corporation shares fell 3%.', has: ['Organization:Power Grid Corporation'] },
  { text: 'Silver Lake Partners agreed to buy the company.', hasNot: ['Person:Lake Partners'] },
  { text: 'Jill Biden, the wife of President Joe Biden, visited a school in Ohio on Monday. Biden read to the children.', notLinks: ['Biden => Joe Biden'] },
  { text: 'Israeli envoy Meir Ben-Shabbat arrived in Rabat. Talks were paused for Shabbat on Friday.', hasNot: ['Person:Shabbat'] },
  { text: "Pakistan's Punjab Chief Minister Maryam Nawaz visited Lahore.", notFacts: ['LEADER_OF Maryam Nawaz -> Pakistan (Chief Minister)'] },
  { text: "The Washington Post's Jeff Bezos bought the paper in 2013.", notFacts: ['WORKS_FOR Jeff Bezos -> Washington Post'] },
  { text: "The BBC's director general Tim Davie resigned.", notFacts: ['WORKS_FOR Tim Davie -> BBC'] },
  { text: 'Egyptian President Abdel Fattah al-Sisi met Antony Blinken in Cairo. Blinken thanked Sisi for his mediation.', links: ['Sisi => Abdel Fattah al-Sisi'] },
  { text: 'President Joe Biden and his wife Jill Biden visited Ohio on Monday. Biden said the economy was strong.', links: ['Biden => Joe Biden'] },
  { text: 'Rescuers searched the Charles River in Boston.', has: ['Location:Charles River'] },
  { text: 'John Smith reported that the vote was rigged.', has: ['Person:John Smith'] },
  { text: 'Protests were held in Paris, London and Berlin.', notFacts: ['LOCATED_IN Paris -> London'] },
  { text: 'The BRICS group, which consists of Brazil, Russia and India, met.', facts: ['MEMBER_OF Brazil -> BRICS', 'MEMBER_OF India -> BRICS'] },
  { text: 'ANPThe Peace Palace in The Hague hosted the hearing.', has: ['Location:Peace Palace'], facts: ['LOCATED_IN Peace Palace -> The Hague'] },
  // a title named "as" with a qualifier is the subject's; a former holder of the title is not the one meant
  { text: 'Former Foreign Secretary Boris Johnson resigned. Health Secretary Jeremy Hunt was named as Britain\'s new Foreign Secretary, replacing Johnson.', facts: ['WORKS_FOR Jeremy Hunt -> United Kingdom (Foreign Secretary)'], notFacts: ['WORKS_FOR Boris Johnson -> United Kingdom (Foreign Secretary)'] },
]);

// session 13, from heldout6's errors (it is a development set since): peoples in the plural, places whose names open
// with a word only places' names open with, armed groups
table('names: peoples, places by their first word, armed groups', [
  { text: 'Most of the dead were Sri Lankans, officials said.', hasNot: ['Person:Sri Lankans'] },
  { text: 'New Zealanders and Filipinos voted on Saturday.', hasNot: ['Person:New Zealanders', 'Person:Filipinos'] },
  { text: 'Sri Lankan President Maithripala Sirisena spoke.', has: ['Country:Sri Lanka'], facts: ['LEADER_OF Maithripala Sirisena -> Sri Lanka (President)'] },
  { text: 'Soldiers gathered in La Paz on Wednesday.', has: ['Location:La Paz'], hasNot: ['Person:La Paz'] },
  { text: 'Armoured vehicles entered Plaza Murillo, the main square.', has: ['Location:Plaza Murillo'] },
  { text: 'He flew from San Jose to Fort Bragg.', has: ['Location:San Jose', 'Location:Fort Bragg'] },
  // (an outlet that reports, a body named after a place, a person with "La" inside the name)
  { text: 'La Stampa reported that the talks failed.', has: ['Organization:La Stampa'], hasNot: ['Location:La Stampa'] },
  { text: 'The Port Authority said the harbour was closed.', has: ['Organization:Port Authority'] },
  { text: 'Singer Ana La Rosa performed in Rome.', hasNot: ['Location:Ana La Rosa'] },
  { text: 'The Islamic State group and ISIS-K claimed the attack.', has: ['Organization:Islamic State', 'Organization:ISIS-K'], hasNot: ['Location:Islamic State'] },
  { text: 'Boko Haram, al-Shabaab and the Houthis were named.', has: ['Organization:Boko Haram', 'Organization:al-Shabaab', 'Organization:Houthis'] },
  { text: "Iran's IRGC denied it.", has: ['Organization:Islamic Revolutionary Guard Corps'] },
]);

table('names: named synagogues are sites, a church is a body', [
  { text: 'Arsonists attacked the Adass Israel Synagogue in Melbourne.', has: ['Location:Adass Israel Synagogue'] },
  { text: 'The Georgian Orthodox Church backed the protests.', hasNot: ['Location:Orthodox Church', 'Location:Georgian Orthodox Church'] },
]);

// (session 13's review) a place's first word, not an outlet's, a speaker's or a longer body's; groups not merged
table('names: reviewed place and group rules', [
  { text: 'Italian newspaper La Repubblica said the talks had collapsed.', hasNot: ['Location:La Repubblica'] },
  { text: 'According to La Nacion, the minister resigned on Friday.', hasNot: ['Location:La Nacion'] },
  { text: 'Italian Senate President Ignazio La Russa met the delegation. La Russa said the talks were useful.', hasNot: ['Location:La Russa'] },
  { text: 'Santa Ono, president of the University of Michigan, resigned.', hasNot: ['Location:Santa Ono'] },
  { text: 'Las Vegas Sands and Mount Sinai Hospital were named.', hasNot: ['Location:Las Vegas Sands', 'Location:Mount Sinai Hospital'] },
  { text: 'La Liga suspended the match.', has: ['Organization:La Liga'] },
  { text: 'Egyptian Islamic Jihad was founded in the 1970s.', hasNot: ['Organization:Palestinian Islamic Jihad'] },
  { text: 'ISWAP and AQAP fighters attacked.', has: ['Organization:Islamic State West Africa Province', 'Organization:al-Qaeda in the Arabian Peninsula'], hasNot: ['Organization:Islamic State'] },
  { text: 'The HTS code 8703 covers cars.', hasNot: ['Organization:Hayat Tahrir al-Sham'] },
]);

// (session 13, from heldout6) the UN's tribunals for the former Yugoslavia and Rwanda; negotiators' titles with qualifiers
table('names: tribunals, negotiators', [
  { text: 'The International Criminal Tribunal for the former Yugoslavia sentenced him.', has: ['Organization:International Criminal Tribunal for the former Yugoslavia'], hasNot: ['Organization:International Criminal Tribunal'] },
  { text: 'The ICTY and the ICTR closed.', has: ['Organization:International Criminal Tribunal for the former Yugoslavia', 'Organization:International Criminal Tribunal for Rwanda'] },
  { text: "Iran's chief nuclear negotiator Ali Bagheri Kani attended the meeting.", facts: ['WORKS_FOR Ali Bagheri Kani -> Iran (Chief nuclear negotiator)'] },
]);

// (session 13, from heldout6) a suburb or a neighbourhood "of" a name; a site a place owns is in it
table('places: suburbs, sites of a place', [
  { text: 'The attack occurred in the suburb of Krasnogorsk.', has: ['Location:Krasnogorsk'] },
  { text: "Protesters gathered in Kyiv's Maidan Square on Sunday.", facts: ['LOCATED_IN Maidan Square -> Kyiv'] },
  { text: "Soldiers entered La Paz's central Plaza Murillo.", facts: ['LOCATED_IN Plaza Murillo -> La Paz'] },
  { text: "Kyiv's mayor spoke at the Maidan Square.", notFacts: ['LOCATED_IN Maidan Square -> Kyiv'] },
]);

table('places: regions by a compass word, "area", "near"; landforms; lines of control; venues', [
  { text: 'Fighting continued in eastern Ladakh on Monday.', has: ['Location:Ladakh'] },
  { text: 'Troops moved across northern Tavria overnight.', has: ['Location:Tavria'] },
  // (a compass word before a noun is no region's: "central Bank offices")
  { text: 'Protesters gathered in central Bank offices.', hasNot: ['Location:Bank'] },
  { text: 'A total of 28 trucks arrived in the Jebel Awliya area, just south of Khartoum.', has: ['Location:Jebel Awliya', 'Location:Khartoum'], hasNot: ['Person:Jebel Awliya'] },
  { text: 'The agreement covers patrolling in the Depsang and Demchok areas.', has: ['Location:Depsang', 'Location:Demchok'] },
  { text: 'Soldiers skirmished near Naku La in Sikkim.', has: ['Location:Naku La'], hasNot: ['Person:Naku La'] },
  { text: 'Troops clashed in the Galwan Valley in 2020.', has: ['Location:Galwan Valley'] },
  { text: 'Rebels hid in the Atlas Mountains for weeks.', has: ['Location:Atlas Mountains'] },
  // (a person's name with a landform's word stays a person's)
  { text: 'Singer John Valley said he would tour.', hasNot: ['Location:John Valley'] },
  { text: 'India and China agreed to patrol along the Line of Actual Control (LAC). The LAC is long.', has: ['Location:Line of Actual Control'], hasNot: ['Organization:LAC'] },
  { text: 'Shots were fired across the Line of Control on Sunday.', has: ['Location:Line of Control'] },
  // a place read from its context keeps its label where the name comes back bare
  { text: 'Trucks arrived in the Jebel Awliya area. Jebel Awliya is one of many areas facing starvation.', hasNot: ['Person:Jebel Awliya'] },
  { text: 'The frontier runs through the Himalayas.', has: ['Location:Himalayas'] },
  { text: 'Boats crossed the Mediterranean Sea at night.', has: ['Location:Mediterranean Sea'] },
  { text: 'The swearing-in took place at the Union Buildings in Pretoria.', has: ['Location:Union Buildings'], hasNot: ['Organization:Union Buildings'] },
  // (a headquarters that acts is the body's: "Army Headquarters said")
  { text: 'Army Headquarters said the drill was over.', hasNot: ['Location:Army Headquarters'] },
]);

table('names: aid groups, constabularies; a lower-case "the" names no outlet', [
  { text: 'The convoy included one truck from Doctors Without Borders.', has: ['Organization:Doctors Without Borders'], hasNot: ['Location:Doctors Without Borders'] },
  { text: 'Medecins Sans Frontieres (MSF) ran the clinic. MSF said it was full.', has: ['Organization:Doctors Without Borders'] },
  { text: 'Police and Frontier Constabulary personnel were deployed.', has: ['Organization:Frontier Constabulary'] },
  { text: 'The instrument went to Antony Blinken, the representative of the guardian state of the treaty.', hasNot: ['Organization:The Guardian'] },
  { text: 'The Guardian reported that the talks failed.', has: ['Organization:The Guardian'] },
]);

table('facts: leaders listed after "heads of state ... including", a body\'s country office, one office holder per state', [
  {
    text: 'Several heads of state were in attendance, including Nigerian President Bola Ahmed Tinubu, Angola’s Joao Lourenco, Congo Brazzaville’s Denis Sassou Nguesso, and Eswatini’s King Mswati III.',
    facts: ['LEADER_OF Bola Ahmed Tinubu -> Nigeria (President)', 'LEADER_OF Joao Lourenco -> Angola (Leader)', 'LEADER_OF Denis Sassou Nguesso -> Republic of the Congo (Leader)', 'LEADER_OF Mswati III -> Eswatini (King)'],
  },
  // (an opposition leader is no leader of the state)
  { text: 'Leaders at the summit, including opposition leader Juan Perez and Chile’s Maria Soto, spoke.', notFacts: ['LEADER_OF Maria Soto -> Chile (Leader)'] },
  { text: 'Cyril Ramaphosa was inaugurated for a second full term as President of South Africa in Pretoria on Wednesday.', facts: ['LEADER_OF Cyril Ramaphosa -> South Africa (President)'] },
  { text: "UNICEF's Sudan representative Sheldon Yett said it took three months.", facts: ['WORKS_FOR Sheldon Yett -> UNICEF (Representative)'], notFacts: ['WORKS_FOR Sheldon Yett -> Sudan (Representative)'] },
  { text: 'Finnish President Sauli Niinisto attended. Stoltenberg said Finland’s accession shows that President Putin failed.', facts: ['LEADER_OF Sauli Niinisto -> Finland (President)'], notFacts: ['LEADER_OF Putin -> Finland (President)'] },
  // (a name opening the clause after "According to the Israeli official," is no Israeli official when they serve the US)
  {
    text: 'Each delegation presented U.S. envoy Amos Hochstein with a copy. According to the Israeli official, Hochstein checked the documents.',
    facts: ['WORKS_FOR Amos Hochstein -> United States (Envoy)'], notFacts: ['WORKS_FOR Amos Hochstein -> Israel (Official)'],
  },
  { text: 'The Israeli foreign minister, Eli Cohen, said so.', facts: ['WORKS_FOR Eli Cohen -> Israel (Foreign minister)'] },
  // a capital is in no other city ("Security beefed up in Islamabad, Lahore"), but may be a town of a known region
  { text: 'Security beefed up in Islamabad, Lahore', notFacts: ['LOCATED_IN Islamabad -> Lahore'] },
  { text: 'He grew up in Paris, Texas.', facts: ['LOCATED_IN Paris -> Texas'] },
  // a demonym's kind of place; the border between two states
  { text: 'The summit was held in the Russian city of Kazan this week.', facts: ['LOCATED_IN Kazan -> Russia'] },
  { text: 'The ceremony took place off the southern Lebanese town of Naqoura.', facts: ['LOCATED_IN Naqoura -> Lebanon'] },
  { text: 'The Russian city council met on Monday.', hasNot: ['Country:Russia'] },
  { text: 'A navy vessel patrols the maritime border between Israel and Lebanon.', facts: ['BORDERS Israel -> Lebanon'] },
  { text: 'The talks ended the border dispute between India and China.', facts: ['BORDERS India -> China'] },
  { text: 'Trade between India and China grew last year.', notFacts: ['BORDERS India -> China'] },
  { text: "The court warned Venezuela it should not seize neighboring Guyana's Essequibo province.", facts: ['BORDERS Venezuela -> Guyana'] },
  { text: "Russia's war in neighbouring Ukraine continued.", facts: ['BORDERS Russia -> Ukraine'] },
  { text: 'China warned neighbouring countries on Monday.', notFacts: ['BORDERS China -> China'] },
  { text: 'Kyrgyzstan said on Sunday at least 36 people had died in recent border clashes with Tajikistan.', facts: ['BORDERS Kyrgyzstan -> Tajikistan'] },
  { text: 'India has a border dispute with China.', facts: ['BORDERS India -> China'] },
  { text: 'Japan signed a trade deal with China.', notFacts: ['BORDERS Japan -> China'] },
  { text: 'The ship sailed the Pacific Ocean for weeks.', has: ['Location:Pacific Ocean'] },
  // (a known name before "City" is another place's)
  { text: 'Crowds gathered in Atlantic City on Monday.', has: ['Location:Atlantic City'], hasNot: ['Location:Atlantic'] },
  { text: 'The summit opened in Mexico City.', has: ['Location:Mexico City'] },
  { text: "India's Modi visited Japan, then neighbouring Bangladesh.", facts: ['BORDERS India -> Bangladesh'], notFacts: ['BORDERS Japan -> Bangladesh'] },
  { text: 'After meeting opposition leaders, Prime Minister Keir Starmer met his French counterpart Michel Barnier.', facts: ['LEADER_OF Michel Barnier -> France (Prime Minister)'] },
  { text: "Prime Minister Anthony Albanese signed a deal with Papua New Guinea's government.", notFacts: ['LEADER_OF Anthony Albanese -> Papua New Guinea (Prime Minister)'] },
  // "near" a name that continues as a place's would, and no person named so before
  { text: 'Joe Biden spoke. Aides stood near Biden, who smiled.', hasNot: ['Location:Biden'] },
]);

table('heldout8 as a development set: a title "of" a country, counterparts, islands, provinces, "incumbent"', [
  { text: 'The agreement was inked by Foreign Minister Olivier Nduhungirehe of Rwanda and his Congolese counterpart Therese Kayikwamba Wagner.', facts: ['WORKS_FOR Olivier Nduhungirehe -> Rwanda (Foreign Minister)', 'WORKS_FOR Therese Kayikwamba Wagner -> DR Congo (Foreign Minister)'] },
  { text: 'Russian President Vladimir Putin met his Chinese counterpart Xi Jinping.', facts: ['LEADER_OF Xi Jinping -> China (President)'] },
  { text: 'President Emmanuel Macron of France arrived on Monday.', facts: ['LEADER_OF Emmanuel Macron -> France (President)'] },
  // (a country that owns something after "of" holds no title: "the envoy of Russia's president")
  { text: 'Ambassador John Smith of Canada’s embassy in Rome left.', notFacts: ['WORKS_FOR John Smith -> Canada (Ambassador)'] },
  { text: "The North's bombardment of the South's Yeonpyeong Island came amid tensions.", has: ['Location:Yeonpyeong Island'] },
  { text: 'Rhode Island voters turned out.', has: ['Location:Rhode Island'] },
  { text: "Venezuela should not seize neighboring Guyana's resource-rich Essequibo province.", has: ['Location:Essequibo'], hasNot: ['Location:Essequibo province'] },
  { text: 'Fighting spread across the Jaffna peninsula.', has: ['Location:Jaffna peninsula'] },
]);

table('the review of session 14: places not read from people, bodies, offices of one holder', [
  { text: 'He was seated near Narendra Modi and Xi Jinping.', hasNot: ['Location:Narendra Modi', 'Location:Xi Jinping'] },
  { text: 'Aides waited near Nayib Bukele, who waved.', hasNot: ['Location:Nayib Bukele'] },
  { text: 'Troops clashed near Naku La in January.', hasNot: ['Location:Naku La'] },
  { text: 'The Haftar areas were calm on Monday.', hasNot: ['Location:Haftar'] },
  { text: 'Engineers met in the Cisco area of the campus.', hasNot: ['Location:Cisco'] },
  { text: 'Kwame Hills told reporters the vote was fair.', hasNot: ['Location:Kwame Hills'] },
  { text: 'Ngozi Valley, who leads the party, spoke.', hasNot: ['Location:Ngozi Valley'] },
  { text: 'Rift Valley fever spread in Kenya.', hasNot: ['Location:Rift Valley'] },
  { text: 'Officials in Army Headquarters said the attack was repelled.', hasNot: ['Location:Army Headquarters'] },
  { text: "NATO's U.S. ambassador Julianne Smith said so.", facts: ['WORKS_FOR Julianne Smith -> United States (Ambassador)'] },
  { text: "OPEC's Saudi oil minister Abdulaziz bin Salman spoke.", facts: ['WORKS_FOR Abdulaziz bin Salman -> Saudi Arabia (Oil minister)'] },
  // (many ministers are "Minister": another one in the article rules none out)
  { text: 'Israeli Minister Benny Gantz resigned. Minister Itamar Ben-Gvir said Israel would fight on.', facts: ['WORKS_FOR Itamar Ben-Gvir -> Israel (Minister)'] },
  { text: 'The ship docked in the Ukrainian port of Odesa.', facts: ['LOCATED_IN Odesa -> Ukraine'] },
  { text: "Former presidents were in attendance, including America's Barack Obama and France's Nicolas Sarkozy.", notFacts: ['LEADER_OF Barack Obama -> United States (Leader)', 'LEADER_OF Nicolas Sarkozy -> France (Leader)'] },
  { text: "Paul Kagame was sworn in for a fourth term as President of Rwanda, in a ceremony attended by Kenya's leader.", facts: ['LEADER_OF Paul Kagame -> Rwanda (President)'] },
  { text: 'In France, Anne Hidalgo was re-elected for a second term as mayor.', notFacts: ['LEADER_OF Anne Hidalgo -> France (Mayor)'] },
  { text: 'Groups such as HRW criticised the law.', has: ['Organization:Human Rights Watch'] },
]);

table('typographic apostrophes read as plain ones; a country a title deals "with" is not the holder\'s', [
  { text: 'The agreement between the Russian Federation and the Democratic People’s Republic of Korea took effect.', has: ['Country:North Korea'], hasNot: ['Country:South Korea'] },
  { text: 'The Democratic People’s Republic of Korea fired a missile.', has: ['Country:North Korea'] },
  { text: '“I instructed Chancellor Eduardo Reina to open official relations with the People’s Republic of China,” Castro wrote.', has: ['Country:China'], notFacts: ['LEADER_OF Eduardo Reina -> China (Chancellor)'] },
]);

table('treaties named after a known body', [
  { text: 'The strike violates the UN Charter, Qatar said.', has: ['Treaty:United Nations Charter'], hasNot: ['Organization:United Nations'] },
  { text: "Russia's actions breach the United Nations Charter.", has: ['Treaty:United Nations Charter'] },
  { text: 'The UN Security Council met on Monday.', has: ['Organization:United Nations Security Council'] },
]);

table('the second review of session 14: titles "of" a state, counterparts, regions of adjectives, treaty heads', [
  { text: 'Governor Brian Kemp of Georgia signed the bill.', notFacts: ['LEADER_OF Brian Kemp -> Georgia (Governor)'] },
  { text: 'Opposition leader Maria Corina Machado of Venezuela spoke.', notFacts: ['WORKS_FOR Maria Corina Machado -> Venezuela (Leader)', 'LEADER_OF Maria Corina Machado -> Venezuela (Leader)'] },
  { text: 'Foreign Minister Olivier Nduhungirehe of Rwanda spoke.', facts: ['WORKS_FOR Olivier Nduhungirehe -> Rwanda (Foreign Minister)'] },
  { text: 'Kyiv Mayor Vitali Klitschko met his Polish counterpart Rafal Trzaskowski.', notFacts: ['LEADER_OF Rafal Trzaskowski -> Poland (Mayor)'] },
  { text: 'US Secretary of State Antony Blinken and his Chinese counterpart Wang Yi spoke.', facts: ['WORKS_FOR Wang Yi -> China (Minister)'] },
  { text: 'Iraqi forces entered the Kurdish region of Iraq.', has: ['Location:Kurdish region'], hasNot: ['Location:Kurdish'] },
  { text: 'Fighting spread in the Donetsk region.', has: ['Location:Donetsk'] },
  { text: 'Prime Minister Narendra Modi met with India’s top industrialists.', facts: ['LEADER_OF Narendra Modi -> India (Prime Minister)'] },
  { text: 'The EU Partnership Council met in Brussels.', hasNot: ['Treaty:European Union Partnership Council'] },
]);

table('session 15 (heldout10 as a development set): saints and ampersands, domains after "of", given names, appositive bodies', [
  // "St"/"St." for "Saint", "&" for "and" in countries' names
  { text: 'The Prime Minister of St Kitts and Nevis will visit more nations across the Caribbean.', has: ['Country:Saint Kitts and Nevis', 'Location:Caribbean'] },
  { text: 'Dr Drew visited St Vincent and the Grenadines, St. Lucia and Trinidad & Tobago.', has: ['Country:Saint Vincent and the Grenadines', 'Country:Saint Lucia', 'Country:Trinidad and Tobago'] },
  // regions of the world
  { text: 'He stressed peace in the South Caucasus and the Horn of Africa.', has: ['Location:South Caucasus', 'Location:Horn of Africa'] },
  // a one-word title after "of" names the body's domain, not a person
  { text: 'The Ministry of Justice said the judges of the East African Court of Justice ruled.', has: ['Organization:Ministry of Justice', 'Organization:East African Court of Justice'], hasNot: ['Organization:Ministry of'] },
  { text: 'The Cabinet of Prime Minister Narendra Modi met.', has: ['Person:Narendra Modi[Prime Minister]'], hasNot: ['Organization:Cabinet of', 'Organization:Cabinet of Prime Minister Narendra Modi'] },
  // "Jan" is a given name before a surname, January before a number or after "in"
  { text: 'He met Jan Egeland on Monday.', has: ['Person:Jan Egeland'] },
  { text: 'In Jan Biden said no.', hasNot: ['Person:Jan Biden'] },
  // "FM" is a foreign minister only in capitals; an under-secretary-general is a title
  { text: 'In Tbilisi, FM Jeyhun Bayramov visited the Heroes’ Square and laid a wreath.', has: ['Person:Jeyhun Bayramov[FM]', 'Location:Heroes’ Square'], hasNot: ['Location:FM Jeyhun Bayramov'] },
  { text: 'UN Under-Secretary-General Martin Griffiths said the appeal was urgent.', facts: ['WORKS_FOR Martin Griffiths -> United Nations (Under-Secretary-General)'] },
  // the body opening an appositive, its title after it
  { text: 'Jan Egeland, UN Under-Secretary-General for Humanitarian Affairs, said donors must act.', facts: ['WORKS_FOR Jan Egeland -> United Nations (Under-Secretary-General)'] },
  { text: 'Ned Price, State Department spokesman, said talks would go on.', facts: ['SPOKESPERSON_FOR Ned Price -> State Department'] },
  { text: 'Jan Egeland, UN special envoy for Syria, said talks stalled.', facts: ['WORKS_FOR Jan Egeland -> United Nations (Special envoy)'], notFacts: ['WORKS_FOR Jan Egeland -> Syria (Special envoy)'] },
  { text: 'Rob Malley, special envoy for Iran, said the offer stood.', notFacts: ['WORKS_FOR Rob Malley -> Iran (Special envoy)'] },
  { text: "Karol Nawrocki won. Nawrocki, a historian and head of Poland's Institute of National Remembrance, spoke.", facts: ['LEADER_OF Karol Nawrocki -> Institute of National Remembrance (Head)'], notFacts: ['LEADER_OF Karol Nawrocki -> Poland (Head)'] },
  { text: "Maria Zakharova, a spokeswoman for Russia's foreign ministry, said.", facts: ['SPOKESPERSON_FOR Maria Zakharova -> Russia'] },
  // companies the lexicon knows, parties before a lower-case "party", peoples' possessives in bodies' names
  { text: 'Boeing declined to comment on the Ryanair flight.', has: ['Organization:Boeing', 'Organization:Ryanair'] },
  { text: 'Ford said the tariffs would hurt Ontario, the premier told reporters.', hasNot: ['Organization:Ford'] },
  { text: 'Brexiteers celebrated while Visa applications rose.', hasNot: ['Organization:Brexiteers', 'Organization:Visa'] },
  { text: 'The Fiji First party took 32 of 50 seats.', has: ['Organization:Fiji First'], hasNot: ['Country:Fiji'] },
  { text: 'He hosted a Christmas party.', hasNot: ['Organization:Christmas'] },
  { text: "The People's Liberation Army and the Workers' Party of Korea marched.", has: ["Organization:People's Liberation Army", "Organization:Workers' Party of Korea"], hasNot: ['Organization:Liberation Army', 'Organization:Party of Korea'] },
  { text: 'She represents the South West Africa People’s Organisation.', has: ['Organization:South West Africa People’s Organisation'] },
  // (the review's defects, mended)
  { text: 'Tanya Lokshina, Russia director for Human Rights Watch, said.', facts: ['WORKS_FOR Tanya Lokshina -> Human Rights Watch (Director)'], notFacts: ['WORKS_FOR Tanya Lokshina -> Russia (Director)'] },
  { text: 'Erin Hutchinson, Yemen country director for the Norwegian Refugee Council, said.', facts: ['WORKS_FOR Erin Hutchinson -> Norwegian Refugee Council (Director)'] },
  { text: 'Keith Kellogg, Ukraine envoy, said talks went well.', notFacts: ['WORKS_FOR Keith Kellogg -> Ukraine (Envoy)'] },
  { text: 'Dmytro Kuleba, Ukraine foreign minister, said.', facts: ['WORKS_FOR Dmytro Kuleba -> Ukraine (Foreign minister)'] },
  { text: 'Capital FM reported that William Ruto would travel.', has: ['Organization:Capital FM'] },
  { text: 'Radio Shabelle and Mustaqbal FM reported fighting.', has: ['Organization:Mustaqbal FM'] },
  { text: 'Iranian FM Abbas Araghchi met him.', facts: ['WORKS_FOR Abbas Araghchi -> Iran (FM)'] },
  { text: 'European Court of Justice President Koen Lenaerts said.', facts: ['LEADER_OF Koen Lenaerts -> European Court of Justice (President)'] },
  { text: 'The Ministry of Justice Minister Shabana Mahmood said.', facts: ['WORKS_FOR Shabana Mahmood -> Ministry of Justice (Minister)'] },
  { text: "Valery Zaluzhny, commander of Ukraine's Armed Forces, said.", facts: ['WORKS_FOR Valery Zaluzhny -> Ukraine (Commander)'] },
  { text: 'From Dec to Jan Britain saw record rainfall.', has: ['Country:United Kingdom'], hasNot: ['Person:Jan Britain'] },
  { text: "India's Jan Fuel Demand Rises", hasNot: ['Person:Jan Fuel Demand Rises'] },
  { text: 'It is the Putin party now. The Nova party massacre left 364 dead. He attended the Met Gala party.', hasNot: ['Organization:Putin', 'Organization:Nova', 'Organization:Met Gala'] },
  { text: 'The Hungarian Fidesz party of Viktor Orban won.', has: ['Organization:Fidesz'] },
  { text: 'Leaders of the Caribbean Community met in Guyana.', has: ['Organization:Caribbean Community'], hasNot: ['Location:Caribbean'] },
  { text: 'The North Caucasus Federal District governor, Yuri Chaika, said. In Central Asia Kazakhstan leads.', has: ['Location:North Caucasus Federal District', 'Location:Central Asia', 'Country:Kazakhstan'] },
  { text: "Russia annexed the self-proclaimed Luhansk People's Republic.", has: ["Location:Luhansk People's Republic"] },
  { text: 'The Salafist Group for Preaching claimed the attack. The Maoist Communist Party of Nepal won.', has: ['Organization:Salafist Group for Preaching', 'Organization:Maoist Communist Party of Nepal'] },
  // (the second review's defects, mended)
  { text: 'Boeing Co said it would cut jobs. Rosatom State Corporation signed a deal.', has: ['Organization:Boeing Co', 'Organization:Rosatom State Corporation'], hasNot: ['Person:Co', 'Organization:State Corporation'] },
  { text: 'Drought in the Horn of Africa Worsens, UN Warns', has: ['Location:Horn of Africa'] },
  { text: 'The International Community must act, said Josep Borrell.', hasNot: ['Organization:International Community'] },
  { text: 'The Indian National Congress party won in Karnataka.', has: ['Organization:Indian National Congress'], hasNot: ['Organization:National Congress'] },
  { text: 'Meanwhile, Pakistan FM Ishaq Dar said talks would resume.', facts: ['WORKS_FOR Ishaq Dar -> Pakistan (FM)'] },
  { text: "The Al-Aqsa Martyrs' Brigades claimed the attack.", has: ["Organization:Al-Aqsa Martyrs' Brigades"], hasNot: ['Person:Brigades'] },
  { text: 'Marco Rubio, US Secretary of State, said.', facts: ['WORKS_FOR Marco Rubio -> United States (Secretary of State)'] },
  { text: 'John Kirby, White House national security spokesman, said.', facts: ['SPOKESPERSON_FOR John Kirby -> White House'] },
  { text: 'David Lammy, British Foreign Secretary, visited Kyiv.', facts: ['WORKS_FOR David Lammy -> United Kingdom (Foreign Secretary)'] },
  { text: 'Filippo Grandi, UN High Commissioner for Refugees, said.', facts: ['WORKS_FOR Filippo Grandi -> United Nations (High Commissioner)'], notFacts: ['LEADER_OF Filippo Grandi -> United Nations (High Commissioner)'] },
  { text: "Hassan Nasrallah, leader of Lebanon's Hezbollah, said.", facts: ['LEADER_OF Hassan Nasrallah -> Hezbollah (Leader)'], notFacts: ['WORKS_FOR Hassan Nasrallah -> Lebanon (Leader)', 'LEADER_OF Hassan Nasrallah -> Lebanon (Leader)'] },
  { text: "Kyrylo Budanov, head of Ukraine's military intelligence agency, said.", notFacts: ['LEADER_OF Kyrylo Budanov -> Ukraine (Head)'] },
  { text: "Ali Larijani, speaker of Iran's parliament, said.", notFacts: ['SPOKESPERSON_FOR Ali Larijani -> Iran'] },
  // a title holder's country is no verb's object
  { text: 'President Donald Trump on Friday accused Qatar of being a sponsor of terrorism.', notFacts: ['LEADER_OF Donald Trump -> Qatar (President)'] },
  { text: 'President Emmanuel Macron said France would help.', facts: ['LEADER_OF Emmanuel Macron -> France (President)'] },
  { text: 'President Emmanuel Macron thanked France for its support.', facts: ['LEADER_OF Emmanuel Macron -> France (President)'] },
  { text: 'President Recep Tayyip Erdogan said Turkey also wants peace.', facts: ['LEADER_OF Recep Tayyip Erdogan -> Türkiye (President)'] },
  { text: 'In Beijing, officials said the US ship sailed near the Ream Naval Base.', notFacts: ['LOCATED_IN Ream Naval Base -> Beijing'] },
  { text: 'John Smith, a correspondent for Reuters based in Moscow, said.', notFacts: ['LOCATED_IN Reuters -> Moscow'] },
  // (heldout11, a development set since session 15) a leader's own country is not one the sentence gives to another,
  // deals with, or only reports
  { text: 'President Zelensky said Russia had struck a deal with Iran.', notFacts: ['LEADER_OF Zelensky -> Russia (President)'] },
  // (not any country left over once others' are set aside: the fourth review)
  { text: 'President Joe Biden met Chinese President Xi Jinping in Beijing and discussed Taiwan.', notFacts: ['LEADER_OF Joe Biden -> Taiwan (President)'] },
  { text: 'Uganda has a history of involvement in South Sudan and has long provided military support to President Salva Kiir.', notFacts: ['LEADER_OF Salva Kiir -> Uganda (President)'] },
  { text: 'The Organization of American States (OAS) declared the elections unfair.', has: ['Organization:Organization of American States'], hasNot: ['Organization:Organization of'] },
  // portfolios of two fields
  { text: 'Nepalese Minister of Commerce and Supplies Sunil Bahadur Thapa signed an MoU.', facts: ['WORKS_FOR Sunil Bahadur Thapa -> Nepal (Minister of Commerce and Supplies)'] },
  { text: 'Malian Minister of Foreign Affairs and International Cooperation Abdoulaye Diop spoke.', has: ['Person:Abdoulaye Diop[Minister of Foreign Affairs and International Cooperation]'] },
  { text: 'Minister for Trade and Industry Gan Kim Yong said.', has: ['Person:Gan Kim Yong[Minister for Trade and Industry]'] },
  // photo credits, embassies, centres, regions of a country
  { text: 'President Donald Trump said. | Mark Wilson/Getty Images EMPLOYMENT & IMMIGRATION', hasNot: ['Person:Mark Wilson', 'Person:Getty Images'] },
  { text: 'He had been taking refuge in the embassy since December. (AP Photo/Dolores Ochoa).', hasNot: ['Person:Dolores Ochoa', 'Organization:Associated Press'] },
  { text: 'Police broke into the Mexican Embassy to arrest him. The Carter Center said the vote was fair.', has: ['Organization:Mexican Embassy', 'Organization:Carter Center'] },
  { text: 'Russia would not allow a resolution humiliating Serbia and Republika Srpska. Troops left Jubaland for eastern Bosnia.', has: ['Location:Republika Srpska', 'Location:Jubaland', 'Country:Bosnia and Herzegovina'] },
  { text: 'Groups with links to al Qaeda carry out attacks.', has: ['Organization:al-Qaeda'] },
  { text: 'She slammed the ruling in an interview with broadcaster India Today.', has: ['Organization:India Today'], hasNot: ['Country:India'] },
  { text: 'The weapons arrived on a U.S. Air Force C-17 aircraft. The Quds Force commander was killed.', has: ['Organization:U.S. Air Force', 'Organization:Quds Force'], hasNot: ['Organization:Air Force C-17'] },
  { text: 'India signed an agreement to lay a pipeline from Raxaul in Bihar to Amlekhgunj in Nepal.', facts: ['LOCATED_IN Raxaul -> Bihar', 'LOCATED_IN Amlekhgunj -> Nepal'] },
  { text: 'Dhaka [Bangladesh], November 18: Sheikh Hasina was sentenced.', facts: ['LOCATED_IN Dhaka -> Bangladesh'] },
  { text: 'The clashes in Gaza in October killed many.', notFacts: ['LOCATED_IN Gaza -> October'] },
  { text: 'Vucic attended after assurances from UN Security Council members Russia and China.', facts: ['MEMBER_OF Russia -> United Nations Security Council', 'MEMBER_OF China -> United Nations Security Council'] },
  { text: 'NATO member Turkey objected.', facts: ['MEMBER_OF Türkiye -> NATO'] },
  // (the fourth review's defects, mended)
  { text: 'Minister of Internal Affairs Igor Klymenko said. Minister of Health and Family Welfare Mansukh Mandaviya agreed.', has: ['Person:Igor Klymenko[Minister of Internal Affairs]', 'Person:Mansukh Mandaviya[Minister of Health and Family Welfare]'] },
  { text: 'A Donald Trump/Reuters poll showed it.', has: ['Person:Donald Trump'] },
  { text: 'He died in Jabalia in Israel\'s offensive.', notFacts: ['LOCATED_IN Jabalia -> Israel'] },
  { text: 'They were killed in Zurmi in Nigeria\'s Zamfara state.', facts: ['LOCATED_IN Zurmi -> Nigeria'] },
  { text: 'The Security Council members Israel lobbied were silent.', notFacts: ['MEMBER_OF Israel -> United Nations Security Council'] },
  // (leftovers of the reviews, mended at the end of session 15)
  { text: 'The ruling Georgian Dream party passed the law. The Serbian Progressive party won.', has: ['Organization:Georgian Dream', 'Organization:Serbian Progressive'] },
  { text: 'Minister of Agriculture and Rural Development Le Minh Hoan said.', has: ['Person:Le Minh Hoan[Minister of Agriculture and Rural Development]'] },
  { text: 'The donation was attended by U.S. Embassy Mogadishu Chargé d’Affaires Tim Trinkle.', facts: ['WORKS_FOR Tim Trinkle -> U.S. Embassy Mogadishu (Chargé d’Affaires)'], hasNot: ['Organization:U.S. Embassy Mogadishu Chargé'] },
  // acronyms of common nouns name no body
  { text: 'Petrol, diesel and domestic LPG are trucked. The IMF said GDP fell.', hasNot: ['Organization:LPG', 'Organization:GDP'] },
  { text: 'The ATF said it would investigate.', has: ['Organization:ATF'] },
  // where bodies and sites are
  { text: 'The International Court of Justice ruled. Somalia urged Kenya to respect the verdict by the court based in The Hague.', facts: ['LOCATED_IN International Court of Justice -> The Hague'] },
  { text: 'The IAEA, headquartered in Vienna, said so.', facts: ['LOCATED_IN International Atomic Energy Agency -> Vienna'] },
  { text: 'In Tbilisi, FM Jeyhun Bayramov visited the Heroes’ Square and laid a wreath.', facts: ['LOCATED_IN Heroes’ Square -> Tbilisi'] },
  { text: 'In Europe, leaders met at the Peace Palace.', notFacts: ['LOCATED_IN Peace Palace -> Europe'] },
  // leaders listed after "included" (session 14's leftover), and "FM" after a demonym with no name
  { text: "Heads of state in attendance included Kenya's William Ruto and Ghana's Nana Akufo-Addo.", facts: ['LEADER_OF William Ruto -> Kenya (Leader)', 'LEADER_OF Nana Akufo-Addo -> Ghana (Leader)'] },
  { text: 'Former presidents in attendance included America\'s Barack Obama.', notFacts: ['LEADER_OF Barack Obama -> United States (Leader)'] },
  { text: 'Meeting with the Georgian FM', hasNot: ['Organization:FM'] },
  // storms, plural roles, corridors, ideologies, acronyms in square brackets
  { text: 'Cyclone Gafilo, which hit the island twice, killed 74 people.', hasNot: ['Person:Cyclone Gafilo'] },
  { text: 'Demonstrators say the king drains public coffers.', hasNot: ['Person:Demonstrators'] },
  { text: 'The Lobito Corridor links Angola to Zambia.', has: ['Location:Lobito Corridor'] },
  { text: 'Santos signed a peace treaty with the Marxist Revolutionary Armed Forces of Colombia [FARC] rebel group.', has: ['Organization:Revolutionary Armed Forces of Colombia'], hasNot: ['Organization:Marxist Revolutionary Armed Forces of Colombia', 'Organization:FARC'] },
  // demonyms, rulers and secretaries of defence as state offices
  { text: 'Somalian President Mohamed Abdullahi Mohamed said so.', facts: ['LEADER_OF Mohamed Abdullahi Mohamed -> Somalia (President)'] },
  { text: 'The party of Fiji’s military ruler Voreqe Bainimarama won.', facts: ['LEADER_OF Voreqe Bainimarama -> Fiji (Military ruler)'] },
  { text: 'US Secretary of Defense Jim Mattis and his Qatari counterpart Khalid al-Attiyah signed a letter.', facts: ['WORKS_FOR Khalid al-Attiyah -> Qatar (Minister)'] },
]);

table('session 16 (heldout12 as a development set): surnames the lexicon has as words, capitals for their states, offices as bodies', [
  // "wang" is a noun and "max" an abbreviation in compromise's lexicon
  { text: 'Max Moore attended the talks. Wang Yi met Lavrov.', has: ['Person:Max Moore', 'Person:Wang Yi'] },
  // a capital's possessive before a state's title is its state's; not a city's own office
  { text: "Beijing's top diplomat, Wang Yi, said ties were good.", facts: ['WORKS_FOR Wang Yi -> China (Diplomat)'] },
  { text: "Kyiv's mayor Vitali Klitschko said so.", hasNot: ['Country:Ukraine'] },
  // a field's word that names nothing alone still belongs to the portfolio
  { text: "Fiji's Minister for Home Affairs and Immigration Pio Tikoduadua said so.", facts: ['WORKS_FOR Pio Tikoduadua -> Fiji (Minister for Home Affairs and Immigration)'] },
  // an unknown name before a body head's title is that body; not an adjective
  { text: 'Chadema chairman Freeman Mbowe said so.', facts: ['LEADER_OF Freeman Mbowe -> Chadema (Chairman)'] },
  { text: 'Electoral Chairman Kwadwo Afari-Gyan made the announcement.', hasNot: ['Organization:Electoral'] },
  // offices named after their head's title are bodies, and may go on
  { text: "The Prime Minister's Office said talks would go on. Ukraine's Prosecutor General's Office opened a case.", has: ["Organization:Prime Minister's Office", "Organization:Prosecutor General's Office"] },
  // (capitalised verbs in a body's name do not make a sentence a title-case headline)
  { text: "Moldova's Prosecutor's Office for Combating Organized Crime did not identify the country but the Russian ambassador, Oleg Vasnetsov, was summoned.", has: ["Organization:Prosecutor's Office for Combating Organized Crime", 'Person:Oleg Vasnetsov[ambassador]'] },
  // a title whose body is followed by a name is that name's, not the one before the comma
  {
    text: "Among those were the Australian Ambassador to the Vatican Bob Halverson, the head of the Prime Minister's Department Max Moore-Wilton and the Secretary of the Foreign Affairs Department Ashton Calvert.",
    facts: ["LEADER_OF Max Moore-Wilton -> Prime Minister's Department (Head)", 'WORKS_FOR Ashton Calvert -> Foreign Affairs Department (Secretary)'],
    notFacts: ["LEADER_OF Bob Halverson -> Prime Minister's Department (Head)", 'WORKS_FOR Max Moore-Wilton -> Foreign Affairs Department (Secretary)'],
  },
  { text: 'He met Bob Halverson, the head of the Foreign Ministry Ivan Petrov and others on Monday.', facts: ['LEADER_OF Ivan Petrov -> Foreign Ministry (Head)'], notFacts: ['LEADER_OF Bob Halverson -> Foreign Ministry (Head)'] },
  // (not a titled name right after the body: "U.S. President Trump Jared Kushner" is Kushner's)
  { text: "Kushner met Trump. The declaration was signed by Morocco's Prime Minister Saad Dine El Otmani, Senior Advisor to U.S. President Trump Jared Kushner, and others.", facts: ['WORKS_FOR Jared Kushner -> United States (Advisor)'], notFacts: ['WORKS_FOR Trump -> United States (Advisor)'] },
  // (the first review's defects, mended: an office's name ends at its head, keeps the words before its title; an unknown
  // place or a person's surname before "chairman" is no body; Brussels stands for the EU; a portfolio's last field word)
  { text: "Head of the President's Office Andriy Yermak said so.", has: ["Organization:President's Office", 'Person:Andriy Yermak'], facts: ["LEADER_OF Andriy Yermak -> President's Office (Head)"] },
  { text: "Ukraine's Specialized Anti-Corruption Prosecutor's Office said so.", has: ["Organization:Specialized Anti-Corruption Prosecutor's Office"] },
  { text: 'Kano chairman Abdullahi Ganduje said so. Donald Trump won. Trump chairman Paul Manafort said so.', hasNot: ['Organization:Kano', 'Organization:Trump'] },
  { text: "Brussels' chief negotiator Michel Barnier said so.", hasNot: ['Country:Belgium'] },
  { text: 'Minister for Home Affairs Tikoduadua said so.', has: ['Person:Tikoduadua[Minister for Home Affairs]'] },
  // (the second review's defects, mended: a headline's last word before "| Reuters", a place or a person before "radio", a
  // speaker after a plural place noun, a city before a regional office, a given name the lexicon has as a noun, a co-chair
  // who works for a state)
  { text: 'EU sanctions target Russia | Reuters', has: ['Country:Russia'] },
  { text: 'Zelensky radio address aired. Kherson television said so.', hasNot: ['Organization:Zelensky', 'Organization:Kherson'] },
  { text: 'Russian shelling hit several villages, Oleksandr Prokudin, the head of the regional administration, said.', has: ['Person:Oleksandr Prokudin'], hasNot: ['Location:Oleksandr Prokudin'] },
  { text: "The Odesa Regional Prosecutor's Office said so.", has: ["Organization:Odesa Regional Prosecutor's Office"] },
  { text: 'Minister for Foreign Affairs and Trade Penny Wong said so.', has: ['Person:Penny Wong[Minister for Foreign Affairs and Trade]'] },
  { text: 'The American co-chair Andrew Schofer said so.', facts: ['WORKS_FOR Andrew Schofer -> United States (Co-chair)'], notFacts: ['LEADER_OF Andrew Schofer -> United States (Co-chair)'] },
  // a treaty's head after "of" takes the words before it; with no cue before the connector, the last word heads the name
  { text: 'New Zealand and Fiji signed a Status of Forces Agreement. The Law of the Sea Convention applies.', has: ['Treaty:Status of Forces Agreement', 'Treaty:Law of the Sea Convention'] },
  { text: 'The Treaty of Versailles ended it. The Organization of American States met.', has: ['Treaty:Treaty of Versailles', 'Organization:Organization of American States'] },
  // (the third review's defects, mended: a named treaty after "of" is no part of the words before it, an outlet's kind
  // before "channel", a credit closing a caption's line, places listed before a verb)
  { text: 'Members of the Warsaw Pact met. Chapter VII of the UN Charter applies.', has: ['Treaty:Warsaw Pact', 'Treaty:United Nations Charter'] },
  { text: 'The Al Arabiya television channel said so.', has: ['Organization:Al Arabiya'] },
  { text: 'Leaders met in Beijing, China, on Oct. 18, 2023. Edgar Su | Reuters', hasNot: ['Person:Edgar Su'] },
  { text: 'Two villages, Kreminna and Svatove were shelled.', has: ['Location:Kreminna', 'Location:Svatove'] },
  // Chinese names in pinyin, whose surname the lexicon may have as an English word ("Ma", "Sun") and whose given name it
  // does not know (not "Sun Valley", "Ma Bell")
  { text: 'Xi Jinping met Lula. Wang Huning and Ma Zhaoxu said so. Sun Weidong summoned the envoy.', has: ['Person:Xi Jinping', 'Person:Wang Huning', 'Person:Ma Zhaoxu', 'Person:Sun Weidong'] },
  { text: 'Sun Valley said the talks would go on. Ma Bell failed.', hasNot: ['Person:Sun Valley', 'Person:Ma Bell'] },
  // diseases named after people, credits, outlets named before their kind, co-chairs
  { text: "Suffering from Parkinson's disease, the Pontiff is sharp.", hasNot: ['Location:Parkinson', 'Person:Parkinson'] },
  { text: 'The islands were disputed from 1900  / Photo: Getty Images', hasNot: ['Person:Getty Images', 'Organization:Getty Images'] },
  { text: 'Leaders met in Rio.\nRicardo Moraes | Reuters', hasNot: ['Person:Ricardo Moraes'] },
  { text: 'Photo: Vladimir Putin meets a delegation in Moscow', has: ['Person:Vladimir Putin'] },
  { text: '“The first vessel has arrived,” the official Al-Ekhbariyah television said.', has: ['Organization:Al-Ekhbariyah'], hasNot: ['Person:Al-Ekhbariyah'] },
  { text: 'Minsk Group co-chair Igor Popov said so.', facts: ['WORKS_FOR Igor Popov -> Minsk Group (Co-chair)'] },
  // places a plural place noun names after a comma
  { text: 'They claim the island of Mbanie and two smaller islets, Cocotier and Conga, since the 1970s.', has: ['Location:Cocotier', 'Location:Conga'] },
  { text: 'In the villages, Smith said, life is hard.', hasNot: ['Location:Smith'] },
  // embassies and courts are where the text puts them
  { text: 'An employee of the Russian embassy in Chisinau, Moldova, was expelled. Cases come to the ICJ in The Hague.', facts: ['LOCATED_IN Russian embassy -> Chișinău', 'LOCATED_IN International Court of Justice -> The Hague'] },
  { text: 'He testified before the court in Kenya. The EU in Niger said so.', notFacts: ['LOCATED_IN European Union -> Niger'] },
]);
table('session 17 (heldout13 as a development set): roads, bases and fields, ministries of two fields, outlets, borders named by their pair', [
  // "Jun" after a Chinese surname is a given name, not June
  { text: 'Li Jun, vice president of the bank, said so. Chinese Defence Minister Dong Jun met him.', has: ['Person:Li Jun', 'Person:Dong Jun[Defence Minister]'] },
  { text: 'He arrived on Jun 5 in Beijing.', hasNot: ['Person:Jun'] },
  // photographers and cameramen work for their outlet; a state's high commissioner is its envoy, the UN's leads an office
  { text: 'Journalists were arrested, among them AFP photographer Yasin Akgul.', facts: ['WORKS_FOR Yasin Akgul -> Agence France-Presse (Photographer)'] },
  { text: 'New Zealand high commissioner Jeff Langley said so.', facts: ['WORKS_FOR Jeff Langley -> New Zealand (High commissioner)'], notFacts: ['LEADER_OF Jeff Langley -> New Zealand (High commissioner)'] },
  // a ministry of two fields
  { text: 'The Ministry of Trade and Industry said so. The Cambodian Ministry of Economy and Finance agreed.', has: ['Organization:Ministry of Trade and Industry', 'Organization:Cambodian Ministry of Economy and Finance'] },
  { text: 'The Ministry of Justice and Interior Minister Ann Lee agreed. The Ministry of Defence and Russia agreed.', has: ['Organization:Ministry of Justice', 'Organization:Ministry of Defence', 'Country:Russia'] },
  // outlets before "newspaper"; who works for a body
  { text: 'Joakim Medin, who works for the Dagens ETC newspaper, has been arrested.', has: ['Organization:Dagens ETC'], facts: ['WORKS_FOR Joakim Medin -> Dagens ETC'] },
  { text: 'Anna Smith will work for the UN. The Moscow newspaper said so.', notFacts: ['WORKS_FOR Anna Smith -> United Nations'], hasNot: ['Organization:Moscow'] },
  // roads by their number ("No." before a number ends no sentence); a route's start when its end is a place
  { text: 'The loan pays for National Road No. 8 from Khsach Kandal to the border, and Highway 1.', has: ['Location:National Road No. 8', 'Location:Khsach Kandal', 'Location:Highway 1'] },
  { text: 'A letter from John Smith to the president arrived.', has: ['Person:John Smith'] },
  // places and armed groups told by the lower-case words after them
  { text: 'Soldiers attacked the Inates military base. They fought over the Greater Sunrise oil and gas field.', has: ['Location:Inates', 'Location:Greater Sunrise'] },
  { text: 'Fighting broke out between the Mai-Mai militia and the army.', has: ['Organization:Mai-Mai'] },
  { text: 'Trump spoke to the Trump base.', hasNot: ['Location:Trump'] },
  // a declaration named after its city
  { text: 'The delegates adopted the Vienna Declaration.', has: ['Treaty:Vienna Declaration'] },
  // a border named by its pair names both states; an alliance between two states
  { text: 'Two soldiers died on the Cambodian-Vietnamese border.', has: ['Country:Cambodia', 'Country:Vietnam'], facts: ['BORDERS Cambodia -> Vietnam'] },
  { text: 'US-China trade talks resumed.', hasNot: ['Country:China'] },
  { text: 'It will raise the allied relations between Uzbekistan and Russia to a new level.', facts: ['ALLY_OF Uzbekistan -> Russia'] },
  { text: 'The militia moved toward the DRC town of Bukavu.', facts: ['LOCATED_IN Bukavu -> DR Congo'] },
  // (the review's defects, mended: a person's name after "from", a route's end that is a body, "daily" as an adverb, a
  // paper's owner, a people's adjective before "militia", an armed group before "base", a country before "Declaration", a
  // ministry's "and" before another body or the state's name, alliances denied, "works for" after a relative clause, a
  // year after "Road")
  { text: 'A message from Xi Jinping to Hanoi was read out. A letter from Hun Sen to the city council was read.', has: ['Person:Xi Jinping', 'Person:Hun Sen'], hasNot: ['Location:Xi Jinping', 'Location:Hun Sen'] },
  { text: 'Aid trucks enter Rafah daily, the UN said. The Communist Party newspaper said so.', hasNot: ['Organization:Rafah'], has: ['Organization:Communist Party'] },
  { text: 'Shiite militia leaders met in Baghdad. Pro-Russian militia fighters attacked.', hasNot: ['Organization:Shiite', 'Organization:Pro-Russian'] },
  { text: 'The army seized an RSF military base in Omdurman. Israel Declaration Of War Sparks Fears', has: ['Organization:RSF', 'Country:Israel'], hasNot: ['Location:RSF'] },
  { text: 'The Ministry of Defence and Foreign Ministry met. The Ministry of Strategy and Finance of Korea said.', has: ['Organization:Ministry of Defence', 'Organization:Foreign Ministry', 'Country:South Korea'] },
  { text: 'There is no alliance between India and the United States. The woman who met Joe Biden works for Human Rights Watch.', notFacts: ['ALLY_OF India -> United States', 'WORKS_FOR Joe Biden -> Human Rights Watch'] },
  { text: 'The Belt and Road 2023 forum opened.', hasNot: ['Location:Road 2023'] },
  // an autonomous region is one place
  { text: 'They live in the Xinjiang Autonomous Region. The Xinjiang Uyghur Autonomous Region is large. The Chukotka Autonomous Okrug is cold.', has: ['Location:Xinjiang Autonomous Region', 'Location:Xinjiang Uyghur Autonomous Region', 'Location:Chukotka Autonomous Okrug'], hasNot: ['Location:Autonomous Region'] },
]);
