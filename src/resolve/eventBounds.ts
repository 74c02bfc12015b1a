/**
 * An Event's `date` is an ISO string as precise as the text allows (2024, 2024-09, 2024-09-03). For
 * queries over time windows every dated Event also gets `start` and `end`: DATE values (store-encoded
 * temporal tags) bounding that precision, so `WHERE e.start >= date('2024-09-01')` works.
 *   '2024' -> 2024-01-01 .. 2024-12-31;  '2024-09' -> 2024-09-01 .. 2024-09-30;  '2024-09-03' -> that day
 */
import type { TemporalTag } from '../model';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const date = (y: number, m: number, d: number): TemporalTag => ({
  $temporal: 'Date',
  value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
});

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dateBounds(iso: string): { start: TemporalTag; end: TemporalTag } | null {
  const m = DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { start: date(y, 1, 1), end: date(y, 12, 31) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { start: date(y, mo, 1), end: date(y, mo, daysInMonth(y, mo)) };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  return { start: date(y, mo, d), end: date(y, mo, d) };
}
