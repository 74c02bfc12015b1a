/**
 * Word knowledge from compromise's lexicon (read as data, compromise is never run; see compromiseLexicon): given names, surnames,
 * cities/places/regions, organisations, and common English words. Used to tell "Jake Sullivan" (a
 * person) from "Free Trade Area" or "Online Editors" (not people) and to place unknown towns.
 */
import { loadLexicon, type Lexicon } from './compromiseLexicon';

let lexicon: Lexicon | undefined;
function lex(): Lexicon {
  if (!lexicon) lexicon = loadLexicon();
  return lexicon;
}
function tagsOf(w: string): string[] {
  const v = lex()[w];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Place', 'Region']);
const COMMON_TAGS = new Set([
  'Singular', 'Plural', 'Adjective', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Uncountable', 'Adverb',
  'Comparative', 'Superlative', 'Participle', 'Actor', 'Noun', 'Preposition', 'Determiner', 'Conjunction', 'Unit',
  'Demonym', 'Month', 'WeekDay', 'Cardinal', 'Ordinal', 'Verb', 'PhrasalVerb',
]);
/** suffixes of common nouns and adjectives that names rarely have */
const COMMON_SUFFIX = /(ic|tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ical|ative|ive|ous|ful|less|able|ible|ing|ers|ies|ics|ary|ery|ory|ure|age|ogy|dom|hood|ward|wards)$/;

/** given names compromise's lexicon has only as another word ("jan" is a month there, "max" a noun) */
const GIVEN_NAMES_ALSO = new Set(['jan', 'max', 'penny']);
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES_ALSO.has(lower) || tagsOf(lower).some((t) => NAME_TAGS.has(t));
}
/** surnames compromise's lexicon has only as another word ("wang" is a noun there) */
const SURNAMES_ALSO = new Set(['wang']);
export function isSurname(lower: string): boolean {
  return SURNAMES_ALSO.has(lower) || tagsOf(lower).includes('LastName');
}
export function isPlaceWord(lower: string): boolean {
  return tagsOf(lower).some((t) => PLACE_TAGS.has(t));
}
export function isOrganizationWord(lower: string): boolean {
  return tagsOf(lower).includes('Organization');
}
/** a common English word (by the lexicon, or by a common-noun/adjective suffix) that is not also a name */
const EXTRA_COMMON = new Set(['area', 'summit', 'tiger', 'tigers', 'zone', 'region', 'online', 'editor', 'editors', 'news', 'daily', 'weekly', 'world', 'global', 'national', 'international', 'peninsula', 'island', 'islands', 'river', 'lake', 'mountain', 'mountains', 'valley', 'city', 'town', 'village', 'district', 'province', 'county']);

export function isCommonWord(lower: string): boolean {
  if (EXTRA_COMMON.has(lower)) return true;
  if (SURNAMES_ALSO.has(lower)) return false;
  const tags = tagsOf(lower);
  if (tags.some((t) => NAME_TAGS.has(t) || t === 'LastName')) return false;
  if (tags.some((t) => COMMON_TAGS.has(t))) return true;
  // the plural of a role ("Demonstrators say ...")
  if (lower.length > 4 && lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1))) return true;
  return lower.length > 5 && COMMON_SUFFIX.test(lower);
}

/** roles news puts before a name that the lexicon does not know as nouns ("Protester X told Reuters") */
const ROLE_NOUNS = new Set([
  'protester', 'protestor', 'demonstrator', 'resident', 'witness', 'survivor', 'activist', 'villager', 'shopkeeper', 'voter',
  'refugee', 'migrant', 'volunteer', 'campaigner', 'blogger', 'dissident', 'student', 'pensioner', 'teacher', 'farmer',
  'engineer', 'nurse', 'doctor', 'businessman', 'businesswoman', 'entrepreneur', 'fisherman', 'priest', 'imam', 'rabbi',
]);
/** offices the lexicon tags as roles: titles, read as such, never a role noun before a name */
const NOT_ROLES = new Set(['president', 'ambassador', 'governor', 'chancellor', 'minister']);
/**
 * A common noun for what someone is or does ("Protester", "Witness", "Student", "Lawyer"): compromise's
 * occupations and roles (tag Actor), or a few roles it lacks (ROLE_NOUNS: "Protester", "Demonstrator", "Resident").
 * Not a given name or a surname, nor a word guessed from its ending ("Border", "Silver", "Hemant").
 */
export function isRoleNoun(lower: string): boolean {
  if (NOT_ROLES.has(lower)) return false;
  if (ROLE_NOUNS.has(lower)) return true;
  const tags = tagsOf(lower);
  // (no guess from a word's ending: "Border", "Power", "Silver" open bodies' names, "Hemant" is a given name)
  return tags.includes('Actor') && !tags.some((t) => NAME_TAGS.has(t) || t === 'LastName');
}

/** common Chinese surnames in pinyin, some of which the lexicon has as English words ("He", "Ma", "Sun", "Wang") */
const CHINESE_SURNAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin',
  'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan',
  'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'zhong', 'cui', 'xi',
  'qin', 'hua', 'mao', 'qi', 'fu', 'jia', 'wen', 'bo', 'kong', 'lan', 'mei', 'geng', 'qiu', 'hou', 'shi', 'bai', 'fan', 'fang',
]);
/** a given name written in pinyin syllables, one to three ("Jinping", "Huning", "Zhaoxu", "Jun") */
const PINYIN_GIVEN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|e|i|o|u)){1,3}$/;
/**
 * "Xi Jinping", "Wang Huning", "He Lifeng": a Chinese surname, then a given name of pinyin syllables (the lexicon knows
 * neither "Jinping" nor "Huning", and has "He" as a pronoun).
 */
export function isChineseName(surname: string, given: string): boolean {
  return CHINESE_SURNAMES.has(surname) && given.length >= 3 && PINYIN_GIVEN.test(given);
}
