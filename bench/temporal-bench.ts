/**
 * Temporal benchmark: parse and format 100k temporal values of mixed types (dates, local times,
 * times with offsets, local date-times, date-times with offsets and IANA zones, durations) with the
 * Cypher temporal library (src/cypher/temporal), and the same strings with temporal-polyfill's own
 * from()/toString() for the closest Temporal type. Prints values/s for each and the ratio.
 *
 *   npm run bench:temporal             # 100000 values
 *   npm run bench:temporal -- 20000    # another count
 */
import { Temporal } from 'temporal-polyfill';
import { seededRandom } from '../src/server/layout/seededRandom';
import { parseDate, parseDateTime, parseDuration, parseLocalDateTime, parseLocalTime, parseTime } from '../src/cypher/temporal/parse';

type Kind = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime' | 'zoned' | 'duration';
const KINDS: Kind[] = ['date', 'localtime', 'time', 'localdatetime', 'datetime', 'zoned', 'duration'];
const ZONES = ['Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Australia/Eucla', 'Europe/London'];


const p2 = (n: number) => String(n).padStart(2, '0');

function sample(kind: Kind, r: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const date = `${int(1900, 2100)}-${p2(int(1, 12))}-${p2(int(1, 28))}`;
  const time = `${p2(int(0, 23))}:${p2(int(0, 59))}:${p2(int(0, 59))}.${String(int(0, 999)).padStart(3, '0')}`;
  const offset = `${r() < 0.5 ? '+' : '-'}${p2(int(0, 12))}:${r() < 0.8 ? '00' : '30'}`;
  switch (kind) {
    case 'date':
      return date;
    case 'localtime':
      return time;
    case 'time':
      return time + offset;
    case 'localdatetime':
      return `${date}T${time}`;
    case 'datetime':
      return `${date}T${time}${offset}`;
    case 'zoned':
      return `${date}T${time}[${ZONES[int(0, ZONES.length - 1)]}]`;
    default:
      return `P${int(0, 20)}Y${int(0, 11)}M${int(0, 27)}DT${int(0, 23)}H${int(0, 59)}M${int(0, 59)}.${int(100, 999)}S`;
  }
}

function ours(kind: Kind, s: string): string {
  switch (kind) {
    case 'date':
      return parseDate(s).toString();
    case 'localtime':
      return parseLocalTime(s).toString();
    case 'time':
      return parseTime(s).toString();
    case 'localdatetime':
      return parseLocalDateTime(s).toString();
    case 'datetime':
    case 'zoned':
      return parseDateTime(s).toString();
    default:
      return parseDuration(s).toString();
  }
}

/** the closest Temporal type: Temporal has no offset-only TIME or DATETIME, so those go through
 *  PlainTime (offset dropped) and ZonedDateTime with the offset as its zone */
function polyfill(kind: Kind, s: string): string {
  switch (kind) {
    case 'date':
      return Temporal.PlainDate.from(s).toString();
    case 'localtime':
      return Temporal.PlainTime.from(s).toString();
    case 'time':
      return Temporal.PlainTime.from(s).toString();
    case 'localdatetime':
      return Temporal.PlainDateTime.from(s).toString();
    case 'datetime':
      return Temporal.ZonedDateTime.from(`${s}[${s.slice(-6)}]`).toString();
    case 'zoned':
      return Temporal.ZonedDateTime.from(s).toString();
    default:
      return Temporal.Duration.from(s).toString();
  }
}

function measure(label: string, items: [Kind, string][], f: (k: Kind, s: string) => string): number {
  let chars = 0;
  for (const [k, s] of items) chars += f(k, s).length; // warm-up pass (JIT, zone caches)
  chars = 0;
  const t0 = process.hrtime.bigint();
  for (const [k, s] of items) chars += f(k, s).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rate = items.length / (ms / 1000);
  console.log(`${label.padEnd(22)} ${items.length} values in ${ms.toFixed(0)} ms = ${Math.round(rate).toLocaleString('en-US')} values/s (${chars} chars)`);
  return rate;
}

function main(): void {
  const count = Number(process.argv[2] ?? 100_000);
  const r = seededRandom(20261123) /* every run measures the same strings */;
  const items: [Kind, string][] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    items.push([kind, sample(kind, r)]);
  }
  const perKind = KINDS.map((k) => `${k} ${items.filter(([x]) => x === k).length}`).join(', ');
  console.log(`temporal bench: ${count} mixed values (${perKind})`);
  const a = measure('cypher temporal', items, ours);
  const b = measure('temporal-polyfill', items, polyfill);
  console.log(`ratio (cypher / polyfill): ${(a / b).toFixed(2)}x`);
  // the polyfill's Duration is unusually slow, so also give the ratio without durations
  const instants = items.filter(([k]) => k !== 'duration');
  const ia = measure('cypher, no durations', instants, ours);
  const ib = measure('polyfill, no durations', instants, polyfill);
  console.log(`ratio without durations: ${(ia / ib).toFixed(2)}x`);
  for (const kind of KINDS) {
    const subset = items.filter(([x]) => x === kind);
    const ka = measure(`  ${kind} (cypher)`, subset, ours);
    const kb = measure(`  ${kind} (polyfill)`, subset, polyfill);
    console.log(`  ${kind}: ratio ${(ka / kb).toFixed(2)}x`);
  }
}

main();
