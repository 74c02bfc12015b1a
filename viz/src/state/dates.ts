/**
 * ISO dates as precise as the text allows ("2024", "2024-09", "2024-09-03") as day ranges: a day
 * number is days since 1970-01-01 (UTC); a year covers all its days.
 */
export interface DayRange {
  start: number;
  end: number;
}

const DAY = 86_400_000;

export function parseIsoDateRange(value: unknown): DayRange | null {
  if (typeof value !== 'string') return null;
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo === null) return { start: dayOf(y, 1, 1), end: dayOf(y + 1, 1, 1) - 1 };
  if (d === null) return { start: dayOf(y, mo, 1), end: dayOf(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) - 1 };
  const day = dayOf(y, mo, d);
  if (formatDay(day) !== `${m[1]}-${m[2]}-${m[3]}`) return null; // 2024-02-31
  return { start: day, end: day };
}

export function dayOf(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(0, 0, 0, 0);
  return Math.round(t.getTime() / DAY);
}

export function formatDay(day: number): string {
  const t = new Date(day * DAY);
  const y = t.getUTCFullYear();
  const ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
  return `${ys}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** "2024-09-03" (parses back with parseIsoDateRange) or null */
export function parseDay(s: string): number | null {
  const r = parseIsoDateRange(s);
  return r && /^-?\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? r.start : null;
}
