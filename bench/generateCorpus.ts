/**
 * A synthetic but news-like corpus for the build benchmark: international-affairs articles made from
 * templates with varied people, countries, capitals, organizations and dates, deterministic for a seed.
 * Each article has a headline, a dateline, a byline and 3-6 paragraphs of 2-5 sentences, so the
 * extractor sees the shapes it meets in real news (titles before names, demonyms, capitals, relative
 * dates, quotes) at about 20 sentences per article.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import countries from 'world-countries';
import { seededRandom } from '../src/server/layout/seededRandom';

/** the project's seeded PRNG (mulberry32), so the corpus is the same on every run and machine */
export const prng = seededRandom;

const FIRST = ['Maria', 'Ahmed', 'Olga', 'Kenji', 'Amina', 'Lucas', 'Priya', 'Tomasz', 'Fatima', 'Daniel', 'Ingrid', 'Kwame', 'Sofia', 'Mehmet', 'Elena', 'Rafael', 'Aiko', 'Nikolai', 'Leila', 'Joao', 'Hana', 'Viktor', 'Zainab', 'Pierre', 'Chen', 'Oluwaseun', 'Anja', 'Diego', 'Yusuf', 'Marta'];
const LAST = ['Petrov', 'Haddad', 'Kowalski', 'Tanaka', 'Okafor', 'Silva', 'Sharma', 'Novak', 'Rahman', 'Schmidt', 'Mensah', 'Garcia', 'Yilmaz', 'Ivanova', 'Moreau', 'Nakamura', 'Hussein', 'Lindqvist', 'Mwangi', 'Costa', 'Kim', 'Popescu', 'Abdullah', 'Fischer', 'Wang', 'Adeyemi', 'Horvat', 'Lopez', 'Demir', 'Jensen'];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'spokesman', 'ambassador'];
const ORGS = ['United Nations', 'European Union', 'NATO', 'International Criminal Court', 'World Health Organization', 'African Union', 'World Bank', 'International Monetary Fund', 'Red Cross', 'Reuters', 'Associated Press', 'World Trade Organization'];
const PUBLISHERS = ['The Daily Ledger', 'Global Wire', 'Morning Post', 'World Report', 'Capital Times'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = ['trade', 'energy', 'security', 'climate', 'migration', 'grain exports', 'border crossings', 'water rights', 'fisheries', 'debt relief'];

interface Place {
  country: string;
  capital: string;
  demonym: string;
}

const PLACES: Place[] = countries
  .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m)
  .map((c) => ({ country: c.name.common, capital: c.capital[0], demonym: c.demonyms.eng.m }))
  .filter((p) => /^[A-Za-z .'-]+$/.test(p.country + p.capital + p.demonym));

export function generateArticle(index: number, seed = 42): { name: string; text: string } {
  const r = prng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const a = pick(PLACES);
  let b = pick(PLACES);
  if (b === a) b = PLACES[(PLACES.indexOf(a) + 1) % PLACES.length];
  const leaderA = person();
  const leaderB = person();
  const minister = person();
  const spokes = person();
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const year = 2015 + Math.floor(r() * 10);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const earlier = 1990 + Math.floor(r() * 25);

  const sentences = [
    `${a.demonym} ${pick(ROLES.slice(0, 2))} ${leaderA} arrived in ${b.capital} on ${pick(WEEKDAYS)} for talks on ${topic} with ${leaderB}.`,
    `The visit is the first by a ${a.demonym} leader to ${b.country} since ${earlier}.`,
    `"We have come to listen and to build trust," ${leaderA} told reporters at the airport.`,
    `${b.country} and ${a.country} signed an agreement on ${topic} in ${MONTHS[(month + 11) % 12]} last year.`,
    `Foreign Minister ${minister} said the talks would also cover the ${org}.`,
    `${spokes}, a spokesman for the ${org}, said the organization welcomed the meeting.`,
    `Mr ${leaderA.split(' ')[1]} is expected to meet business leaders in ${a.capital} next week.`,
    `Critics in ${b.country} said the agreement favoured ${a.demonym} companies.`,
    `The ${org} has urged both governments to publish the terms of the deal.`,
    `${b.demonym} officials said ${b.country} would host a summit on ${topic} in ${year + 1}.`,
    `Trade between the two countries rose by ${5 + Math.floor(r() * 40)} percent in ${year - 1}, according to official figures.`,
    `${leaderB} said ${b.country} was ready to join the ${org} initiative on ${topic}.`,
    `Protesters gathered outside the ${a.demonym} embassy in ${b.capital} on ${MONTHS[month]} ${day}.`,
    `Police said ${10 + Math.floor(r() * 200)} people took part and the protest ended peacefully.`,
    `${a.country} ratified the treaty in ${earlier}, officials said, although other sources give ${earlier + 1}.`,
    `Analysts said the visit showed that ${a.country} wants closer ties with its partners in the region.`,
    `${minister} will travel to ${pick(PLACES).capital} later this month.`,
    `The two leaders also discussed the situation on the border between ${b.country} and ${pick(PLACES).country}.`,
    `"This is a day of friendship," ${leaderB} said at a joint press conference.`,
    `The next round of talks is planned for ${MONTHS[(month + 2) % 12]} in ${a.capital}.`,
  ];
  // paragraphs of 2-5 sentences, in a varied order after the lead
  const rest = sentences.slice(1);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const paragraphs: string[] = [];
  let current = [sentences[0]];
  for (const s of rest.slice(0, 12 + Math.floor(r() * 8))) {
    current.push(s);
    if (current.length >= 2 + Math.floor(r() * 4)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  const headline = `${a.demonym} leader ${leaderA} visits ${b.country} for talks on ${topic}`;
  const text = [headline, `By ${person()} | ${pick(PUBLISHERS)}`, `Published: ${published}`, ...paragraphs].join('\n\n') + '\n';
  return { name: `${String(index).padStart(6, '0')}.txt`, text };
}

/** Writes `count` articles under `dir`, 100 per sub-directory. */
export function writeCorpus(dir: string, count: number, seed = 42): void {
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(i, seed);
    const sub = path.join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, name), text);
  }
}
