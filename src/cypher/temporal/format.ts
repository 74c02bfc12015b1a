/** ISO text of dates and times exactly as Neo4j (java.time's toString) prints them. */
import { civilOf } from './calendar';
import { pad2 } from './zone';

export function formatYear(y: number): string {
  const a = Math.abs(y);
  if (a < 1000) return (y < 0 ? '-' : '') + String(a).padStart(4, '0');
  return (y > 9999 ? '+' : '') + String(y);
}

/** 1984-10-11, -0001-01-01, +10000-01-01 */
export function formatDate(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return formatYear(year) + '-' + pad2(month) + '-' + pad2(day);
}

/** 12:31, 12:31:14, 12:31:14.645, 12:31:14.645876, 12:31:14.000000003 (fractions in groups of three) */
export function formatTime(nanoOfDay: number): string {
  const secs = Math.floor(nanoOfDay / 1e9);
  const nano = nanoOfDay - secs * 1e9;
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  let out = pad2(h) + ':' + pad2(m);
  if (s === 0 && nano === 0) return out;
  out += ':' + pad2(s);
  if (nano === 0) return out;
  if (nano % 1_000_000 === 0) return out + '.' + String(nano / 1_000_000).padStart(3, '0');
  if (nano % 1000 === 0) return out + '.' + String(nano / 1000).padStart(6, '0');
  return out + '.' + String(nano).padStart(9, '0');
}
