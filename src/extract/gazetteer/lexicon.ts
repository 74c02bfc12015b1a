/**
 * Our own small word lists where no package exists: titles, honorifics, organisation cue words and
 * their kinds, known organisations (news agencies, government seats, international bodies), treaty cue
 * words, and words that never start a name. Everything is lower-case; look-ups lower-case their key.
 */
import type { OrganizationKind } from '../../model/ontology';
import { lookupTable } from '../../model/lookupTable';

export type TitleRole = 'leader' | 'spokesperson' | 'work';

/** Titles, longest first when matched as token sequences; value: what relation the title implies. */
export const TITLES: Record<string, TitleRole> = lookupTable({
  president: 'leader', 'vice president': 'work', 'vice-president': 'work', 'prime minister': 'leader', premier: 'leader',
  chancellor: 'leader', king: 'leader', queen: 'leader', emperor: 'leader', emir: 'leader', sultan: 'leader',
  'crown prince': 'work', 'supreme leader': 'leader', leader: 'leader', dictator: 'leader', chairman: 'leader', 'co-chair': 'work', 'co-chairs': 'work', 'co-chairman': 'work', 'co-chairwoman': 'work',
  chairwoman: 'leader', chairperson: 'leader', 'secretary-general': 'leader', 'secretary general': 'leader',
  'director-general': 'leader', 'director general': 'leader', mayor: 'leader', governor: 'leader', pope: 'leader',
  ceo: 'leader', 'chief executive': 'leader', 'head of state': 'leader', 'head': 'leader', chief: 'leader',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  'press secretary': 'spokesperson', speaker: 'spokesperson', 'press officer': 'spokesperson',
  minister: 'work', 'foreign minister': 'work', 'defence minister': 'work', 'defense minister': 'work',
  'finance minister': 'work', 'interior minister': 'work', 'deputy foreign minister': 'work',
  'deputy prime minister': 'work', 'secretary of state': 'work', 'secretary of defense': 'work', 'secretary of defence': 'work',
  'secretary of the treasury': 'work', 'secretary of homeland security': 'work', ruler: 'leader', 'military ruler': 'leader',
  // portfolios named after "of"/"for" ("Minister of Foreign Affairs Bui Thanh Son")
  'minister of foreign affairs': 'work', 'minister for foreign affairs': 'work', 'minister of external affairs': 'work',
  'minister of defence': 'work', 'minister of defense': 'work', 'minister of finance': 'work', 'minister of justice': 'work',
  'minister of the interior': 'work', 'minister of interior': 'work', 'minister of home affairs': 'work', 'minister of trade': 'work',
  'minister of economy': 'work', 'minister of health': 'work', 'minister of energy': 'work', 'minister of state': 'work', secretary: 'work', ambassador: 'work',
  envoy: 'work', judge: 'work', prosecutor: 'work', 'chief prosecutor': 'work', justice: 'work', 'chief justice': 'work',
  general: 'work', marshal: 'work', admiral: 'work', commander: 'work', colonel: 'work', lieutenant: 'work',
  captain: 'work', major: 'work', sergeant: 'work', officer: 'work', official: 'work', diplomat: 'work',
  // ranks of two words, one title ("Vice Admiral X", not "Vice" ending the name before it)
  'rear admiral': 'work', 'vice admiral': 'work', 'lieutenant general': 'work', 'lieutenant-general': 'work',
  'major general': 'work', 'major-general': 'work', 'brigadier general': 'work', 'brigadier-general': 'work', brigadier: 'work',
  'lieutenant colonel': 'work', 'lieutenant-colonel': 'work', 'field marshal': 'work', 'air marshal': 'work',
  'air vice marshal': 'work', 'air chief marshal': 'work', 'commander in chief': 'work', 'commander-in-chief': 'work',
  // "PM Modi", "Malaysian PM Anwar" (only in capitals: "5 pm" is a time; mentions.ts)
  pm: 'leader', 'chief minister': 'work',
  // "FM Jeyhun Bayramov": a foreign minister (only in capitals: "FM radio"; mentions.ts)
  fm: 'work',
  // abbreviated ranks and offices ("Gen. X", "Lt. Gen. X", "Sen. X", "Gov. X")
  'gen.': 'work', 'lt.': 'work', 'lt. gen.': 'work', 'maj.': 'work', 'maj. gen.': 'work', 'brig.': 'work', 'brig. gen.': 'work',
  'col.': 'work', 'lt. col.': 'work', 'adm.': 'work', 'rear adm.': 'work', 'vice adm.': 'work', 'cmdr.': 'work', 'capt.': 'work',
  'sgt.': 'work', 'cpl.': 'work', 'pvt.': 'work', 'sen.': 'work', 'rep.': 'work', 'gov.': 'leader', 'amb.': 'work',
  adviser: 'work', advisor: 'work', 'national security adviser': 'work', 'national security advisor': 'work', aide: 'work', 'chief of staff': 'work', journalist: 'work', reporter: 'work', photographer: 'work', photojournalist: 'work', cameraman: 'work', columnist: 'work',
  correspondent: 'work', editor: 'work', 'editor-in-chief': 'work', analyst: 'work', deputy: 'work', senator: 'work',
  lawmaker: 'work', legislator: 'work', mp: 'work', congressman: 'work', congresswoman: 'work', director: 'work',
  negotiator: 'work', 'chief negotiator': 'work', 'nuclear negotiator': 'work', 'chief nuclear negotiator': 'work', representative: 'work', lecturer: 'work', professor: 'work', researcher: 'work',
  economist: 'work', 'majority leader': 'work', 'minority leader': 'work', 'party leader': 'leader', 'opposition leader': 'work',
  'chief executive officer': 'leader', founder: 'leader', commissioner: 'work', 'high commissioner': 'leader',
  'foreign secretary': 'work', 'home secretary': 'work', 'defence secretary': 'work', 'defense secretary': 'work',
  'trade secretary': 'work', 'trade minister': 'work', 'external affairs minister': 'work', 'foreign affairs minister': 'work',
  'justice minister': 'work', 'economy minister': 'work', 'state councillor': 'work', 'foreign policy chief': 'work',
  'health minister': 'work', 'energy minister': 'work', 'oil minister': 'work', 'agriculture minister': 'work',
  'education minister': 'work', 'home minister': 'work', 'labour minister': 'work', 'labor minister': 'work',
  'environment minister': 'work', 'culture minister': 'work', 'transport minister': 'work', 'industry minister': 'work',
  'information minister': 'work', 'communications minister': 'work', 'immigration minister': 'work',
  'attorney general': 'work', 'attorney-general': 'work', 'prosecutor general': 'work', 'prosecutor-general': 'work', 'special envoy': 'work', 'special representative': 'work',
  'under-secretary-general': 'work', 'under secretary-general': 'work', 'under-secretary': 'work', undersecretary: 'work',
  'inspector general': 'work', 'inspector-general': 'work', 'assistant secretary-general': 'work', 'deputy secretary-general': 'work', 'deputy secretary general': 'work',
  'high representative': 'work', 'foreign policy coordinator': 'work', consul: 'work', 'consul general': 'work', 'consul-general': 'work',
  // an embassy's head while there is no ambassador ("Chargé d'Affaires Tim Trinkle")
  "chargé d'affaires": 'work', "charge d'affaires": 'work', 'chargé d’affaires': 'work', 'charge d’affaires': 'work',
  // an office won, not yet taken: a title, and no office held (mentions.ts)
  'president-elect': 'leader', 'prime minister-elect': 'leader', 'vice president-elect': 'work', 'vice-president-elect': 'work',
});
/** adjectives of a compass point or the centre, before a place ("in northern Gaza", "the south-eastern town of X"): one alternation for regular expressions */
export const COMPASS_ADJECTIVES = 'northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|far-?eastern';
/**
 * Lower-case words after a place's name that say what kind of region it is ("Central Equatoria state",
 * "Donetsk region"); only in lower case ("Islamic State" is a name).
 */
export const REGION_WORDS = new Set(['state', 'province', 'region', 'district', 'county', 'governorate', 'prefecture', 'oblast', 'municipality']);
/** longest title in tokens */
export const MAX_TITLE_TOKENS = 4;

/** the words that name a body of sea water ("East China Sea", "Bay of Bengal", "Strait of Hormuz"); rivers and lakes
 * are added where a name's head or first word is read (mentions.ts) */
export const SEA_WORDS = ['sea', 'ocean', 'gulf', 'bay', 'strait', 'straits'] as const;

/** Honorifics: dropped from names and never kept as titles. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'madam', 'mme', 'm.', 'herr']);

/** Head nouns that make a capitalised run an organisation, with its kind. Checked on every token of a run. */
export const ORG_CUES: Record<string, OrganizationKind> = lookupTable({
  court: 'court', tribunal: 'court',
  ministry: 'ministry', department: 'ministry', 'foreign office': 'ministry',
  government: 'government', cabinet: 'government', parliament: 'government', congress: 'government',
  senate: 'government', duma: 'government', presidency: 'government', administration: 'government',
  knesset: 'government', assembly: 'government', legislature: 'government',
  army: 'military', navy: 'military', forces: 'military', force: 'other', military: 'military', guard: 'military',
  brigade: 'military', marines: 'military', regiment: 'military', command: 'military', 'air force': 'military', fleet: 'military',
  university: 'university', college: 'university', institute: 'university', academy: 'university', school: 'university',
  party: 'party',
  brigades: 'military', battalion: 'military', battalions: 'military',
  company: 'company', corporation: 'company', corp: 'company', 'corp.': 'company', inc: 'company', 'inc.': 'company',
  ltd: 'company', 'ltd.': 'company', llc: 'company', plc: 'company', co: 'company', 'co.': 'company', pjsc: 'company', group: 'company', holdings: 'company',
  bank: 'company', airlines: 'company', motors: 'company', energy: 'company',
  agency: 'other', commission: 'other', committee: 'other', council: 'other', organization: 'other',
  organisation: 'other', foundation: 'other', union: 'other', association: 'other', federation: 'other', embassy: 'government', center: 'other', centre: 'other',
  fund: 'other', bureau: 'other', service: 'other', authority: 'other', police: 'other', constabulary: 'other', gendarmerie: 'other', office: 'other',
  alliance: 'other', coalition: 'other', movement: 'other', front: 'other', society: 'other', church: 'other',
  news: 'media', times: 'media', post: 'media', journal: 'media', herald: 'media', gazette: 'media',
  tribune: 'media', telegraph: 'media', press: 'media', television: 'media', tv: 'media', radio: 'media',
  broadcasting: 'media', newspaper: 'media', magazine: 'media', daily: 'media', channel: 'media',
});
/** a run that contains one of these is intergovernmental unless a stronger cue (court) says otherwise */
export const INTERGOV_WORDS = new Set(['international', 'nations', 'states parties', 'united nations', 'world', 'european', 'african', 'global']);

/** Organisations known by name (and acronyms) with their kind; keys lower-case. */
export const KNOWN_ORGS: Record<string, { name: string; kind: OrganizationKind }> = lookupTable({});
function org(kind: OrganizationKind, name: string, ...aliases: string[]) {
  for (const k of [name, ...aliases]) KNOWN_ORGS[k.toLowerCase()] = { name, kind };
}
/**
 * Short names of bodies that are also given names or words in other spellings ("Ani Grigoryan", "Efe Ambrose",
 * "Irna Phillips"): matched only when written in capitals, as the body writes them.
 */
export const CAPITALS_ONLY = new Set(['ani', 'efe', 'irna', 'wam', 'pti', 'nhk', 'ansa', 'kcna', 'dw', 'ria']);
org('government', 'Kremlin', 'the Kremlin');
org('government', 'White House', 'the White House');
org('ministry', 'Pentagon', 'the Pentagon');
org('government', 'Downing Street');
org('government', 'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace');
org('ministry', 'State Department');
org('media', 'Bloomberg');
org('media', 'Reuters');
org('media', 'Agence France-Presse', 'AFP');
org('media', 'Associated Press', 'AP', 'the Associated Press');
org('media', 'TASS', 'Tass');
org('media', 'RIA Novosti', 'RIA');
org('media', 'Interfax');
org('media', 'Xinhua');
org('media', 'BBC');
org('media', 'CNN');
org('media', 'Al Jazeera');
org('media', 'Politico');
org('media', 'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Free Europe');
org('media', 'VGTRK');
org('media', 'Kyodo');
org('media', 'Yonhap');
org('media', 'Anadolu');
org('media', 'New York Times', 'The New York Times');
org('media', 'Washington Post', 'The Washington Post');
org('media', 'Financial Times', 'The Financial Times');
org('media', 'Wall Street Journal', 'The Wall Street Journal');
org('media', 'The Guardian');
org('media', 'The Diplomat');
org('media', 'Axios');
org('media', 'Kommersant');
org('media', 'Izvestia');
org('media', 'Deutsche Welle', 'DW');
org('media', 'German Press Agency', 'dpa', 'DPA');
org('media', 'Press Trust of India', 'PTI');
org('media', 'Asian News International', 'ANI');
org('media', 'NHK');
org('media', 'EFE');
org('media', 'ANSA');
org('media', 'IRNA');
org('media', 'Korean Central News Agency', 'KCNA');
org('media', 'Emirates News Agency', 'WAM');
org('intergovernmental', 'United Nations', 'UN', 'U.N.');
org('intergovernmental', 'United Nations Security Council', 'UN Security Council', 'Security Council', 'UNSC');
org('intergovernmental', 'UN General Assembly', 'United Nations General Assembly', 'General Assembly', 'UNGA');
org('intergovernmental', 'NATO', 'North Atlantic Treaty Organization');
org('intergovernmental', 'European Union', 'EU', 'E.U.');
org('intergovernmental', 'European Commission');
org('intergovernmental', 'African Union', 'AU');
org('intergovernmental', 'Organization of American States', 'OAS', 'Organisation of American States');
// communities of states (a "Community" alone is no body's cue: "the Muslim Community", "the International Community")
org('intergovernmental', 'Caribbean Community', 'CARICOM', 'Caricom');
org('intergovernmental', 'East African Community', 'EAC', 'East Africa Community');
org('intergovernmental', 'Southern African Development Community', 'SADC');
org('intergovernmental', 'Andean Community');
org('intergovernmental', 'Economic Community of Central African States', 'ECCAS');
org('intergovernmental', 'European Economic Community', 'EEC');
org('intergovernmental', 'ASEAN', 'Association of Southeast Asian Nations');
org('intergovernmental', 'Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization');
org('intergovernmental', 'BRICS');
org('intergovernmental', 'G7', 'Group of Seven', 'G-7');
org('intergovernmental', 'G20', 'Group of 20', 'G-20');
org('intergovernmental', 'OSCE', 'Organization for Security and Co-operation in Europe');
org('intergovernmental', 'International Atomic Energy Agency', 'IAEA');
org('intergovernmental', 'World Health Organization', 'WHO');
org('intergovernmental', 'International Monetary Fund', 'IMF');
org('intergovernmental', 'World Bank');
org('intergovernmental', 'World Trade Organization', 'WTO');
org('intergovernmental', 'OPEC');
org('intergovernmental', 'UNESCO');
org('intergovernmental', 'UNICEF');
org('intergovernmental', 'Council of Europe');
org('court', 'International Criminal Court', 'ICC');
org('court', 'International Court of Justice', 'ICJ');
org('court', 'European Court of Human Rights', 'ECHR');
org('court', 'International Criminal Tribunal for the former Yugoslavia', 'ICTY');
org('court', 'International Criminal Tribunal for Rwanda', 'ICTR');
org('court', 'Special Tribunal for Lebanon');
org('other', 'Red Cross', 'International Committee of the Red Cross', 'ICRC');
// humanitarian and rights groups news cites most (their names hold no cue word: "Doctors Without Borders" would be read as a place)
org('other', 'Doctors Without Borders', 'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF');
org('other', 'Amnesty International');
org('other', 'Human Rights Watch', 'HRW');
org('other', 'Save the Children');
org('other', 'Oxfam');
org('other', 'International Rescue Committee');
org('other', 'Hamas');
org('other', 'Hezbollah');
org('other', 'Taliban', 'the Taliban');
// armed groups news names most (their own names and the usual transliterations; not "IS", a word in capitals)
org('other', 'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant');
org('other', 'ISIS-K', 'Islamic State Khorasan', 'Islamic State-Khorasan', 'Islamic State Khorasan Province', 'ISKP', 'IS-K');
org('other', 'al-Qaeda', 'al Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaeda', 'Al Qaeda');
org('other', 'al-Shabaab', 'al Shabaab', 'al-Shabab', 'al Shabab', 'Al-Shabaab');
org('other', 'Boko Haram');
org('other', 'Islamic State West Africa Province', 'ISWAP');
org('other', 'al-Qaeda in the Arabian Peninsula', 'AQAP');
org('other', 'al-Qaeda in the Islamic Maghreb', 'AQIM');
org('other', 'La Liga', 'LaLiga');
org('other', 'Houthis', 'Houthi', 'the Houthis', 'Ansar Allah');
org('other', 'Palestinian Islamic Jihad');
org('other', 'Hayat Tahrir al-Sham');
org('other', 'Kurdistan Workers\' Party', 'PKK');
org('other', 'Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban');
org('military', 'Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps');
org('military', 'Wagner', 'Wagner Group');
org('company', 'Gazprom');
org('company', 'Twitter');
org('company', 'Facebook');
org('company', 'Google');
org('company', 'Meta');
org('company', 'Microsoft');
org('company', 'Apple');
org('company', 'Amazon');
org('company', 'Huawei');
org('company', 'TikTok');
org('company', 'Tesla');
org('intergovernmental', 'Asia-Pacific Economic Cooperation', 'APEC');
org('intergovernmental', 'Collective Security Treaty Organization', 'CSTO');
// (only capitalised: "quad" in lower case is a bike or a muscle; mentions.ts reads gazetteer names from a capital)
org('intergovernmental', 'Quadrilateral Security Dialogue', 'Quad', 'the Quad');
org('company', 'Rosneft');
// companies international news names alone ("Boeing declined to comment", "a Ryanair flight", "state-owned Pertamina")
org('company', 'Boeing'); org('company', 'Airbus'); org('company', 'Lockheed Martin'); org('company', 'Raytheon');
org('company', 'Northrop Grumman'); org('company', 'BAE Systems'); org('company', 'Rheinmetall'); org('company', 'Ryanair');
org('company', 'Aeroflot'); org('company', 'Lufthansa'); org('company', 'Saudi Aramco', 'Aramco'); org('company', 'ExxonMobil', 'Exxon Mobil', 'Exxon');
org('company', 'Chevron'); org('company', 'TotalEnergies'); org('company', 'Petrobras'); org('company', 'Pertamina');
org('company', 'PetroChina'); org('company', 'Sinopec'); org('company', 'Lukoil'); org('company', 'Novatek'); org('company', 'Rosatom');
org('company', 'Naftogaz'); org('company', 'Equinor'); org('company', 'Glencore'); org('company', 'Samsung'); org('company', 'Toyota');
org('company', 'Volkswagen'); org('company', 'Nvidia'); org('company', 'TSMC'); org('company', 'SpaceX'); org('company', 'Starlink');
org('media', 'Forbes');
/** known bodies that are alliances of states by one of their names ("North Atlantic Treaty Organization"): what "the alliance" can mean */
export const ALLIANCE_NAMES = new Set(Object.entries(KNOWN_ORGS).filter(([alias]) => /\btreaty organi[sz]ation\b|\balliance\b/.test(alias)).map(([, o]) => o.name.toLowerCase()));

/** Words that make a capitalised run a treaty (as its head). */
export const TREATY_CUES = new Set(['statute', 'treaty', 'convention', 'protocol', 'accord', 'accords', 'charter', 'pact', 'covenant', 'agreement', 'agreements', 'partnership']);

/** Words that make a capitalised run a named event (Battle of X, X Forum, X Summit). */
export const NAMED_EVENT_CUES: Record<string, 'Battle' | 'Conference' | 'Meeting' | 'Election' | 'Other'> = lookupTable({
  battle: 'Battle', siege: 'Battle', forum: 'Conference', conference: 'Conference', summit: 'Meeting',
  olympics: 'Other', games: 'Other', meeting: 'Meeting', election: 'Election', elections: 'Election', congress_: 'Conference',
});

/** Places that are not country capitals but are often in the news; value: ISO alpha-3 or '' (none). */
export const PLACES: Record<string, { name: string; country: string }> = lookupTable({});
function place(country: string, name: string, ...aliases: string[]) {
  for (const k of [name, ...aliases]) PLACES[k.toLowerCase()] = { name, country };
}
place('NLD', 'The Hague', 'Hague');
place('RUS', 'Vladivostok'); place('RUS', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg');
place('RUS', 'Siberia'); place('RUS', 'Kursk'); place('RUS', 'Belgorod'); place('RUS', 'Chechnya');
place('UKR', 'Crimea'); place('UKR', 'Donbas', 'Donbass'); place('UKR', 'Donetsk'); place('UKR', 'Luhansk');
place('UKR', 'Kharkiv'); place('UKR', 'Odesa', 'Odessa'); place('UKR', 'Mariupol'); place('UKR', 'Zaporizhzhia');
place('UKR', 'Kherson'); place('UKR', 'Lviv'); place('UKR', 'Bakhmut');
place('MNG', 'Khalkhin Gol', 'Halkhin River', 'Khalkhin River', 'Halha River');
place('CHE', 'Geneva'); place('CHE', 'Davos'); place('CHE', 'Zurich');
place('USA', 'Washington DC', 'Washington, D.C.', 'Washington D.C.', 'Washington, DC'); place('USA', 'New York'); place('USA', 'Los Angeles'); place('USA', 'Chicago'); place('USA', 'San Francisco');
place('USA', 'Alaska'); place('USA', 'Texas'); place('USA', 'California'); place('USA', 'Florida');
place('CHN', 'Shanghai'); place('CHN', 'Hong Kong'); place('CHN', 'Xinjiang'); place('CHN', 'Tibet');
place('CHN', 'Guangzhou'); place('CHN', 'Shenzhen');
place('TUR', 'Istanbul'); place('ARE', 'Dubai'); place('IND', 'Mumbai'); place('IND', 'Kashmir');
place('AUS', 'Sydney'); place('AUS', 'Melbourne'); place('DEU', 'Munich'); place('DEU', 'Frankfurt');
place('DEU', 'Hamburg'); place('ITA', 'Milan'); place('ESP', 'Barcelona'); place('JPN', 'Osaka');
place('JPN', 'Hiroshima'); place('FRA', 'Strasbourg'); place('BEL', 'Brussels'); place('LUX', 'Luxembourg City');
place('PSE', 'Gaza'); place('PSE', 'West Bank'); place('ISR', 'Golan Heights'); place('SYR', 'Aleppo');
place('IRQ', 'Mosul'); place('SAU', 'Riyadh'); place('SAU', 'Jeddah'); place('QAT', 'Doha'); place('EGY', 'Cairo');
place('KAZ', 'Almaty'); place('UZB', 'Samarkand'); place('GEO', 'Abkhazia'); place('GEO', 'South Ossetia');
place('AZE', 'Nagorno-Karabakh', 'Karabakh'); place('MDA', 'Transnistria'); place('SRB', 'Belgrade');
place('BIH', 'Republika Srpska'); place('SOM', 'Jubaland'); place('SOM', 'Puntland'); place('SOM', 'Galmudug'); place('SOM', 'Somaliland');
place('', 'Europe'); place('', 'Asia'); place('', 'Africa'); place('', 'North America'); place('', 'South America');
place('', 'Latin America'); place('', 'Middle East'); place('', 'Asia Pacific', 'Asia-Pacific');
place('', 'Central Asia'); place('', 'Southeast Asia'); place('', 'Eastern Europe'); place('', 'Western Europe');
place('', 'Balkans'); place('', 'Caucasus'); place('', 'Arctic'); place('', 'Antarctica'); place('', 'Black Sea');
place('', 'Baltic Sea'); place('', 'South China Sea'); place('', 'Red Sea'); place('', 'Mediterranean Sea', 'Mediterranean');
place('', 'Pacific'); place('', 'Atlantic'); place('', 'Pacific Ocean'); place('', 'Atlantic Ocean'); place('', 'Indian Ocean'); place('', 'Persian Gulf'); place('', 'Strait of Hormuz');
place('', 'Taiwan Strait'); place('', 'Sahel');
place('', 'Himalayas', 'Himalaya'); place('', 'Alps'); place('', 'Andes');
place('', 'Caribbean'); place('', 'South Pacific'); place('', 'South Caucasus'); place('', 'North Caucasus');
place('', 'Horn of Africa'); place('', 'North Africa'); place('', 'West Africa'); place('', 'East Africa');
place('', 'Southern Africa'); place('', 'Central Africa'); place('', 'Central America'); place('', 'Indo-Pacific');
place('', 'Scandinavia'); place('', 'Caspian Sea'); place('', 'North Sea'); place('', 'East China Sea'); place('', 'Arabian Sea');
place('', 'Gulf of Aden'); place('', 'Gulf of Mexico'); place('', 'Korean Peninsula');

/** Capitalised words that never begin or form a name on their own (sentence-initial function words etc.). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'there', 'here', 'what', 'which', 'who', 'whom', 'when', 'where', 'why', 'how',
  'asked', 'file', 'though', 'although', 'under', 'should', 'such', 'of', 'last', 'next', 'among', 'ahead', 'during',
  'after', 'before', 'since', 'until', 'while', 'but', 'and', 'or', 'so', 'yet', 'if', 'as', 'at', 'in', 'on',
  'by', 'for', 'with', 'from', 'to', 'into', 'about', 'also', 'however', 'therefore', 'thus', 'meanwhile',
  'according', 'today', 'yesterday', 'tomorrow', 'neither', 'nor', 'no', 'yes', 'not', 'all', 'some', 'many',
  'most', 'both', 'each', 'every', 'other', 'another', 'our', 'against', 'despite', 'because', 'earlier',
  'later', 'now', 'then', 'still', 'even', 'just', 'only', 'mr', 'mrs', 'ms', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'source', 'sources', 'photo', 'image', 'video', 'read', 'more',
  'click', 'comment', 'comments', 'share', 'home', 'news', 'category', 'welcome', 'time', 'figure', 'live', 'chat',
  'same', 'tag', 'author', 'data', 'event', 'calendar', 'advertisement', 'subscribe', 'login', 'sign', 'menu',
  'search', 'related', 'tags', 'previous', 'print', 'email', 'follow', 'copyright', 'reserved', 'rights', 'terms',
  'privacy', 'policy', 'cookies', 'cookie', 'homepage', 'western', 'eastern', 'northern', 'southern', 'soviet', 'multiple',
  'post', 'update', 'updated', 'breaking', 'exclusive', 'opinion', 'analysis', 'state', 'states', 'parties', 'watch', 'listen',
  'editorial', 'explainer', 'factbox', 'photos', 'videos', 'podcast',
  'those', 'thank', 'please', 'first', 'second', 'third', 'one', 'two', 'three',
]);

/** Words of page furniture: a run made only of these is never an entity. */
export const FURNITURE = new Set([
  'live chat', 'news category', 'your position', 'comment', 'comments', 'home', 'source', 'photo', 'figure',
  'event calendar', 'same tag', 'same category', 'same author', 'no data', 'no videos available', 'read more',
  'related articles', 'share', 'subscribe', 'advertisement', 'click', 'industry news',
]);

/** Nouns after a demonym that make the demonym stand for its country ("the Russian side"). */
export const DEMONYM_STATE_NOUNS = new Set([
  'side', 'authorities', 'authority', 'government', 'officials', 'leadership', 'leaders', 'forces', 'troops',
  'army', 'military', 'delegation', 'embassy', 'territory', 'state', 'administration', 'diplomats', 'diplomacy',
  'regime', 'parliament', 'lawmakers', 'navy', 'counterparts', 'counterpart', 'border', 'soil', 'economy',
  'people', 'nation', 'republic', 'officials', 'prosecutors', 'president', 'leader', 'spokesman', 'spokesperson',
  'capital', 'airstrike', 'airstrikes', 'strike', 'strikes', 'offensive', 'shelling', 'bombardment', 'invasion',
]);
/** Arms a demonym before them stands for its state only when they strike: "Russian missile strikes", not "Iranian drones" (which may be sold). */
export const DEMONYM_ARMS = new Set(['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'air', 'artillery', 'warplane', 'warplanes', 'jet', 'jets']);
