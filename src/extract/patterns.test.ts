/**
 * Generality: short constructed sentences (not from the seeds) for each pattern the extractor claims.
 */
import { expect } from 'chai';
import type { Extraction } from '../model/types';
import { extractArticle } from './extractArticle';
import { rootOf, runText as run } from './testHelpers';

const nameOf = (x: Extraction, id: string): string => rootOf(x, id).name;
/** a text's events but statements, as "type date: agents / targets @ locations" */
function eventLines(x: Extraction): string[] {
  const roles = (ks: string[]) => ks.map((k) => nameOf(x, k)).join(', ');
  return x.events.filter((e) => e.type !== 'Statement').map((e) => `${e.type} ${e.date}: ${roles(e.agents)} / ${roles(e.targets)}${e.locations.length ? ` @ ${roles(e.locations)}` : ''}`);
}
const facts = (x: Extraction) => x.facts.map((f) => `${f.type} ${nameOf(x, f.from)} -> ${nameOf(x, f.to)}${f.properties.role ? ` (${f.properties.role})` : ''}`);
const entities = (x: Extraction) => x.mentions.filter((m) => !m.refersTo).map((m) => `${m.label}:${m.name}`);

describe('extract: patterns beyond the seeds', () => {
  const factCases: [string, string][] = [
    ['US national security adviser Jake Sullivan said the talks would continue.', 'WORKS_FOR Jake Sullivan -> United States (National security adviser)'],
    ['German Chancellor Olaf Scholz arrived in Paris on Monday.', 'LEADER_OF Olaf Scholz -> Germany (Chancellor)'],
    ['Ali Bongo was sworn in on Tuesday as Gabon\'s president for a second term.', 'LEADER_OF Ali Bongo -> Gabon (President)'],
    ['NATO spokeswoman Oana Lungescu declined to comment.', 'SPOKESPERSON_FOR Oana Lungescu -> NATO'],
    ['Finland joined NATO in April 2023, doubling the alliance\'s border with Russia.', 'MEMBER_OF Finland -> NATO'],
    ['Ukraine has the support of all European Union member states (except Hungary), Canada and Australia.', 'MEMBER_OF Hungary -> European Union'],
    ['NATO members such as Poland and Lithuania sent troops.', 'MEMBER_OF Lithuania -> NATO'],
    ['Kenya ratified the Paris Agreement in 2016.', 'PARTY_TO Kenya -> Paris Agreement'],
    ['Kenya and Uganda ratified the Paris Agreement in 2016.', 'PARTY_TO Uganda -> Paris Agreement'],
    ['Nairobi, the capital of Kenya, hosted the talks.', 'LOCATED_IN Nairobi -> Kenya'],
    ['Lithuania, which borders Belarus, closed two crossings.', 'BORDERS Lithuania -> Belarus'],
    ['Poland said its ally Lithuania would get more troops.', 'ALLY_OF Poland -> Lithuania'],
    ['Mark Rutte, the secretary general of NATO, spoke in Brussels.', 'LEADER_OF Mark Rutte -> NATO (Secretary general)'],
    ['"It matters," says Marieke de Hoon, lecturer in international criminal law at the University of Amsterdam.', 'WORKS_FOR Marieke de Hoon -> University of Amsterdam (Lecturer)'],
    ["Guinea's Alpha Conde has been re-elected President after he won a majority.", 'LEADER_OF Alpha Conde -> Guinea (President)'],
    ['The UN welcomed the signing of the State Border Treaty by Kyrgyzstan and Tajikistan on Thursday.', 'PARTY_TO Tajikistan -> State Border Treaty'],
    ["Tinubu, a former governor of Nigeria's economic capital Lagos, won.", 'LOCATED_IN Lagos -> Nigeria'],
    ["An official in South Sudan's Central Equatoria state said five soldiers died.", 'LOCATED_IN Central Equatoria -> South Sudan'],
    ['The meeting will take place in Porto (Portugal) on December 6.', 'LOCATED_IN Porto -> Portugal'],
    // two holders of different offices in one country
    ['Israeli Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant visited the troops.', 'WORKS_FOR Yoav Gallant -> Israel (Defense Minister)'],
    ['The Peace Palace in The Hague hosts the court.', 'LOCATED_IN Peace Palace -> The Hague'],
    ['They met at the Peace Palace in The Hague, where the International Court of Justice is located.', 'LOCATED_IN International Court of Justice -> The Hague'],
    ['The Presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, signed it.', 'LEADER_OF Emomali Rahmon -> Tajikistan (President)'],
    ['They signed the Treaty of Land Border between China and Vietnam in Hanoi.', 'PARTY_TO Vietnam -> Treaty of Land Border between China and Vietnam'],
    ['"The count is final," ZEC chairwoman Justice Chigumba said.', 'LEADER_OF Chigumba -> ZEC (Chairwoman)'],
    ['Patience Okonjo, a spokeswoman for the Labour Party, said the vote was rigged.', 'SPOKESPERSON_FOR Patience Okonjo -> Labour Party'],
    ['Opposition leader Nelson Chamisa, 45, who heads the Citizens Coalition for Change, got 44 percent.', 'LEADER_OF Nelson Chamisa -> Citizens Coalition for Change'],
    ['Kyrgyzstan and Tajikistan reopened two checkpoints on the Tajik-Kyrgyz border.', 'BORDERS Tajikistan -> Kyrgyzstan'],
    ["According to the spokesman for Kenya's Independent Electoral Commission Andrew Limo, turnout was high.", 'SPOKESPERSON_FOR Andrew Limo -> Independent Electoral Commission'],
    ['The Supreme Electoral Tribunal published the count. "It is final," tribunal president Marta Ruiz told reporters.', 'LEADER_OF Marta Ruiz -> Supreme Electoral Tribunal (President)'],
    // a qualifier between the possessor and the title
    ["Greece's new foreign minister, Nikolaos Kotzias, said the talks failed.", 'WORKS_FOR Nikolaos Kotzias -> Greece (Foreign minister)'],
    ["South Korea's acting president, Han Duck-soo, spoke on Monday.", 'LEADER_OF Han Duck-soo -> South Korea (President)'],
    ["The European Union's foreign policy coordinator, Federica Mogherini, said the talks failed.", 'WORKS_FOR Federica Mogherini -> European Union (Foreign policy coordinator)'],
    ['Nigeria\'s oil minister Timipre Sylva said output rose.', 'WORKS_FOR Timipre Sylva -> Nigeria (Oil minister)'],
    // a dateline glued to the first sentence: the capital after the date starts the sentence, it is not title case
    ["date 2024-10-16 The Shanghai Cooperation Organisation (SCO) summit, chaired by Pakistan's Prime Minister Shehbaz Sharif, ended.", 'LEADER_OF Shehbaz Sharif -> Pakistan (Prime Minister)'],
    // the title of a country or body, then the holder's name in apposition
    ['Later he met the prime minister of Portugal, Luís Montenegro, in Lisbon.', 'LEADER_OF Luís Montenegro -> Portugal (Prime minister)'],
    ['The delegation was received by the President of the European Commission, Ursula von der Leyen.', 'LEADER_OF Ursula von der Leyen -> European Commission (President)'],
    // a hyphen-joined surname, and a nickname in quotes inside a name
    ['The talks were chaired by the president of Mexico, Andrés López-Obrador, on Friday.', 'LEADER_OF Andrés López-Obrador -> Mexico (President)'],
    ["Haitian President Michel 'Sweet Micky' Martelly thanked the donors.", 'LEADER_OF Michel Martelly -> Haiti (President)'],
    // the head of a national body may be "the <demonym> president"; the head of an international one is not
    ['Palestinian Authority President Mahmoud Abbas arrived on Monday. The Palestinian president met Egyptian officials.', 'LEADER_OF Mahmoud Abbas -> Palestine (President)'],
    // a name after "the <title> of X," after an ordinary verb or preposition is the title's holder
    ['He spoke to the president of Ukraine, Volodymyr Zelensky, on Monday.', 'LEADER_OF Volodymyr Zelensky -> Ukraine (President)'],
    ['According to the president of the World Bank, Ajay Banga, growth slowed.', 'LEADER_OF Ajay Banga -> World Bank (President)'],
    ['RSF leader Mohamed Hamdan "Hemedti" Dagalo said the war would go on.', 'LEADER_OF Mohamed Hamdan Dagalo -> RSF (Leader)'],
    // the office a person is sworn into, named after its country or before it
    ["Duma Gideon Boko was sworn in as Botswana's sixth president on Friday.", 'LEADER_OF Duma Gideon Boko -> Botswana (President)'],
    ['Donald Trump was inaugurated as the 47th president of the United States.', 'LEADER_OF Donald Trump -> United States (President)'],
    ['Dina Boluarte was sworn in as Peru\'s new president on Wednesday.', 'LEADER_OF Dina Boluarte -> Peru (President)'],
    ["Peru's Vice President Dina Boluarte was sworn in Wednesday as the country's new president.", 'LEADER_OF Dina Boluarte -> Peru (President)'],
    ['Maria Lopes was sworn in as foreign minister of Portugal on Monday.', 'WORKS_FOR Maria Lopes -> Portugal (Foreign minister)'],
    // a membership named by the organisation before "member", or an ordinal before "member of"
    ['Hungary was the only remaining NATO member to ratify the protocol.', 'MEMBER_OF Hungary -> NATO'],
    ['Turkey, a NATO member, bought Russian missiles.', 'MEMBER_OF Türkiye -> NATO'],
    ['In April 2023, Finland became the 31st member of the North Atlantic Treaty Organization.', 'MEMBER_OF Finland -> NATO'],
    ["First Vice President Mohammad Mokhber was appointed Iran's interim president on Monday.", 'LEADER_OF Mohammad Mokhber -> Iran (President)'],
    // a government title takes the sentence's one country, even one that owns an election; the US spelling of adviser
    ["President Nicolas Maduro has been declared the winner of Venezuela's presidential election.", 'LEADER_OF Nicolas Maduro -> Venezuela (President)'],
    ['National Security Advisor Jake Sullivan said the United States would help.', 'WORKS_FOR Jake Sullivan -> United States (National Security Advisor)'],
    // an impeached president still holds office, as does one whose resignation is told (it may take effect later)
    ["Romania's Prime Minister Marcel Ciolacu tendered his resignation on Monday.", 'LEADER_OF Marcel Ciolacu -> Romania (Prime Minister)'],
    ['South Korean President Yoon Suk Yeol was impeached by parliament on Saturday.', 'LEADER_OF Yoon Suk Yeol -> South Korea (President)'],
    // abbreviated ranks and offices are titles
    ['Iranian Gen. Sadegh Omidzadeh was killed in the strike.', 'WORKS_FOR Sadegh Omidzadeh -> Iran (General)'],
    // a portfolio named after "of"
    ['Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn met the envoy.', 'WORKS_FOR Bùi Thanh Sơn -> Vietnam (Minister of Foreign Affairs)'],
    // letters beyond Latin-1 inside a name
    ['Turkish President Recep Tayyip Erdoğan arrived in Athens.', 'LEADER_OF Recep Tayyip Erdoğan -> Türkiye (President)'],
    // (session 13, from heldout6) an envoy works for the state before the title, not the one sent to
    ['Iranian Ambassador to Australia Ahmad Sadeghi left.', 'WORKS_FOR Ahmad Sadeghi -> Iran (Ambassador)'],
    ["Russia's ambassador to the UN in Vienna Mikhail Ulyanov told TASS the talks went well.", 'WORKS_FOR Mikhail Ulyanov -> Russia (ambassador)'],
    ['The Iranian ambassador to Australia, Ahmad Sadeghi, left.', 'WORKS_FOR Ahmad Sadeghi -> Iran (ambassador)'],
    ["China's special envoy to Ukraine Li Hui visited Kyiv.", 'WORKS_FOR Li Hui -> China (envoy)'],
  ];
  for (const [text, want] of factCases) it(`${want}`, () => expect(facts(run(text))).to.include(want));

  // [text, a fact it must not give]
  const noFactCases: [string, string][] = [
    ["Indonesia's incoming president, Prabowo Subianto, met the envoy.", 'LEADER_OF Prabowo Subianto -> Indonesia (President)'],
    ["Chile's former president, Michelle Bachelet, met the envoy.", 'LEADER_OF Michelle Bachelet -> Chile (President)'],
    // a counterpart's country is not the titled person's own, nor is one where someone else of the sentence holds office
    ['President Vladimir Putin met his Chinese counterpart Xi Jinping in Beijing.', 'LEADER_OF Vladimir Putin -> China (President)'],
    ['Prime Minister Narendra Modi held talks with Russian President Vladimir Putin.', 'LEADER_OF Narendra Modi -> Russia (Prime Minister)'],
    ['President Joe Biden met Chinese Premier Li Qiang on Monday.', 'LEADER_OF Joe Biden -> China (President)'],
    // brackets around another name of the same place, not its country
    ['Protests spread to Kyiv (Kiev) and Lviv.', 'LOCATED_IN Kyiv -> Kiev'],
    // apposition after a title only as "the <title> of": here the country is no one's office
    ['In a letter to leaders of Portugal, Luís Montenegro said the talks went well.', 'LEADER_OF Luís Montenegro -> Portugal (Leader)'],
    // the title is the complement of another noun: the name is the adviser's, the spokesman's, the wife's
    ['An adviser to the president of Portugal, Rui Tavares, said talks were over.', 'LEADER_OF Rui Tavares -> Portugal (President)'],
    ['A spokesman for the president of Kenya, John Otieno, said the visit was off.', 'LEADER_OF John Otieno -> Kenya (President)'],
    ['He was received by the wife of the president of Chile, Ana Rojas, on Monday.', 'LEADER_OF Ana Rojas -> Chile (President)'],
    // "ethnic": a people, not a state
    ['Ethnic Uzbek leader Rustam Karimov fled to Russia.', 'LEADER_OF Rustam Karimov -> Uzbekistan (Leader)'],
    ['He thanked the former president of Chile, Michelle Bachelet, for her work.', 'LEADER_OF Michelle Bachelet -> Chile (President)'],
    ['Hungary was a NATO membership critic for years.', 'MEMBER_OF Hungary -> NATO'],
    ['Serbia, an EU member candidate, hosted the talks.', 'MEMBER_OF Serbia -> European Union'],
    ['Ukraine is a NATO partner, not a NATO member of the alliance.', 'MEMBER_OF Ukraine -> NATO'],
    // a country that owns a treaty is not the titled person's
    ["The approval of Sweden's Accession Protocol needs to be signed by newly elected president Tamas Sulyok.", 'LEADER_OF Tamas Sulyok -> Sweden (President)'],
    // an office the article says its holder lost or left
    ['Thailand Prime Minister Srettha Thavisin was removed from office by the Constitutional Court on Wednesday.', 'LEADER_OF Srettha Thavisin -> Thailand (Prime Minister)'],
    // an office not (yet) taken, or no office
    ["Claudia Reyes will be sworn in as Mexico's president on October 1.", 'LEADER_OF Claudia Reyes -> Mexico (President)'],
    ["Maria Lopes was sworn in as a member of Portugal's parliament and praised the president.", 'LEADER_OF Maria Lopes -> Portugal (President)'],
    ['Iranian Ambassador to Australia Ahmad Sadeghi left.', 'WORKS_FOR Ahmad Sadeghi -> Australia (Ambassador)'],
    ["Russia's former ambassador to the UN Vitaly Churkin died.", 'WORKS_FOR Vitaly Churkin -> Russia (ambassador)'],
    ["China's special envoy to Ukraine Li Hui visited Kyiv.", 'WORKS_FOR Li Hui -> Ukraine'],
    ["Canada's Permanent Representative to NATO David Angell spoke.", 'WORKS_FOR David Angell -> NATO'],
  ];
  for (const [text, unwanted] of noFactCases) it(`not ${unwanted}`, () => expect(facts(run(text))).not.to.include(unwanted));

  const entityCases: [string, string[], string[]][] = [
    ['Moscow also noted that the sanctions were illegal.', ['Country:Russia', 'Location:Moscow'], []],
    ['The agreement signed in Minsk is fully observed, Kyiv said.', ['Location:Minsk', 'Country:Ukraine'], ['Country:Belarus']],
    ['The Muslim Brotherhood\'s candidate won, Ahram Online reported.', ['Organization:Ahram Online'], ['Person:Muslim Brotherhood', 'Person:Ahram Online']],
    ['The European Court of Human Rights (ECHR) ruled on Tuesday.', ['Organization:European Court of Human Rights'], []],
    ['Talks with the Taliban resumed in Doha.', ['Organization:Taliban', 'Location:Doha'], []],
    ['Prime Minister Narendra Modi met Japanese officials.', ['Person:Narendra Modi', 'Country:Japan'], []],
    ['Fighting broke out east of the town of Krasny Liman and around Yampil and Zakitne.', ['Location:Krasny Liman', 'Location:Yampil', 'Location:Zakitne'], ['Person:Krasny Liman']],
    ['The army pushed into the Jaffna peninsula after the annexation of Crimea and Sevastopol.', ['Location:Jaffna peninsula', 'Location:Crimea', 'Location:Sevastopol'], []],
    // a named site before a treaty's cue word, a region named before its kind, demonyms joined by a hyphen
    ['The minister spoke at the Jinnah Convention Centre on Tuesday.', ['Location:Jinnah Convention Centre'], ['Treaty:Jinnah Convention Centre']],
    ["An official in South Sudan's Central Equatoria state said five soldiers died.", ['Location:Central Equatoria'], ['Person:Central Equatoria']],
    ['The ministers discussed the state of Russian-Pakistani relations.', [], ['Location:Russian-Pakistani']],
    // an occupation opening a sentence marks a person, and is no part of the name
    ['Businessman Alexandre Djouhri received millions from the scheme.', ['Person:Alexandre Djouhri'], ['Person:Businessman Alexandre Djouhri']],
    ['Activist Maria Kolesnikova was jailed on Friday.', ['Person:Maria Kolesnikova'], []],
    ['The storm hit Singer Island in Florida.', ['Location:Florida'], ['Country:Island']],
    ['Singer Island residents were evacuated on Monday.', [], ['Country:Island', 'Person:Island']],
    // hyphen-joined capitalised parts of a surname; a nickname in quotes is no part of the name, nor a name of its own
    ['The delegation met Jean-Yves Le Drian and Abdel-Fattah Burhan.', ['Person:Jean-Yves Le Drian', 'Person:Abdel-Fattah Burhan'], []],
    ['Lt. Gen. Abdel Fattah al-Burhan met Brig. Gen. John Smith and Sen. Marco Rubio.', ['Person:Abdel Fattah al-Burhan', 'Person:John Smith', 'Person:Marco Rubio'], ['Person:Gen. John Smith']],
    // an unknown source after "according to" is an outlet, not a place
    ['According to Mint, the Canadian police accused Indian agents.', ['Organization:Mint'], ['Location:Mint']],
    ['The delegation travelled to Kursk on Monday.', ['Location:Kursk'], []],
    // a dateline in capitals before a colon or a bracket is a place; a kicker is nothing; "Who" is no WHO
    ['BRASILIA: A panel of judges sentenced the former president.', ['Location:Brasília'], ['Organization:BRASILIA']],
    ['KYIV (AP) - Ukraine said it shot down the drones.', ['Location:Kyiv', 'Country:Ukraine'], []],
    ['WATCH: Prime Minister Narendra Modi speaks in Delhi.', ['Person:Narendra Modi'], ['Location:Watch', 'Organization:WATCH']],
    ['Who will lead the talks remains unclear, Nato said.', ['Organization:NATO'], ['Organization:World Health Organization']],
    ['The WHO said on Monday the outbreak was over.', ['Organization:World Health Organization'], []],
    // a credit's label after a name is no part of it
    ['The legislature approved the removal of President Pedro Castillo Image: Sebastian Castaneda/REUTERS', ['Person:Pedro Castillo'], ['Person:Pedro Castillo Image']],
    // "Sen." after a name is its end and the sentence's; after a party or a state it is a title
    ['Cambodia was ruled for decades by Hun Sen. His son Hun Manet took over.', ['Person:Hun Sen', 'Person:Hun Manet'], []],
    ['He cited economist Amartya Sen. Indian Prime Minister Narendra Modi spoke.', ['Person:Amartya Sen', 'Person:Narendra Modi'], ['Person:Sen. Indian Prime Minister Narendra Modi']],
    ['Republican Sen. Ted Cruz spoke on Monday.', ['Person:Ted Cruz'], []],
    // one word in capitals before a bracket or a colon is an acronym, not a dateline
    ['ECOWAS (Economic Community of West African States) suspended Niger.', ['Organization:ECOWAS'], ['Location:Ecowas']],
    ['UNRWA: The agency said aid was blocked.', ['Organization:UNRWA'], ['Location:Unrwa']],
    // the plain form of a capital that is an English word or names a better-known place is neither
    ['Male voters backed Donald Trump in the election.', [], ['Location:Malé']],
    // a cue word before unknown words is an organisation when nothing makes it a person
    ['Bank Pekao Polska said profits rose.', ['Organization:Bank Pekao Polska'], []],
    // plural titles of journalists or analysts say nothing of a state
    ['Russian journalists met Volodymyr Zelensky in Kyiv.', [], ['Country:Russia']],
    // countries and capitals written with or without their diacritics
    ['Việt Nam and China held talks in Hà Nội.', ['Country:Vietnam', 'Country:China', 'Location:Hanoi'], ['Person:Việt Nam', 'Person:Hà Nội']],
    ['Talks were held in Bogota and Brasilia.', ['Location:Bogotá', 'Location:Brasília'], []],
    // demonyms joined before a title or a plural title stand for their states; not before other words
    ['French and German foreign ministers met in Paris on Monday.', ['Country:France', 'Country:Germany'], []],
    ['Greek, Turkish and Cypriot leaders met in Athens.', ['Country:Greece', 'Country:Türkiye', 'Country:Cyprus'], []],
    ['He speaks Greek and Turkish fluently.', [], ['Country:Greece', 'Country:Türkiye']],
    ['Turkey said on Monday it would act.', ['Country:Türkiye'], ['Person:Turkey']],
    // a word that names bodies elsewhere may open a person's name, before a given name or two unknown words
    ['Duma Gideon Boko was sworn in on Friday.', ['Person:Duma Gideon Boko'], ['Organization:Duma Gideon Boko']],
    ['Botswana new president Duma Boko takes oath', ['Person:Duma Boko'], ['Organization:Duma Boko']],
    ['The Bank Leumi chief met officials of Army Group Centre.', ['Organization:Bank Leumi', 'Organization:Army Group Centre'], []],
    // two particles inside a name
    ['The envoy met Ursula von der Leyen on Monday.', ['Person:Ursula von der Leyen'], ['Person:Leyen']],
    ['The cartel boss Joaquín "El Chapo" Guzmán was sentenced in New York.', ['Person:Joaquín Guzmán'], ['Person:El Chapo']],
    ["They said the 'Big Three' Powers met in Yalta.", [], ['Person:Big Three', 'Person:Powers']],
    // a counterpart is a person, and their country stays a country
    ['Lavrov met his Chinese counterpart Wang Yi on Monday.', ['Person:Wang Yi', 'Country:China'], []],
    // a region word makes a place only where a place is expected, and never of an organisation or a person
    ['The Republican Party state convention opened on Friday.', ['Organization:Republican Party'], ['Location:Republican Party']],
    ["North Korea's KCNA state news agency said the test succeeded.", ['Organization:Korean Central News Agency'], ['Location:KCNA']],
    ['President Xi Jinping began a state visit to France on Monday.', ['Person:Xi Jinping'], ['Location:Xi Jinping']],
    ['Fighting continued in the Donetsk region on Monday.', ['Location:Donetsk'], []],
    // a centre is a site as a venue or where a place is expected, else an organisation's name
    ['The Carter Center said the vote was fair.', [], ['Location:Carter Center']],
    ['Observers from the Carter Center said the vote was fair.', [], ['Location:Carter Center']],
    ['The talks were held at the Lincoln Center in New York.', ['Location:Lincoln Center'], []],
    ['HUAIROU, China – Leaders met under Article 93 of the charter.', ['Location:Huairou'], ['Organization:HUAIROU', 'Location:Article']],
    ['The All Progressives Congress and the Collective Security Treaty Organization met.', ['Organization:All Progressives Congress', 'Organization:Collective Security Treaty Organization'], ['Treaty:Collective Security Treaty Organization']],
    ['Free Trade Area talks resumed, Online Editors said.', [], ['Person:Free Trade Area', 'Person:Online Editors']],
    ['BBC Homepage World Service Education\n\nThe Sri Lankan army advanced.', ['Organization:Sri Lankan army'], ['Organization:BBC', 'Organization:Homepage World Service Education']],
    // a time zone, one letter, the short form of a common noun are no organisations; a body's acronym is one
    ['The missile was fired at 10:15 am (1:15 am GMT), the president wrote on X.', [], ['Organization:GMT', 'Organization:X.', 'Organization:X']],
    ['North Korea launched an intercontinental ballistic missile (ICBM) and unmanned aerial vehicles (UAVs). The ICBM flew far.', [], ['Organization:ICBM', 'Organization:UAVs']],
    // a name before a known one that its cue completes is another body
    ['The National Security Council met on Friday.', ['Organization:National Security Council'], ['Organization:United Nations Security Council']],
    ['Officials of the International Criminal Court (ICC) said so.', ['Organization:International Criminal Court'], []],
    // an acronym with one capital and digits is a name; a body written in lower case keeps its acronym
    ['The M23 rebels seized Goma.', ['Organization:M23'], []],
    ["Nigeria's central bank (CBN) raised its key rate, and the CBN governor Olayemi Cardoso said so.", ['Organization:CBN'], []],
    ['The paramilitary rapid support forces (RSF) attacked. The RSF later seized the town.', ['Organization:RSF'], []],
    // a place before a known body is no part of its name; a known name or a phrase in quotes is no treaty
    ['Hamas welcomed the Gaza UN Security Council resolution.', ['Location:Gaza', 'Organization:United Nations Security Council'], ['Organization:Gaza UN Security Council']],
    ['They signed the agreement on "safe zones" and the agreement on "Israel".', ['Country:Israel'], ['Treaty:safe zones', 'Treaty:Israel']],
    // a model's designation is no body; a known group's is
    ['Ukraine received its first F-16 fighter jets, and Russia deployed S-400 missile systems.', [], ['Organization:F-16', 'Organization:S-400']],
    ['The G-20 summit opened in Rio.', ['Organization:G20'], []],
    // a caption's "FILE" is no body
    ['FILE – Former French President Nicolas Sarkozy arrives in the courtroom in Paris.', ['Person:Nicolas Sarkozy'], ['Organization:FILE']],
    // a body headed by its cue is no named event; a title word modifying a noun is no person
    ['The Election Commission of Maldives confirmed the result.', ['Organization:Election Commission of Maldives'], []],
    ['Data from the National Election Institute showed Sheinbaum ahead.', ['Organization:National Election Institute'], []],
    ["The commission confirmed the victory of opposition leader Ibrahim Mohamed Solih in the nation's general election.", ['Person:Ibrahim Mohamed Solih'], ['Person:general']],
    // an office won, not yet taken: a title, not part of the name
    ['The inauguration of U.S. President-elect Donald Trump is set for January 20.', ['Person:Donald Trump'], ['Person:President-elect Donald Trump']],
  ];
  for (const [text, has, hasNot] of entityCases) {
    it(`entities of: ${text}`, () => {
      const e = entities(run(text));
      expect(e).to.include.members(has);
      for (const n of hasNot) expect(e).to.not.include(n);
    });
  }

  it('a visit with a relative date and a statement with its speaker', () => {
    const x = run('Indian Prime Minister Narendra Modi will visit Japan next week, the foreign ministry said. Modi told reporters on Tuesday that trade was the priority.', '2024-05-08');
    const visit = x.events.find((e) => e.type === 'Visit')!;
    expect(visit.agents.map((a) => nameOf(x, a))).to.deep.equal(['Narendra Modi']);
    expect(visit.targets.map((a) => nameOf(x, a))).to.deep.equal(['Japan']);
    expect(visit.date).to.equal('2024-05');
    const st = x.events.find((e) => e.type === 'Statement' && e.agents.some((a) => nameOf(x, a) === 'Narendra Modi'))!;
    expect(st.date).to.equal('2024-05-07');
  });
  it('offensives are battles by the army that wages them; "launching the X offensive" is another event in X', () => {
    const a = run('The Sri Lankan army offensive in the Jaffna peninsula stalled in December 2000.', '2001-01-10');
    const battle = a.events.find((e) => e.type === 'Battle')!;
    expect(battle.agents.map((k) => nameOf(a, k))).to.deep.equal(['Sri Lankan army']);
    expect(battle.locations.map((k) => nameOf(a, k))).to.deep.equal(['Jaffna peninsula']);
    expect(battle.date).to.equal('2000-12');
    const b = run('Mr Putin has scaled down foreign visits since launching the Ukraine offensive in 2022.', '2024-08-30');
    const other = b.events.find((e) => e.type === 'Other')!;
    expect(other.targets.map((k) => nameOf(b, k))).to.deep.equal(['Ukraine']);
    expect(other.date).to.equal('2022');
  });
  it('coordinated participants: "A and B signed an agreement", and the states they sign for', () => {
    const x = run('Chinese Foreign Minister Tang Jiaxuan and Vietnamese Foreign Minister Nguyen Manh Cam signed an agreement on Thursday.');
    const e = x.events.find((q) => q.type === 'Signing')!;
    expect(e.agents.map((k) => nameOf(x, k)).sort()).to.deep.equal(['China', 'Nguyen Manh Cam', 'Tang Jiaxuan', 'Vietnam']);
  });
  it('a clash or a skirmish among arms is a battle; a quarrel is not', () => {
    for (const text of [
      'Three soldiers were killed on Monday in a clash with Somali troops near the border.',
      'Two guards died in a skirmish with Azerbaijani forces on Tuesday.',
      'A clash over grazing land killed 12 soldiers near Gao in Mali.',
    ]) {
      expect(run(text).events.map((e) => e.type), text).to.include('Battle');
    }
    for (const text of [
      'The two leaders did not clash over trade in Paris.',
      'The trade clash between the United States and China deepened.',
      'A diplomatic clash between France and Italy over migrants grew on Monday.',
      'The skirmish between the European Union and Britain over fishing rights went on.',
    ]) {
      expect(run(text).events.map((e) => e.type), text).to.not.include('Battle');
    }
  });
  // [text, the Battle as "agents / targets / locations", or undefined: no Battle]
  const strikes: [string, string | undefined][] = [
    ['A Turkish airstrike on northern Syria killed three fighters on Sunday.', 'Türkiye / Syria / '],
    ['Saudi Arabia launched air strikes against Sanaa on Friday.', 'Saudi Arabia / Sanaa / '],
    ['A drone strike near Kandahar killed two men on Tuesday.', ' /  / Kandahar'],
    ['The Sudanese offensive in Darfur stalled on Monday.', 'Sudan / Darfur / Darfur'],
    ['Dock workers in Antwerp went on strike on Monday.', undefined],
    ['Negotiators hope to strike a deal with Venezuela this week.', undefined],
    ['A general strike paralysed Buenos Aires on Wednesday.', undefined],
    ['A Syrian airstrike on Tuesday near Idlib killed two people.', 'Syria /  / Idlib'],
    ['Russian missile strikes hit Kharkiv overnight.', 'Russia /  / '],
  ];
  for (const [text, want] of strikes) {
    it(`an armed strike is a battle by whoever strikes: ${text.slice(0, 50)}`, () => {
      const x = run(text);
      const b = x.events.find((e) => e.type === 'Battle');
      const roles = (ks: string[]) => ks.map((k) => nameOf(x, k)).join(', ');
      expect(b && `${roles(b.agents)} / ${roles(b.targets)} / ${roles(b.locations)}`).to.equal(want);
    });
  }
  // [text, the Meeting as "agents / targets"]: a title's holder named after what the title is of, and a
  // description of a country's office held by someone of that country only
  const holders: [string, string][] = [
    ['Alberto Fernández hosted the talks. Later, President Lula met with the president of Cuba, Miguel Díaz-Canel, in Havana.', 'Lula / Miguel Díaz-Canel'],
    ['Gustavo Petro met with the director general of the World Health Organization (WHO), Tedros Adhanom, on Monday.', 'Gustavo Petro / Tedros Adhanom'],
    ['European Council President Charles Michel arrived on Monday. The president of Brazil met him in Lisbon.', 'Brazil / Charles Michel'],
    ['President Luiz Inácio Lula da Silva arrived on Tuesday. The president of Brazil met Emmanuel Macron in Paris.', 'Luiz Inácio Lula da Silva / Emmanuel Macron'],
  ];
  for (const [text, want] of holders) {
    it(`the holder of a title named after what it is of: ${want}`, () => {
      const x = run(text);
      const m = x.events.find((e) => e.type === 'Meeting')!;
      expect(`${m.agents.map((k) => nameOf(x, k)).join(', ')} / ${m.targets.map((k) => nameOf(x, k)).join(', ')}`).to.equal(want);
    });
  }
  // [text, the office events as "name: agents / targets"]
  const offices: [string, string[]][] = [
    ["Deputy Prime Minister Maria Lopes was sworn in as Portugal's president on Monday.", ['swearing-in of Maria Lopes: Maria Lopes / Portugal']],
    ['Prime Minister Petr Novak was inaugurated on Friday.', ['inauguration of Petr Novak: Petr Novak / ']],
    ['Governor Alan Reyes was impeached by the Philippine Senate on Tuesday.', ['impeachment of Alan Reyes: Philippine Senate / Alan Reyes']],
    ['Lawmakers voted to remove President Jorge Quiroga from office on Thursday.', ['removal of Jorge Quiroga:  / Jorge Quiroga']],
    ['Soldiers ousted President Ali Traore in a coup on Sunday.', ['ouster of Ali Traore:  / Ali Traore']],
    ['The court removed President Jorge Quiroga from the ballot.', []],
    ['The opposition sought to impeach President Jorge Quiroga.', []],
    // what is only wanted, expected or possible
    ["Claudia Reyes will be sworn in as Mexico's president on October 1.", []],
    ['Analysts said President Jorge Quiroga could be impeached.', []],
    ['The opposition demanded that President Jorge Quiroga be removed from office.', []],
    ['Republicans moved to impeach Secretary Alan Reyes.', []],
    ['The opposition called for the impeachment of President Jorge Quiroga.', []],
    // who the holder is: the subject of the passive, or the name before the comma
    ['Sheikh Hasina, ousted in August, met Prime Minister Narendra Modi in Delhi.', ['ouster of Sheikh Hasina:  / Sheikh Hasina']],
    ['President William Ruto said the new ministers were sworn in on Monday.', []],
    ['President Recep Tayyip Erdogan inaugurated a new airport on Monday.', []],
    ['Ousted Prime Minister Sheikh Hasina fled to India.', []],
    // the office's country follows "as"; the agent of an active verb is its subject
    ['Javier Milei was sworn in on Sunday before leaders from Brazil and Chile.', ['swearing-in of Javier Milei: Javier Milei / ']],
    ['ECOWAS threatened force after soldiers ousted President Mohamed Bazoum.', ['ouster of Mohamed Bazoum:  / Mohamed Bazoum']],
    // an appointment, an office left, a death (of a named person; by whom when said)
    ["First Vice President Mohammad Mokhber was appointed Iran's interim president on Monday.", ['appointment of Mohammad Mokhber: Mohammad Mokhber / Iran']],
    ['Judge Ann Lee, appointed by President Donald Trump in 2019, ruled against him.', ['appointment of Ann Lee: Donald Trump / Ann Lee']],
    ['Foreign Minister Dmytro Kuleba resigned on Tuesday.', ['resignation of Dmytro Kuleba:  / Dmytro Kuleba']],
    ['Prime Minister Rishi Sunak has stepped down as party leader.', ['resignation of Rishi Sunak:  / Rishi Sunak']],
    ['Opposition leader Alexei Navalny died in prison in February.', ['death of Alexei Navalny:  / Alexei Navalny']],
    ['Hamas leader Ismail Haniyeh was killed in Tehran by Israel on Wednesday.', ['killing of Ismail Haniyeh: Israel / Ismail Haniyeh']],
    ['Prime Minister Marcel Ciolacu tendered his resignation on Monday.', ['resignation of Marcel Ciolacu:  / Marcel Ciolacu']],
    ['Prime Minister Silvio Berlusconi handed in his resignation to the president.', ['resignation of Silvio Berlusconi:  / Silvio Berlusconi']],
    ['Prime Minister Silvio Berlusconi offered his resignation.', []],
    ['The opposition called for the resignation of Prime Minister Silvio Berlusconi.', []],
    ['Foreign Minister Boris Johnson refused to resign.', []],
    ['The paper said Foreign Minister Dmytro Kuleba would resign soon.', []],
    ['Prime Minister Rishi Sunak stepped into the room.', []],
    ['Three soldiers were killed on Monday.', []],
    ['Opposition leader Alexei Navalny killed the bill in committee.', []],
    // one event: the coup is the deposing
    ['Mnangagwa came to power after a coup that deposed Robert Mugabe in 2017.', ['coup of Robert Mugabe:  / Robert Mugabe']],
  ];
  for (const [text, want] of offices) {
    it(`an office taken or lost is an event: ${text.slice(0, 50)}`, () => {
      const x = run(text);
      const roles = (ks: string[]) => ks.map((k) => nameOf(x, k)).join(', ');
      expect(x.events.filter((e) => e.type === 'Other').map((e) => `${e.name}: ${roles(e.agents)} / ${roles(e.targets)}`)).to.deep.equal(want);
    });
  }
  // [text, its events but statements, as "type date: agents / targets"]
  const acts: [string, string[]][] = [
    // envoys expelled: the envoys' state is the target
    ['Canada expels Indian diplomats citing evidence.', ['Other 2024-05: Canada / India']],
    ['Russia expelled two German diplomats on Monday.', ['Other 2024-05-06: Russia / Germany']],
    ['Canada threatened to expel Indian diplomats.', []],
    ['The party expelled three members on Monday.', []],
    // relations cut or established with another state
    ['Honduras cut diplomatic ties with Taiwan on Sunday.', ['Other 2024-05-05: Honduras / Taiwan']],
    ['In 2023 Honduras established diplomatic relations with China.', ['Other 2023: Honduras / China']],
    ['Honduras may cut ties with Taiwan.', []],
    ['Israel and the UAE established diplomatic relations in 2020.', ['Other 2020: United Arab Emirates / Israel']],
    // a candidacy, one election per year; a founding
    ['Opposition leader Duma Boko also ran for president in 2014 and 2019, and founded the UDC in 2012.', ['Election 2014: Duma Boko / ', 'Election 2019: Duma Boko / ', 'Other 2012: Duma Boko / UDC']],
    ['Opposition leader Duma Boko ran to the station.', []],
    // an international body decides, on the states and places named after its verb; sanctions are sanctions only
    ['The United Nations Security Council on Monday (Oct 2) approved a Kenyan-led mission to bring stability to Haiti.', ['Other 2023-10-02: United Nations Security Council / Haiti']],
    ['The UN Security Council on Friday voted to extend the mandate of its mission in Afghanistan.', ['Other 2024-05-03: United Nations Security Council / Afghanistan']],
    ['The European Union extended sanctions on Russia for six months.', ['Sanction 2024-05: European Union / Russia']],
    ['The US Senate approved this resolution in a vote by a very large majority.', []],
    ['The UN Security Council could approve a mission for Haiti.', []],
    // a coup's target follows it as what it is against, in or of, or what it deposed
    ['The army staged a coup against President Mohamed Bazoum in July.', ['Other 2023-07:  / Mohamed Bazoum']],
    ['He was convicted of attempting a coup after losing the vote to President Luiz Inácio Lula da Silva.', []],
    // a sentence passed on a named person, by whichever court; not one that could be passed
    ['A Paris court on Thursday sentenced former French president Nicolas Sarkozy to five years in prison.', ['Other 2024-05-02:  / Nicolas Sarkozy']],
    ['The Supreme Court sentenced Jair Bolsonaro to 27 years and three months in prison.', ['Other 2024-05: Supreme Court / Jair Bolsonaro']],
    ['Opposition leader Claude Guéant was sentenced to six years on Monday.', ['Other 2024-05-06:  / Claude Guéant']],
    ['Opposition leader Nicolas Sarkozy could be sentenced to ten years.', []],
    ['The court sentenced the hearing to a later date.', []],
    // held under arrest, not one ordered or denied
    ['Former president Jair Bolsonaro is currently under house arrest in Brasilia.', ['Arrest undefined:  / Jair Bolsonaro']],
    ['Opposition leader Imran Khan was placed under arrest on Tuesday.', ['Arrest 2024-05-07:  / Imran Khan']],
    ['The court ordered that former president Jair Bolsonaro be placed under house arrest.', []],
    // a person named as a noun's complement is not the subject; a reduced clause's holder is before the comma
    ['Dozens of supporters of Imran Khan were killed in clashes.', []],
    ['Several aides to Imran Khan were sentenced to 10 years.', []],
    ['Two lawyers for Imran Khan are under house arrest.', []],
    ['The mother of Alexei Navalny died on Monday.', []],
    ['Evan Gershkovich, sentenced to 16 years, was greeted by President Joe Biden.', ['Other 2024-05:  / Evan Gershkovich']],
    ['Russia sentenced to death two men who killed Darya Dugina.', []],
    // who holds someone under arrest only when named after "by", not whoever reports it
    ['Reuters reported that opposition leader Imran Khan was placed under arrest.', ['Arrest 2024-05:  / Imran Khan']],
    // a body that reports another's decision decided nothing
    ['The OSCE said Russia had extended its deployment in Transnistria.', []],
    // a visit's light verb and its subject: only auxiliaries between
    ['Emmanuel Macron thanked Olaf Scholz and made a state visit to Italy.', ['Visit 2024-05: Emmanuel Macron / Italy']],
    // the country visited through its leader
    ['Previously, Terrance Drew visited the Prime Minister of St Vincent and the Grenadines and Antigua and Barbuda.', ['Visit 2024-05: Terrance Drew / Saint Vincent and the Grenadines, Antigua and Barbuda']],
    ['Narendra Modi visited the President of the World Bank.', ['Visit 2024-05: Narendra Modi / ']],
    // two named parties who discuss met; one alone only spoke
    ['Jim Mattis and Khalid al-Attiyah also discussed mutual security concerns.', ['Meeting 2024-05: Jim Mattis, Khalid al-Attiyah / ']],
    ['Emmanuel Macron discussed Ukraine with Olaf Scholz by phone.', ['Meeting 2024-05: Emmanuel Macron / Olaf Scholz']],
    ['Joe Biden discussed the economy with reporters.', []],
    ['Joe Biden did not discuss the plan with Olaf Scholz.', []],
    // a state's government and another side, joined by "and the", are both sides
    ["Colombia's government and the ELN agreed to a ceasefire.", ['Agreement 2024-05: ELN, Colombia / ']],
    // "Heads of Government Meeting/Conference" is a named meeting, no title
    ['The Commonwealth Heads of Government Meeting opened in Samoa on Friday.', ['Meeting 2024-05-03:  / ']],
    // (the third review's defects, mended) a name with a verb of its own opens another clause; the "with" of a topic;
    // talks that ended were held, talks cancelled with words between were not
    ['Joe Biden met Volodymyr Zelensky and the Group of Seven pledged $50 billion.', ['Meeting 2024-05: Joe Biden / Volodymyr Zelensky']],
    ['Donald Trump discussed his plan to deal with Iran.', []],
    ['Emmanuel Macron discussed the crisis with French ministers in Paris.', []],
    ['Antony Blinken discussed the war in Gaza with Chinese Foreign Minister Wang Yi.', ['Meeting 2024-05: Antony Blinken / Wang Yi']],
    ['Joe Biden ended talks with Olaf Scholz on an optimistic note.', ['Meeting 2024-05: Joe Biden / Olaf Scholz']],
    ['Donald Trump cancelled his summit with Kim Jong Un.', []],
    // weapons tests and vetoes are their states' (heldout11)
    ['Pakistan carried out five underground nuclear tests on Thursday.', ['Other 2024-05-02: Pakistan / ']],
    ['North Korea is preparing a nuclear test, Seoul said.', []],
    ['The students took a test in Paris.', []],
    ["Inspectors visited Iran's nuclear test site.", ['Visit 2024-05:  / Iran']],
    ['Seoul said the missile tests by Pyongyang violated UN resolutions.', ['Other 2024-05: North Korea / ']],
    ['China and Russia vetoed the resolution.', ['Other 2024-05: Russia, China / ']],
    ['The United States on Wednesday vetoed a United Nations Security Council resolution.', ['Other 2024-05-08: United States / ']],
    ['The draft was vetoed by Russia and China.', ['Other 2024-05: Russia, China / ']],
    ['Israel said the Iranian missile test violated a UN resolution.', []],
    ['North Korea has not carried out a nuclear test since 2017.', []],
    ['An ambush by al-Shabaab militants killed ten soldiers in Lower Shabelle.', ['Battle 2024-05: al-Shabaab / ']],
    // talks called off, suspended or broken off were not held
    ['Russia suspended talks with Ukraine.', []],
    ['But talks with the ELN were called off in 2019 by then-president Ivan Duque.', []],
    ['Russia held talks with Ukraine.', ['Meeting 2024-05: Russia / Ukraine']],
    // (a visit's noun: the leader after it is no country visited)
    ['After the visit the King of Jordan said peace was possible.', []],
    // a year naming the event's noun dates it
    ["Russia's 2014 annexation of Crimea was condemned.", ['Other 2014: Russia / Crimea']],
    ['Prime Minister Rishi Sunak resigned himself to defeat.', []],
    // a signing told by a gerund is its sentence subject's; a ceasefire a year names was made; a year after an adjective names the event
    ['Donald Trump and Kim Jong-Un met in Singapore, concluding their meeting by signing a joint agreement.', ['Meeting 2024-05: Kim Jong-Un, Donald Trump / Singapore', 'Signing 2024-05: Donald Trump, Kim Jong-Un / ']],
    ['The two sides pledged to respect a 2003 ceasefire between Pakistan and India.', ['Agreement 2003:  / Pakistan, India']],
    ['He never recovered from a humiliating 2012 election defeat of President Nicolas Sarkozy.', ['Election 2012: Nicolas Sarkozy / ']],
    ['The signing of the deal was delayed.', []],
    // a war with its sides is a battle, as is an invasion; not a war named as a backdrop, a trade war or war crimes
    ['Israel continued its war with Hamas in Gaza.', ['Battle 2024-05: Israel / Hamas']],
    ['Russia\'s war against Ukraine goes on.', ['Battle 2024-05: Russia / Ukraine']],
    ['Sanctions have grown since the start of the war in Ukraine.', []],
    ['The trade war with China deepened.', []],
    ['Hungary said Vladimir Putin is a war criminal.', []],
    // (undated since session 16: an invasion is mostly told long after it began, and the gold sets leave it undated)
    ['Russia\'s invasion of Ukraine goes on.', ['Battle undefined: Russia / Ukraine']],
    // who reports or blames a strike did not strike; an army that says it struck did
    ["Pakistan's army on Wednesday accused the coalition of killing 11 troops in an air strike along the border.", []],
    // (a place a fight is near is where it is, as for strikes: "a drone strike near Kandahar")
    ['The Sri Lankan army says it has killed fifty rebels in an offensive near Jaffna.', ['Battle 2024-05: Sri Lankan army / ']],
    // (second review) one who claims an attack made it; "said on Tuesday it had"; an aside; a source after "according to"
    ['Hezbollah claimed responsibility for a drone strike on an Israeli base on Tuesday.', ['Battle 2024-05-07: Hezbollah / ']],
    ["Israel's military said on Tuesday it had carried out an air strike on a Hamas command centre in Gaza.", ['Battle 2024-05-07: Israel / Hamas']],
    ['Israel, accused of war crimes by rights groups, carried out an air strike on Rafah.', ['Battle 2024-05: Israel / ']],
    // a sanction by a body after "in"; a conviction of a number of counts
    ['Regulators in the EU sanctioned Iran\'s central bank on Tuesday.', ['Sanction 2024-05-07: European Union / Iran']],
    ['Donald Trump was convicted of 34 felony counts in New York on Thursday.', ['Other 2024-05-02:  / Donald Trump']],
    // a missile fired with a bare weekday or artillery; a passive signing's "by" inside its own clause only
    ['North Korea fired a ballistic missile Thursday.', ['Other 2024-05-02: North Korea / ']],
    ['Russia fired missiles and artillery at Kharkiv on Tuesday.', ['Battle 2024-05-07: Russia / Kharkiv']],
    ['The accord was signed last year, mediated by Qatar and Egypt.', []],
    // "former" undates only a former holder's office; a relative clause's wish is not the meeting's
    ['Police arrested former prime minister Imran Khan in Islamabad.', ['Arrest 2024-05:  / Imran Khan']],
    ['Emmanuel Macron, who has urged a ceasefire, met Volodymyr Zelensky in Paris.', ['Meeting 2024-05: Emmanuel Macron / Volodymyr Zelensky']],
    // an agreement in force; a ceasefire's parties after a place
    ['A free trade agreement between China and Serbia came into force on Monday.', ['Agreement 2024-05-06: China / Serbia']],
    ['A ceasefire in Gaza between Israel and Hamas came into effect on Sunday.', ['Agreement 2024-05-05:  / Israel, Hamas']],
    ['Israel and Hamas are at war, and the OSCE was established in 1975.', ['Other 1975:  / OSCE']],
    // a conviction, as a sentence; not one denied
    ['A Paris court convicted Nicolas Sarkozy of corruption on Monday.', ['Other 2024-05-06:  / Nicolas Sarkozy']],
    ['Nicolas Sarkozy was never convicted of a crime.', []],
    // the person met, not the demonym opening their title
    ['President Joe Biden met Chinese President Xi Jinping in Paris on Sep 29.', ['Meeting 2023-09-29: Joe Biden / Xi Jinping']],
    // a ceasefire is made when it comes into effect; a body that convenes meets (not one that convenes something)
    ['A ceasefire between Israel and Hezbollah, mediated by the US and France, came into effect on Wednesday.', ['Agreement 2024-05-08:  / Israel, Hezbollah']],
    ['The National Security Council of South Korea convened on Friday.', ['Meeting 2024-05-03: National Security Council of South Korea / ']],
    ['UN chief Antonio Guterres convened a conference on Monday.', []],
    // a missile fired: a launch, or an attack on what it is fired at; not shots, nor a missile to be fired
    ['North Korea launched an alleged intercontinental ballistic missile on Friday.', ['Other 2024-05-03: North Korea / ']],
    ['Hamas launched rockets into southern Israel.', ['Battle 2024-05: Hamas / Israel']],
    ['The army fired warning shots.', []],
    // (both sides: "and the" joins them, session 15)
    ['The fighting between Hezbollah and the IDF began when the group launched rockets across the border.', ['Battle 2024-05:  / Hezbollah, IDF']],
    ['North Korea could fire another missile soon.', []],
    // an impeachment told by its noun, with its holder
    ['The declaration shocked the country and resulted in the impeachment of President Yoon Suk Yeol by lawmakers on December 14.', ['Other 2023-12-14:  / Yoon Suk Yeol']],
    // "former" says who someone was, not when the event happened
    ['A former minister of Finance, Ngozi Okonjo-Iweala has been appointed as the Director-General of the World Trade Organisation.', ['Other 2024-05: Ngozi Okonjo-Iweala / ']],
    // a body founded in a year
    ['EFTA was established in 1960 to promote free trade.', ['Other 1960:  / EFTA']],
    ['The committee was established in response to the crisis.', []],
    // an agency in brackets opening the story reports it, it takes no part
    ['(MENAFN) A ceasefire between Israel and Hezbollah came into effect on Wednesday.', ['Agreement 2024-05-08:  / Israel, Hezbollah']],
    // (review of session 11) signed words are whole words; a date may stand before "by"
    ['Russian President Vladimir Putin signed a decree on Monday, according to the Kremlin.', []],
    ['Zelensky signed a law on conventional arms for the army of Ukraine.', []],
    ['The treaty was signed on 17 January by Russia and Iran.', ['Signing 2024-01-17: Russia, Iran / ']],
    // a missile that only qualifies another noun; more weapons before the target; a test falling in a zone
    ['Ukraine fired the commander of its missile forces on Monday.', []],
    ['Israel launched a new missile defence programme on Monday.', []],
    ['Russia launched 40 missiles and 30 drones at Ukraine overnight.', ['Battle 2024-05: Russia / Ukraine']],
    ["North Korea fired a ballistic missile into Japan's exclusive economic zone on Friday.", ['Other 2024-05-03: North Korea / ']],
    // a war on a thing, a person's quarrel, a war as a backdrop; an invasion launched is a battle
    ['The war against corruption in Nigeria has stalled.', []],
    ["Elon Musk's war with the SEC escalated on Tuesday.", []],
    ["Since the start of Israel's war with Hamas, prices have soared.", []],
    ['Russia launched a full-scale invasion of Ukraine in February 2022.', ['Battle 2022-02: Russia / Ukraine']],
    ['War between Israel and Hamas broke out in October.', ['Battle 2023-10:  / Israel, Hamas']],
    // an impeachment wanted or rejected did not happen
    ["Protesters called for Yoon Suk Yeol's impeachment on Saturday.", []],
    ['Lawmakers rejected the impeachment of President Yoon Suk Yeol.', []],
    // dates: "former" with a simple past, "still" said of something else, talks only sought
    ['Former President Trump was impeached twice.', ['Other undefined:  / Trump']],
    ['Israel and Hamas signed a ceasefire deal, though Israeli troops still occupy parts of Gaza.', ['Signing 2024-05: Hamas, Israel / ', 'Agreement 2024-05: Hamas, Israel / ']],
    ['Ukraine has sought talks with Russia on a prisoner exchange.', ['Meeting undefined: Ukraine / Russia']],
    // a ceasefire's "came into effect" is its own, not another subject's
    ['Israel accused Hezbollah of breaking the ceasefire with Lebanon as new EU sanctions came into effect on Monday.', []],
    // the body founded is the subject; an outlet that signs is a party
    ["Ukraine's relations with NATO were established in 1992.", []],
    ['The BBC signed an agreement with Ukraine on Monday.', ['Signing 2024-05-06: BBC, Ukraine / ', 'Agreement 2024-05-06: BBC / Ukraine']],
    // a parliament's vote on a motion is no election
    ['The government of Prime Minister Mirek Topolanek lost a parliamentary vote of no confidence.', []],
    ['Taiwan held its presidential vote on January 13.', ['Election 2024-01-13:  / Taiwan']],
    // (session 13, from heldout6) an arrest told by the one held's possessive or "of"; not one only wanted or feared;
    // the one held before "arrested"/"detained" only as the passive's subject
    ['General Ratko Mladic escaped prosecution until his arrest in Serbia in May 2011.', ['Arrest 2011-05:  / Ratko Mladic']],
    ["Opposition leader Alexei Navalny's arrest sparked protests.", ['Arrest 2024-05:  / Alexei Navalny']],
    ['The arrest of opposition leader Imran Khan on Monday angered his party.', ['Arrest 2024-05-06:  / Imran Khan']],
    ['President Joe Biden called for his arrest.', []],
    ['The court issued a warrant for his arrest, President Vladimir Putin said.', ['ArrestWarrant undefined:  / Vladimir Putin']],
    ['The court ordered the arrest of opposition leader Imran Khan.', []],
    ['FSB chief Alexander Bortnikov told President Vladimir Putin that those detained included four gunmen.', []],
    ['Opposition leader Imran Khan, who was detained on Monday, was freed.', ['Arrest 2024-05-06:  / Imran Khan']],
    ['Opposition leaders Imran Khan and Shah Mahmood Qureshi were briefly detained.', ['Arrest 2024-05:  / Shah Mahmood Qureshi']],
    ['Savoi Wright, a Californian who had been arrested in Venezuela in October, was freed.', ['Arrest 2023-10:  / Savoi Wright']],
  ];
  for (const [text, want] of acts) {
    it(`acts of states and politicians: ${text.slice(0, 50)}`, () => {
      const x = run(text);
      const roles = (ks: string[]) => ks.map((k) => nameOf(x, k)).join(', ');
      expect(x.events.filter((e) => e.type !== 'Statement').map((e) => `${e.type} ${e.date}: ${roles(e.agents)} / ${roles(e.targets)}`)).to.deep.equal(want);
    });
  }
  it('the countries a body is made of are its members: "consists of", "which comprises", a list in dashes or brackets; not a list a comma only joins', () => {
    const members = (text: string) => facts(run(text)).filter((f) => f.startsWith('MEMBER_OF'));
    expect(members('ASEAN, a regional organisation founded in Bangkok on August 8, 1967, consists of Brunei, Cambodia and Laos.')).to.deep.equal(['MEMBER_OF Brunei -> ASEAN', 'MEMBER_OF Cambodia -> ASEAN', 'MEMBER_OF Laos -> ASEAN']);
    expect(members('The Gulf Cooperation Council, which comprises Saudi Arabia, Kuwait and Oman, met.')).to.deep.equal(['MEMBER_OF Saudi Arabia -> Gulf Cooperation Council', 'MEMBER_OF Kuwait -> Gulf Cooperation Council', 'MEMBER_OF Oman -> Gulf Cooperation Council']);
    expect(members('Leaders of the BRICS countries (Brazil, Russia, India and China) met in Kazan.')).to.deep.equal(['MEMBER_OF Brazil -> BRICS', 'MEMBER_OF Russia -> BRICS', 'MEMBER_OF India -> BRICS', 'MEMBER_OF China -> BRICS']);
    expect(members('The navies of all four NATO countries -- Canada, the US, Norway and Denmark -- took part.')).to.deep.equal(['MEMBER_OF Canada -> NATO', 'MEMBER_OF United States -> NATO', 'MEMBER_OF Norway -> NATO', 'MEMBER_OF Denmark -> NATO']);
    expect(members('The EU countries, the US and Canada imposed sanctions.')).to.deep.equal([]);
    expect(members('NATO countries (Canada and Norway\'s fleet) sailed.')).to.deep.equal([]);
  });
  it('a past clause in a sentence about the future is dated in the past, and its subject is the antecedent of "which"', () => {
    const x = run('US President Donald Trump will attend the signing of a peace accord between Cambodia and Thailand, which saw deadly border clashes in July.');
    expect(x.events.filter((e) => e.type === 'Battle').map((e) => `${e.date}: ${e.agents.map((k) => nameOf(x, k)).sort().join(', ')}`)).to.deep.equal(['2023-07: Cambodia, Thailand']);
    const y = run('Joe Biden will travel to Hanoi in September.');
    expect(y.events.filter((e) => e.type === 'Visit').map((e) => e.date)).to.deep.equal(['2024-09']);
  });
  it('a title in apposition that stands before the next name is that name\'s ("X, Senior Advisor to U.S. President Trump Jared Kushner")', () => {
    const x = run("The declaration was signed by Morocco's Prime Minister Saad Dine El Otmani, Senior Advisor to U.S. President Trump Jared Kushner, and Israeli National Security Advisor Meir Ben-Shabbat. Kushner met Trump on Tuesday.");
    expect(facts(x)).to.include.members(['WORKS_FOR Jared Kushner -> United States (Advisor)', 'LEADER_OF Saad Dine El Otmani -> Morocco (Prime Minister)']);
    expect(facts(x)).to.not.include('WORKS_FOR Saad Dine El Otmani -> United States (Advisor)');
    expect(facts(run('Ahmed Ali, adviser to the President of Egypt, spoke.'))).to.deep.equal(['WORKS_FOR Ahmed Ali -> Egypt (Adviser)']);
  });
  it('a surname with a hyphenated particle is the same person without it ("Ben-Shabbat", "Shabbat")', () => {
    const x = run('Israeli National Security Advisor Meir Ben-Shabbat flew in. Jared Kushner and Shabbat landed in Rabat on Tuesday.');
    expect(x.events.filter((e) => e.type === 'Visit').map((e) => e.agents.map((k) => nameOf(x, k)).sort().join(', '))).to.deep.equal(['Jared Kushner, Meir Ben-Shabbat']);
  });
  it('a site is in the place named right after it; a credit glued to a caption is no part of a name', () => {
    expect(facts(run('Six of them arrived at Kelly Airfield Annex in San Antonio.'))).to.deep.equal(['LOCATED_IN Kelly Airfield Annex -> San Antonio']);
    expect(facts(run('Protesters gathered on Independence Square in Kyiv.'))).to.deep.equal(['LOCATED_IN Independence Square -> Kyiv']);
    expect(facts(run('Fighting raged in Bakhmut in Donetsk.'))).to.deep.equal([]);
    expect(entities(run('ANPThe Peace Palace in The Hague, where the court sits.'))).to.not.include('Location:ANPThe Peace Palace');
    expect(entities(run('India signed a trade deal with EFTA in March.'))).to.include('Organization:EFTA');
  });
  it("an outlet's journalist works for it: \"DW's Teri Schultz\"; a country's leader does not", () => {
    expect(facts(run("In an interview with DW's Teri Schultz at the site, the minister spoke."))).to.include('WORKS_FOR Teri Schultz -> Deutsche Welle');
    expect(facts(run("CNN's Christiane Amanpour asked the question."))).to.include('WORKS_FOR Christiane Amanpour -> CNN');
    expect(facts(run("Russia's Vladimir Putin spoke."))).to.deep.equal([]);
  });
  it('a country named as where a deal is signed is no party to it', () => {
    const x = run('Juan Manuel Santos and Timoleon Jimenez shake hands during a ceremony of a cease-fire deal, in Havana, Cuba, on Thursday.');
    expect(x.events.filter((e) => e.type === 'Agreement').flatMap((e) => [...e.agents, ...e.targets].map((k) => nameOf(x, k)))).to.not.include('Cuba');
    const y = run('Russia signed an agreement with Iran.');
    expect(y.events.filter((e) => e.type === 'Agreement').map((e) => `${e.agents.map((k) => nameOf(y, k))} / ${e.targets.map((k) => nameOf(y, k))}`)).to.deep.equal(['Russia / Iran']);
  });
  // [text, its events but statements, as "type date: agents / targets @ locations"]
  const activities: [string, string[]][] = [
    // military exercises: who holds them, with whom, where; not an exercise of power, a fire drill or drills for oil
    ['NATO began military drills in Lithuania on Tuesday.', ['Other 2024-05-07: NATO /  @ Lithuania']],
    ['The Talisman Sabre exercise featuring the navies of Australia and Japan began on Monday off Sydney.', ['Other 2024-05-06: Australia, Japan /  @ Sydney']],
    ['The exercise started in 1992 as a bilateral drill between the Indian Navy and the US Navy.', ['Other 1992: Indian Navy, US Navy / ']],
    ['Chinese military drills near Taiwan continued for a third day.', ['Other 2024-05: Chinese military /  @ Taiwan']],
    ['Canada and Japan formally opened their annual navy-to-navy drills on October 2.', ['Other 2023-10-02: Japan, Canada / ']],
    ['NATO exercises off Lithuania began on Monday.', ['Other 2024-05-06: NATO /  @ Lithuania']],
    ["NATO chief Jens Stoltenberg said the alliance's military drills aim to send a signal.", ['Other 2024-05: NATO / ']],
    ["China's naval drills near Taiwan ended.", ['Other 2024-05: China /  @ Taiwan']],
    ["A screen shows China's military drills around Taiwan, in Beijing.", ['Other 2024-05: China /  @ Taiwan']],
    ['The European Union said the alliance would hold drills.', []],
    ['China exercises its influence over the region.', []],
    ['Microsoft held a training exercise for its staff.', []],
    ['He said the exercise of power must be limited, and troops must obey.', []],
    ['The school held a fire drill on Monday.', []],
    ['Officials lodged a strong protest with Spain over the drills.', []],
    // prisoner swaps: between whom, who swaps, or who frees someone in exchange for others
    ['Russia and Ukraine exchanged 95 prisoners of war each on Friday.', ['Other 2024-05-03: Ukraine, Russia / ']],
    ['The United Arab Emirates mediated a prisoner swap between Russia and Ukraine in January.', ['Other 2024-01: Russia, Ukraine / ']],
    ['The United States freed Alex Saab in exchange for the release of 10 Americans imprisoned in Venezuela.', ['Other 2024-05: United States / Alex Saab']],
    ['Germany and Poland exchanged views on Friday.', []],
    ['India and Pakistan exchanged fire on Sunday, killing two soldiers and three civilians.', []],
    ['Russia and Ukraine exchanged 95 soldiers on Friday.', ['Other 2024-05-03: Ukraine, Russia / ']],
    // street protests where they happen; not a protest lodged, nor a motive
    ['Students staged protests in Dhaka demanding reform.', ['Other 2024-05:  /  @ Dhaka']],
    ['Thousands joined a demonstration in Georgia against the bill.', ['Other 2024-05:  /  @ Georgia']],
    ['France lodged a protest with Algeria over the arrest.', []],
    ['Protests erupted in Kenya over the finance bill on Tuesday.', ['Other 2024-05-07:  /  @ Kenya']],
    ['The lawmakers walked out in protest at the vote in Madrid.', []],
    // annexations, admissions, membership applications
    ['Moscow annexed the Ukrainian territory of Crimea in March 2014.', ['Other 2014-03: Russia / Crimea']],
    ['East Timor is the first nation to join ASEAN since Cambodia\'s admission in 1999.', ['Accession 1999: Cambodia / ASEAN']],
    ['East Timor first applied for membership of ASEAN in 2011.', ['Other 2011: Timor-Leste / ASEAN']],
    ['Students applied for membership of the club.', []],
    // a visit told by its arrival; a phone call between leaders is a meeting; talks only asked for are none
    ['Jared Kushner and Meir Ben-Shabbat landed in Rabat on Tuesday.', ['Visit 2024-05-07: Meir Ben-Shabbat, Jared Kushner /  @ Rabat']],
    ['Six of them arrived in San Antonio on Tuesday.', []],
    ['King Mohammed VI informed Donald Trump during a phone call on Tuesday.', ['Meeting 2024-05-07: Mohammed VI / Donald Trump']],
    // (a date that opens a span dates nothing in it)
    ['Vladimir Putin and Barack Obama held a telephone conversation on Wednesday for the first time since June 2015.', ['Meeting 2024-05-08: Vladimir Putin / Barack Obama']],
    ['The church called for the government and the protesters to hold talks.', []],
    // "the two leaders" are the last two people named before
    ['US President Joe Biden welcomed Prime Minister Narendra Modi. The leaders held a one-on-one meeting in the Oval Office.', ['Meeting 2024-05: Joe Biden / Narendra Modi']],
    ['Chinese President Xi Jinping arrived in Moscow to see Vladimir Putin. The two leaders met on Tuesday.', ['Visit 2024-05: Xi Jinping /  @ Moscow', 'Meeting 2024-05-07: Xi Jinping / Vladimir Putin']],
    ['The two leaders met on Tuesday.', []],
    // sanctions taken away are no sanction; a summit of a body is a meeting of it; a referendum is a vote
    ['The United States agreed to suspend some sanctions on Venezuela.', []],
    ['The European Union extended sanctions on Russia for six months.', ['Sanction 2024-05: European Union / Russia']],
    ['The summit of the Association of Southeast Asian Nations opened on Sunday in Kuala Lumpur.', ['Meeting 2024-05-05: ASEAN /  @ Kuala Lumpur']],
    ['Chad held a constitutional referendum in December.', ['Election 2023-12:  / Chad']],
    // diplomatic relations agreed are an agreement; a status granted to a state, not one sought or possible
    ['Morocco and Israel agreed on Tuesday to immediately establish full diplomatic relations.', ['Agreement 2024-05-07: Israel / Morocco']],
    ['Morocco agreed on Dec. 10 to resume official contacts and establish diplomatic relations with Israel.', ['Agreement 2023-12-10: Morocco / Israel']],
    ['In 2023 Honduras established diplomatic relations with China.', ['Other 2023: Honduras / China']],
    ['The EU gave Georgia candidate member status in December.', ['Other 2023-12: European Union / Georgia']],
    ['East Timor first applied for membership in 2011 and was granted observer status in 2022.', ['Other 2022:  / Timor-Leste']],
    ['Ukraine sought candidate status from the EU.', []],
    ['The EU could grant Moldova candidate status next year.', []],
    // "cease-fire" as "ceasefire"; a state's government is the state in a list; a signing official's state signs too
    ['Israel and Hamas agreed to a cease-fire on Sunday.', ['Agreement 2024-05-05: Hamas, Israel / ']],
    ['Colombian government, FARC rebels sign bilateral cease-fire', ['Signing 2024-05: FARC, Colombia / ', 'Agreement 2024-05: FARC, Colombia / ']],
    ['Colombian chief negotiator Humberto de la Calle and guerrilla leader Luciano Arango signed the accord in Havana.', ['Signing 2024-05: Luciano Arango, Humberto de la Calle, Colombia /  @ Havana']],
    // one election per date in a sentence; a signing of an accord between two states
    ['Faustin Touadera was elected in 2016 and reelected in 2020.', ['Election 2016: Faustin Touadera / ', 'Election 2020: Faustin Touadera / ']],
    ['Leaders attended the signing of a peace accord between Cambodia and Thailand on Sunday.', ['Signing 2024-05-05: Cambodia, Thailand / ', 'Agreement 2024-05-05: Cambodia / Thailand']],
  ];
  // the review of session 12's rules: each defect it found, and its plain variants
  const reviewed: [string, string[]][] = [
    // a state's verb "exercises" and exercises of no army
    ['Russia exercises veto power in the Security Council.', []],
    ['Harvard and MIT ran a joint exercise in Boston on pandemic preparedness.', []],
    ['The team ran a tactical drill in Madrid ahead of the final.', []],
    ['Military veterans joined a fitness exercise in Sydney on Sunday.', []],
    ['Japan held drills with the United States on Monday.', ['Other 2024-05-06: Japan, United States / ']],
    // protests lodged, demonstrations of things; protests after a dateline and by their verb
    ['China lodged a protest with the Japanese embassy in Beijing on Monday.', []],
    ['Tesla gave a demonstration of its robotaxi in California.', []],
    ["North Korea's missile launch was a demonstration of strength, officials in Seoul said.", []],
    ['TBILISI, Georgia (AP) — Protests continued in Tbilisi on Monday.', ['Other 2024-05-06:  /  @ Tbilisi']],
    ['Thousands protested in Tbilisi on Monday.', ['Other 2024-05-06:  /  @ Tbilisi']],
    ['Joe Biden demonstrated resolve in Kyiv.', []],
    // phone calls: the caller and the called, not whoever reports it; none refused or denied
    ['Donald Trump said Joe Biden made a phone call to Kamala Harris.', ['Meeting 2024-05: Joe Biden / Kamala Harris']],
    ['Olaf Scholz said he had no phone call with Vladimir Putin planned, Emmanuel Macron said.', []],
    ['Emmanuel Macron rejected a phone call from Vladimir Putin on Friday.', []],
    ['Joe Biden spoke by phone with Emmanuel Macron on Tuesday.', ['Meeting 2024-05-07: Joe Biden / Emmanuel Macron']],
    ['Emmanuel Macron phoned Vladimir Putin on Friday.', ['Meeting 2024-05-03: Emmanuel Macron / Vladimir Putin']],
    ['Joe Biden and Emmanuel Macron held phone talks on Tuesday.', ['Meeting 2024-05-07: Joe Biden / Emmanuel Macron']],
    // an admission of something is no event (the strike it admits, one that killed, is: session 14); exchanges of other things
    ["Israel's admission that its strike killed seven UN aid workers drew criticism.", ['Battle 2024-05: Israel / ']],
    ["Japan's exchange rate fell sharply after the release of US jobs data.", []],
    ['Israel and Hezbollah exchanged rockets as hostages remained in Gaza.', []],
    ['A prisoner swap between the United States and Russia took place in Ankara.', ['Other 2024-05: United States, Russia /  @ Ankara']],
    // the victim in a relative clause is no attacker; annexations in the passive, not a place of the ceremony
    ['Israel kept up its pressure on Lebanon, which suffered heavy shelling on Monday.', ['Battle 2024-05-06: Israel / ']],
    ['Crimea was annexed by Russia in 2014.', ['Other 2014: Russia / Crimea']],
    ['Russia annexed four regions at a ceremony in Moscow on Friday.', []],
    // relations agreed; statuses granted to a state
    ['Saudi Arabia and Iran agreed to restore full diplomatic relations.', ['Agreement 2024-05: Iran / Saudi Arabia']],
    ['The European Council granted candidate status to Georgia in December 2023.', ['Other 2023-12: European Council / Georgia']],
    ["The bank gave Russia's Sberbank member status in 2019.", []],
    // a report's day makes no second election; referendums only called for; arrivals told otherwise, storms
    ['Claudia Sheinbaum, who was elected in June, won the presidential election by a landslide, officials said on Monday.', ['Election 2024-06: Claudia Sheinbaum / ']],
    ['The opposition in Venezuela called for a referendum on the Essequibo.', []],
    ['Britain voted to leave the EU in a 2016 referendum.', ['Election 2016:  / United Kingdom']],
    ['Antony Blinken arrived Tuesday in Beijing.', ['Visit 2024-05-07: Antony Blinken /  @ Beijing']],
    ['Hurricane Beryl arrived in Jamaica on Wednesday.', []],
    // the second review: protests only called for or banned, complaints; "a sign that the truce holds"; a shelled
    // place; a date moved to; a referendum rejected; verbs between "and" and a title; "the leaders of"; agreements
    // only possible; each election its candidate; named exercises in the plural, hosted; refused swaps; drills only
    // threatened, for oil, with a country's ministry
    ['The opposition called for protests in Caracas on Saturday.', []],
    ['The government banned protests in Hong Kong in 2020.', []],
    ['The referee ignored protests from the players at Anfield in Liverpool.', []],
    ['Israel said the release of hostages was a sign that the truce with Hamas was holding.', []],
    ['Israel kept up its pressure on Lebanon, which saw heavy shelling on Monday.', ['Battle 2024-05-06: Israel / ']],
    ['Joe Biden will attend the NATO summit in Washington, which was moved to July 10.', ['Meeting 2024-07-10: NATO /  @ Washington']],
    ['Switzerland rejected the proposal in a referendum, Swiss media said.', ['Election 2024-05:  / Switzerland']],
    ['Joe Biden met Benjamin Netanyahu and criticised defense minister Yoav Gallant.', ['Meeting 2024-05: Joe Biden / Benjamin Netanyahu']],
    ["Kim Jong Un's sister Kim Yo Jong criticised Seoul. The leaders of both Koreas met in 2018.", []],
    ['Saudi Arabia would only agree to establish relations with Israel if a Palestinian state is created.', []],
    ['Joe Biden was elected in 2020 and Donald Trump was elected in 2016.', ['Election 2020: Joe Biden / ', 'Election 2016: Donald Trump / ']],
    ['The Philippines and the United States began the annual Balikatan exercises on Monday.', ['Other 2024-05-06: United States, Philippines / ']],
    ['Australia hosted the Talisman Sabre exercises in July.', ['Other 2023-07: Australia / ']],
    ['Russia rejected a prisoner swap with Ukraine proposed by Turkey.', []],
    ['China warned it would hold military drills near Taiwan if the visit goes ahead.', []],
    ['Norway drills in the Barents Sea for oil and gas, the ministry said.', []],
    ["The Red Cross conducted a joint drill with Kenya's health ministry.", []],
    // the third review: new protests; a state's army; a ceasefire signed and made on one day; two ministers, two men;
    // an aide after "the two leaders"; "until now"; drills near gas fields; refused signings; a team's or a civil drill;
    // a family's call; a status received
    ['Fresh protests erupted in Tbilisi on Monday.', ['Other 2024-05-06:  /  @ Tbilisi']],
    ["China's army held drills around Taiwan on Thursday.", ['Other 2024-05-02: China /  @ Taiwan']],
    ['Armenia and Azerbaijan signed a ceasefire in Moscow on Monday.', ['Signing 2024-05-06: Azerbaijan, Armenia /  @ Moscow', 'Agreement 2024-05-06: Azerbaijan, Armenia /  @ Moscow']],
    ['Chinese Foreign Minister Wang Yi and US Secretary of State Antony Blinken spoke on Friday. The two ministers held talks by phone.', ['Meeting 2024-05: Wang Yi / Antony Blinken']],
    ['Prime Minister Narendra Modi praised President Volodymyr Zelensky. The two leaders held talks by phone on Monday, Foreign Secretary Vinay Kwatra said.', ['Meeting 2024-05-06: Narendra Modi / Volodymyr Zelensky']],
    ['Saudi Arabia and Iran agreed to restore relations that had been frozen until now.', ['Agreement 2024-05: Iran / Saudi Arabia']],
    ['Turkey held naval drills near gas fields off Cyprus on Monday.', ['Other 2024-05-06: Türkiye /  @ Cyprus']],
    ['Israel refused to sign the ceasefire agreement with Hamas.', []],
    ['The US team held drills in Paris on Monday ahead of the Olympics.', []],
    ['Japan held nationwide earthquake drills on Monday.', []],
    ['Police said Jane Doe made a phone call to her husband John Doe before the crash.', []],
    ['Georgia received EU candidate status in December.', ['Other 2023-12: European Union / Georgia']],
    // a date a battle took dates nothing else in its sentence
    ['US President Donald Trump will attend the signing of a peace accord between Cambodia and Thailand, which saw deadly border clashes in July.', ['Signing undefined: Cambodia, Thailand / ', 'Agreement undefined: Cambodia / Thailand', 'Battle 2023-07: Thailand, Cambodia / ']],
    // a missile fired towards a sea hits nothing; a referendum's country may follow it
    ['North Korea launched an unidentified ballistic missile towards the East Sea on Tuesday.', ['Other 2024-05-07: North Korea / ']],
    ['People voted in the 2016 referendum when the United Kingdom chose to leave.', ['Election 2016:  / United Kingdom']],
    // (session 13) armed attacks and bombings are battles: by whoever claims or makes them, on what they hit, where;
    // not a heart attack, a verbal one or attacks on the press
    ['ISIS-K claimed responsibility for the attack on the concert hall, which killed 115 people.', ['Battle 2024-05: ISIS-K / ']],
    ['Iran directed an arson attack on the Adass Israel Synagogue in Melbourne in December 2024.', ['Battle 2024-12: Iran / Adass Israel Synagogue @ Melbourne']],
    ['The attack on Israel by Hamas on October 7 killed 1,200 people.', ['Battle 2023-10-07: Hamas / Israel']],
    ['A suicide bombing in Kabul on Friday killed 20 people.', ['Battle 2024-05-03:  /  @ Kabul']],
    ['Donald Trump launched a verbal attack on the Federal Reserve.', []],
    ['The former president died of a heart attack in Paris in 2019.', []],
    ['Russia condemned attacks on the press in Georgia.', []],
    // (session 13's review) arrests in the passive with an aside or an adverb; arrests only wanted, possible or blocked
    ['Pavel Durov, the founder of Telegram, was detained at a Paris airport on Saturday.', ['Arrest 2024-05-04:  / Pavel Durov']],
    ['Telegram founder Pavel Durov was also detained in Paris.', ['Arrest 2024-05:  / Pavel Durov']],
    ['The ICC prosecutor requested the arrest of Prime Minister Benjamin Netanyahu.', []],
    ['Protesters demanded the immediate arrest of Interior Minister Ramesh Lekhak.', []],
    ['South Africa risked a crisis over the possible arrest of President Vladimir Putin.', []],
    ['Lawyers for President Yoon Suk Yeol asked the court to block his arrest.', []],
    ['Protests erupted over the arrest of opposition leader Imran Khan on Tuesday.', ['Arrest 2024-05-07:  / Imran Khan']],
    // (session 13's review) an attack's maker is who claims, launches or makes it, or a demonym before it; not who mourns,
    // avenges, is hit or blames; no attack foiled, planned or only words; "attack ads" are no attack
    ['France mourned the victims of the attack in Nice, which killed 86 people.', ['Battle 2024-05:  /  @ Nice']],
    ['Russia blamed Ukraine for the attack, which killed 145 people.', []],
    ['Austrian police foiled a terror attack on a concert in Vienna.', []],
    ['Russian missile attacks on Kyiv killed five people on Monday.', ['Battle 2024-05-06: Russia / Ukraine']],
    ["Iran's attack on Israel on April 13 involved more than 300 drones and missiles.", ['Battle 2024-04-13: Iran / Israel']],
    ["President Donald Trump's attack on the WHO came as deaths from COVID rose past 100,000.", []],
    ['The campaign ran attack ads accusing the senator of ignoring terrorism.', []],
    // (session 13, from heldout6) two or more parties that attend talks meet; not one alone, nor ones that only would
    ['Britain, China, France and Germany attended the talks in Vienna on Thursday.', ['Meeting 2024-05-02: Germany, France, China, United Kingdom /  @ Vienna']],
    ['Delegations from Britain, China and Iran took part in the talks on Thursday.', ['Meeting 2024-05-02: Iran, China, United Kingdom / ']],
    ['Analysts said China and Russia would attend the talks.', []],
    ['Germany attended the talks.', []],
    // (session 13, from heldout6) a complaint or a lawsuit filed against a party; not one threatened, nor one about a thing
    ['China and Canada said that they had filed complaints with the World Trade Organization against the United States on Wednesday.', ['Other 2024-05-08: Canada, China / United States']],
    ['Ukraine filed a lawsuit against Russia at the International Court of Justice in 2022.', ['Other 2022: Ukraine / Russia']],
    ['Mexico threatened to file a complaint against the United States.', []],
    ['Fans filed complaints about the referee.', []],
    // (session 13, from heldout6) explosions set off against someone are attacks, where they struck; not a gas explosion
    ['A series of explosions targeting churches and hotels rocked Sri Lanka on Easter Sunday.', ['Battle 2024-05-05:  /  @ Sri Lanka']],
    ['Two blasts hit Kabul airport on Thursday, the Taliban said, blaming suicide bombers.', ['Battle 2024-05-02:  /  @ Kabul']],
    ['A gas explosion killed five people in a Tehran apartment on Monday.', []],
    ['The blast at the port of Beirut killed 200 people.', []],
    // (session 13's second review) attendance: the attending verb's subject, officials "from" states; complaints: the
    // verb's subject, "against" in the noun's clause, none considered or denied; explosions: none ruled out, at a factory,
    // or as criticism, and one without a maker yields to the attack named next
    ['Germany and France said Russia attended the talks.', []],
    ['Students from France and Italy attended the summit.', []],
    ['Japan and South Korea attended the summit in Hiroshima.', ['Meeting 2024-05: South Korea, Japan /  @ Hiroshima']],
    ['President Donald Trump, who was criticised by CNN in 2020, filed a lawsuit against Google.', ['Other 2020: Donald Trump / Google']],
    ['Mexico filed a complaint with the WTO after Washington imposed sanctions against Venezuela.', ['Sanction 2024-05: United States / Venezuela']],
    ['Brazil is considering filing a complaint against the United States.', []],
    ['The European Commission said on Tuesday it had launched a complaint against Hungary.', ['Other 2024-05: European Commission / Hungary']],
    ['Explosions rocked Kyiv early on Monday as Russia launched a missile attack on the capital.', ['Battle 2024-05-06: Russia / ']],
    ['Police ruled out terrorism after an explosion in Lyon killed two people.', []],
    ['An explosion at a missile factory in Iran killed three workers.', []],
    ['Senator Elizabeth Warren blasts Pentagon over spending.', []],
    // (session 14, from heldout7) an agreement two subjects joined by "and" made, not its go-between; a treaty named in
    // a signing is no second agreement; a deadly or military clash is a battle where it was fought
    ['Israel and Lebanon on Thursday finalized the historic U.S.-mediated maritime border agreement in a joint ceremony.', ['Agreement 2024-05-02: Israel / Lebanon']],
    ['Israel and Hamas agreed to a Qatari-brokered deal.', ['Agreement 2024-05: Israel / Hamas']],
    ['The Philippines and Japan have officially signed the Reciprocal Access Agreement (RAA).', ['Signing 2024-05: Japan, Philippines / Reciprocal Access Agreement']],
    // (an agreement discussed is none made; the two who discussed it met: session 15)
    ['India and China discussed an agreement on Monday.', ['Meeting 2024-05-06: India, China / ']],
    ['The standoffs include the deadly clash in the Galwan Valley in 2020.', ['Battle 2020:  /  @ Galwan Valley']],
    ['Tensions rose after a deadly clash near Naku La in Sikkim in January 2021.', ['Battle 2021-01:  /  @ Naku La']],
    // (only the word right before makes a clash armed: military rulers at odds with a state over an envoy do not fight)
    ['The clash between Niger\'s military rulers and France over the ambassador deepened.', []],
    ['The two parties clashed over the budget in a bitter trade clash.', []],
    // a general election dated to the day or the month is an event with no one named; one dated to a year only is not
    ['Lawmakers re-elected the president after a general election on May 29 failed to produce a clear winner.', ['Election 2024-05-29:  / ']],
    ['A general election is due in 2026.', []],
    // (session 14's review) an election takes only its own date; agreements denied, hoped for, of one side or of
    // another noun are none; a clash's place after a compass word or "the border town of" is where it was
    ['Turnout was high in the May 29 general election.', ['Election 2024-05-29:  / ']],
    ['The commission said on Tuesday the presidential election had been postponed.', []],
    ['On Monday, the opposition rejected the results of the general election.', []],
    ['Ukraine and Russia have not reached an agreement.', []],
    ['Russia and Ukraine never reached a peace deal in 2022.', []],
    ['Washington and Beijing struck a conciliatory tone on the trade deal.', []],
    ['Israel and Hamas reached a critical juncture in talks on a ceasefire deal.', []],
    ['Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant approved and finalized the hostage deal.', []],
    ['The deadly clash in eastern Ladakh in June 2020 killed 20 soldiers.', ['Battle 2020-06:  /  @ Ladakh']],
    ['Military clashes erupted near the border town of Rafah.', ['Battle 2024-05:  /  @ Rafah']],
    ['The army launched an offensive near Jaffna.', ['Other 2024-05:  /  @ Jaffna']],
    // "elected" qualifying a noun tells of no election; a vote that elects someone does
    ["The military seized power from Aung San Suu Kyi's elected government on Feb. 1.", []],
    // a strike is armed by what it does next ("targeting", "killed") or as conducted; a walkout is staged or gone on
    ["Israel's military said it conducted a strike targeting senior Hamas leaders on Tuesday.", ['Battle 2024-05-07: Israel / Hamas']],
    ['The US carried out strikes against Houthi targets in Yemen.', ['Battle 2024-05: United States / Houthis']],
    ['Dock workers went on strike on Monday.', []],
    // (session 14's third review) strikes of no arms; name-calling; calls told with "to" and "by phone"; a company's
    // refinery attacked leaves no side; "first democratically elected president" names an office
    ['Workers carried out a strike at the Ford plant in Michigan on Tuesday.', []],
    // a second fight of a sentence with a date of its own is another battle, where its own words put it
    ['Standoffs include the deadly clash in the Galwan Valley in 2020 and the deadly skirmish near Naku La in Sikkim in January 2021.', ['Battle 2020:  /  @ Galwan Valley', 'Battle 2021-01:  /  @ Naku La']],
    ['The deadly clash in the Galwan Valley in 2020 was the worst, and that deadly clash changed everything.', ['Battle 2020:  /  @ Galwan Valley']],
    ['The UAW launched strikes targeting General Motors, Ford and Stellantis in September.', []],
    ['A lightning strike killed three hikers near Denver.', []],
    ["Two late strikes killed off Chelsea's hopes at Wembley.", []],
    ['Donald Trump called Joe Biden "Sleepy Joe" on Monday.', []],
    ['Donald Trump called Mike Pence weak and disloyal.', []],
    ['Joe Biden called Benjamin Netanyahu to discuss the hostages.', ['Meeting 2024-05: Joe Biden / Benjamin Netanyahu']],
    ['Emmanuel Macron called Vladimir Putin by phone on Friday.', ['Meeting 2024-05-03: Emmanuel Macron / Vladimir Putin']],
    ["Ukraine's drone attack on Gazprom's refinery in Russia on Monday.", []],
    ["Mohamed Morsi, Egypt's first democratically elected president, was ousted in 2013.", []],
    // a person calls a person named right after "called" (a phone call), not one called names; companies fight no battles
    ['Russian Foreign Minister Sergei Lavrov called Malian Foreign Minister Abdoulaye Diop on Friday.', ['Meeting 2024-05-03: Sergei Lavrov / Abdoulaye Diop']],
    ['Donald Trump called Joe Biden a threat to democracy.', []],
    ['Emmanuel Macron called for calm.', []],
    ['Similarly, Tajikistan said on Sunday, on its official foreign ministry Facebook page, that 35 of its citizens were killed in the border clashes.', ['Battle 2024-05-05: Tajikistan / ']],
    // (session 14's second review) an adverb qualifies "elected" only after a determiner; "newly elected" always;
    // a party after "with" past a clause opener counts; a news agency listed after the parties is none
    ['Bassirou Diomaye Faye was democratically elected president of Senegal in March.', ['Election 2024-03: Bassirou Diomaye Faye / Senegal']],
    ['The democratically elected government was overthrown.', []],
    ['The protocol must be signed by newly elected president Tamas Sulyok.', []],
    ['Japan signed a defence agreement on Monday, after months of talks, with the Philippines.', ['Signing 2024-05-06: Japan, Philippines / ', 'Agreement 2024-05-06: Japan / Philippines', 'Meeting 2024-05: Japan / Philippines']],
    ['Russia ratified the treaty with North Korea, TASS reported.', ['Ratification 2024-05: Russia / North Korea']],
    ['French strikes hit transport on Monday.', []],
    ['Unions staged a strike that hit ports on Monday.', []],
    // a party named in another clause is none; a news agency that reports a ratification is no party to it
    ["President Putin approved the agreement on Saturday after both houses of Russia's parliament voted in favor.", []],
    ['North Korea has officially ratified the landmark strategic partnership agreement with Russia, the Korean Central News Agency (KCNA) reported on Tuesday.', ['Ratification 2024-05-07: North Korea / Russia']],
    ['Bola Tinubu was elected president in February 2023.', ['Election 2023-02: Bola Tinubu / ']],
    // an undated fight told only by its place is the battle the article told before, if it told one
    ['Russian missile strikes hit Ukraine on Monday. It was not clear what triggered the fighting in Kharkiv.', ['Battle 2024-05-06: Russia / ']],
    ['It was not clear what triggered the fighting in Kharkiv.', ['Battle 2024-05:  /  @ Kharkiv']],
  ];
  for (const [text, want] of [...activities, ...reviewed]) {
    it(`exercises, swaps, protests, arrivals and calls: ${text.slice(0, 60)}`, () => expect(eventLines(run(text))).to.deep.equal(want));
  }
  it('an agreement the subjects sign is no agreement between the states of an aside ("India and EFTA, including Norway and Switzerland, signed")', () => {
    const lines = eventLines(run('India and EFTA, including Norway and Switzerland, signed a free trade agreement on Sunday.'));
    expect(lines.filter((l) => l.startsWith('Agreement'))).to.deep.equal([]);
  });
  it('"the 64-year-old" is linked to no one: the most named person is too often not the one meant', () => {
    const x = run('Nigerian President Bola Tinubu condemned the coup in Niger. Tinubu said Mohamed Bazoum must be freed. The 64-year-old was ousted on July 26.');
    expect(x.mentions.map((m) => m.text)).to.not.include('The 64-year-old');
    expect(x.events.filter((e) => e.type === 'Other').map((e) => e.name)).to.not.include('ouster of Bola Tinubu');
  });
  it('an acronym in brackets after a shorter description of its body stands for it ("the Canadian Police (RCMP)")', () => {
    const x = run('The Canadian Police (RCMP) accused Indian agents. The RCMP said it had evidence.');
    expect(x.mentions.filter((m) => m.text === 'RCMP').map((m) => nameOf(x, m.id))).to.deep.equal(['Canadian Police', 'Canadian Police']);
    const y = run('The European Union (NATO) said it would act.');
    expect(y.mentions.filter((m) => m.text === 'NATO').map((m) => nameOf(y, m.id))).to.deep.equal(['NATO']);
  });
  it("a visit's visitor is the subject of its light verb, not whoever reports it", () => {
    const x = run('Deputy Foreign Minister Andrey Rudenko said that Foreign Minister Sergey Lavrov would pay a working visit to Minsk on June 19.');
    expect(x.events.filter((e) => e.type === 'Visit').map((e) => e.agents.map((k) => nameOf(x, k)))).to.deep.equal([['Sergey Lavrov']]);
  });
  it('a race of a year is an election of that year; an arms race is none', () => {
    const elections = (text: string) => run(text).events.filter((e) => e.type === 'Election').map((e) => e.date);
    expect(elections('He was convicted of plotting after losing the 2022 race to President Luiz Inácio Lula da Silva.')).to.deep.equal(['2022']);
    expect(elections('The arms race between the two countries worried Jake Sullivan.')).to.deep.equal([]);
  });
  it('an undated meeting of a dated article is of its month, unless told as past ("since then"), not for "since his government"', () => {
    const dated = (text: string) => run(text).events.filter((e) => e.type === 'Meeting').map((e) => e.date);
    expect(dated('Afterwards, President Lula met with the president of Cuba, Miguel Díaz-Canel, and praised the dialogue since his government.')).to.deep.equal(['2024-05']);
    expect(dated('President Lula met with the president of Cuba, Miguel Díaz-Canel, and has not travelled since then.')).to.deep.equal([undefined]);
  });
  it('arms a country sells or backs with are no participant of what is done with them', () => {
    const x = run('The EU imposed sanctions on firms that supply Iranian drones to Russia.');
    expect(x.events.filter((e) => e.type === 'Sanction').flatMap((e) => e.targets.map((k) => nameOf(x, k)))).to.deep.equal(['Russia']);
    const y = run('Backed by Turkish drones, the army pressed its offensive in Tigray.');
    expect(entities(y)).to.not.include('Country:Türkiye');
    // arms that strike are the state's
    expect(entities(run('Russian drones struck Odesa overnight.'))).to.include('Country:Russia');
    expect(entities(run('A massive Russian drone and missile attack hit Kyiv.'))).to.include('Country:Russia');
  });
  it('the people the negative title tests name are found (so that the facts they must not give could be given)', () => {
    for (const [text, person] of [
      ['An adviser to the president of Portugal, Rui Tavares, said talks were over.', 'Person:Rui Tavares'],
      ['A spokesman for the president of Kenya, John Otieno, said the visit was off.', 'Person:John Otieno'],
      ['He was received by the wife of the president of Chile, Ana Rojas, on Monday.', 'Person:Ana Rojas'],
      ['Ethnic Uzbek leader Rustam Karimov fled to Russia.', 'Person:Rustam Karimov'],
    ]) {
      expect(entities(run(text)), text).to.include(person);
    }
  });
  it('a nickname in quotes only inside a name that starts with a given name', () => {
    expect(entities(run('Sources said Musk "Loves" Trump on Monday.'))).to.not.include('Person:Musk Trump');
    expect(entities(run('Sources said the talks failed.'))).to.not.include('Person:Sources');
  });
  it('a blacklisting is a sanction; a blacklist of players is not', () => {
    const x = run('The European Union blacklisted Viktor Orlov on Friday.');
    const e = x.events.find((q) => q.type === 'Sanction')!;
    expect([e.agents.map((k) => nameOf(x, k)), e.targets.map((k) => nameOf(x, k))]).to.deep.equal([['European Union'], ['Viktor Orlov']]);
    expect(run('He was added to a blacklist of banned players.').events.map((q) => q.type)).to.not.include('Sanction');
  });
  it('a year that names an event dates that event, not another one of the sentence', () => {
    const x = run('Prime Minister Benjamin Netanyahu met President Mahmoud Abbas in Ramallah to discuss the borders drawn after the 1967 war.');
    expect(x.events.find((e) => e.type === 'Meeting')!.date).to.equal('2024-05');
    const y = run('Indonesian President Joko Widodo congratulated the winner of the 2024 presidential election.');
    expect(y.events.find((e) => e.type === 'Election')!.date).to.equal('2024');
    const z = run('Bola Tinubu won Nigeria\'s 2023 presidential election.');
    expect(z.events.find((e) => e.type === 'Election')!.date).to.equal('2023');
  });
  it('two agreements of the same parties on different dates stay two', () => {
    const x = run('Russia signed a gas deal with China in May, and China reached an oil agreement with Russia in 2019.');
    expect(x.events.filter((e) => e.type === 'Agreement')).to.have.length(2);
  });
  it('one agreement when two triggers of a sentence name its parties on opposite sides', () => {
    const x = run("EU ministers agreed to sign a political agreement with Ukraine under the accord, which showed the EU's support.");
    const agreements = x.events.filter((q) => q.type === 'Agreement');
    expect(agreements).to.have.length(1);
    expect([...agreements[0].agents, ...agreements[0].targets].map((k) => nameOf(x, k)).sort()).to.deep.equal(['European Union', 'Ukraine']);
  });
  it('whoever welcomes a signing did not sign', () => {
    const x = run('The Secretariat of the Collective Security Treaty Organization welcomes the signing of the agreement by Kyrgyzstan.');
    const signers = x.events.filter((q) => q.type === 'Signing').flatMap((e) => e.agents.map((k) => nameOf(x, k)));
    expect(signers).to.not.include('Collective Security Treaty Organization');
  });
  it('a summit named by its place is a meeting even when someone will not attend it', () => {
    const x = run('President Donald Trump will not attend the summit in Singapore.');
    const e = x.events.find((q) => q.type === 'Meeting')!;
    expect(e.locations.map((k) => nameOf(x, k))).to.deep.equal(['Singapore']);
    expect(e.agents).to.deep.equal([]);
  });
  it('an undated event of a dated article happened around its publication (month); not what is still to come', () => {
    const a = run('The Sri Lankan army says it has killed fifty rebels in an offensive.', '2000-12-22');
    expect(a.events.find((e) => e.type === 'Battle')!.date).to.equal('2000-12');
    const b = run('Prior to the signing ceremony, Khai met with Chinese Foreign Minister Tang Jiaxuan.', '1999-12-31');
    expect(b.events.find((e) => e.type === 'Meeting')!.date).to.equal('1999-12');
    const c = run('Khai will meet Chinese Foreign Minister Tang Jiaxuan.', '1999-12-31');
    expect(c.events.find((e) => e.type === 'Meeting')?.date).to.equal(undefined);
    // a meeting told by its noun too
    const d = run('Another bilateral meeting of the day took place with the President of the European Council, Charles Michel.', '2023-01-25');
    expect(d.events.find((e) => e.type === 'Meeting')!.date).to.equal('2023-01');
    const undatedArticle = extractArticle({ id: 'article:u', path: 'u', sha256: '', fingerprint: '', language: 'en', text: 'Khai met Chinese Foreign Minister Tang Jiaxuan.' });
    expect(undatedArticle.events.find((e) => e.type === 'Meeting')?.date).to.equal(undefined);
  });
  it('"the Indian foreign minister" is not the Russian one; "met his counterparts": no pronoun as the one met', () => {
    const x = run('Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Russian Foreign Minister Sergey Lavrov. The Indian foreign minister also met his Uzbek counterpart.');
    expect(facts(x)).to.not.include('WORKS_FOR Sergey Lavrov -> India (Foreign minister)');
    expect(facts(x)).to.include('WORKS_FOR Subrahmanyam Jaishankar -> India (External Affairs Minister)');
    const met = x.events.find((e) => e.type === 'Meeting' && e.trigger === 'met')!;
    expect(met.agents.map((k) => nameOf(x, k))).to.deep.equal(['Subrahmanyam Jaishankar']);
    expect(met.targets.map((k) => nameOf(x, k))).to.not.include('Subrahmanyam Jaishankar');
  });
  it('ratifications without a named treaty: the states it concerns; nominal ones by their "by" objects; not what must still be done', () => {
    const x = run('The United States ratified on Wednesday the protocols of accession of Finland and Sweden to NATO. It came after the ratification of the protocols by the French parliament, as well as by Italy. All member countries must ratify the protocols.');
    const r = x.events.filter((e) => e.type === 'Ratification').map((e) => `${e.agents.map((k) => nameOf(x, k)).join('+')} -> ${e.targets.map((k) => nameOf(x, k)).join('+')}`);
    expect(r).to.deep.equal(['United States -> Finland+Sweden+NATO', 'French parliament+Italy -> ']);
  });
  it('a quoted speaker takes no part in the event they talk about; scare quotes are no quotation', () => {
    const a = run('Lagos resident Augustine Ameh said that, “I am really not excited about the outcome of the presidential elections.”');
    expect(a.events.filter((e) => e.type === 'Election')).to.deep.equal([]);
    const b = run('The International Criminal Court issued an "arrest warrant" for Vladimir Putin in March 2023.');
    expect(b.events.find((e) => e.type === 'ArrestWarrant')!.targets.map((k) => nameOf(b, k))).to.deep.equal(['Vladimir Putin']);
  });
  it('a treaty signed by two states is one signing; a treaty ratified by two states is two ratifications', () => {
    const a = run('The UN welcomed the signing of the State Border Treaty by Kyrgyzstan and Tajikistan on Thursday.');
    expect(a.events.filter((e) => e.type === 'Signing').map((e) => e.agents.map((k) => nameOf(a, k)).sort().join('+'))).to.deep.equal(['Kyrgyzstan+Tajikistan']);
    const b = run('The case rests on the Genocide Convention, ratified by both Ukraine and Russia.');
    expect(b.events.filter((e) => e.type === 'Ratification').length).to.equal(2);
  });
  it('every coordinated signatory is a party to the treaty, and the signing is one event with all of them', () => {
    const cases: [string, string[], string][] = [
      ['Russia and Iran signed the Comprehensive Strategic Partnership Treaty on Friday.', ['Iran', 'Russia'], 'Iran+Russia'],
      ['The United States, Mexico and Canada signed the Paris Agreement.', ['Canada', 'Mexico', 'United States'], 'Canada+Mexico+United States'],
      // the countries of coordinated leaders; the verb's event and the treaty's are one
      ['Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos signed the Reciprocal Access Agreement in Manila.', ['Japan', 'Philippines'], 'Ferdinand Marcos+Fumio Kishida+Japan+Philippines'],
      // a list that does not end in "and" before the subject is no coordination (unless it opens the sentence, as in
      // headlines: below)
      ['Along with Russia, Iran signed the Comprehensive Strategic Partnership Treaty.', ['Iran'], 'Iran'],

    ];
    for (const [text, parties, signers] of cases) {
      const x = run(text);
      expect(x.facts.filter((f) => f.type === 'PARTY_TO').map((f) => nameOf(x, f.from)).sort(), text).to.deep.equal(parties);
      const signings = x.events.filter((e) => e.type === 'Signing');
      expect(signings.map((e) => e.agents.map((k) => nameOf(x, k)).sort().join('+')), text).to.deep.equal([signers]);
      expect(signings[0].targets.map((k) => x.mentions.find((m) => m.id === k)!.label), text).to.deep.equal(['Treaty']);
    }
    const h = run('Somalia, Rwanda FMs sign deal to boost cooperation');
    expect(h.events.filter((e) => e.type === 'Signing').map((e) => e.agents.map((k) => nameOf(h, k)).sort().join('+'))).to.deep.equal(['Rwanda+Somalia']);
    const m = run('Fumio Kishida and Ferdinand Marcos signed the Reciprocal Access Agreement in Manila.');
    const signing = m.events.find((e) => e.type === 'Signing')!;
    expect(signing.locations.map((k) => nameOf(m, k))).to.deep.equal(['Manila']);
    expect(signing.targets.map((k) => nameOf(m, k))).to.deep.equal(['Reciprocal Access Agreement']);
  });
  it('a signing of an unnamed treaty, active or passive; a decree or a bill is no treaty', () => {
    const cases: [string, string[]][] = [
      ['Kyrgyzstan and Tajikistan signed a border treaty in Bishkek.', ['Kyrgyzstan+Tajikistan']],
      ['The treaty was signed by China and Vietnam in 1999.', ['China+Vietnam']],
      ['The accord, which was signed in Hanoi by both China and Vietnam, ended the dispute.', ['China+Vietnam']],
      ['The decree was signed by Russia on Monday.', []],
      ['The United States signed the bill into law.', []],
    ];
    for (const [text, want] of cases) {
      const x = run(text);
      expect(x.events.filter((e) => e.type === 'Signing').map((e) => e.agents.map((k) => nameOf(x, k)).sort().join('+')), text).to.deep.equal(want);
    }
  });
  it('a past office in apposition gives no office; a consul general is one title; a place opening the sentence sanctions no one', () => {
    expect(facts(run('The State Department restricted entry for Mohammed al-Otaibi, former consul general of Saudi Arabia in Istanbul.')).filter((f) => f.includes('Otaibi'))).to.deep.equal([]);
    expect(facts(run('Ahmed Ali, consul general of Egypt in Milan, spoke.'))).to.include('WORKS_FOR Ahmed Ali -> Egypt (Consul general)');
    const x = run('In Myanmar, Treasury sanctioned Min Aung Hlaing, commander of the army.');
    expect(x.events.filter((e) => e.type === 'Sanction').flatMap((e) => e.agents.map((k) => nameOf(x, k)))).to.not.include('Myanmar');
  });
  it('a body named after an event word is no event ("Election Commission President X" leads the commission)', () => {
    const x = run('The Election Commission of Maldives confirmed the result, Election Commission President Ahmed Shareef said.');
    expect(x.events.filter((e) => e.type === 'Election')).to.deep.equal([]);
    expect(facts(x)).to.include('LEADER_OF Ahmed Shareef -> Election Commission (President)');
  });
  it('"the Russian president" is no Russian journalist', () => {
    const x = run('Russian journalist Ivan Petrov interviewed President Vladimir Putin on Monday. The Russian president said the war would continue.');
    expect(facts(x)).to.not.include('LEADER_OF Ivan Petrov -> Russia (President)');
  });
  it('"the Beninese Foreign Minister" is the person "his Beninese counterpart X" introduced, not a titled one of no known country', () => {
    const x = run('Minister of Foreign Affairs Bui Thanh Son held talks with his Beninese counterpart Olushegun Adjadi Bakari in Hanoi. Son hailed the official visit of the Beninese Foreign Minister as a milestone.');
    expect(facts(x)).to.include('WORKS_FOR Olushegun Adjadi Bakari -> Benin (Foreign Minister)');
    expect(facts(x)).to.not.include('WORKS_FOR Bui Thanh Son -> Benin (Foreign Minister)');
  });
  it('a president-elect holds no office yet; a body whose acronym stands before a title is the holder\'s', () => {
    expect(facts(run('The inauguration of U.S. President-elect Donald Trump is set for January 20.'))).to.deep.equal([]);
    expect(facts(run('Israeli Defense Forces (IDF) spokesperson Avichay Adraee said Israel would stay.'))).to.include('SPOKESPERSON_FOR Avichay Adraee -> Israeli Defense Forces');
  });
  it('a portfolio after a minister\'s title belongs to the title; the name starts at a given name or two words from the end', () => {
    const cases: [string, string][] = [
      ["Ukraine's Deputy Prime Minister for European Integration Olga Stefanishyna resigned.", 'WORKS_FOR Olga Stefanishyna -> Ukraine (Deputy Prime Minister for European Integration)'],
      ['British Minister for Europe Stephen Doughty arrived in Kyiv.', 'WORKS_FOR Stephen Doughty -> United Kingdom (Minister for Europe)'],
      ["Ukraine's Minister of Strategic Industries Oleksandr Kamyshin spoke.", 'WORKS_FOR Oleksandr Kamyshin -> Ukraine (Minister of Strategic Industries)'],
    ];
    for (const [text, want] of cases) expect(facts(run(text)), text).to.include(want);
    // a country after "of" is no portfolio
    expect(facts(run('Prime Minister of Japan Fumio Kishida met Joe Biden on Monday.'))).to.include('LEADER_OF Fumio Kishida -> Japan (Prime Minister)');
    // too few words after "for" to hold both a portfolio and a name
    expect(entities(run('The Minister for Foreign Affairs said no.')).filter((e) => e.startsWith('Person'))).to.deep.equal([]);
  });
  it('a country before a list of three offices or more holds each office that names no body of its own', () => {
    const x = run("Ukraine's Deputy Prime Minister Olga Stefanishyna, Justice Minister Denys Malyuska, Strategic Industries Minister Oleksandr Kamyshin, and State Property Fund Head Vasyl Koval have all resigned.");
    expect(facts(x)).to.include.members([
      'WORKS_FOR Olga Stefanishyna -> Ukraine (Deputy Prime Minister)',
      'WORKS_FOR Denys Malyuska -> Ukraine (Justice Minister)',
      'WORKS_FOR Oleksandr Kamyshin -> Ukraine (Minister)',
      'LEADER_OF Vasyl Koval -> State Property Fund (Head)',
    ]);
    expect(facts(x)).to.not.include('LEADER_OF Vasyl Koval -> Ukraine (Head)');
    // a British cabinet's secretaries are Britain's
    const w = run("Britain's Prime Minister Rishi Sunak, Foreign Secretary David Cameron and Defence Secretary Grant Shapps met in London.");
    expect(facts(w)).to.include.members(['WORKS_FOR David Cameron -> United Kingdom (Foreign Secretary)', 'WORKS_FOR Grant Shapps -> United Kingdom (Defence Secretary)']);
    // other countries' offices in the list: not the first country's
    const z = run("The meeting was attended by Ukraine's Foreign Minister Dmytro Kuleba, Secretary of State Antony Blinken and Foreign Secretary David Lammy.");
    expect(facts(z).filter((f) => f.includes('-> Ukraine'))).to.deep.equal(['WORKS_FOR Dmytro Kuleba -> Ukraine (Foreign Minister)']);
    // two offices may be two countries' (here the second is nobody's)
    const y = run("Russia's President Vladimir Putin, Defense Secretary Lloyd Austin and Chinese Premier Li Qiang attended. China and the US sent envoys.");
    expect(facts(y)).to.not.include('WORKS_FOR Lloyd Austin -> Russia (Defense Secretary)');
  });
  it('leaders listed with their countries: "heads of state including Zambia\'s X", "X and Y, the leaders of A and B"', () => {
    const a = run("The inauguration was witnessed by heads of state and government including Zambia's Hakainde Hichilema, Zimbabwe's Emmerson Mnangagwa and Namibia's Nangolo Mbumba.");
    expect(facts(a)).to.include.members(['LEADER_OF Hakainde Hichilema -> Zambia (Leader)', 'LEADER_OF Emmerson Mnangagwa -> Zimbabwe (Leader)', 'LEADER_OF Nangolo Mbumba -> Namibia (Leader)']);
    const b = run('Donald Trump and Kim Jong-Un have become the first sitting leaders of the US and North Korea to meet.');
    expect(facts(b)).to.include.members(['LEADER_OF Donald Trump -> United States (Leader)', 'LEADER_OF Kim Jong-Un -> North Korea (Leader)']);
    // a list of others: journalists, opposition or business leaders, critics, or people who only visit the countries
    expect(facts(run("Opposition leaders, including Venezuela's Maria Machado and Belarus's Svetlana Tikhanovskaya, met in Oslo.")).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
    expect(facts(run('John Mahama and Alassane Ouattara were critics of the leaders of Ghana and Togo.')).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
    expect(facts(run('John Mahama and Alassane Ouattara, the presidents of Ghana and Ivory Coast, met in Accra.'))).to.include.members(['LEADER_OF John Mahama -> Ghana (President)', 'LEADER_OF Alassane Ouattara -> Ivory Coast (President)']);
    expect(facts(run("The talks were covered by journalists including Zambia's Hakainde Hichilema.")).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
    expect(facts(run('Donald Trump and Kim Jong-Un visited the leaders of the US and North Korea.')).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
  });
  it('the countries a bloc includes are its members; not those a company or a plain plural includes', () => {
    const cases: [string, string[]][] = [
      ['India and the four-member European trade bloc EFTA, including Norway and Switzerland, signed a free trade agreement.', ['MEMBER_OF Norway -> EFTA', 'MEMBER_OF Switzerland -> EFTA']],
      ['The European Free Trade Association (EFTA) — made up of non-EU nations, including Iceland and Liechtenstein — will invest.', ['MEMBER_OF Iceland -> European Free Trade Association', 'MEMBER_OF Liechtenstein -> European Free Trade Association']],
      ['The EU, including France and Germany, agreed.', ['MEMBER_OF France -> European Union', 'MEMBER_OF Germany -> European Union']],
      ['Western countries, including Britain and France, sent aid.', []],
      ['Shell Energy, including Germany and France, sent aid.', []],
      ["The militant group Hezbollah, including Lebanon's fighters, vowed revenge.", []],
    ];
    for (const [text, want] of cases) expect(facts(run(text)).filter((f) => f.startsWith('MEMBER_OF')), text).to.deep.equal(want);
  });
  it('a document named by its quoted title after its kind is a treaty, and its signatories parties to it', () => {
    const x = run('Turkish President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis signed a declaration on "Friendly Relations and Good Neighbourliness" in Athens.');
    expect(entities(x)).to.include('Treaty:Friendly Relations and Good Neighbourliness');
    expect(facts(x).filter((f) => f.startsWith('PARTY_TO')).sort()).to.deep.equal([
      'PARTY_TO Greece -> Friendly Relations and Good Neighbourliness',
      'PARTY_TO Türkiye -> Friendly Relations and Good Neighbourliness',
    ]);
    // a few plain words in quotes after "on" are a title too; the parties named after "between" signed it
    const y = run('Russian leader Vladimir Putin and Iranian President Masoud Pezeshkian signed a treaty on “comprehensive strategic partnership” on Friday.');
    expect(facts(y).filter((f) => f.startsWith('PARTY_TO')).sort()).to.deep.equal(['PARTY_TO Iran -> comprehensive strategic partnership', 'PARTY_TO Russia -> comprehensive strategic partnership']);
    const z = run('Vladimir Putin and Masoud Pezeshkian signed a treaty on partnership between Russia and Iran.');
    expect(z.events.filter((e) => e.type === 'Signing').map((e) => `${e.agents.map((k) => nameOf(z, k)).sort().join('+')} / ${e.targets.length}`)).to.deep.equal(['Iran+Masoud Pezeshkian+Russia+Vladimir Putin / 0']);
    // one name, whatever its own words would make of it; a quotation that is no title is none
    expect(entities(run('The ministers adopted a declaration on "Energy Cooperation" on Monday.'))).to.deep.equal(['Treaty:Energy Cooperation']);
    expect(entities(run('He called it a declaration of "total war on the people".')).filter((e) => e.startsWith('Treaty'))).to.deep.equal([]);
  });
  it("the country of \"Venezuela's presidential elections\" is where they are held, no candidate", () => {
    const x = run('Opposition leaders celebrated victory in Venezuela’s presidential elections.');
    const e = x.events.find((q) => q.type === 'Election')!;
    expect(e.agents).to.deep.equal([]);
    expect(e.targets.map((k) => nameOf(x, k))).to.deep.equal(['Venezuela']);
  });
  it('the parties of "an agreement between X and Y" are X and Y, not whoever welcomes it', () => {
    const x = run('The Secretariat of the Collective Security Treaty Organization welcomes the signing of the agreement on the state border between the Kyrgyz Republic and the Republic of Tajikistan.');
    const e = x.events.find((q) => q.type === 'Agreement')!;
    expect([...e.agents, ...e.targets].map((k) => nameOf(x, k))).to.deep.equal(['Kyrgyzstan', 'Tajikistan']);
  });
  it('who reports that others met did not meet', () => {
    const x = run('Prime Minister Najib Razak said officials met until 3 a.m. trying to bridge their differences.');
    expect(x.events.filter((e) => e.type === 'Meeting').flatMap((e) => e.agents.map((k) => nameOf(x, k)))).to.not.include('Najib Razak');
  });
  it('a country before "and <verb>" is not the subject of that verb', () => {
    const x = run('The deal does not include the US, which is in a trade spat with China and pulled out of the Trans-Pacific Partnership.');
    expect(facts(x)).to.not.include('PARTY_TO China -> Trans-Pacific Partnership');
    expect(facts(x)).to.include('PARTY_TO United States -> Trans-Pacific Partnership');
  });
  it('a verdict still to be given is no event', () => {
    const x = run('The Constitutional Court still needs to render its verdict, the commission said.');
    expect(x.events.filter((e) => e.type === 'Other')).to.deep.equal([]);
  });
  it('negated and conditional visits are not events', () => {
    const x = run('Putin has not travelled to Brazil. If he travels to India, he could be arrested.');
    expect(x.events.filter((e) => e.type === 'Visit')).to.deep.equal([]);
  });
  it('claims lower the confidence', () => {
    const a = run('Finland joined NATO in 2023.').facts.find((f) => f.type === 'MEMBER_OF')!;
    const b = run('According to Reuters, Finland joined NATO in 2023.').facts.find((f) => f.type === 'MEMBER_OF')!;
    expect(b.confidence).to.be.below(a.confidence);
  });
});

describe('extract: LOCATED_IN only where the text says it', () => {
  const cases: [string, string | undefined][] = [
    ['Zimbabwe voted, but ballots were late in the capital Harare on Wednesday.', 'LOCATED_IN Harare -> Zimbabwe'],
    ['Nigeria has a new president. He spoke in the capital, Abuja, on Tuesday.', 'LOCATED_IN Abuja -> Nigeria'],
    ['A ceasefire deal was inked in the Belarusian capital Minsk.', 'LOCATED_IN Minsk -> Belarus'],
    ['The Russian President\'s visit to Ulaanbaatar drew attention because Mongolia is a party to the statute.', 'LOCATED_IN Ulaanbaatar -> Mongolia'],
    ['Leaders agreed on a deal promoted by China, a win for Beijing.', undefined],
    ['China and Vietnam signed the treaty in Hanoi on Thursday.', undefined],
    ['The summit, chaired by Pakistan\'s Prime Minister, concluded in Islamabad.', undefined],
  ];
  for (const [text, want] of cases) {
    it(`${want ?? 'no LOCATED_IN from the gazetteer alone'}: ${text.slice(0, 40)}`, () => {
      const f = facts(run(text)).filter((x) => x.startsWith('LOCATED_IN'));
      if (want) expect(f).to.include(want);
      else expect(f).to.deep.equal([]);
    });
  }
});

describe('extract: titles without a country next to them', () => {
  const cases: [string, string | undefined][] = [
    ["President Nicolas Maduro has been declared the winner of Venezuela's presidential election.", 'LEADER_OF Nicolas Maduro -> Venezuela (President)'],
    ['The deputy defence minister, Anuruddha Ratwatte, said Sri Lanka\'s army had advanced.', 'WORKS_FOR Anuruddha Ratwatte -> Sri Lanka (Deputy defence minister)'],
    ['DANANG, Vietnam — President Donald Trump arrived on Friday.', undefined],
    ['A Sri Lankan government minister dismissed the offer. The deputy defence minister, Anuruddha Ratwatte, said the government had no notice.', 'WORKS_FOR Anuruddha Ratwatte -> Sri Lanka (Deputy defence minister)'],
    ["Morsi's opponent, former prime minister Ahmed Shafiq, won 48 percent in Egypt.", undefined],
    ['A court sentenced former French president Nicolas Sarkozy on Thursday.', undefined],
    ['Wang Yi, head of the Chinese delegation, attended.', undefined],
    ["In a statement, Foreign Secretary David Cameron stressed pressure on Russia's economy, as Ukraine and Britain agreed.", undefined],
    ['President Donald Trump arrived in Vietnam on Friday.', undefined],
    // "former" opening the sentence; the country of a place; a minister's country is not the president's after him
    ['Former Chilean President Michelle Bachelet said on Monday that talks went well.', undefined],
    ['President Gustavo Petro held talks on Tuesday in Lima, capital of Peru.', undefined],
    // a leader listed after a minister of his own country shares it; "the state of X" is no place's country
    ['Russian Foreign Minister Sergei Lavrov and President Vladimir Putin met the envoy.', 'LEADER_OF Vladimir Putin -> Russia (President)'],
    ['President Isaac Herzog said the state of Israel would not forget.', 'LEADER_OF Isaac Herzog -> Israel (President)'],
    // an adjective of the country's name that world-countries lists no demonym for
    ['Philippine President Ferdinand Marcos Jr. spoke on Monday.', 'LEADER_OF Ferdinand Marcos Jr. -> Philippines (President)'],
    ['Uzbek President Shavkat Mirziyoyev spoke on Monday.', 'LEADER_OF Shavkat Mirziyoyev -> Uzbekistan (President)'],
  ];
  for (const [text, want] of cases) {
    it(`${want ?? 'no country for'}: ${text.slice(0, 40)}`, () => {
      const f = facts(run(text)).filter((x) => /LEADER_OF|WORKS_FOR/.test(x));
      if (want) expect(f).to.include(want);
      else expect(f).to.deep.equal([]);
    });
  }
});

describe('extract: session 16 events (heldout12 as a development set)', () => {
  const cases: [string, string[]][] = [
    // invasions told by their verb, and by their noun with both sides even as a backdrop (then undated)
    ['Russia invaded Ukraine in February 2022.', ['Battle 2022-02: Russia / Ukraine']],
    ['Kuwait was invaded by Iraq in 1990.', ['Battle 1990: Iraq / Kuwait']],
    ['China has threatened to invade Taiwan. Russia would not invade Ukraine, he said.', []],
    ['The warrant was issued after Russia invaded Ukraine.', ['Battle undefined: Russia / Ukraine']],
    ['Since the full-scale Russian invasion of neighboring Ukraine, Moldova has expelled dozens of diplomats.', ['Battle undefined: Russia / Ukraine']],
    ['Sanctions were imposed after the invasion.', []],
    // a word in scare quotes names no event
    ['He condemned the strikes, which he called an "invasion," and left.', []],
    // travel avoided or called off
    ['Russian President Vladimir Putin continues to mostly avoid traveling abroad.', []],
    // a weekday's possessive dates its poll; a date right after "said" dates the saying
    ["On Friday, Tanzania's electoral commission declared John Magufuli the winner of Wednesday's poll.", ['Election 2024-05-08: John Magufuli / ']],
    ["The elections commission said Mohamed Muizzu had won 54 per cent in Saturday's vote.", ['Election 2024-05-04: Mohamed Muizzu / ']],
    ['Opposition parties said on Saturday they would not recognize the results of a presidential election that handed John Magufuli a second term.', ['Election undefined: John Magufuli / ']],
    // a list after a comma goes on to an "and", and not past the comma closing a fronted phrase
    ['Russia, China, Iran and North Korea signed the pact in Moscow.', ['Signing 2024-05: North Korea, Iran, China, Russia /  @ Moscow']],
    ["Since Russia's invasion of Ukraine, the Moldovan government expelled diplomats.", ['Battle undefined: Russia / Ukraine']],
    // (the first review's defects, mended: invasions told long after, feared ones, a legislature's vote, travel refused
    // or cancelled, a weekday's qualified election, an arrested leader's own body)
    ['Ukraine was invaded by Russia. Russia, which invaded Ukraine, is isolated.', ['Battle undefined: Russia / Ukraine', 'Battle undefined: Russia / Ukraine']],
    ['Officials fear a Chinese invasion of Taiwan by 2027.', []],
    ['Thursday\'s vote in the European Parliament approved the migration pact.', []],
    ["Modi refused to travel to Moscow. Modi's visit to Moscow was cancelled.", []],
    ["Sunday's presidential election in Senegal was peaceful.", ['Election 2024-05-05:  / Senegal']],
    ['Chadema chairman Freeman Mbowe was arrested on Monday.', ['Arrest 2024-05-06:  / Freeman Mbowe']],
    ['The air force said on Sunday Russia had fired 40 missiles at Kyiv overnight.', ['Battle 2024-05-05: Russia / Kyiv @ Kyiv']],
    // talks between parties are their meeting (not between someone's representatives, nor talks held again and again)
    ['Talks between Russia and Ukraine were held in Istanbul.', ['Meeting 2024-05: Russia, Ukraine /  @ Istanbul']],
    ['After talks between the Foreign Ministers of Russia, Azerbaijan and Armenia Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan, only Lavrov came out.', ['Meeting 2024-05: Russia, Azerbaijan, Armenia / ']],
    ["The arrest followed hours of negotiations between investigators and Yoon's representatives.", []],
    ['Qatar has hosted negotiations between the US and the Taliban over the years.', []],
    ['Negotiations between Hamas and Israel were suspended on Monday.', []],
    // an envoy summoned by a state or its ministry (not anyone summoned: a minister by parliament, a witness by a court)
    ['On Thursday morning, the Russian ambassador, Oleg Vasnetsov, was summoned to the Moldovan Foreign Ministry.', ['Other 2024-05-02: Moldovan Foreign Ministry / Oleg Vasnetsov']],
    ['Germany summoned the Russian ambassador on Monday.', ['Other 2024-05-06: Germany / Russia']],
    ["Israel's ambassador was summoned by Turkey.", ['Other 2024-05: Türkiye / Israel']],
    ['Parliament summoned the defence minister. The court summoned Trump to testify.', []],
    // shot dead, gunned down: killings (not a wound)
    ['Fernando Villavicencio was shot dead at a campaign rally in Quito on Wednesday.', ['Other 2024-05-08:  / Fernando Villavicencio @ Quito']],
    ['Juan Perez was shot in the leg.', []],
    // (active too, with the one killed right after: "Gunmen shot dead the mayor, Juan Perez")
    ['Gunmen shot dead the mayor, Juan Perez, on Monday.', ['Other 2024-05-06:  / Juan Perez']],
    ['Police shot dead two suspects. He took a shot at goal.', []],
    // (the second review's defects, mended: talks only wanted, a titled party, the envoy named by the title, a committee's
    // witness, a weekday's national vote, an invasion that is a threat's cause, a visit after another trip's postponement,
    // a standoff with no side named)
    ['Any solution must come through negotiations between Ukraine and Russia.', []],
    ['Talks between Russian President Vladimir Putin and U.S. President Donald Trump were held in Alaska.', ['Meeting 2024-05: Vladimir Putin, Donald Trump /  @ Alaska']],
    ['Peace talks between Armenia and Azerbaijan opened in Berlin.', ['Meeting 2024-05: Armenia, Azerbaijan /  @ Berlin']],
    ['Canada summoned the Chinese ambassador over the treatment of Michael Kovrig.', ['Other 2024-05: Canada / China']],
    ['Gordon Sondland was summoned by the House Intelligence Committee to testify.', []],
    ["Sunday's vote in Georgia gave Georgian Dream a majority in parliament.", ['Election 2024-05-05:  / Georgia']],
    ["The threat posed by Russia's invasion of Ukraine grows.", ['Battle undefined: Russia / Ukraine']],
    ['Antony Blinken visited Beijing after his trip was postponed.', ['Visit 2024-05: Antony Blinken / Beijing @ Beijing']],
    ['Vladimir Putin said the standoff with the West would last years.', []],
    // (the third review's defects, mended: invasions only foreseen, talks resumed (held) or called for (not), summons by a
    // titled official or a Foreign Office, an envoy named after his post's place, standoffs whose sides are the subject, a
    // vote in a state's parliament)
    ['Analysts say China could launch an invasion of Taiwan. An invasion by China is more likely in 2027.', []],
    ['Negotiators resumed talks between Israel and Hamas in Doha.', ['Meeting 2024-05: Israel, Hamas /  @ Doha']],
    ['He called for direct negotiations between Russia and Ukraine.', []],
    ['Foreign Secretary David Lammy summoned the Russian ambassador.', ['Other 2024-05: David Lammy / Russia']],
    ["Britain's Foreign Office summoned the Chinese ambassador.", ['Other 2024-05: Foreign Office / China']],
    ["Poland summoned Russia's ambassador to Poland, Sergei Andreev.", ['Other 2024-05: Poland / Sergei Andreev']],
    ['Serbia and Kosovo are locked in a standoff.', ['Other 2024-05: Kosovo, Serbia / ']],
    ["Tuesday's vote in Ukraine's parliament was postponed.", []],
    // (the whole-article review's defects, mended: an invasion past an adverb after "to", a main clause with "amid" and a
    // pair before its noun, a numeral's fronted phrase)
    ['China is preparing to potentially invade Taiwan.', []],
    ['Border clashes come amid deterioration in Pakistan, India ties.', ['Battle 2024-05:  / Pakistan, India']],
    ['Two years after Moscow invaded Ukraine, Finland and Sweden joined NATO.', ['Battle undefined: Russia / Ukraine', 'Accession 2024-05: Sweden / NATO', 'Accession 2024-05: Finland / NATO']],
    // (one subject-to-verb gap for vetoes and talks: a day between them, "X on Monday discussed security with Y")
    ['Antony Blinken on Monday discussed security with Wang Yi.', ['Meeting 2024-05-06: Antony Blinken / Wang Yi']],
    // a standoff between parties
    ['The month-long standoff between Vietnam and China over a Chinese survey vessel continued.', ['Other 2024-05:  / Vietnam, China']],
  ];
  for (const [text, want] of cases) it(text.length > 90 ? `${text.slice(0, 87)}...` : text, () => expect(eventLines(run(text))).to.deep.equal(want));
  it('every state coordinated before a joining one joins; not past the comma of a fronted phrase', () => {
    expect(facts(run('Finland and Sweden have joined NATO.')).filter((f) => f.startsWith('MEMBER_OF')).sort()).to.deep.equal(['MEMBER_OF Finland -> NATO', 'MEMBER_OF Sweden -> NATO']);
    expect(facts(run("Since Russia's invasion of Ukraine, Finland and Sweden have joined NATO.")).filter((f) => f.startsWith('MEMBER_OF')).sort()).to.deep.equal(['MEMBER_OF Finland -> NATO', 'MEMBER_OF Sweden -> NATO']);
    expect(facts(run('Along with Russia, Iran joined the SCO.')).filter((f) => f.startsWith('MEMBER_OF'))).to.deep.equal(['MEMBER_OF Iran -> Shanghai Cooperation Organisation']);
    // (the third review: other fronted phrases, "and the", joining a body in an act or its people)
    expect(facts(run("Spurred by Russia's invasion of Ukraine, Finland and Sweden joined NATO.")).filter((f) => f.startsWith('MEMBER_OF')).sort()).to.deep.equal(['MEMBER_OF Finland -> NATO', 'MEMBER_OF Sweden -> NATO']);
    expect(facts(run('Poland and the Czech Republic joined NATO in 1999.')).filter((f) => f.startsWith('MEMBER_OF')).sort()).to.deep.equal(['MEMBER_OF Czechia -> NATO', 'MEMBER_OF Poland -> NATO']);
    expect(facts(run('Britain and Canada joined the European Union in imposing sanctions on Iran. Japan and Australia joined NATO leaders at the summit.')).filter((f) => f.startsWith('MEMBER_OF'))).to.deep.equal([]);
  });
  it('offices of several countries, then as many holders, pair in order', () => {
    expect(facts(run('After talks between the Foreign Ministers of Russia, Azerbaijan and Armenia Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan, only Lavrov spoke.'))).to.include.members([
      'WORKS_FOR Sergei Lavrov -> Russia (Foreign minister)', 'WORKS_FOR Jeyhun Bayramov -> Azerbaijan (Foreign minister)', 'WORKS_FOR Zohrab Mnatsakanyan -> Armenia (Foreign minister)',
    ]);
    expect(facts(run('Foreign Ministers of Azerbaijan and Armenia Jeyhun Bayramov and Zohrab Mnatsakanyan arrived in Moscow.'))).to.include('WORKS_FOR Zohrab Mnatsakanyan -> Armenia (Foreign minister)');
    // (not lists of different lengths, nor people who are only met)
    expect(facts(run('The presidents of France, Germany and Italy, Emmanuel Macron and Olaf Scholz, met.')).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
    expect(facts(run('The leaders of France and Germany met Joe Biden and Rishi Sunak.')).filter((f) => f.startsWith('LEADER_OF'))).to.deep.equal([]);
  });
});
describe('extract: session 17 events (heldout13 as a development set)', () => {
  const cases: [string, string[]][] = [
    // a visit told by its noun, with the visitor after a long title
    ['As a result of the state visit of President of the Republic of Uzbekistan Shavkat Mirziyoyev to the Russian Federation, documents were signed.', ['Visit 2024-05: Shavkat Mirziyoyev / Russia']],
    // (a person met first after "of" is the visitor, not one whose name follows it: "the visit of Modi and Putin")
    ['The state visit of Narendra Modi and Vladimir Putin to China ended.', ['Visit 2024-05: Narendra Modi, Vladimir Putin / China']],
    // a veto cast as a noun
    ['China and Russia have cast a double veto in the UN Security Council.', ['Other 2024-05: Russia, China / ']],
    ['Russia threatened to use its veto. The US has used the veto far more than Russia.', []],
    // fighting told by a gerund subject, with its sides after "between" past its verb and place
    ['Heavy fighting broke out in south Kivu between two rebel groups – the Mai-Mai militia and the army.', ['Battle 2024-05:  / Mai-Mai']],
    ['Fighting broke out between Hezbollah and Israel.', ['Battle 2024-05:  / Hezbollah, Israel']],
    ['Fighting broke out just east of the town of Krasny Liman.', []],
    // a named text adopted is agreed; a meeting of a treaty's parties is a conference
    ['The delegates adopted the Vienna Declaration on Thursday.', ['Agreement 2024-05-02:  / Vienna Declaration']],
    ['Parliament adopted the budget. The resolution was adopted. It adopted.', []],
    ['The three-day meeting in Vienna of States Parties to the Treaty on the Prohibition of Nuclear Weapons ended.', ['Conference 2024-05:  / Treaty on the Prohibition of Nuclear Weapons @ Vienna']],
    // captives set free by a state or a group (not a statement or data released)
    ['Iran released two French hostages on Monday. The Taliban freed George Glezmann.', ['Other 2024-05-06: Iran / ', 'Other 2024-05: Taliban / George Glezmann']],
    ['Russia released a statement. China released data on Monday. He called on Iran to release the hostages.', []],
    ['The IDF released images of journalists killed in Gaza. Israel released no prisoners.', []],
    // extraditions, by a court or told in the passive (not one requested, fought, or a request or treaty for one)
    ['The Court of Cassation in Rabat authorized on Wednesday the extradition to China of the Uyghur activist Yidiresi Aishan.', ['Other 2024-05-08: Court of Cassation / Yidiresi Aishan']],
    ['Juan Orlando Hernandez was extradited to the United States on Thursday.', ['Other 2024-05-02:  / Juan Orlando Hernandez']],
    ['The US requested the extradition of Julian Assange. Assange is fighting extradition. An extradition request for Ann Lee was filed.', []],
  ];
  for (const [text, want] of cases) it(text.length > 90 ? `${text.slice(0, 87)}...` : text, () => expect(eventLines(run(text))).to.deep.equal(want));
});
