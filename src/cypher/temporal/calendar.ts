/**
 * Proleptic ISO-8601 calendar arithmetic on epoch days (days since 1970-01-01), for the full range
 * Cypher allows (years -999,999,999 .. +999,999,999, beyond what Temporal supports). Pure functions.
 */

export const NANOS_PER_SECOND = 1_000_000_000;
export const SECONDS_PER_DAY = 86_400;
export const NANOS_PER_DAY = 86_400_000_000_000;

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** days from civil (Howard Hinnant's algorithm), exact for any safe-integer year */
export function epochDayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1 = Monday ... 7 = Sunday */
export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

/** the Monday starting ISO week 1 of a week-based year */
export function weekYearStart(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - (dayOfWeek(jan4) - 1);
}

export function isoWeek(epochDay: number): { weekYear: number; week: number } {
  const { year } = civilOf(epochDay);
  let wy = year + 1;
  let start = weekYearStart(wy);
  if (epochDay < start) {
    wy = year;
    start = weekYearStart(wy);
    if (epochDay < start) {
      wy = year - 1;
      start = weekYearStart(wy);
    }
  }
  return { weekYear: wy, week: floorDiv(epochDay - start, 7) + 1 };
}

export function ordinalDayOf(epochDay: number): number {
  return epochDay - epochDayOf(civilOf(epochDay).year, 1, 1) + 1;
}

export function quarterStart(year: number, quarter: number): number {
  return epochDayOf(year, (quarter - 1) * 3 + 1, 1);
}

export function dayOfQuarterOf(epochDay: number): number {
  const { year, month } = civilOf(epochDay);
  return epochDay - quarterStart(year, Math.floor((month - 1) / 3) + 1) + 1;
}

/** adds calendar months, clamping the day to the end of the target month (as java.time does) */
export function plusMonths(epochDay: number, months: number): number {
  if (months === 0) return epochDay;
  const { year, month, day } = civilOf(epochDay);
  const total = year * 12 + (month - 1) + months;
  const y = floorDiv(total, 12);
  const m = floorMod(total, 12) + 1;
  return epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** whole months from one date to another, as java.time's LocalDate.until(end, MONTHS) */
export function monthsBetween(fromDay: number, toDay: number): number {
  const a = civilOf(fromDay);
  const b = civilOf(toDay);
  let months = b.year * 12 + b.month - (a.year * 12 + a.month);
  const days = b.day - a.day;
  if (months > 0 && days < 0) months--;
  else if (months < 0 && days > 0) months++;
  return months;
}
