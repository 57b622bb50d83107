/** Dates are ISO strings (YYYY-MM-DD) throughout; arithmetic is in whole UTC days. */
import { CADENCE_PATTERN, isRealDate } from './vocabulary';

const DAY_MS = 24 * 60 * 60 * 1000;

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar date (what "today" means to the person at the keyboard). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function validDate(value: unknown): string | undefined {
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}

/** Days in a cadence such as "biweekly" or "every 3 weeks"; undefined when it is not one. */
export function cadenceDays(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CADENCE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  switch (match[1]) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 30;
    case 'quarterly':
      return 91;
  }
  const every = /^every (\d+) (day|week)s?$/.exec(match[1])!;
  return Number(every[1]) * (every[2] === 'week' ? 7 : 1);
}
