/**
 * Events: trigger words (by wink lemma and POS) per event type, participants from the mentions around
 * the trigger (possessor, subject, "to"/"with"/"for" objects), the date nearest the trigger, named events
 * (Battle of X, X Forum), treaty lifecycle events derived from PARTY_TO / MEMBER_OF facts, Statement events
 * for reported speech with the speaker as agent, and PART_OF links from activities to the visit they
 * happen during.
 */
import type { EventType } from '../model/ontology';
import { FRONTED_PHRASE, opensClause, ownsNext, POSSESSIVE_AFTER, POSSESSIVE_TOKEN, root, sentenceDates, type Ctx, type MentionDraft } from './draft';
import type { FoundDate } from './dates';
import type { Token } from './tokens';
import { COMPASS_ADJECTIVES, SEA_WORDS, TITLES } from './gazetteer/lexicon';
import { countryGazetteer } from './gazetteer/countries';
import { titleLengthAt } from './names';
import { titleFact } from './titleFact';
import { lookupTable } from '../model/lookupTable';

export interface EventDraft {
  type: EventType;
  name: string;
  date?: string;
  trigger: string;
  triggerStart: number;
  agents: number[];
  targets: number[];
  locations: number[];
  partOf?: number; // index into the event list
  sentence: number;
  confidence: number;
  /** the person whose office this event ends (a removal, an ouster): they hold it no more */
  endsOffice?: number;
}

const VISIT = new Set(['visit', 'trip', 'travel', 'tour']);
/** before a visit or travel that does not happen: avoided, refused, barred, called off */
const VISIT_AVOIDED = /\b(?:avoid\w*|refus\w*|declin\w*|skip\w*|unable\s+to|banned\s+from|barred\s+from|prevent\w*\s+(?:\w+\s+)?from|cancel\w*|call\w*\s+off|postpon\w*|forbid\w*|forbade)\s+(?:(?:to|his|her|their|its|a|an|the|planned|mostly|largely|all|any|further)\s+){0,2}$/i;
/** after a visit that did not happen: "Modi's visit to Moscow was cancelled" */
const VISIT_CANCELLED_AFTER = /^[^,.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+(?:cancell?ed|called\s+off|postponed|scrapped|shelved)\b/i;
const MEETING = new Set(['talk', 'talks', 'meeting', 'meet', 'summit', 'negotiation', 'negotiations']);
const COMMEMORATION = new Set(['anniversary', 'celebration', 'celebrations', 'celebrate', 'commemoration', 'commemorate', 'commemorating', 'memorial', 'ceremony']);
const ELECTION = new Set(['elect', 'elected', 'election', 'elections', 're-elected', 're-elect', 'reelected']);
/** a vote in a legislature or a council, or on a law: no election ("Thursday's vote in the European Parliament", "approved the law in Monday's vote") */
const LEGISLATIVE_VOTE_AT = /^\s+(?:in|at|of|by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:['’]s)?\s+){0,3}(?:parliament|council|assembly|senate|congress|knesset|duma|bundestag|house|lawmakers|legislators|MPs|deputies)\b/iu;
const LAW_PASSED = /\b(?:approv|pass|adopt|reject)\w*\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:law|bill|resolution|pact|motion|budget|amendment)\b/i;
const SANCTION = new Set(['sanction', 'sanctions', 'sanctioned', 'blacklist', 'blacklists', 'blacklisted', 'blacklisting']);
const RATIFY = new Set(['ratify', 'ratified', 'ratifies', 'ratifying', 'ratification']);
/** explosions and blasts: attacks only when set off against someone (armedAttack), not a gas explosion */
const EXPLOSIONS = ['explosion', 'explosions', 'blast', 'blasts'];
/** attacks and bombings: battles when armed (armedAttack) */
const ATTACKS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'massacre', 'ambush', ...EXPLOSIONS]);
const OTHER = new Set([
  'coup', 'annexation', 'invasion', 'hostilities', 'independence', 'ruling', 'verdict', 'hearing', 'hearings', 'referendum', 'sentence', 'sentenced',
  'offensive', 'fighting', 'clash', 'clashes', 'skirmish', 'skirmishes', 'firefight', 'shelling', 'bombardment', 'ceasefire', 'cease-fire', 'truce',
  'airstrike', 'airstrikes', 'war', 'standoff', 'stand-off', ...ATTACKS,
]);
/** before an invasion that has not happened: feared, planned, threatened, deterred, possible */
const INVASION_UNREAL = /(?:\b(?:fear\w*(?:\s+of)?|threat\s+of|threaten\w*|possib\w*|potential|prevent\w*|deter\w*|plan\w*(?:\s+for)?|prepar\w*\s+for|warn\w*\s+of|risk\s+of|any|imminent|future|looming)|\b(?:would|could|may|might|can|will|to)\s+(?:\w+\s+)?(?:launch|attempt|stage|mount|order|begin|start|undertake|carry\s+out))\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** after an invasion only foreseen: "an invasion by China is more likely in 2027", "A Chinese invasion of Taiwan would" */
const INVASION_FORESEEN_AFTER = /^\s+(?:(?:of|by)\s+[^,.;]{1,30}?\s+)?(?:is\s+|was\s+)?(?:(?:more|less|most|increasingly)\s+)?(?:likely|unlikely|possible|would|could|might|may)\b/i;
/** wars of another kind, by the word before ("a trade war") or after ("a war of words", "the war on drugs") */
const NOT_WAR_BEFORE = /^(drug|drugs|trade|price|tariff|cold|culture|currency|information|propaganda|legal|political|bidding|turf|talent|world|tech|chip|subsidy|words)$/;
const NOT_WAR_AFTER = /^\s+(?:of\s+words|(?:on|against)\s+(?:drugs|terror|terrorism|crime|poverty|corruption|disinformation|cancer|inflation))\b/i;
/** a war or an invasion named as the time or cause of something else ("since the start of Israel's war", "sanctions over") */
const WAR_BACKDROP = /\b(?:since|amid|during|throughout|because\s+of|due\s+to|over|after|before)\s+(?:the\s+(?:start|beginning|outbreak|end|course)\s+of\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** battle words news also uses for quarrels: a battle only with arms around them (armedClash) */
const FIGURATIVE_BATTLES = new Set(['clash', 'skirmish', 'skirmishes']);
const ARMED = /^(troops|forces|soldiers|army|armies|militants|rebels|fighters|gunmen|militia|militias|guards|police|border|armed|killed|killing|wounded|injured|dead|died|gunfire|shots|fire)$/;
/** a word that opens another clause between a trigger and a name after it */
const CLAUSE_OPENER = /\b(?:after|before|when|while|because|since|following|until|whereas)\b/i;
/** between missiles fired and what they are fired at: "at the northern city of" */
const MISSILE_AT = new RegExp(`^\\s*(?:,[^,]*,\\s*)?(?:at|on|into|toward|towards|against)\\s+(?:the\\s+)?(?:(?:${COMPASS_ADJECTIVES})\\s+)?`, 'i');
/** before a place that is where a fight is, not its target: "in eastern Ladakh", "near the border town of Rafah" */
const PLACE_KIND_OF = '(?:(?:border|frontier|coastal|port)\\s+)?(?:(?:town|city|village|region|province|area)\\s+of\\s+)?$';
const PLACE_BEFORE = {
  in: new RegExp(`\\b(?:in|at|near)\\s+(?:the\\s+)?(?:(?:${COMPASS_ADJECTIVES})\\s+)?${PLACE_KIND_OF}`, 'i'),
  near: new RegExp(`\\bnear\\s+(?:the\\s+)?(?:(?:${COMPASS_ADJECTIVES})\\s+)?${PLACE_KIND_OF}`, 'i'),
};
/** right before a clash, words that make it one of arms ("a deadly clash", "military clashes"), not near it ("a clash between the military junta and ECOWAS over sanctions") */
const ARMED_BEFORE = /^(deadly|military|bloody|violent|fatal|armed)$/;

/** Are there arms within a few words of a clash at token t, and is it no trade, diplomatic or political clash? */
function armedClash(toks: Token[], t: number, ta: number, tb: number): boolean {
  if (t - 1 >= ta && /^(trade|diplomatic|verbal|political|legal|cultural|personality|tariff)$/.test(toks[t - 1].lower)) return false;
  if (t - 1 >= ta && ARMED_BEFORE.test(toks[t - 1].lower)) return true;
  for (let k = Math.max(ta, t - 8); k < Math.min(tb, t + 9); k++) if (ARMED.test(toks[k].lower)) return true;
  return false;
}

/** what makes an attack an armed one, right before it ("a terror attack", "a suicide bombing", "an arson attack") */
const ATTACK_ARMS = /^(terror|terrorist|suicide|bomb|gun|knife|arson|missile|drone|rocket|mortar|grenade|militant|armed|deadly|chemical|shooting|car-bomb|jihadist|insurgent|rebel|military)$/;
/** attacks of no arms: "a heart attack", "a verbal attack", "attacks on the press" */
const ATTACK_NOT_ARMS = /^(heart|panic|asthma|cyber|verbal|personal|political|rhetorical|legal|media|ransomware|hacking|phishing)$/;
/** words of violence in a sentence with an attack in it: a bombing or an attack that killed, wounded, set fire */
const VIOLENCE = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|wounded|injur(?:ed|ies|ing)|casualties|gunm[ae]n|bombers?|explosions?|blasts?|set\s+fire|shot|shooting|hostages?|massacred?|terror(?:ist|ism)?|militants?|arson|drones?|missiles?|rockets?|shells?|gunfire|claimed\s+responsibility|repell?(?:ed|ing)?)\b/i;
/** an attack that did not happen (yet): "foiled a terror attack", "a planned attack", "possible attacks" */
const ATTACK_NOT_YET = /^(?:foiled|foil|thwarted|thwart|prevented|prevent|planned|planning|plotted|plotting|plot|possible|potential|feared|fears|expected|imminent|threatened|threat|would-be|warned|risk)$/;

/**
 * Is the attack at token t an armed one that happened: armed by the word before it or by violence near it (in the
 * sentence, within 80 characters either side), not foiled, planned or only possible; a bombing always is.
 */
function armedAttack(toks: Token[], t: number, ta: number, v: { start: number; text: string }): boolean {
  for (let k = Math.max(ta, t - 3); k < t; k++) if (ATTACK_NOT_YET.test(toks[k].lower)) return false;
  const low = toks[t].lower;
  const prev = t - 1 >= ta ? toks[t - 1].lower : '';
  const at = toks[t].start - v.start;
  const near = v.text.slice(Math.max(0, at - 80), at + low.length + 80);
  if (EXPLOSIONS.includes(low)) return toks[t].pos === 'NOUN' && !NOT_SET_OFF.test(near) && (ATTACK_ARMS.test(prev) || SET_OFF.test(near));
  if (low !== 'attack' && low !== 'attacks') return true;
  if (ATTACK_NOT_ARMS.test(prev)) return false;
  return ATTACK_ARMS.test(prev) || VIOLENCE.test(near);
}
/** near an explosion, what makes it an attack and no accident: "explosions targeting churches", "suicide bombers", "claimed responsibility" */
const SET_OFF = /\b(?:target(?:ed|ing|s)?|suicide|bomb(?:s|er|ers)?|terror\w*|attack(?:s|ed|ers?)?|claimed\s+responsibility|militants?|shelling)\b/i;
/** between an explosion and where it struck: "rocked ", "targeting churches ... in " */
const EXPLOSION_STRUCK = /^[^,;.]{0,80}?\b(?:rocked|rock|rocks|hit|hits|struck|strikes|shook|shake|shakes|in)\s+(?:the\s+)?$/i;
/** near an explosion, what says it was none: "ruled out terrorism", "was not a terrorist attack", "a gas leak", "a factory" */
const NOT_SET_OFF = /\b(?:ruled\s+out|not\s+(?:an?\s+)?(?:terror\w*|attack|sabotage)|no\s+(?:sign|evidence)\s+of|accident(?:al|ally)?|gas\s+leak|leak|factory|plant|depot|mine|refinery|launch\s+pad|fireworks)\b/i;
/** what an attack's maker does to it, between the maker and the attack ("Hezbollah claimed the attack", "Iran launched a
 * missile attack", "gunmen carried out an attack"): the sentence's subject makes it only so, not who mourns, avenges or
 * is blamed for it ("France mourned the victims of the attack", "Russia blamed Ukraine for the attack") */
const ATTACK_MADE = /^\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:\p{L}+ly|also|then)\s+)?(?:claimed|claims|claiming|launched|launches|launching|carried\s+out|carries\s+out|staged|stages|conducted|conducts|mounted|mounts|directed|directs|orchestrated|perpetrated|committed|made|makes|began|started|unleashed)\s+(?:(?:responsibility|credit)\s+for\s+)?(?:(?:the|an?|its|their|his|her|a\s+series\s+of)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** an office taken ("X was sworn in as president", "X was inaugurated") or lost ("X was impeached", "Congress voted to remove X from office") */
const OFFICE_TAKEN = new Set(['sworn', 'inaugurated', 'appointed']);
const OFFICE_LOST = new Set(['impeach', 'impeached', 'impeaches', 'impeachment', 'remove', 'removed', 'removes', 'oust', 'ousted', 'ousts', 'deposed', 'depose']);
/** an office given up by its holder: "X resigned", "X has stepped down" (the subject of an active verb) */
const OFFICE_LEFT = new Set(['resigned', 'resigns', 'stepped', 'steps', 'resignation']);
/** before "his resignation": "tendered", "handed in", "submitted", "announced" (not "offered", "called for") */
const RESIGNATION_GIVEN = /^(tendered|tenders|submitted|submits|announced|announces|handed|hands)$/;
/** a person's death: "X was killed", "X was assassinated", "X died" */
const DEATH = new Set(['killed', 'assassinated', 'died', 'dies', 'shot', 'gunned']);
/** an auxiliary of the passive before the verb ("was impeached", "has been removed"; a bare "be" is never news: "could be impeached") */
const PASSIVE_AUX = /^(is|was|were|are|been|being|get|got)$/;
/** "by" within a few words after a verb, and its article: where namedBy looks for the actor */
const byWithin = (words: number, indefinite: boolean) => new RegExp(`^\\s+(?:[\\p{L}.'’-]+\\s+){0,${words}}?by\\s+(?:${indefinite ? 'an?\\s+|' : ''}the\\s+)?`, 'u');
const BY_NEAR = byWithin(3, false);
const BY_NEAR_ANY = byWithin(3, true);
const BY_FAR = byWithin(5, false);
/** "signed in Hanoi by both China and Vietnam", "signed on 17 January by Russia and Iran" */
const SIGNED_BY = /^\s+(?:[\p{L}\d.'’-]+\s+){0,4}?by\s+(?:both\s+)?(?:the\s+)?/u;
/** between the holder and the verb: "X was", "X, who was", "X has been", "X," */
const HOLDER_BEFORE = /^\s*(?:,\s*(?:who\s+)?)?(?:(?:has|have|had)\s+)?(?:(?:was|were|is|are|been|got)\s+)?(?:(?:formally|officially)\s+)?$/;
/** the days and months, for the patterns below that a date may interrupt or end */
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** after "vote": a parliament's motion, not an election ("of no confidence", "on the budget"; "on January 13" is a date) */
const MOTION = new RegExp(`^\\s+(?:of\\s+(?:no\\s+)?confidence|on(?!\\s+(?:${WEEKDAYS}|${MONTHS}|\\d))|to|against|in\\s+favou?r)\\b`, 'i');
/** between "sworn"/"inaugurated" and the office's country: "in as Peru's", "as president of" */
const AS_OFFICE_OF = new RegExp(`^\\s+(?:in\\s+)?(?:(?:on\\s+)?(?:${WEEKDAYS}|today|yesterday)\\s+)?as\\s+(?:the\\s+)?(?:(?:[\\p{L}\\d-]+\\s+){0,3}(?:of|for)\\s+(?:the\\s+)?)?$`, 'iu');

/** between "appointed" and the office's country, "as" maybe: "appointed Iran's", "appointed as president of" */
const APPOINTED_OFFICE_OF = /^\s+(?:as\s+)?(?:the\s+)?(?:(?:[\p{L}\d-]+\s+){0,3}(?:of|for)\s+(?:the\s+)?)?$/iu;
/** words between "as" and the office that say nothing of it: "as Botswana's sixth president", "as the new prime minister" */
const OFFICE_FILLER = new RegExp(`^(in|as|on|${WEEKDAYS}|today|yesterday|the|a|an|'s|’s|new|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|interim|acting|country|nation)$`);

/** a state sends another's diplomats home: "Canada expels Indian diplomats", "expelled the German ambassador" */
const EXPEL = new Set(['expel', 'expels', 'expelled', 'expelling']);
/** a state calls in another's envoy to protest: "Germany summoned the Russian ambassador", "X was summoned to the Foreign Ministry" */
const SUMMONED = new Set(['summon', 'summons', 'summoned', 'summoning']);
/** an envoy's title, the word a summoning takes */
const ENVOY_WORD = /\b(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomat|consul(?:\s+general)?|high\s+commissioner)\b/i;
/** what is expelled for the act to be diplomatic: up to four words, then the envoys */
const ENVOYS = /^\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|consuls?|attach[eé]s?|embassy staff|charg[eé] d['’]affaires)\b/iu;
/** relations cut or established: "cut diplomatic ties with Taipei", "restored relations with Iran" */
const RELATIONS_BROKEN = new Set(['cut', 'cuts', 'cutting', 'sever', 'severs', 'severed', 'severing', 'broke', 'break', 'breaks', 'breaking']);
const RELATIONS_MADE = new Set(['establish', 'establishes', 'established', 'establishing', 'restore', 'restores', 'restored', 'restoring', 'resume', 'resumes', 'resumed', 'resuming', 'normalise', 'normalised', 'normalize', 'normalized']);
/** after such a verb: "(off) (its) (diplomatic) ties/relations with" */
const RELATIONS_WITH = /^\s+(?:off\s+)?(?:(?:its|their|full|formal)\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with\s+(?:the\s+)?/i;
/** before a verb, that it was agreed: "agreed on Tuesday to immediately", "agreed to resume contacts and" */
const AGREED_TO = /\b(?:agreed|agree|agrees)\s+(?:(?:on\s+|in\s+)?\p{Lu}\p{Ll}+\s+|on\s+\w+\.?\s+\d+\s+)?to\s+(?:[^.;,]{1,40}?\s+and\s+)?(?:(?:immediately|formally|fully|officially|jointly)\s+)?$/u;
/** an international body decides: "voted to extend the mandate", "approved a Kenyan-led mission", "adopted a resolution" */
const DECIDED = new Set(['voted', 'approved', 'approves', 'adopted', 'adopts', 'extended', 'extends', 'authorised', 'authorized', 'authorises', 'authorizes']);
/** what such a decision is about, within a few words after the verb */
const DECISION_OBJECT = /^\s+(?:(?:unanimously|overwhelmingly)\s+)?(?:to\s+\p{L}+\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:mission|missions|resolution|resolutions|mandate|deployment|force|peacekeepers|membership|accession|budget|plan|measures)\b/iu;
/** "(have) established (full) diplomatic relations" with no "with": between the subjects */
const RELATIONS_MUTUAL = /^\s+(?:(?:full|formal)\s+)?(?:diplomatic\s+)?(?:ties|relations)\b(?!\s+with)/i;
/** "ran for president in 2014 and 2019", "ran for re-election" (a candidacy that happened) */
const RAN_FOR = /^\s+for\s+(?:the\s+)?(?:president|presidency|prime minister|office|parliament|re-?election|a\s+(?:second|third|fourth|new)\s+term|governor|mayor|senate|congress)\b/i;

/** before "his arrest" or "the arrest of X" that is only wanted, feared or escaped: "called for his arrest", "evaded arrest" */
const ARREST_SOUGHT = /\b(?:call(?:ed|s|ing)?\s+for|(?:warrants?|orders?|requests?|bids?|demands?|pleas?|motions?|appeals?)\s+for|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|order(?:s|ed|ing)?|urg(?:e|es|ed|ing)|want(?:s|ed)?|push(?:ed|es|ing)?\s+for|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|fear(?:s|ed|ing)?|risk(?:s|ed|ing)?|avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|resist(?:s|ed|ing)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|threaten(?:s|ed|ing)?\s+with|(?:carry|carried|carrying)\s+out|execut(?:e|es|ed|ing))\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
/** an arrest only possible or to come: "the possible arrest of X", "his imminent arrest" */
const ARREST_NOT_YET = /^(?:possible|potential|imminent|expected|planned|threatened|looming|eventual|future|feared|attempted|proposed)$/;
/** between the one held and "arrested"/"detained" in the passive: "X was detained", "X, a Californian who had been arrested", "X, the founder of Telegram, was later detained" */
const PASSIVE_SUBJECT_GAP = /^\s*(?:,\s*[^,;()]{1,60}?,\s*|,\s*(?:(?:an?|the)\s+[\p{L}'’ -]{1,40}?\s+)?who\s+)?(?:(?:has|have|had)\s+)?(?:(?:is|was|were|are|been|being|got|gets)\s+)?(?:(?:\p{L}+ly|also|later|first|then|again|subsequently|eventually|soon|once|twice|since|recently|previously|reportedly)\s+){0,2}(?:been\s+)?$/u;
/** legal actions a party brings against another: "filed complaints with the WTO against the United States" */
const COMPLAINTS = new Set(['complaint', 'complaints', 'lawsuit', 'lawsuits']);
/** before a complaint's noun, the verb that brings it: "filed a complaint", "have lodged formal complaints", "brought a lawsuit" */
const COMPLAINT_FILED = /\b(?:filed|files|filing|lodged|lodges|lodging|brought|brings|bringing|submitted|submits|launched|launches)\s+(?:(?:a|an|the|its|their|two|new|formal|separate|legal|joint)\s+){0,2}$/i;
/** before a complaint's verb, what says it is not (yet) filed: "is considering filing", "plans to lodge", "denied that it had brought" */
const COMPLAINT_NOT_YET = /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|threaten(?:s|ed|ing)?\s+to|prepar(?:es|ed|ing)\s+to|den(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:had|has|have)|not)\s+(?:\p{L}+\s+){0,2}$/iu;
/** between a complaint's filer and its verb: nothing, an aside, "said (on Tuesday) (that) it had", an auxiliary or adverb */
const FILER_GAP = /^\s*(?:,[^;]{1,100}?,\s*)?(?:(?:said|says|announced)(?:\s+on\s+\p{L}+)?\s+(?:that\s+)?(?:they|it|he|she)\s+)?(?:(?:has|have|had|also|formally|officially|jointly|now|already|on\s+\p{L}+)\s+)*$/iu;
/** before a meeting's noun, the verb of those who attend it: "attended the talks", "were present at Friday's talks", "took part in the summit" */
const ATTENDED_BEFORE = /\b(?:attend(?:ed|s|ing)?|(?:took|take|takes|taking)\s+part\s+in|participat(?:ed|es|ing|e)\s+in|(?:was|were|is|are)\s+present\s+at)\s+(?:(?:the|a|an|this|that|these|those|\p{L}+['’]s?)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** those "from" a state who attend for it: "delegations from Britain, China and Iran" */
const ATTENDING_OFFICIALS = /^(?:delegations?|delegates|officials|representatives|ministers|leaders|heads|envoys|diplomats|negotiators|teams?)$/i;
/** between a person and "under (house) arrest": "X is", "X, who was placed", "X has been kept" */
const HELD_BEFORE = /^\s*(?:,\s*(?:who\s+)?)?(?:(?:has|have|had)\s+)?(?:(?:is|was|were|are|been|remains|remained)\s+)?(?:(?:already|still|now|currently)\s+)?(?:(?:placed|put|kept|held)\s+)?$/;
/** after "sentenced": the person maybe, then the penalty ("to five years in prison", "to life", "to death") */
const SENTENCED_TO = /^\s+(?:[\p{L}.'’-]+\s+){0,6}?to\s+(?:\d|life\b|death\b|prison\b|jail\b|(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:years?|months?|weeks?|days?|prison|jail|imprisonment|term)\b)/iu;

/** after "convicted": the person maybe, a date maybe, then what of ("in 2021 of attempting to bribe a judge") */
const CONVICTED_OF = /^\s+(?:[\p{L}\d.'’-]+\s+){0,6}?of\s+[\p{L}\d]/iu;

/** between a visitor and the light verb: auxiliaries and adverbs only */
const LIGHT_SUBJECT_GAP = /^\s*(?:(?:will|would|shall|may|might|can|could|is|was|are|were|has|have|had|be|been|due|set|to|expected|also|then|later|soon|first|now)\s+)*$/i;
/** the light verbs of a visit: "pay a visit", "made a state visit", "began his visit" */
const VISIT_VERBS = /^(pay|pays|paid|paying|make|makes|made|making|begin|begins|began|begun|beginning|start|starts|started|end|ends|ended|conclude|concludes|concluded|undertake|undertook|undertakes)$/;

/** before a gerund whose subject is the sentence's: "by signing", "after signing" */
const GERUND_LEAD = /^(by|after|before|while|upon|when)$/;

/** between "coup" and what it overthrows */
const COUP_TARGET = /^\s+(?:(?:attempt|plot|d['’]état)\s+)?(?:against|in|of|on|(?:that|which)\s+(?:deposed|ousted|overthrew|toppled|removed))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** before a referendum only wanted: "called for a referendum", "demanded a second independence referendum" */
const REFERENDUM_SOUGHT = /\b(?:call(?:ed|s|ing)?\s+for|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|plann?(?:ed|ing)|plans|want(?:s|ed)?|push(?:ed|es)?\s+for|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|rul(?:ed|es)\s+out)\s+(?:(?:a|an|the|another|new|fresh|second|third|possible)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;
/** which OTHER words are really battles or agreements */
const OTHER_TYPE: Record<string, EventType> = lookupTable({
  offensive: 'Battle', fighting: 'Battle', clash: 'Battle', clashes: 'Battle', skirmish: 'Battle', skirmishes: 'Battle', firefight: 'Battle',
  shelling: 'Battle', bombardment: 'Battle', ceasefire: 'Agreement', 'cease-fire': 'Agreement', truce: 'Agreement', airstrike: 'Battle', airstrikes: 'Battle',
  strike: 'Battle', strikes: 'Battle', war: 'Battle', invasion: 'Battle', referendum: 'Election',
  attack: 'Battle', attacks: 'Battle', bombing: 'Battle', bombings: 'Battle', massacre: 'Battle',
  explosion: 'Battle', explosions: 'Battle', blast: 'Battle', blasts: 'Battle', ambush: 'Battle',
});
/** between a strike and what it hits */
const STRIKE_TARGET = /^\s+(?:on|against|at|targeting|hitting)\s+(?:the\s+|an?\s+)?(?:(?!(?:in|near|on|at|outside|inside|by|over|across|from|of)\s)[\p{L}-]+\s+){0,2}$/iu;
/** what makes a strike an armed one ("an air strike", "a drone strike"), not a walkout or a deal struck */
const STRIKE_ARMS = /^(air|drone|missile|rocket|artillery|military|naval|aerial|retaliatory|precision)$/;
/** right after a strike, what an armed one does: "a strike targeting", "strikes killed" */
const STRIKE_DOES = /^(targeting|targeted|targets|killed|kills|killing|wounded|destroyed)$/;
/** right after a passive verb or a noun, its actor: " by ", " by the " ("vetoed by Russia", "the tests by Pyongyang") */
const BY_RIGHT_AFTER = /^\s+by\s+(?:the\s+)?/i;
/**
 * between a subject and its verb: a relative word, a day, a time, an adverb or an auxiliary ("on Wednesday", "has
 * repeatedly", "also", "had earlier", ", which"): a veto's caster, the parties who discussed
 */
const SUBJECT_GAP = /^\s*(?:,\s*(?:which|that|who)\s+)?(?:(?:on\s+\w+|has|have|had|also|again|repeatedly|twice|once|previously|earlier|briefly|then|reportedly|further|last\s+\w+|this\s+\w+|already)\s+){0,3}$/i;
/** the weapon before a test that makes it one: "nuclear tests", "five underground nuclear tests", "a ballistic missile test" */
const WEAPON_TEST_BEFORE = /\b(nuclear|atomic|missile|ballistic\s+missile|hypersonic|ICBM|rocket|weapons?)\s+$/i;
/** before a test only feared, planned or banned: "preparing a nuclear test", "a ban on nuclear tests", "could conduct a test" */
const TEST_WANTED = /\b(?:prepar\w*|plann?\w*|threat\w*|fear\w*|ban(?:s|ned)?(?:\s+on)?|moratorium\s+on|could|would|may|might|will|possible|resum\w*|against|not|never|no|denied|denies|deny)\b[^.;]{0,40}$/i;
/** nouns and verbs whose "with" names a topic's other side, not whom one talked to: "relations with China", "deal with Iran" */
const TOPIC_WITH = /^(?:relations|ties|trade|cooperation|deal|dealing|talks|negotiations|war|conflict|tensions|agreement|border|dispute|partnership|alliance|friction|rift|feud|standoff|engagement)$/i;
/** between a visit and the country visited, its leader or government: " the Prime Minister of ", " the leaders of the " */
const VISITED_LEADER_OF = /^\s+(?:the\s+)?(?:prime\s+minister|president|king|queen|emir|sultan|leaders?|government|head\s+of\s+state|authorities)\s+of\s+(?:the\s+)?$/i;
/** before a strike, how an armed one is told as done: "conducted a strike", "carried out strikes" */
const STRIKE_CONDUCTED = /\b(?:conducted|conducts|conducting|carried\s+out|carries\s+out|carrying\s+out)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** strikes of no arms, by the word before: "a hunger strike", "a general strike", "a lightning strike", "late strikes" */
const STRIKE_NOT_ARMS = /^(?:hunger|general|warning|lightning|labou?r|national|nationwide|rail|transport|sympathy|wildcat|teachers['’]?|workers['’]?|doctors['’]?|nurses['’]?|one-day|two-day|three-day|24-hour|48-hour|late|early|penalty|free|goal|first|second|third|pre-emptive\s+labour|student|students['’]?|climate|union|tax|rent|sit-down|bowling)$/;
/** a sentence that speaks of arms or their toll, around a strike told by what it did: "Israel's military said it conducted a strike targeting senior Hamas leaders" */
const ARMS_CONTEXT = /\b(?:military|army|armed\s+forces|forces|troops|air\s+force|navy|jets?|warplanes?|missiles?|drones?|rockets?|bombs?|militants?|rebels?|insurgents?|fighters|Houthi|Hamas|Hezbollah|targets|killed|killing|dead|wounded|casualties)\b/;
const AGREEMENT_MADE = /\b((?<!\b(?:a|no|any|the|clear|first)\s)sign(?!\s+(?:that|of)\b)|signs(?!\s+(?:that|of)\b)|signed|signing|reach|reached|reaching|agree|agreed|agrees|strike|struck|conclude|concluded|finali[sz]e|finali[sz]ed|finali[sz]ing|ink|inked|clinch|clinched|seal|sealed|broker|brokered|declared|announced)\b/i;
/** after an agreement's own words, that it holds now: "A ceasefire between X and Y, mediated by Z, came into effect",
 * "A free trade agreement between China and Serbia came into force" */
const IN_EFFECT_AFTER = /^(?:\s+(?:in|on|for)\s+[^,;.]{1,40}?)?(?:\s+between\s+[^,;.]{1,60}?)?(?:\s*,\s*(?:mediated|brokered)\s+by\s+[^,;.]{1,60},)?\s+(?:has\s+|had\s+|finally\s+|officially\s+)?(?:came|comes|went|goes|entered|enters|took|takes)\s+(?:into\s+)?(?:effect|force)\b/i;
const COURT_WORDS = new Set(['ruling', 'verdict', 'hearing', 'hearings', 'sentence', 'sentenced']);
const AGREEMENT = new Set(['agreement', 'deal', 'accord', 'memorandum']);
/** right after a state's name: it brokered what follows ("the U.S.-mediated agreement", "a Qatari-brokered deal") */
const MEDIATOR_AFTER = /^-(?:mediated|brokered|backed|sponsored|facilitated|led)\b/i;
/** between two subjects joined by "and" and an agreement: their own verb, made ("on Thursday finalized the historic") */
const SUBJECTS_MADE = /^[^,;:]{0,40}?\b(?:finali[sz]ed|formali[sz]ed|reached|struck|concluded|clinched|sealed|agreed\s+(?:on|to))\s+(?:an?|the|their|its)\s+(?:(?!of\b|on\b|in\b|over\b|about\b|for\b|with\b)[^\s,;:]+\s+){0,6}$/i;
/** words that make the subjects' agreement not (yet) made: "have not reached", "could have finalized", "almost" */
const NOT_MADE = /\b(?:not|never|no|nor|yet|could|would|might|may|almost|nearly|failed|fail|hope|hoped|seek|sought|aim|aims|want|wants|try|tried|trying|close\s+to)\b|n['’]t\b/i;
/** what is signed, in the words after "signed" or before "was signed" (not a decree or a law: those are enacted) */
const SIGNED_WORDS = String.raw`documents?|agreements?|deals?|memorand(?:um|a|ums)|treat(?:y|ies)|accords?|pacts?|declarations?|protocols?|conventions?|charters?|cease-?fires?|truces?|armistices?`;
/** after "the signing": "of a peace accord between (the)": the parties follow */
const SIGNING_OF = new RegExp(String.raw`^\s+of\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:${SIGNED_WORDS})\b[^,;.]{0,40}?\s+between\s+(?:the\s+)?`, 'iu');
const SIGNED_TEXT = new RegExp(String.raw`\b(?:${SIGNED_WORDS})\b`, 'i');
const SIGNED_TEXT_BEFORE = new RegExp(String.raw`\b(?:${SIGNED_WORDS})\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|is|are|has been|had been|have been)\s+(?:\p{Ll}+ly\s+)?$`, 'iu');
const SPEECH = new Set(['say', 'tell', 'add', 'stress', 'announce', 'state', 'note', 'warn', 'claim', 'respond', 'reply', 'deny', 'insist', 'urge', 'explain', 'write', 'confirm', 'emphasize', 'emphasise', 'declare', 'report', 'call']);
const MODAL = new Set(['to', 'not', 'could', 'would', 'should', 'might', 'may', 'can', 'will', 'must', "n't", 'never']);
const PERSONISH = ['Person'];
const ACTORS = ['Person', 'Organization', 'Country'];

/** a missile or rocket fired: the verb, then a few words (an article, "alleged", "intercontinental ballistic") before it */
const LAUNCHED = new Set(['launched', 'launches', 'fired', 'fires', 'test-fired', 'test-fires']);
const MISSILE_AFTER = /^\s+(?:[\p{L}\d-]+\s+){0,4}?(missiles?|rockets?|ICBMs?)\b(?:\s*\([A-Z]{2,6}s?\))?(?:\s+and\s+(?:[\p{L}\d-]+\s+){0,2}?(?:drones?|rockets?|missiles?|shells?|mortars?|artillery|bombs?|grenades?))?(?=\s*(?:[,.;:)]|$)|\s+(?:at|on|into|toward|towards|against|from|over|across|in|near|that|which|off|early|late|overnight|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u;
/** a sea's name, where a missile falls ("the East Sea", "the Sea of Japan") */
const SEA_NAME = new RegExp(String.raw`\b(?:${SEA_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\b`);
/** where a fired missile falls without hitting the country ("into Japan's exclusive economic zone") */
const MISSILE_FALLS = /^['’]s\s+(?:exclusive\s+economic\s+zone|eez|waters|territorial\s+waters|air\s+defen[cs]e\s+identification\s+zone)/i;

/** before an impeachment only wanted or threatened */
const IMPEACHMENT_SOUGHT = /\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|urg(?:ed|es|ing)|push(?:ed|es|ing)?\s+for|threat(?:en(?:ed|s|ing)?)?|possible|potential|proposed|motion\s+for|bid\s+for|attempt(?:ed|s)?\s+at|vote\s+on|voted\s+on|pending|faces?|facing|reject(?:ed|s|ing)?|block(?:ed|s|ing)?|oppos(?:ed|es|ing)|avert(?:ed|s)?|surviv(?:ed|es)|fail(?:ed|s)?)\s+(?:the\s+|his\s+|her\s+|an?\s+)?(?:possible\s+|potential\s+)?$/i;

/** a body's founding in the passive ("was established in 1960") */
const FOUNDED_PASSIVE = new Set(['founded', 'established', 'created', 'formed']);

/** military exercises: "military drills", "the Malabar exercise", "joint naval exercises", "war games" */
const EXERCISE = new Set(['exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames', 'war-games', 'games']);
/** a word right before one that makes it a military exercise (not "an exercise in futility", "a fire drill") */
const EXERCISE_KIND = /^(military|naval|joint|air|army|combat|live-fire|war|defen[cs]e|amphibious|bilateral|trilateral|multilateral|annual|large-scale|massive|nuclear|missile|anti-submarine|maritime|tactical|field|artillery|navy|marine|exercise|(?:navy|army|military|air)-to-(?:navy|army|military|air))$/;
/** arms within a few words of an exercise word: it is one of armies */
/** the kinds that make an exercise military by themselves ("naval drills", "live-fire exercises"); others ("joint",
 * "annual") need arms around them or a state or an army holding them */
const EXERCISE_STRONG = /^(military|naval|air|army|combat|live-fire|war|defen[cs]e|amphibious|nuclear|missile|anti-submarine|maritime|artillery|navy|marine|(?:navy|army|military|air)-to-(?:navy|army|military|air))$/;
const EXERCISE_ARMS = /^(troops|soldiers|forces|navy|navies|warships|ships|jets|aircraft|fleet|fleets|army|armies|military|militaries|marines|sailors|battalions?|brigades?|submarines|tanks|missiles)$/;
/** who holds an exercise, before it: "NATO began drills", "China staged military exercises" */
const EXERCISE_HELD = /^(held|hold|holds|holding|host|hosts|hosted|hosting|open|opens|opened|opening|conduct|conducts|conducted|conducting|stage|stages|staged|staging|launch|launches|launched|launching|begin|begins|began|start|starts|started|starting|kick|kicked|carry|carried|carrying)$/;
/** a swap of prisoners: the noun or verb, with prisoners (or captives, POWs, detainees) within a few words */
const SWAP = new Set(['swap', 'swaps', 'swapped', 'swop', 'swops', 'swopped', 'exchange', 'exchanges', 'exchanged']);
const CAPTIVES = /^(prisoners?|pows?|detainees?|captives?|hostages?|inmates?)$/;
/** captives only right after the verb or noun ("exchanged 95 soldiers", "a swap of 100 servicemen"), not "exchanged fire, killing two soldiers" */
const CAPTIVES_NEAR = /^(soldiers|servicemen|bodies)$/;
/** what is exchanged without captives: "exchanged fire", "exchanged views" */
const EXCHANGED_NOT = /^\s+(?:of\s+)?(?:heavy\s+|small-arms\s+|artillery\s+|cross-border\s+)?(?:fire|gunfire|shots|blows|words|views|notes|letters|ideas|greetings|information|data|messages|documents|pleasantries|accusations|threats|barbs|insults|visits|experience|expertise|experts|rockets|missiles|strikes|drones|shells|rate|rates|market|markets|students|programmes?|programs?)\b/i;
/** street protests: "protests in Tbilisi", "a demonstration in front of parliament" (not a note of protest) */
const PROTEST = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'protested', 'demonstrated']);
/** before protests that have not been held: "called for protests", "planned protests", "banned protests" */
const PROTEST_WANTED = /\b(?:call(?:ed|s|ing)?\s+for|plann?(?:ed|ing)|threaten\w*|ban(?:s|ned|ning)?|prepar\w*\s+for|urg\w*|warn\w*\s+of|fear\w*|expect\w*|possible|potential|prevent\w*|forb[ai]d\w*|outlaw\w*)\s+(?:(?:a|an|the|of|mass|street|nationwide|large|big|more|further)\s+){0,2}$/i;
/** a protest a state lodges: "lodged a strong protest", "expressed its protest", "filed a formal protest" */
const PROTEST_LODGED = /\b(?:lodg|fil|sen[dt]|express|register|issu|deliver|hand|voic|rais|launch|summon)\w*\s+(?:(?:a|an|its|their|his|her|the|strong|formal|official|diplomatic|verbal|written|stern|firm)\s+){0,3}$/i;
/** before "protest": a diplomatic one, lodged or sent ("lodged a strong protest", "a formal protest"), or a motive ("in protest") */
const PROTEST_NOT = /^(lodged|lodge|lodges|lodging|filed|file|files|sent|send|formal|strong|strongly|diplomatic|official|verbal|written|in|under|without)$/;
/** a state annexes a territory */
const ANNEXED = new Set(['annex', 'annexes', 'annexed', 'annexing']);
/** a state invades another, or a territory (a Battle, like the noun "invasion") */
const INVADED = new Set(['invade', 'invades', 'invaded', 'invading']);
/** a state admitted to a body, or asking to be: "Cambodia's admission in 1999", "X applied for membership" */
const ADMISSION = new Set(['admission', 'applied', 'applies', 'apply']);
/** a status a body grants a state: "gave Georgia candidate status", "was granted observer status" */
const STATUS_KIND = /^(candidate|candidacy|observer|membership|member|associate|accession)$/;
const STATUS_GIVEN = /^(gave|give|gives|giving|granted|grant|grants|granting|awarded|conferred|received|receives|won|wins|obtained|gained|secured)$/;
/** a sentence that opens with the pair of people named before: "The two leaders held talks", "Both presidents met" */
const THE_LEADERS = /^\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers|foreign\s+ministers|men|women|heads\s+of\s+state)\s+(?!of\b)(?:(?:also|then|later|first|had|have|held|hold|will|would)\s+)*(?:(?!of\b)[\p{L}-]+\s+){0,3}$/u;
/** before "sign" or a deal's noun: a signing refused, pending or only possible */
const SIGNING_PENDING = /\b(?:refus\w*|reject\w*|yet|ready|willing|unwilling|would|could|might|may|will|plans?|planning|expected|set|due|hopes?|wants?|threaten\w*)\s+(?:to\s+)?(?:\w+\s+)?$/i;
/** before a relative named: "her husband X", "his son X" (a family's call is no meeting) */
const KIN_BEFORE = /\b(?:husband|wife|son|daughter|mother|father|brother|sister|family|friend|girlfriend|boyfriend|fianc[eé]e?|uncle|aunt|cousin)\s+$/i;
/** a call by telephone between leaders is a meeting: "during a phone call", "in a telephone conversation" */
const CALL_WORDS = new Set(['call', 'calls', 'conversation', 'conversations', 'talks', 'phone', 'telephone', 'phoned', 'telephoned']);
/** before a meeting only asked of others: "calling for the government and protesters to hold talks" */
const TALKS_ASKED = /\b(?:call(?:ed|s|ing)?\s+(?:on|for)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|invit(?:ed|es|ing)|encourag(?:ed|es|ing)|press(?:ed|es|ing)?)\b[^.;]{0,80}?\bto\s+(?:hold|start|begin|resume|open|enter(?:\s+into)?)\s+(?:direct\s+|peace\s+|new\s+)?$/i;
/** before talks ended rather than held: "called off", "broke off", "suspended", "pulled out of" (the talks) */
const TALKS_ENDED = /\b(?:call(?:ed|s|ing)?\s+off|br(?:oke|eak|eaks|eaking)\s+off|suspend(?:ed|s|ing)?|cancel(?:l?ed|s|ling)?|halt(?:ed|s|ing)?|froze|freez(?:es|ing)|pull(?:ed|s|ing)?\s+out\s+of|walk(?:ed|s|ing)?\s+out\s+of)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** after talks ended in the passive: " with the ELN were called off", " were suspended" */
const TALKS_ENDED_AFTER = /^\s+(?:(?:with|between)\s+[^,.;]{1,40}?\s+)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:called\s+off|broken\s+off|suspended|cancell?ed|halted|frozen)\b/i;
/** before "sanctions": sanctions taken away are no sanction ("agreed to suspend some sanctions", "sanctions relief") */
const SANCTIONS_LIFTED = /\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|suspend|suspends|suspended|suspending|remove|removes|removed|removing|waive|waives|waived|waiving|relax|relaxed|relaxing|end|ended|ending|scrap|scrapped|unfreeze)\s+(?:(?:some|all|the|its|their|of|most|many|several|certain|key|us|u\.s\.|eu|western|economic|oil|remaining)\s+){0,3}$/i;
/** a visit told by its arrival: "X landed in Rabat", "X arrived in Beijing on Monday" */
const ARRIVED = new Set(['landed', 'arrived', 'arrives', 'lands']);

/** every word that can start one of the checks below: most tokens are skipped at once */
const TRIGGER_WORDS = new Set([
  ...VISIT, 'visiting', ...MEETING, ...COMMEMORATION, 'laid', ...ELECTION, 'poll', 'polls', 'vote', 'runoff', 're-election', 'reelection', 'race', 'arrest', 'signing',
  ...SANCTION, ...RATIFY, ...AGREEMENT, ...OTHER, 'sign', 'signed', 'statement', ...SPEECH, 'warrant', 'warrants', 'arrested', 'detained',
  'strike', 'strikes', ...SUMMONED, ...OFFICE_TAKEN, ...OFFICE_LOST, ...OFFICE_LEFT, ...DEATH, ...EXPEL, ...RELATIONS_BROKEN, ...RELATIONS_MADE, 'ran', 'convicted', ...FOUNDED_PASSIVE, 'convened', 'convenes', ...LAUNCHED, ...DECIDED,
  ...EXERCISE, ...SWAP, ...PROTEST, ...ANNEXED, ...INVADED, ...ADMISSION, ...CALL_WORDS, ...ARRIVED, 'status', ...COMPLAINTS, 'discuss', 'discussed', 'discusses', 'discussing',
  'test', 'tests', 'vetoed', 'vetoes', 'veto', 'released', 'freed', 'releases', 'frees', 'extradition', 'extradited',
]);
/** after a mutual fight's word, up to its sides: its verb, its place, what the sides are ("broke out in south Kivu between two rebel groups – the ") */
const FIGHT_BETWEEN = /^\s+(?:(?:broke\s+out|erupted|flared(?:\s+up)?|raged|continued|resumed)\s+)?(?:(?:in|near|around|on)\s+[^,;.]{1,30}?(?<!\b(?:border|zone|line|frontier|boundary|area|corridor))\s+)?between\s+(?:(?:the\s+)?(?:two|rival|[\p{Ll}-]+)\s+(?:[\p{Ll}-]+\s+)?(?:groups|factions|forces|sides|militias|movements)\s*[–—:,-]\s*)?(?:the\s+)?/u;
/** after "meeting", up to the treaty whose parties meet: "in Vienna of States Parties to the ", "of the States Parties to the " */
const PARTIES_MEETING = /^\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?of\s+(?:the\s+)?(?:States?\s+Parties|[Pp]arties)\s+to\s+(?:the\s+)?/u;
/** after "extradition": up to the one extradited ("to China of the Uyghur activist ", "of ") */
const EXTRADITION_OF = /^\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)?of\s+(?:the\s+|former\s+)*(?:[\p{Ll}-]+\s+){0,3}/u;
/** before "extradition": one only sought, refused or fought ("requested the extradition", "fight extradition") */
const EXTRADITION_SOUGHT = /\b(?:seek\w*|sought|request\w*|demand\w*|call\w*\s+for|ask\w*\s+for|refus\w*|reject\w*|block\w*|oppos\w*|fight\w*|fought|appeal\w*\s+against|resist\w*|against|avoid\w*|fac\w*|possible|potential)\s+(?:(?:the|his|her|their|an|a)\s+)?$/i;
/** after "released"/"freed": captives ("40 political detainees", "the last of 11 journalists", "two French hostages") */
const CAPTIVES_FREED = /^\s+(?!no\b|none\b)(?:the\s+)?(?:last\s+of\s+(?:the\s+)?)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of|several|some|all|more\s+than\s+\d+)?\s*(?:(?!of\b)[\p{L}-]+\s+){0,2}(?:prisoners|detainees|activists|hostages|journalists|captives|POWs|dissidents|protesters|protestors)\b/u;
/** a veto cast as a noun: "have cast a double veto", "used its veto" (the light verb and what is between) */
const VETO_CAST = /\b(?:cast|casts|casting|used|uses|using|exercised|exercises|wielded|wields)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * One sentence as findEvents reads it. A class, not an object literal with getters: V8 keeps a literal
 * with accessors in dictionary mode (a hash look-up for every `v.mentions`, `v.text`), while instances
 * of a class share one fast hidden class and the getters live on the prototype.
 */
/** a determiner or a possessive token */
function determiner(x: Token | undefined): boolean {
  return !!x && (POSSESSIVE_TOKEN.test(x.text) || /^(?:the|a|an|its|their|his|her|our)$/.test(x.lower));
}

/**
 * Does "elected" at t qualify the noun after it, telling of no election ("Aung San Suu Kyi's elected government", "the
 * democratically elected president", "Egypt's first democratically elected president")? After a determiner or a
 * possessive, past up to two adverbs or ordinals; "newly elected president X" names an office whatever stands before
 * it; not "was democratically elected president" (ta, tb: the sentence's tokens).
 */
function electedQualifies(toks: Token[], t: number, ta: number, tb: number): boolean {
  if (t + 1 >= tb || toks[t + 1].pos !== 'NOUN') return false;
  const prev = t - 1 >= ta ? toks[t - 1] : undefined;
  if (determiner(prev) || prev?.lower === 'newly') return true;
  let q = t - 1;
  while (q > ta && q >= t - 3 && /^(?:democratically|popularly|freely|legitimately|duly|first|only|second|last|new|newly)$/.test(toks[q].lower)) q--;
  return q < t - 1 && q >= ta && determiner(toks[q]);
}

/**
 * The date told as an election's own, around its words (from `from` to `to`, text offsets): right after ("on May
 * 29", "held on", "of 2 June") or right before ("Saturday's", "the May 29"); undefined when none is.
 */
function dateOfElection(v: SentenceView, from: number, to: number): string | undefined {
  for (const d of v.dates) {
    const start = v.start + d.start;
    const end = v.start + d.end;
    if (start >= to && /^\s+(?:(?:held|set|scheduled|due)\s+)?(?:on|of)\s+(?:the\s+)?$/i.test(v.text.slice(to - v.start, d.start))) return d.iso;
    if (end <= from && /^(?:['’]s?)?\s+$/.test(v.text.slice(d.end, from - v.start))) return d.iso;
  }
  return undefined;
}

class SentenceView {
  /** draft indexes, by start */
  readonly mentions: number[] = [];
  private claimMemo: boolean | undefined = undefined;
  constructor(
    readonly s: number,
    readonly start: number,
    readonly text: string,
    private readonly ctx: Ctx,
    private readonly isClaim: (s: string) => boolean,
  ) {}

  /** computed on first use: most sentences have no event */
  get dates(): FoundDate[] {
    return sentenceDates(this.ctx, this.s);
  }

  get claim(): boolean {
    return (this.claimMemo ??= this.isClaim(this.text));
  }
}

export function findEvents(ctx: Ctx, opts: { statements: boolean; claimPenalty: number; isClaim: (s: string) => boolean }): EventDraft[] {
  const events: EventDraft[] = [];
  const toks = ctx.an.tokens;
  // built by push, not Array.prototype.map: TurboFan's inlined map makes a holey array where the
  // interpreter's makes a packed one, and the loops below then deoptimised findEvents ("wrong map")
  // once per worker thread, throwing away its largest compilation
  const views: SentenceView[] = [];
  for (let s = 0; s < ctx.an.sentences.length; s++) {
    const sp = ctx.an.sentences[s];
    views.push(new SentenceView(s, sp.start, ctx.text.slice(sp.start, sp.end), ctx, opts.isClaim));
  }
  ctx.drafts.forEach((d, k) => {
    if (!d.dropped && !d.blocker) views[d.sentence].mentions.push(k);
  });
  for (const v of views) v.mentions.sort((a, b) => ctx.drafts[a].start - ctx.drafts[b].start);

  const L = (k: number) => ctx.drafts[root(ctx, k)].label;
  // the nearest mention ending before pos; of nested ones ("The Indian foreign minister" around "Indian") the outer
  // "Lavrov called Diop and promised support": a person calls a person named right after the verb (not "called him a
  // liar", "called Biden a threat", nor "called for", "called on")
  const calledSomeone = (t: number): boolean => {
    if (toks[t].pos !== 'VERB' || t + 1 >= toks.length) return false;
    // (the name may follow its titles: "called Malian Foreign Minister Abdoulaye Diop")
    const callee = ctx.drafts.findIndex((d) => d.label === 'Person' && d.via === 'name' && !d.dropped && d.tokStart > t && d.tokStart <= t + 6 && /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}$/u.test(ctx.text.slice(toks[t].end, d.start)));
    if (callee < 0) return false;
    // (then only what a call is told with: a time, a place, "and", "to discuss", "by phone"; not a name, a quote, an
    // adjective or a possessive: "called Joe Biden \"Sleepy Joe\"", "called Mike Pence weak", "called Putin's offer")
    const afterCallee = ctx.drafts[callee].tokEnd;
    if (afterCallee < toks.length && toks[afterCallee].sent === toks[t].sent) {
      const x = toks[afterCallee];
      const y = afterCallee + 1 < toks.length && toks[afterCallee + 1].sent === x.sent ? toks[afterCallee + 1] : undefined;
      const told = /^(?:[,.;:]|and|on|in|at|last|this|earlier|late|yesterday|today|tonight|after|before|during|from|over|again|twice|shortly)$/.test(x.lower) ||
        (x.lower === 'to' && !!y && y.pos === 'VERB') || (x.lower === 'by' && !!y && /^(?:phone|telephone|video)$/.test(y.lower));
      if (!told) return false;
    }
    const caller = t - 1 >= 0 ? ctx.tokenOwner.get(t - 1) : undefined;
    return caller !== undefined && ctx.drafts[caller].label === 'Person';
  };
  const before = (v: SentenceView, pos: number, labels: string[], maxChars = 400) => {
    let best: number | undefined;
    for (let p = v.mentions.length - 1; p >= 0; p--) {
      const d = ctx.drafts[v.mentions[p]];
      if (d.end <= pos && pos - d.end <= maxChars && labels.includes(L(v.mentions[p]))) {
        if (best === undefined || d.end > ctx.drafts[best].end || (d.end === ctx.drafts[best].end && d.start < ctx.drafts[best].start)) best = v.mentions[p];
      }
    }
    return best !== undefined && labels.includes('Person') ? titleHolder(v, best) : best;
  };
  // "The president of Brazil met ...": the person whose title the country or body completes
  const titleHolder = (v: SentenceView, k: number) => {
    if (L(k) === 'Person') return k;
    const B = ctx.drafts[k];
    return v.mentions.find((j) => L(j) === 'Person' && ctx.drafts[j].end < B.start && /^\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[j].end, B.start))) ?? k;
  };
  // a person named as the complement of a noun is not the subject: "supporters of Imran Khan were killed",
  // "aides to Imran Khan were sentenced", "the son of President Abbas resigned"
  const governedByNoun = (k: number) => /\b(?:of|for|to|with|from)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.drafts[k].start - 12), ctx.drafts[k].start));
  // the actor named after "by" a few words past a verb ("was impeached by the Senate", "killed by an Israeli strike")
  const namedBy = (v: SentenceView, tok: Token, by: RegExp, labels: string[], chars = 80) => {
    const m = by.exec(v.text.slice(tok.end - v.start, tok.end - v.start + chars));
    return m ? after(v, tok.end + m[0].length, labels, 2) : undefined;
  };
  // the parties that attend the meeting whose noun is token t ("Britain, China and Iran attended the talks"): the subject
  // of the attending verb (the actor right before it, maybe past a dash) and those coordinated with it; officials
  // "from" them count, other people from them do not ("Students from France and Italy attended"); none when the verb
  // is unreal ("would attend") or is an infinitive ("came to Berlin to attend")
  // the token that opens what `re` (anchored at its end) matches in the `chars` before token t, in t's sentence
  // (from token ta): "attended the " before "talks" -> "attended"; -1 when it does not match
  const openingBefore = (t: number, ta: number, re: RegExp, chars: number): number => {
    const toks = ctx.an.tokens;
    const end = toks[t].start;
    const m = re.exec(ctx.text.slice(Math.max(toks[ta].start, end - chars), end));
    if (!m) return -1;
    const at = end - m[0].length + m[0].search(/\S/);
    for (let q = t - 1; q >= ta && toks[q].start >= at; q--) if (toks[q].start === at) return q;
    return -1;
  };
  const attendingParties = (v: SentenceView, t: number): number[] => {
    const toks = ctx.an.tokens;
    const ta = ctx.an.sentenceTokens[v.s][0];
    const verb = openingBefore(t, ta, ATTENDED_BEFORE, 60);
    if (verb < 0 || unreal(toks, verb, ta)) return [];
    const verbAt = toks[verb].start;
    const subject = before(v, verbAt, ACTORS, 6);
    if (subject === undefined || !/^\s*(?:--|—|–)?\s*$/.test(ctx.text.slice(ctx.drafts[subject].end, verbAt))) return [];
    const parties = withCoordinated(ctx, v.mentions, [subject], new Set([root(ctx, subject)]));
    const firstStart = Math.min(...parties.map((k) => ctx.drafts[k].start));
    const from = /\b(\p{L}+)\s+from\s+(?:the\s+)?$/u.exec(ctx.text.slice(Math.max(v.start, firstStart - 30), firstStart));
    if (from && !ATTENDING_OFFICIALS.test(from[1])) return [];
    return parties;
  };
  // "met Chinese President Xi Jinping": the person a demonym opens, not the demonym's country
  const metObject = (v: SentenceView, tok: Token) => {
    const k = after(v, tok.end, ['Person', 'Country'], 30);
    if (k === undefined || ctx.drafts[k].via !== 'demonym') return k;
    const p = after(v, ctx.drafts[k].end, ['Person'], 1);
    return p ?? k;
  };
  // a possessive pronoun ("met his counterparts") is no participant by itself
  const possessive = (k: number) => ctx.drafts[k].via === 'coreference' && /^(his|her|its|their)$/i.test(ctx.drafts[k].text);
  const after = (v: SentenceView, pos: number, labels: string[], maxChars = 60) => {
    for (const k of v.mentions) {
      const d = ctx.drafts[k];
      // (a pattern that took "the" in may stand inside "the United States", whose mention opens with it)
      const opensWithThe = d.start < pos && pos - d.start <= 4 && /^the\s+$/i.test(ctx.text.slice(d.start, pos));
      if ((d.start >= pos || opensWithThe) && d.start - pos <= maxChars && labels.includes(L(k)) && !possessive(k)) return k;
    }
    return undefined;
  };
  const dateNear = (v: SentenceView, pos: number, end?: number) => {
    let best: FoundDate | undefined;
    let bestDist = Infinity;
    for (const d of v.dates) {
      if (!dates(v, d, pos, end)) continue;
      const a = v.start + d.start;
      const dist = a >= pos ? a - pos : (pos - a) * 1.5;
      if (dist < bestDist) { best = d; bestDist = dist; }
    }
    return best?.iso;
  };
  const push = (e: EventDraft, v: SentenceView) => {
    // "Tang Jiaxuan and Nguyen Manh Cam signed", "sanctions on Russia and Belarus": coordinated participants
    if (COORDINATED_TYPES.has(e.type)) {
      const taken = new Set([...e.agents, ...e.targets].map((k) => root(ctx, k)));
      // (past a verb that tells the event, a joined name with a verb of its own opens another clause; past a noun, the
      // verb may be the noun phrase's: "the exercise featuring the navies of Australia and Japan began")
      const [ta, tb] = ctx.an.sentenceTokens[v.s];
      let verbAt = Infinity;
      for (let t = ta; t < tb; t++) if (toks[t].start === e.triggerStart) { if (toks[t].pos === 'VERB') verbAt = e.triggerStart; break; }
      e.agents = withCoordinated(ctx, v.mentions, e.agents, taken, verbAt);
      e.targets = withCoordinated(ctx, v.mentions, e.targets, taken, verbAt);
      // (a news agency listed after the parties reports the treaty, it is none of them: "Russia ratified the treaty
      // with North Korea, TASS reported")
      if (PARTY_TYPES.has(e.type)) e.targets = e.targets.filter((k) => ctx.drafts[root(ctx, k)].kind !== 'media');
    }
    // (a company or an outlet fights no battle: "Tajikistan said, on its foreign ministry Facebook page, that 35 of its
    // citizens were killed in the border clashes")
    if (e.type === 'Battle') {
      const unarmed = (k: number) => ['company', 'media'].includes(ctx.drafts[root(ctx, k)].kind ?? '');
      e.agents = e.agents.filter((k) => !unarmed(k));
      e.targets = e.targets.filter((k) => !unarmed(k));
      // (nothing left: no battle told, "Ukraine's drone attack on Gazprom's refinery")
      if (!e.agents.length && !e.targets.length && !e.locations.length) return;
    }
    // "Colombian chief negotiator X signed the agreement": the state a signing official serves signs too
    if (e.type === 'Signing') {
      for (const k of [...e.agents]) {
        if (L(k) !== 'Person') continue;
        for (const x of ctx.relations) {
          if (x.sentence !== v.s || root(ctx, x.from) !== root(ctx, k) || (x.type !== 'LEADER_OF' && x.type !== 'WORKS_FOR') || L(x.to) !== 'Country') continue;
          if (!e.agents.some((j) => root(ctx, j) === root(ctx, x.to))) e.agents.push(x.to);
        }
      }
    }
    // a quoted speaker talks about the event, they take no part in it: '"... the outcome of the elections", Ameh said'
    if (e.type !== 'Statement') {
      const q = quoteAround(v.text, e.triggerStart - v.start);
      // (a quotation of some words, not scare quotes around a term: the ICC issued an "arrest warrant")
      if (q && v.text.slice(q[0], q[1]).split(/\s+/).length >= 5) {
        const inside = (k: number) => ctx.drafts[k].start - v.start >= q[0] && ctx.drafts[k].end - v.start <= q[1];
        const n = e.agents.length + e.targets.length + e.locations.length;
        e.agents = e.agents.filter(inside);
        e.targets = e.targets.filter(inside);
        e.locations = e.locations.filter(inside);
        if (n > 0 && e.agents.length + e.targets.length + e.locations.length === 0) return;
      }
    }
    // an outlet in brackets reports an event, it takes no part in it ("(MENAFN) A ceasefire between Israel and Hezbollah")
    const bracketed = (k: number) => ctx.text[ctx.drafts[k].start - 1] === '(' && ctx.text[ctx.drafts[k].end] === ')';
    if (e.type !== 'Statement') e.agents = e.agents.filter((k) => ctx.drafts[root(ctx, k)].kind !== 'media' || !bracketed(k));
    // "in the Belarusian capital Minsk": the demonym describes the place, it takes no part
    const describesPlace = (k: number) => ctx.drafts[k].via === 'demonym' && /^\s+capital\b/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[k].end + 12));
    e.agents = e.agents.filter((k) => !describesPlace(k));
    e.targets = e.targets.filter((k) => !describesPlace(k));
    // nobody acts on themselves: drop candidates that are the place voted in (first: "Venezuela's presidential
    // elections" is held in Venezuela, Venezuela is no candidate), then targets that are an agent
    if (e.type === 'Election') {
      const targetNames = new Set(e.targets.map((k) => ctx.drafts[root(ctx, k)].name));
      e.agents = e.agents.filter((k) => !targetNames.has(ctx.drafts[root(ctx, k)].name));
    }
    const agentNames = new Set(e.agents.map((k) => ctx.drafts[root(ctx, k)].name));
    e.targets = e.targets.filter((k) => !agentNames.has(ctx.drafts[root(ctx, k)].name));
    // (a ceasefire is an event with one side named: "Israel agreed to a cease-fire")
    const ceasefire = /^(ceasefire|cease-fire|truce)$/i.test(e.trigger);
    // (and a named text adopted is one with only the text named: "The delegates adopted the Vienna Declaration")
    const adopted = /^adopt/i.test(e.trigger);
    if (e.type === 'Agreement' && !ceasefire && !adopted && (!e.agents.length || !e.targets.length)) return;
    // (one a side refused or is only ready to sign or accept: "Israel refused to sign the ceasefire agreement")
    if ((e.type === 'Agreement' || e.type === 'Signing') && /\b(?:refus\w*|reject\w*|yet|ready|willing|unwilling|declin\w*)\s+to\s+(?:sign|agree|accept|endorse)\b/i.test(v.text)) return;
    // an agreement is an event when it is made: signed, reached, agreed, struck, concluded, finalized, inked, sealed
    // (a ceasefire a year names was made: "a 2003 ceasefire")
    if (e.type === 'Agreement' && !adopted && !AGREEMENT_MADE.test(v.text) && !(ceasefire && v.dates.some((d) => d.names !== undefined && v.start + d.names === e.triggerStart)) && !IN_EFFECT_AFTER.test(ctx.text.slice(e.triggerStart + e.trigger.length, v.start + v.text.length))) return;
    if (v.claim && e.type !== 'Statement') e.confidence *= opts.claimPenalty;
    // the same parties in one sentence are one event; for an agreement or a meeting of one date, whichever
    // side each trigger put them on ("EU ministers agreed to sign a political agreement with Ukraine"; not
    // "a gas deal in May, and an oil agreement in 2019")
    const dup = events.find(
      (x) =>
        x.sentence === e.sentence && x.type === e.type &&
        // elections of different years are different elections ("ran for president in 2014 and 2019"), and fights of
        // different dates different fights
        !((e.type === 'Election' || e.type === 'Battle') && x.date !== undefined && e.date !== undefined && x.date !== e.date) &&
        ((sameSet(ctx, x.agents, e.agents) && sameSet(ctx, x.targets, e.targets)) ||
          (MUTUAL_TYPES.has(e.type) && x.date === e.date && sameNames(ctx, [...x.agents, ...x.targets], [...e.agents, ...e.targets]))),
    );
    if (!dup) events.push(e);
  };

  // the title of an office named after "sworn in", "inaugurated" or "appointed", before or after its country
  // ("as president of Peru", "as Peru's new president"): only filler words, the country and "of" may come first
  const officeAfter = (from: number, tb: number, country: number): string | undefined => {
    const d = ctx.drafts[country];
    const words: string[] = [];
    for (let k = from; k < tb && k < from + 10; k++) words.push(toks[k].lower);
    for (let k = 0; k < words.length; k++) {
      const x = toks[from + k];
      const n = titleLengthAt(words, k);
      if (n > 0) return words.slice(k, k + n).join(' ');
      if (OFFICE_FILLER.test(x.lower) || (x.start >= d.start && x.end <= d.end) || ((x.lower === 'of' || x.lower === 'for') && k > 0)) continue;
      return undefined;
    }
    return undefined;
  };

  // a decision of an international body ("The UN Security Council on Monday approved a Kenyan-led mission
  // for Haiti"): the body, and the states and places the decision names after its verb
  const bodyDecision = (t: number, v: SentenceView, ta: number): EventDraft | undefined => {
    const tok = toks[t];
    const prev = t > ta ? toks[t - 1] : undefined;
    if (unreal(toks, t, ta) || (prev && PASSIVE_AUX.test(prev.lower))) return undefined;
    const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 160);
    const object = DECISION_OBJECT.exec(rest);
    if (!object) return undefined;
    // the nearest actor before the verb is the body ("The OSCE said Russia had extended its deployment": Russia's act)
    const body = before(v, tok.start, ACTORS, 60);
    if (body === undefined || L(body) !== 'Organization' || ctx.drafts[root(ctx, body)].kind !== 'intergovernmental') return undefined;
    // only words, a date or a bracket between the body and its verb ("on Monday (Oct 2)")
    if (/[,;:"“”]/.test(ctx.text.slice(ctx.drafts[body].end, tok.start).replace(/\([^()]*\)/g, ''))) return undefined;
    const clause = rest.slice(0, /[;.]|,\s+(?:a|an|the|which|who|and|but|as|after|while)\b/.exec(rest)?.index ?? rest.length);
    const targets = v.mentions.filter((k) => ctx.drafts[k].start >= tok.end && ctx.drafts[k].end <= tok.end + clause.length && (L(k) === 'Country' || L(k) === 'Location') && root(ctx, k) !== root(ctx, body));
    return { type: 'Other', name: `decision of ${fullName(ctx, body)}`, trigger: tok.text, triggerStart: tok.start, agents: [body], targets, locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 };
  };

  // expulsions of envoys, relations cut or established, candidacies, foundings: the acts of a subject
  const diplomaticOrPolitical = (t: number, v: SentenceView, ta: number, tb: number): EventDraft | undefined => {
    const tok = toks[t];
    const low = tok.lower;
    const prev = t > ta ? toks[t - 1] : undefined;
    // ("agreed to establish relations": an agreement, though "to" stands before the verb)
    // (not one only possible: "would only agree to establish relations ... if")
    const agreed = RELATIONS_MADE.has(low) && AGREED_TO.test(v.text.slice(Math.max(0, tok.start - v.start - 60), tok.start - v.start))
      && !/\b(?:would|could|may|might|will|should|must|to|not|never|refus\w*|unwilling)\s+(?:only\s+|not\s+|never\s+)?agree/i.test(v.text.slice(Math.max(0, tok.start - v.start - 80), tok.start - v.start)) && !/(?<!\bsee\s)\b(?:if|unless|provided\s+that)\b/i.test(v.text.slice(tok.end - v.start, tok.end - v.start + 80));
    if (negatedOrHypothetical(toks, t, ta) || (prev && (prev.lower === 'be' || (MODAL.has(prev.lower) && !agreed)))) return undefined;
    if (tok.pos !== 'VERB') return undefined;
    const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 120);
    const subject = before(v, tok.start, ['Country', 'Organization', 'Person'], 80);
    const event = (name: string, agents: number[], targets: number[], date = dateNear(v, tok.start)): EventDraft =>
      ({ type: 'Other', name, trigger: tok.text, triggerStart: tok.start, agents, targets, locations: [], sentence: v.s, date, confidence: 0.6 });
    if (EXPEL.has(low)) {
      // "Canada expels Indian diplomats": the envoys' state is the target
      const envoys = ENVOYS.exec(rest);
      if (!envoys || subject === undefined || (prev && PASSIVE_AUX.test(prev.lower))) return undefined;
      const whose = v.mentions.find((k) => ctx.drafts[k].start >= tok.end && ctx.drafts[k].end <= tok.end + envoys[0].length && L(k) === 'Country');
      if (whose === undefined || root(ctx, whose) === root(ctx, subject)) return undefined;
      return event(`expulsion of ${fullName(ctx, whose)}'s diplomats by ${fullName(ctx, subject)}`, [subject], [whose]);
    }
    if (SUMMONED.has(low)) {
      // "Germany summoned the Russian ambassador", "the Russian ambassador, Oleg Vasnetsov, was summoned to the Moldovan
      // Foreign Ministry": the summoning state or ministry, and the envoy (named, else the envoy's state)
      const passive = !!prev && PASSIVE_AUX.test(prev.lower);
      const lead = v.text.slice(0, tok.start - v.start);
      const span = passive ? lead.slice(-90) : rest.slice(0, 60);
      const word = ENVOY_WORD.exec(span);
      if (!word) return undefined;
      // (the envoy named right by the title, "the Russian ambassador, Oleg Vasnetsov," / "Ambassador X"; else the envoy's
      // state right before it, "the Chinese ambassador"; not another person of the sentence, "over the treatment of X")
      const wordAt = (passive ? tok.start - span.length : tok.end) + word.index;
      const wordEnd = wordAt + word[0].length;
      // (past the post's place: "Russia's ambassador to Poland, Sergei Andreev")
      const envoy = v.mentions.find((k) => L(k) === 'Person' && ctx.drafts[k].via !== 'coreference' && ctx.drafts[k].via !== 'description' && ((ctx.drafts[k].start >= wordEnd && /^(?:\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L} .-]{0,30}?)?\s*,?\s*$/u.test(ctx.text.slice(wordEnd, ctx.drafts[k].start))) || (ctx.drafts[k].start <= wordAt && ctx.drafts[k].end > wordAt)))
        ?? v.mentions.find((k) => L(k) === 'Country' && ctx.drafts[k].end <= wordAt && wordAt - ctx.drafts[k].end <= 25 && /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(ctx.text.slice(ctx.drafts[k].end, wordAt)));
      const to = passive ? /^\s+(?:to|by)\s+(?:the\s+)?/i.exec(rest) : null;
      // (a state, its ministry or government, or an official of one; not a court or a committee, which summon witnesses)
      const state = (k: number | undefined) => k !== undefined && (L(k) === 'Country' || (L(k) === 'Organization' && (/^(?:ministry|government|intergovernmental)$/.test(ctx.drafts[root(ctx, k)].kind ?? '') || /\b(?:Foreign|Office|Ministry|Department)\b/.test(ctx.drafts[root(ctx, k)].name))) || (L(k) === 'Person' && !!ctx.drafts[k].titles?.length)) ? k : undefined;
      const summoner = passive ? (to ? state(after(v, tok.end + to[0].length, ['Organization', 'Country'], 30)) : undefined) : state(subject);
      if (envoy === undefined || summoner === undefined || root(ctx, envoy) === root(ctx, summoner) || /^\s+(?:\w+\s+){0,3}to\s+(?:testify|appear|give\s+evidence)\b/i.test(rest)) return undefined;
      return event(`summoning of ${fullName(ctx, envoy)}`, [summoner], [envoy]);
    }
    if (RELATIONS_BROKEN.has(low) || RELATIONS_MADE.has(low)) {
      if (subject === undefined || L(subject) === 'Person') return undefined;
      const w = RELATIONS_WITH.exec(rest);
      // "Israel and the UAE established diplomatic relations": the two subjects, each the other's party
      const first = !w && RELATIONS_MUTUAL.test(rest) ? v.mentions.find((k) => ctx.drafts[k].end <= ctx.drafts[subject].start && /^\s+and\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[subject].start)) && (L(k) === 'Country' || L(k) === 'Organization')) : undefined;
      const other = w ? after(v, tok.end + w[0].length, ['Country', 'Organization'], 3) : first;
      if (other === undefined || root(ctx, other) === root(ctx, subject)) return undefined;
      const what = RELATIONS_BROKEN.has(low) ? 'break in relations' : 'establishment of relations';
      const e = event(`${what} between ${fullName(ctx, subject)} and ${fullName(ctx, other)}`, [subject], [other]);
      // "Morocco and Israel agreed on Tuesday to establish full diplomatic relations": what they agreed is an agreement
      return agreed ? { ...e, type: 'Agreement', name: '' } : e;
    }
    if (low === 'ran') {
      // a candidacy is an election the candidate stood in: one per year named ("in 2014 and 2019")
      const r = RAN_FOR.exec(rest);
      const candidate = before(v, tok.start, ['Person'], 40);
      if (!r || candidate === undefined) return undefined;
      const clause = rest.slice(0, /[;.]|,\s+(?:and|but|which|who)\b/.exec(rest)?.index ?? rest.length);
      const years = v.dates.filter((d) => /^\d{4}$/.test(d.iso) && v.start + d.start >= tok.end && v.start + d.start <= tok.end + clause.length);
      const country = v.mentions.find((k) => L(k) === 'Country' && ctx.drafts[k].start >= tok.end && ctx.drafts[k].start <= tok.end + clause.length);
      const targets = country !== undefined ? [country] : [];
      if (years.length === 0) return { ...event('', [candidate], targets), type: 'Election' };
      for (let i = 1; i < years.length; i++) push({ ...event('', [candidate], targets, years[i].iso), type: 'Election' }, v);
      return { ...event('', [candidate], targets, years[0].iso), type: 'Election' };
    }
    // "X founded the UDC in 2012" (an organisation founded; "founded on principles" is not)
    const founded = after(v, tok.end, ['Organization'], 12);
    if (subject === undefined || founded === undefined || (prev && PASSIVE_AUX.test(prev.lower))) return undefined;
    return event(`founding of ${fullName(ctx, founded)}`, [subject], [founded]);
  };

  // an office taken or lost: the holder, the country or the body that removes them, as an Other event
  const officeChange = (t: number, v: SentenceView, ta: number, tb: number): EventDraft | undefined => {
    const tok = toks[t];
    const low = tok.lower;
    const prev = t > ta ? toks[t - 1] : undefined;
    if (negatedOrHypothetical(toks, t, ta)) return undefined;
    // "sworn in", "stepped down", "removed from office" (not "removed the tariffs", "removed from the ballot")
    if (low === 'sworn' && !(t + 1 < tb && toks[t + 1].lower === 'in')) return undefined;
    if ((low === 'stepped' || low === 'steps') && !(t + 1 < tb && toks[t + 1].lower === 'down')) return undefined;
    // "resigned himself to defeat", "resigned to his fate": no office given up
    if ((low === 'resigned' || low === 'resigns') && t + 1 < tb && /^(himself|herself|themselves|itself|to)$/.test(toks[t + 1].lower)) return undefined;
    const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 80);
    if (/^remove/.test(low) && !/^\s+(?:[\p{L}.'’-]+\s+){0,4}from\s+(?:office|power|the presidency)\b/u.test(rest)) return undefined;
    // what is only wanted, expected or possible did not happen: "will be sworn in", "could be impeached",
    // "demanded that X be removed", "is expected to be sworn in", "sought to impeach" ("voted to remove X" did)
    if (prev && (prev.lower === 'be' || (MODAL.has(prev.lower) && !(prev.lower === 'to' && t - 2 >= ta && /^(voted|votes|vote)$/.test(toks[t - 2].lower))))) return undefined;
    // "Ousted Prime Minister X": the ouster is not this article's news
    if (t + 1 < tb && toks[t + 1].cap && tok.cap) return undefined;
    // "his impeachment by lawmakers on December 14", "the impeachment of X": the noun, with its holder
    if (low === 'impeachment') {
      const k = possessor(ctx, v, t) ?? ofObject(ctx, v, tok, ['Person']);
      if (k === undefined || ctx.drafts[root(ctx, k)].label !== 'Person') return undefined;
      // only wanted or threatened: "called for the impeachment of X", "a motion for his impeachment", "called for
      // X's impeachment" (the words before the holder, or before the noun when the holder follows it)
      const from = Math.min(tok.start, ctx.drafts[k].start) - v.start;
      if (IMPEACHMENT_SOUGHT.test(v.text.slice(Math.max(0, from - 40), from))) return undefined;
      const by = namedBy(v, tok, BY_NEAR, ACTORS);
      return { type: 'Other', name: `impeachment of ${fullName(ctx, k)}`, trigger: tok.text, triggerStart: tok.start, agents: by !== undefined ? [by] : [], targets: [k], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 };
    }
    // (wink may tag "shot" before "dead" a noun: "Gunmen shot dead the mayor")
    if (tok.pos !== 'VERB' && !(tok.pos === 'ADJ' && /ed$/.test(low)) && low !== 'resignation' && !(low === 'shot' && toks[t + 1]?.lower === 'dead')) return undefined;
    // passive ("X was ousted"), or a reduced relative after the holder ("X, ousted in August, met ...")
    const passive = (!!prev && PASSIVE_AUX.test(prev.lower)) || (t - 2 >= ta && PASSIVE_AUX.test(toks[t - 2].lower) && /^(not|been|being|formally|officially)$/.test(prev?.lower ?? ''));
    const reduced = prev?.text === ',';
    // the holder, right before "was"/"were" or the comma: "President William Ruto said the ministers were sworn in" swears in no Ruto
    const subject = () => {
      const k = before(v, tok.start, PERSONISH, 80);
      return k !== undefined && HOLDER_BEFORE.test(ctx.text.slice(ctx.drafts[k].end, tok.start)) && !governedByNoun(k) ? k : undefined;
    };
    let agents: number[] = [];
    let targets: number[] = [];
    let holder: number | undefined;
    // an office left, a death: the holder is the subject ("X resigned", "X has stepped down", "X died"; "X
    // was killed", by whom when said)
    if (OFFICE_LEFT.has(low) || DEATH.has(low)) {
      // ("shot dead", "gunned down": killed; "shot in the leg" is not)
      if ((low === 'shot' && toks[t + 1]?.lower !== 'dead') || (low === 'gunned' && toks[t + 1]?.lower !== 'down')) return undefined;
      const active = low === 'died' || low === 'dies' || OFFICE_LEFT.has(low);
      // "Gunmen shot dead the mayor, Juan Perez": the one killed right after, who did it before when named
      if ((low === 'shot' || low === 'gunned') && !passive && !reduced) {
        const victim = after(v, toks[t + 1].end, PERSONISH, 30);
        if (victim === undefined || L(victim) !== 'Person' || !/^\s+(?:(?:the|a|an|[\p{Ll}-]+)\s+){0,3}(?:[\p{Ll}-]+,\s*)?$/u.test(ctx.text.slice(toks[t + 1].end, ctx.drafts[victim].start))) return undefined;
        const killer = before(v, tok.start, ['Country', 'Organization'], 40);
        return { type: 'Other', name: `killing of ${fullName(ctx, victim)}`, trigger: tok.text, triggerStart: tok.start, agents: killer !== undefined ? [killer] : [], targets: [victim], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 };
      }
      if (active ? passive : !passive && !reduced) return undefined;
      if (low === 'resignation') {
        // "X tendered his resignation", "X handed in her resignation": the holder is the verb's subject
        const verb = t - 3 >= ta && toks[t - 2].lower === 'in' ? t - 3 : t - 2;
        if (verb < ta || !/^(his|her)$/.test(toks[t - 1].lower) || !RESIGNATION_GIVEN.test(toks[verb].lower) || (verb === t - 3 && !/^hand/.test(toks[verb].lower))) return undefined;
        const k = before(v, toks[verb].start, PERSONISH, 80);
        holder = k !== undefined && HOLDER_BEFORE.test(ctx.text.slice(ctx.drafts[k].end, toks[verb].start)) ? k : undefined;
      } else holder = subject();
      if (holder === undefined || ctx.drafts[root(ctx, holder)].label !== 'Person') return undefined;
      const by = active ? undefined : namedBy(v, tok, BY_NEAR_ANY, ACTORS);
      const what = OFFICE_LEFT.has(low) ? 'resignation' : low === 'assassinated' ? 'assassination' : low === 'killed' || low === 'shot' || low === 'gunned' ? 'killing' : 'death';
      // (a resignation ends no office here: it is often tendered before it takes effect, and the title is the news)
      return { type: 'Other', name: `${what} of ${fullName(ctx, holder)}`, trigger: tok.text, triggerStart: tok.start, agents: by !== undefined ? [by] : [], targets: [holder], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 };
    }
    if (OFFICE_TAKEN.has(low)) {
      // taking an office is told in the passive ("X was inaugurated"; "Modi inaugurated a temple" is another thing)
      if (!passive && !reduced) return undefined;
      holder = subject();
      if (holder === undefined) return undefined;
      // the country of the office, after "as" ("as Peru's president", "as president of Peru")
      const country = after(v, tok.end, ['Country'], 60);
      // the appointer, when named: "X was appointed by President Y"
      const by = low === 'appointed' ? namedBy(v, tok, BY_FAR, ACTORS) : undefined;
      agents = by !== undefined ? [by] : [holder];
      const officeOf = low === 'appointed' ? APPOINTED_OFFICE_OF : AS_OFFICE_OF;
      targets = country !== undefined && officeOf.test(ctx.text.slice(tok.end, ctx.drafts[country].start)) ? [country] : [];
      // the office sworn into is held now: "sworn in as Botswana's sixth president", "as president of Peru"
      const title = targets.length ? officeAfter(t + 1, tb, targets[0]) : undefined;
      if (title && ctx.drafts[holder].label === 'Person') {
        const f = titleFact(TITLES[title], title);
        ctx.relations.push({ type: f.type, from: holder, to: targets[0], sentence: v.s, properties: f.properties, confidence: 0.8 });
      }
      if (by !== undefined) targets.unshift(holder);
    } else {
      const by = namedBy(v, tok, BY_FAR, ACTORS);
      holder = passive || reduced ? subject() : after(v, tok.end, PERSONISH, 40);
      if (holder === undefined) return undefined;
      // the remover: after "by", or the subject right before an active verb ("Parliament voted to remove X")
      const actor = passive || reduced ? undefined : before(v, tok.start, ['Organization', 'Country'], 80);
      const remover = by ?? (actor !== undefined && /^\s+(?:(?:has|have|had)\s+)?(?:voted\s+to\s+)?$/.test(ctx.text.slice(ctx.drafts[actor].end, tok.start)) ? actor : undefined);
      agents = remover !== undefined ? [remover] : [];
      targets = [holder];
    }
    // "a coup that deposed Mugabe": the coup is that event already
    if (events.some((e) => e.sentence === v.s && e.type === 'Other' && e.targets.some((k) => root(ctx, k) === root(ctx, holder!)))) return undefined;
    const what = low === 'sworn' ? 'swearing-in' : low === 'inaugurated' ? 'inauguration' : low === 'appointed' ? 'appointment' : /^impeach/.test(low) ? 'impeachment' : /^remove/.test(low) ? 'removal' : 'ouster';
    const name = `${what} of ${fullName(ctx, holder)}`;
    const ended = what === 'removal' || what === 'ouster' ? { endsOffice: holder } : {};
    return { type: 'Other', name, trigger: tok.text, triggerStart: tok.start, agents, targets, locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6, ...ended };
  };

  // the last two different people named in the two sentences before s (for "the two leaders")
  const lastTwoPeople = (s: number): [number, number] | undefined => {
    const found: number[] = [];
    for (let q = s - 1; q >= Math.max(0, s - 2) && found.length < 2; q--) {
      const ms = views[q].mentions;
      for (let p = ms.length - 1; p >= 0 && found.length < 2; p--) {
        const k = ms[p];
        // (not an aide who reports it, "..., Secretary of State Antony Blinken said", nor a spokesperson)
        const role = ctx.drafts[root(ctx, k)].role;
        const reports = role !== 'leader' && /^\s*(?:said|says|added|told)\b/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[k].end + 8));
        if (L(k) === 'Person' && !possessive(k) && !reports && role !== 'spokesperson' && !found.some((j) => root(ctx, j) === root(ctx, k))) found.push(root(ctx, k));
      }
    }
    return found.length === 2 ? [found[1], found[0]] : undefined;
  };

  // what armies, crowds and states do that no other trigger covers: military exercises, prisoner swaps, street
  // protests, annexations, admissions to a body, visits told by the arrival, calls between leaders
  const activity = (t: number, v: SentenceView, ta: number, tb: number): EventDraft | undefined => {
    const tok = toks[t];
    const low = tok.lower;
    const prev = t > ta ? toks[t - 1] : undefined;
    if (unreal(toks, t, ta)) return undefined;
    const event = (type: EventType, name: string, agents: number[], targets: number[], locations: number[], date = dateNear(v, tok.start)): EventDraft =>
      ({ type, name, trigger: tok.text, triggerStart: tok.start, agents, targets, locations, sentence: v.s, date, confidence: 0.55 });
    const actors = ['Country', 'Organization'];
    const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 120);
    if (EXERCISE.has(low)) {
      // (wink reads "NATO exercises off Scotland" as a verb: a noun after a body's name or a kind word)
      // (followed as a noun is: by a preposition, a verb or a stop; "Russia exercises veto power" is a verb)
      const nounAfterName = tok.pos === 'VERB' && !!prev && (EXERCISE_KIND.test(prev.lower) || (prev.cap && t - 1 > ta) || v.mentions.some((k) => ctx.drafts[k].tokEnd === t && actors.includes(L(k)))) && (t + 1 >= tb || /^(ADP|AUX|VERB|PUNCT|CCONJ)$/.test(toks[t + 1].pos));
      // (drilling for oil and gas is no exercise: "Norway drills in the Barents Sea for oil")
      if (/^drill/.test(low) && /^\s+(?:in\s+[^,.;]{0,40}?\s+)?for\s+(?:oil|gas|water)\b/i.test(rest)) return undefined;
      // (nor a civil drill: "nationwide earthquake drills", "a fire drill")
      if (prev && /^(?:earthquake|fire|evacuation|emergency|tsunami|safety|disaster|rescue|flood|lockdown|shooter)$/.test(prev.lower)) return undefined;
      if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && !nounAfterName) return undefined;
      if (low === 'games' && !(prev && prev.lower === 'war')) return undefined;
      // "the exercise of power", "an exercise in futility", "drills for oil"
      if (/^\s+(?:of|in|for)\b/i.test(rest) && !/^\s+in\s+(?:the\s+)?\p{Lu}/u.test(rest)) return undefined;
      // the words before that say it is one of armies: a kind ("joint naval drills"), a name ("the Malabar
      // exercise", not the sentence's first word), or arms nearby ("troops took part in the exercise")
      let p = t - 1;
      while (p >= ta && (EXERCISE_KIND.test(toks[p].lower) || (toks[p].cap && p > ta && !v.mentions.some((k) => ctx.drafts[k].tokStart <= p && ctx.drafts[k].tokEnd > p)))) p--;
      // who holds it: its owner ("NATO's drills"), an actor right before ("Chinese military drills", "NATO
      // exercises"), the subject of a verb that holds it ("the US Navy conducted exercises"), or the navies and
      // states it is between, of or featuring ("a drill between the Indian Navy and the US Navy")
      // (a mention may take the kind in: "Chinese military drills" read as the body "Chinese military")
      // (or owns it before its kind: "the alliance's military drills")
      const owned = p >= ta && ["'s", '’s'].includes(toks[p].text) ? p : -1;
      const attached = v.mentions.find((k) => ((ctx.drafts[k].tokEnd >= p + 1 && ctx.drafts[k].tokEnd <= t) || ctx.drafts[k].tokEnd === owned) && actors.includes(L(k)));
      if (events.some((e) => e.sentence === v.s && e.type === 'Other' && EXERCISE.has(e.trigger.toLowerCase()))) return undefined;
      let heldAt = -1;
      for (let q = p; q >= Math.max(ta, p - 3) && heldAt < 0; q--) if (EXERCISE_HELD.test(toks[q].lower)) heldAt = q;
      // (drills only threatened or conditional: "China warned it would hold military drills ... if the visit goes ahead")
      if (heldAt > ta && (MODAL.has(toks[heldAt - 1].lower) || negatedOrHypothetical(toks, heldAt, ta))) return undefined;
      const held = heldAt >= 0 ? before(v, toks[heldAt].start, actors, 40) : undefined;
      // (not one that reports it: "The EU said the alliance would hold drills")
      const holder = held !== undefined && !REPORTED_BETWEEN.test(ctx.text.slice(ctx.drafts[held].end, toks[heldAt].start)) ? held : undefined;
      // (right after it, or a few words on: "the exercise Malabar between the navies of India, ...", "started in
      // 1992 as a bilateral drill between the Indian Navy and the US Navy")
      const withWhom = /^\s+(?:(?:that\s+)?(?:featuring|involving|including|between|by|with|of)\s+(?:the\s+)?(?:(?:navies|armies|forces|militaries|troops|warships|ships)\s+(?:of|from)\s+)?(?:all\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?)/i.exec(rest)
        ?? /^[^.;:,]{0,60}?\b(?:featuring|involving|between)\s+(?:the\s+)?(?:(?:navies|armies|forces|militaries|troops|warships|ships)\s+(?:of|from)\s+)?(?:all\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?/i.exec(rest);
      const partner = withWhom ? after(v, tok.end + withWhom[0].length, actors, 40) : undefined;
      const agents = [possessor(ctx, v, t) ?? attached ?? holder, partner].filter((k): k is number => k !== undefined);
      // one of armies: a military kind before it ("naval drills", "the Malabar exercise" by its name, or a weak kind
      // such as "joint" or "annual" with arms right around it), or held by states, armies or alliances ("Japan held
      // drills", "NATO exercises"); not "a joint exercise on pandemic preparedness" by two universities
      // (a country that only owns the holder is none: "a drill with Kenya's health ministry")
      // (a country that only owns a civil holder is none, "a drill with Kenya's health ministry", nor one that only
      // qualifies a noun, "the US team held drills"; "China's army held drills" is China's)
      const military = (k: number) => {
        if (L(k) !== 'Country') return ['military', 'intergovernmental', 'government'].includes(ctx.drafts[root(ctx, k)].kind ?? '');
        const next = /^(?:['’]s?)?\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[k].end + 30));
        return !next || /^(?:army|armies|military|navy|navies|forces|troops|air|coast|defen[cs]e|marines|armed|held|holds|hold|hosted|hosts|host|staged|stages|launched|launches|began|begins|started|starts|conducted|conducts|opened|opens|will|has|have|and|is|are|was|were)$/.test(next[1]);
      };
      let strongKind = false;
      let named = false;
      for (let k = p + 1; k < t; k++) {
        strongKind ||= EXERCISE_STRONG.test(toks[k].lower);
        named ||= toks[k].cap && !EXERCISE_KIND.test(toks[k].lower);
      }
      let armsNear = false;
      for (let k = Math.max(ta, t - 5); k < Math.min(tb, t + 6) && !armsNear; k++) armsNear = EXERCISE_ARMS.test(toks[k].lower);
      if (!strongKind && !agents.some(military) && !((named || p < t - 1) && armsNear)) return undefined;
      // where: a place, or a country the drills are in, near or off ("drills near Taiwan", "off the coast of Japan"),
      // in their clause (not "a screen shows China's drills around Taiwan, in Beijing")
      const near = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|near|off|around|at)\s+(?:the\s+)?(?:(?:coast|waters|shores?)\s+of\s+(?:the\s+)?)?$/iu;
      const inCountry = v.mentions.find((k) => L(k) === 'Country' && ctx.drafts[k].start > tok.end && near.test(ctx.text.slice(tok.end, ctx.drafts[k].start)) && !agents.some((j) => root(ctx, j) === root(ctx, k)));
      // (a place named soon after: "drills in the Baltics", not "the purpose of the exercise ... in the region")
      const placed = (k: number) => {
        const gap = ctx.text.slice(tok.end, ctx.drafts[k].start);
        return ctx.drafts[k].start > tok.end && /\b(?:in|near|off|around|at)\s+(?:the\s+)?(?:(?:coast|waters|shores?)\s+of\s+(?:the\s+)?)?$/i.test(gap) && !/\b(?:as|that|because|which|who|while|since|but|to|after|before)\b|[;:,]/i.test(gap);
      };
      const locations = v.mentions.filter((k) => L(k) === 'Location' && ctx.drafts[k].start - tok.end < 200 && placed(k)).slice(0, 1);
      if (!locations.length && inCountry !== undefined) locations.push(inCountry);
      const date = dateNear(v, tok.start);
      if (!agents.length && !locations.length && date === undefined) return undefined;
      return event('Other', `military exercise${agents.length ? ` by ${fullName(ctx, agents[0])}` : ''}`, agents, [], locations, date);
    }
    if (SWAP.has(low)) {
      // prisoners within a few words: "a prisoner swap", "swap of 100 prisoners", "exchanged 95 POWs each", "in
      // exchange for the release of 10 Americans"
      let captives = false;
      if (EXCHANGED_NOT.test(rest)) return undefined;
      // (captives right around the word: "prisoner swap", "exchange of 100 prisoners", "exchanged 95 POWs", or "in
      // exchange for the release of 10 Americans" after someone freed; not "the exchange rate ... after the release")
      for (let k = Math.max(ta, t - 2); k < Math.min(tb, t + 5) && !captives; k++) captives = (k !== t && CAPTIVES.test(toks[k].lower)) || (k > t && k <= t + 3 && CAPTIVES_NEAR.test(toks[k].lower));
      if (!captives && prev && prev.lower === 'in' && /^\s+for\s+(?:the\s+)?(?:release|freedom|return)\b/i.test(rest) && /\b(?:freed|frees|released|releases)\b/i.test(v.text.slice(0, tok.start - v.start))) captives = true;
      if (!captives) return undefined;
      // a swap only sought or talked about ("sought talks with Russia on a prisoner exchange", "calls for a swap")
      const lead = v.text.slice(Math.max(0, tok.start - v.start - 60), tok.start - v.start);
      if (WANTED_BEFORE.test(lead) || /\b(?:reject|refus|declin|cancel|block)\w*\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+)?$/iu.test(lead) || /\b(?:on|about|over|for)\s+(?:a|an|the|new|another|possible|further|future)\s+(?:[\p{L}-]+\s+)?$/iu.test(lead)) return undefined;
      if (events.some((e) => e.sentence === v.s && e.type === 'Other' && SWAP.has(e.trigger.toLowerCase()))) return undefined;
      // the parties: between whom, or the states (coordinated) before it ("Russia and Ukraine exchanged", "US,
      // Venezuela swap prisoners"), or the one that frees someone in exchange for others
      const betweenAt = /^\s+(?:[\p{L}\d-]+\s+){0,4}?between\s+(?:the\s+)?/iu.exec(rest);
      const parties = betweenAt ? after(v, tok.end + betweenAt[0].length, actors, 3) : undefined;
      const freedAt = /\b(?:freed|frees|released|releases|free|release)\b[^.;]*$/i.exec(v.text.slice(0, tok.start - v.start));
      const freer = freedAt ? before(v, v.start + freedAt.index, actors, 40) : undefined;
      const subject = parties ?? freer ?? possessor(ctx, v, t) ?? before(v, tok.start, actors, 40);
      if (subject === undefined || ctx.drafts[root(ctx, subject)].kind === 'media') return undefined;
      const freed = freedAt ? after(v, v.start + freedAt.index + freedAt[0].search(/\s|$/), PERSONISH, 20) : undefined;
      return event('Other', `prisoner exchange${` by ${fullName(ctx, subject)}`}`, [subject], freed !== undefined ? [freed] : [], locationIn(ctx, v, tok));
    }
    if (PROTEST.has(low)) {
      // a noun (or a capital opening the sentence or following a dateline's dash: "TBILISI (AP) — Protests continued"),
      // or a verb of the crowd ("Thousands protested in Tbilisi")
      const opens = t === ta || (prev !== undefined && /^[—–-]$/.test(prev.text));
      // (a crowd's: no one named as its subject, and no object: not "Apple demonstrated its phone in Paris")
      const verb = tok.pos === 'VERB' && /ed$/.test(low) && !(prev && PASSIVE_AUX.test(prev.lower)) && before(v, tok.start, ACTORS, 30) === undefined && !/^\s+(?:its|their|his|her|the|a|an|that|how|what|strength|resolve|support)\b/i.test(rest);
      if ((tok.pos !== 'NOUN' && !(opens && tok.pos === 'PROPN') && !verb) || /^\s+(?:note|letter|vote|votes|song|songs|of|against\s+the\s+(?:decision|ruling|verdict|call))\b/i.test(rest)) return undefined;
      // (not a protest lodged, filed or expressed by a state: "lodged a strong protest with", "expressed its protest")
      const lead = v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start);
      if ((prev && PROTEST_NOT.test(prev.lower)) || PROTEST_LODGED.test(lead)) return undefined;
      // (nor protests only called for, planned, threatened, feared or banned; nor a complaint "from the players")
      if (PROTEST_WANTED.test(lead) || /^\s+from\b/i.test(rest)) return undefined;
      // (a protest where it happens, in its clause: "protests in Tbilisi", "protested outside parliament in Minsk")
      const inClause = (k: number) => {
        const d = ctx.drafts[k];
        const gap = d.start >= tok.end ? ctx.text.slice(tok.end, d.start) : ctx.text.slice(d.end, tok.start);
        return gap.length <= 80 && !/[,;:]|\b(?:said|says|told|which|who|that)\b/i.test(d.start >= tok.end ? gap : gap.replace(/^\s*,\s*/, ''));
      };
      const where = locationIn(ctx, v, tok).filter(inClause);
      const inCountry = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|across)\s+(?:the\s+)?$/iu;
      const country = where.length ? undefined : v.mentions.find((k) => L(k) === 'Country' && ctx.drafts[k].start > tok.end && inCountry.test(ctx.text.slice(tok.end, ctx.drafts[k].start)));
      if (!where.length && country === undefined) return undefined;
      if (events.some((e) => e.sentence === v.s && e.type === 'Other' && PROTEST.has(e.trigger.toLowerCase()))) return undefined;
      return event('Other', `protests in ${fullName(ctx, where[0] ?? country!)}`, [], [], where.length ? where : [country!]);
    }
    if (ANNEXED.has(low)) {
      if (tok.pos !== 'VERB') return undefined;
      // passive: "Crimea was annexed by Russia in 2014"
      const passive = !!prev && PASSIVE_AUX.test(prev.lower);
      const state = passive ? namedBy(v, tok, BY_NEAR, actors) : before(v, tok.start, actors, 30);
      // what it takes: a territory, or a country ("annexed the Ukrainian territory of Crimea": Crimea), as the verb's
      // object (not a place after "at" or "in": "annexed four regions at a ceremony in Moscow")
      const object = (k: number) => /^\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:of\s+(?:the\s+)?)?$/u.test(ctx.text.slice(tok.end, ctx.drafts[k].start)) && !/\b(?:in|at|near|on|during|after|before)\s/i.test(ctx.text.slice(tok.end, ctx.drafts[k].start));
      const land = passive ? before(v, prev!.start, ['Location', 'Country'], 30)
        : v.mentions.find((k) => ctx.drafts[k].start >= tok.end && ctx.drafts[k].start - tok.end <= 60 && L(k) === 'Location' && object(k)) ?? v.mentions.find((k) => ctx.drafts[k].start >= tok.end && ctx.drafts[k].start - tok.end <= 40 && L(k) === 'Country' && object(k));
      if (state === undefined || land === undefined || root(ctx, state) === root(ctx, land)) return undefined;
      return event('Other', `annexation of ${fullName(ctx, land)}`, [state], [land], []);
    }
    if (INVADED.has(low)) {
      // "after Russia invaded Ukraine", "Kuwait was invaded by Iraq in 1990" (not one threatened, feared or denied: "threatened
      // to invade Taiwan", "would not invade")
      // (nor past an adverb: "preparing to potentially invade Taiwan")
      let before1 = t - 1;
      while (before1 > ta && toks[before1].pos === 'ADV') before1--;
      if (tok.pos !== 'VERB' || unreal(toks, t, ta) || (before1 >= ta && toks[before1].lower === 'to')) return undefined;
      const passive = !!prev && PASSIVE_AUX.test(prev.lower);
      const state = passive ? namedBy(v, tok, BY_NEAR, ['Country', 'Organization']) : before(v, tok.start, ['Country', 'Organization'], 30);
      const land = passive ? before(v, prev!.start, ['Location', 'Country'], 30) : after(v, tok.end, ['Country', 'Location'], 12);
      if (state === undefined || land === undefined || root(ctx, state) === root(ctx, land)) return undefined;
      if (L(state) === 'Organization' && ctx.drafts[root(ctx, state)].kind !== 'military') return undefined;
      return event('Battle', `invasion of ${fullName(ctx, land)}`, [state], [land], []);
    }
    if (ADMISSION.has(low)) {
      // "since Cambodia's admission in 1999", "X applied for membership in 2011": the state, and the body the
      // sentence names (the bloc it joins)
      const body = (k: number) => L(k) === 'Organization' && ctx.drafts[root(ctx, k)].kind === 'intergovernmental';
      const bloc = v.mentions.find(body);
      if (low === 'admission') {
        // (not an admission of something: "Israel's admission that its strike killed aid workers", "of responsibility")
        if (/^\s+(?:that|of|by)\b/i.test(rest)) return undefined;
        const state = possessor(ctx, v, t);
        const to = /^\s+(?:to|into)\s+(?:the\s+)?/i.exec(rest);
        const into = to ? after(v, tok.end + to[0].length, ['Organization'], 3) : bloc;
        if (state === undefined || L(state) !== 'Country' || into === undefined || !body(into)) return undefined;
        return event('Accession', '', [state], [into], []);
      }
      if (!/^\s+(?:for|to\s+join)\s+(?:full\s+)?(?:membership|accession|admission|the\s+|\p{Lu})/iu.test(rest)) return undefined;
      const state = before(v, tok.start, ['Country'], 40);
      const of = /^\s+for\s+(?:full\s+)?membership\s+(?:of|in)\s+(?:the\s+)?|^\s+to\s+join\s+(?:the\s+)?/i.exec(rest);
      const into = of ? after(v, tok.end + of[0].length, ['Organization'], 3) : bloc;
      if (state === undefined || into === undefined || !body(into)) return undefined;
      return event('Other', `membership application of ${fullName(ctx, state)}`, [state], [into], []);
    }
    if (low === 'status') {
      // the verb that grants it, a few words before: "The EU gave Georgia candidate member status", "East Timor was
      // granted observer status in 2022" (not "sought", "applied for" or "could grant")
      let g = -1;
      for (let q = t - 1; q >= Math.max(ta, t - 7) && g < 0; q--) if (STATUS_GIVEN.test(toks[q].lower)) g = q;
      if (g < 0 || negatedOrHypothetical(toks, g, ta) || (g > ta && (MODAL.has(toks[g - 1].lower) || toks[g - 1].lower === 'be'))) return undefined;
      // (received or won by the state before the verb, like the passive: "Georgia received EU candidate status")
      const passive = (g > ta && PASSIVE_AUX.test(toks[g - 1].lower)) || /^(received|receives|won|wins|obtained|gained|secured)$/.test(toks[g].lower);
      const kind = prev!.lower === 'member' && t - 2 > g ? toks[t - 2].lower : prev!.lower;
      // ("granted candidate status to Georgia"; a country that only owns the one granted is none: "Russia's Sberbank")
      const toWhom = /^\s+to\s+(?:the\s+)?/i.exec(rest);
      const direct = after(v, toks[g].end, ['Country'], 3);
      const state = passive ? before(v, toks[g].start, ['Country'], 90)
        : toWhom ? after(v, tok.end + toWhom[0].length, ['Country'], 3)
        : direct !== undefined && !ownsNext(ctx.text, ctx.drafts[direct].end) ? direct : undefined;
      // (who grants it: the subject, "by" the body, or the body named before the status: "was granted EU candidate status")
      const giver = passive ? namedBy(v, tok, BY_NEAR, ['Organization'], 60) ?? v.mentions.find((k) => L(k) === 'Organization' && ctx.drafts[k].start >= toks[g].end && ctx.drafts[k].end <= tok.start) : before(v, toks[g].start, ['Organization'], 40);
      if (state === undefined || (!passive && !toWhom && ctx.drafts[state].end > tok.start)) return undefined;
      return event('Other', `${kind} status for ${fullName(ctx, state)}`, giver !== undefined ? [giver] : [], [state], []);
    }
    if (ARRIVED.has(low)) {
      // "X and Y landed in Rabat on Tuesday": people who arrive in a place visit it
      if (tok.pos !== 'VERB') return undefined;
      const inAt = /^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+\s+|(?:today|yesterday|late|early)\s+)?(?:at\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:airport|airbase|air\s+base|airfield)\s+)?in\s+(?:the\s+)?/iu.exec(rest);
      const place = inAt ? after(v, tok.end + inAt[0].length, ['Location', 'Country'], 1) : undefined;
      const visitor = before(v, tok.start, PERSONISH, 30);
      // (a storm is no visitor: "Hurricane Beryl arrived in Jamaica")
      if (place === undefined || visitor === undefined || !LIGHT_SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[visitor].end, tok.start)) || /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical)\b/.test(ctx.drafts[visitor].text)) return undefined;
      const P = ctx.drafts[root(ctx, place)];
      const country = P.label === 'Country' ? place : P.placeCountry ? ctx.drafts.findIndex((x) => x.label === 'Country' && x.countryCode === P.placeCountry && !x.dropped) : -1;
      return { ...event('Visit', '', [visitor], country >= 0 ? [country] : [], P.label === 'Location' ? [place] : []), confidence: 0.6 };
    }
    // a phone call: who calls (the nearest person before, not one who reports it) and who is called ("with", "to",
    // "from" the call, or the verb's object: "phoned Vladimir Putin"); not a call refused or denied ("had no phone
    // call", "rejected a phone call")
    const lead = v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start);
    if (/\bno\s+(?:\w+\s+)?$|\b(?:reject|refus|declin|cancel|turn(?:ed|s)?\s+down|den(?:y|ied|ies))\w*\b[^.;,]*$/i.test(lead)) return undefined;
    const w = /^\s+(?:(?:on|in)\s+\p{Lu}\p{Ll}+\s+)?(?:with|to|from|between)\s+/u.exec(rest) ?? (/^(?:phoned|telephoned|called)$/.test(low) ? /^\s+/.exec(rest) : null);
    const near = before(v, tok.start, PERSONISH, 60);
    const nearReports = near !== undefined && REPORTED_BETWEEN.test(ctx.text.slice(ctx.drafts[near].end, tok.start));
    // (else the other person right before: "X and Y held a telephone conversation", "X informed Y during a phone call")
    const other = near !== undefined ? v.mentions.find((k) => L(k) === 'Person' && ctx.drafts[k].end <= ctx.drafts[near].start && root(ctx, k) !== root(ctx, near) && /^\s+(?:and|(?:informed|told|assured|thanked|urged|briefed|congratulated)(?:\s+\w+)?)\s+$/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[near].start))) : undefined;
    const kin = (k: number) => KIN_BEFORE.test(ctx.text.slice(Math.max(v.start, ctx.drafts[k].start - 20), ctx.drafts[k].start));
    if (!w && other !== undefined && ![other, near!].some(kin) && !nearReports) return event('Meeting', '', [other], [near!], []);
    const called = w ? after(v, tok.end + w[0].length, PERSONISH, 30) : undefined;
    const caller = near !== undefined && !nearReports ? near
      : called !== undefined ? v.mentions.find((k) => L(k) === 'Person' && ctx.drafts[k].start > ctx.drafts[called].end && root(ctx, k) !== root(ctx, called)) : undefined;
    // (no family call: "Police said Jane Doe made a phone call to her husband John Doe")
    if (caller === undefined || called === undefined || root(ctx, caller) === root(ctx, called) || [caller, called].some(kin)) return undefined;
    return event('Meeting', '', [caller], [called], []);
  };

  for (const v of views) {
    const [ta, tb] = ctx.an.sentenceTokens[v.s];
    for (let t = ta; t < tb; t++) {
      const tok = toks[t];
      const lem = tok.lemma;
      const low = tok.lower;
      if (!TRIGGER_WORDS.has(low) && (lem === low || !TRIGGER_WORDS.has(lem))) continue;
      const prev = t > ta ? toks[t - 1] : undefined;
      if (VISIT.has(lem) && (tok.pos === 'NOUN' || tok.pos === 'VERB') && !(low === 'visits' && prev && /^(foreign|official|state)$/.test(prev.lower))) {
        if (low === 'visiting' && t + 1 < tb && toks[t + 1].cap) {
          // "visiting Mongolian Prime Minister X": X is the visitor
          const visitor = after(v, tok.end, PERSONISH, 60);
          if (visitor !== undefined) push({ type: 'Visit', name: '', trigger: tok.text, triggerStart: tok.start, agents: [visitor], targets: [], locations: [], sentence: v.s, confidence: 0.6 }, v);
          continue;
        }
        // "X would pay a working visit", "X began a state visit": the visitor is the light verb's subject
        let light = -1;
        for (let q = t - 1; q >= Math.max(ta, t - 4) && light < 0; q--) if (VISIT_VERBS.test(toks[q].lower)) light = q;
        const lightCandidate = light >= 0 && tok.pos === 'NOUN' ? before(v, toks[light].start, PERSONISH, 40) : undefined;
        // (only auxiliaries between: "X would pay", "X will also make"; not "X thanked Y and made")
        const lightSubject = lightCandidate !== undefined && LIGHT_SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[lightCandidate].end, toks[light].start)) ? lightCandidate : undefined;
        const subject = lightSubject ?? v.mentions.find((k) => L(k) === 'Person' && ctx.drafts[k].start - v.start < 40 && ctx.drafts[k].end <= tok.start);
        const agent = possessor(ctx, v, t) ?? ofObject(ctx, v, tok, PERSONISH)
          ?? (tok.pos === 'VERB' ? subject ?? before(v, tok.start, PERSONISH, 120) : prev && /^(this|that|the)$/.test(prev.lower) ? undefined : subject);
        // (nor travel avoided, refused or barred: "continues to mostly avoid traveling abroad", "was barred from travelling")
        if (negatedOrHypothetical(toks, t, ta) || VISIT_AVOIDED.test(ctx.text.slice(Math.max(v.start, tok.start - 40), tok.start)) || (tok.pos === 'NOUN' && VISIT_CANCELLED_AFTER.test(v.text.slice(tok.end - v.start)))) continue;
        // (past a visitor named after "of": "the state visit of President ... Shavkat Mirziyoyev to the Russian Federation")
        const from = agent !== undefined && ctx.drafts[agent].start > tok.end ? ctx.drafts[agent].end : tok.end;
        let target = after(v, from, ['Country', 'Location'], 80);
        // (or its leader or government: "visited the Prime Minister of St Vincent and the Grenadines")
        if (target !== undefined && !/^\s*(the\s+)?$|\b(to|in)\s+(the\s+)?$/i.test(ctx.text.slice(from, ctx.drafts[target].start)) && !(tok.pos === 'VERB' && VISITED_LEADER_OF.test(ctx.text.slice(tok.end, ctx.drafts[target].start)))) target = undefined;
        if (target === undefined && t + 1 < tb && toks[t + 1].lower === 'there') target = before(v, tok.start, ['Country', 'Location']);
        if (agent === undefined && target === undefined) continue;
        const targets: number[] = [];
        const locations: number[] = [];
        if (target !== undefined) {
          const T = ctx.drafts[root(ctx, target)];
          if (T.label === 'Location') {
            locations.push(target);
            const c = T.placeCountry ? ctx.drafts.findIndex((x) => x.label === 'Country' && x.countryCode === T.placeCountry && !x.dropped) : -1;
            targets.push(c >= 0 ? c : target);
          } else targets.push(target);
        }
        push({ type: 'Visit', name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets, locations, sentence: v.s, date: dateNear(v, tok.start), confidence: 0.75 }, v);
        continue;
      }
      if ((low === 'warrant' || low === 'warrants') && tok.pos === 'NOUN') {
        if (low === 'warrants' && /\b\d+\b/.test(v.text.slice(Math.max(0, tok.start - v.start - 30), tok.start - v.start))) continue;
        if (!/arrest/i.test(v.text)) continue;
        const courts = v.mentions.filter((k) => ctx.drafts[root(ctx, k)].label === 'Organization' && ctx.drafts[root(ctx, k)].kind === 'court');
        const agent = courts.filter((k) => ctx.drafts[k].end <= tok.start).pop() ?? courts[0];
        const target = after(v, tok.end, PERSONISH, 40);
        if (target === undefined && !/\bissu(ed|es|ing)\b/i.test(v.text)) continue;
        push({ type: 'ArrestWarrant', name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: target !== undefined ? [target] : [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.75 }, v);
        continue;
      }
      // "until his arrest in Serbia", "Navalny's arrest", "the arrest of X on Monday": the possessor or the one "of" is
      // held (not "an arrest warrant", nor an arrest only sought: "called for his arrest", "ordered the arrest of X")
      if (low === 'arrest' && tok.pos === 'NOUN' && !(t + 1 < tb && /^warrants?$/.test(toks[t + 1].lower)) && !negatedOrHypothetical(toks, t, ta)) {
        const owner = possessor(ctx, v, t);
        const held = owner ?? ofObject(ctx, v, tok, PERSONISH);
        // (the text before the possessor, "called for Navalny's", or before the noun, "ordered the immediate")
        const head = owner !== undefined ? ctx.drafts[owner].start : tok.start;
        const sought = ARREST_SOUGHT.test(ctx.text.slice(v.start, head)) || (!!prev && ARREST_NOT_YET.test(prev.lower));
        if (held !== undefined && PERSONISH.includes(ctx.drafts[root(ctx, held)].label) && !sought && !unreal(toks, t, ta)) {
          push({ type: 'Arrest', name: '', trigger: tok.text, triggerStart: tok.start, agents: [], targets: [held], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
      }
      // "X is under house arrest", "X was placed under arrest": the subject is held
      if (low === 'arrest' && prev && (prev.lower === 'under' || (prev.lower === 'house' && t - 2 >= ta && toks[t - 2].lower === 'under'))) {
        const under = prev.lower === 'under' ? prev : toks[t - 2];
        if (negatedOrHypothetical(toks, t, ta)) continue;
        const k = before(v, under.start, PERSONISH, 60);
        if (k === undefined || !HELD_BEFORE.test(ctx.text.slice(ctx.drafts[k].end, under.start))) continue;
        if (governedByNoun(k)) continue;
        // who holds them, only when named after "by" (not whoever reports it)
        const agent = namedBy(v, tok, BY_NEAR, ['Country', 'Organization'], 60);
        push({ type: 'Arrest', name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: [k], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      if ((low === 'arrested' || low === 'detained') && !(prev && MODAL.has(prev.lower)) && !(t + 1 < tb && toks[t + 1].lower === 'warrant')) {
        if (negatedOrHypothetical(toks, t, ta) || (t - 2 >= ta && MODAL.has(toks[t - 2].lower))) continue;
        // the one held is named after it ("police arrested X"), or before it as the subject of the passive ("X was
        // detained", "X, who was arrested"); not a name before a reduced relative ("told Putin that those detained ...")
        const held = after(v, tok.end, PERSONISH, 30);
        const subject = held === undefined ? before(v, tok.start, PERSONISH, 30) : undefined;
        // (a description in apposition ends at its head: "Pavel Durov, the founder of Telegram, was detained")
        const gap = subject !== undefined ? ctx.text.slice(ctx.drafts[subject].end, tok.start) : '';
        const passiveSubject = subject !== undefined && (PASSIVE_SUBJECT_GAP.test(gap) || (ctx.drafts[subject].via === 'description' && PASSIVE_SUBJECT_GAP.test(gap.replace(/^[^,;()]{0,40}?,\s*/, ''))));
        const target = held ?? (passiveSubject ? subject : undefined);
        if (target === undefined) continue;
        // (not the body the one held leads or serves: "Chadema chairman Freeman Mbowe was arrested")
        const theirs = (k: number) => ctx.relations.some((x) => x.sentence === v.s && root(ctx, x.from) === root(ctx, target) && root(ctx, x.to) === root(ctx, k));
        const near = before(v, tok.start, ['Country', 'Organization'], 80);
        const agent = near !== undefined && !theirs(near) ? near : undefined;
        push({ type: 'Arrest', name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: [target], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.65 }, v);
        continue;
      }
      // "North Korea launched an intercontinental ballistic missile": a launch (a test), or with what it is fired
      // at, an attack ("fired missiles at Israel")
      if (LAUNCHED.has(low) && tok.pos === 'VERB' && !negatedOrHypothetical(toks, t, ta) && !(prev && MODAL.has(prev.lower))) {
        const m = MISSILE_AFTER.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 80));
        const agent = m ? before(v, tok.start, ['Country', 'Organization'], 60) : undefined;
        // the verb's own subject: only an aside or adverbs between ("the fighting between Hezbollah and the IDF began
        // when the group launched rockets": not the IDF)
        const subjectOf = agent !== undefined && /^\s*(?:,[^,]{1,60},\s*)?(?:(?:has|have|had|also|again|reportedly|then|later|just|on\s+\p{Lu}\p{Ll}+)\s+)*$/u.test(ctx.text.slice(ctx.drafts[agent].end, tok.start));
        if (m && agent !== undefined && subjectOf && !(prev && PASSIVE_AUX.test(prev.lower))) {
          const at = MISSILE_AT.exec(v.text.slice(tok.end - v.start + m[0].length));
          const hit = at ? after(v, tok.end + m[0].length + at[0].length, ['Country', 'Location', 'Organization'], 3) : undefined;
          // (a sea is where it falls, nothing it hits: "towards the East Sea")
          const water = hit !== undefined && L(hit) === 'Location' && SEA_NAME.test(ctx.drafts[root(ctx, hit)].name);
          const target = hit !== undefined && !water && !MISSILE_FALLS.test(ctx.text.slice(ctx.drafts[hit].end, ctx.drafts[hit].end + 50)) ? hit : undefined;
          push({ type: target !== undefined ? 'Battle' : 'Other', name: target !== undefined ? '' : `${fullName(ctx, agent)} ${m[1].toLowerCase()} launch`, trigger: tok.text, triggerStart: tok.start, agents: [agent], targets: target !== undefined ? [target] : [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
      }
      // "the Court of Cassation authorized the extradition to China of the Uyghur activist X", "his extradition to The
      // Hague", "X was being extradited to New York": an extradition (not a request, a treaty or a hearing for one, nor one
      // only sought or refused)
      if ((low === 'extradition' && tok.pos === 'NOUN' && !(t + 1 < tb && toks[t + 1].pos === 'NOUN')) || (low === 'extradited' && tok.pos === 'VERB')) {
        if (negatedOrHypothetical(toks, t, ta) || EXTRADITION_SOUGHT.test(v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start))) continue;
        let target: number | undefined;
        if (low === 'extradition') {
          const of = EXTRADITION_OF.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 120));
          target = (of ? after(v, tok.end + of[0].length, PERSONISH, 40) : undefined) ?? possessor(ctx, v, t);
        } else {
          const subject = before(v, tok.start, PERSONISH, 40);
          if (subject !== undefined && PASSIVE_SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[subject].end, tok.start))) target = subject;
        }
        if (target === undefined || L(target) !== 'Person') continue;
        const court = low === 'extradition' ? v.mentions.find((k) => ctx.drafts[root(ctx, k)].kind === 'court' && ctx.drafts[k].end <= tok.start) : undefined;
        push({ type: 'Other', name: `extradition of ${fullName(ctx, target)}`, trigger: tok.text, triggerStart: tok.start, agents: court !== undefined ? [court] : [], targets: [target], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
        continue;
      }
      // "Burma released 40 political detainees", "the Taliban freed George Glezmann": captives set free by a state or a
      // group (not a statement, a report or water released; not a release only asked for)
      if ((low === 'released' || low === 'freed' || low === 'releases' || low === 'frees') && tok.pos === 'VERB' && !negatedOrHypothetical(toks, t, ta) && !(prev && (MODAL.has(prev.lower) || PASSIVE_AUX.test(prev.lower)))) {
        const freer = before(v, tok.start, ['Country', 'Organization'], 60);
        if (freer !== undefined && SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[freer].end, tok.start)) && ctx.drafts[root(ctx, freer)].kind !== 'media') {
          const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 80);
          const person = after(v, tok.end, ['Person'], 2);
          if (person !== undefined || CAPTIVES_FREED.test(rest)) {
            push({ type: 'Other', name: `release by ${fullName(ctx, freer)}`, trigger: tok.text, triggerStart: tok.start, agents: [freer], targets: person !== undefined ? [person] : [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
            continue;
          }
        }
      }
      // "South Korea's National Security Council convened on Friday": a body meets (not "X convened a conference")
      if ((low === 'convened' || low === 'convenes') && !(t + 1 < tb && /^(a|an|the|his|her|its|their|talks|meetings?)$/.test(toks[t + 1].lower))) {
        // ("the National Security Council of South Korea convened": the body before "of" its country)
        const near = before(v, tok.start, ['Organization', 'Country'], 12);
        const body = near !== undefined && L(near) === 'Country' ? v.mentions.find((k) => L(k) === 'Organization' && /^\s+of\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[near].start))) : near;
        if (body !== undefined && !negatedOrHypothetical(toks, t, ta)) push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents: [body], targets: [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      if (EXERCISE.has(low) || SWAP.has(low) || PROTEST.has(low) || ANNEXED.has(low) || INVADED.has(low) || ADMISSION.has(low) || ARRIVED.has(low) || (low === 'status' && prev && STATUS_KIND.test(prev.lower)) || ((CALL_WORDS.has(low) && prev && /^(phone|telephone|video)$/.test(prev.lower)) || /^(phoned|telephoned)$/.test(low) || (low === 'called' && calledSomeone(t)) || (/^(phone|telephone)$/.test(low) && prev && /^(by|the)$/.test(prev.lower)))) {
        const e = activity(t, v, ta, tb);
        if (e) {
          push(e, v);
          continue;
        }
        if (!CALL_WORDS.has(low)) continue;
      }
      // "China and Canada filed complaints with the WTO against the United States": a legal action of its filers against
      // whom it names after "against" (not one only threatened: "would file a complaint")
      if (COMPLAINTS.has(low) && tok.pos === 'NOUN') {
        const verb = openingBefore(t, ta, COMPLAINT_FILED, 40);
        if (verb < 0) continue;
        const verbAt = toks[verb].start;
        if (unreal(toks, verb, ta) || COMPLAINT_NOT_YET.test(ctx.text.slice(Math.max(v.start, verbAt - 40), verbAt))) continue;
        // the filer is the verb's subject, maybe past an aside or "said (on Tuesday) that it had" (not "X, criticised by
        // CNN in 2020, filed": CNN)
        const filer = v.mentions.filter((k) => ACTORS.includes(L(k)) && ctx.drafts[k].end <= verbAt).reverse().find((k) => FILER_GAP.test(ctx.text.slice(ctx.drafts[k].end, verbAt)));
        // the party after "against", right after the noun or its forum ("with the WTO against X"), in its clause
        const against = /^(?:\s+(?:with|at|to|before)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|for\s+|on\s+)?\p{Lu}[\p{L}.'’-]*){0,6})?\s+against\s+(?:the\s+)?/u.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 100));
        const party = against ? after(v, tok.end + against[0].length, ACTORS, 2) : undefined;
        if (filer === undefined || party === undefined || root(ctx, filer) === root(ctx, party)) continue;
        push({ type: 'Other', name: `complaint against ${fullName(ctx, party)}`, trigger: tok.text, triggerStart: tok.start, agents: [filer], targets: [party], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
        continue;
      }
      // "Pakistan carried out five underground nuclear tests", "North Korea's missile test": a weapons test is its state's
      if ((low === 'test' || low === 'tests') && tok.pos === 'NOUN') {
        const kind = WEAPON_TEST_BEFORE.exec(v.text.slice(Math.max(0, tok.start - v.start - 30), tok.start - v.start));
        // (not a noun's modifier, "Iran's nuclear test site", "a test ban")
        if (!kind || (t + 1 < tb && toks[t + 1].pos === 'NOUN') || negatedOrHypothetical(toks, t, ta) || TEST_WANTED.test(v.text.slice(Math.max(0, tok.start - v.start - 60), tok.start - v.start))) continue;
        // (the tester named after "by" first, "the missile tests by Pyongyang"; then a demonym before the weapon, "the
        // Iranian missile test"; then the country before)
        const demonym = v.mentions.find((k) => L(k) === 'Country' && ctx.drafts[k].via === 'demonym' && ctx.drafts[k].end <= tok.start && /^\s+(?:[\p{L}-]+\s+){0,3}$/u.test(ctx.text.slice(ctx.drafts[k].end, tok.start)));
        // (a demonym the sentence keeps no mention for names a tester we cannot place: no event rather than the wrong one)
        const adjective = /([\p{L}-]+)\s+$/u.exec(v.text.slice(Math.max(0, tok.start - v.start - 30), tok.start - v.start - kind[0].length));
        const unplaced = demonym === undefined && !!adjective && countryGazetteer().byDemonym.has(adjective[1].toLowerCase());
        const by = namedBy(v, tok, BY_RIGHT_AFTER, ['Country'], 30);
        const tester = by ?? demonym ?? (unplaced ? undefined : before(v, tok.start, ['Country'], 60));
        if (tester === undefined) continue;
        // (no place: a country the sentence names is not where the test was)
        push({ type: 'Other', name: `${kind[1].toLowerCase()} test by ${fullName(ctx, tester)}`, trigger: tok.text, triggerStart: tok.start, agents: [tester], targets: [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      // "Russia vetoed a British-drafted Security Council resolution": a veto is its caster's
      // (or cast as a noun: "China and Russia have cast a double veto")
      const castVeto = low === 'veto' && tok.pos === 'NOUN' ? VETO_CAST.exec(v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start)) : null;
      if ((((low === 'vetoed' || low === 'vetoes') && tok.pos === 'VERB') || castVeto) && !negatedOrHypothetical(toks, t, ta)) {
        // (the subject past a day or an adverb, "The United States on Wednesday vetoed", "Russia has repeatedly vetoed";
        // or named after "by", "was vetoed by Russia and China")
        const verbStart = castVeto ? tok.start - castVeto[0].length : tok.start;
        const subject = before(v, verbStart, ['Country'], 60);
        const caster = (castVeto ? undefined : namedBy(v, tok, BY_RIGHT_AFTER, ['Country'], 30)) ?? (subject !== undefined && SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[subject].end, verbStart)) ? subject : undefined);
        if (caster === undefined) continue;
        push({ type: 'Other', name: `veto by ${fullName(ctx, caster)}`, trigger: tok.text, triggerStart: tok.start, agents: [caster], targets: [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      // "Mattis and al-Attiyah also discussed security", "Blinken discussed the war with Wang Yi": two named parties who
      // discuss met (one alone only spoke: "Biden discussed the economy")
      if (/^discuss(?:ed|es|ing)?$/.test(low) && tok.pos === 'VERB' && !negatedOrHypothetical(toks, t, ta)) {
        const agent = before(v, tok.start, ['Person', 'Country'], 40);
        if (agent === undefined || !SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[agent].end, tok.start))) continue;
        // (the "with" of the talk, not of its topic: "discussed relations with China", "his plan to deal with Iran"; a
        // country only for a state's talks, never a demonym: "with French ministers")
        const withAt = /\s(?:([\p{L}-]+)\s+)with\s/u.exec(v.text.slice(tok.end - v.start - 1, tok.end - v.start + 60));
        const withPos = withAt && !TOPIC_WITH.test(withAt[1]) ? withAt.index + withAt[0].length - 6 : -1;
        const named = (k: number | undefined) => (k !== undefined && ctx.drafts[k].via !== 'demonym' && !POSSESSIVE_AFTER.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[k].end + 3)) ? k : undefined);
        const partner = withPos >= 0 ? named(after(v, tok.end + withPos, ['Person'], 50)) ?? (L(agent) === 'Country' ? named(after(v, tok.end + withPos, ['Country'], 20)) : undefined) : undefined;
        const first = partner === undefined ? before(v, ctx.drafts[agent].start, ['Person', 'Country'], 6) : undefined;
        const pair = first !== undefined && /^\s+and\s+$/.test(ctx.text.slice(ctx.drafts[first].end, ctx.drafts[agent].start)) ? first : undefined;
        if (partner === undefined && pair === undefined) continue;
        const agents = pair !== undefined ? [pair, agent] : [agent];
        // (no place: "discussed the war in Gaza with X" names where the topic is, not where they met)
        push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents, targets: partner !== undefined ? [partner] : [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      if (MEETING.has(lem) || MEETING.has(low)) {
        // (a capital opening the sentence may be read as a name: "Talks between Russia and Ukraine were held")
        const opening = t === ta && tok.pos === 'PROPN';
        if (tok.pos !== 'NOUN' && tok.pos !== 'VERB' && !opening) continue;
        if (prev && /^(which|that|who)$/.test(prev.lower)) continue;
        if (negatedOrHypothetical(toks, t, ta)) continue;
        // "the meeting in Vienna of States Parties to the Treaty on the Prohibition of Nuclear Weapons": a conference of a
        // treaty's parties
        const ofParties = low === 'meeting' ? PARTIES_MEETING.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 80)) : null;
        const treaty = ofParties ? after(v, tok.end + ofParties[0].length, ['Treaty'], 1) : undefined;
        if (treaty !== undefined) {
          push({ type: 'Conference', name: '', trigger: tok.text, triggerStart: tok.start, agents: [], targets: [treaty], locations: placeAfter(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
        // talks others are asked to hold have not been held ("calling for the government and protesters to hold talks"),
        // nor are talks called off, broken off or suspended ("Duque called off talks with the ELN")
        if (TALKS_ASKED.test(v.text.slice(Math.max(0, tok.start - v.start - 140), tok.start - v.start))) continue;
        if (TALKS_ENDED.test(v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start)) || TALKS_ENDED_AFTER.test(v.text.slice(tok.end - v.start, tok.end - v.start + 80))) continue;
        const withPos = v.text.indexOf(' with ', tok.end - v.start);
        const named = (k: number | undefined) => (k !== undefined && ctx.drafts[k].via !== 'coreference' ? k : undefined);
        let target = withPos >= 0 && withPos - (tok.end - v.start) < 25 ? named(after(v, v.start + withPos, PERSONISH, 50)) ?? named(after(v, v.start + withPos, ACTORS, 40))
          : lem === 'meet' && tok.pos === 'VERB' ? metObject(v, tok) : undefined;
        // "the G7 summit", "APEC leaders summit"
        // "(APEC) leaders summit": the abbreviation's bracket may stand between
        const att = t > ta && toks[t - 1].text === ')' ? t - 1 : t;
        const attached = v.mentions.find((k) => (ctx.drafts[k].tokEnd === att || (ctx.drafts[k].tokEnd === t - 1 && /^(leaders|ministers|heads|officials|foreign|trade|defence|defense|finance)$/.test(toks[t - 1].lower)) || (att === t && ctx.drafts[k].tokEnd === t - 2 && toks[t - 2].text === ')' && /^(leaders|ministers|heads|officials)$/.test(toks[t - 1].lower))) && ACTORS.includes(L(k)));
        // ("the summit of the Association of Southeast Asian Nations opened": the body whose summit it is)
        const body = low === 'summit' && attached === undefined ? ofObject(ctx, v, tok, ['Organization']) : undefined;
        let agent = possessor(ctx, v, t) ?? (attached !== undefined ? titleHolder(v, attached) : undefined) ?? body ?? before(v, tok.start, ['Person', 'Country'], 80);
        if (agent === undefined) agent = v.mentions.find((k) => L(k) === 'Person' && (target === undefined || root(ctx, k) !== root(ctx, target)));
        // "Najib said officials met until 3 a.m.": who reports a meeting did not hold it
        if (agent !== undefined && agent !== attached && tok.pos === 'VERB' && ctx.drafts[agent].end <= tok.start && REPORTED_BETWEEN.test(ctx.text.slice(ctx.drafts[agent].end, tok.start))) agent = undefined;
        // "talks between Russia and Ukraine were held in Istanbul", "after talks between the Foreign Ministers of Russia,
        // Azerbaijan and Armenia": the parties after "between" meet (push adds the ones listed with the first)
        const betweenAt = target === undefined && attached === undefined && (tok.pos === 'NOUN' || opening) && low !== 'summit' ? /^\s+(?:held\s+)?between\s+(?:the\s+)?/i.exec(v.text.slice(tok.end - v.start)) : null;
        // (right after it, or after the parties' office: "between the Foreign Ministers of Russia, ..."; not a possessor,
        // "negotiations between investigators and Yoon's representatives"; not talks held again and again, "over the years")
        const partyAt = betweenAt ? tok.end + betweenAt[0].length : 0;
        // (talks scheduled are told as meetings, as "will meet" is: "a meeting between ... which is scheduled to take place")
        const unheld = betweenAt !== null && (HABITUAL.test(v.text) || TALKS_UNHELD.test(v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start)));
        const firstCandidate = betweenAt && !unheld ? after(v, partyAt, ACTORS, 40) : undefined;
        // (a demonym opening a titled name is that person's: "between Russian President Vladimir Putin and ...")
        const firstPerson = firstCandidate !== undefined && ctx.drafts[firstCandidate].via === 'demonym' ? after(v, ctx.drafts[firstCandidate].end, ['Person'], 30) : undefined;
        const firstParty = firstCandidate !== undefined && /^(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?)?$/u.test(ctx.text.slice(partyAt, ctx.drafts[firstCandidate].start)) && !/^['’]/.test(ctx.text.slice(ctx.drafts[firstCandidate].end)) ? firstPerson ?? firstCandidate : undefined;
        if (firstParty !== undefined) {
          push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents: [firstParty], targets: [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
        // "Britain, China and Iran attended the talks", "delegations from X, Y and Z were present at Friday's talks": two
        // or more parties that attend meet (where the summit is held, if it is named by its place)
        const attendees = target === undefined && attached === undefined && body === undefined && tok.pos === 'NOUN' ? attendingParties(v, t) : [];
        if (attendees.length >= 2) {
          const at = low === 'summit' ? placeAfter(ctx, v, tok) : [];
          push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents: attendees, targets: [], locations: at.length ? at : locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
        // "the summit in Singapore": a summit named by its place, whoever attends
        const summitAt = low === 'summit' && target === undefined && attached === undefined ? placeAfter(ctx, v, tok) : [];
        if (summitAt.length) {
          push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents: [], targets: [], locations: summitAt, sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
          continue;
        }
        // "The two leaders held talks": the last two people named before (not an aide named after, "..., Foreign
        // Secretary X said")
        const pair = target === undefined && attached === undefined && THE_LEADERS.test(v.text.slice(0, tok.start - v.start)) ? lastTwoPeople(v.s) : undefined;
        if (pair) [agent, target] = pair;
        else if (target === undefined && attached === undefined && body === undefined && !(tok.pos === 'VERB') && !(prev && /^(held|hold|holds|holding)$/.test(prev.lower))) continue;
        if (agent === undefined && target === undefined) continue;
        push({ type: 'Meeting', name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: target !== undefined ? [target] : [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.65 }, v);
        continue;
      }
      if (COMMEMORATION.has(lem) || COMMEMORATION.has(low) || (low === 'laid' && /^(flowers|a wreath|wreaths)/.test(v.text.slice(tok.end - v.start + 1)))) {
        if (!/(commemorat|memorial|anniversary|wreath|laid flowers|victory day|remembrance|independence day)/i.test(v.text)) continue;
        if (events.some((e) => e.sentence === v.s && e.type === 'Commemoration')) continue;
        const agent = before(v, tok.start, PERSONISH, 200) ?? v.mentions.find((k) => L(k) === 'Person');
        const battle = ctx.named.find((n) => n.sentence === v.s && n.type === 'Battle');
        push({ type: 'Commemoration', name: battle ? `Commemoration of the ${battle.name.replace(/^the /i, '')}` : '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.7 }, v);
        continue;
      }
      // (a parliament's vote on a motion is no election: "a parliamentary vote of no confidence", "a national vote on the budget")
      // (a poll a weekday's possessive names is one: "the winner of Wednesday's poll")
      const motion = low === 'vote' && MOTION.test(v.text.slice(tok.end - v.start, tok.end - v.start + 30));
      const electionNoun = !motion && /^(election|elections|poll|polls|runoff|vote|race)$/.test(low) && prev && (/^(presidential|parliamentary|general|legislative|local|regional|snap|municipal|national|federal|provincial)$/.test(prev.lower) || (low === 'race' && /^(?:19|20)\d\d$/.test(prev.text)) || (v.dates.some((d) => d.names !== undefined && v.start + d.names === tok.start) && !(low === 'vote' && (LEGISLATIVE_VOTE_AT.test(v.text.slice(tok.end - v.start)) || LAW_PASSED.test(v.text)))));
      const qualifies = /^(?:elected|re-elected|reelected)$/.test(low) && electedQualifies(toks, t, ta, tb);
      // (a body or a person named after elections holds none: "the elections commission said", "election observers")
      if (/^elections?$/.test(low) && t + 1 < tb && ELECTION_BODY_AFTER.test(toks[t + 1].lower)) continue;
      if (!qualifies && (electionNoun || /^(elected|re-elected|reelected|election|elections|re-election|reelection)$/.test(low)) && (tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'ADJ')) {
        // (one election per sentence, but one per date: "elected in 2016 ... and reelected in 2020")
        const when = dateNear(v, tok.start);
        // (a second one only for another year or a re-election: not a report's day, "won the election, officials said on Monday")
        if (events.some((e) => e.sentence === v.s && e.type === 'Election' && (e.date === when || when === undefined || e.date === undefined || !(/^\d{4}$/.test(when) || /^re-?elected$/.test(low))))) continue;
        // the candidates named in the sentence, and the body or country elected to/in
        // (in a sentence of several elections, each its own candidate: "Biden was elected in 2020 and Trump in 2016")
        const several = (v.text.match(/\b(?:re-?)?elected\b/gi) ?? []).length > 1;
        const own = several ? before(v, tok.start, ['Person'], 40) : undefined;
        let candidates = own !== undefined ? [own] : v.mentions.filter((k) => L(k) === 'Person').slice(0, 3);
        if (!candidates.length) candidates = v.mentions.filter((k) => L(k) === 'Country' && ctx.drafts[k].end <= tok.start).slice(0, 1);
        const target = after(v, tok.end, ['Organization', 'Country'], 30) ?? possessor(ctx, v, t) ?? before(v, tok.start, ['Country'], 30);
        // (a general or presidential election whose own date is told to the month or the day is an event with no one
        // named: "after a general election on May 29 failed to produce a clear winner", "Saturday's presidential election";
        // not a date of something else in its sentence, "the commission said on Tuesday the election was postponed")
        const ownDate = !candidates.length && target === undefined && electionNoun && /^(?:presidential|general|parliamentary|legislative)$/.test(prev!.lower) ? dateOfElection(v, prev!.start, tok.end) : undefined;
        if (!candidates.length && target === undefined && !(ownDate !== undefined && ownDate.length >= 7)) continue;
        push({ type: 'Election', name: '', trigger: tok.text, triggerStart: tok.start, agents: candidates, targets: target !== undefined ? [target] : [], locations: [], sentence: v.s, date: ownDate ?? when, confidence: 0.6 }, v);
        continue;
      }
      // wink sometimes tags a head noun as an adjective ("the army offensive in ..."): accept it when no noun follows
      // (and a gerund that is its sentence's subject, tagged as a verb: "Fighting broke out", "Heavy shelling continued")
      const nounLike = tok.pos === 'NOUN' || (tok.pos === 'ADJ' && !(t + 1 < tb && /^(NOUN|PROPN|ADJ)$/.test(toks[t + 1].pos))) ||
        (tok.pos === 'VERB' && low.endsWith('ing') && t + 1 < tb && /^(VERB|AUX)$/.test(toks[t + 1].pos) && (!prev || /^(PROPN|ADJ|DET)$/.test(prev.pos) || prev.text === ','));
      // "The delegates adopted the Vienna Declaration": a named text adopted is agreed (by the states or bodies that adopt it)
      if ((low === 'adopted' || low === 'adopts') && tok.pos === 'VERB' && !negatedOrHypothetical(toks, t, ta) && !(prev && (MODAL.has(prev.lower) || PASSIVE_AUX.test(prev.lower)))) {
        const the = /^\s*(?:the\s+)?/.exec(v.text.slice(tok.end - v.start))!;
        const text = after(v, tok.end + the[0].length, ['Treaty'], 1);
        if (text !== undefined) {
          const subject = before(v, tok.start, ['Country', 'Organization'], 60);
          const agents = subject !== undefined && SUBJECT_GAP.test(ctx.text.slice(ctx.drafts[subject].end, tok.start)) ? [subject] : [];
          push({ type: 'Agreement', name: '', trigger: tok.text, triggerStart: tok.start, agents, targets: [text], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
      }
      if (DECIDED.has(low) && tok.pos === 'VERB') {
        const e = bodyDecision(t, v, ta);
        if (e) {
          push(e, v);
          continue;
        }
      }
      // "EFTA was established in 1960": a body founded in a year the clause names
      if (FOUNDED_PASSIVE.has(low) && prev && prev.lower === 'was') {
        // (the subject, not a preposition's object: "relations with NATO were established")
        const near = before(v, prev.start, ['Organization'], 2);
        const body = near !== undefined && !governedByNoun(near) && !/(?:[^,\s]\s+and|\bbetween)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(v.start, ctx.drafts[near].start - 12), ctx.drafts[near].start)) ? near : undefined;
        const year = v.dates.find((d) => v.start + d.start >= tok.end && /^\s+(?:in|on)\s+$/.test(v.text.slice(tok.end - v.start, d.start)));
        if (body !== undefined && year) {
          push({ type: 'Other', name: `founding of ${fullName(ctx, body)}`, trigger: tok.text, triggerStart: tok.start, agents: [], targets: [body], locations: [], sentence: v.s, date: year.iso, confidence: 0.6 }, v);
          continue;
        }
      }
      if (EXPEL.has(low) || SUMMONED.has(low) || RELATIONS_BROKEN.has(low) || RELATIONS_MADE.has(low) || low === 'ran' || low === 'founded') {
        const e = diplomaticOrPolitical(t, v, ta, tb);
        if (e) push(e, v);
        if (e || !RELATIONS_MADE.has(low)) continue;
      }
      if (OFFICE_TAKEN.has(low) || OFFICE_LOST.has(low) || OFFICE_LEFT.has(low) || DEATH.has(low)) {
        const e = officeChange(t, v, ta, tb);
        if (e) push(e, v);
        continue;
      }
      // an armed strike: "an Israeli airstrike", "a drone strike near Tyre" (the word before says which arms)
      // (armed by the word before, "air strikes"; by what it does next, "a strike targeting senior Hamas leaders",
      // "strikes killed"; or as conducted, "conducted a strike": walkouts are staged, called or gone on)
      // (never a strike of another kind, "a hunger strike", "a lightning strike", "a general strike"; and only where the
      // sentence speaks of arms or their toll: "The UAW launched strikes targeting General Motors" is a walkout)
      const strikeWord = low === 'strike' || low === 'strikes';
      const otherStrike = strikeWord && !!prev && STRIKE_NOT_ARMS.test(prev.lower);
      const killedOff = t + 2 < tb && toks[t + 1].lower === 'killed' && toks[t + 2].lower === 'off';
      const armedStrike = strikeWord && !otherStrike && ((!!prev && STRIKE_ARMS.test(prev.lower)) || (((t + 1 < tb && STRIKE_DOES.test(toks[t + 1].lower) && !killedOff) || STRIKE_CONDUCTED.test(v.text.slice(Math.max(0, tok.start - v.start - 24), tok.start - v.start))) && ARMS_CONTEXT.test(v.text)));
      // a sentence passed on a named person, by whichever court ("A Paris court sentenced X to five years",
      // "X was sentenced to life in prison"); the court is the agent when named
      // (a conviction likewise: "X was convicted in 2021 of attempting to bribe a judge", "a court convicted X of fraud")
      const verdictAfter = low === 'sentenced' ? SENTENCED_TO : low === 'convicted' ? CONVICTED_OF : undefined;
      const penalty = verdictAfter && tok.pos === 'VERB' ? verdictAfter.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 80)) : null;
      if (penalty) {
        if (unreal(toks, t, ta)) continue;
        // passive ("X was sentenced"), reduced ("X, sentenced to 16 years, ..."): the holder before; active ("sentenced
        // X to five years"): the person between the verb and the "to" of the penalty
        const passive = !!prev && (PASSIVE_AUX.test(prev.lower) || prev.text === ',');
        const toAt = tok.end + penalty[0].search(low === 'convicted' ? /\bof\s/i : /\bto\s/i);
        const k = passive ? before(v, tok.start, PERSONISH, 80) : after(v, tok.end, PERSONISH, 40);
        const holderOk = (j: number) => (prev!.text === ',' ? /^\s*$/ : HOLDER_BEFORE).test(ctx.text.slice(ctx.drafts[j].end, prev!.start));
        const convict = k !== undefined && !governedByNoun(k) && (passive ? holderOk(k) : ctx.drafts[k].end <= toAt) ? k : undefined;
        if (convict !== undefined) {
          const court = v.mentions.find((j) => ctx.drafts[root(ctx, j)].kind === 'court');
          push({ type: 'Other', name: `${low === 'convicted' ? 'conviction' : 'sentencing'} of ${fullName(ctx, convict)}`, trigger: tok.text, triggerStart: tok.start, agents: court !== undefined ? [court] : [], targets: [convict], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
      }
      // ("War between Israel and Hamas broke out": a capital at the start is read as a name)
      if ((OTHER.has(low) || armedStrike) && (nounLike || (low === 'sentenced' && tok.pos === 'VERB') || (t === ta && tok.pos === 'PROPN'))) {
        // coups, annexations, invasions, court rulings; offensives and fighting (Battle); ceasefires (Agreement)
        // (not a word quoted as someone's name for a thing: 'strikes, which he called an "invasion,"')
        if (prev && /^["“‘']$/.test(prev.text) && t + 1 < toks.length && (/^["”’']$/.test(toks[t + 1].text) || (/^[,.]$/.test(toks[t + 1].text) && t + 2 < toks.length && /^["”’']$/.test(toks[t + 2].text)))) continue;
        const courts = v.mentions.filter((k) => ctx.drafts[root(ctx, k)].kind === 'court');
        // "An Ecuadorian court sentenced X": a court named only by a common noun still sentences
        if (COURT_WORDS.has(low) && !courts.length) continue;
        // "the court still needs to render its verdict": not yet given
        if (COURT_WORDS.has(low) && toks.slice(Math.max(ta, t - 3), t).some((x) => x.lower === 'to')) continue;
        if (low === 'ruling' && t + 1 < tb && toks[t + 1].pos === 'NOUN') continue; // "the ruling party"
        // a clash or a skirmish is a battle only among arms ("a border clash", "troops clashed"): not "a trade clash over ..."
        if (FIGURATIVE_BATTLES.has(low) && !armedClash(toks, t, ta, tb)) continue;
        // an attack is a battle only when armed ("a terror attack", "the attack killed 115 people"), never a heart attack
        const attack = ATTACKS.has(low);
        if (attack && (!armedAttack(toks, t, ta, v) || unreal(toks, t, ta))) continue;
        // ("attack ads", "attack helicopters": a kind of thing, no attack)
        if (low === 'attack' && t + 1 < tb && toks[t + 1].pos === 'NOUN') continue;
        // "war crimes", "a trade war", "the war on drugs": no fighting
        if (low === 'war' && ((t + 1 < tb && /^(NOUN|PROPN|ADJ)$/.test(toks[t + 1].pos)) || (prev && NOT_WAR_BEFORE.test(prev.lower)) || (tok.cap && t > ta) || NOT_WAR_AFTER.test(v.text.slice(tok.end - v.start)))) continue;
        // a war told with its sides ("Israel's war with Hamas", "his war to conquer Ukraine"), not one only named as a
        // time or a backdrop ("since the start of the war", "the war in Ukraine", "sanctions over Russia's war"), nor
        // one on a thing ("the war against corruption"), nor a person's quarrel ("Musk's war with the SEC")
        const owner = possessor(ctx, v, t);
        if (low === 'war' || low === 'invasion') {
          const side = /^\s+(?:with|against|between|on|of)\s+(?:the\s+)?/i.exec(v.text.slice(tok.end - v.start));
          // (past an adjective for an invasion: "the Russian invasion of neighboring Ukraine")
          const other = side ? after(v, tok.end + side[0].length, ['Country', 'Organization'], low === 'invasion' && /^of\b/i.test(side[0].trim()) ? 14 : 2) : undefined;
          if (low === 'war' && owner === undefined && other === undefined) continue;
          // (a person's war is a state's or an armed group's: on a country, by a leader, or on an armed body)
          const leads = owner !== undefined && ctx.drafts[root(ctx, owner)].role === 'leader';
          const armed = other !== undefined && (L(other) === 'Country' || ctx.drafts[root(ctx, other)].kind === 'military');
          if (low === 'war' && owner !== undefined && L(owner) === 'Person' && !leads && !armed && after(v, tok.end, ['Country'], 30) === undefined) continue;
          // (an invasion with its invader and the invaded is an event even as a backdrop: "since the full-scale Russian
          // invasion of Ukraine", "amid its invasion of Ukraine")
          // (not one feared, planned or deterred: "officials fear a Chinese invasion of Taiwan by 2027")
          if (low === 'invasion' && (INVASION_UNREAL.test(v.text.slice(Math.max(0, tok.start - v.start - 50), tok.start - v.start)) || INVASION_FORESEEN_AFTER.test(v.text.slice(tok.end - v.start, tok.end - v.start + 60)))) continue;
          const invasionOf = low === 'invasion' && other !== undefined && /^\s+of\s/i.test(side![0]) && (owner !== undefined || (prev !== undefined && countryGazetteer().byDemonym.has(prev.lower)));
          if (!invasionOf && WAR_BACKDROP.test(ctx.text.slice(Math.max(v.start, tok.start - 45), owner !== undefined ? Math.min(tok.start, ctx.drafts[owner].start) : tok.start))) continue;
        }
        const strike = armedStrike || low === 'airstrike' || low === 'airstrikes' || attack;
        // (a strike launched is a strike all the same: "Israel launched airstrikes on Gaza")
        const launched = !strike && toks.slice(Math.max(ta, t - 4), t).some((x) => /^(launch|launched|launching|began|started|start)$/.test(x.lower));
        // (an invasion launched is a battle all the same: the gold of the seeds counts "launching the offensive" as Other)
        const type = launched && low !== 'invasion' ? 'Other' : OTHER_TYPE[low] ?? 'Other';
        // ("an independence referendum", "Independence Day", "independence activists": a noun it only qualifies)
        if (low === 'independence' && t + 1 < tb && toks[t + 1].pos === 'NOUN') continue;
        // a referendum only called for or proposed has not been held; one held is the vote of the country that holds it
        // ("Britain voted to leave the EU in a 2016 referendum": Britain)
        if (low === 'referendum') {
          if (REFERENDUM_SOUGHT.test(v.text.slice(Math.max(0, tok.start - v.start - 60), tok.start - v.start))) continue;
          const country = possessor(ctx, v, t) ?? before(v, tok.start, ['Country'], 80) ?? after(v, tok.end, ['Country'], 40);
          if (country === undefined || L(country) !== 'Country') continue;
          if (!events.some((e) => e.sentence === v.s && e.type === 'Election')) push({ type: 'Election', name: '', trigger: tok.text, triggerStart: tok.start, agents: [], targets: [country], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
          continue;
        }
        // (an explosion told without its maker yields to the attack the sentence names next: "Explosions rocked Kyiv as
        // Russia launched a missile attack")
        const slot = events.findIndex((e) => e.sentence === v.s && e.type === type);
        // (a second fight of the sentence with a date of its own is another one: "the deadly clash in the Galwan Valley
        // in 2020, the skirmish near Naku La in January 2021")
        const ownDate = slot >= 0 && type === 'Battle' && v.dates.length > 1 ? v.dates.find((d) => d.start >= tok.end - v.start && d.start - (tok.end - v.start) <= 60)?.iso : undefined;
        const anotherFight = ownDate !== undefined && events[slot].date !== undefined && ownDate !== events[slot].date;
        if (slot >= 0 && type === 'Battle' && EXPLOSIONS.includes(events[slot].trigger.toLowerCase()) && !events[slot].agents.length && !events[slot].targets.length && !EXPLOSIONS.includes(low)) events.splice(slot, 1);
        else if (slot >= 0 && !anotherFight) continue;
        const attachedAt = armedStrike ? t - 1 : t;
        const attached = v.mentions.find((k) => ctx.drafts[k].tokEnd === attachedAt && ACTORS.includes(L(k)));
        const military = OTHER_TYPE[low] === 'Battle' || low === 'invasion' || low === 'annexation';
        // (not who reports or blames it: "Pakistan's army accused the coalition of killing 11 troops in an air strike",
        // "a Pentagon official said there was an air strike")
        // ("US President Donald Trump will attend ..., between A and B, which saw deadly clashes in July": the
        // antecedent of the relative clause)
        const relative = /,\s*(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:saw|seen|witnessed|experienced)\s+[^,;]{0,30}$/.exec(ctx.text.slice(v.start, tok.start));
        const mutual = /^(?:clash|clashes|fighting|skirmish|skirmishes|hostilities|firefight)$/.test(low);
        const antecedent = relative && mutual ? before(v, v.start + relative.index + 1, ['Country', 'Organization'], 1) : undefined;
        const subject = antecedent ?? v.mentions.find((k) => (L(k) === 'Country' || L(k) === 'Organization') && ctx.drafts[k].end <= tok.start && k !== attached && !reportsOthers(ctx.text.slice(ctx.drafts[k].end, tok.start)) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(v.start, ctx.drafts[k].start - 24), ctx.drafts[k].start)));
        // "the Ukraine offensive": the country is where it happens; "the army offensive": the army does it;
        // a demonym's country does it ("the Russian offensive", "an Israeli airstrike"), as does a striking country
        // ("its war": a possessive pronoun is the agent, no place)
        const attachedIsPlace = attached !== undefined && L(attached) === 'Country' && ctx.drafts[attached].via !== 'demonym' && !possessive(attached) && !strike;
        // a person's attack is words ("Trump's attack on the WHO"), unless armed by the word before it ("Tarrant's terror attack")
        if (attack && owner !== undefined && L(owner) === 'Person' && !(prev && ATTACK_ARMS.test(prev.lower))) continue;
        // an attack's maker: named after "by" ("the attack on Israel by Hamas"), its owner, a name or demonym attached, or
        // the subject that claims, launches or makes it ("Hezbollah claimed the attack"), or a demonym a few words before
        // ("Russian missile attacks")
        const makerGap = subject !== undefined ? ctx.text.slice(ctx.drafts[subject].end, tok.start) : '';
        const maker = attack && subject !== undefined && (ATTACK_MADE.test(makerGap) || (ctx.drafts[subject].via === 'demonym' && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(makerGap))) ? subject : undefined;
        const agent = COURT_WORDS.has(low) ? courts[0]
          : attack ? namedBy(v, tok, byWithin(5, false), ['Country', 'Organization'], 60) ?? owner ?? (attachedIsPlace ? undefined : attached) ?? maker
          : owner ?? (military ? (attachedIsPlace ? subject : attached ?? subject) : attached ?? before(v, tok.start, ACTORS, 40));
        // ("a ceasefire in Gaza between Israel and Hamas": the parties after "between", not the place)
        const betweenAt = !military ? /^\s+(?:in\s+[^,;.]{1,30}?\s+)?between\s+(?:the\s+)?/i.exec(v.text.slice(tok.end - v.start)) : null;
        // (a fight's sides after "between", past its verb, its place and what the sides are: "heavy fighting broke out in
        // south Kivu between two rebel groups – the Mai-Mai militia and the Congolese Rally for Democracy")
        const sidesAt = mutual && !betweenAt ? FIGHT_BETWEEN.exec(v.text.slice(tok.end - v.start, tok.end - v.start + 140)) : null;
        const parties = betweenAt ? after(v, tok.end + betweenAt[0].length, ACTORS, 2) : sidesAt ? after(v, tok.end + sidesAt[0].length, ['Country', 'Organization'], 2) : undefined;
        // (a standoff only with its sides named: "the standoff between Vietnam and China", "a standoff with China"; not
        // "the standoff with the West would last years")
        // (or its sides the subject: "Serbia and Kosovo are locked in a standoff", "India and China ended a four-year standoff")
        if (/^stand-?off$/.test(low) && parties === undefined) {
          const withAt = /^\s+with\s+(?:the\s+)?/i.exec(v.text.slice(tok.end - v.start));
          const sides = before(v, tok.start, ['Country', 'Organization'], 60);
          const bySubject = sides !== undefined && !REPORTED_BETWEEN.test(ctx.text.slice(ctx.drafts[sides].end, tok.start)) && /^\s+and\s/i.test(ctx.text.slice(ctx.drafts[sides].end, ctx.drafts[sides].end + 6)) || (sides !== undefined && v.mentions.some((k) => ctx.drafts[k].end <= ctx.drafts[sides].start && /^\s+and\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[sides].start))));
          if (!bySubject && (!withAt || after(v, tok.end + withAt[0].length, ['Country', 'Organization'], 2) === undefined)) continue;
        }
        let target = parties ?? (military && attachedIsPlace ? attached : undefined) ?? after(v, tok.end, military ? ['Country', 'Organization', 'Location'] : [...ACTORS, 'Location'], 40);
        // (a ceasefire "at a ceremony in Havana" is signed there, Havana is no party)
        // (nor is a clash's place its target, "the deadly clash in the Galwan Valley", nor a place a fight is near, "the
        // skirmish near Naku La"; an offensive "in Darfur" is against it)
        const placeWords = !military ? /\b(?:in|at)\s+(?:the\s+)?$/i : mutual ? PLACE_BEFORE.in : PLACE_BEFORE.near;
        if (target !== undefined && L(target) === 'Location' && placeWords.test(ctx.text.slice(Math.max(v.start, ctx.drafts[target].start - 40), ctx.drafts[target].start))) target = undefined;
        // (a fight between sides is fought at a place, never against one: "Fighting broke out just east of the town of Krasny Liman")
        if (target !== undefined && parties === undefined && mutual && L(target) === 'Location') target = undefined;
        // a strike's target is what it hits ("on the Syrian capital", "against Houthi targets"), not where it falls ("near Tyre")
        // (two words may stand between, no preposition: "on northern Syria", not "on Tuesday near Tyre")
        if (strike && target !== undefined && !STRIKE_TARGET.test(ctx.text.slice(tok.end, ctx.drafts[target].start))) target = undefined;
        // a coup is against, in or of what follows it ("a coup against Morsi", "the coup in Niger", "a coup that
        // deposed Mugabe"), not whoever the sentence names next ("a coup after losing the race to Lula")
        if (low === 'coup' && target !== undefined && !COUP_TARGET.test(ctx.text.slice(tok.end, ctx.drafts[target].start))) target = undefined;
        // (a second fight of the sentence is where its own words put it, after it)
        const where = locationIn(ctx, v, tok, anotherFight ? tok.end : 0);
        // (explosions that "rocked Sri Lanka", "hit Kyiv", "targeting churches ... in Sri Lanka": where they struck)
        if (!where.length && EXPLOSIONS.includes(low)) {
          const place = after(v, tok.end, ['Country', 'Location'], 80);
          if (place !== undefined && EXPLOSION_STRUCK.test(ctx.text.slice(tok.end, ctx.drafts[place].start))) where.push(place);
        }
        if (agent === undefined && target === undefined && (type === 'Battle' || military) && where.length) {
          // (told only by its place, with no date in its sentence, after a battle the article told already, it is that
          // one: "It was not clear what triggered the fighting in Central Equatoria")
          if (v.dates.length === 0 && events.some((e) => e.type === 'Battle' && e.sentence < v.s)) continue;
          push({ type, name: '', trigger: tok.text, triggerStart: tok.start, agents: [], targets: [], locations: where, sentence: v.s, date: ownDate ?? dateNear(v, tok.start), confidence: 0.5 }, v);
          continue;
        }
        if (agent === undefined && target === undefined) continue;
        const locations = locationIn(ctx, v, tok, anotherFight ? tok.end : 0);
        push({ type, name: '', trigger: tok.text, triggerStart: tok.start, agents: agent !== undefined ? [agent] : [], targets: target !== undefined && target !== agent ? [target] : [], locations, sentence: v.s, date: ownDate ?? dateNear(v, tok.start), confidence: 0.55 }, v);
        continue;
      }
      // "The United States ratified the protocols of accession of Finland and Sweden to NATO", "the ratification
      // of the protocols by the French parliament, as well as by Italy" (a treaty named after the trigger is left to
      // the PARTY_TO lifecycle events)
      if (RATIFY.has(low)) {
        if ((prev && MODAL.has(prev.lower)) || negatedOrHypothetical(toks, t, ta)) continue;
        const rest = v.text.slice(tok.end - v.start);
        const clause = rest.slice(0, Math.min(160, /[;:]|\.\s|,\s*(?:according to|said|says|citing)\b/.exec(rest)?.index ?? rest.length));
        const inClause = (k: number) => ctx.drafts[k].start >= tok.end && ctx.drafts[k].start < tok.end + clause.length;
        if (v.mentions.some((k) => inClause(k) && L(k) === 'Treaty')) continue;
        const byAgents = v.mentions.filter((k) => inClause(k) && ['Country', 'Organization'].includes(L(k)) && /\bby\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(v.start, ctx.drafts[k].start - 8), ctx.drafts[k].start)));
        const subject = tok.pos === 'VERB' ? before(v, tok.start, ['Country', 'Organization'], 60) : possessor(ctx, v, t);
        const agents = subject !== undefined ? [subject, ...byAgents] : byAgents;
        // (a news agency that reports it is no party: "... ratified the agreement with Russia, the Korean Central News Agency reported")
        const targets = v.mentions.filter((k) => inClause(k) && !agents.includes(k) && ['Country', 'Organization'].includes(L(k)) && ctx.drafts[root(ctx, k)].kind !== 'media');
        if (!agents.length) continue;
        push({ type: 'Ratification', name: '', trigger: tok.text, triggerStart: tok.start, agents, targets, locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      if (SANCTION.has(low)) {
        // ("agreed to suspend some sanctions", "sanctions relief": sanctions taken away)
        if (SANCTIONS_LIFTED.test(v.text.slice(Math.max(0, tok.start - v.start - 50), tok.start - v.start)) || /^\s+(?:relief|waivers?)\b/i.test(v.text.slice(tok.end - v.start))) continue;
        // (not a place the sentence opens with: "In Myanmar, Treasury sanctioned X")
        const near = before(v, tok.start, ['Country', 'Organization'], 60);
        const opensWithPlace = near !== undefined && /^\s*(?:in|at|inside|within)\s+(?:the\s+)?$/i.test(ctx.text.slice(v.start, ctx.drafts[near].start)) && /^\s*,/.test(ctx.text.slice(ctx.drafts[near].end));
        const agent = opensWithPlace ? undefined : near;
        const target = after(v, tok.end, ACTORS, 40);
        if (agent === undefined || (target !== undefined && root(ctx, agent) === root(ctx, target))) continue;
        if (target === undefined && !/\b(impose|imposed|imposes|imposing|slap|slapped|announce|announced|extend|extended)\b/i.test(v.text)) continue;
        push({ type: 'Sanction', name: '', trigger: tok.text, triggerStart: tok.start, agents: [agent], targets: target !== undefined ? [target] : [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      // "the treaty was signed by China and Vietnam": the signatories follow "by"
      const signedBy = low === 'signed' && SIGNED_TEXT_BEFORE.test(v.text.slice(Math.max(0, tok.start - v.start - 60), tok.start - v.start)) ? namedBy(v, tok, SIGNED_BY, ACTORS) : undefined;
      if (signedBy !== undefined) {
        push({ type: 'Signing', name: '', trigger: tok.text, triggerStart: tok.start, agents: [signedBy], targets: [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      // "the signing of a peace accord between Cambodia and Thailand": the parties after "between", and the treaty
      // when one is named ("the signing of the Rome Statute")
      if (low === 'signing' && prev && /^(the|a)$/.test(prev.lower)) {
        const rest = v.text.slice(tok.end - v.start, tok.end - v.start + 120);
        if (/^\s+of\s/i.test(rest)) {
          const of = SIGNING_OF.exec(rest);
          const party = of ? after(v, tok.end + of[0].length, ACTORS, 3) : undefined;
          const treaty = after(v, tok.end, ['Treaty'], 12);
          if ((party !== undefined || treaty !== undefined) && !negatedOrHypothetical(toks, t, ta)) {
            push({ type: 'Signing', name: '', trigger: tok.text, triggerStart: tok.start, agents: party !== undefined ? [party] : [], targets: treaty !== undefined ? [treaty] : [], locations: locationIn(ctx, v, tok), sentence: v.s, date: dateNear(v, tok.start), confidence: 0.55 }, v);
            continue;
          }
        }
      }
      // (not one refused, pending or only possible: "refused to sign", "has yet to sign", "would sign ... if")
      const unsigned = () => SIGNING_PENDING.test(v.text.slice(Math.max(0, tok.start - v.start - 40), tok.start - v.start));
      if (((AGREEMENT.has(low) && tok.pos === 'NOUN') || ((low === 'sign' && (tok.pos === 'VERB' || !(prev && /^(a|an|the|no|any|every|clear|first|another|positive|good)$/.test(prev.lower))) && !/^\s+(?:that|of)\b/i.test(v.text.slice(tok.end - v.start))) || low === 'signed' || (low === 'signing' && prev && (GERUND_LEAD.test(prev.lower) || prev.text === ','))) && SIGNED_TEXT.test(v.text.slice(tok.end - v.start, tok.end - v.start + 60))) && !unsigned()) {
        // "the agreement on the state border between the Kyrgyz Republic and the Republic of Tajikistan": the
        // parties are named after "between", whoever welcomes it
        const betweenAt = /^\s+(?:(?:on|over|for)\s+[^,;]{0,50}?\s+)?between\s+(?:the\s+)?/i.exec(v.text.slice(tok.end - v.start));
        const party = betweenAt && AGREEMENT.has(low) ? after(v, tok.end + betweenAt[0].length, ACTORS, 3) : undefined;
        // "X and Y met, concluding their meeting by signing a joint agreement": the gerund's subject is the sentence's
        const gerundSubject = low === 'signing' ? v.mentions.find((k) => ACTORS.includes(L(k)) && ctx.drafts[k].end <= tok.start && !possessive(k)) : undefined;
        // (a state glued to "-mediated", "-brokered" is the go-between, no party: "the U.S.-mediated agreement")
        let agent = party ?? gerundSubject ?? before(v, tok.start, ACTORS, 120);
        while (agent !== undefined && MEDIATOR_AFTER.test(ctx.text.slice(ctx.drafts[agent].end, ctx.drafts[agent].end + 12))) agent = before(v, ctx.drafts[agent].start, ACTORS, 120);
        // (a country named as where it is signed is no party: "a deal, in Havana, Cuba", "the accord signed in Egypt")
        const asPlace = (k: number) => L(k) === 'Country' && /\b(?:in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s*,\s*)?$/u.test(ctx.text.slice(Math.max(v.start, ctx.drafts[k].start - 40), ctx.drafts[k].start));
        // (not the owner of a subject in another clause: "approved the agreement on Saturday after both houses of Russia's
        // parliament voted"; a party after "with" always counts: "signed a deal, after months of talks, with the Philippines")
        const next = after(v, tok.end, ACTORS, 60);
        const gapToNext = next !== undefined ? ctx.text.slice(tok.end, ctx.drafts[next].start) : '';
        const otherClause = next !== undefined && CLAUSE_OPENER.test(gapToNext) && !/\bwith\s+(?:the\s+)?$/i.test(gapToNext) && ownsNext(ctx.text, ctx.drafts[next].end) && !/^['’]s?\s+(?:government|administration|leaders?|president|prime\s+minister|foreign\s+minist(?:er|ry))\b/i.test(ctx.text.slice(ctx.drafts[next].end, ctx.drafts[next].end + 30));
        const following = otherClause ? undefined : next;
        // "Israel and Lebanon finalized the agreement": two subjects joined by "and" make it between them
        // (the subjects' own verb makes it, no signing, no aside between: "India and EFTA, including Norway and
        // Switzerland, signed"; not the word inside a treaty's name, "signed the Reciprocal Access Agreement")
        // (made, not denied, hoped for or nearly done: "have not reached", "could have finalized"; by two states or bodies,
        // not by two officials of one side: "Netanyahu and Gallant finalized the hostage deal")
        const subjectsGap = agent !== undefined ? ctx.text.slice(ctx.drafts[agent].end, tok.start) : '';
        const madeBySubjects = agent !== undefined && SUBJECTS_MADE.test(subjectsGap) && !NOT_MADE.test(subjectsGap) && !v.mentions.some((k) => ctx.drafts[k].start <= tok.start && ctx.drafts[k].end >= tok.end);
        const sides = ['Country', 'Organization'];
        const partner = party === undefined && agent !== undefined && madeBySubjects && AGREEMENT.has(low) && sides.includes(L(agent)) ? v.mentions.find((k) => ctx.drafts[k].end <= ctx.drafts[agent!].start && /^\s+and\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[k].end, ctx.drafts[agent!].start)) && sides.includes(L(k))) : undefined;
        if (partner !== undefined && (following === undefined || ctx.drafts[following].start > tok.end + 60 || MEDIATOR_AFTER.test(ctx.text.slice(ctx.drafts[following].end, ctx.drafts[following].end + 12)))) {
          push({ type: 'Agreement', name: '', trigger: tok.text, triggerStart: tok.start, agents: [partner], targets: [agent!], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
          continue;
        }
        const target = party !== undefined ? v.mentions.find((k) => ctx.drafts[k].start > ctx.drafts[party].end && /^\s+and\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.drafts[party].end, ctx.drafts[k].start)) && ACTORS.includes(L(k))) : following !== undefined && !asPlace(following) ? following : undefined;
        const type: EventType = /^sign/.test(low) ? 'Signing' : 'Agreement';
        if (type === 'Agreement' ? agent === undefined || target === undefined || ctx.drafts[root(ctx, agent)].name === ctx.drafts[root(ctx, target)].name : agent === undefined && target === undefined) continue;
        // "signed the Reciprocal Access Agreement": the treaty named as the verb's object is signed too
        const treaty = type === 'Signing' && low !== 'signing' ? after(v, tok.end, ['Treaty'], 12) : undefined;
        // "signed a treaty ... between Russia and Iran", "signed an accord with Japan": the other signatories
        // (not one that owns something: "signed the deal with France's support")
        const cosigner = type === 'Signing' && target !== undefined && /\b(?:between|with)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(v.start, ctx.drafts[target].start - 12), ctx.drafts[target].start)) && !ownsNext(ctx.text, ctx.drafts[target].end);
        const targets = [treaty, cosigner ? undefined : target].filter((k): k is number => k !== undefined);
        const agents = [agent, cosigner ? target : undefined].filter((k): k is number => k !== undefined);
        push({ type, name: '', trigger: tok.text, triggerStart: tok.start, agents, targets, locations: type === 'Signing' ? locationIn(ctx, v, tok) : [], sentence: v.s, date: dateNear(v, tok.start), confidence: 0.6 }, v);
        continue;
      }
      if (opts.statements && low === 'statement' && prev && /^(a|the)$/.test(prev.lower) && t - 2 >= ta && /^(issued|released|made|published)$/.test(toks[t - 2].lower)) {
        const agent = before(v, tok.start, ACTORS, 80);
        if (agent !== undefined) {
          const target = after(v, tok.end, ACTORS, 120);
          push({ type: 'Statement', name: '', trigger: `${toks[t - 2].text} ${prev.text} ${tok.text}`, triggerStart: toks[t - 2].start, agents: [agent], targets: target !== undefined ? [target] : [], locations: [], sentence: v.s, confidence: 0.75 }, v);
        }
        continue;
      }
      if (opts.statements && SPEECH.has(lem) && tok.pos === 'VERB') {
        if (lem === 'call' && !(t + 1 < tb && /^(on|for)$/.test(toks[t + 1].lower))) continue;
        if (prev && MODAL.has(prev.lower)) continue;
        let agent = before(v, tok.start, ACTORS, 12);
        if (agent === undefined && prev && TITLES[prev.lower]) agent = before(v, tok.start, ['Organization', 'Country'], 40);
        if (prev && /^[,"”’']$/.test(prev.text) && t + 1 < tb) agent = after(v, tok.end, ['Person', 'Organization'], 3) ?? agent;
        if (prev && /^(he|she|it|they|we|i|you)$/.test(prev.lower)) {
          // the subject is a pronoun: its referent or nothing
          const pr = v.mentions.find((k) => ctx.drafts[k].tokStart === t - 1);
          agent = pr;
        }
        if (agent === undefined && t + 1 < tb && prev && /^[,"”’']$/.test(prev.text)) agent = after(v, tok.end, ['Person', 'Organization'], 3);
        if (agent === undefined) continue;
        if (ctx.drafts[root(ctx, agent)].kind === 'media') continue; // an outlet reporting is a source, not a statement
        const target = v.mentions.find((k) => root(ctx, k) !== root(ctx, agent!) && ctx.drafts[k].start > tok.end && ACTORS.includes(L(k)))
          ?? (/^\s*["“‘']/.test(v.text) ? v.mentions.find((k) => root(ctx, k) !== root(ctx, agent!) && ctx.drafts[k].end < ctx.drafts[agent!].start && ACTORS.includes(L(k))) : undefined);
        push({ type: 'Statement', name: '', trigger: tok.text, triggerStart: tok.start, agents: [agent], targets: target !== undefined ? [target] : [], locations: [], sentence: v.s, date: dateNear(v, tok.start), confidence: v.claim ? 0.6 : 0.75 }, v);
        continue;
      }
    }
    // named events in this sentence
    for (const n of ctx.named.filter((x) => x.sentence === v.s)) {
      const agent = n.type === 'Conference' ? before(v, n.start, PERSONISH, 200) : undefined;
      const loc = n.location !== undefined ? [n.location] : locationIn(ctx, v, toks[n.tokStart]);
      push({ type: n.type, name: n.name, trigger: ctx.text.slice(n.start, n.end), triggerStart: n.start, agents: agent !== undefined ? [agent] : [], targets: [], locations: loc, sentence: v.s, date: n.type === 'Battle' ? yearInName(n.name) : dateNear(v, n.start, n.end), confidence: 0.8 }, v);
    }
  }
  assignDates(ctx, events, views);
  // a signing and the agreement it makes, told by one sentence, are one day ("signed a ceasefire in Moscow on
  // Monday": the date went to the nearer trigger)
  for (const e of events) {
    if (e.date || (e.type !== 'Signing' && e.type !== 'Agreement')) continue;
    const twin = events.find((x) => x.sentence === e.sentence && x.date && x.type === (e.type === 'Signing' ? 'Agreement' : 'Signing'));
    if (twin) e.date = twin.date;
  }
  lifecycleEvents(ctx, events, views, opts.claimPenalty);
  events.sort((a, b) => a.triggerStart - b.triggerStart || a.type.localeCompare(b.type));
  linkPartOf(ctx, events);
  propagateDates(ctx, events);
  for (const e of events) if (!e.name) e.name = eventName(ctx, e);
  return events;
}

/** the verbs of reporting that both lists below share */
const REPORTING = 'reported|reports|said|says|told';
/** between an actor and a military act: it only reports or blames someone for it (not "the army says it's killed fifty rebels") */
const REPORTED_OR_BLAMED = new RegExp(`\\b(${REPORTING}|accused|accuses|blamed|blames|denied|denies|condemned|condemns)\\b`, 'i');
const SELF_REPORTED = /\b(?:said|says|reported|reports)\b[^.;]{0,30}?\b(?:it|they|we)\b/i;
/** (an aside between commas says nothing of the subject: "Israel, accused of war crimes by rights groups, carried out") */
const reportsOthers = (gap: string) => {
  const main = gap.replace(/,[^,]*,/g, ' ');
  return REPORTED_OR_BLAMED.test(main) && !SELF_REPORTED.test(main);
};
/** between who reports and what they report (a meeting others held, a date of the report's own) */
const REPORTED_BETWEEN = new RegExp(`\\b(${REPORTING}|wrote|writes|stated|announced|noted|mentioned|claimed|quoted|according to)\\b`, 'i');

/** nouns after "election(s)" that make it a body's or people's name, not an election ("the elections commission") */
const ELECTION_BODY_AFTER = /^(?:commission|commissions|commissioner|commissioners|board|body|bodies|authority|agency|office|officials?|observers?|monitors?|watchdog|council|tribunal|court|law|laws|chief|head)$/;

/** before talks not (yet) held: wanted, urged, offered, only possible ("must come through negotiations between") */
const TALKS_UNHELD = /\b(?:(?:must|can|could|only)\s+(?:come\s+)?through|no|any|possible|potential|future|possibility\s+of|prospects?\s+of|chances?\s+of|(?:urg\w*|offer\w*|hop\w*|push\w*|call\w*|need\w*|seek\w*|sought|propos\w*|want\w*|demand\w*)(?:\s+(?:for|to\s+host|to\s+hold))?)\s+(?:(?:a|an|the|new|fresh|direct|peace)\s+){0,2}$/i;
/** what happens again and again, no one event: "has hosted negotiations ... over the years" */
const HABITUAL = /\b(?:over\s+the\s+(?:years|decades)|for\s+(?:years|decades)|in\s+recent\s+years|on\s+several\s+occasions|many\s+times)\b/i;

/** a reporting verb right before a date: "said on Saturday", "told reporters on Friday", "announced late on Monday" */
const REPORT_DATED = new RegExp(`\\b(?:${REPORTING}|announced|stated|added)(?:\\s+(?:reporters|journalists|the\\s+press|\\w+\\s+media))?\\s+(?:(?:late|early)\\s+)?(?:(?:on|in)\\s+)?$`, 'i');

/** before a date that bounds a span: "since", "until" */
const SPAN_EDGE = /\b(?:since|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * May date d date the event whose trigger spans [start, end)? A year that names an event dates only the
 * event told by that noun ("the 2023 Presidential Election": a named event's trigger is its whole name).
 */
function dates(v: SentenceView, d: FoundDate, start: number, end: number = start + 1): boolean {
  // a date that opens or closes a span dates no event in it ("for the first time since June 2015", "run until October 13")
  if (SPAN_EDGE.test(v.text.slice(Math.max(0, d.start - 16), d.start))) return false;
  return d.names === undefined || (v.start + d.names >= start && v.start + d.names < end);
}

/** Is the token of sentence s that starts at `at` a noun (an event told by a noun, not a verb)? */
function nounAt(ctx: Ctx, s: number, at: number): boolean {
  const [ta, tb] = ctx.an.sentenceTokens[s];
  for (let t = ta; t < tb; t++) if (ctx.an.tokens[t].start === at) return ctx.an.tokens[t].pos === 'NOUN' || ctx.an.tokens[t].pos === 'PROPN';
  return false;
}

/** Each date in a sentence dates only the event whose trigger is nearest to it (after it counts double). */
function assignDates(ctx: Ctx, events: EventDraft[], views: SentenceView[]): void {
  for (const e of events) if (e.type !== 'Battle') e.date = undefined;
  for (const v of views) {
    // (a battle keeps the date it took, and that date dates nothing else: "an accord between A and B, which saw
    // clashes in July")
    const evs = events.filter((e) => e.sentence === v.s);
    if (!evs.some((e) => e.type !== 'Battle')) continue;
    const pairs: { d: FoundDate; e: EventDraft; dist: number }[] = [];
    for (const d of v.dates) {
      const a = v.start + d.start;
      for (const e of evs) {
        if (!dates(v, d, e.triggerStart, e.triggerStart + e.trigger.length)) continue;
        // "On August 31st, X reported that ... the arrest warrant": a date before a reporting verb dates
        // the report, not an event only mentioned in what was reported
        if (a < e.triggerStart && e.type !== 'Statement' && REPORTED_BETWEEN.test(ctx.text.slice(v.start + d.end, e.triggerStart))) continue;
        // (nor one right after the reporting verb: "parties said on Saturday they would not recognize the results of a
        // presidential election" dates the saying)
        // (only an event told by a noun: "said on Sunday Russia had fired 40 missiles overnight" happened that day)
        if (a < e.triggerStart && e.type !== 'Statement' && REPORT_DATED.test(ctx.text.slice(Math.max(v.start, a - 30), a)) && nounAt(ctx, v.s, e.triggerStart)) continue;
        pairs.push({ d, e, dist: a >= e.triggerStart ? a - e.triggerStart : (e.triggerStart - a) * 2 });
      }
    }
    pairs.sort((x, y) => x.dist - y.dist || x.d.start - y.d.start);
    const usedDates = new Set<FoundDate>();
    for (const p of pairs) {
      if (usedDates.has(p.d)) continue;
      if (p.e.type === 'Battle') {
        if (p.e.date === p.d.iso) usedDates.add(p.d);
        continue;
      }
      if (p.e.date) continue;
      p.e.date = p.d.iso;
      usedDates.add(p.d);
    }
  }
}

/** "has not travelled", "if he travels there", "could visit" are not events that happen. */
/** Did the act at token t not (yet) happen: negated, hypothetical, or after "be" or a modal ("could be", "to sign")? */
function unreal(toks: Token[], t: number, ta: number): boolean {
  return negatedOrHypothetical(toks, t, ta) || (t > ta && (toks[t - 1].lower === 'be' || MODAL.has(toks[t - 1].lower)));
}

function negatedOrHypothetical(toks: Token[], t: number, ta: number): boolean {
  for (let p = t - 1; p >= Math.max(ta, t - 4); p--) {
    const w = toks[p].lower;
    // "will not attend the summit": the negation belongs to another verb, the summit still happens
    if (toks[p].pos === 'VERB' && toks[t].pos === 'NOUN') break;
    if (w === 'not' || w === "n't" || w === 'never' || w === 'if' || w === 'whether' || w === 'unless') return true;
    if (w === ',' || w === ';') break;
  }
  return false;
}

// not Sanction: "the US, Japan and the EU impose sanctions" are three measures, and one would swallow the others
/** The quotation [start, end) around offset pos of a sentence, if pos is inside one. */
function quoteAround(text: string, pos: number): [number, number] | undefined {
  const open = Math.max(text.lastIndexOf('“', pos), (text.slice(0, pos).match(/"/g) ?? []).length % 2 === 1 ? text.lastIndexOf('"', pos) : -1);
  if (open < 0 || text.lastIndexOf('”', pos) > open) return undefined;
  const closeCurly = text.indexOf('”', pos);
  const closeStraight = text[open] === '"' ? text.indexOf('"', pos) : -1;
  const close = text[open] === '“' ? closeCurly : closeStraight;
  return [open, close < 0 ? text.length : close];
}

/** events whose participants are parties to a treaty or a deal */
const PARTY_TYPES = new Set<EventType>(['Ratification', 'Signing', 'Agreement']);
const COORDINATED_TYPES = new Set<EventType>(['Meeting', 'Signing', 'Agreement', 'Battle', 'Visit', 'Ratification', 'Other']);

/** the body a demonym's state acts through, right after the demonym: "Colombian government", "Russian forces" */
const STATE_BODIES = 'government|authorities|army|military|forces|troops|navy';
const STATE_BODY_AFTER = new RegExp(`^\\s+(?:${STATE_BODIES})\\b`, 'i');
/** the same after a state's possessive: "Colombia's government and the ELN" */
const STATE_BODY_OWNED_AFTER = new RegExp(`^['’]s\\s+(?:${STATE_BODIES})\\b`, 'i');
/** (a fronted phrase's comma ends no list, unless the phrase opens a list of parties itself: "After talks between the Foreign Ministers of Russia, Azerbaijan and ...") */
const fronted = (lead: string) => FRONTED_PHRASE.test(lead) && !/\b(?:between|among)\b/i.test(lead);
/** after a name that follows a comma: more names, then "and" (the list that comma opened) */
const LIST_GOES_ON = /^(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*)*\s*,?\s*(?:and|&)\s/u;

/**
 * The mentions joined to each of `ks` by "and" or commas ("A, B and C"), of the same kind of actor.
 * (`verbAt`: where the verb that tells the event starts, if one does: names joined after it may open another clause)
 */
function withCoordinated(ctx: Ctx, mentions: number[], ks: number[], taken: Set<number>, verbAt = Infinity): number[] {
  const out = [...ks];
  const group = (k: number) => (ctx.drafts[root(ctx, k)].label === 'Location' ? 'place' : 'actor');
  // "Vietnamese Foreign Minister X": a demonym right before a name belongs to it (the name starts there)
  const startOf = new Map<number, number>();
  // (so does a country's name before a titled person: "and U.S. President Donald Trump")
  mentions = mentions.filter((k, i) => {
    const next = i + 1 < mentions.length ? ctx.drafts[mentions[i + 1]] : undefined;
    const gap = next ? ctx.text.slice(ctx.drafts[k].end, next.start) : '';
    const glued = next !== undefined && ((ctx.drafts[k].via === 'demonym' && /^\s+$/.test(gap)) ||
      (ctx.drafts[k].label === 'Country' && next.label === 'Person' && !!next.titles?.length && /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(gap)));
    if (glued) startOf.set(mentions[i + 1], ctx.drafts[k].start);
    return !glued;
  });
  for (const k of ks) {
    const i = mentions.indexOf(k);
    if (i < 0) continue;
    for (const dir of [-1, 1]) {
      let cur = i;
      for (let j = i + dir; j >= 0 && j < mentions.length; j += dir) {
        const [x, y] = dir < 0 ? [mentions[j], mentions[cur]] : [mentions[cur], mentions[j]];
        const X = ctx.drafts[x];
        const Y = ctx.drafts[y];
        if (X.end > Y.start) continue; // overlapping drafts (a capital read as country and place)
        // a list that ends at k ends in "and" ("Along with Russia, Iran signed" names one signatory), unless it opens
        // its sentence, as headlines write it ("Somalia, Rwanda FMs sign deal")
        // ("the Colombian government and FARC": a demonym's state acts through its government, army or forces)
        // (and a state's possessive: "Colombia's government and the ELN")
        const gap = ctx.text.slice(X.end, startOf.get(y) ?? Y.start).replace(X.via === 'demonym' ? STATE_BODY_AFTER : X.label === 'Country' ? STATE_BODY_OWNED_AFTER : /^$/, '');
        // (not "Russia, Iran's closest ally, signed": a possessive or an aside after the second is no list)
        const endsAtK = dir < 0 && cur === i;
        const opensSentence = () => /^\s*$/.test(ctx.text.slice(ctx.an.sentences[X.sentence].start, startOf.get(x) ?? X.start)) && !/^(?:['’]s?\s|\s*,)/.test(ctx.text.slice(Y.end, Y.end + 3));
        // ("X and guerrilla leader Y": a lower-case word or two may open the next titled name)
        const titled = X.label === 'Person' && Y.label === 'Person' && /^\p{Ll}/u.test(Y.text) && /^\s*,?\s*(?:and|&)\s+(?:(?:his|her|their|its|the|guerrilla|rebel|opposition|militia|army|party|union|senior|veteran|top|deputy|acting|interim|chief|former|\p{Lu}[\p{L}-]*)\s+){1,2}$/u.test(gap);
        if (!titled && !(endsAtK && !opensSentence() ? /^\s*,?\s*(?:and|&)\s*(?:the\s+)?$/ : /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/).test(gap)) break;
        const m = mentions[j];
        if (group(m) !== group(k) || ctx.drafts[root(ctx, m)].label === 'Treaty') break;
        // (after a comma, a list goes on to an "and": "Since the invasion of Ukraine, Moldova, also a former Soviet republic,
        // has" names no list; "Russia, China, Iran and North Korea" does)
        // (nor past the comma that closes a fronted phrase: "Since Russia's invasion of Ukraine, Finland and Sweden have joined")
        // (a pair before the noun it qualifies is one, as headlines write it: "amid deterioration in Pakistan, India ties")
        const pairBeforeNoun = () => Y.tokEnd < ctx.an.tokens.length && ctx.an.tokens[Y.tokEnd].sent === Y.sentence && ctx.an.tokens[Y.tokEnd].pos === 'NOUN' && !ctx.an.tokens[Y.tokEnd].cap;
        if (dir > 0 && /^\s*,\s*(?:the\s+)?$/.test(gap) && ((!LIST_GOES_ON.test(ctx.text.slice(Y.end, Y.end + 120)) && !pairBeforeNoun()) || fronted(ctx.text.slice(ctx.an.sentences[X.sentence].start, X.start)))) break;
        // (a name joined after the event's word that has a verb of its own opens another clause: "met Zelensky and the
        // G7 pledged"; before it, the verb is the event's: "Trump and Kim met")
        // (nor after "between", which takes both: "a ceasefire between Israel and Hamas came into effect")
        if (dir > 0 && ctx.drafts[m].start > verbAt && opensClause(ctx, m) && !/\bbetween\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, ctx.drafts[k].start - 12), ctx.drafts[k].start))) break;
        const r = root(ctx, m);
        if (!taken.has(r)) {
          taken.add(r);
          out.push(m);
        }
        cur = j;
      }
    }
  }
  return out;
}

function yearInName(name: string): string | undefined {
  return /\b(1\d{3}|20\d\d)\b/.exec(name)?.[1];
}

/** Events whose parties act together: agents and targets differ only in which side a trigger names first. */
const MUTUAL_TYPES = new Set<string>(['Agreement', 'Meeting']);

/** The same entities by name (two mentions of "EU" in one sentence are one party). */
function sameNames(ctx: Ctx, a: number[], b: number[]): boolean {
  const names = (ks: number[]) => [...new Set(ks.map((k) => `${ctx.drafts[root(ctx, k)].label}:${ctx.drafts[root(ctx, k)].name}`))].sort().join('\u0000');
  return names(a) === names(b);
}

function sameSet(ctx: Ctx, a: number[], b: number[]): boolean {
  const ka = a.map((k) => root(ctx, k)).sort().join(',');
  const kb = b.map((k) => root(ctx, k)).sort().join(',');
  return ka === kb;
}

/** "Putin's visit", "his visit", "the Russian President's visit" */
function possessor(ctx: Ctx, v: SentenceView, t: number): number | undefined {
  const toks = ctx.an.tokens;
  let p = t - 1;
  while (p >= 0 && toks[p].sent === v.s && ['official', 'upcoming', 'planned', 'first', 'last', 'previous', 'state', 'recent', 'next', 'two-day', 'three-day'].includes(toks[p].lower)) p--;
  if (p < 0 || toks[p].sent !== v.s) return undefined;
  if (["'s", '’s'].includes(toks[p].text)) p--;
  else if (!/^(his|her|its|their)$/.test(toks[p].lower)) return undefined;
  return v.mentions.find((k) => ctx.drafts[k].tokEnd - 1 === p || (ctx.drafts[k].tokStart <= p && ctx.drafts[k].tokEnd > p));
}

/** "the visit of X" */
function ofObject(ctx: Ctx, v: SentenceView, tok: Token, labels: string[]): number | undefined {
  const rest = v.text.slice(tok.end - v.start);
  const m = /^\s+of\s+/.exec(rest);
  if (!m) return undefined;
  const pos = tok.end + m[0].length;
  const near = v.mentions.find((k) => ctx.drafts[k].start >= pos && ctx.drafts[k].start - pos < 40 && labels.includes(ctx.drafts[root(ctx, k)].label));
  // (a person after a long title of capitalised words: "the visit of President of the Republic of Uzbekistan Shavkat
  // Mirziyoyev", not the state inside the title; a person met first is the one: "the visit of Modi and Putin")
  if (near !== undefined && ctx.drafts[root(ctx, near)].label === 'Person') return near;
  const titled = labels.includes('Person') ? v.mentions.find((k) => ctx.drafts[root(ctx, k)].label === 'Person' && ctx.drafts[k].start > pos && ctx.drafts[k].start - pos < 80 && LONG_TITLE.test(ctx.text.slice(pos, ctx.drafts[k].start))) : undefined;
  return titled ?? near;
}
/** a title of capitalised words and connectors before a name ("President of the Republic of Uzbekistan ") */
const LONG_TITLE = /^(?:(?:\p{Lu}[\p{L}-]*|of|the|and)\s+)+$/u;

/** "summit in Singapore", "summit at the Peace Palace": the place (or city-state) right after in/at */
function placeAfter(ctx: Ctx, v: SentenceView, tok: Token): number[] {
  const m = /^\s+(?:in|at)\s+(?:the\s+)?/.exec(v.text.slice(tok.end - v.start));
  if (!m) return [];
  const pos = tok.end + m[0].length;
  const k = v.mentions.find((x) => ctx.drafts[x].start === pos && ['Location', 'Country'].includes(ctx.drafts[root(ctx, x)].label));
  return k === undefined ? [] : [k];
}

function locationIn(ctx: Ctx, v: SentenceView, tok: Token, from = 0): number[] {
  for (const k of v.mentions) {
    const d = ctx.drafts[k];
    if (d.label !== 'Location' || d.start < from || Math.abs(d.start - tok.start) > 150) continue;
    const pre = ctx.text.slice(Math.max(v.start, d.start - 40), d.start);
    // "in Minsk", "in the Belarusian capital Minsk", "in Belarus's capital city, Minsk", "in eastern Ladakh", "near the
    // border town of Rafah"
    if (/\b(in|at|to|near|around)\s+(the\s+)?$/.test(pre) || /\b(in|at|to)\s+(the\s+)?[\p{L}'’-]+\s+capital(\s+city)?\s*,?\s+$/u.test(pre) || PLACE_BEFORE.in.test(pre)) return [k];
  }
  return [];
}

/** Signing, ratification, accession and withdrawal as events, from the treaty and membership facts. */
function lifecycleEvents(ctx: Ctx, events: EventDraft[], views: SentenceView[], claimPenalty: number): void {
  for (const r of ctx.relations) {
    if (r.type !== 'PARTY_TO' && r.type !== 'MEMBER_OF') continue;
    const v = views[r.sentence];
    const [x, y] = ctx.drafts[r.from].start < ctx.drafts[r.to].start ? [r.from, r.to] : [r.to, r.from];
    // the verb sits between the two ("Mongolia ratified the Rome Statute") or before them ("the signing of T by X")
    const leadAt = Math.max(v.start, ctx.drafts[x].start - 30);
    const lead = ctx.text.slice(leadAt, ctx.drafts[x].start);
    const led = /\b(signing|ratification|signature|accession)\s+of\s+(?:the\s+)?$/i.test(lead);
    const between = led ? lead : ctx.text.slice(ctx.drafts[x].end, ctx.drafts[y].start);
    const betweenAt = led ? leadAt : ctx.drafts[x].end;
    const kinds: [EventType, string | undefined, RegExp][] = [
      ['Signing', r.properties.signed, /\bsign(ed|ing)\b/i],
      ['Ratification', r.properties.ratified, /\bratif(ied|ying|ication)\b/i],
      ['Accession', r.properties.joined, /\b(joined|joining|joins|acceded|accession|admitted|(?:became|becomes|become)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,2}member)\b/iu],
      ['Withdrawal', r.properties.withdrew, /\b(withdr[ae]w|withdrawing|withdrawal|left|quit|leaving|pulled out|pulling out|pull out|abandoned|exited)\b/i],
    ];
    for (const [type, date, re] of kinds) {
      const m = re.exec(between);
      if (!m) continue;
      let d = date === 'yes' ? undefined : date;
      if (!d) {
        const free = v.dates.filter((x) => x.names === undefined);
        d = free.find((x) => v.start + x.start >= ctx.drafts[r.to].end - 60)?.iso ?? free[0]?.iso;
      }
      // "the signing of the treaty by Kyrgyzstan and Tajikistan", "Kishida and Marcos signed the agreement": one
      // signing with all its parties, the one its verb told already (a ratification, accession or withdrawal is
      // each state's own act)
      const at = betweenAt + m.index;
      const same = type !== 'Signing' ? undefined : events.find((e) => e.sentence === r.sentence && e.type === type && e.triggerStart === at);
      if (same) {
        if (!same.agents.some((a) => root(ctx, a) === root(ctx, r.from))) same.agents.push(r.from);
        if (!same.targets.some((t) => root(ctx, t) === root(ctx, r.to))) same.targets.push(r.to);
        same.date ??= d;
        continue;
      }
      events.push({
        type, name: '', trigger: m[0], triggerStart: at, agents: [r.from], targets: [r.to], locations: [],
        sentence: r.sentence, date: d, confidence: 0.75 * (v.claim ? claimPenalty : 1),
      });
    }
  }
}

const SUB_EVENTS = new Set<EventType>(['Commemoration', 'Meeting', 'Signing', 'Agreement', 'Visit']);

function linkPartOf(ctx: Ctx, events: EventDraft[]): void {
  events.forEach((e, i) => {
    if (!SUB_EVENTS.has(e.type)) return;
    for (let j = i - 1; j >= 0; j--) {
      const v = events[j];
      if (v.type !== 'Visit' || v.sentence < e.sentence - 1 || v === e) continue;
      if (e.type === 'Visit') {
        // a visit inside a visit: a place visited in the next sentence by the same visitor
        if (v.sentence === e.sentence || !e.locations.length || !sameSet(ctx, e.targets, v.targets)) continue;
      }
      const sameAgent = e.agents.length === 0 || v.agents.some((a) => e.agents.some((b) => root(ctx, a) === root(ctx, b) || ctx.drafts[root(ctx, a)].name === ctx.drafts[root(ctx, b)].name));
      if (!sameAgent) continue;
      if (e.date && v.date && !e.date.startsWith(v.date) && !v.date.startsWith(e.date)) continue;
      const between = ctx.text.slice(ctx.an.sentences[v.sentence].start, ctx.an.sentences[e.sentence].end);
      if (v.sentence === e.sentence && /\b(after|before)\b/i.test(between.slice(0, Math.max(0, e.triggerStart - ctx.an.sentences[v.sentence].start)))) continue;
      e.partOf = j;
      break;
    }
  });
}

const FUTURE = /\b(will|would|shall|due to|scheduled|planned|plans|expected|next|upcoming|later this|to be held)\b/i;

/** the trigger of an office taken or lost (officeChange) */
const OFFICE_WORD = /^(?:impeach\w*|remov\w+|oust\w*|depos\w+|sworn|inaugurated|appointed|elected|resign\w*)$/i;
/** before a meeting only wanted or offered ("has sought talks", "called for a meeting", "invited X to talks") */
const WANTED_BEFORE = /\b(?:seek|seeks|sought|seeking|call(?:ed|s|ing)?\s+for|propos(?:ed|es|ing)|offer(?:ed|s|ing)|urg(?:ed|es|ing)|want(?:s|ed)?|hop(?:es|ed|ing)|plan(?:s|ned)?|invit(?:ed|es|ing)|request(?:ed|s)?|push(?:ed|es)?\s+for|demand(?:ed|s)?)\b[^.;,]{0,30}$/i;

function propagateDates(ctx: Ctx, events: EventDraft[]): void {
  for (const e of events) {
    if (e.date) continue;
    if (e.partOf !== undefined && events[e.partOf].date) {
      e.date = events[e.partOf].date;
      continue;
    }
    const sentence = ctx.text.slice(ctx.an.sentences[e.sentence].start, ctx.an.sentences[e.sentence].end);
    const lead = ctx.text.slice(Math.max(ctx.an.sentences[e.sentence].start, e.triggerStart - 50), e.triggerStart);
    // (told as past: "last", "ago", "since 2019"; not "since his government", a cause or a time span)
    if (/\b(last|previous|earlier|past|ago|once|history)\b|\bsince\s+(?:\d|the\s+\d|then\b)/i.test(sentence)) continue;
    // (nor a state that began before: "is currently under house arrest", "is still in custody"; said of the event)
    if (/\b(?:currently|still)\b[^,;.]{0,30}$/i.test(lead)) continue;
    // ("former" says who someone was, not when; but an office taken or lost by a former holder, told in the simple
    // past, is their past: "Former President Trump was impeached", not "A former minister, X has been appointed")
    if (/\bformer\b/i.test(sentence) && e.type === 'Other' && OFFICE_WORD.test(e.trigger) && !/\b(?:has|have)\s+(?:just\s+|now\s+)?(?:been\s+)?$/i.test(lead)) continue;
    // (nor a meeting only wanted: "Ukraine has sought talks with Russia")
    if (e.type === 'Meeting' && WANTED_BEFORE.test(lead)) continue;
    if (e.type === 'Visit' || e.type === 'ArrestWarrant') {
      const dates = new Set(events.filter((x) => x.type === e.type && x.date && sameSet(ctx, x.agents, e.agents) && sameSet(ctx, x.targets, e.targets)).map((x) => x.date!));
      if (dates.size === 1) e.date = [...dates][0];
    }
    // the news is about its own days: an undated event of a dated article happened around then (month precision)
    // (not what is still to come: "will meet", "is due to visit", "scheduled for"; not a warrant, cited long after
    // it was issued)
    // (nor a fight named as the time or cause of something else: "Since the Russian invasion of Ukraine, Moldova has")
    // (an invasion is told long after it began far more often than the day it begins: "Ukraine was invaded by Russia")
    if (e.type === 'Battle' && (WAR_BACKDROP.test(lead) || /^invad|^invasion/i.test(e.trigger))) continue;
    // (not with no publication date, from the text's own latest date: tried, and that date is as often a backdrop's,
    // "a warrant issued in March 2023", as the story's)
    if (!e.date && ctx.published && e.type !== 'Statement' && e.type !== 'ArrestWarrant' && /^\d{4}-\d{2}/.test(ctx.published) && !FUTURE.test(sentence)) e.date = ctx.published.slice(0, 7);
  }
}

function fullName(ctx: Ctx, k: number): string {
  const r = ctx.drafts[root(ctx, k)];
  if (r.label === 'Person') {
    // the longest name of the same person seen in the article
    let best = r.name;
    const rk = root(ctx, k);
    ctx.drafts.forEach((d, j) => {
      if (d.label === 'Person' && d.via === 'name' && d.name.length > best.length && root(ctx, j) === rk) best = d.name;
    });
    return best;
  }
  return r.name;
}

export function eventName(ctx: Ctx, e: EventDraft): string {
  const a = e.agents.length ? fullName(ctx, e.agents[0]) : '';
  const t = e.targets.length ? fullName(ctx, e.targets[0]) : '';
  switch (e.type) {
    case 'Visit': return `${a || 'Visit'}${a ? ' visit' : ''}${t ? ` to ${t}` : ''}`;
    case 'ArrestWarrant': return `${a ? `${a} ` : ''}arrest warrant${t ? ` for ${t}` : ''}`;
    case 'Arrest': return `Arrest of ${t}`;
    case 'Agreement': return a && t ? `Agreement between ${a} and ${t}` : `${e.trigger.toLowerCase()}${a || t ? ` (${a || t})` : ''}`;
    case 'Sanction': return `${a} sanctions${t ? ` on ${t}` : ''}`;
    case 'Meeting': return `${a || 'Meeting'}${a ? ' meeting' : ''}${t ? ` with ${t}` : ''}`;
    case 'Statement': return `${a} statement${t ? ` on ${t}` : ''}`;
    case 'Ratification': return `${a} ratification of ${t}`;
    case 'Signing': return `${a} signing${t ? ` of ${t}` : ''}`;
    case 'Accession': return `${a} accession to ${t}`;
    case 'Withdrawal': return `${a} withdrawal from ${t}`;
    case 'Commemoration': return `${a ? `${a} ` : ''}commemoration`;
    case 'Election': return `${t ? `${t} ` : ''}election${a ? ` (${e.agents.map((x) => fullName(ctx, x)).join(', ')})` : ''}`;
    case 'Battle': return `${e.trigger.toLowerCase()}${a ? ` by ${a}` : ''}${t ? ` against ${t}` : ''}${e.locations.length ? ` near ${fullName(ctx, e.locations[0])}` : ''}`;
    case 'Other': return `${e.trigger.toLowerCase()}${a ? ` by ${a}` : ''}${t ? ` of ${t}` : ''}`;
    default: return `${e.type}${a ? ` by ${a}` : ''}${t ? ` against ${t}` : ''}`;
  }
}
export type { MentionDraft };
